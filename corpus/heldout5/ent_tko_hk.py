"""HK: new public estates, tunnel traffic, a rail extension and new sales, with a translated wire
paragraph: 房屋署, 房屋委員會（房委會） and a sub-committee, 運輸署 before a title, 立法會交通事務委員會 (one org with its panel),
港鐵公司（港鐵）, tunnels by full and short name (將軍澳—藍田隧道（將藍隧道） written with an em
dash, 紅磡海底隧道（紅隧）, 將軍澳隧道), a line written 綫 and two new stations, developers by full
and short name, named estates and developments in 「」, 本港, Latin aliases in brackets for a wire
service, a fund, a REIT and a consultancy, and two ·-joined transliterated names with Latin originals."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
TEXT = (
    "將軍澳公屋明年入伙逾6,000伙 將藍隧道車流按年升15%\n"
    "【本報記者郭曉嵐報道】房屋署昨日表示，位於將軍澳百勝角的「昭明苑」及「昭景邨」將於明年首季起分批入伙，合共提供逾6,000個單位，主要編配予觀塘及黃大仙的輪候家庭。"
    "房屋委員會（房委會）資助房屋小組委員會主席陳家樂稱，一般公屋申請平均輪候時間已由今年初的5.3年縮短至4.9年。\n"
    "運輸署署長李偉明在立法會交通事務委員會會議上表示，將軍澳—藍田隧道（將藍隧道）10月日均車流約4.2萬架次，按年上升15%，紓緩了將軍澳隧道的擠塞；紅磡海底隧道（紅隧）的日均車流則按年下跌約6%。\n"
    "港鐵公司（港鐵）表示，東涌綫延綫工程進度理想，新設的東涌東站及東涌西站料於2029年啟用，較原定提早約半年；港鐵今年首三季物業發展利潤約為58億元，按年增加12%。\n"
    "發展商方面，信和置業（信和）與會德豐地產合作的啟德「海瀾匯」昨日開價，首批138伙折實平均呎價約2.05萬元；新鴻基地產（新地）則表示，大圍站上蓋的「柏瓏山」下月上載售樓書。\n"
    "另據彭博社（Bloomberg）報道，美國私募基金黑石集團（Blackstone）亞太區房地產主管克里斯托弗·希思（Christopher Heath）表示，集團計劃未來三年在香港及新加坡投資約20億美元購入物流倉庫，並正與領展房產基金（Link REIT）洽購葵涌一幢貨倉。"
    "仲量聯行（JLL）香港研究部主管羅素·芬奇（Russell Finch）則預計，明年本港工廈租金將再跌3%至5%。"
)

MENTIONS = [
    ent(L, "將軍澳", "将军澳"), date("明年", "2027"), qty("逾6,000伙", 6000, "伙", q="gt"), ent(L, "將藍隧道", "将军澳-蓝田隧道"), pct("15%", 15),
    ent(P, "郭曉嵐", "郭晓岚"), ent(O, "房屋署"), date("昨日", "2026-11-26"), ent(L, "將軍澳", "将军澳"), ent(L, "百勝角", "百胜角"),
    ent(L, "昭明苑"), ent(L, "昭景邨"), date("明年首季起", "2027-Q1", mod="after"), qty("逾6,000個", 6000, "个", q="gt"),
    ent(L, "觀塘", "观塘"), ent(L, "黃大仙", "黄大仙"),
    ent(O, "房屋委員會", "香港房屋委员会"), ent(O, "房委會", "香港房屋委员会"), ent(O, "資助房屋小組委員會", "资助房屋小组委员会"), ent(P, "陳家樂", "陈家乐"),
    date("今年初", "2026", mod="start"), dur("5.3年", "P5.3Y"), dur("4.9年", "P4.9Y"),
    ent(O, "運輸署", "运输署"), ent(P, "李偉明", "李伟明"), ent(O, "立法會交通事務委員會", "立法会交通事务委员会"),
    ent(L, "將軍澳—藍田隧道", "将军澳-蓝田隧道"), ent(L, "將藍隧道", "将军澳-蓝田隧道"), date("10月", "2026-10"), qty("約4.2萬架次", 42000, "架次", q="approx"),
    pct("15%", 15), ent(L, "將軍澳隧道", "将军澳隧道"), ent(L, "紅磡海底隧道", "红磡海底隧道"), ent(L, "紅隧", "红磡海底隧道"), pct("約6%", 6, q="approx"),
    ent(O, "港鐵公司", "港铁"), ent(O, "港鐵", "港铁"), ent(L, "東涌綫", "东涌线"), ent(L, "東涌東站", "东涌东站"), ent(L, "東涌西站", "东涌西站"),
    date("2029年", "2029"), dur("約半年", "P6M", q="approx"), ent(O, "港鐵", "港铁"), date("今年首三季", None, **Q13),
    money("約為58億元", 5800000000, "HKD", q="approx"), pct("12%", 12),
    ent(O, "信和置業", "信和置业"), ent(O, "信和", "信和置业"), ent(O, "會德豐地產", "会德丰地产"), ent(L, "啟德", "启德"), ent(L, "海瀾匯", "海澜汇"),
    date("昨日", "2026-11-26"), qty("138伙", 138, "伙"), money("約2.05萬元", 20500, "HKD", q="approx"),
    ent(O, "新鴻基地產", "新鸿基地产"), ent(O, "新地", "新鸿基地产"), ent(L, "大圍站", "大围站"), ent(L, "柏瓏山", "柏珑山"), date("下月", "2026-12"),
    ent(O, "彭博社"), ent(O, "Bloomberg", "彭博社"), ent(L, "美國", "美国"), ent(O, "黑石集團", "黑石"), ent(O, "Blackstone", "黑石"),
    ent(L, "亞太區", "亚太"), ent(P, "克里斯托弗·希思"), ent(P, "Christopher Heath", "克里斯托弗·希思"), dur("三年", "P3Y"),
    ent(L, "香港"), ent(L, "新加坡"), money("約20億美元", 2000000000, "USD", q="approx"),
    ent(O, "領展房產基金", "领展房产基金"), ent(O, "Link REIT", "领展房产基金"), ent(L, "葵涌"),
    ent(O, "仲量聯行", "仲量联行"), ent(O, "JLL", "仲量联行"), ent(L, "香港"), ent(P, "羅素·芬奇", "罗素·芬奇"),
    ent(P, "Russell Finch", "罗素·芬奇"), date("明年", "2027"), ent(L, "本港", "香港"), pct("3%至5%", None, low=3, high=5),
]

TUNNEL = "將軍澳—藍田隧道"
CLAIMS = [
    {"q": "逾6,000伙", "st": "將軍澳公屋", "metric": "单位数量", "t": ("明年", 0)},
    {"q": ("15%", 0), "subj": ("將藍隧道", 0), "metric": "车流量增速", "dir": "up", "basis": "yoy"},
    {"q": "逾6,000個", "st": "「昭明苑」及「昭景邨」", "metric": "单位数量", "t": "明年首季起", "attr": "房屋署"},
    {"q": "約4.2萬架次", "subj": TUNNEL, "metric": "日均车流量", "t": "10月", "ch": ("15%", 1), "dir": "up", "basis": "yoy", "attr": "李偉明"},
    {"q": "約6%", "subj": "紅磡海底隧道", "metric": "日均车流量增速", "t": "10月", "dir": "down", "basis": "yoy", "attr": "李偉明"},
    {"q": "約為58億元", "subj": ("港鐵", 1), "metric": "物业发展利润", "t": "今年首三季", "ch": "12%", "dir": "up", "basis": "yoy", "attr": "港鐵公司"},
    {"q": "138伙", "subj": "海瀾匯", "metric": "推售数量", "t": ("昨日", 1)},
    {"q": "約2.05萬元", "subj": "海瀾匯", "metric": "均价", "t": ("昨日", 1)},
    {"q": "約20億美元", "subj": "黑石集團", "metric": "投资额", "attr": "克里斯托弗·希思"},
    {"q": "3%至5%", "st": "本港工廈", "metric": "租金增速", "t": ("明年", 1), "dir": "down", "attr": "羅素·芬奇"},
]

ARTICLE = {"id": "heldout5-ent-03-tko-hk", "published_at": "2026-11-27T07:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
