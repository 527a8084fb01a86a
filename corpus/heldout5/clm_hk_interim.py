"""HK: a rail operator's interim results: 股東應佔溢利 with 按年 and 同比, 每股基本盈利 and 物業發展
利潤 each "from 上年同期的X to Y" (the decided yoy call), 仙 and 蚊 and HK$1,200億, an interim
dividend flat against 去年, segment revenue and a daily patronage count in 萬人次, a chairman's
quote and a five-year plan with a 其中 share, an analyst's full-year range and a raised target
price, the close's own move and turnover, the index level with its fall."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "港鐵中期業績：盈利升8.2% 派中期息每股42仙\n"
    "【本報記者何穎琳】港鐵公司（港鐵）昨日公布今年上半年業績，股東應佔溢利為38.6億港元，按年上升8.2%；每股基本盈利由上年同期的56仙增至61仙。"
    "董事會宣派中期股息每股42仙，與去年持平。期內總收入為295.3億港元，按年增長5.1%。\n"
    "分業務看，上半年香港客運業務收入為112.4億港元，按年增長6.5%，平均每日乘客量約為590萬人次；車站商務收入34.8億港元，同比上升11.2%。"
    "內地及國際業務則錄得溢利4.2億港元，按年減少3.1%。"
    "物業發展利潤則由上年同期的45.1億港元減至29.7億港元，主要因日出康城項目入帳減少。\n"
    "主席陸志恒在業績記者會上表示：「上半年訪港旅客明顯回升，集團各項收入增長動力穩健。」"
    "他透露，港鐵計劃未來五年在香港投資約HK$1,200億，其中約六成將用於北環線等新鐵路項目。\n"
    "輝立證券分析師譚嘉敏預計，港鐵全年盈利有望達85億至90億港元，並將其目標價由32蚊上調至35蚊。"
    "港鐵股價昨日收報31.85蚊，升2.4%，全日成交額約6.3億元；恒生指數昨日則下跌0.5%，收報24,512點。"
)

MENTIONS = [
    ent(O, "港鐵", "港铁"), pct("8.2%", 8.2), money("42仙", 0.42, "HKD"),
    ent(P, "何穎琳", "何颖琳"), ent(O, "港鐵公司", "港铁"), ent(O, "港鐵", "港铁"), date("昨日", "2026-08-13"), date("今年上半年", "2026-H1"),
    money("38.6億港元", 3860000000, "HKD"), pct("8.2%", 8.2), date("上年同期", "2025-H1"), money("56仙", 0.56, "HKD"), money("61仙", 0.61, "HKD"),
    money("42仙", 0.42, "HKD"), date("去年", "2025"), money("295.3億港元", 29530000000, "HKD"), pct("5.1%", 5.1),
    date("上半年", "2026-H1"), ent(L, "香港"), money("112.4億港元", 11240000000, "HKD"), pct("6.5%", 6.5),
    qty("約為590萬人次", 5900000, "人次", q="approx"), money("34.8億港元", 3480000000, "HKD"), pct("11.2%", 11.2),
    ent(L, "內地", "中国内地"), money("4.2億港元", 420000000, "HKD"), pct("3.1%", 3.1),
    date("上年同期", "2025-H1"), money("45.1億港元", 4510000000, "HKD"), money("29.7億港元", 2970000000, "HKD"), ent(L, "日出康城"),
    ent(P, "陸志恒", "陆志恒"), date("上半年", "2026-H1"), ent(L, "港", "香港"),
    ent(O, "港鐵", "港铁"), dur("五年", "P5Y"), ent(L, "香港"), money("約HK$1,200億", 120000000000, "HKD", q="approx"),
    pct("約六成", 60, q="approx"), ent(L, "北環線", "北环线"),
    ent(O, "輝立證券", "辉立证券"), ent(P, "譚嘉敏", "谭嘉敏"), ent(O, "港鐵", "港铁"), date("全年", "2026"),
    money("85億至90億港元", None, "HKD", low=8500000000, high=9000000000), money("32蚊", 32, "HKD"), money("35蚊", 35, "HKD"),
    ent(O, "港鐵", "港铁"), date("昨日", "2026-08-13"), money("31.85蚊", 31.85, "HKD"), pct("2.4%", 2.4), money("約6.3億元", 630000000, "HKD", q="approx"),
    date("昨日", "2026-08-13"), pct("0.5%", 0.5), qty("24,512點", 24512, "点"),
]

CO = ("港鐵", 1)
H1 = "今年上半年"
SEG = ("上半年", 0)
ATTR = "港鐵公司"
CLAIMS = [
    {"q": ("8.2%", 0), "subj": ("港鐵", 0), "metric": "净利润增速", "dir": "up"},
    {"q": ("42仙", 0), "subj": ("港鐵", 0), "metric": "股息"},
    {"q": "38.6億港元", "subj": CO, "metric": "净利润", "t": H1, "ch": ("8.2%", 1), "dir": "up", "basis": "yoy", "attr": ATTR},
    {"q": "56仙", "subj": CO, "metric": "每股收益", "t": ("上年同期", 0), "attr": ATTR},
    {"q": "61仙", "subj": CO, "metric": "每股收益", "t": H1, "dir": "up", "basis": "yoy", "attr": ATTR},
    {"q": ("42仙", 1), "subj": CO, "metric": "股息", "t": H1, "attr": ATTR},
    {"q": "295.3億港元", "subj": CO, "metric": "营业收入", "t": H1, "ch": "5.1%", "dir": "up", "basis": "yoy", "attr": ATTR},
    {"q": "112.4億港元", "st": "香港客運業務", "metric": "营业收入", "t": SEG, "ch": "6.5%", "dir": "up", "basis": "yoy"},
    {"q": "約為590萬人次", "st": "香港客運業務", "metric": "日均乘客量", "t": SEG},
    {"q": "34.8億港元", "st": "車站商務", "metric": "营业收入", "t": SEG, "ch": "11.2%", "dir": "up", "basis": "yoy"},
    {"q": "4.2億港元", "st": "內地及國際業務", "metric": "净利润", "t": SEG, "ch": "3.1%", "dir": "down", "basis": "yoy"},
    {"q": "45.1億港元", "st": "物業發展", "metric": "利润", "t": ("上年同期", 1)},
    {"q": "29.7億港元", "st": "物業發展", "metric": "利润", "t": SEG, "dir": "down", "basis": "yoy"},
    {"q": "約HK$1,200億", "subj": ("港鐵", 2), "metric": "投资额", "attr": "陸志恒"},
    {"q": "約六成", "st": "北環線等新鐵路項目", "metric": "占比", "attr": "陸志恒"},
    {"q": "85億至90億港元", "subj": ("港鐵", 3), "metric": "净利润", "t": "全年", "attr": "譚嘉敏"},
    {"q": "32蚊", "subj": ("港鐵", 3), "metric": "目标价", "attr": "譚嘉敏"},
    {"q": "35蚊", "subj": ("港鐵", 3), "metric": "目标价", "dir": "up", "attr": "譚嘉敏"},
    {"q": "31.85蚊", "subj": ("港鐵", 4), "metric": "股价", "t": ("昨日", 1), "ch": "2.4%", "dir": "up"},
    {"q": "約6.3億元", "subj": ("港鐵", 4), "metric": "成交额", "t": ("昨日", 1)},
    {"q": "24,512點", "st": "恒生指數", "metric": "指数", "t": ("昨日", 2), "ch": "0.5%", "dir": "down"},
]

ARTICLE = {"id": "heldout5-clm-03-interim-hk", "published_at": "2026-08-14T07:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
