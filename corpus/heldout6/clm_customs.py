"""CN: a customs release on nine-month trade: 前三季度 levels with 同比 changes against 去年同期,
a 9月当月 figure with both 同比 and 环比, three provinces with 分别 and their joint share (subject_text as written), a 其中
province, counts in 万辆/亿吨/标准箱/人次, a sub-count 较去年同期的X增加Y (the base level and a
non-percent change), 1-9月 port data 据…数据显示 with a 其中 port, a second body's 公布, a
spokesperson's quote with a forecast that states no figure, a US-dollar series of its own, and a
hypothetical tariff rise that gives no claim."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
B13 = {"low": "2025-Q1", "high": "2025-Q3"}
TEXT = (
    "前三季度全国进出口同比增长4.6% 汽车出口超500万辆\n"
    "本报记者 韩书瑶\n"
    "海关总署13日发布数据显示，今年前三季度，全国货物贸易进出口总值33.52万亿元，比去年同期增长4.6%。"
    "其中，出口19.46万亿元，同比增长6.8%；进口14.06万亿元，同比增长1.7%。"
    "9月当月，全国进出口3.91万亿元，同比增长5.3%，环比增长2.4%。\n"
    "前三季度，广东、江苏、浙江进出口分别为6.84万亿元、4.21万亿元和4.12万亿元，合计占全国进出口总值的45.3%。"
    "其中，浙江出口3.05万亿元，同比增长9.1%。\n"
    "分商品看，前三季度汽车出口512.6万辆，同比增长14.2%；其中，新能源汽车出口198.3万辆，较去年同期的151.7万辆增加46.6万辆。"
    "此外，原油进口4.08亿吨，同比下降3.2%。\n"
    "据交通运输部数据显示，1-9月全国港口完成集装箱吞吐量2.56亿标准箱，同比增长7.1%；其中，宁波舟山港完成3046万标准箱，同比增长8.3%。"
    "国家移民管理局公布，前三季度全国口岸出入境人员达4.93亿人次，同比增长15.6%。\n"
    "海关总署新闻发言人吕明哲在发布会上表示：“外部环境依然复杂，但外贸韧性较强，我们预计四季度进出口将保持平稳增长。”"
    "他指出，以美元计价，前三季度进出口总值为4.68万亿美元，同比增长4.1%。"
    "他同时提醒，如果主要市场关税再提高10个百分点，部分劳动密集型产品出口将明显承压。"
)

MENTIONS = [
    date("前三季度", None, **Q13), pct("4.6%", 4.6), qty("超500万辆", 5000000, "辆", q="gt"),
    ent(P, "韩书瑶"),
    ent(O, "海关总署"), date("13日", "2026-10-13"), date("今年前三季度", None, **Q13),
    money("33.52万亿元", 33520000000000, "CNY"), date("去年同期", None, **B13), pct("4.6%", 4.6),
    money("19.46万亿元", 19460000000000, "CNY"), pct("6.8%", 6.8), money("14.06万亿元", 14060000000000, "CNY"), pct("1.7%", 1.7),
    date("9月", "2026-09"), money("3.91万亿元", 3910000000000, "CNY"), pct("5.3%", 5.3), pct("2.4%", 2.4),
    date("前三季度", None, **Q13), ent(L, "广东"), ent(L, "江苏"), ent(L, "浙江"),
    money("6.84万亿元", 6840000000000, "CNY"), money("4.21万亿元", 4210000000000, "CNY"), money("4.12万亿元", 4120000000000, "CNY"),
    pct("45.3%", 45.3),
    ent(L, "浙江"), money("3.05万亿元", 3050000000000, "CNY"), pct("9.1%", 9.1),
    date("前三季度", None, **Q13), qty("512.6万辆", 5126000, "辆"), pct("14.2%", 14.2),
    qty("198.3万辆", 1983000, "辆"), date("去年同期", None, **B13), qty("151.7万辆", 1517000, "辆"), qty("46.6万辆", 466000, "辆"),
    qty("4.08亿吨", 408000000, "吨"), pct("3.2%", 3.2),
    ent(O, "交通运输部"), date("1-9月", None, low="2026-01", high="2026-09"),
    qty("2.56亿标准箱", 256000000, "标准箱"), pct("7.1%", 7.1),
    ent(L, "宁波舟山港"), qty("3046万标准箱", 30460000, "标准箱"), pct("8.3%", 8.3),
    ent(O, "国家移民管理局"), date("前三季度", None, **Q13), qty("4.93亿人次", 493000000, "人次"), pct("15.6%", 15.6),
    ent(O, "海关总署"), ent(P, "吕明哲"), date("四季度", "2026-Q4"),
    date("前三季度", None, **Q13), money("4.68万亿美元", 4680000000000, "USD"), pct("4.1%", 4.1),
    pct("10个百分点", 10, unit="pp"),
]

GAC = ("海关总署", 0)
NINE = ("今年前三季度", 0)
PROV = ("前三季度", 1)
GOODS = ("前三季度", 2)
CLAIMS = [
    {"q": ("4.6%", 0), "st": "全国", "metric": "进出口总值增速", "t": ("前三季度", 0), "dir": "up", "basis": "yoy"},
    {"q": "超500万辆", "st": "汽车", "metric": "出口量", "t": ("前三季度", 0)},
    {"q": "33.52万亿元", "st": "全国货物贸易", "metric": "进出口总值", "t": NINE, "ch": ("4.6%", 1), "dir": "up", "basis": "yoy", "attr": GAC},
    {"q": "19.46万亿元", "st": "全国货物贸易", "metric": "出口额", "t": NINE, "ch": "6.8%", "dir": "up", "basis": "yoy", "attr": GAC},
    {"q": "14.06万亿元", "st": "全国货物贸易", "metric": "进口额", "t": NINE, "ch": "1.7%", "dir": "up", "basis": "yoy", "attr": GAC},
    {"q": "3.91万亿元", "st": "全国", "metric": "进出口总值", "t": "9月", "ch": "5.3%", "dir": "up", "basis": "yoy", "attr": GAC},
    {"q": "2.4%", "st": "全国", "metric": "进出口总值增速", "t": "9月", "dir": "up", "basis": "qoq", "attr": GAC},
    {"q": "6.84万亿元", "subj": "广东", "metric": "进出口总值", "t": PROV},
    {"q": "4.21万亿元", "subj": "江苏", "metric": "进出口总值", "t": PROV},
    {"q": "4.12万亿元", "subj": ("浙江", 0), "metric": "进出口总值", "t": PROV},
    {"q": "45.3%", "st": "广东、江苏、浙江", "metric": "占比", "t": PROV},
    {"q": "3.05万亿元", "subj": ("浙江", 1), "metric": "出口额", "t": PROV, "ch": "9.1%", "dir": "up", "basis": "yoy"},
    {"q": "512.6万辆", "st": "汽车", "metric": "出口量", "t": GOODS, "ch": "14.2%", "dir": "up", "basis": "yoy"},
    {"q": "198.3万辆", "st": "新能源汽车", "metric": "出口量", "t": GOODS, "dir": "up", "basis": "yoy"},
    {"q": "151.7万辆", "st": "新能源汽车", "metric": "出口量", "t": ("去年同期", 1)},
    {"q": "46.6万辆", "st": "新能源汽车", "metric": "出口量", "t": GOODS, "dir": "up", "basis": "yoy"},
    {"q": "4.08亿吨", "st": "原油", "metric": "进口量", "t": GOODS, "ch": "3.2%", "dir": "down", "basis": "yoy"},
    {"q": "2.56亿标准箱", "st": "全国港口", "metric": "集装箱吞吐量", "t": "1-9月", "ch": "7.1%", "dir": "up", "basis": "yoy", "attr": "交通运输部"},
    {"q": "3046万标准箱", "subj": "宁波舟山港", "metric": "集装箱吞吐量", "t": "1-9月", "ch": "8.3%", "dir": "up", "basis": "yoy", "attr": "交通运输部"},
    {"q": "4.93亿人次", "st": "全国口岸", "metric": "出入境人员数量", "t": ("前三季度", 3), "ch": "15.6%", "dir": "up", "basis": "yoy", "attr": "国家移民管理局"},
    {"q": "4.68万亿美元", "st": "全国", "metric": "进出口总值", "t": ("前三季度", 4), "ch": "4.1%", "dir": "up", "basis": "yoy", "attr": "吕明哲"},
]

ARTICLE = {"id": "heldout6-clm-01-customs-cn", "published_at": "2026-10-14T09:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
