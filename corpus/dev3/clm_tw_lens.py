"""TW: a made-up contact-lens maker's third-quarter results and investor conference (晶瞳光學, a made-up chairman):
季增 with 年增, EPS, a pp change of a margin against the previous quarter, from X to Y with 去年同期 as X,
product and region shares, a threshold (突破三成), a range forecast of a qoq fall, 逾一成 as the change of a
full-year level, a monthly capacity from X to Y, an attributive count, an unnamed 法人, negated and hypothetical figures."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

JT, JTV = "晶瞳光學", "晶瞳光学"
TEXT = (
    "晶瞳光學第三季每股純益5.42元 創同期新高\n"
    "隱形眼鏡廠晶瞳光學今（12）日公布第三季財報，合併營收為新台幣28.6億元，季增7.5%、年增16.2%；"
    "稅後純益6.1億元，年增22.4%，每股純益5.42元。"
    "毛利率為58.3%，較第二季提高1.6個百分點，營業利益率則由去年同期的29.8%升至32.5%。\n"
    "以產品別來看，矽水膠鏡片營收占比達64%，彩色鏡片占21%，其餘為傳統水膠鏡片；"
    "以地區別來看，日本市場營收9.8億元，年增31%，占比首度突破三成。\n"
    "晶瞳光學董事長蘇明哲在法說會上表示，第四季受日圓走貶影響，營收將季減3%至5%，但全年營收仍可望年增逾一成，達到112億元左右；"
    "明（116）年擁有12條產線的桃園新廠開出後，月產能將由目前的5,200萬片擴增至6,800萬片。"
    "他強調，公司「不會為了搶市占把價格降兩成」，若日圓再貶值10%，毛利率恐下滑1至2個百分點。"
    "法人則預估，晶瞳光學全年每股純益約21元。"
)

MENTIONS = [
    ent("org", JT, JTV), date("第三季", "2026-Q3"), money("5.42元", 5.42, "TWD"),
    ent("org", JT, JTV), date("今（12）日", "2026-11-12"), date("第三季", "2026-Q3"), money("新台幣28.6億元", 2860000000, "TWD"),
    pct("7.5%", 7.5), pct("16.2%", 16.2), money("6.1億元", 610000000, "TWD"), pct("22.4%", 22.4), money("5.42元", 5.42, "TWD"),
    pct("58.3%", 58.3), date("第二季", "2026-Q2"), pct("1.6個百分點", 1.6, "pp"), date("去年同期", "2025-Q3"),
    pct("29.8%", 29.8), pct("32.5%", 32.5),
    pct("64%", 64), pct("21%", 21), ent("location", "日本"), money("9.8億元", 980000000, "TWD"), pct("31%", 31), pct("三成", 30),
    ent("org", JT, JTV), ent("person", "蘇明哲", "苏明哲"), date("第四季", "2026-Q4"), pct("3%至5%", None, low=3, high=5),
    date("全年", "2026"), pct("逾一成", 10, q="gt"), money("112億元左右", 11200000000, "TWD", q="approx"),
    date("明（116）年", "2027"), qty("12條", 12, "条"), ent("location", "桃園", "桃园"), qty("5,200萬片", 52000000, "片"),
    qty("6,800萬片", 68000000, "片"),
    pct("兩成", 20), pct("10%", 10), pct("1至2個百分點", None, "pp", low=1, high=2),
    ent("org", JT, JTV), date("全年", "2026"), money("約21元", 21, "TWD", q="approx"),
]

S, A, Q3 = (JT, 1), (JT, 1), ("第三季", 1)
CLAIMS = [
    {"q": ("5.42元", 0), "subj": (JT, 0), "metric": "每股收益", "t": ("第三季", 0)},
    {"q": "新台幣28.6億元", "subj": S, "metric": "营业收入", "t": Q3, "ch": "16.2%", "dir": "up", "basis": "yoy", "attr": A},
    {"q": "7.5%", "subj": S, "metric": "营业收入增速", "t": Q3, "dir": "up", "basis": "qoq", "attr": A},
    {"q": "6.1億元", "subj": S, "metric": "净利润", "t": Q3, "ch": "22.4%", "dir": "up", "basis": "yoy", "attr": A},
    {"q": ("5.42元", 1), "subj": S, "metric": "每股收益", "t": Q3, "attr": A},
    {"q": "58.3%", "subj": S, "metric": "毛利率", "t": Q3, "ch": "1.6個百分點", "dir": "up", "basis": "qoq", "attr": A},
    {"q": "29.8%", "subj": S, "metric": "营业利益率", "t": "去年同期", "attr": A},
    {"q": "32.5%", "subj": S, "metric": "营业利益率", "t": Q3, "dir": "up", "basis": "yoy", "attr": A},
    {"q": "64%", "subj": S, "metric": "营收占比", "t": Q3},
    {"q": "21%", "subj": S, "metric": "营收占比", "t": Q3},
    {"q": "9.8億元", "st": "日本市場", "metric": "营业收入", "t": Q3, "ch": "31%", "dir": "up", "basis": "yoy"},
    {"q": "三成", "subj": S, "metric": "营收占比", "t": Q3},
    {"q": "3%至5%", "subj": (JT, 2), "metric": "营业收入增速", "t": "第四季", "dir": "down", "basis": "qoq", "attr": "蘇明哲"},
    {"q": "112億元左右", "subj": (JT, 2), "metric": "营业收入", "t": ("全年", 0), "ch": "逾一成", "dir": "up", "basis": "yoy", "attr": "蘇明哲"},
    {"q": "5,200萬片", "subj": (JT, 2), "metric": "产能", "attr": "蘇明哲"},
    {"q": "6,800萬片", "subj": (JT, 2), "metric": "产能", "t": "明（116）年", "dir": "up", "attr": "蘇明哲"},
    {"q": "約21元", "subj": (JT, 3), "metric": "每股收益", "t": ("全年", 1)},
]

ARTICLE = {"id": "dev3-cl-04-lens-tw", "published_at": "2026-11-12T18:20:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
