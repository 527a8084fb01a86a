"""HK: tunnel tolls and new buses: the transport department with a Latin alias, the house and its
committee as two orgs, tunnels with short forms (紅隧, 東隧, 西隧), operators whose names hold numerals
(九龍巴士（一九三三）有限公司, 八達通), bus models and payment services as products, 內地 and 全港,
titles before and after names, a byline; tolls from X to Y."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "運輸署擬調整過海隧道收費 九巴、城巴增派電動巴士\n"
    "本報記者 周穎琳\n"
    "運輸署（Transport Department）今日向立法會交通事務委員會提交文件，建議明年4月起將紅磡海底隧道（紅隧）繁忙時段私家車收費"
    "由30元上調至40元，東區海底隧道（東隧）維持40元，西區海底隧道（西隧）則由60元下調至50元。運輸及物流局局長陳嘉豪表示，"
    "政府預計紅隧每日車流可減少約6,000架次。交通事務委員會主席李浩然議員則關注西隧收費下調後的擠塞問題。\n"
    "巴士方面，九龍巴士（一九三三）有限公司（九巴）今日宣布，將於12月起在觀塘、將軍澳及東涌新增120部電動巴士，"
    "車型包括比亞迪（BYD）B12A及亞歷山大丹尼士（ADL）Enviro500 EV。城巴（Citybus）則會在港珠澳大橋香港口岸"
    "至香港國際機場的路線試行氫能巴士。"
    "港鐵公司（港鐵）則表示，東鐵線今年首10個月的乘客量按年上升4.5%。\n"
    "八達通卡有限公司（八達通）表示，截至10月，全港巴士逾九成已支援內地移動支付，包括支付寶（Alipay）及微信支付（WeChat Pay）。"
    "機場管理局（機管局）亦表示，連接機場與東涌的自動捷運系統將於2028年啟用，全長約2.7公里。"
)

MENTIONS = [
    ent(O, "運輸署", "运输署"), ent(O, "九巴", "九龙巴士"), ent(O, "城巴"),
    ent(P, "周穎琳", "周颖琳"),
    ent(O, "運輸署", "运输署"), ent(O, "Transport Department", "运输署"), date("今日", "2026-11-25"),
    ent(O, "立法會交通事務委員會", "立法会交通事务委员会"), date("明年4月起", "2027-04", mod="after"),
    ent(L, "紅磡海底隧道", "红磡海底隧道"), ent(L, "紅隧", "红磡海底隧道"), money("30元", 30, "HKD"), money("40元", 40, "HKD"),
    ent(L, "東區海底隧道", "东区海底隧道"), ent(L, "東隧", "东区海底隧道"), money("40元", 40, "HKD"),
    ent(L, "西區海底隧道", "西区海底隧道"), ent(L, "西隧", "西区海底隧道"), money("60元", 60, "HKD"), money("50元", 50, "HKD"),
    ent(O, "運輸及物流局", "运输及物流局"), ent(P, "陳嘉豪", "陈嘉豪"), ent(L, "紅隧", "红磡海底隧道"),
    qty("約6,000架次", 6000, "架次", q="approx"), ent(O, "交通事務委員會", "立法会交通事务委员会"), ent(P, "李浩然"),
    ent(L, "西隧", "西区海底隧道"),
    ent(O, "九龍巴士（一九三三）有限公司", "九龙巴士"), ent(O, "九巴", "九龙巴士"), date("今日", "2026-11-25"),
    date("12月起", "2026-12", mod="after"), ent(L, "觀塘", "观塘"), ent(L, "將軍澳", "将军澳"), ent(L, "東涌", "东涌"),
    qty("120部", 120, "部"), ent(O, "比亞迪", "比亚迪"), ent(O, "BYD", "比亚迪"), ent(D, "B12A"),
    ent(O, "亞歷山大丹尼士", "亚历山大丹尼士"), ent(O, "ADL", "亚历山大丹尼士"), ent(D, "Enviro500 EV"),
    ent(O, "城巴"), ent(O, "Citybus", "城巴"), ent(L, "港珠澳大橋香港口岸", "港珠澳大桥香港口岸"),
    ent(L, "香港國際機場", "香港国际机场"), ent(O, "港鐵公司", "港铁"), ent(O, "港鐵", "港铁"), ent(L, "東鐵線", "东铁线"),
    date("今年首10個月", None, low="2026-01", high="2026-10"), pct("4.5%", 4.5),
    ent(O, "八達通卡有限公司", "八达通"), ent(O, "八達通", "八达通"), date("10月", "2026-10"),
    ent(L, "港", "香港"), pct("逾九成", 90, q="gt"), ent(L, "內地", "中国内地"), ent(D, "支付寶", "支付宝"),
    ent(D, "Alipay", "支付宝"), ent(D, "微信支付"), ent(D, "WeChat Pay", "微信支付"),
    ent(O, "機場管理局", "香港机场管理局"), ent(O, "機管局", "香港机场管理局"), ent(L, "東涌", "东涌"), date("2028年", "2028"),
    qty("約2.7公里", 2.7, "公里", q="approx"),
]

TOLL, TD, FROM_APRIL = "收费", ("運輸署", 1), "明年4月起"
CLAIMS = [
    {"q": "30元", "subj": "紅磡海底隧道", "metric": TOLL, "attr": TD},
    {"q": ("40元", 0), "subj": "紅磡海底隧道", "metric": TOLL, "t": FROM_APRIL, "dir": "up", "attr": TD},
    {"q": ("40元", 1), "subj": "東區海底隧道", "metric": TOLL, "t": FROM_APRIL, "attr": TD},
    {"q": "60元", "subj": "西區海底隧道", "metric": TOLL, "attr": TD},
    {"q": "50元", "subj": "西區海底隧道", "metric": TOLL, "t": FROM_APRIL, "dir": "down", "attr": TD},
    {"q": "約6,000架次", "subj": ("紅隧", 1), "metric": "车流量", "dir": "down", "attr": "陳嘉豪"},
    {"q": "120部", "subj": ("九巴", 1), "metric": "电动巴士数量", "t": "12月起", "dir": "up",
     "attr": "九龍巴士（一九三三）有限公司"},
    {"q": "4.5%", "subj": "東鐵線", "metric": "乘客量增速", "t": "今年首10個月", "dir": "up", "basis": "yoy",
     "attr": "港鐵公司"},
    {"q": "逾九成", "st": "全港巴士", "metric": "占比", "t": "10月", "attr": "八達通卡有限公司"},
    {"q": "約2.7公里", "st": "自動捷運系統", "metric": "长度", "attr": "機場管理局"},
]

ARTICLE = {"id": "heldout3-ent-08-tunnels-hk", "published_at": "2026-11-25T19:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"港"}}
