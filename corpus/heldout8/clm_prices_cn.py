"""CN: a city statistics bureau's October price release: a headline held by the city (苏州) with a
category headline (新房), X数据显示 attribution carried through its paragraph (not into the next),
CPI 同比 with 环比持平 (no figure), 其中 categories in ；-runs (食品, 鲜菜, 猪肉, 能源, 汽油, 服务), a 1-10月
average against 上年同期 (a date mention, not the time), 据X介绍 with a 环比 category price, new and
second-hand home prices from 国家统计局's 70-city data (70个 a count inside a noun phrase, no claim)
with 环比 and 同比 each a claim and a pp 收窄 against 上月, a paragraph with no source (attribution
null) holding PPI and purchase prices with a carried holder (全市), and an economist's 分析称 with a
forecast range, an approx annual figure and a conditional (如果…10%) that gives no claim."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, pct, qty

O, P, L = "org", "person", "location"
YTD = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "苏州10月CPI同比上涨0.8% 新房价格环比降0.3%\n"
    "本报记者 顾晓岚\n"
    "苏州市统计局11月13日发布数据显示，10月份全市居民消费价格同比上涨0.8%，环比持平。"
    "其中，食品价格同比上涨1.6%，鲜菜价格上涨7.2%，猪肉价格下降4.5%；能源价格同比下降2.1%，汽油价格下降3.4%；服务价格同比上涨1.1%。"
    "1-10月平均，全市居民消费价格比上年同期上涨0.5%。\n"
    "据市统计局首席经济师沈文涛介绍，鲜菜价格走高主要受降温天气影响；10月份旅游价格环比上涨6.8%，拉动服务价格上行。\n"
    "房地产方面，国家统计局发布的70个大中城市房价数据显示，10月份苏州新建商品住宅销售价格环比下降0.3%，同比下降2.9%，降幅比上月收窄0.4个百分点；"
    "二手住宅销售价格环比下降0.5%，同比下降4.2%。\n"
    "工业生产者价格方面，10月份全市工业生产者出厂价格同比下降1.7%，环比下降0.2%；工业生产者购进价格同比下降2.3%。"
    "1-10月，全市工业生产者出厂价格比上年同期下降1.5%，购进价格下降2.0%。\n"
    "沈文涛分析称，随着促消费政策持续发力，预计11月份全市居民消费价格同比涨幅将在0.6%至1.0%之间，全年涨幅有望保持在0.5%左右。"
    "他同时提醒，如果国际油价再下跌10%，能源价格降幅可能进一步扩大。"
)

MENTIONS = [
    ent(L, "苏州"), date("10月", "2026-10"), pct("0.8%", 0.8), pct("0.3%", 0.3),
    ent(P, "顾晓岚"),
    ent(O, "苏州市统计局"), date("11月13日", "2026-11-13"), date("10月份", "2026-10"), pct("0.8%", 0.8),
    pct("1.6%", 1.6), pct("7.2%", 7.2), pct("4.5%", 4.5), pct("2.1%", 2.1), pct("3.4%", 3.4), pct("1.1%", 1.1),
    date("1-10月", None, **YTD), date("上年同期", None, low="2025-01", high="2025-10"), pct("0.5%", 0.5),
    ent(O, "市统计局", "苏州市统计局"), ent(P, "沈文涛"), date("10月份", "2026-10"), pct("6.8%", 6.8),
    ent(O, "国家统计局"), qty("70个", 70, "个"), date("10月份", "2026-10"), ent(L, "苏州"), pct("0.3%", 0.3), pct("2.9%", 2.9),
    date("上月", "2026-09"), pct("0.4个百分点", 0.4, unit="pp"),
    pct("0.5%", 0.5), pct("4.2%", 4.2),
    date("10月份", "2026-10"), pct("1.7%", 1.7), pct("0.2%", 0.2), pct("2.3%", 2.3),
    date("1-10月", None, **YTD), date("上年同期", None, low="2025-01", high="2025-10"), pct("1.5%", 1.5), pct("2.0%", 2.0),
    ent(P, "沈文涛"), date("11月份", "2026-11"), pct("0.6%至1.0%", None, low=0.6, high=1.0),
    date("全年", "2026"), pct("0.5%左右", 0.5, q="approx"),
    pct("10%", 10),
]

CPI, FOOD = "消费者物价指数增速", "售价增速"
HOUSE, PPI, PPIN = "价格增速", "工业生产者出厂价格增速", "工业生产者购进价格增速"
BUREAU, NBS, SHEN = "苏州市统计局", "国家统计局", ("沈文涛", 0)
OCT1, OCT2, OCT3, OCT4 = ("10月份", 0), ("10月份", 1), ("10月份", 2), ("10月份", 3)
CLAIMS = [
    {"q": ("0.8%", 0), "subj": ("苏州", 0), "metric": CPI, "t": "10月", "dir": "up", "basis": "yoy"},
    {"q": ("0.3%", 0), "st": "新房", "metric": HOUSE, "t": "10月", "dir": "down", "basis": "qoq"},
    {"q": ("0.8%", 1), "st": "全市", "metric": CPI, "t": OCT1, "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "1.6%", "st": "食品", "metric": FOOD, "t": OCT1, "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "7.2%", "st": "鲜菜", "metric": FOOD, "t": OCT1, "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "4.5%", "st": "猪肉", "metric": FOOD, "t": OCT1, "dir": "down", "basis": "yoy", "attr": BUREAU},
    {"q": "2.1%", "st": "能源", "metric": FOOD, "t": OCT1, "dir": "down", "basis": "yoy", "attr": BUREAU},
    {"q": "3.4%", "st": "汽油", "metric": FOOD, "t": OCT1, "dir": "down", "basis": "yoy", "attr": BUREAU},
    {"q": "1.1%", "st": "服务", "metric": FOOD, "t": OCT1, "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": ("0.5%", 0), "st": "全市", "metric": CPI, "t": ("1-10月", 0), "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "6.8%", "st": "旅游", "metric": FOOD, "t": OCT2, "dir": "up", "basis": "qoq", "attr": SHEN},
    {"q": ("0.3%", 1), "st": "苏州新建商品住宅", "metric": HOUSE, "t": OCT3, "dir": "down", "basis": "qoq", "attr": NBS},
    {"q": "2.9%", "st": "苏州新建商品住宅", "metric": HOUSE, "t": OCT3, "dir": "down", "basis": "yoy", "attr": NBS},
    {"q": "0.4个百分点", "st": "苏州新建商品住宅", "metric": HOUSE, "t": OCT3, "dir": "down", "basis": "qoq", "attr": NBS},
    {"q": ("0.5%", 1), "st": "二手住宅", "metric": HOUSE, "t": OCT3, "dir": "down", "basis": "qoq", "attr": NBS},
    {"q": "4.2%", "st": "二手住宅", "metric": HOUSE, "t": OCT3, "dir": "down", "basis": "yoy", "attr": NBS},
    {"q": "1.7%", "st": "全市", "metric": PPI, "t": OCT4, "dir": "down", "basis": "yoy"},
    {"q": "0.2%", "st": "全市", "metric": PPI, "t": OCT4, "dir": "down", "basis": "qoq"},
    {"q": "2.3%", "st": "全市", "metric": PPIN, "t": OCT4, "dir": "down", "basis": "yoy"},
    {"q": "1.5%", "st": "全市", "metric": PPI, "t": ("1-10月", 1), "dir": "down", "basis": "yoy"},
    {"q": "2.0%", "st": "全市", "metric": PPIN, "t": ("1-10月", 1), "dir": "down", "basis": "yoy"},
    {"q": "0.6%至1.0%", "st": "全市", "metric": CPI, "t": "11月份", "attr": ("沈文涛", 1)},
    {"q": "0.5%左右", "st": "全市", "metric": CPI, "t": "全年", "attr": ("沈文涛", 1)},
]

ARTICLE = {"id": "heldout8-clm-01-prices-cn", "published_at": "2026-11-14T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
