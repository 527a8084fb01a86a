"""CN: a battery maker's solid-state pilot line and the industry league table: listed companies by
short name with a stock code, a subsidiary after its parent (比亚迪旗下弗迪电池), an industry
alliance with its short form, a media byline line and an editor line, a car model whose name holds
its brand (智己L6), a university school, one-character abbreviations (川渝), GWh units, yoy and qoq in one sentence."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
ALLIANCE = "中国汽车动力电池产业创新联盟"
TEXT = (
    "宁德时代固态电池中试线投产 长三角与川渝电池产能再扩容\n"
    "证券时报记者 何一鸣\n"
    "11月24日，宁德时代（300750）发布公告称，其位于福建宁德的硫化物固态电池中试线正式投产，首期产能为2GWh，计划2027年起向蔚来、理想汽车等客户小批量供货。消息公布后，宁德时代A股收报318.5元，上涨3.6%；其H股同步上涨2.9%。"
    "宁德时代联席总裁欧阳明表示，公司今年前三季度研发投入达158.6亿元，同比增长17.2%。\n"
    "中国汽车动力电池产业创新联盟（电池联盟）数据显示，10月国内动力电池装车量为78.4GWh，同比增长41.5%，环比增长6.3%；"
    "其中宁德时代市场份额为43.1%，比亚迪旗下弗迪电池以23.5%位居第二。\n"
    "国轩高科、中创新航等二线厂商也在加速布局。国轩高科合肥基地第三期工程预计明年投产，届时总产能将超过100GWh；中创新航则在四川眉山扩建基地，并与上汽集团签署协议，为其智己L6车型供应半固态电池。亿纬锂能也宣布在匈牙利德布勒森新建电池工厂，总投资约12亿欧元。\n"
    "浙江大学材料科学与工程学院教授沈嘉禾在接受第一财经采访时认为，全固态电池成本仍是液态电池的约3倍，大规模商用还需约5年。\n"
    "责任编辑：罗小溪"
)

MENTIONS = [
    ent(O, "宁德时代"), ent(L, "长三角"), ent(L, "川", "四川"), ent(L, "渝", "重庆"),
    ent(O, "证券时报"), ent(P, "何一鸣"),
    date("11月24日", "2026-11-24"), ent(O, "宁德时代"), ent(L, "福建"), ent(L, "宁德"), qty("2GWh", 2, "GWh"),
    date("2027年起", "2027", mod="after"), ent(O, "蔚来"), ent(O, "理想汽车"),
    ent(O, "宁德时代"), money("318.5元", 318.5, "CNY"), pct("3.6%", 3.6), pct("2.9%", 2.9),
    ent(O, "宁德时代"), ent(P, "欧阳明"), date("今年前三季度", None, **Q13), money("158.6亿元", 15860000000, "CNY"), pct("17.2%", 17.2),
    ent(O, ALLIANCE), ent(O, "电池联盟", ALLIANCE), date("10月", "2026-10"), qty("78.4GWh", 78.4, "GWh"), pct("41.5%", 41.5),
    pct("6.3%", 6.3), ent(O, "宁德时代"), pct("43.1%", 43.1), ent(O, "比亚迪"), ent(O, "弗迪电池"), pct("23.5%", 23.5),
    ent(O, "国轩高科"), ent(O, "中创新航"), ent(O, "国轩高科"), ent(L, "合肥"), date("明年", "2027"),
    qty("超过100GWh", 100, "GWh", q="gt"), ent(O, "中创新航"), ent(L, "四川"), ent(L, "眉山"), ent(O, "上汽集团"), ent(D, "智己L6"),
    ent(O, "亿纬锂能"), ent(L, "匈牙利"), ent(L, "德布勒森"), money("约12亿欧元", 1200000000, "EUR", q="approx"),
    ent(O, "浙江大学材料科学与工程学院"), ent(P, "沈嘉禾"), ent(O, "第一财经"), qty("约3倍", 3, "倍", q="approx"),
    dur("约5年", "P5Y", q="approx"),
    ent(P, "罗小溪"),
]

CATL = ("宁德时代", 3)
CLAIMS = [
    {"q": "2GWh", "st": "硫化物固态电池中试线", "metric": "产能", "attr": ("宁德时代", 1)},
    {"q": "318.5元", "subj": ("宁德时代", 2), "metric": "股价", "t": "11月24日", "ch": "3.6%", "dir": "up"},
    {"q": "2.9%", "subj": ("宁德时代", 2), "metric": "股价增速", "t": "11月24日", "dir": "up"},
    {"q": "158.6亿元", "subj": CATL, "metric": "研发投入", "t": "今年前三季度", "ch": "17.2%", "dir": "up", "basis": "yoy", "attr": "欧阳明"},
    {"q": "78.4GWh", "st": "国内动力电池", "metric": "装车量", "t": "10月", "ch": "41.5%", "dir": "up", "basis": "yoy", "attr": ALLIANCE},
    {"q": "6.3%", "st": "国内动力电池", "metric": "装车量增速", "t": "10月", "dir": "up", "basis": "qoq", "attr": ALLIANCE},
    {"q": "43.1%", "subj": ("宁德时代", 4), "metric": "市场份额", "t": "10月", "attr": ALLIANCE},
    {"q": "23.5%", "subj": "弗迪电池", "metric": "市场份额", "t": "10月", "attr": ALLIANCE},
    {"q": "超过100GWh", "st": "国轩高科合肥基地", "metric": "产能", "t": "明年"},
    {"q": "约12亿欧元", "subj": "亿纬锂能", "metric": "投资额"},
    {"q": "约3倍", "st": "全固态电池", "metric": "成本", "attr": "沈嘉禾"},
]

ARTICLE = {"id": "heldout4-ent-07-battery-cn", "published_at": "2026-11-24T19:45:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
