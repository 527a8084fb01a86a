"""CN: trade statistics (海关总署, a spokesman): 万亿元 and 万亿美元, 其中 with carried subject and basis,
a pp change of a growth rate against 9月 (qoq), a share from 去年同期 to now, trade partners (东盟, 欧盟, 美国),
a negated 100% in a quote, a conditional, a count of partners to date."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

GACC = "海关总署"
YTD = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "海关总署：前10个月我国外贸进出口增长3.6%\n"
    "据海关总署11月7日发布的数据，今年前10个月，我国货物贸易进出口总值37.85万亿元，同比增长3.6%。"
    "其中，出口21.63万亿元，增长6.2%；进口16.22万亿元，下降0.4%；贸易顺差5.41万亿元，扩大28.5%。"
    "按美元计价，前10个月进出口总值5.32万亿美元，增长2.9%。\n"
    "10月当月，进出口3.91万亿元，同比增长1.8%，增速较9月回落2.3个百分点。\n"
    "分市场看，东盟继续保持我国第一大贸易伙伴地位，前10个月我国与东盟贸易总值为6.03万亿元，同比增长8.1%，占我国外贸总值的15.9%；"
    "对欧盟出口同比增长4.4%，对美国出口则下降11.2%，美国在我国出口市场中的份额从去年同期的14.7%降至12.8%。\n"
    "海关总署新闻发言人周文斌表示，前10个月民营企业进出口增长7.3%，占比提升至57.1%；机电产品出口12.86万亿元，占出口总值的59.5%，"
    "其中电动汽车出口约168万辆。他指出，目前我国已与30个国家和地区签署自贸协定，但“不能说外需已经100%恢复”。"
    "如果四季度外部需求进一步放缓，全年进出口增速可能低于3%。"
)

MENTIONS = [
    ent("org", GACC), date("前10个月", None, **YTD), pct("3.6%", 3.6),
    ent("org", GACC), date("11月7日", "2026-11-07"), date("今年前10个月", None, **YTD),
    money("37.85万亿元", 37850000000000, "CNY"), pct("3.6%", 3.6), money("21.63万亿元", 21630000000000, "CNY"),
    pct("6.2%", 6.2), money("16.22万亿元", 16220000000000, "CNY"), pct("0.4%", 0.4),
    money("5.41万亿元", 5410000000000, "CNY"), pct("28.5%", 28.5), date("前10个月", None, **YTD),
    money("5.32万亿美元", 5320000000000, "USD"), pct("2.9%", 2.9),
    date("10月", "2026-10"), money("3.91万亿元", 3910000000000, "CNY"), pct("1.8%", 1.8), date("9月", "2026-09"),
    pct("2.3个百分点", 2.3, "pp"),
    ent("location", "东盟"), date("前10个月", None, **YTD), ent("location", "东盟"),
    money("6.03万亿元", 6030000000000, "CNY"), pct("8.1%", 8.1), pct("15.9%", 15.9), ent("location", "欧盟"),
    pct("4.4%", 4.4), ent("location", "美国"), pct("11.2%", 11.2), ent("location", "美国"),
    date("去年同期", None, low="2025-01", high="2025-10"), pct("14.7%", 14.7), pct("12.8%", 12.8),
    ent("org", GACC), ent("person", "周文斌"), date("前10个月", None, **YTD), pct("7.3%", 7.3), pct("57.1%", 57.1),
    money("12.86万亿元", 12860000000000, "CNY"), pct("59.5%", 59.5), qty("约168万辆", 1680000, "辆", q="approx"),
    qty("30个", 30, "个"), pct("100%", 100), date("四季度", "2026-Q4"), date("全年", "2026"), pct("低于3%", 3, q="lt"),
]

TOTAL, EX = "进出口总值", "出口额"
T1 = "今年前10个月"
CLAIMS = [
    {"q": ("3.6%", 0), "st": "我国", "metric": "进出口总值增速", "t": ("前10个月", 0), "dir": "up", "attr": (GACC, 0)},
    {"q": "37.85万亿元", "st": "我国", "metric": TOTAL, "t": T1, "ch": ("3.6%", 1), "dir": "up", "basis": "yoy",
     "attr": (GACC, 1)},
    {"q": "21.63万亿元", "st": "我国", "metric": EX, "t": T1, "ch": "6.2%", "dir": "up", "basis": "yoy", "attr": (GACC, 1)},
    {"q": "16.22万亿元", "st": "我国", "metric": "进口额", "t": T1, "ch": "0.4%", "dir": "down", "basis": "yoy",
     "attr": (GACC, 1)},
    {"q": "5.41万亿元", "st": "我国", "metric": "贸易顺差", "t": T1, "ch": "28.5%", "dir": "up", "basis": "yoy",
     "attr": (GACC, 1)},
    {"q": "5.32万亿美元", "st": "我国", "metric": TOTAL, "t": ("前10个月", 1), "ch": "2.9%", "dir": "up", "basis": "yoy",
     "attr": (GACC, 1)},
    {"q": "3.91万亿元", "metric": TOTAL, "t": "10月", "ch": "1.8%", "dir": "up", "basis": "yoy"},
    {"q": "2.3个百分点", "metric": "进出口总值增速", "t": "10月", "dir": "down", "basis": "qoq"},
    {"q": "6.03万亿元", "subj": ("东盟", 1), "metric": TOTAL, "t": ("前10个月", 2), "ch": "8.1%", "dir": "up",
     "basis": "yoy"},
    {"q": "15.9%", "subj": ("东盟", 1), "metric": "占比", "t": ("前10个月", 2)},
    {"q": "4.4%", "subj": "欧盟", "metric": "出口额增速", "t": ("前10个月", 2), "dir": "up", "basis": "yoy"},
    {"q": "11.2%", "subj": ("美国", 0), "metric": "出口额增速", "t": ("前10个月", 2), "dir": "down", "basis": "yoy"},
    {"q": "14.7%", "subj": ("美国", 1), "metric": "市场份额", "t": "去年同期"},
    {"q": "12.8%", "subj": ("美国", 1), "metric": "市场份额", "t": ("前10个月", 2), "dir": "down", "basis": "yoy"},
    {"q": "7.3%", "st": "民营企业", "metric": "进出口总值增速", "t": ("前10个月", 3), "dir": "up", "attr": "周文斌"},
    {"q": "57.1%", "st": "民营企业", "metric": "占比", "t": ("前10个月", 3), "dir": "up", "attr": "周文斌"},
    {"q": "12.86万亿元", "st": "机电产品", "metric": EX, "t": ("前10个月", 3), "attr": "周文斌"},
    {"q": "59.5%", "st": "机电产品", "metric": "占比", "t": ("前10个月", 3), "attr": "周文斌"},
    {"q": "约168万辆", "st": "电动汽车", "metric": "出口量", "t": ("前10个月", 3), "attr": "周文斌"},
    {"q": "30个", "st": "我国", "metric": "自贸伙伴数量", "attr": "周文斌"},
]

ARTICLE = {"id": "heldout3-cl-02-trade-cn", "published_at": "2026-11-07T15:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
