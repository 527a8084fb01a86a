"""TW: national accounts forecast (主計總處): growth rates revised in 百分點, ROC years with and without
民國, 3萬8,920美元 with a 新台幣 threshold, CPI levels, 近4年, a conditional range."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct

DGBAS, FULL = "主計總處", "行政院主計總處"
GDP, CPI = "经济增长率", "消费者物价指数增速"
TEXT = (
    "主計總處上修今年經濟成長率至4.85% 明年預測2.9%\n"
    "行政院主計總處今（28）日公布最新國民所得統計，今年第三季經濟成長率為5.12%，較8月預估值上修0.37個百分點；"
    "預測今年全年經濟成長率4.85%，較上次預測的4.31%上調0.54個百分點，為近4年新高。明（116）年經濟成長率則預估為2.9%。\n"
    "主計長陳美惠表示，今年前三季民間投資實質成長9.6%，其中半導體設備投資年增逾3成。"
    "預估今年平均每人國內生產毛額（GDP）將達3萬8,920美元，首度突破新台幣120萬元。\n"
    "物價方面，主計總處預測今年消費者物價指數（CPI）年增1.82%，明年降至1.65%。民國114年全年CPI漲幅為2.18%。\n"
    "陳美惠指出，第四季出口仍受AI需求支撐，但若美國對半導體課徵關稅，明年上半年成長恐再減少0.5至0.8個百分點。"
)

MENTIONS = [
    ent("org", DGBAS, "行政院主计总处"), date("今年", "2026"), pct("4.85%", 4.85), date("明年", "2027"), pct("2.9%", 2.9),
    ent("org", FULL, "行政院主计总处"), date("今（28）日", "2026-11-28"), date("今年第三季", "2026-Q3"), pct("5.12%", 5.12),
    date("8月", "2026-08"), pct("0.37個百分點", 0.37, "pp"), date("今年全年", "2026"), pct("4.85%", 4.85),
    pct("4.31%", 4.31), pct("0.54個百分點", 0.54, "pp"), dur("近4年", "P4Y"), date("明（116）年", "2027"),
    pct("2.9%", 2.9),
    ent("person", "陳美惠", "陈美惠"), date("今年前三季", None, low="2026-Q1", high="2026-Q3"), pct("9.6%", 9.6),
    pct("逾3成", 30, q="gt"), date("今年", "2026"), money("3萬8,920美元", 38920, "USD"),
    money("新台幣120萬元", 1200000, "TWD"),
    ent("org", DGBAS, "行政院主计总处"), date("今年", "2026"), pct("1.82%", 1.82), date("明年", "2027"), pct("1.65%", 1.65),
    date("民國114年全年", "2025"), pct("2.18%", 2.18),
    ent("person", "陳美惠", "陈美惠"), date("第四季", "2026-Q4"), ent("location", "美國", "美国"),
    date("明年上半年", "2027-H1"), pct("0.5至0.8個百分點", None, "pp", low=0.5, high=0.8),
]

CLAIMS = [
    {"q": ("4.85%", 0), "metric": GDP, "t": ("今年", 0), "dir": "up", "attr": (DGBAS, 0)},
    {"q": ("2.9%", 0), "metric": GDP, "t": ("明年", 0), "attr": (DGBAS, 0)},
    {"q": "5.12%", "metric": GDP, "t": "今年第三季", "ch": "0.37個百分點", "dir": "up", "attr": FULL},
    {"q": ("4.85%", 1), "metric": GDP, "t": "今年全年", "ch": "0.54個百分點", "dir": "up", "attr": FULL},
    {"q": "4.31%", "metric": GDP, "t": "今年全年", "attr": FULL},
    {"q": ("2.9%", 1), "metric": GDP, "t": "明（116）年", "attr": FULL},
    {"q": "9.6%", "st": "民間", "metric": "投资增速", "t": "今年前三季", "dir": "up", "attr": ("陳美惠", 0)},
    {"q": "逾3成", "st": "半導體設備", "metric": "投资增速", "t": "今年前三季", "dir": "up", "basis": "yoy",
     "attr": ("陳美惠", 0)},
    {"q": "3萬8,920美元", "metric": "人均国内生产总值", "t": ("今年", 1), "attr": ("陳美惠", 0)},
    {"q": "新台幣120萬元", "metric": "人均国内生产总值", "t": ("今年", 1), "attr": ("陳美惠", 0)},
    {"q": "1.82%", "metric": CPI, "t": ("今年", 2), "dir": "up", "basis": "yoy", "attr": (DGBAS, 1)},
    {"q": "1.65%", "metric": CPI, "t": ("明年", 1), "dir": "down", "basis": "yoy", "attr": (DGBAS, 1)},
    {"q": "2.18%", "metric": CPI, "t": "民國114年全年", "attr": (DGBAS, 1)},
]

ARTICLE = {"id": "heldout2-nt-05-gdp-tw", "published_at": "2026-11-28T16:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
