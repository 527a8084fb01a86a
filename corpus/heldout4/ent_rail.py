"""HK: the Northern Link breaks ground and cross-border bus routes: 港鐵公司 / 港鐵 / MTR, a bureau
before a title, a department head after hers, a contractor by full and short name, a joint venture
of two builders, rail lines and stations, two control points, payment services with a Latin name,
a polytechnic department, a photo credit that is a company (（港鐵提供）)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
TEXT = (
    "北環線動工 港鐵料2034年通車 古洞站周邊將建逾萬伙\n"
    "【本報記者何穎琳報道】港鐵公司（港鐵，MTR）今日上午11時在錦上路站舉行北環線主線動工儀式，特首及多名官員出席。港鐵表示，全長約10.7公里的新線將連接屯馬線錦上路站與東鐵線古洞站，"
    "預計2034年通車，造價約620億元。運輸及物流局局長羅展鵬在儀式上表示，北環線每日可載客約28萬人次，可把天水圍往返落馬洲的車程縮短至約12分鐘。\n"
    "港鐵行政總裁霍志誠補充，工程將分期招標，首份合約已由中國建築國際（中建國際）與金門建築組成的合營公司以約98億元奪得。"
    "他又透露，港鐵今年首三季本地客運業務收入按年增長4.6%至約166億元。\n"
    "另外，運輸署署長譚美詩表示，由下月1日起，九巴及城巴將在北部都會區增設8條過境巴士線，往來深圳灣口岸及皇崗口岸，並全面接受八達通、支付寶（Alipay）及微信支付付款。"
    "九巴表示，新線將使用40部比亞迪BD11電動巴士；機管局亦計劃明年在香港國際機場增設約30個電動巴士充電位。"
    "香港理工大學土木及環境工程學系講座教授孫志豪認為，新線可紓緩屯馬線沿線擠迫，但當局須在2030年前完善洪水橋一帶的接駁。\n"
    "圖為北環線走線模擬圖。（港鐵提供）"
)

MENTIONS = [
    ent(L, "北環線", "北环线"), ent(O, "港鐵", "港铁"), date("2034年", "2034"), ent(L, "古洞站"), qty("逾萬伙", 10000, "伙", q="gt"),
    ent(P, "何穎琳", "何颖琳"), ent(O, "港鐵公司", "港铁"), ent(O, "港鐵", "港铁"), ent(O, "MTR", "港铁"), date("今日上午11時", "2026-11-26T11:00"), ent(L, "錦上路站", "锦上路站"),
    ent(L, "北環線", "北环线"), ent(O, "港鐵", "港铁"), qty("約10.7公里", 10.7, "公里", q="approx"), ent(L, "屯馬線", "屯马线"),
    ent(L, "錦上路站", "锦上路站"), ent(L, "東鐵線", "东铁线"), ent(L, "古洞站"),
    date("2034年", "2034"), money("約620億元", 62000000000, "HKD", q="approx"),
    ent(O, "運輸及物流局", "运输及物流局"), ent(P, "羅展鵬", "罗展鹏"), ent(L, "北環線", "北环线"), qty("約28萬人次", 280000, "人次", q="approx"),
    ent(L, "天水圍", "天水围"), ent(L, "落馬洲", "落马洲"), dur("約12分鐘", "PT12M", q="approx"),
    ent(O, "港鐵", "港铁"), ent(P, "霍志誠", "霍志诚"), ent(O, "中國建築國際", "中国建筑国际"), ent(O, "中建國際", "中国建筑国际"),
    ent(O, "金門建築", "金门建筑"), money("約98億元", 9800000000, "HKD", q="approx"),
    ent(O, "港鐵", "港铁"), date("今年首三季", None, **Q13), pct("4.6%", 4.6), money("約166億元", 16600000000, "HKD", q="approx"),
    ent(O, "運輸署", "运输署"), ent(P, "譚美詩", "谭美诗"), date("下月1日起", "2026-12-01", mod="after"), ent(O, "九巴", "九龙巴士"),
    ent(O, "城巴"), ent(L, "北部都會區", "北部都会区"), qty("8條", 8, "条"), ent(L, "深圳灣口岸", "深圳湾口岸"),
    ent(L, "皇崗口岸", "皇岗口岸"), ent(D, "八達通", "八达通"), ent(D, "支付寶", "支付宝"), ent(D, "Alipay", "支付宝"), ent(D, "微信支付"),
    ent(O, "九巴", "九龙巴士"), qty("40部", 40, "部"), ent(O, "比亞迪", "比亚迪"), ent(D, "BD11"), ent(O, "機管局", "香港机场管理局"),
    date("明年", "2027"), ent(L, "香港國際機場", "香港国际机场"), qty("約30個", 30, "个", q="approx"),
    ent(O, "香港理工大學土木及環境工程學系", "香港理工大学土木及环境工程学系"), ent(P, "孫志豪", "孙志豪"), ent(L, "屯馬線", "屯马线"),
    date("2030年前", "2030", mod="before"), ent(L, "洪水橋", "洪水桥"),
    ent(L, "北環線", "北环线"), ent(O, "港鐵", "港铁"),
]

CLAIMS = [
    {"q": "逾萬伙", "st": "古洞站周邊", "metric": "单位数量"},
    {"q": "約620億元", "subj": ("北環線", 1), "metric": "造价", "attr": ("港鐵", 2)},
    {"q": "約28萬人次", "subj": ("北環線", 2), "metric": "载客量", "attr": "羅展鵬"},
    {"q": "約98億元", "st": "首份合約", "metric": "合约金额", "attr": "霍志誠"},
    {"q": "約166億元", "subj": ("港鐵", 4), "metric": "营业收入", "t": "今年首三季", "ch": "4.6%", "dir": "up", "basis": "yoy", "attr": "霍志誠"},
    {"q": "8條", "st": "九巴及城巴", "metric": "巴士线数量", "t": "下月1日起", "dir": "up", "attr": "譚美詩"},
    {"q": "40部", "subj": ("九巴", 1), "metric": "巴士数量", "attr": ("九巴", 1)},
    {"q": "約30個", "subj": "香港國際機場", "metric": "充电位数量", "t": "明年", "dir": "up", "attr": "機管局"},
]

ARTICLE = {"id": "heldout4-ent-04-rail-hk", "published_at": "2026-11-26T20:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
