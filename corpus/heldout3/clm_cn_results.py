"""CN: a results season piece (three made-up listed companies and an analyst): 同比 with 环比, base-period levels
(上年同期为, 上年同期盈利), from X to Y, a quarter loss, a forecast range, a negated figure in a quote,
an attributive capacity, a conditional, a count of companies to date."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

HS, JW, PY = "华晟电器", "嘉味食品", "鹏远乳业"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
B13 = {"low": "2025-Q1", "high": "2025-Q3"}
TEXT = (
    "三季报密集披露 华晟电器净利增两成 嘉味食品首现季度亏损\n"
    "10月30日，多家A股消费公司披露2026年三季报。华晟电器前三季度实现营业收入1,286.4亿元，同比增长9.2%；"
    "归母净利润152.7亿元，同比增长20.3%，上年同期为126.9亿元。其中第三季度单季营收412.5亿元，环比下降3.1%，同比增长6.8%。"
    "公司前三季度基本每股收益为2.18元，位于越南、年产能300万台的新工厂已于9月投产。\n"
    "嘉味食品则交出上市以来首份亏损季报：第三季度亏损1.35亿元，上年同期盈利0.86亿元；"
    "前三季度营收从去年同期的48.2亿元下滑至41.7亿元。公司称，亏损主要因第三季度计提存货减值约9,800万元。\n"
    "鹏远乳业前三季度净利润5.63亿元，同比减少12.5%，毛利率为31.4%，同比下降2.2个百分点。"
    "公司董事长林海涛在业绩说明会上表示，第四季度“不会出现10%以上的下滑”，预计全年收入在110亿元至115亿元之间。\n"
    "恒信证券分析师张婷认为，家电板块前三季度平均净利率约为9.6%，若原材料价格四季度再涨一成，行业利润率或回落0.5至1个百分点。"
    "她提到，目前A股已有超过3000家公司披露三季报，其中约62%实现盈利增长。"
)

MENTIONS = [
    ent("org", HS), pct("两成", 20), ent("org", JW),
    date("10月30日", "2026-10-30"), date("2026年", "2026"), ent("org", HS), date("前三季度", None, **Q13),
    money("1,286.4亿元", 128640000000, "CNY"), pct("9.2%", 9.2), money("152.7亿元", 15270000000, "CNY"),
    pct("20.3%", 20.3), date("上年同期", None, **B13), money("126.9亿元", 12690000000, "CNY"),
    date("第三季度", "2026-Q3"), money("412.5亿元", 41250000000, "CNY"), pct("3.1%", 3.1), pct("6.8%", 6.8),
    date("前三季度", None, **Q13), money("2.18元", 2.18, "CNY"), ent("location", "越南"), qty("300万台", 3000000, "台"),
    date("9月", "2026-09"),
    ent("org", JW), date("第三季度", "2026-Q3"), money("1.35亿元", 135000000, "CNY"), date("上年同期", "2025-Q3"),
    money("0.86亿元", 86000000, "CNY"), date("前三季度", None, **Q13), date("去年同期", None, **B13),
    money("48.2亿元", 4820000000, "CNY"), money("41.7亿元", 4170000000, "CNY"), date("第三季度", "2026-Q3"),
    money("约9,800万元", 98000000, "CNY", q="approx"),
    ent("org", PY), date("前三季度", None, **Q13), money("5.63亿元", 563000000, "CNY"), pct("12.5%", 12.5),
    pct("31.4%", 31.4), pct("2.2个百分点", 2.2, "pp"), ent("person", "林海涛"), date("第四季度", "2026-Q4"),
    pct("10%以上", 10, q="gt"), date("全年", "2026"), money("110亿元至115亿元", None, "CNY", low=11000000000, high=11500000000),
    ent("org", "恒信证券"), ent("person", "张婷"), date("前三季度", None, **Q13), pct("约为9.6%", 9.6, q="approx"),
    date("四季度", "2026-Q4"), pct("一成", 10), pct("0.5至1个百分点", None, "pp", low=0.5, high=1),
    qty("超过3000家", 3000, "家", q="gt"), pct("约62%", 62, q="approx"),
]

REV, NP = "营业收入", "净利润"
CLAIMS = [
    {"q": "两成", "subj": (HS, 0), "metric": "净利润增速", "dir": "up"},
    {"q": "1,286.4亿元", "subj": (HS, 1), "metric": REV, "t": ("前三季度", 0), "ch": "9.2%", "dir": "up", "basis": "yoy"},
    {"q": "152.7亿元", "subj": (HS, 1), "metric": NP, "t": ("前三季度", 0), "ch": "20.3%", "dir": "up", "basis": "yoy"},
    {"q": "126.9亿元", "subj": (HS, 1), "metric": NP, "t": ("上年同期", 0)},
    {"q": "412.5亿元", "subj": (HS, 1), "metric": REV, "t": ("第三季度", 0), "ch": "6.8%", "dir": "up", "basis": "yoy"},
    {"q": "3.1%", "subj": (HS, 1), "metric": "营业收入增速", "t": ("第三季度", 0), "dir": "down", "basis": "qoq"},
    {"q": "2.18元", "subj": (HS, 1), "metric": "每股收益", "t": ("前三季度", 1)},
    {"q": "1.35亿元", "subj": (JW, 1), "metric": "亏损", "t": ("第三季度", 1)},
    {"q": "0.86亿元", "subj": (JW, 1), "metric": NP, "t": ("上年同期", 1)},
    {"q": "48.2亿元", "subj": (JW, 1), "metric": REV, "t": "去年同期"},
    {"q": "41.7亿元", "subj": (JW, 1), "metric": REV, "t": ("前三季度", 2), "dir": "down", "basis": "yoy"},
    {"q": "约9,800万元", "subj": (JW, 1), "metric": "存货减值", "t": ("第三季度", 2), "attr": (JW, 1)},
    {"q": "5.63亿元", "subj": PY, "metric": NP, "t": ("前三季度", 3), "ch": "12.5%", "dir": "down", "basis": "yoy"},
    {"q": "31.4%", "subj": PY, "metric": "毛利率", "t": ("前三季度", 3), "ch": "2.2个百分点", "dir": "down",
     "basis": "yoy"},
    {"q": "110亿元至115亿元", "subj": PY, "metric": REV, "t": "全年", "attr": "林海涛"},
    {"q": "约为9.6%", "st": "家电板块", "metric": "净利润率", "t": ("前三季度", 4), "attr": "张婷"},
    {"q": "超过3000家", "st": "A股", "metric": "披露公司数量", "attr": "张婷"},
    {"q": "约62%", "st": "A股", "metric": "盈利增长公司占比", "attr": "张婷"},
]

ARTICLE = {"id": "heldout3-cl-01-results-cn", "published_at": "2026-10-31T20:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
