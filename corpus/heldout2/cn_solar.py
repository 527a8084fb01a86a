"""CN: solar maker's nine-month results: 同比 and 环比 together, share from X to Y, a currency conversion,
an attributive capacity, prices from X to Y, a forecast, a negated and a conditional figure."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

CO = "海澄新能"
TEXT = (
    "海澄新能前三季度净利润同比下降31% 董事长称明年有望扭转\n"
    "海澄新能源科技股份有限公司（以下简称“海澄新能”）10月30日晚间披露三季报。2026年前三季度，公司实现营业收入286.4亿元，"
    "同比下降12.6%；归母净利润18.9亿元，同比下降31%。其中第三季度营收98.7亿元，环比增长8.2%，同比下降5.4%。\n"
    "报告期内，公司光伏组件出货量达到38.6GW，同比增长9%，海外出货占比从去年同期的35%提升至46%。"
    "公司在沙特的2GW组件工厂已于9月投产，总投资约4.2亿美元，约合人民币29.9亿元。"
    "截至三季度末，公司在手订单约25GW，员工总数约1.8万人。\n"
    "海澄新能董事长郑远航在业绩说明会上表示，行业仍处于去库存阶段，组件价格已由年初的每瓦0.95元降至0.68元。"
    "他预计，明年公司出货量将增长15%至20%，“但毛利率回到20%以上不太可能”。\n"
    "中信建投分析师高岚认为，若多晶硅价格继续下跌，海澄新能四季度毛利率有望回升1至2个百分点。"
)

YTD = {"low": "2026-Q1", "high": "2026-Q3"}
MENTIONS = [
    ent("org", CO), date("前三季度", None, **YTD), pct("31%", 31), date("明年", "2027"),
    ent("org", "海澄新能源科技股份有限公司", CO), ent("org", CO), date("10月30日", "2026-10-30"),
    date("2026年前三季度", None, **YTD), money("286.4亿元", 28640000000, "CNY"), pct("12.6%", 12.6),
    money("18.9亿元", 1890000000, "CNY"), pct("31%", 31), date("第三季度", "2026-Q3"),
    money("98.7亿元", 9870000000, "CNY"), pct("8.2%", 8.2), pct("5.4%", 5.4),
    qty("38.6GW", 38.6, "GW"), pct("9%", 9), date("去年同期", None, low="2025-Q1", high="2025-Q3"), pct("35%", 35),
    pct("46%", 46), ent("location", "沙特"), qty("2GW", 2, "GW"), date("9月", "2026-09"),
    money("约4.2亿美元", 420000000, "USD", q="approx"), money("约合人民币29.9亿元", 2990000000, "CNY", q="approx"),
    date("三季度末", "2026-Q3", mod="end"), qty("约25GW", 25, "GW", q="approx"), qty("约1.8万人", 18000, "人", q="approx"),
    ent("org", CO), ent("person", "郑远航"), date("年初", "2026", mod="start"), money("0.95元", 0.95, "CNY"),
    money("0.68元", 0.68, "CNY"), date("明年", "2027"), pct("15%至20%", None, low=15, high=20),
    pct("20%以上", 20, q="gt"),
    ent("org", "中信建投"), ent("person", "高岚"), ent("org", CO), date("四季度", "2026-Q4"),
    pct("1至2个百分点", None, "pp", low=1, high=2),
]

FULL, ALIAS = "海澄新能源科技股份有限公司", (CO, 1)
PERIOD = "2026年前三季度"
CLAIMS = [
    {"q": ("31%", 0), "subj": (CO, 0), "metric": "净利润增速", "t": "前三季度", "dir": "down", "basis": "yoy"},
    {"q": "286.4亿元", "subj": ALIAS, "metric": "营业收入", "t": PERIOD, "ch": "12.6%", "dir": "down", "basis": "yoy",
     "attr": FULL},
    {"q": "18.9亿元", "subj": ALIAS, "metric": "净利润", "t": PERIOD, "ch": ("31%", 1), "dir": "down", "basis": "yoy",
     "attr": FULL},
    {"q": "98.7亿元", "subj": ALIAS, "metric": "营业收入", "t": "第三季度", "ch": "5.4%", "dir": "down", "basis": "yoy",
     "attr": FULL},
    {"q": "8.2%", "subj": ALIAS, "metric": "营业收入增速", "t": "第三季度", "dir": "up", "basis": "qoq", "attr": FULL},
    {"q": "38.6GW", "subj": ALIAS, "metric": "出货量", "t": PERIOD, "ch": "9%", "dir": "up", "basis": "yoy"},
    {"q": "35%", "subj": ALIAS, "metric": "出货量占比", "t": "去年同期"},
    {"q": "46%", "subj": ALIAS, "metric": "出货量占比", "t": PERIOD, "dir": "up", "basis": "yoy"},
    {"q": "约4.2亿美元", "subj": ALIAS, "metric": "投资额"},
    {"q": "约合人民币29.9亿元", "subj": ALIAS, "metric": "投资额"},
    {"q": "约25GW", "subj": ALIAS, "metric": "订单", "t": "三季度末"},
    {"q": "约1.8万人", "subj": ALIAS, "metric": "员工数量", "t": "三季度末"},
    {"q": "0.95元", "st": "组件", "metric": "售价", "t": "年初", "attr": "郑远航"},
    {"q": "0.68元", "st": "组件", "metric": "售价", "dir": "down", "attr": "郑远航"},
    {"q": "15%至20%", "subj": (CO, 2), "metric": "出货量增速", "t": ("明年", 1), "dir": "up", "attr": "郑远航"},
]

ARTICLE = {"id": "heldout2-cl-04-solar-cn", "published_at": "2026-10-30T21:40:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
