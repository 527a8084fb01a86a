"""TW: machine-tool maker's monthly revenue: 民國 years with and without 民國, 億萬 with trailing digits,
前10個月, 月減/年增, a full-year target, durations from X to Y, capacity plans, a conditional forecast."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

CO = "鼎泰精密"
TEXT = (
    "鼎泰精密10月營收月減3.5% 前10月年增逾2成\n"
    "工具機大廠鼎泰精密（4583）今（6）日公布民國115年10月合併營收為新台幣28億7,600萬元，月減3.5%，年增12.8%；"
    "今年前10個月累計營收262.4億元，較去年同期成長22.6%，已達全年目標的約83%。\n"
    "鼎泰精密發言人許慧君表示，10月營收下滑主因是部分歐洲訂單延後至11月出貨，第四季營收可望與第三季持平，"
    "全年營收挑戰315億元，年增約兩成。她指出，公司目前在手訂單約可支撐5個月的產能，交期已由去年的6個月縮短至4個月。\n"
    "鼎泰精密114年全年營收為新台幣263.1億元，每股純益6.85元。公司規劃116年上半年在台中大里新廠量產，"
    "新廠總投資約新台幣45億元，完工後月產能將增加600台，增幅達3成。\n"
    "法人預估，若新台幣兌美元維持在30元附近，鼎泰精密明年毛利率可望維持在34%至36%之間。"
)

YTD = {"low": "2026-01", "high": "2026-10"}
MENTIONS = [
    ent("org", CO, "鼎泰精密"), date("10月", "2026-10"), pct("3.5%", 3.5), date("前10月", None, **YTD),
    pct("逾2成", 20, q="gt"),
    ent("org", CO, "鼎泰精密"), date("今（6）日", "2026-11-06"), date("民國115年10月", "2026-10"),
    money("新台幣28億7,600萬元", 2876000000, "TWD"), pct("3.5%", 3.5), pct("12.8%", 12.8),
    date("今年前10個月", None, **YTD), money("262.4億元", 26240000000, "TWD"),
    date("去年同期", None, low="2025-01", high="2025-10"), pct("22.6%", 22.6), date("全年", "2026"),
    pct("約83%", 83, q="approx"),
    ent("org", CO, "鼎泰精密"), ent("person", "許慧君", "许慧君"), date("10月", "2026-10"), ent("location", "歐洲", "欧洲"),
    date("11月", "2026-11"), date("第四季", "2026-Q4"), date("第三季", "2026-Q3"), date("全年", "2026"),
    money("315億元", 31500000000, "TWD"), pct("約兩成", 20, q="approx"), dur("5個月", "P5M"), date("去年", "2025"),
    dur("6個月", "P6M"), dur("4個月", "P4M"),
    ent("org", CO, "鼎泰精密"), date("114年全年", "2025"), money("新台幣263.1億元", 26310000000, "TWD"),
    money("6.85元", 6.85, "TWD"), date("116年上半年", "2027-H1"), ent("location", "台中"), ent("location", "大里"),
    money("約新台幣45億元", 4500000000, "TWD", q="approx"), qty("600台", 600, "台"), pct("3成", 30),
    money("30元附近", 30, "TWD", q="approx"), ent("org", CO, "鼎泰精密"), date("明年", "2027"),
    pct("34%至36%", None, low=34, high=36),
]

REV, REV_G = "营业收入", "营业收入增速"
BODY, P2, P3 = (CO, 1), (CO, 2), (CO, 3)
CLAIMS = [
    {"q": ("3.5%", 0), "subj": (CO, 0), "metric": REV_G, "t": ("10月", 0), "dir": "down", "basis": "qoq"},
    {"q": "逾2成", "subj": (CO, 0), "metric": REV_G, "t": "前10月", "dir": "up", "basis": "yoy"},
    {"q": "新台幣28億7,600萬元", "subj": BODY, "metric": REV, "t": "民國115年10月", "ch": "12.8%", "dir": "up",
     "basis": "yoy", "attr": BODY},
    {"q": ("3.5%", 1), "subj": BODY, "metric": REV_G, "t": "民國115年10月", "dir": "down", "basis": "qoq",
     "attr": BODY},
    {"q": "262.4億元", "subj": BODY, "metric": REV, "t": "今年前10個月", "ch": "22.6%", "dir": "up", "basis": "yoy",
     "attr": BODY},
    {"q": "約83%", "subj": BODY, "metric": "目标完成率", "t": "今年前10個月", "attr": BODY},
    {"q": "315億元", "subj": P2, "metric": REV, "t": ("全年", 1), "ch": "約兩成", "dir": "up", "basis": "yoy",
     "attr": "許慧君"},
    {"q": "新台幣263.1億元", "subj": P3, "metric": REV, "t": "114年全年"},
    {"q": "6.85元", "subj": P3, "metric": "每股收益", "t": "114年全年"},
    {"q": "約新台幣45億元", "subj": P3, "metric": "投资额"},
    {"q": "600台", "subj": P3, "metric": "产能", "t": "116年上半年", "dir": "up"},
    {"q": "3成", "subj": P3, "metric": "产能增速", "t": "116年上半年", "dir": "up"},
]

ARTICLE = {"id": "heldout2-nt-03-machine-tw", "published_at": "2026-11-06T17:05:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
