"""TW: a touch-module maker's investor conference (法說會): 今（5）日, quarterly revenue in 新台幣
with 季增 as a claim of its own and 年增 as the level's change, a gross margin from the previous
quarter's X to Y (X undirected, Y up and qoq), an operating margin with a yoy percentage-point change, a 其中 shipment count with 季增, net profit and EPS, nine-month
EPS 較去年同期的X成長Y (the base dated 去年同期), a headline EPS with a Latin word beside it, a CFO's
quote with a qoq revenue guidance range (季減) and a margin range, 他指出 with a revenue share from
去年的X to 第三季的Y (periods of unequal length: Y's basis null) and a planned capex, a brokerage
analyst's EPS estimate and target price, a conditional (若…恐下修兩成) that gives no claim, her
revenue estimate (她預估), and a share price whose close carries its own change, with a volume in 張."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
CO = "晶采科技"
TEXT = (
    "晶采第三季EPS 3.12元 毛利率升至28.6%\n"
    "記者 林佩瑜／新竹報導\n"
    "觸控面板模組廠晶采科技今（5）日召開法說會，公布第三季合併營收為新台幣84.6億元，季增12.4%、年增21.8%；"
    "毛利率由第二季的26.9%提升至28.6%，營業利益率為11.2%，較去年同期增加2.1個百分點。其中，車用觸控模組出貨量約1,850萬片，季增9.3%。"
    "晶采單季稅後純益為9.4億元，每股純益3.12元，創單季新高；累計前三季每股純益為7.85元，較去年同期的5.62元成長39.7%。\n"
    "晶采財務長陳柏翰表示：「第四季進入傳統淡季，預估營收將季減3%至5%，毛利率則維持在27%至29%。」"
    "他指出，車用產品占公司營收比重已從去年的18%拉高至第三季的26%，明年資本支出規劃約20億元，主要用於擴充越南廠產能。\n"
    "元富投顧分析師黃思穎認為，晶采明年每股純益可望達13.5元，給予目標價180元；"
    "若車用客戶訂單遞延，明年獲利恐下修兩成。她預估晶采第四季營收約77億元，低於公司財測下緣。"
    "晶采今日股價收在152.5元，上漲4.1%，成交量約1.6萬張。"
)

MENTIONS = [
    ent(O, "晶采", CO), date("第三季", "2026-Q3"), money("3.12元", 3.12, "TWD"), pct("28.6%", 28.6),
    ent(P, "林佩瑜"), ent(L, "新竹"),
    ent(O, "晶采科技", CO), date("今（5）日", "2026-11-05"), date("第三季", "2026-Q3"),
    money("新台幣84.6億元", 8460000000, "TWD"), pct("12.4%", 12.4), pct("21.8%", 21.8),
    date("第二季", "2026-Q2"), pct("26.9%", 26.9), pct("28.6%", 28.6), pct("11.2%", 11.2), date("去年同期", "2025-Q3"), pct("2.1個百分點", 2.1, unit="pp"),
    qty("約1,850萬片", 18500000, "片", q="approx"), pct("9.3%", 9.3),
    ent(O, "晶采", CO), money("9.4億元", 940000000, "TWD"), money("3.12元", 3.12, "TWD"),
    date("前三季", None, low="2026-Q1", high="2026-Q3"), money("7.85元", 7.85, "TWD"),
    date("去年同期", None, low="2025-Q1", high="2025-Q3"), money("5.62元", 5.62, "TWD"), pct("39.7%", 39.7),
    ent(O, "晶采", CO), ent(P, "陳柏翰", "陈柏翰"), date("第四季", "2026-Q4"), pct("3%至5%", None, low=3, high=5),
    pct("27%至29%", None, low=27, high=29),
    date("去年", "2025"), pct("18%", 18), date("第三季", "2026-Q3"), pct("26%", 26),
    date("明年", "2027"), money("約20億元", 2000000000, "TWD", q="approx"), ent(L, "越南"),
    ent(O, "元富投顧", "元富证券投资顾问"), ent(P, "黃思穎", "黄思颖"), ent(O, "晶采", CO), date("明年", "2027"),
    money("13.5元", 13.5, "TWD"), money("180元", 180, "TWD"),
    date("明年", "2027"), pct("兩成", 20),
    ent(O, "晶采", CO), date("第四季", "2026-Q4"), money("約77億元", 7700000000, "TWD", q="approx"),
    ent(O, "晶采", CO), date("今日", "2026-11-05"), money("152.5元", 152.5, "TWD"), pct("4.1%", 4.1), qty("約1.6萬張", 16000, "张", q="approx"),
]

BODY = ("晶采科技", 0)
Q3 = ("第三季", 1)
CFO = ("晶采", 2)
CLAIMS = [
    {"q": ("3.12元", 0), "subj": ("晶采", 0), "metric": "每股收益", "t": ("第三季", 0)},
    {"q": ("28.6%", 0), "subj": ("晶采", 0), "metric": "毛利率", "t": ("第三季", 0), "dir": "up"},
    {"q": "新台幣84.6億元", "subj": BODY, "metric": "营业收入", "t": Q3, "ch": "21.8%", "dir": "up", "basis": "yoy", "attr": BODY},
    {"q": "12.4%", "subj": BODY, "metric": "营业收入增速", "t": Q3, "dir": "up", "basis": "qoq", "attr": BODY},
    {"q": "26.9%", "subj": BODY, "metric": "毛利率", "t": "第二季", "attr": BODY},
    {"q": ("28.6%", 1), "subj": BODY, "metric": "毛利率", "t": Q3, "dir": "up", "basis": "qoq", "attr": BODY},
    {"q": "11.2%", "subj": BODY, "metric": "营业利益率", "t": Q3, "ch": "2.1個百分點", "dir": "up", "basis": "yoy", "attr": BODY},
    {"q": "約1,850萬片", "st": "車用觸控模組", "metric": "出货量", "t": Q3, "ch": "9.3%", "dir": "up", "basis": "qoq", "attr": BODY},
    {"q": "9.4億元", "subj": ("晶采", 1), "metric": "净利润", "t": Q3, "attr": BODY},
    {"q": ("3.12元", 1), "subj": ("晶采", 1), "metric": "每股收益", "t": Q3, "attr": BODY},
    {"q": "7.85元", "subj": ("晶采", 1), "metric": "每股收益", "t": "前三季", "ch": "39.7%", "dir": "up", "basis": "yoy", "attr": BODY},
    {"q": "5.62元", "subj": ("晶采", 1), "metric": "每股收益", "t": ("去年同期", 1), "attr": BODY},
    {"q": "3%至5%", "subj": CFO, "metric": "营业收入增速", "t": ("第四季", 0), "dir": "down", "basis": "qoq", "attr": "陳柏翰"},
    {"q": "27%至29%", "subj": CFO, "metric": "毛利率", "t": ("第四季", 0), "attr": "陳柏翰"},
    {"q": "18%", "subj": CFO, "metric": "营收占比", "t": "去年", "attr": "陳柏翰"},
    {"q": "26%", "subj": CFO, "metric": "营收占比", "t": ("第三季", 2), "dir": "up", "attr": "陳柏翰"},
    {"q": "約20億元", "subj": CFO, "metric": "资本开支", "t": ("明年", 0), "attr": "陳柏翰"},
    {"q": "13.5元", "subj": ("晶采", 3), "metric": "每股收益", "t": ("明年", 1), "attr": "黃思穎"},
    {"q": "180元", "subj": ("晶采", 3), "metric": "目标价", "attr": "黃思穎"},
    {"q": "約77億元", "subj": ("晶采", 4), "metric": "营业收入", "t": ("第四季", 1), "attr": "黃思穎"},
    {"q": "152.5元", "subj": ("晶采", 5), "metric": "股价", "t": "今日", "ch": "4.1%", "dir": "up"},
    {"q": "約1.6萬張", "subj": ("晶采", 5), "metric": "成交量", "t": "今日"},
]

ARTICLE = {"id": "heldout7-clm-02-earnings-tw", "published_at": "2026-11-05T16:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
