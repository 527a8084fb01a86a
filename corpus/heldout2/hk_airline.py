"""HK: airline monthly traffic and the airport's fiscal half: 人次 with 萬/億, 噸, 班, 運載率 in 百分點,
按年 with a month-on-month fall, 首10個月, 2026/27財政年度上半年, 蚊 in a Cantonese quote."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

CO, AA = "港翔航空", "機場管理局"
TEXT = (
    "港翔航空10月載客量按年增21% 首10個月載客逾2,300萬人次\n"
    "港翔航空（0293）今日公布，10月共接載乘客約246萬人次，按年增加21.4%；乘客運載率為86.2%，按年上升2.7個百分點。"
    "貨運量為13萬8,600噸，按年增加6.5%，但較9月減少1.9%。今年首10個月，港翔累計接載乘客2,318萬人次，按年增加約三成。\n"
    "港翔行政總裁岑浩然表示，年底旺季機票需求殷切，公司12月將增開來往東京、大阪及曼谷的航班，每周新增42班。"
    "他預計，2026年全年載客量可達2,850萬人次，但燃油附加費「短期內唔會減」，現時長途航線每程收費約1,150蚊。\n"
    "機場管理局（機管局）同日公布，2026/27財政年度上半年（即2026年4月至9月）香港國際機場客運量按年增加12%，至3,050萬人次；"
    "機管局並預期擴建工程全面完成後，年處理客量可增至1.2億人次。"
)

H1 = {"low": "2026-04", "high": "2026-09"}
MENTIONS = [
    ent("org", CO, "港翔航空"), date("10月", "2026-10"), pct("21%", 21), date("首10個月", None, low="2026-01", high="2026-10"),
    qty("逾2,300萬人次", 23000000, "人次", q="gt"),
    ent("org", CO, "港翔航空"), date("今日", "2026-11-16"), date("10月", "2026-10"),
    qty("約246萬人次", 2460000, "人次", q="approx"), pct("21.4%", 21.4), pct("86.2%", 86.2), pct("2.7個百分點", 2.7, "pp"),
    qty("13萬8,600噸", 138600, "吨"), pct("6.5%", 6.5), date("9月", "2026-09"), pct("1.9%", 1.9),
    date("今年首10個月", None, low="2026-01", high="2026-10"), ent("org", "港翔", "港翔航空"),
    qty("2,318萬人次", 23180000, "人次"), pct("約三成", 30, q="approx"),
    ent("org", "港翔", "港翔航空"), ent("person", "岑浩然"), date("年底", "2026", mod="end"), date("12月", "2026-12"),
    ent("location", "東京", "东京"), ent("location", "大阪"), ent("location", "曼谷"), qty("42班", 42, "班"),
    date("2026年全年", "2026"), qty("2,850萬人次", 28500000, "人次"), money("約1,150蚊", 1150, "HKD", q="approx"),
    ent("org", AA, "香港机场管理局"), ent("org", "機管局", "香港机场管理局"),
    date("2026/27財政年度上半年", None, fiscal=True, **H1), date("2026年4月至9月", None, **H1),
    ent("location", "香港國際機場", "香港国际机场"), pct("12%", 12), qty("3,050萬人次", 30500000, "人次"),
    ent("org", "機管局", "香港机场管理局"), qty("1.2億人次", 120000000, "人次"),
]

BODY, T10 = (CO, 1), ("10月", 1)
CLAIMS = [
    {"q": "21%", "subj": (CO, 0), "metric": "载客量增速", "t": ("10月", 0), "dir": "up", "basis": "yoy"},
    {"q": "逾2,300萬人次", "subj": (CO, 0), "metric": "载客量", "t": "首10個月"},
    {"q": "約246萬人次", "subj": BODY, "metric": "载客量", "t": T10, "ch": "21.4%", "dir": "up", "basis": "yoy",
     "attr": BODY},
    {"q": "86.2%", "subj": BODY, "metric": "载客率", "t": T10, "ch": "2.7個百分點", "dir": "up", "basis": "yoy",
     "attr": BODY},
    {"q": "13萬8,600噸", "subj": BODY, "metric": "货运量", "t": T10, "ch": "6.5%", "dir": "up", "basis": "yoy",
     "attr": BODY},
    {"q": "1.9%", "subj": BODY, "metric": "货运量增速", "t": T10, "dir": "down", "basis": "qoq", "attr": BODY},
    {"q": "2,318萬人次", "subj": ("港翔", 0), "metric": "载客量", "t": "今年首10個月", "ch": "約三成", "dir": "up",
     "basis": "yoy", "attr": BODY},
    {"q": "42班", "subj": ("港翔", 1), "metric": "航班数量", "t": "12月", "dir": "up", "attr": "岑浩然"},
    {"q": "2,850萬人次", "subj": ("港翔", 1), "metric": "载客量", "t": "2026年全年", "attr": "岑浩然"},
    {"q": "約1,150蚊", "st": "長途航線", "metric": "燃油附加费", "attr": "岑浩然"},
    {"q": "3,050萬人次", "subj": "香港國際機場", "metric": "客运量", "t": "2026/27財政年度上半年", "ch": "12%",
     "dir": "up", "basis": "yoy", "attr": AA},
    {"q": "1.2億人次", "subj": "香港國際機場", "metric": "年处理客量", "dir": "up", "attr": ("機管局", 1)},
]

ARTICLE = {"id": "heldout2-nt-08-airline-hk", "published_at": "2026-11-16T18:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
