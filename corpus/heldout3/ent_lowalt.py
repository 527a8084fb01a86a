"""CN: Shenzhen's low-altitude air routes: the aviation regulator and a city bureau with short forms,
a state planner's department, companies with short names and a Latin alias (亿航智能，EHang),
aircraft and a drone service as products, districts, a port of entry, an estuary, 广深 (one-character
region abbreviations), a newspaper byline with a correspondent and a photo credit."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "深圳低空航线增至260条 民航局批准亿航、小鹏汇天新机型\n"
    "南方日报记者 梁子豪 通讯员 韦婷\n"
    "中国民用航空局（民航局）22日向广州亿航智能技术有限公司（亿航智能，EHang）颁发EH216-S载人无人驾驶航空器运营合格证，"
    "小鹏汇天的“陆地航母”飞行汽车也通过了适航审定。深圳市交通运输局（市交通运输局）副局长黄建华介绍，截至10月底，"
    "深圳已开通低空航线260条，覆盖南山区、前海和深圳湾口岸。\n"
    "美团旗下的美团无人机已在深圳、上海等城市累计完成外卖配送超过60万单；顺丰控股（顺丰）子公司丰翼科技则开通了"
    "深圳至珠海、中山的跨珠江口货运航线。广汽集团与亿航智能在广州南沙合作建设的总装基地预计2027年投产，年产能1000架。\n"
    "国家发改委低空经济发展司司长王崇斌此前表示，粤港澳大湾区和长三角将率先形成低空产业集群，工业和信息化部（工信部）也在起草低空装备标准。"
    "中信证券分析师宋雨桐认为，广深低空产业规模明年有望突破1500亿元，占全国比重约三成。\n"
    "跨境方面，香港运输及物流局正与深圳市政府商讨开通深港低空航线，首条航线拟连接深圳宝安国际机场与香港国际机场。"
    "亿航智能股价22日在美国纳斯达克上涨4.1%。\n"
    "图为在深圳湾公园上空试飞的EH216-S载人飞行器。（梁子豪摄）"
)

MENTIONS = [
    ent(L, "深圳"), qty("260条", 260, "条"), ent(O, "民航局", "中国民用航空局"), ent(O, "亿航", "亿航智能"), ent(O, "小鹏汇天"),
    ent(O, "南方日报"), ent(P, "梁子豪"), ent(P, "韦婷"),
    ent(O, "中国民用航空局"), ent(O, "民航局", "中国民用航空局"), date("22日", "2026-11-22"),
    ent(O, "广州亿航智能技术有限公司", "亿航智能"), ent(O, "亿航智能"), ent(O, "EHang", "亿航智能"), ent(D, "EH216-S"),
    ent(O, "小鹏汇天"), ent(D, "陆地航母"), ent(O, "深圳市交通运输局"), ent(O, "市交通运输局", "深圳市交通运输局"),
    ent(P, "黄建华"), date("10月底", "2026-10", mod="end"),
    ent(L, "深圳"), qty("260条", 260, "条"), ent(L, "南山区", "南山"), ent(L, "前海"), ent(L, "深圳湾口岸"),
    ent(O, "美团"), ent(D, "美团无人机"), ent(L, "深圳"), ent(L, "上海"), qty("超过60万单", 600000, "单", q="gt"),
    ent(O, "顺丰控股"), ent(O, "顺丰", "顺丰控股"), ent(O, "丰翼科技"),
    ent(L, "深圳"), ent(L, "珠海"), ent(L, "中山"), ent(L, "珠江口"), ent(O, "广汽集团"), ent(O, "亿航智能"), ent(L, "广州"),
    ent(L, "南沙"), date("2027年", "2027"), qty("1000架", 1000, "架"),
    ent(O, "国家发改委低空经济发展司", "国家发展和改革委员会低空经济发展司"), ent(P, "王崇斌"), ent(L, "粤港澳大湾区"),
    ent(L, "长三角"), ent(O, "工业和信息化部"), ent(O, "工信部", "工业和信息化部"),
    ent(O, "中信证券"), ent(P, "宋雨桐"), ent(L, "广", "广州"), ent(L, "深", "深圳"), date("明年", "2027"),
    money("1500亿元", 150000000000, "CNY"), pct("约三成", 30, q="approx"),
    ent(O, "香港运输及物流局", "运输及物流局"), ent(O, "深圳市政府", "深圳市人民政府"), ent(L, "深", "深圳"), ent(L, "港", "香港"),
    ent(L, "深圳宝安国际机场"), ent(L, "香港国际机场"), ent(O, "亿航智能"), date("22日", "2026-11-22"), ent(L, "美国"),
    ent(O, "纳斯达克"), pct("4.1%", 4.1),
    ent(L, "深圳湾公园"), ent(D, "EH216-S"), ent(P, "梁子豪"),
]

CLUSTER = "广深低空产业"
CLAIMS = [
    {"q": ("260条", 0), "subj": ("深圳", 0), "metric": "航线数量", "dir": "up"},
    {"q": ("260条", 1), "subj": ("深圳", 1), "metric": "航线数量", "t": "10月底", "attr": "黄建华"},
    {"q": "超过60万单", "subj": "美团无人机", "metric": "配送量"},
    {"q": "1000架", "st": "总装基地", "metric": "产能", "t": "2027年"},
    {"q": "1500亿元", "st": CLUSTER, "metric": "规模", "t": "明年", "attr": "宋雨桐"},
    {"q": "约三成", "st": CLUSTER, "metric": "占比", "t": "明年", "attr": "宋雨桐"},
    {"q": "4.1%", "subj": ("亿航智能", 2), "metric": "股价增速", "t": ("22日", 1), "dir": "up"},
]

ARTICLE = {"id": "heldout3-ent-03-lowalt-cn", "published_at": "2026-11-23T16:20:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"广", "深", "港"}}
