"""CN: a Xinhua wire on Brazilian soybean exports and shipping: transliterated names with · and
their Latin originals in brackets (若昂·卡瓦略（João Carvalho）, accents kept), foreign companies
with Chinese and Latin names (嘉吉 / Cargill, 淡水河谷 / Vale, 巴西航空工业公司 / Embraer), a
ministry before a title, states, a river, ports on two continents, one-character abbreviations
(中巴, 对华), an aircraft model with digits, a Reuters interview, 同日."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
YTD = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "巴西大豆对华出口创新高 中巴航线运力扩张\n"
    "新华社里约热内卢11月29日电（记者周子航）巴西农业部29日公布，今年1月至10月巴西对华大豆出口量达7,450万吨，同比增长8.3%，占巴西大豆出口总量的约72%。"
    "巴西农业部长若昂·卡瓦略（João Carvalho）在巴西利亚表示，马托格罗索州和巴拉那州的产区明年有望再增产约5%。海关总署数据显示，前10个月中国进口巴西大豆约6,980万吨，占大豆进口总量的七成左右。\n"
    "美国粮商嘉吉（Cargill）南美业务负责人安娜·罗德里格斯（Ana Rodrigues）在圣保罗接受路透社采访时说，受亚马孙河枯水期延长影响，"
    "北部港口驳船运输受阻，大量货源转向桑托斯港和帕拉纳瓜港。她说，今年经桑托斯港出口的大豆已超过2,600万吨。\n"
    "中远海运（COSCO）已在桑托斯港新开两条直航青岛港和天津港的集装箱航线，单程航期缩短至约32天。淡水河谷（Vale）则计划明年投入约12亿美元扩建图巴朗港的矿石码头。\n"
    "巴西航空工业公司（Embraer）同日宣布，中国一家航空公司订购20架E195-E2客机，交付将于2028年开始。该公司总裁保罗·西尔瓦（Paulo Silva）表示，这是该机型今年在亚洲获得的最大订单。\n"
    "（完）"
)

MENTIONS = [
    ent(L, "巴西"), ent(L, "华", "中国"), ent(L, "中", "中国"), ent(L, "巴", "巴西"),
    ent(O, "新华社"), ent(L, "里约热内卢"), date("11月29日", "2026-11-29"), ent(P, "周子航"), ent(O, "巴西农业部"),
    date("29日", "2026-11-29"), date("今年1月至10月", None, **YTD), ent(L, "巴西"), ent(L, "华", "中国"),
    qty("7,450万吨", 74500000, "吨"), pct("8.3%", 8.3), ent(L, "巴西"), pct("约72%", 72, q="approx"),
    ent(O, "巴西农业部"), ent(P, "若昂·卡瓦略"), ent(P, "João Carvalho", "若昂·卡瓦略"), ent(L, "巴西利亚"),
    ent(L, "马托格罗索州"), ent(L, "巴拉那州"), date("明年", "2027"), pct("约5%", 5, q="approx"),
    ent(O, "海关总署"), date("前10个月", None, **YTD), ent(L, "中国"), ent(L, "巴西"), qty("约6,980万吨", 69800000, "吨", q="approx"),
    pct("七成左右", 70, q="approx"),
    ent(L, "美国"), ent(O, "嘉吉"), ent(O, "Cargill", "嘉吉"), ent(L, "南美"), ent(P, "安娜·罗德里格斯"),
    ent(P, "Ana Rodrigues", "安娜·罗德里格斯"), ent(L, "圣保罗"), ent(O, "路透社"), ent(L, "亚马孙河"),
    ent(L, "桑托斯港"), ent(L, "帕拉纳瓜港"), date("今年", "2026"), ent(L, "桑托斯港"), qty("超过2,600万吨", 26000000, "吨", q="gt"),
    ent(O, "中远海运"), ent(O, "COSCO", "中远海运"), ent(L, "桑托斯港"), qty("两条", 2, "条"), ent(L, "青岛港"), ent(L, "天津港"),
    dur("约32天", "P32D", q="approx"), ent(O, "淡水河谷"), ent(O, "Vale", "淡水河谷"), date("明年", "2027"),
    money("约12亿美元", 1200000000, "USD", q="approx"), ent(L, "图巴朗港"),
    ent(O, "巴西航空工业公司"), ent(O, "Embraer", "巴西航空工业公司"), date("同日", "2026-11-29"), ent(L, "中国"),
    qty("20架", 20, "架"), ent(D, "E195-E2"), date("2028年开始", "2028", mod="after"),
    ent(P, "保罗·西尔瓦"), ent(P, "Paulo Silva", "保罗·西尔瓦"), date("今年", "2026"), ent(L, "亚洲"),
]

SOY = "巴西对华大豆"
CLAIMS = [
    {"q": "7,450万吨", "st": SOY, "metric": "出口量", "t": "今年1月至10月", "ch": "8.3%", "dir": "up", "basis": "yoy", "attr": ("巴西农业部", 0)},
    {"q": "约72%", "st": SOY, "metric": "占比", "t": "今年1月至10月", "attr": ("巴西农业部", 0)},
    {"q": "约5%", "st": "马托格罗索州和巴拉那州的产区", "metric": "产量增速", "t": ("明年", 0), "dir": "up", "attr": "若昂·卡瓦略"},
    {"q": "约6,980万吨", "subj": ("中国", 0), "metric": "进口量", "t": "前10个月", "attr": "海关总署"},
    {"q": "七成左右", "subj": ("中国", 0), "metric": "占比", "t": "前10个月", "attr": "海关总署"},
    {"q": "超过2,600万吨", "subj": ("桑托斯港", 1), "metric": "出口量", "t": ("今年", 0), "attr": "安娜·罗德里格斯"},
    {"q": "两条", "subj": "中远海运", "metric": "航线数量", "dir": "up"},
    {"q": "约12亿美元", "subj": "淡水河谷", "metric": "投资额", "t": ("明年", 1)},
    {"q": "20架", "st": "中国一家航空公司", "metric": "订单", "attr": "巴西航空工业公司"},
]

ARTICLE = {"id": "heldout4-ent-06-wire-cn", "published_at": "2026-11-30T08:10:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
