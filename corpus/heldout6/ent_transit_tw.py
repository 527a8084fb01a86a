"""TW: a Taoyuan MRT extension approved: a city government's bureau by full name, a ministry
(交通部) and a council by short form (國發會), districts (蘆竹區, 林口區, 龜山區) and towns in
short form (中壢, 平鎮), MRT lines by full, short and headline form (桃園捷運綠線, 捷運綠線, 綠線,
機場捷運), stations with a railway operator (臺鐵中壢站) and a coded station (A8長庚醫院站), a
legislator and a mayor with titles, a university department, a high-speed rail operator by two forms (臺灣高鐵, 台灣高鐵公司), an unlisted company by full name,
今（25）日, an ROC year with 底, 逾半 in a headline, two districts holding one figure jointly."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
GREEN = "桃园捷运绿线"
TEXT = (
    "桃園捷運綠線延伸中壢案獲交通部核定 中央補助逾半\n"
    "〔記者林佳蓉／桃園報導〕桃園市政府捷運工程局今（25）日表示，捷運綠線北段預計115年底通車，綠線總經費約新台幣1,013億元。"
    "市長吳家豪指出，綠線串聯蘆竹區、桃園區與八德區，通車後每日運量可望達12萬人次。\n"
    "交通部日前核定綠線延伸中壢案，延伸段長約4.9公里，設2座車站，終點銜接臺鐵中壢站，中央補助比例達51%。"
    "部長李志遠表示，國發會已完成財務審議，工程預計明年第一季動工，工期約5年。\n"
    "立法委員陳美玲則要求新北市政府交通局加快評估機場捷運與綠線轉乘，她指出，林口區與龜山區通勤族今年1至10月使用A8長庚醫院站的人次較去年同期增加12%。"
    "新北市政府副秘書長劉建國回應，市府將於下月提出轉乘方案，經費估計約新台幣2億元。\n"
    "國立中央大學土木工程學系教授黃志成分析，綠線通車後，中壢、平鎮一帶通勤時間可縮短約20分鐘。"
    "細部設計由宏捷工程顧問股份有限公司承攬，合約金額為新台幣3.6億元。\n"
    "桃園市議會議員周文彬表示，桃園區與中壢區人口合計逾90萬人，綠線延伸後將與臺灣高鐵桃園站及桃園國際機場形成軌道路網。"
    "台灣高鐵公司則預計，今年桃園站進出旅客約1,850萬人次，年增6.5%。"
)

MENTIONS = [
    ent(L, "桃園捷運綠線", GREEN), ent(L, "中壢", "中坜"), ent(O, "交通部"), pct("逾半", 50, q="gt"),
    ent(P, "林佳蓉"), ent(L, "桃園", "桃园"), ent(O, "桃園市政府捷運工程局", "桃园市政府捷运工程局"), date("今（25）日", "2026-11-25"),
    ent(L, "捷運綠線", GREEN), date("115年底", "2026", mod="end"), ent(L, "綠線", GREEN),
    money("約新台幣1,013億元", 101300000000, "TWD", q="approx"),
    ent(P, "吳家豪", "吴家豪"), ent(L, "綠線", GREEN), ent(L, "蘆竹區", "芦竹区"), ent(L, "桃園區", "桃园区"), ent(L, "八德區", "八德区"),
    qty("12萬人次", 120000, "人次"),
    ent(O, "交通部"), ent(L, "綠線", GREEN), ent(L, "中壢", "中坜"), qty("約4.9公里", 4.9, "公里", q="approx"), qty("2座", 2, "座"),
    ent(O, "臺鐵", "台铁"), ent(L, "中壢站", "中坜站"), pct("51%", 51),
    ent(P, "李志遠", "李志远"), ent(O, "國發會", "国家发展委员会"), date("明年第一季", "2027-Q1"), dur("約5年", "P5Y", q="approx"),
    ent(P, "陳美玲", "陈美玲"), ent(O, "新北市政府交通局"), ent(L, "機場捷運", "桃园机场捷运"), ent(L, "綠線", GREEN),
    ent(L, "林口區", "林口区"), ent(L, "龜山區", "龟山区"), date("今年1至10月", None, low="2026-01", high="2026-10"),
    ent(L, "A8長庚醫院站", "A8长庚医院站"), date("去年同期", None, low="2025-01", high="2025-10"), pct("12%", 12),
    ent(O, "新北市政府"), ent(P, "劉建國", "刘建国"), date("下月", "2026-12"), money("約新台幣2億元", 200000000, "TWD", q="approx"),
    ent(O, "國立中央大學土木工程學系", "国立中央大学土木工程学系"), ent(P, "黃志成", "黄志成"), ent(L, "綠線", GREEN),
    ent(L, "中壢", "中坜"), ent(L, "平鎮", "平镇"), dur("約20分鐘", "PT20M", q="approx"),
    ent(O, "宏捷工程顧問股份有限公司", "宏捷工程顾问股份有限公司"), money("新台幣3.6億元", 360000000, "TWD"),
    ent(O, "桃園市議會", "桃园市议会"), ent(P, "周文彬"), ent(L, "桃園區", "桃园区"), ent(L, "中壢區", "中坜区"), qty("逾90萬人", 900000, "人", q="gt"),
    ent(L, "綠線", GREEN), ent(O, "臺灣高鐵", "台湾高铁"), ent(L, "桃園站", "桃园站"), ent(L, "桃園國際機場", "桃园机场"),
    ent(O, "台灣高鐵公司", "台湾高铁"), date("今年", "2026"), ent(L, "桃園站", "桃园站"), qty("約1,850萬人次", 18500000, "人次", q="approx"), pct("6.5%", 6.5),
]

CLAIMS = [
    {"q": "逾半", "st": "中央", "metric": "补助比例"},
    {"q": "約新台幣1,013億元", "subj": ("綠線", 0), "metric": "经费", "attr": "桃園市政府捷運工程局"},
    {"q": "12萬人次", "subj": ("綠線", 1), "metric": "运量", "attr": "吳家豪"},
    {"q": "約4.9公里", "st": "延伸段", "metric": "长度"},
    {"q": "2座", "st": "延伸段", "metric": "车站数量"},
    {"q": "51%", "st": "中央", "metric": "补助比例"},
    {"q": "12%", "st": "林口區與龜山區通勤族", "metric": "客流量增速", "t": "今年1至10月", "dir": "up", "basis": "yoy", "attr": "陳美玲"},
    {"q": "約新台幣2億元", "st": "轉乘方案", "metric": "经费", "attr": "劉建國"},
    {"q": "新台幣3.6億元", "subj": "宏捷工程顧問股份有限公司", "metric": "合同金额"},
    {"q": "逾90萬人", "st": "桃園區與中壢區", "metric": "人口", "attr": "周文彬"},
    {"q": "約1,850萬人次", "subj": ("桃園站", 1), "metric": "客流量", "t": "今年", "ch": "6.5%", "dir": "up", "basis": "yoy", "attr": "台灣高鐵公司"},
]

ARTICLE = {"id": "heldout6-ent-02-transit-tw", "published_at": "2026-11-25T18:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
