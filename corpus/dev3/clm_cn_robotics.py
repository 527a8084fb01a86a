"""CN: a made-up robot maker's third-quarter report (启衡机器人, a made-up chairman, broker and analyst): levels with
同比 changes, a pp change of a margin level, segment revenue and a segment's share, from X to Y with 上年同期 as X,
a 其中 overseas line with a conversion (约合…美元), a single quarter with 同比 and 环比, a base-period level, forecasts
by two speakers, a threshold, an attributive capacity, a negated and a hypothetical figure."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

QH = "启衡机器人"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
B13 = {"low": "2025-Q1", "high": "2025-Q3"}
TEXT = (
    "启衡机器人前三季度营收增长18.4% 海外收入增长35%\n"
    "启衡机器人10月29日晚发布2026年第三季度报告。前三季度，公司实现营业收入86.52亿元，同比增长18.4%；"
    "归母净利润7.31亿元，同比增长9.6%；毛利率为31.2%，较上年同期下降1.4个百分点。\n"
    "分业务看，工业机器人业务收入44.7亿元，占公司营业收入的51.7%；服务机器人业务收入21.3亿元，同比增长42.5%；"
    "核心零部件业务收入从上年同期的17.9亿元下降至15.2亿元。其中，海外收入27.6亿元，同比增长35%，约合3.9亿美元。\n"
    "单季度看，第三季度公司营业收入32.08亿元，同比增长21.1%，环比增长6.3%；净利润2.64亿元，上年同期为2.75亿元。\n"
    "公司董事长沈立铭在业绩说明会上表示，四季度是传统旺季，预计全年营业收入将突破120亿元，明年海外收入占比有望提升至40%。"
    "他同时强调，公司“不会为了规模打价格战，毛利率不会跌破30%”；位于合肥、年产5万台的新基地将于明年二季度投产。\n"
    "天衡证券分析师罗佳认为，公司全年净利润约为10.2亿元，对应市盈率约28倍；若原材料价格上涨5%，毛利率或下滑约1个百分点。"
)

MENTIONS = [
    ent("org", QH), date("前三季度", None, **Q13), pct("18.4%", 18.4), pct("35%", 35),
    ent("org", QH), date("10月29日", "2026-10-29"), date("2026年第三季度", "2026-Q3"), date("前三季度", None, **Q13),
    money("86.52亿元", 8652000000, "CNY"), pct("18.4%", 18.4), money("7.31亿元", 731000000, "CNY"), pct("9.6%", 9.6),
    pct("31.2%", 31.2), date("上年同期", None, **B13), pct("1.4个百分点", 1.4, "pp"),
    money("44.7亿元", 4470000000, "CNY"), pct("51.7%", 51.7), money("21.3亿元", 2130000000, "CNY"), pct("42.5%", 42.5),
    date("上年同期", None, **B13), money("17.9亿元", 1790000000, "CNY"), money("15.2亿元", 1520000000, "CNY"),
    money("27.6亿元", 2760000000, "CNY"), pct("35%", 35), money("约合3.9亿美元", 390000000, "USD", q="approx"),
    date("第三季度", "2026-Q3"), money("32.08亿元", 3208000000, "CNY"), pct("21.1%", 21.1), pct("6.3%", 6.3),
    money("2.64亿元", 264000000, "CNY"), date("上年同期", "2025-Q3"), money("2.75亿元", 275000000, "CNY"),
    ent("person", "沈立铭"), date("四季度", "2026-Q4"), date("全年", "2026"), money("120亿元", 12000000000, "CNY"),
    date("明年", "2027"), pct("40%", 40),
    pct("30%", 30), ent("location", "合肥"), qty("5万台", 50000, "台"), date("明年二季度", "2027-Q2"),
    ent("org", "天衡证券"), ent("person", "罗佳"), date("全年", "2026"), money("约为10.2亿元", 1020000000, "CNY", q="approx"),
    qty("约28倍", 28, "倍", q="approx"), pct("5%", 5), pct("约1个百分点", 1, "pp", q="approx"),
]

REV, SEG = "营业收入", "营业收入"
Y = "前三季度"
CLAIMS = [
    {"q": ("18.4%", 0), "subj": (QH, 0), "metric": "营业收入增速", "t": (Y, 0), "dir": "up"},
    {"q": ("35%", 0), "st": "海外", "metric": "营业收入增速", "t": (Y, 0), "dir": "up"},
    {"q": "86.52亿元", "subj": (QH, 1), "metric": REV, "t": (Y, 1), "ch": ("18.4%", 1), "dir": "up", "basis": "yoy", "attr": (QH, 1)},
    {"q": "7.31亿元", "subj": (QH, 1), "metric": "净利润", "t": (Y, 1), "ch": "9.6%", "dir": "up", "basis": "yoy", "attr": (QH, 1)},
    {"q": "31.2%", "subj": (QH, 1), "metric": "毛利率", "t": (Y, 1), "ch": "1.4个百分点", "dir": "down", "basis": "yoy", "attr": (QH, 1)},
    {"q": "44.7亿元", "st": "工业机器人业务", "metric": SEG, "t": (Y, 1)},
    {"q": "51.7%", "subj": (QH, 1), "metric": "营收占比", "t": (Y, 1)},
    {"q": "21.3亿元", "st": "服务机器人业务", "metric": SEG, "t": (Y, 1), "ch": "42.5%", "dir": "up", "basis": "yoy"},
    {"q": "17.9亿元", "st": "核心零部件业务", "metric": SEG, "t": ("上年同期", 1)},
    {"q": "15.2亿元", "st": "核心零部件业务", "metric": SEG, "t": (Y, 1), "dir": "down", "basis": "yoy"},
    {"q": "27.6亿元", "st": "海外", "metric": SEG, "t": (Y, 1), "ch": ("35%", 1), "dir": "up", "basis": "yoy"},
    {"q": "约合3.9亿美元", "st": "海外", "metric": SEG, "t": (Y, 1), "dir": "up", "basis": "yoy"},
    {"q": "32.08亿元", "subj": (QH, 1), "metric": REV, "t": "第三季度", "ch": "21.1%", "dir": "up", "basis": "yoy"},
    {"q": "6.3%", "subj": (QH, 1), "metric": "营业收入增速", "t": "第三季度", "dir": "up", "basis": "qoq"},
    {"q": "2.64亿元", "subj": (QH, 1), "metric": "净利润", "t": "第三季度"},
    {"q": "2.75亿元", "subj": (QH, 1), "metric": "净利润", "t": ("上年同期", 2)},
    {"q": "120亿元", "subj": (QH, 1), "metric": REV, "t": ("全年", 0), "attr": "沈立铭"},
    {"q": "40%", "subj": (QH, 1), "metric": "营收占比", "t": "明年", "dir": "up", "attr": "沈立铭"},
    {"q": "约为10.2亿元", "subj": (QH, 1), "metric": "净利润", "t": ("全年", 1), "attr": "罗佳"},
    {"q": "约28倍", "subj": (QH, 1), "metric": "市盈率", "t": ("全年", 1), "attr": "罗佳"},
]

ARTICLE = {"id": "dev3-cl-02-robotics-cn", "published_at": "2026-10-30T08:15:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
