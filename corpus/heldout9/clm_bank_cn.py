"""CN: a city commercial bank's third-quarter report: a headline with a profit growth and a
non-performing-loan ratio 降至 (time the headline's 前三季度, basis null: no yoy word), a dated
dateline (本报台州10月28日电) with a reporter, 披露三季报 attributing its paragraph, 该行 resolving to the
bank, 其中 income lines comma-joined, a single-quarter figure with 同比 as its change and 环比 a claim of
its own, a paragraph with no source (attribution null) of balances 截至9月末 with 较年初 and 较上年末
(date mentions that are comparison bases, never the time; basis null), a non-percent change of its own
(增加241.6亿元), percentage-point changes keeping the ratio's metric, 基点 in pp, a net interest margin
with 较上半年 (its own claim, basis null) and 较去年同期 (the level's yoy change), a president's quote
with 表示 (我们 → the bank) and two forecast ranges, a negated bond issue (100亿元, no claim), and
他还透露 with a loan balance and its share."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct

O, P, L = "org", "person", "location"
BANK = "临湾银行"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
TEXT = (
    "临湾银行前三季度净利增7.4% 不良率降至0.86%\n"
    "本报台州10月28日电（记者 邵可欣）临湾银行28日晚间披露三季报。今年前三季度，该行实现营业收入186.35亿元，同比增长5.2%；"
    "其中利息净收入142.6亿元，同比增长6.8%，手续费及佣金净收入21.47亿元，同比下降3.9%。"
    "归属于母公司股东的净利润72.08亿元，同比增长7.4%；基本每股收益1.06元。"
    "单看第三季度，营业收入61.9亿元，同比微增1.8%，环比则下降2.6%。\n"
    "资产质量方面，截至9月末，该行资产总额5,126.8亿元，较年初增长9.3%；各项贷款总额2,987.4亿元，较年初增加241.6亿元。"
    "不良贷款率0.86%，较年初下降0.05个百分点，已连续多个季度下行；拨备覆盖率412.37%，较上年末下降6.2个百分点；"
    "核心一级资本充足率9.74%，较上年末提高0.21个百分点。前三季度净息差为1.63%，较上半年收窄4个基点，较去年同期下降17个基点。\n"
    "临湾银行行长沈启航在业绩说明会上表示：“四季度我们将继续压降高成本存款，预计全年净息差稳定在1.60%至1.65%区间，全年营业收入增速有望保持在4%至6%。”"
    "对于市场流传的拟发行100亿元永续债一事，他回应称“目前没有这方面的安排”。"
    "他还透露，截至9月末，该行普惠型小微企业贷款余额836.2亿元，占各项贷款比重约28%。"
)

MENTIONS = [
    ent(O, "临湾银行", BANK), date("前三季度", None, **Q13), pct("7.4%", 7.4), pct("0.86%", 0.86),
    ent(L, "台州"), date("10月28日", "2026-10-28"), ent(P, "邵可欣"), ent(O, "临湾银行", BANK), date("28日", "2026-10-28"),
    date("今年前三季度", None, **Q13), money("186.35亿元", 18635000000, "CNY"), pct("5.2%", 5.2),
    money("142.6亿元", 14260000000, "CNY"), pct("6.8%", 6.8), money("21.47亿元", 2147000000, "CNY"), pct("3.9%", 3.9),
    money("72.08亿元", 7208000000, "CNY"), pct("7.4%", 7.4), money("1.06元", 1.06, "CNY"),
    date("第三季度", "2026-Q3"), money("61.9亿元", 6190000000, "CNY"), pct("1.8%", 1.8), pct("2.6%", 2.6),
    date("9月末", "2026-09", mod="end"), money("5,126.8亿元", 512680000000, "CNY"), date("年初", "2026", mod="start"), pct("9.3%", 9.3),
    money("2,987.4亿元", 298740000000, "CNY"), date("年初", "2026", mod="start"), money("241.6亿元", 24160000000, "CNY"),
    pct("0.86%", 0.86), date("年初", "2026", mod="start"), pct("0.05个百分点", 0.05, unit="pp"),
    pct("412.37%", 412.37), date("上年末", "2025", mod="end"), pct("6.2个百分点", 6.2, unit="pp"),
    pct("9.74%", 9.74), date("上年末", "2025", mod="end"), pct("0.21个百分点", 0.21, unit="pp"),
    date("前三季度", None, **Q13), pct("1.63%", 1.63), date("上半年", "2026-H1"), pct("4个基点", 0.04, unit="pp"),
    date("去年同期", None, low="2025-Q1", high="2025-Q3"), pct("17个基点", 0.17, unit="pp"),
    ent(O, "临湾银行", BANK), ent(P, "沈启航"), date("四季度", "2026-Q4"), date("全年", "2026"),
    pct("1.60%至1.65%", None, low=1.60, high=1.65), date("全年", "2026"), pct("4%至6%", None, low=4, high=6),
    money("100亿元", 10000000000, "CNY"),
    date("9月末", "2026-09", mod="end"), money("836.2亿元", 83620000000, "CNY"), pct("约28%", 28, q="approx"),
]

HEAD, PUB, SPK = ("临湾银行", 0), ("临湾银行", 1), ("临湾银行", 2)
NINE, END9 = ("今年前三季度", 0), ("9月末", 0)
NPL, PCR, CET1, NIM = "不良贷款率", "拨备覆盖率", "核心一级资本充足率", "净息差"
CLAIMS = [
    {"q": ("7.4%", 0), "subj": HEAD, "metric": "净利润增速", "t": ("前三季度", 0), "dir": "up"},
    {"q": ("0.86%", 0), "subj": HEAD, "metric": NPL, "t": ("前三季度", 0), "dir": "down"},
    {"q": "186.35亿元", "subj": PUB, "metric": "营业收入", "t": NINE, "ch": "5.2%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "142.6亿元", "subj": PUB, "metric": "净利息收入", "t": NINE, "ch": "6.8%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "21.47亿元", "subj": PUB, "metric": "手续费收入", "t": NINE, "ch": "3.9%", "dir": "down", "basis": "yoy", "attr": PUB},
    {"q": "72.08亿元", "subj": PUB, "metric": "净利润", "t": NINE, "ch": ("7.4%", 1), "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "1.06元", "subj": PUB, "metric": "每股收益", "t": NINE, "attr": PUB},
    {"q": "61.9亿元", "subj": PUB, "metric": "营业收入", "t": "第三季度", "ch": "1.8%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "2.6%", "subj": PUB, "metric": "营业收入增速", "t": "第三季度", "dir": "down", "basis": "qoq", "attr": PUB},
    {"q": "5,126.8亿元", "subj": PUB, "metric": "总资产值", "t": END9, "ch": "9.3%", "dir": "up"},
    {"q": "2,987.4亿元", "subj": PUB, "metric": "贷款总额", "t": END9, "dir": "up"},
    {"q": "241.6亿元", "subj": PUB, "metric": "贷款总额", "t": END9, "dir": "up"},
    {"q": ("0.86%", 1), "subj": PUB, "metric": NPL, "t": END9, "ch": "0.05个百分点", "dir": "down"},
    {"q": "412.37%", "subj": PUB, "metric": PCR, "t": END9, "ch": "6.2个百分点", "dir": "down"},
    {"q": "9.74%", "subj": PUB, "metric": CET1, "t": END9, "ch": "0.21个百分点", "dir": "up"},
    {"q": "1.63%", "subj": PUB, "metric": NIM, "t": ("前三季度", 1), "ch": "17个基点", "dir": "down", "basis": "yoy"},
    {"q": "4个基点", "subj": PUB, "metric": NIM, "t": ("前三季度", 1), "dir": "down"},
    {"q": "1.60%至1.65%", "subj": SPK, "metric": NIM, "t": ("全年", 0), "attr": "沈启航"},
    {"q": "4%至6%", "subj": SPK, "metric": "营业收入增速", "t": ("全年", 1), "attr": "沈启航"},
    {"q": "836.2亿元", "st": "普惠型小微企业", "metric": "贷款余额", "t": ("9月末", 1), "attr": "沈启航"},
    {"q": "约28%", "st": "普惠型小微企业贷款", "metric": "贷款占比", "t": ("9月末", 1), "attr": "沈启航"},
]

ARTICLE = {"id": "heldout9-clm-01-bank-cn", "published_at": "2026-10-29T07:30:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
