"""TW: the monthly retail and restaurant turnover release (經濟部統計處, made-up figures and a made-up deputy head):
月增 with 年增, a year-to-date total with 較去年同期, 民國104年以來, a sector breakdown with 其中, a count that rises
(增至), a forecast range of money with a range of yoy changes (介於…之間), a gt forecast, a hypothetical 兩成
and a negated 10%以上."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

DOS, DOSV = "經濟部統計處", "经济部统计处"
TEXT = (
    "10月零售業營業額4,312億元 年增3.8%\n"
    "經濟部統計處今（23）日公布，10月零售業營業額為新台幣4,312億元，月增2.1%，年增3.8%；"
    "餐飲業營業額892億元，年增5.6%，創民國104年以來同月新高。"
    "累計今年前10月，零售業營業額達4兆1,870億元，較去年同期增加2.9%。\n"
    "10月零售業中，汽機車零售業年減4.7%，主因新車銷售放緩；綜合商品零售業年增6.2%，"
    "其中便利商店營業額368億元，年增8.1%，門市總數增至1萬3,520家；資訊通訊及家電設備零售業受惠新機上市，年增11.3%。\n"
    "統計處副處長林佩瑜表示，11月有週年慶及雙11檔期，預估零售業營業額將介於4,450億元至4,550億元之間，年增2.5%至4.8%；"
    "餐飲業則受尾牙聚餐帶動，可望年增4%以上。"
    "她也坦言，若國際油價短期內跳漲兩成，燃料零售業恐由年增轉為年減，但「不至於出現10%以上的衰退」。"
)

MENTIONS = [
    date("10月", "2026-10"), money("4,312億元", 431200000000, "TWD"), pct("3.8%", 3.8),
    ent("org", DOS, DOSV), date("今（23）日", "2026-11-23"), date("10月", "2026-10"), money("新台幣4,312億元", 431200000000, "TWD"),
    pct("2.1%", 2.1), pct("3.8%", 3.8), money("892億元", 89200000000, "TWD"), pct("5.6%", 5.6),
    date("民國104年以來", "2015", mod="after"),
    date("今年前10月", None, low="2026-01", high="2026-10"), money("4兆1,870億元", 4187000000000, "TWD"),
    date("去年同期", None, low="2025-01", high="2025-10"), pct("2.9%", 2.9),
    date("10月", "2026-10"), pct("4.7%", 4.7), pct("6.2%", 6.2), money("368億元", 36800000000, "TWD"), pct("8.1%", 8.1),
    qty("1萬3,520家", 13520, "家"), pct("11.3%", 11.3),
    ent("org", "統計處", DOSV), ent("person", "林佩瑜"), date("11月", "2026-11"),
    money("4,450億元至4,550億元", None, "TWD", low=445000000000, high=455000000000), pct("2.5%至4.8%", None, low=2.5, high=4.8),
    pct("4%以上", 4, q="gt"), pct("兩成", 20), pct("10%以上", 10, q="gt"),
]

REV, GROWTH = "营业收入", "营业收入增速"
M10 = ("10月", 1)
CLAIMS = [
    {"q": "4,312億元", "st": "零售業", "metric": REV, "t": ("10月", 0), "ch": ("3.8%", 0), "dir": "up", "basis": "yoy"},
    {"q": "新台幣4,312億元", "st": "零售業", "metric": REV, "t": M10, "ch": ("3.8%", 1), "dir": "up", "basis": "yoy", "attr": DOS},
    {"q": "2.1%", "st": "零售業", "metric": GROWTH, "t": M10, "dir": "up", "basis": "qoq", "attr": DOS},
    {"q": "892億元", "st": "餐飲業", "metric": REV, "t": M10, "ch": "5.6%", "dir": "up", "basis": "yoy", "attr": DOS},
    {"q": "4兆1,870億元", "st": "零售業", "metric": REV, "t": "今年前10月", "ch": "2.9%", "dir": "up", "basis": "yoy", "attr": DOS},
    {"q": "4.7%", "st": "汽機車零售業", "metric": GROWTH, "t": ("10月", 2), "dir": "down", "basis": "yoy"},
    {"q": "6.2%", "st": "綜合商品零售業", "metric": GROWTH, "t": ("10月", 2), "dir": "up", "basis": "yoy"},
    {"q": "368億元", "st": "便利商店", "metric": REV, "t": ("10月", 2), "ch": "8.1%", "dir": "up", "basis": "yoy"},
    {"q": "1萬3,520家", "st": "便利商店", "metric": "门市数量", "dir": "up"},
    {"q": "11.3%", "st": "資訊通訊及家電設備零售業", "metric": GROWTH, "t": ("10月", 2), "dir": "up", "basis": "yoy"},
    {"q": "4,450億元至4,550億元", "st": "零售業", "metric": REV, "t": "11月", "ch": "2.5%至4.8%", "dir": "up", "basis": "yoy", "attr": "林佩瑜"},
    {"q": "4%以上", "st": "餐飲業", "metric": GROWTH, "t": "11月", "dir": "up", "basis": "yoy", "attr": "林佩瑜"},
]

ARTICLE = {"id": "dev3-cl-03-retail-tw", "published_at": "2026-11-23T16:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
