"""TW: the ministry's November export orders and industrial production: a bylined dateline with no
date, 22日 with an ROC-year month (115年11月), a level with 較上月 (qoq) and 較去年同月 (yoy, a date
mention) as its change, 今年前11月 with 較去年同期, orders by region (美國 and 歐洲 as subjects,
中國大陸及香港 as a joint subject_text) with a share and a share 降至 (down, basis null), a
據統計處資料 paragraph by product group with 其中 and a share 約六成 (a 占比 with 約 touching it), two
groups listed with 分別, industrial production growth with no level and 其中 industries, a chief's
forecast range in 億美元 with a range change, 他指出 with an annual figure and its 約 change, and a
conditional (若…2至3個百分點) that gives no claim."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct

O, P, L = "org", "person", "location"
STATS = "经济部统计处"
TEXT = (
    "11月外銷訂單643.5億美元 年增10.2%\n"
    "【記者陳怡蓁／台北報導】經濟部統計處22日公布，115年11月外銷訂單金額為643.5億美元，較上月增加3.1%，較去年同月增加10.2%，創歷年同月新高。"
    "今年前11月外銷訂單累計6,208.7億美元，較去年同期增加7.9%。\n"
    "統計處指出，按接單地區觀察，11月來自美國的訂單為209.6億美元，年增15.4%，占比32.6%；"
    "歐洲訂單81.2億美元，年減2.1%；中國大陸及香港訂單則為149.8億美元，年增3.2%，占比降至23.3%。\n"
    "據統計處資料，11月資訊通信產品接單224.3億美元，年增19.6%；電子產品接單191.7億美元，年增12.8%，其中半導體相關訂單占比約六成；"
    "光學器材與塑橡膠製品則分別年減5.4%及1.9%。\n"
    "另據統計處工業生產統計，11月工業生產指數年增6.7%，其中製造業年增7.2%，電力及燃氣供應業年減1.6%。\n"
    "統計處處長林志豪表示，AI與高效能運算需求仍強，但傳統產業復甦緩慢，預估12月外銷訂單金額將落在615億至635億美元之間，年增4.8%至8.3%。"
    "他指出，今年全年外銷訂單可望達6,830億美元，年增約8%。"
    "不過，若美國擴大關稅範圍，年增率恐下修2至3個百分點。"
)

MENTIONS = [
    date("11月", "2026-11"), money("643.5億美元", 64350000000, "USD"), pct("10.2%", 10.2),
    ent(P, "陳怡蓁", "陈怡蓁"), ent(L, "台北"), ent(O, "經濟部統計處", STATS), date("22日", "2026-12-22"),
    date("115年11月", "2026-11"), money("643.5億美元", 64350000000, "USD"), date("上月", "2026-10"), pct("3.1%", 3.1),
    date("去年同月", "2025-11"), pct("10.2%", 10.2),
    date("今年前11月", None, low="2026-01", high="2026-11"), money("6,208.7億美元", 620870000000, "USD"),
    date("去年同期", None, low="2025-01", high="2025-11"), pct("7.9%", 7.9),
    ent(O, "統計處", STATS), date("11月", "2026-11"), ent(L, "美國", "美国"), money("209.6億美元", 20960000000, "USD"), pct("15.4%", 15.4), pct("32.6%", 32.6),
    ent(L, "歐洲", "欧洲"), money("81.2億美元", 8120000000, "USD"), pct("2.1%", 2.1),
    ent(L, "中國大陸", "中国"), ent(L, "香港"), money("149.8億美元", 14980000000, "USD"), pct("3.2%", 3.2), pct("23.3%", 23.3),
    ent(O, "統計處", STATS), date("11月", "2026-11"), money("224.3億美元", 22430000000, "USD"), pct("19.6%", 19.6),
    money("191.7億美元", 19170000000, "USD"), pct("12.8%", 12.8), pct("約六成", 60, q="approx"),
    pct("5.4%", 5.4), pct("1.9%", 1.9),
    ent(O, "統計處", STATS), date("11月", "2026-11"), pct("6.7%", 6.7), pct("7.2%", 7.2), pct("1.6%", 1.6),
    ent(O, "統計處", STATS), ent(P, "林志豪"), date("12月", "2026-12"),
    money("615億至635億美元", None, "USD", low=61500000000, high=63500000000), pct("4.8%至8.3%", None, low=4.8, high=8.3),
    date("今年全年", "2026"), money("6,830億美元", 683000000000, "USD"), pct("約8%", 8, q="approx"),
    ent(L, "美國", "美国"), pct("2至3個百分點", None, unit="pp", low=2, high=3),
]

ORD, ORDG, SHARE, IPI = "外销订单额", "外销订单额增速", "占比", "工业生产指数增速"
PUB, ST1, ST2, ST3, CHIEF = "經濟部統計處", ("統計處", 0), ("統計處", 1), ("統計處", 2), "林志豪"
M1, M2, M3 = ("11月", 1), ("11月", 2), ("11月", 3)
CN_HK = "中國大陸及香港"
CLAIMS = [
    {"q": ("643.5億美元", 0), "metric": ORD, "t": ("11月", 0), "ch": ("10.2%", 0), "dir": "up", "basis": "yoy"},
    {"q": ("643.5億美元", 1), "metric": ORD, "t": "115年11月", "ch": ("10.2%", 1), "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "3.1%", "metric": ORDG, "t": "115年11月", "dir": "up", "basis": "qoq", "attr": PUB},
    {"q": "6,208.7億美元", "metric": ORD, "t": "今年前11月", "ch": "7.9%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "209.6億美元", "subj": ("美國", 0), "metric": ORD, "t": M1, "ch": "15.4%", "dir": "up", "basis": "yoy", "attr": ST1},
    {"q": "32.6%", "subj": ("美國", 0), "metric": SHARE, "t": M1, "attr": ST1},
    {"q": "81.2億美元", "subj": "歐洲", "metric": ORD, "t": M1, "ch": "2.1%", "dir": "down", "basis": "yoy", "attr": ST1},
    {"q": "149.8億美元", "st": CN_HK, "metric": ORD, "t": M1, "ch": "3.2%", "dir": "up", "basis": "yoy", "attr": ST1},
    {"q": "23.3%", "st": CN_HK, "metric": SHARE, "t": M1, "dir": "down", "attr": ST1},
    {"q": "224.3億美元", "st": "資訊通信產品", "metric": ORD, "t": M2, "ch": "19.6%", "dir": "up", "basis": "yoy", "attr": ST2},
    {"q": "191.7億美元", "st": "電子產品", "metric": ORD, "t": M2, "ch": "12.8%", "dir": "up", "basis": "yoy", "attr": ST2},
    {"q": "約六成", "st": "半導體相關", "metric": SHARE, "t": M2, "attr": ST2},
    {"q": "5.4%", "st": "光學器材", "metric": ORDG, "t": M2, "dir": "down", "basis": "yoy", "attr": ST2},
    {"q": "1.9%", "st": "塑橡膠製品", "metric": ORDG, "t": M2, "dir": "down", "basis": "yoy", "attr": ST2},
    {"q": "6.7%", "metric": IPI, "t": M3, "dir": "up", "basis": "yoy", "attr": ST3},
    {"q": "7.2%", "st": "製造業", "metric": IPI, "t": M3, "dir": "up", "basis": "yoy", "attr": ST3},
    {"q": "1.6%", "st": "電力及燃氣供應業", "metric": IPI, "t": M3, "dir": "down", "basis": "yoy", "attr": ST3},
    {"q": "615億至635億美元", "metric": ORD, "t": "12月", "ch": "4.8%至8.3%", "dir": "up", "basis": "yoy", "attr": CHIEF},
    {"q": "6,830億美元", "metric": ORD, "t": "今年全年", "ch": "約8%", "dir": "up", "basis": "yoy", "attr": CHIEF},
]

ARTICLE = {"id": "heldout8-clm-02-orders-tw", "published_at": "2026-12-23T08:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
