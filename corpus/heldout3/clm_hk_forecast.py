"""HK: an agency forecast with speakers (貿發局, a bank economist): a forecast revised from X to Y, 5%左右, an index
from 42.6點 to 45.1點 below a 50點 line (attributive), a survey of 500家 (attributive), a negated statement with no
figure, a conditional with 對華 (華 a place), growth against 今年的3.1%."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

TDC, TDCF, TDCV = "貿發局", "香港貿易發展局", "香港贸易发展局"
TEXT = (
    "貿發局上調今年出口增長預測至12% 明年料放緩至5%\n"
    "香港貿易發展局今日公布最新出口預測，把今年本港整體出口增長預測由原先的8%上調至12%，並預測明年增長放緩至5%左右。\n"
    "貿發局研究總監黃嘉敏表示，今年首10個月本港整體出口貨值為4萬2,380億元，按年上升13.6%，其中輸往內地的出口佔55.2%，"
    "輸往東盟的出口按年大增28%。她指出，電子產品出口佔整體約72%，是推動增長的主力。\n"
    "她預料，明年出口增長將「回復正常水平」，但「不會跌至負數」；若美國明年對華加徵的關稅擴大至所有貨品，出口增長或再少2至3個百分點。\n"
    "貿發局同時發表第四季出口信心指數，由第三季的42.6點升至45.1點，仍低於50點的榮枯分界線；受訪的500家出口商中，約38%預期訂單會增加。\n"
    "另外，恒澤銀行首席經濟師陳浩文預測，本港明年經濟增長約2.5%，較今年的3.1%放緩；失業率則維持在3.8%左右。"
)

MENTIONS = [
    ent("org", TDC, TDCV), date("今年", "2026"), pct("12%", 12), date("明年", "2027"), pct("5%", 5),
    ent("org", TDCF, TDCV), date("今日", "2026-12-02"), date("今年", "2026"), ent("location", "本港", "香港"), pct("8%", 8),
    pct("12%", 12), date("明年", "2027"), pct("5%左右", 5, q="approx"),
    ent("org", TDC, TDCV), ent("person", "黃嘉敏", "黄嘉敏"), date("今年首10個月", None, low="2026-01", high="2026-10"),
    ent("location", "本港", "香港"), money("4萬2,380億元", 4238000000000, "HKD"), pct("13.6%", 13.6),
    ent("location", "內地", "中国内地"), pct("55.2%", 55.2), ent("location", "東盟", "东盟"), pct("28%", 28),
    pct("約72%", 72, q="approx"),
    date("明年", "2027"), ent("location", "美國", "美国"), date("明年", "2027"), ent("location", "華", "中国"),
    pct("2至3個百分點", None, "pp", low=2, high=3),
    ent("org", TDC, TDCV), date("第四季", "2026-Q4"), date("第三季", "2026-Q3"), qty("42.6點", 42.6, "点"),
    qty("45.1點", 45.1, "点"), qty("50點", 50, "点"), qty("500家", 500, "家"), pct("約38%", 38, q="approx"),
    ent("org", "恒澤銀行", "恒泽银行"), ent("person", "陳浩文", "陈浩文"), ent("location", "本港", "香港"), date("明年", "2027"),
    pct("約2.5%", 2.5, q="approx"), date("今年", "2026"), pct("3.1%", 3.1), pct("3.8%左右", 3.8, q="approx"),
]

EXG, CONF, GDP = "出口增速", "出口信心指数", "经济增长率"
CLAIMS = [
    {"q": ("12%", 0), "metric": EXG, "t": ("今年", 0), "dir": "up", "attr": (TDC, 0)},
    {"q": "5%", "metric": EXG, "t": ("明年", 0), "dir": "down", "attr": (TDC, 0)},
    {"q": "8%", "subj": ("本港", 0), "metric": EXG, "t": ("今年", 1), "attr": TDCF},
    {"q": ("12%", 1), "subj": ("本港", 0), "metric": EXG, "t": ("今年", 1), "dir": "up", "attr": TDCF},
    {"q": "5%左右", "subj": ("本港", 0), "metric": EXG, "t": ("明年", 1), "dir": "down", "attr": TDCF},
    {"q": "4萬2,380億元", "subj": ("本港", 1), "metric": "出口额", "t": "今年首10個月", "ch": "13.6%", "dir": "up",
     "basis": "yoy", "attr": "黃嘉敏"},
    {"q": "55.2%", "subj": "內地", "metric": "出口占比", "t": "今年首10個月", "attr": "黃嘉敏"},
    {"q": "28%", "subj": "東盟", "metric": "出口额增速", "t": "今年首10個月", "dir": "up", "basis": "yoy", "attr": "黃嘉敏"},
    {"q": "約72%", "st": "電子產品", "metric": "出口占比", "t": "今年首10個月", "attr": "黃嘉敏"},
    {"q": "42.6點", "metric": CONF, "t": "第三季", "attr": (TDC, 2)},
    {"q": "45.1點", "metric": CONF, "t": "第四季", "dir": "up", "attr": (TDC, 2)},
    {"q": "約38%", "st": "出口商", "metric": "预期订单增加比例", "t": "第四季", "attr": (TDC, 2)},
    {"q": "約2.5%", "subj": ("本港", 2), "metric": GDP, "t": ("明年", 4), "dir": "down", "attr": "陳浩文"},
    {"q": "3.1%", "subj": ("本港", 2), "metric": GDP, "t": ("今年", 2), "attr": "陳浩文"},
    {"q": "3.8%左右", "subj": ("本港", 2), "metric": "失业率", "t": ("明年", 4), "attr": "陳浩文"},
]

ARTICLE = {"id": "heldout3-cl-06-forecast-hk", "published_at": "2026-12-02T12:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
