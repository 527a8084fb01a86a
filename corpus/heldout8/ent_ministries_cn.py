"""CN: a State Council Information Office press conference on trade and industry: 国新办 in the
headline (attribution of its figure) and 国务院新闻办公室 in the body, ministry officials with titles
before names (商务部副部长, 海关总署副署长, 工业和信息化部总工程师) then by name alone, 工信部 as the short
form (→ 工业和信息化部), 我国 (no mention, subject_text), a trade partner bloc valued by the lexicon
(东盟 → 东南亚国家联盟, org), provinces holding one share jointly (subject_text), two ports with 分别,
central SOEs by short name (中国中车, 中国电建) in a holder phrase, a rail line abroad (雅万高铁) holding
a count to date, car and phone makers fused to their models (比亚迪海豹06, 小鹏MONA M03, 华为Mate 80
Pro, 荣耀Magic8 Pro: org + product), countries, a Q1-Q11 month range carried in its paragraph."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
ASEAN, MIIT = "东南亚国家联盟", "工业和信息化部"
M11 = {"low": "2026-01", "high": "2026-11"}
TEXT = (
    "国新办：前11个月我国对东盟进出口增长7.4%\n"
    "本报北京12月9日电 国务院新闻办公室9日举行新闻发布会，商务部副部长周立新、海关总署副署长韩建军和工业和信息化部总工程师刘卫东介绍今年外贸和制造业运行情况。\n"
    "韩建军说，今年前11个月，我国货物贸易进出口总值为40.2万亿元，同比增长3.9%；其中对东盟进出口6.8万亿元，同比增长7.4%，东盟继续保持我国第一大贸易伙伴地位。"
    "广东、江苏和浙江进出口合计占全国的52%，上海港和宁波舟山港集装箱吞吐量分别为4,950万标准箱和3,870万标准箱。\n"
    "商务部副部长周立新表示，中国中车、中国电建等中央企业今年在东盟新签工程合同额超过260亿美元，雅万高铁开通以来累计发送旅客超过1,200万人次。"
    "他说，商务部将与海关总署联合推出跨境贸易便利化措施，支持广西、云南建设面向东盟的物流枢纽。\n"
    "工信部总工程师刘卫东指出，前11个月新能源汽车出口185万辆，同比增长21%，比亚迪海豹06和小鹏MONA M03在泰国、印度尼西亚销量居前；"
    "手机出口中，华为Mate 80 Pro和荣耀Magic8 Pro在中东和拉美市场表现亮眼。他说，工信部将于明年一季度出台新版汽车芯片标准，并推动国产芯片在整车中的应用比例提高到25%以上。"
)

MENTIONS = [
    ent(O, "国新办", "国务院新闻办公室"), date("前11个月", None, **M11), ent(O, "东盟", ASEAN), pct("7.4%", 7.4),
    ent(L, "北京"), date("12月9日", "2026-12-09"), ent(O, "国务院新闻办公室"), date("9日", "2026-12-09"), ent(O, "商务部"), ent(P, "周立新"),
    ent(O, "海关总署"), ent(P, "韩建军"), ent(O, "工业和信息化部"), ent(P, "刘卫东"), date("今年", "2026"),
    ent(P, "韩建军"), date("今年前11个月", None, **M11), money("40.2万亿元", 40200000000000, "CNY"), pct("3.9%", 3.9),
    ent(O, "东盟", ASEAN), money("6.8万亿元", 6800000000000, "CNY"), pct("7.4%", 7.4), ent(O, "东盟", ASEAN),
    ent(L, "广东"), ent(L, "江苏"), ent(L, "浙江"), pct("52%", 52), ent(L, "上海港"), ent(L, "宁波舟山港"),
    qty("4,950万标准箱", 49500000, "标准箱"), qty("3,870万标准箱", 38700000, "标准箱"),
    ent(O, "商务部"), ent(P, "周立新"), ent(O, "中国中车"), ent(O, "中国电建"), date("今年", "2026"), ent(O, "东盟", ASEAN),
    money("超过260亿美元", 26000000000, "USD", q="gt"), ent(L, "雅万高铁"), qty("超过1,200万人次", 12000000, "人次", q="gt"),
    ent(O, "商务部"), ent(O, "海关总署"), ent(L, "广西"), ent(L, "云南"), ent(O, "东盟", ASEAN),
    ent(O, "工信部", MIIT), ent(P, "刘卫东"), date("前11个月", None, **M11), qty("185万辆", 1850000, "辆"), pct("21%", 21),
    ent(O, "比亚迪"), ent(D, "海豹06"), ent(O, "小鹏", "小鹏汽车"), ent(D, "MONA M03"), ent(L, "泰国"), ent(L, "印度尼西亚"),
    ent(O, "华为"), ent(D, "Mate 80 Pro"), ent(O, "荣耀"), ent(D, "Magic8 Pro"), ent(L, "中东"), ent(L, "拉美", "拉丁美洲"),
    ent(O, "工信部", MIIT), date("明年一季度", "2027-Q1"), pct("25%以上", 25, q="gt"),
]

CLAIMS = [
    {"q": ("7.4%", 0), "subj": ("东盟", 0), "metric": "进出口总值增速", "t": ("前11个月", 0), "dir": "up", "attr": "国新办"},
    {"q": "40.2万亿元", "st": "我国", "metric": "进出口总值", "t": "今年前11个月", "ch": "3.9%", "dir": "up", "basis": "yoy", "attr": ("韩建军", 1)},
    {"q": "6.8万亿元", "subj": ("东盟", 1), "metric": "进出口总值", "t": "今年前11个月", "ch": ("7.4%", 1), "dir": "up", "basis": "yoy", "attr": ("韩建军", 1)},
    {"q": "52%", "st": "广东、江苏和浙江", "metric": "进出口占比", "t": "今年前11个月", "attr": ("韩建军", 1)},
    {"q": "4,950万标准箱", "subj": "上海港", "metric": "集装箱吞吐量", "t": "今年前11个月", "attr": ("韩建军", 1)},
    {"q": "3,870万标准箱", "subj": "宁波舟山港", "metric": "集装箱吞吐量", "t": "今年前11个月", "attr": ("韩建军", 1)},
    {"q": "超过260亿美元", "st": "中国中车、中国电建等中央企业", "metric": "新签合同额", "t": ("今年", 1), "attr": ("周立新", 1)},
    {"q": "超过1,200万人次", "subj": "雅万高铁", "metric": "旅客发送量", "attr": ("周立新", 1)},
    {"q": "185万辆", "st": "新能源汽车", "metric": "出口量", "t": ("前11个月", 1), "ch": "21%", "dir": "up", "basis": "yoy", "attr": ("刘卫东", 1)},
    {"q": "25%以上", "st": "国产芯片", "metric": "应用比例", "dir": "up", "attr": ("刘卫东", 1)},
]

ARTICLE = {"id": "heldout8-ent-02-ministries-cn", "published_at": "2026-12-10T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
