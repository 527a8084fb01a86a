"""HK: property statistics (差估署, 土地註冊處, 金管局): index points, 按月/按季, 7至9月, 1萬2,460宗,
兩成半, mortgage ratios in 百分點, per-foot prices, a conditional forecast."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

RVD, LR = "差餉物業估價署", "土地註冊處"
TEXT = (
    "差估署：10月樓價指數按月升0.8% 連升4個月\n"
    "差餉物業估價署（差估署）今日公布，10月私人住宅售價指數臨時數字為302.6點，按月上升0.8%，已連續4個月上升，"
    "今年首10個月累計升幅為5.3%。\n"
    "土地註冊處數據顯示，7至9月共錄得1萬2,460宗住宅買賣登記，按季增加18.6%，登記總值約1,148億元，較去年同期上升26.2%。"
    "其中，價值1,000萬元以上的登記佔約兩成半。\n"
    "金管局同日公布，第三季新造按揭貸款平均按揭成數為57.3%，較上季下降1.1個百分點；新批按揭貸款額達1,036億元。"
    "有代理表示，沙田區上月二手成交均價每呎約1萬2,400元，較年初回升近一成。\n"
    "利嘉地產代理首席分析師黃國豪預計，若美國減息步伐加快，明年樓價或再升5%至8%。"
)

MENTIONS = [
    ent("org", "差估署", RVD), date("10月", "2026-10"), pct("0.8%", 0.8), dur("4個月", "P4M"),
    ent("org", RVD, RVD), ent("org", "差估署", RVD), date("今日", "2026-11-10"), date("10月", "2026-10"),
    qty("302.6點", 302.6, "点"), pct("0.8%", 0.8), dur("4個月", "P4M"), date("今年首10個月", None, low="2026-01", high="2026-10"),
    pct("5.3%", 5.3),
    ent("org", LR, "土地注册处"), date("7至9月", None, low="2026-07", high="2026-09"), qty("1萬2,460宗", 12460, "宗"),
    pct("18.6%", 18.6), money("約1,148億元", 114800000000, "HKD", q="approx"), date("去年同期", "2025-Q3"),
    pct("26.2%", 26.2), money("1,000萬元以上", 10000000, "HKD", q="gt"), pct("約兩成半", 25, q="approx"),
    ent("org", "金管局", "香港金融管理局"), date("第三季", "2026-Q3"), pct("57.3%", 57.3), date("上季", "2026-Q2"),
    pct("1.1個百分點", 1.1, "pp"), money("1,036億元", 103600000000, "HKD"),
    ent("location", "沙田區", "沙田"), date("上月", "2026-10"), money("約1萬2,400元", 12400, "HKD", q="approx"),
    date("年初", "2026", mod="start"), pct("近一成", 10, q="approx"),
    ent("org", "利嘉地產代理", "利嘉地产代理"), ent("person", "黃國豪", "黄国豪"), ent("location", "美國", "美国"),
    date("明年", "2027"), pct("5%至8%", None, low=5, high=8),
]

Q3 = "7至9月"
CLAIMS = [
    {"q": ("0.8%", 0), "metric": "售价指数增速", "t": ("10月", 0), "dir": "up", "basis": "qoq", "attr": ("差估署", 0)},
    {"q": "302.6點", "st": "私人住宅", "metric": "售价指数", "t": ("10月", 1), "ch": ("0.8%", 1), "dir": "up",
     "basis": "qoq", "attr": RVD},
    {"q": "5.3%", "st": "私人住宅", "metric": "售价指数增速", "t": "今年首10個月", "attr": RVD},
    {"q": "1萬2,460宗", "st": "住宅", "metric": "买卖登记数量", "t": Q3, "ch": "18.6%", "dir": "up", "basis": "qoq",
     "attr": LR},
    {"q": "約1,148億元", "st": "住宅", "metric": "登记总值", "t": Q3, "ch": "26.2%", "dir": "up", "basis": "yoy",
     "attr": LR},
    {"q": "約兩成半", "st": "價值1,000萬元以上的登記", "metric": "占比", "t": Q3, "attr": LR},
    {"q": "57.3%", "st": "新造按揭貸款", "metric": "按揭成数", "t": "第三季", "ch": "1.1個百分點", "dir": "down",
     "basis": "qoq", "attr": "金管局"},
    {"q": "1,036億元", "st": "新批按揭", "metric": "贷款额", "t": "第三季", "attr": "金管局"},
    {"q": "約1萬2,400元", "subj": "沙田區", "metric": "成交均价", "t": "上月", "ch": "近一成", "dir": "up"},
]

ARTICLE = {"id": "heldout2-nt-06-property-hk", "published_at": "2026-11-10T17:15:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
