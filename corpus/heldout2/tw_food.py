"""TW: food maker's quarterly results: 億萬 with trailing digits, 季增/年增, 前3季, 7至9月, a share from X to
Y, 噸, a date with 起, 民國117年第二季, a plan with a construction duration."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

CO = "福泰食品"
TEXT = (
    "福泰食品第三季每股盈餘2.36元 前3季營收年增8.9%\n"
    "食品大廠福泰食品（1230）今（14）日董事會通過115年第三季財報，第三季合併營收新台幣156億4,200萬元，季增6.1%、年增9.7%，"
    "稅後淨利18億3,500萬元，年增14.2%，每股盈餘2.36元。前3季營收442.8億元，年增8.9%，稅後淨利48.6億元，"
    "每股盈餘6.25元，均創同期新高。\n"
    "福泰食品財務長周雅婷表示，7至9月飲料銷售受惠高溫天氣，銷量年增逾1成；海外業務營收占比已由去年同期的24%升至28.5%，"
    "其中越南廠第三季出貨量達3萬5,000噸。她說，原物料價格自今年5月起回落，毛利率較上年同期增加1.8個百分點至31.4%。\n"
    "福泰食品預計明年資本支出約新台幣30億元，將在屏東新建冷鏈物流中心，預計民國117年第二季完工，建廠期約18個月。"
)

YTD = {"low": "2026-Q1", "high": "2026-Q3"}
MENTIONS = [
    ent("org", CO), date("第三季", "2026-Q3"), money("2.36元", 2.36, "TWD"), date("前3季", None, **YTD), pct("8.9%", 8.9),
    ent("org", CO), date("今（14）日", "2026-11-14"), date("115年第三季", "2026-Q3"), date("第三季", "2026-Q3"),
    money("新台幣156億4,200萬元", 15642000000, "TWD"), pct("6.1%", 6.1), pct("9.7%", 9.7),
    money("18億3,500萬元", 1835000000, "TWD"), pct("14.2%", 14.2), money("2.36元", 2.36, "TWD"),
    date("前3季", None, **YTD), money("442.8億元", 44280000000, "TWD"), pct("8.9%", 8.9),
    money("48.6億元", 4860000000, "TWD"), money("6.25元", 6.25, "TWD"),
    ent("org", CO), ent("person", "周雅婷"), date("7至9月", None, low="2026-07", high="2026-09"), pct("逾1成", 10, q="gt"),
    date("去年同期", "2025-Q3"), pct("24%", 24), pct("28.5%", 28.5), ent("location", "越南"), date("第三季", "2026-Q3"),
    qty("3萬5,000噸", 35000, "吨"), date("今年5月起", "2026-05", mod="after"), date("上年同期", "2025-Q3"),
    pct("1.8個百分點", 1.8, "pp"), pct("31.4%", 31.4),
    ent("org", CO), date("明年", "2027"), money("約新台幣30億元", 3000000000, "TWD", q="approx"), ent("location", "屏東", "屏东"),
    date("民國117年第二季", "2028-Q2"), dur("約18個月", "P18M", q="approx"),
]

BODY, P2, Q3 = (CO, 1), (CO, 2), ("第三季", 1)
CLAIMS = [
    {"q": ("2.36元", 0), "subj": (CO, 0), "metric": "每股收益", "t": ("第三季", 0)},
    {"q": ("8.9%", 0), "subj": (CO, 0), "metric": "营业收入增速", "t": ("前3季", 0), "dir": "up", "basis": "yoy"},
    {"q": "新台幣156億4,200萬元", "subj": BODY, "metric": "营业收入", "t": Q3, "ch": "9.7%", "dir": "up",
     "basis": "yoy", "attr": BODY},
    {"q": "6.1%", "subj": BODY, "metric": "营业收入增速", "t": Q3, "dir": "up", "basis": "qoq", "attr": BODY},
    {"q": "18億3,500萬元", "subj": BODY, "metric": "净利润", "t": Q3, "ch": "14.2%", "dir": "up", "basis": "yoy",
     "attr": BODY},
    {"q": ("2.36元", 1), "subj": BODY, "metric": "每股收益", "t": Q3, "attr": BODY},
    {"q": "442.8億元", "subj": BODY, "metric": "营业收入", "t": ("前3季", 1), "ch": ("8.9%", 1), "dir": "up",
     "basis": "yoy", "attr": BODY},
    {"q": "48.6億元", "subj": BODY, "metric": "净利润", "t": ("前3季", 1), "attr": BODY},
    {"q": "6.25元", "subj": BODY, "metric": "每股收益", "t": ("前3季", 1), "attr": BODY},
    {"q": "逾1成", "st": "飲料", "metric": "销量增速", "t": "7至9月", "dir": "up", "basis": "yoy", "attr": "周雅婷"},
    {"q": "24%", "subj": P2, "metric": "营收占比", "t": "去年同期", "attr": "周雅婷"},
    {"q": "28.5%", "subj": P2, "metric": "营收占比", "t": "7至9月", "dir": "up", "basis": "yoy", "attr": "周雅婷"},
    {"q": "3萬5,000噸", "st": "越南廠", "metric": "出货量", "t": ("第三季", 2), "attr": "周雅婷"},
    {"q": "31.4%", "subj": P2, "metric": "毛利率", "t": ("第三季", 2), "ch": "1.8個百分點", "dir": "up", "basis": "yoy",
     "attr": "周雅婷"},
    {"q": "約新台幣30億元", "subj": (CO, 3), "metric": "资本开支", "t": "明年", "attr": (CO, 3)},
]

ARTICLE = {"id": "heldout2-nt-07-food-tw", "published_at": "2026-11-14T18:20:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
