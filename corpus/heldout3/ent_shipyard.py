"""CN: an industry piece on shipbuilding orders: an industry association and its short form, a state
group with its short form, yards and islands, economic regions (长三角, 环渤海), foreign shipping lines
with Latin aliases in brackets, a · name for a person and for a ship, a stock code left out."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "造船业订单排至2029年 中国船舶、长鲸重工加码LNG运输船\n"
    "本报记者 何振东 上海报道\n"
    "中国船舶工业行业协会（船舶工业协会）日前发布数据，今年前10个月，全国造船完工量3860万载重吨，同比增长9.2%；"
    "新接订单量7420万载重吨，占全球份额的63%。协会秘书长刘启航表示，长三角和环渤海地区船厂的手持订单已排到2029年。\n"
    "中国船舶集团有限公司（中船集团）旗下江南造船在长兴岛交付一艘17.4万立方米LNG运输船，"
    "外高桥造船建造的第二艘国产大型邮轮“爱达·花城号”也已出坞，上海振华重工（振华）为青岛港和宁波舟山港建造的自动化岸桥陆续交付。在A股上市的中国船舶（600150）今天收涨2.6%。\n"
    "民营船企中，长鲸重工股份有限公司（长鲸重工）在江苏靖江和浙江舟山的船坞均满负荷运转。"
    "长鲸重工董事长孔德明在股东大会上称，公司今年新签订单金额预计超过50亿美元，其中约四成来自欧洲船东，"
    "法国达飞海运集团（CMA CGM）和丹麦马士基（Maersk）都是主要客户。\n"
    "英国克拉克森研究（Clarksons Research）分析师马丁·霍尔特认为，随着国际海事组织（IMO）收紧碳排放规则，"
    "甲醇双燃料船订单还将增加。他预计，2027年全球新船订单量将回落约15%，韩国船厂在高端船型上的竞争也会加剧。\n"
    "责任编辑：陈曦"
)

YTD = {"low": "2026-01", "high": "2026-10"}
MENTIONS = [
    date("2029年", "2029"), ent(O, "中国船舶"), ent(O, "长鲸重工"),
    ent(P, "何振东"), ent(L, "上海"),
    ent(O, "中国船舶工业行业协会"), ent(O, "船舶工业协会", "中国船舶工业行业协会"), date("今年前10个月", None, **YTD),
    qty("3860万载重吨", 38600000, "载重吨"), pct("9.2%", 9.2),
    qty("7420万载重吨", 74200000, "载重吨"), pct("63%", 63), ent(P, "刘启航"), ent(L, "长三角"), ent(L, "环渤海"),
    date("2029年", "2029"),
    ent(O, "中国船舶集团有限公司", "中国船舶集团"), ent(O, "中船集团", "中国船舶集团"), ent(O, "江南造船"), ent(L, "长兴岛"),
    qty("17.4万立方米", 174000, "立方米"), ent(O, "外高桥造船"), ent(D, "爱达·花城号"),
    ent(O, "上海振华重工", "振华重工"), ent(O, "振华", "振华重工"), ent(L, "青岛港"), ent(L, "宁波舟山港"),
    ent(O, "中国船舶"), date("今天", "2026-11-27"), pct("2.6%", 2.6),
    ent(O, "长鲸重工股份有限公司", "长鲸重工"), ent(O, "长鲸重工"), ent(L, "江苏"), ent(L, "靖江"), ent(L, "浙江"), ent(L, "舟山"),
    ent(O, "长鲸重工"), ent(P, "孔德明"), date("今年", "2026"), money("超过50亿美元", 5000000000, "USD", q="gt"),
    pct("约四成", 40, q="approx"), ent(L, "欧洲"),
    ent(L, "法国"), ent(O, "达飞海运集团"), ent(O, "CMA CGM", "达飞海运集团"), ent(L, "丹麦"), ent(O, "马士基"),
    ent(O, "Maersk", "马士基"),
    ent(L, "英国"), ent(O, "克拉克森研究"), ent(O, "Clarksons Research", "克拉克森研究"), ent(P, "马丁·霍尔特"),
    ent(O, "国际海事组织"), ent(O, "IMO", "国际海事组织"),
    date("2027年", "2027"), pct("约15%", 15, q="approx"), ent(L, "韩国"),
    ent(P, "陈曦"),
]

ASSOC, PERIOD = "中国船舶工业行业协会", "今年前10个月"
CLAIMS = [
    {"q": "3860万载重吨", "st": "全国", "metric": "造船完工量", "t": PERIOD, "ch": "9.2%", "dir": "up", "basis": "yoy",
     "attr": ASSOC},
    {"q": "7420万载重吨", "st": "全国", "metric": "新接订单量", "t": PERIOD, "attr": ASSOC},
    {"q": "63%", "st": "全国", "metric": "市场份额", "t": PERIOD, "attr": ASSOC},
    {"q": "2.6%", "subj": ("中国船舶", 1), "metric": "股价增速", "t": "今天", "dir": "up"},
    {"q": "超过50亿美元", "subj": ("长鲸重工", 2), "metric": "订单", "t": "今年", "attr": "孔德明"},
    {"q": "约四成", "subj": ("长鲸重工", 2), "metric": "订单占比", "t": "今年", "attr": "孔德明"},
    {"q": "约15%", "st": "全球", "metric": "新船订单量增速", "t": "2027年", "dir": "down", "attr": "马丁·霍尔特"},
]

ARTICLE = {"id": "heldout3-ent-02-shipyard-cn", "published_at": "2026-11-27T09:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
