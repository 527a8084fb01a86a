"""CN: a listed automation maker's third-quarter report: quarter and nine-month levels with yoy
changes, a qoq percent as its own claim, a margin with yoy and qoq percentage-point moves, a
segment's share of company revenue, a 其中 sub-count, a chairman's yoy range guidance, a plant's
capacity dated by its start-up quarter, 据…数据显示 for the share price, its change since 年初 and
the market value, a headline threshold (首超)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
TEXT = (
    "汇川技术前三季度净利润增长18.6% 新能源汽车业务收入首超百亿元\n"
    "本报记者 方予安\n"
    "10月23日，汇川技术（300124）发布2026年第三季度报告。报告显示，公司第三季度实现营业收入128.4亿元，同比增长21.3%，环比增长9.7%；"
    "归属于上市公司股东的净利润16.2亿元，同比增长15.8%。前三季度公司累计实现营业收入352.6亿元，同比增长24.1%；净利润45.9亿元，同比增长18.6%。\n"
    "分业务看，前三季度通用自动化业务收入141.3亿元，占公司总营收的40.1%；新能源汽车业务收入103.5亿元，同比增长46.2%。"
    "其中，电驱系统出货量约为62万套。第三季度公司综合毛利率为29.4%，较上年同期下降1.8个百分点，较二季度回升0.6个百分点。\n"
    "汇川技术董事长邵启航在业绩说明会上表示：“海外订单增长明显，我们预计全年营业收入将同比增长20%至25%。”"
    "他还透露，汇川技术匈牙利工厂将于明年一季度投产，设计年产能为30万台。\n"
    "据Wind数据显示，截至10月23日收盘，汇川技术股价报68.12元，较年初上涨32.5%，总市值约1830亿元。"
)

MENTIONS = [
    ent(O, "汇川技术"), date("前三季度", None, **Q13), pct("18.6%", 18.6), money("超百亿元", 10000000000, "CNY", q="gt"),
    ent(P, "方予安"),
    date("10月23日", "2026-10-23"), ent(O, "汇川技术"), date("2026年第三季度", "2026-Q3"), date("第三季度", "2026-Q3"),
    money("128.4亿元", 12840000000, "CNY"), pct("21.3%", 21.3), pct("9.7%", 9.7),
    money("16.2亿元", 1620000000, "CNY"), pct("15.8%", 15.8), date("前三季度", None, **Q13),
    money("352.6亿元", 35260000000, "CNY"), pct("24.1%", 24.1), money("45.9亿元", 4590000000, "CNY"), pct("18.6%", 18.6),
    date("前三季度", None, **Q13), money("141.3亿元", 14130000000, "CNY"), pct("40.1%", 40.1),
    money("103.5亿元", 10350000000, "CNY"), pct("46.2%", 46.2),
    qty("约为62万套", 620000, "套", q="approx"), date("第三季度", "2026-Q3"), pct("29.4%", 29.4), date("上年同期", "2025-Q3"), pct("1.8个百分点", 1.8, unit="pp"),
    date("二季度", "2026-Q2"), pct("0.6个百分点", 0.6, unit="pp"),
    ent(O, "汇川技术"), ent(P, "邵启航"), date("全年", "2026"), pct("20%至25%", None, low=20, high=25),
    ent(O, "汇川技术"), ent(L, "匈牙利"), date("明年一季度", "2027-Q1"), qty("30万台", 300000, "台"),
    ent(O, "Wind"), date("10月23日", "2026-10-23"), ent(O, "汇川技术"), money("68.12元", 68.12, "CNY"), date("年初", "2026", mod="start"),
    pct("32.5%", 32.5), money("约1830亿元", 183000000000, "CNY", q="approx"),
]

CO = ("汇川技术", 1)
Q3 = ("第三季度", 0)
NINE = ("前三季度", 1)
SEG = ("前三季度", 2)
CLAIMS = [
    {"q": ("18.6%", 0), "subj": ("汇川技术", 0), "metric": "净利润增速", "t": ("前三季度", 0), "dir": "up"},
    {"q": "超百亿元", "st": "新能源汽车业务", "metric": "营业收入", "t": ("前三季度", 0)},
    {"q": "128.4亿元", "subj": CO, "metric": "营业收入", "t": Q3, "ch": "21.3%", "dir": "up", "basis": "yoy", "attr": CO},
    {"q": "9.7%", "subj": CO, "metric": "营业收入增速", "t": Q3, "dir": "up", "basis": "qoq", "attr": CO},
    {"q": "16.2亿元", "subj": CO, "metric": "净利润", "t": Q3, "ch": "15.8%", "dir": "up", "basis": "yoy", "attr": CO},
    {"q": "352.6亿元", "subj": CO, "metric": "营业收入", "t": NINE, "ch": "24.1%", "dir": "up", "basis": "yoy", "attr": CO},
    {"q": "45.9亿元", "subj": CO, "metric": "净利润", "t": NINE, "ch": ("18.6%", 1), "dir": "up", "basis": "yoy", "attr": CO},
    {"q": "141.3亿元", "st": "通用自动化业务", "metric": "营业收入", "t": SEG},
    {"q": "40.1%", "subj": CO, "metric": "营收占比", "t": SEG},
    {"q": "103.5亿元", "st": "新能源汽车业务", "metric": "营业收入", "t": SEG, "ch": "46.2%", "dir": "up", "basis": "yoy"},
    {"q": "约为62万套", "st": "电驱系统", "metric": "出货量", "t": SEG},
    {"q": "29.4%", "subj": CO, "metric": "毛利率", "t": ("第三季度", 1), "ch": "1.8个百分点", "dir": "down", "basis": "yoy"},
    {"q": "0.6个百分点", "subj": CO, "metric": "毛利率", "t": ("第三季度", 1), "dir": "up", "basis": "qoq"},
    {"q": "20%至25%", "subj": ("汇川技术", 2), "metric": "营业收入增速", "t": "全年", "dir": "up", "basis": "yoy", "attr": "邵启航"},
    {"q": "30万台", "st": "汇川技术匈牙利工厂", "metric": "产能", "t": "明年一季度", "attr": "邵启航"},
    {"q": "68.12元", "subj": ("汇川技术", 4), "metric": "股价", "t": ("10月23日", 1), "ch": "32.5%", "dir": "up", "attr": "Wind"},
    {"q": "约1830亿元", "subj": ("汇川技术", 4), "metric": "市值", "t": ("10月23日", 1), "attr": "Wind"},
]

ARTICLE = {"id": "heldout5-clm-01-inovance-cn", "published_at": "2026-10-24T08:30:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
