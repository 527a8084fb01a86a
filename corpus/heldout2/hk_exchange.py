"""HK: exchange monthly statistics: 倍 and % changes, 按月/按年/按季, 1至10月 and 首10個月, a base-period
level, 萬億 written 1萬3,000億港幣, 蚊 in a Cantonese quote, durations from X to Y."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

TEXT = (
    "港交所：10月新股集資按年增1.3倍 首10個月集資額重返全球第一\n"
    "香港交易所（港交所）今日公布，10月共有14隻新股上市，集資總額約386億港元，按年增加1.3倍；"
    "今年1至10月累計有82家公司上市，集資額達2,158億元，較去年同期的1,042億元增加107%。\n"
    "證券市場方面，10月平均每日成交額為2,645億元，按月減少5.2%，按年增加38.6%。"
    "第三季平均每日成交額更創下3,010億元的季度紀錄，按季上升14.3%。"
    "港股通南向資金今年首10個月累計淨流入1萬3,000億港幣。\n"
    "港交所行政總裁施安德表示，預計第四季仍有約30家公司排隊上市。他提醒，散戶申購新股要量力而為，"
    "「唔好以為抽中就一定賺，有隻新股首日就跌咗兩蚊」。\n"
    "另外，港交所將於2027年第一季推出新的收市競價機制，並計劃把股票交收周期由兩天縮短至一天。"
)

YTD = {"low": "2026-01", "high": "2026-10"}
MENTIONS = [
    ent("org", "港交所", "香港交易所"), date("10月", "2026-10"), qty("1.3倍", 1.3, "倍"), date("首10個月", None, **YTD),
    ent("org", "香港交易所"), ent("org", "港交所", "香港交易所"), date("今日", "2026-11-03"), date("10月", "2026-10"),
    qty("14隻", 14, "只"), money("約386億港元", 38600000000, "HKD", q="approx"), qty("1.3倍", 1.3, "倍"),
    date("今年1至10月", None, **YTD), qty("82家", 82, "家"), money("2,158億元", 215800000000, "HKD"),
    date("去年同期", None, low="2025-01", high="2025-10"), money("1,042億元", 104200000000, "HKD"), pct("107%", 107),
    date("10月", "2026-10"), money("2,645億元", 264500000000, "HKD"), pct("5.2%", 5.2), pct("38.6%", 38.6),
    date("第三季", "2026-Q3"), money("3,010億元", 301000000000, "HKD"), pct("14.3%", 14.3),
    date("今年首10個月", None, **YTD), money("1萬3,000億港幣", 1300000000000, "HKD"),
    ent("org", "港交所", "香港交易所"), ent("person", "施安德"), date("第四季", "2026-Q4"), qty("約30家", 30, "家", q="approx"),
    money("兩蚊", 2, "HKD"),
    ent("org", "港交所", "香港交易所"), date("2027年第一季", "2027-Q1"), dur("兩天", "P2D"), dur("一天", "P1D"),
]

HKEX, MKT = ("港交所", 1), "證券市場"
CLAIMS = [
    {"q": ("1.3倍", 0), "st": "新股", "metric": "融资额", "t": ("10月", 0), "dir": "up", "basis": "yoy",
     "attr": ("港交所", 0)},
    {"q": "14隻", "metric": "新股数量", "t": ("10月", 1), "attr": HKEX},
    {"q": "約386億港元", "metric": "融资额", "t": ("10月", 1), "dir": "up", "basis": "yoy", "attr": HKEX},
    {"q": ("1.3倍", 1), "metric": "融资额", "t": ("10月", 1), "dir": "up", "basis": "yoy", "attr": HKEX},
    {"q": "82家", "metric": "上市公司数量", "t": "今年1至10月", "attr": HKEX},
    {"q": "2,158億元", "metric": "融资额", "t": "今年1至10月", "ch": "107%", "dir": "up", "basis": "yoy",
     "attr": HKEX},
    {"q": "1,042億元", "metric": "融资额", "t": "去年同期", "attr": HKEX},
    {"q": "2,645億元", "st": MKT, "metric": "日均成交额", "t": ("10月", 2), "ch": "38.6%", "dir": "up",
     "basis": "yoy"},
    {"q": "5.2%", "st": MKT, "metric": "日均成交额增速", "t": ("10月", 2), "dir": "down", "basis": "qoq"},
    {"q": "3,010億元", "st": MKT, "metric": "日均成交额", "t": "第三季", "ch": "14.3%", "dir": "up", "basis": "qoq"},
    {"q": "1萬3,000億港幣", "st": "港股通南向資金", "metric": "净流入额", "t": "今年首10個月"},
    {"q": "約30家", "metric": "排队上市公司数量", "t": "第四季", "attr": "施安德"},
    {"q": "兩蚊", "st": "新股", "metric": "股价", "dir": "down", "attr": "施安德"},
]

ARTICLE = {"id": "heldout2-nt-04-exchange-hk", "published_at": "2026-11-03T17:30:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
