"""TW: the ministry's monthly export-order release: an ROC-year month, 今（20）日, 月增 and 年增 in
one clause, 1至10月 and 前10月 against 去年同期, 年減 as a down change, products and partner regions
with a share, two places held jointly (中國大陸及香港), 東協 as an organisation, an official's range
forecast with a range change, a threshold for the full year against 民國114年, a CNA byline and code."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct

O, P, L = "org", "person", "location"
M10 = {"low": "2026-01", "high": "2026-10"}
M10_LY = {"low": "2025-01", "high": "2025-10"}
STATS = "经济部统计处"
TEXT = (
    "10月外銷訂單年增12.4% 連續9個月正成長\n"
    "（中央社記者林品妍台北20日電）經濟部統計處今（20）日公布，115年10月外銷訂單金額為612.8億美元，月增3.5%，年增12.4%，創歷年同月新高。"
    "累計1至10月外銷訂單為5,486.3億美元，較去年同期增加9.8%。\n"
    "統計處分析，按貨品別觀察，10月資訊通信產品接單245.6億美元，年增28.7%；電子產品接單198.2億美元，年增15.3%，其中半導體占約七成；"
    "基本金屬接單僅21.4億美元，年減6.2%，已連續5個月衰退。前10月電子產品累計接單1,742.5億美元，較去年同期成長13.1%。\n"
    "統計處並指出，按接單地區觀察，10月自美國接單188.9億美元，年增18.6%，占比為30.8%；自中國大陸及香港接單137.5億美元，年減2.4%；"
    "自歐洲接單78.2億美元，年增5.7%；自東協接單61.3億美元，年增21.9%，增幅居各主要地區之首。\n"
    "統計處處長黃惠君表示，AI伺服器及高效能運算需求持續強勁，預估11月外銷訂單介於600億至620億美元，年增8.5%至12.1%。"
    "她也指出，今年全年外銷訂單可望突破6,500億美元，高於民國114年的5,903.6億美元。\n"
    "（編輯：陳怡安）1151120"
)

MENTIONS = [
    date("10月", "2026-10"), pct("12.4%", 12.4), dur("9個月", "P9M"),
    ent(O, "中央社"), ent(P, "林品妍"), ent(L, "台北"), date("20日", "2026-11-20"), ent(O, "經濟部統計處", STATS), date("今（20）日", "2026-11-20"),
    date("115年10月", "2026-10"), money("612.8億美元", 61280000000, "USD"), pct("3.5%", 3.5), pct("12.4%", 12.4),
    date("1至10月", None, **M10), money("5,486.3億美元", 548630000000, "USD"), date("去年同期", None, **M10_LY), pct("9.8%", 9.8),
    ent(O, "統計處", STATS), date("10月", "2026-10"), money("245.6億美元", 24560000000, "USD"), pct("28.7%", 28.7),
    money("198.2億美元", 19820000000, "USD"), pct("15.3%", 15.3), pct("約七成", 70, q="approx"),
    money("21.4億美元", 2140000000, "USD"), pct("6.2%", 6.2), dur("5個月", "P5M"),
    date("前10月", None, **M10), money("1,742.5億美元", 174250000000, "USD"), date("去年同期", None, **M10_LY), pct("13.1%", 13.1),
    ent(O, "統計處", STATS), date("10月", "2026-10"), ent(L, "美國", "美国"), money("188.9億美元", 18890000000, "USD"), pct("18.6%", 18.6),
    pct("30.8%", 30.8), ent(L, "中國大陸", "中国"), ent(L, "香港"), money("137.5億美元", 13750000000, "USD"), pct("2.4%", 2.4),
    ent(L, "歐洲", "欧洲"), money("78.2億美元", 7820000000, "USD"), pct("5.7%", 5.7),
    ent(O, "東協", "东南亚国家联盟"), money("61.3億美元", 6130000000, "USD"), pct("21.9%", 21.9),
    ent(O, "統計處", STATS), ent(P, "黃惠君", "黄惠君"), date("11月", "2026-11"),
    money("600億至620億美元", None, "USD", low=60000000000, high=62000000000), pct("8.5%至12.1%", None, low=8.5, high=12.1),
    date("今年全年", "2026"), money("6,500億美元", 650000000000, "USD"), date("民國114年", "2025"), money("5,903.6億美元", 590360000000, "USD"),
    ent(P, "陳怡安", "陈怡安"),
]

MET = "外销订单额"
GROWTH = "外销订单额增速"
GOODS = ("10月", 1)
AREAS = ("10月", 2)
CLAIMS = [
    {"q": ("12.4%", 0), "metric": GROWTH, "t": ("10月", 0), "dir": "up", "basis": "yoy"},
    {"q": "612.8億美元", "metric": MET, "t": "115年10月", "ch": ("12.4%", 1), "dir": "up", "basis": "yoy", "attr": "經濟部統計處"},
    {"q": "3.5%", "metric": GROWTH, "t": "115年10月", "dir": "up", "basis": "qoq", "attr": "經濟部統計處"},
    {"q": "5,486.3億美元", "metric": MET, "t": "1至10月", "ch": "9.8%", "dir": "up", "basis": "yoy", "attr": "經濟部統計處"},
    {"q": "245.6億美元", "st": "資訊通信產品", "metric": MET, "t": GOODS, "ch": "28.7%", "dir": "up", "basis": "yoy", "attr": ("統計處", 0)},
    {"q": "198.2億美元", "st": "電子產品", "metric": MET, "t": GOODS, "ch": "15.3%", "dir": "up", "basis": "yoy", "attr": ("統計處", 0)},
    {"q": "約七成", "st": "半導體", "metric": "占比", "t": GOODS, "attr": ("統計處", 0)},
    {"q": "21.4億美元", "st": "基本金屬", "metric": MET, "t": GOODS, "ch": "6.2%", "dir": "down", "basis": "yoy", "attr": ("統計處", 0)},
    {"q": "1,742.5億美元", "st": "電子產品", "metric": MET, "t": "前10月", "ch": "13.1%", "dir": "up", "basis": "yoy", "attr": ("統計處", 0)},
    {"q": "188.9億美元", "subj": "美國", "metric": MET, "t": AREAS, "ch": "18.6%", "dir": "up", "basis": "yoy", "attr": ("統計處", 1)},
    {"q": "30.8%", "subj": "美國", "metric": "占比", "t": AREAS, "attr": ("統計處", 1)},
    {"q": "137.5億美元", "st": "中國大陸及香港", "metric": MET, "t": AREAS, "ch": "2.4%", "dir": "down", "basis": "yoy", "attr": ("統計處", 1)},
    {"q": "78.2億美元", "subj": "歐洲", "metric": MET, "t": AREAS, "ch": "5.7%", "dir": "up", "basis": "yoy", "attr": ("統計處", 1)},
    {"q": "61.3億美元", "subj": "東協", "metric": MET, "t": AREAS, "ch": "21.9%", "dir": "up", "basis": "yoy", "attr": ("統計處", 1)},
    {"q": "600億至620億美元", "metric": MET, "t": "11月", "ch": "8.5%至12.1%", "dir": "up", "basis": "yoy", "attr": "黃惠君"},
    {"q": "6,500億美元", "metric": MET, "t": "今年全年", "attr": "黃惠君"},
    {"q": "5,903.6億美元", "metric": MET, "t": "民國114年", "attr": "黃惠君"},
]

ARTICLE = {"id": "heldout5-clm-02-orders-tw", "published_at": "2026-11-20T16:10:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
