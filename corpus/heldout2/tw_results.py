"""TW: chip designer's quarterly results and guidance: 季增/年增, EPS, ranges, from X to Y in headcount
and share, a negated and a hypothetical figure, an unnamed analyst's forecast."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

CO = "聯晟電子"
TEXT = (
    "聯晟電子第三季EPS 4.12元 法說會上看明年營收成長兩成\n"
    "IC設計廠聯晟電子（2457）今（12）日召開法說會，公布115年第三季財報：合併營收為新台幣185.6億元，季增9.8%、年增21.3%；"
    "毛利率45.2%，較上季提升1.6個百分點；稅後純益32.4億元，每股純益（EPS）4.12元。累計前三季營收498.7億元，年增18.5%。\n"
    "聯晟總經理吳建廷表示，受惠AI邊緣運算晶片出貨放量，第四季營收預估將落在190億至198億元之間，毛利率維持在44%至46%。"
    "他說：「明年營收可望成長兩成，但不會有30%那麼高。」\n"
    "吳建廷指出，公司員工人數已從去年底的2,100人增加至目前的2,650人，研發人員占比由六成提高至近七成。"
    "若美國擴大關稅範圍，部分客戶訂單恐減少一成，不過目前尚未看到。\n"
    "市場人士分析，聯晟今年每股純益有機會挑戰16元。聯晟股價今日收在1,020元，上漲3.6%，市值約2,890億元。"
)

MENTIONS = [
    ent("org", CO, "联晟电子"), date("第三季", "2026-Q3"), money("4.12元", 4.12, "TWD"), date("明年", "2027"),
    pct("兩成", 20),
    ent("org", CO, "联晟电子"), date("今（12）日", "2026-11-12"), date("115年第三季", "2026-Q3"),
    money("新台幣185.6億元", 18560000000, "TWD"), pct("9.8%", 9.8), pct("21.3%", 21.3), pct("45.2%", 45.2),
    date("上季", "2026-Q2"), pct("1.6個百分點", 1.6, "pp"), money("32.4億元", 3240000000, "TWD"),
    money("4.12元", 4.12, "TWD"), date("前三季", None, low="2026-Q1", high="2026-Q3"),
    money("498.7億元", 49870000000, "TWD"), pct("18.5%", 18.5),
    ent("org", "聯晟", "联晟电子"), ent("person", "吳建廷", "吴建廷"), date("第四季", "2026-Q4"),
    money("190億至198億元", None, "TWD", low=19000000000, high=19800000000), pct("44%至46%", None, low=44, high=46),
    date("明年", "2027"), pct("兩成", 20), pct("30%", 30),
    ent("person", "吳建廷", "吴建廷"), date("去年底", "2025", mod="end"), qty("2,100人", 2100, "人"),
    qty("2,650人", 2650, "人"), pct("六成", 60), pct("近七成", 70, q="approx"), ent("location", "美國", "美国"),
    pct("一成", 10),
    ent("org", "聯晟", "联晟电子"), date("今年", "2026"), money("16元", 16, "TWD"), ent("org", "聯晟", "联晟电子"),
    date("今日", "2026-11-12"), money("1,020元", 1020, "TWD"), pct("3.6%", 3.6),
    money("約2,890億元", 289000000000, "TWD", q="approx"),
]

Q3, BODY = "115年第三季", (CO, 1)
CLAIMS = [
    {"q": ("4.12元", 0), "subj": (CO, 0), "metric": "每股收益", "t": "第三季"},
    {"q": ("兩成", 0), "subj": (CO, 0), "metric": "营业收入增速", "t": ("明年", 0), "dir": "up"},
    {"q": "新台幣185.6億元", "subj": BODY, "metric": "营业收入", "t": Q3, "ch": "21.3%", "dir": "up", "basis": "yoy",
     "attr": BODY},
    {"q": "9.8%", "subj": BODY, "metric": "营业收入增速", "t": Q3, "dir": "up", "basis": "qoq", "attr": BODY},
    {"q": "45.2%", "subj": BODY, "metric": "毛利率", "t": Q3, "ch": "1.6個百分點", "dir": "up", "basis": "qoq",
     "attr": BODY},
    {"q": "32.4億元", "subj": BODY, "metric": "净利润", "t": Q3, "attr": BODY},
    {"q": ("4.12元", 1), "subj": BODY, "metric": "每股收益", "t": Q3, "attr": BODY},
    {"q": "498.7億元", "subj": BODY, "metric": "营业收入", "t": "前三季", "ch": "18.5%", "dir": "up", "basis": "yoy",
     "attr": BODY},
    {"q": "190億至198億元", "subj": ("聯晟", 0), "metric": "营业收入", "t": "第四季", "attr": ("吳建廷", 0)},
    {"q": "44%至46%", "subj": ("聯晟", 0), "metric": "毛利率", "t": "第四季", "attr": ("吳建廷", 0)},
    {"q": ("兩成", 1), "subj": ("聯晟", 0), "metric": "营业收入增速", "t": ("明年", 1), "dir": "up",
     "attr": ("吳建廷", 0)},
    {"q": "2,100人", "subj": ("聯晟", 0), "metric": "员工数量", "t": "去年底", "attr": ("吳建廷", 1)},
    {"q": "2,650人", "subj": ("聯晟", 0), "metric": "员工数量", "dir": "up", "attr": ("吳建廷", 1)},
    {"q": "六成", "st": "研發人員", "metric": "占比", "attr": ("吳建廷", 1)},
    {"q": "近七成", "st": "研發人員", "metric": "占比", "dir": "up", "attr": ("吳建廷", 1)},
    {"q": "16元", "subj": ("聯晟", 1), "metric": "每股收益", "t": "今年"},
    {"q": "1,020元", "subj": ("聯晟", 2), "metric": "股价", "t": "今日", "ch": "3.6%", "dir": "up"},
    {"q": "約2,890億元", "subj": ("聯晟", 2), "metric": "市值", "t": "今日"},
]

ARTICLE = {"id": "heldout2-cl-02-results-tw", "published_at": "2026-11-12T18:30:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
