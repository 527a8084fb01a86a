"""TW: a company announcement with quotes (翔輪工業, made up): 月增 with 年增, 累計前10月, a target stated in a
quote against 今年的約36萬台, capacity dated by its production quarter, a dividend and payout ratio, a conditional
inside a quote (no claims), 「」 quotes that close a sentence, 兩到三季 (a vague duration),
突破五成 (a threshold), 明年初, 第二座 (an ordinal)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

XL, XLF, XLV = "翔輪", "翔輪工業", "翔轮工业"
TEXT = (
    "翔輪10月營收年增18% 董座：明年電輔車出貨拚50萬台\n"
    "自行車大廠翔輪工業今（10）日公告10月合併營收為新台幣42億3,800萬元，月增5.4%、年增18.2%；"
    "累計前10月營收368億7,000萬元，年增11.6%，創同期新高。\n"
    "董事長陳柏翰在法說會上表示：「明年電輔車出貨目標是50萬台，比今年的約36萬台成長近4成。」"
    "他指出，歐洲市場庫存已降至約3個月的正常水準，美國市場則仍需兩到三季消化。\n"
    "公司同時公告，董事會通過在台中后里投資新台幣28億元興建新廠，預計2028年第2季量產，年產能可達30萬台；"
    "另將發放每股現金股利8元，配息率約65%。\n"
    "陳柏翰說：「若美國對自行車加徵25%關稅，我們不會把成本全部轉嫁給客戶，毛利率可能下滑1到2個百分點。」"
    "翔輪今年前三季毛利率為27.4%，較去年同期提升2.1個百分點。\n"
    "翔輪10月出貨量約4萬2,000台，其中電輔車占比首度突破五成；公司目前全球員工約5,600人，越南第二座工廠明年初也將擴編800人。"
)

MENTIONS = [
    ent("org", XL, XLV), date("10月", "2026-10"), pct("18%", 18), date("明年", "2027"), qty("50萬台", 500000, "台"),
    ent("org", XLF, XLV), date("今（10）日", "2026-11-10"), date("10月", "2026-10"),
    money("新台幣42億3,800萬元", 4238000000, "TWD"), pct("5.4%", 5.4), pct("18.2%", 18.2),
    date("前10月", None, low="2026-01", high="2026-10"), money("368億7,000萬元", 36870000000, "TWD"), pct("11.6%", 11.6),
    ent("person", "陳柏翰", "陈柏翰"), date("明年", "2027"), qty("50萬台", 500000, "台"), date("今年", "2026"),
    qty("約36萬台", 360000, "台", q="approx"), pct("近4成", 40, q="approx"), ent("location", "歐洲", "欧洲"),
    dur("約3個月", "P3M", q="approx"), ent("location", "美國", "美国"), dur("兩到三季", None),
    ent("location", "台中"), ent("location", "后里"), money("新台幣28億元", 2800000000, "TWD"),
    date("2028年第2季", "2028-Q2"), qty("30萬台", 300000, "台"), money("8元", 8, "TWD"), pct("約65%", 65, q="approx"),
    ent("person", "陳柏翰", "陈柏翰"), ent("location", "美國", "美国"), pct("25%", 25), pct("1到2個百分點", None, "pp", low=1, high=2),
    ent("org", XL, XLV), date("今年前三季", None, low="2026-Q1", high="2026-Q3"), pct("27.4%", 27.4),
    date("去年同期", None, low="2025-Q1", high="2025-Q3"), pct("2.1個百分點", 2.1, "pp"),
    ent("org", XL, XLV), date("10月", "2026-10"), qty("約4萬2,000台", 42000, "台", q="approx"), pct("五成", 50),
    qty("約5,600人", 5600, "人", q="approx"), ent("location", "越南"), date("明年初", "2027", mod="start"), qty("800人", 800, "人"),
]

REV, SHIP = "营业收入", "出货量"
CLAIMS = [
    {"q": "18%", "subj": (XL, 0), "metric": "营业收入增速", "t": ("10月", 0), "dir": "up", "basis": "yoy"},
    {"q": ("50萬台", 0), "st": "電輔車", "metric": SHIP, "t": ("明年", 0)},
    {"q": "新台幣42億3,800萬元", "subj": XLF, "metric": REV, "t": ("10月", 1), "ch": "18.2%", "dir": "up", "basis": "yoy",
     "attr": XLF},
    {"q": "5.4%", "subj": XLF, "metric": "营业收入增速", "t": ("10月", 1), "dir": "up", "basis": "qoq", "attr": XLF},
    {"q": "368億7,000萬元", "subj": XLF, "metric": REV, "t": "前10月", "ch": "11.6%", "dir": "up", "basis": "yoy",
     "attr": XLF},
    {"q": ("50萬台", 1), "st": "電輔車", "metric": "出货目标", "t": ("明年", 1), "ch": "近4成", "dir": "up", "basis": "yoy",
     "attr": ("陳柏翰", 0)},
    {"q": "約36萬台", "st": "電輔車", "metric": SHIP, "t": "今年", "attr": ("陳柏翰", 0)},
    {"q": "新台幣28億元", "subj": XLF, "metric": "投资额", "attr": XLF},
    {"q": "30萬台", "subj": XLF, "metric": "产能", "t": "2028年第2季", "attr": XLF},
    {"q": "8元", "subj": XLF, "metric": "股息", "attr": XLF},
    {"q": "約65%", "subj": XLF, "metric": "派息率", "attr": XLF},
    {"q": "27.4%", "subj": (XL, 1), "metric": "毛利率", "t": "今年前三季", "ch": "2.1個百分點", "dir": "up", "basis": "yoy",
     "attr": ("陳柏翰", 1)},
    {"q": "約4萬2,000台", "subj": (XL, 2), "metric": SHIP, "t": ("10月", 2)},
    {"q": "五成", "subj": (XL, 2), "metric": "出货量占比", "t": ("10月", 2)},
    {"q": "約5,600人", "subj": (XL, 2), "metric": "员工数量"},
    {"q": "800人", "subj": (XL, 2), "metric": "员工数量", "t": "明年初", "dir": "up"},
]

ARTICLE = {"id": "heldout3-cl-04-company-tw", "published_at": "2026-11-10T18:30:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
