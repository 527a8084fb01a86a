"""HK: a theme park's annual results (港灣樂園, made up): a company fiscal year 2025/26財政年度 with its 上年度,
億萬 with trailing digits, 仙 and 蚊, from X to Y (虧損收窄), 三年半, 2029年年中, 下月1日起, recurring evening
times (no dates), an attributive 兩間, a hypothetical, 內地 and 訪港 as places."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

PARK = "港灣樂園"
FY = {"low": "2025-07", "high": "2026-06", "fiscal": True}
PREV = {"low": "2024-07", "high": "2025-06", "fiscal": True}
TEXT = (
    "港灣樂園入場580萬人次 虧損收窄至1.2億元\n"
    "港灣樂園今日公布2025/26財政年度（截至2026年6月30日止）業績，錄得入場580萬人次，較上年度增加12%；"
    "總收入按年上升15.3%至23億6,000萬元，虧損則由上年度的3億4,500萬元收窄至1億2,000萬元，每股虧損3.5仙。"
    "旗下兩間酒店平均入住率為81%，較上年度提高6個百分點，平均房租每晚約1,650元；員工人數由3,200人增至3,480人。\n"
    "主席何志明表示，內地旅客佔入場人次約四成，本地居民約佔35%；每名遊客平均消費約為410元，按年多28蚊。"
    "他說，樂園去年推出的夜間巡遊逢星期五及星期六晚上8時舉行，平均每晚吸引約6,000人觀看。\n"
    "樂園計劃斥資約38億元興建新水上樂園區，工程需時三年半，預計2029年年中開幕，屆時每年可額外吸引約80萬人次。"
    "何志明坦言，如果明年訪港旅客未能恢復至2018年水平，目標或要延後一年才能達到。\n"
    "另外，全日門票將於下月1日起由498蚊加至528蚊，長者票價維持250蚊不變；年票持有人數截至9月底約為11萬2,000人，較3月底減少約4%。"
    "樂園又表示，今年10月至12月的聖誕及萬聖節活動預計帶來約1億8,000萬元收入。"
)

MENTIONS = [
    ent("org", PARK, "港湾乐园"), qty("580萬人次", 5800000, "人次"), money("1.2億元", 120000000, "HKD"),
    ent("org", PARK, "港湾乐园"), date("今日", "2026-11-26"), date("2025/26財政年度", None, **FY),
    date("2026年6月30日", "2026-06-30"), qty("580萬人次", 5800000, "人次"), date("上年度", None, **PREV), pct("12%", 12),
    pct("15.3%", 15.3), money("23億6,000萬元", 2360000000, "HKD"), date("上年度", None, **PREV),
    money("3億4,500萬元", 345000000, "HKD"), money("1億2,000萬元", 120000000, "HKD"), money("3.5仙", 0.035, "HKD"),
    qty("兩間", 2, "间"), pct("81%", 81), date("上年度", None, **PREV), pct("6個百分點", 6, "pp"),
    money("約1,650元", 1650, "HKD", q="approx"), qty("3,200人", 3200, "人"), qty("3,480人", 3480, "人"),
    ent("person", "何志明"), ent("location", "內地", "中国内地"), pct("約四成", 40, q="approx"), pct("35%", 35),
    money("約為410元", 410, "HKD", q="approx"), money("28蚊", 28, "HKD"), date("去年", "2025"),
    qty("約6,000人", 6000, "人", q="approx"),
    money("約38億元", 3800000000, "HKD", q="approx"), dur("三年半", "P42M"), date("2029年年中", "2029", mod="mid"),
    qty("約80萬人次", 800000, "人次", q="approx"), ent("person", "何志明"), date("明年", "2027"),
    ent("location", "港", "香港"), date("2018年", "2018"), dur("一年", "P1Y"),
    date("下月1日起", "2026-12-01", mod="after"), money("498蚊", 498, "HKD"), money("528蚊", 528, "HKD"),
    money("250蚊", 250, "HKD"), date("9月底", "2026-09", mod="end"), qty("約為11萬2,000人", 112000, "人", q="approx"),
    date("3月底", "2026-03", mod="end"), pct("約4%", 4, q="approx"),
    date("今年10月至12月", None, low="2026-10", high="2026-12"), money("約1億8,000萬元", 180000000, "HKD", q="approx"),
]

FYT, VIS, SPEND = "2025/26財政年度", "入场人次", "人均消费"
CLAIMS = [
    {"q": ("580萬人次", 0), "subj": (PARK, 0), "metric": VIS},
    {"q": "1.2億元", "subj": (PARK, 0), "metric": "亏损", "dir": "down"},
    {"q": ("580萬人次", 1), "subj": (PARK, 1), "metric": VIS, "t": FYT, "ch": "12%", "dir": "up", "basis": "yoy",
     "attr": (PARK, 1)},
    {"q": "23億6,000萬元", "subj": (PARK, 1), "metric": "营业收入", "t": FYT, "ch": "15.3%", "dir": "up",
     "basis": "yoy", "attr": (PARK, 1)},
    {"q": "3億4,500萬元", "subj": (PARK, 1), "metric": "亏损", "t": ("上年度", 1), "attr": (PARK, 1)},
    {"q": "1億2,000萬元", "subj": (PARK, 1), "metric": "亏损", "t": FYT, "dir": "down", "basis": "yoy", "attr": (PARK, 1)},
    {"q": "3.5仙", "subj": (PARK, 1), "metric": "每股亏损", "t": FYT, "attr": (PARK, 1)},
    {"q": "81%", "st": "旗下兩間酒店", "metric": "入住率", "t": FYT, "ch": "6個百分點", "dir": "up", "basis": "yoy",
     "attr": (PARK, 1)},
    {"q": "約1,650元", "st": "旗下兩間酒店", "metric": "平均房租", "t": FYT, "attr": (PARK, 1)},
    {"q": "3,200人", "subj": (PARK, 1), "metric": "员工数量", "attr": (PARK, 1)},
    {"q": "3,480人", "subj": (PARK, 1), "metric": "员工数量", "t": FYT, "dir": "up", "attr": (PARK, 1)},
    {"q": "約四成", "subj": "內地", "metric": "旅客占比", "t": FYT, "attr": ("何志明", 0)},
    {"q": "35%", "st": "本地居民", "metric": "旅客占比", "t": FYT, "attr": ("何志明", 0)},
    {"q": "約為410元", "st": "每名遊客", "metric": SPEND, "t": FYT, "dir": "up", "basis": "yoy", "attr": ("何志明", 0)},
    {"q": "28蚊", "st": "每名遊客", "metric": SPEND, "t": FYT, "dir": "up", "basis": "yoy", "attr": ("何志明", 0)},
    {"q": "約6,000人", "st": "夜間巡遊", "metric": "观看人数", "attr": ("何志明", 0)},
    {"q": "約38億元", "subj": (PARK, 1), "metric": "投资额"},
    {"q": "約80萬人次", "subj": (PARK, 1), "metric": VIS, "t": "2029年年中", "dir": "up"},
    {"q": "498蚊", "st": "全日門票", "metric": "票价"},
    {"q": "528蚊", "st": "全日門票", "metric": "票价", "t": "下月1日起", "dir": "up"},
    {"q": "250蚊", "st": "長者", "metric": "票价", "t": "下月1日起"},
    {"q": "約為11萬2,000人", "st": "年票", "metric": "持有人数量", "t": "9月底", "ch": "約4%", "dir": "down"},
    {"q": "約1億8,000萬元", "st": "聖誕及萬聖節活動", "metric": "收入", "t": "今年10月至12月", "attr": (PARK, 1)},
]

ARTICLE = {"id": "heldout3-nt-06-park-hk", "published_at": "2026-11-26T12:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
