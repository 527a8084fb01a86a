"""HK: retail sales and visitor arrivals (統計處, 旅發局): 按年, 首10個月, 人次, 成, a speaker's forecast,
a comparison year, shop rents from X to Y in 蚊."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

YTD = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "統計處：10月零售業總銷貨價值按年升4.2% 首10個月仍跌1.8%\n"
    "政府統計處今日公布，2026年10月零售業總銷貨價值臨時估計為327億港元，按年上升4.2%；"
    "首10個月合計為3,215億元，按年下跌1.8%。按零售量計算，10月按年上升3.1%。\n"
    "當中，珠寶首飾、鐘錶及名貴禮物的銷貨價值按年增加11.5%，百貨公司貨品則下跌6.3%。"
    "網上銷售佔零售業總銷貨價值的比例為9.4%，較去年同月上升1.2個百分點。\n"
    "香港旅遊發展局（旅發局）數據顯示，10月入境旅客約412萬人次，按年增加一成，其中內地旅客佔約76%。"
    "旅發局總幹事程慧玲預計，全年入境旅客可達4,900萬人次，但仍低於2018年的6,500萬人次。\n"
    "政府發言人表示，若內地經濟放緩程度超出預期，零售業復甦或會受阻。另外，有商場營運商透露，"
    "部分舖位租金已由高峰期每呎400蚊跌至250蚊左右。"
)

MENTIONS = [
    ent("org", "統計處", "政府统计处"), date("10月", "2026-10"), pct("4.2%", 4.2), date("首10個月", None, **YTD),
    pct("1.8%", 1.8),
    ent("org", "政府統計處", "政府统计处"), date("今日", "2026-12-01"), date("2026年10月", "2026-10"),
    money("327億港元", 32700000000, "HKD"), pct("4.2%", 4.2), date("首10個月", None, **YTD),
    money("3,215億元", 321500000000, "HKD"), pct("1.8%", 1.8), date("10月", "2026-10"), pct("3.1%", 3.1),
    pct("11.5%", 11.5), pct("6.3%", 6.3), pct("9.4%", 9.4), date("去年同月", "2025-10"), pct("1.2個百分點", 1.2, "pp"),
    ent("org", "香港旅遊發展局", "香港旅游发展局"), ent("org", "旅發局", "香港旅游发展局"), date("10月", "2026-10"),
    qty("約412萬人次", 4120000, "人次", q="approx"), pct("一成", 10), ent("location", "內地", "中国内地"),
    pct("約76%", 76, q="approx"), ent("org", "旅發局", "香港旅游发展局"), ent("person", "程慧玲"), date("全年", "2026"),
    qty("4,900萬人次", 49000000, "人次"), date("2018年", "2018"), qty("6,500萬人次", 65000000, "人次"),
    ent("location", "內地", "中国内地"), money("400蚊", 400, "HKD"), money("250蚊左右", 250, "HKD", q="approx"),
]

RETAIL, SALES_G = "零售業", "销售额增速"
STAT = "政府統計處"
CLAIMS = [
    {"q": ("4.2%", 0), "st": RETAIL, "metric": SALES_G, "t": ("10月", 0), "dir": "up", "basis": "yoy",
     "attr": "統計處"},
    {"q": ("1.8%", 0), "st": RETAIL, "metric": SALES_G, "t": ("首10個月", 0), "dir": "down", "basis": "yoy",
     "attr": "統計處"},
    {"q": "327億港元", "st": RETAIL, "metric": "销售额", "t": "2026年10月", "ch": ("4.2%", 1), "dir": "up",
     "basis": "yoy", "attr": STAT},
    {"q": "3,215億元", "st": RETAIL, "metric": "销售额", "t": ("首10個月", 1), "ch": ("1.8%", 1), "dir": "down",
     "basis": "yoy", "attr": STAT},
    {"q": "3.1%", "st": RETAIL, "metric": "零售量增速", "t": ("10月", 1), "dir": "up", "basis": "yoy", "attr": STAT},
    {"q": "11.5%", "st": "珠寶首飾、鐘錶及名貴禮物", "metric": SALES_G, "t": ("10月", 1), "dir": "up", "basis": "yoy"},
    {"q": "6.3%", "st": "百貨公司貨品", "metric": SALES_G, "t": ("10月", 1), "dir": "down", "basis": "yoy"},
    {"q": "9.4%", "st": "網上銷售", "metric": "占比", "t": ("10月", 1), "ch": "1.2個百分點", "dir": "up",
     "basis": "yoy"},
    {"q": "約412萬人次", "metric": "入境旅客数量", "t": ("10月", 2), "ch": "一成", "dir": "up", "basis": "yoy",
     "attr": "香港旅遊發展局"},
    {"q": "約76%", "st": "內地旅客", "metric": "占比", "t": ("10月", 2), "attr": "香港旅遊發展局"},
    {"q": "4,900萬人次", "metric": "入境旅客数量", "t": "全年", "attr": "程慧玲"},
    {"q": "6,500萬人次", "metric": "入境旅客数量", "t": "2018年", "attr": "程慧玲"},
    {"q": "400蚊", "st": "部分舖位", "metric": "租金"},
    {"q": "250蚊左右", "st": "部分舖位", "metric": "租金", "dir": "down"},
]

ARTICLE = {"id": "heldout2-cl-03-retail-hk", "published_at": "2026-12-01T16:30:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
