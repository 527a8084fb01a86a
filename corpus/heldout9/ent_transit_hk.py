"""HK: rail patronage, bus routes, public housing intake and new flats along the lines: 港鐵 announcing
(公布, carried to the next sentence of its paragraph), 東鐵綫 and 屯馬綫 as locations (headline and
body), stations as one location each with 站 (會展站, 金鐘站, 沙田站, 康城站, 觀塘站, 錦上路站), a 局長
quoted with a title before the name (運輸及物流局局長陳美寶, then 她說 with a quote), 運輸署, 房委會 →
香港房屋委员会 and 房屋署 (a 署長 named), a district council as one org (沙田區議會: 沙田 not also a mention
inside it), districts and places (沙田 alone, 大圍, 元朗, 洪水橋, 火炭, 啟德, 將軍澳), 九巴 → 九龙巴士,
developers by short name (新地 → 新鸿基地产, 恒基 → 恒基地产, 長實 → 长江实业) in holder phrases
(subject_text), 中原地產 with an analyst, 按年 (yoy) and 按月 (qoq), a price gap against the second-hand
market (a change with no direction), two districts holding one share (subject_text), 全港 as subject_text with 港 a location
mention inside it (ANNOTATING.md), 每8分鐘 a
duration and no claim, 明年第一季起 (mod after)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
HA, SHKP = "香港房屋委员会", "新鸿基地产"
TEXT = (
    "東鐵綫過海段客量按年升兩成 屯馬綫沿線新盤搶客\n"
    "【本報訊】港鐵昨日公布，東鐵綫過海段上月平日平均每日載客量約43萬人次，按年上升21%，其中會展站及金鐘站的轉乘人次增幅最大。"
    "屯馬綫上月每日載客量約62萬人次，按月微跌1.5%。\n"
    "運輸及物流局局長陳美寶表示，運輸署已就沙田及大圍一帶的巴士路線重組諮詢沙田區議會，明年第一季起將有12條路線改經沙田站，九巴亦會增派約40部新巴士。"
    "她說：「康城站至觀塘站的接駁巴士，繁忙時間班次將加密至每8分鐘一班。」\n"
    "房委會發言人表示，轄下洪水橋新屋邨將於明年3月入伙，提供約2,900個單位；房屋署已向約1,850戶申請者發出編配信。"
    "房屋署署長羅淑儀指，沙田火炭的公營房屋項目預計2030年分期落成，涉及約6,200個單位。\n"
    "私樓市場方面，新地旗下屯馬綫錦上路站上蓋新盤首輪推出368伙，平均呎價約1.68萬元，較同區二手樓價高約一成；"
    "恒基與長實合作的啟德項目已售出逾九成單位，套現約52億元。"
    "中原地產首席分析師黃子謙估計，今年全港一手住宅成交量有望達2.1萬宗，按年增加約15%，元朗及將軍澳將佔約三成。"
)

MENTIONS = [
    ent(L, "東鐵綫", "东铁线"), pct("兩成", 20), ent(L, "屯馬綫", "屯马线"),
    ent(O, "港鐵", "港铁"), date("昨日", "2026-12-06"), ent(L, "東鐵綫", "东铁线"), date("上月", "2026-11"), qty("約43萬人次", 430000, "人次", q="approx"),
    pct("21%", 21), ent(L, "會展站", "会展站"), ent(L, "金鐘站", "金钟站"),
    ent(L, "屯馬綫", "屯马线"), date("上月", "2026-11"), qty("約62萬人次", 620000, "人次", q="approx"), pct("1.5%", 1.5),
    ent(O, "運輸及物流局", "运输及物流局"), ent(P, "陳美寶", "陈美宝"), ent(O, "運輸署", "运输署"), ent(L, "沙田"), ent(L, "大圍", "大围"),
    ent(O, "沙田區議會", "沙田区议会"), date("明年第一季起", "2027-Q1", mod="after"), qty("12條", 12, "条"), ent(L, "沙田站"),
    ent(O, "九巴", "九龙巴士"), qty("約40部", 40, "部", q="approx"),
    ent(L, "康城站"), ent(L, "觀塘站", "观塘站"), dur("8分鐘", "PT8M"),
    ent(O, "房委會", HA), ent(L, "洪水橋", "洪水桥"), date("明年3月", "2027-03"), qty("約2,900個", 2900, "个", q="approx"),
    ent(O, "房屋署"), qty("約1,850戶", 1850, "户", q="approx"),
    ent(O, "房屋署"), ent(P, "羅淑儀", "罗淑仪"), ent(L, "沙田"), ent(L, "火炭"), date("2030年", "2030"), qty("約6,200個", 6200, "个", q="approx"),
    ent(O, "新地", SHKP), ent(L, "屯馬綫", "屯马线"), ent(L, "錦上路站", "锦上路站"), qty("368伙", 368, "伙"), money("約1.68萬元", 16800, "HKD", q="approx"),
    pct("約一成", 10, q="approx"),
    ent(O, "恒基", "恒基地产"), ent(O, "長實", "长江实业"), ent(L, "啟德", "启德"), pct("逾九成", 90, q="gt"), money("約52億元", 5200000000, "HKD", q="approx"),
    ent(O, "中原地產", "中原地产"), ent(P, "黃子謙", "黄子谦"), date("今年", "2026"), ent(L, "港", "香港"), qty("2.1萬宗", 21000, "宗"), pct("約15%", 15, q="approx"),
    ent(L, "元朗"), ent(L, "將軍澳", "将军澳"), pct("約三成", 30, q="approx"),
]

NEWPROJ = "新地旗下屯馬綫錦上路站上蓋新盤"
KAITAK = "恒基與長實合作的啟德項目"
CLAIMS = [
    {"q": "兩成", "st": "東鐵綫過海段", "metric": "载客量增速", "dir": "up", "basis": "yoy"},
    {"q": "約43萬人次", "st": "東鐵綫過海段", "metric": "日均载客量", "t": ("上月", 0), "ch": "21%", "dir": "up", "basis": "yoy", "attr": "港鐵"},
    {"q": "約62萬人次", "subj": ("屯馬綫", 1), "metric": "日均载客量", "t": ("上月", 1), "ch": "1.5%", "dir": "down", "basis": "qoq", "attr": "港鐵"},
    {"q": "12條", "subj": "運輸署", "metric": "路线数量", "t": "明年第一季起", "attr": "陳美寶"},
    {"q": "約40部", "subj": "九巴", "metric": "巴士数量", "t": "明年第一季起", "dir": "up", "attr": "陳美寶"},
    {"q": "約2,900個", "st": "洪水橋新屋邨", "metric": "单位数量", "t": "明年3月", "attr": "房委會"},
    {"q": "約1,850戶", "subj": ("房屋署", 0), "metric": "编配户数量", "attr": "房委會"},
    {"q": "約6,200個", "st": "沙田火炭的公營房屋項目", "metric": "单位数量", "t": "2030年", "attr": "羅淑儀"},
    {"q": "368伙", "st": NEWPROJ, "metric": "推出单位数量"},
    {"q": "約1.68萬元", "st": NEWPROJ, "metric": "平均呎价", "ch": "約一成"},
    {"q": "逾九成", "st": KAITAK, "metric": "售出单位占比"},
    {"q": "約52億元", "st": KAITAK, "metric": "套现金额"},
    {"q": "2.1萬宗", "st": "全港", "metric": "一手住宅成交量", "t": "今年", "ch": "約15%", "dir": "up", "basis": "yoy", "attr": "黃子謙"},
    {"q": "約三成", "st": "元朗及將軍澳", "metric": "成交量占比", "t": "今年", "attr": "黃子謙"},
]

ARTICLE = {"id": "heldout9-ent-02-transit-hk", "published_at": "2026-12-07T08:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
