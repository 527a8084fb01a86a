"""CN: a State Council Information Office press conference on cutting logistics costs: 国新办 in the
headline (attribution of its figure) and 国务院新闻办公室 in the body, four bodies with officials titled
before their names (国家发展改革委副主任, 交通运输部副部长, 国家统计局新闻发言人, 市场监管总局副局长) and then
named alone, 发改委 / 国家发展改革委 → 国家发展和改革委员会, 市场监管总局 → 国家市场监督管理总局, 工信部,
商务部 and 海关总署 in a list, economic regions (长三角 twice, 京津冀, 成渝地区双城经济圈), rivers (长江,
西江), ports after their cities (重庆果园港, 武汉阳逻港: two locations each) and a port alone (北部湾港),
provinces in a 等地 list, 全国 and a port group as subject_text, a pp change against 上年同期, 分别 growths
with no basis, a threshold (突破, direction null), 今年以来 (mod after), a byline with 记者 (no attribution)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
NDRC, SAMR, MIIT = "国家发展和改革委员会", "国家市场监督管理总局", "工业和信息化部"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
M10 = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "国新办：前三季度社会物流总费用与GDP比率降至13.9%\n"
    "新华社北京12月7日电（记者孟晓岚）国务院新闻办公室7日举行新闻发布会，国家发展改革委副主任丁宏、交通运输部副部长许振东、国家统计局新闻发言人马文涛和市场监管总局副局长岑晓梅介绍有效降低全社会物流成本工作进展。\n"
    "马文涛介绍，前三季度全国社会物流总额265.3万亿元，按可比价格计算同比增长5.2%；社会物流总费用13.6万亿元，与GDP的比率为13.9%，比上年同期下降0.2个百分点。"
    "分区域看，长三角、京津冀和成渝地区双城经济圈单位物流成本降幅居前，其中长三角同比下降4.1%。\n"
    "许振东说，交通运输部正加快长江、西江等高等级航道建设。前10个月，长江干线港口完成货物吞吐量32.7亿吨，同比增长6.8%；"
    "重庆果园港、武汉阳逻港铁水联运量分别增长23%和18%，北部湾港集装箱吞吐量突破800万标准箱。\n"
    "丁宏表示，发改委明年将安排中央预算内投资约120亿元支持国家物流枢纽建设，并会同工信部、商务部和海关总署在湖北、四川、广西等地开展多式联运“一单制”试点。"
    "海关总署统计显示，前10个月全国港口外贸集装箱吞吐量达1.49亿标准箱，较去年同期增长7.3%。\n"
    "岑晓梅透露，市场监管总局今年以来已清理涉企违规收费项目1,360项，为物流企业减负约85亿元，下一步将不再对同一批货物重复检验。"
)

MENTIONS = [
    ent(O, "国新办", "国务院新闻办公室"), date("前三季度", None, **Q13), pct("13.9%", 13.9),
    ent(O, "新华社"), ent(L, "北京"), date("12月7日", "2026-12-07"), ent(P, "孟晓岚"), ent(O, "国务院新闻办公室"), date("7日", "2026-12-07"),
    ent(O, "国家发展改革委", NDRC), ent(P, "丁宏"), ent(O, "交通运输部"), ent(P, "许振东"), ent(O, "国家统计局"), ent(P, "马文涛"),
    ent(O, "市场监管总局", SAMR), ent(P, "岑晓梅"),
    ent(P, "马文涛"), date("前三季度", None, **Q13), money("265.3万亿元", 265300000000000, "CNY"), pct("5.2%", 5.2),
    money("13.6万亿元", 13600000000000, "CNY"), pct("13.9%", 13.9), date("上年同期", None, low="2025-Q1", high="2025-Q3"), pct("0.2个百分点", 0.2, "pp"),
    ent(L, "长三角"), ent(L, "京津冀"), ent(L, "成渝地区双城经济圈"), ent(L, "长三角"), pct("4.1%", 4.1),
    ent(P, "许振东"), ent(O, "交通运输部"), ent(L, "长江"), ent(L, "西江"), date("前10个月", None, **M10), ent(L, "长江"),
    qty("32.7亿吨", 3270000000, "吨"), pct("6.8%", 6.8),
    ent(L, "重庆"), ent(L, "果园港"), ent(L, "武汉"), ent(L, "阳逻港"), pct("23%", 23), pct("18%", 18),
    ent(L, "北部湾港"), qty("800万标准箱", 8000000, "标准箱"),
    ent(P, "丁宏"), ent(O, "发改委", NDRC), date("明年", "2027"), money("约120亿元", 12000000000, "CNY", q="approx"),
    ent(O, "工信部", MIIT), ent(O, "商务部"), ent(O, "海关总署"), ent(L, "湖北"), ent(L, "四川"), ent(L, "广西"),
    ent(O, "海关总署"), date("前10个月", None, **M10), qty("1.49亿标准箱", 149000000, "标准箱"),
    date("去年同期", None, low="2025-01", high="2025-10"), pct("7.3%", 7.3),
    ent(P, "岑晓梅"), ent(O, "市场监管总局", SAMR), date("今年以来", "2026", mod="after"), qty("1,360项", 1360, "项"),
    money("约85亿元", 8500000000, "CNY", q="approx"),
]

CLAIMS = [
    {"q": ("13.9%", 0), "metric": "社会物流总费用与GDP比率", "t": ("前三季度", 0), "dir": "down", "attr": "国新办"},
    {"q": "265.3万亿元", "st": "全国", "metric": "社会物流总额", "t": ("前三季度", 1), "ch": "5.2%", "dir": "up", "basis": "yoy", "attr": ("马文涛", 1)},
    {"q": "13.6万亿元", "st": "全国", "metric": "社会物流总费用", "t": ("前三季度", 1), "attr": ("马文涛", 1)},
    {"q": ("13.9%", 1), "st": "全国", "metric": "社会物流总费用与GDP比率", "t": ("前三季度", 1), "ch": "0.2个百分点", "dir": "down", "basis": "yoy", "attr": ("马文涛", 1)},
    {"q": "4.1%", "subj": ("长三角", 1), "metric": "单位物流成本增速", "t": ("前三季度", 1), "dir": "down", "basis": "yoy", "attr": ("马文涛", 1)},
    {"q": "32.7亿吨", "st": "长江干线港口", "metric": "货物吞吐量", "t": ("前10个月", 0), "ch": "6.8%", "dir": "up", "basis": "yoy", "attr": ("许振东", 1)},
    {"q": "23%", "subj": "果园港", "metric": "铁水联运量增速", "t": ("前10个月", 0), "dir": "up", "attr": ("许振东", 1)},
    {"q": "18%", "subj": "阳逻港", "metric": "铁水联运量增速", "t": ("前10个月", 0), "dir": "up", "attr": ("许振东", 1)},
    {"q": "800万标准箱", "subj": "北部湾港", "metric": "集装箱吞吐量", "t": ("前10个月", 0), "attr": ("许振东", 1)},
    {"q": "约120亿元", "subj": "发改委", "metric": "投资额", "t": "明年", "attr": ("丁宏", 1)},
    {"q": "1.49亿标准箱", "st": "全国港口", "metric": "外贸集装箱吞吐量", "t": ("前10个月", 1), "ch": "7.3%", "dir": "up", "basis": "yoy", "attr": ("海关总署", 1)},
    {"q": "1,360项", "subj": ("市场监管总局", 1), "metric": "清理收费项目数量", "t": "今年以来", "attr": ("岑晓梅", 1)},
    {"q": "约85亿元", "subj": ("市场监管总局", 1), "metric": "减负金额", "t": "今年以来", "attr": ("岑晓梅", 1)},
]

ARTICLE = {"id": "heldout9-ent-01-logistics-cn", "published_at": "2026-12-08T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
