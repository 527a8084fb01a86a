"""CN: a provincial statistics bureau's three-quarter release: 前三季度 GDP with 同比 and a
percentage-point acceleration against 上半年 (a claim of its own, basis null), three industries in
；-sentences, holder phrases with no entity (全省, 全省规模以上工业, 规模以上工业, 制造业), 9月份 with both
同比 and 环比 growth rates (each a claim), a 1-8月 month range, retail sales with 其中 urban/rural split,
investment with 比上年同期 (a date mention, basis yoy), trade with 其中 exports and imports, a
spokesperson's quote with a conditional target (no claim), and 她指出 for an unemployment rate
whose own change is a month-on-month percentage point."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct

O, P, L = "org", "person", "location"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
B13 = {"low": "2025-Q1", "high": "2025-Q3"}
TEXT = (
    "前三季度安徽地区生产总值同比增长5.8%\n"
    "本报记者 葛文涛\n"
    "安徽省统计局19日发布数据，前三季度，全省地区生产总值38652.4亿元，同比增长5.8%，比上半年加快0.3个百分点。"
    "分产业看，第一产业增加值2315.7亿元，同比增长3.6%；第二产业增加值15102.8亿元，同比增长6.4%；第三产业增加值21233.9亿元，同比增长5.5%。\n"
    "前三季度，全省规模以上工业增加值同比增长7.2%，其中，制造业同比增长7.9%，高技术制造业同比增长11.3%。"
    "9月份，规模以上工业增加值同比增长6.8%，环比增长0.6%。"
    "1-8月，全省规模以上工业企业营业收入3.46万亿元，同比增长4.1%。\n"
    "前三季度，全省社会消费品零售总额17285.6亿元，同比增长5.1%。"
    "城镇消费品零售额14930.2亿元，同比增长5.0%；乡村消费品零售额2355.4亿元，同比增长5.7%。\n"
    "前三季度，全省固定资产投资同比增长3.2%，其中工业投资同比增长9.6%，民间投资比上年同期下降0.9%。"
    "全省进出口总值6524.7亿元，同比增长8.3%；其中，出口4236.1亿元，同比增长12.5%，进口2288.6亿元，同比增长1.2%。\n"
    "安徽省统计局新闻发言人陶立群表示：“全省经济运行总体平稳。如果四季度增速保持在5%以上，预期目标可顺利完成。”"
    "她指出，9月份全省城镇调查失业率为5.1%，环比下降0.1个百分点。"
)

MENTIONS = [
    date("前三季度", None, **Q13), ent(L, "安徽"), pct("5.8%", 5.8),
    ent(P, "葛文涛"),
    ent(O, "安徽省统计局"), date("19日", "2026-10-19"), date("前三季度", None, **Q13),
    money("38652.4亿元", 3865240000000, "CNY"), pct("5.8%", 5.8), date("上半年", "2026-H1"), pct("0.3个百分点", 0.3, unit="pp"),
    money("2315.7亿元", 231570000000, "CNY"), pct("3.6%", 3.6),
    money("15102.8亿元", 1510280000000, "CNY"), pct("6.4%", 6.4),
    money("21233.9亿元", 2123390000000, "CNY"), pct("5.5%", 5.5),
    date("前三季度", None, **Q13), pct("7.2%", 7.2), pct("7.9%", 7.9), pct("11.3%", 11.3),
    date("9月份", "2026-09"), pct("6.8%", 6.8), pct("0.6%", 0.6),
    date("1-8月", None, low="2026-01", high="2026-08"), money("3.46万亿元", 3460000000000, "CNY"), pct("4.1%", 4.1),
    date("前三季度", None, **Q13), money("17285.6亿元", 1728560000000, "CNY"), pct("5.1%", 5.1),
    money("14930.2亿元", 1493020000000, "CNY"), pct("5.0%", 5.0),
    money("2355.4亿元", 235540000000, "CNY"), pct("5.7%", 5.7),
    date("前三季度", None, **Q13), pct("3.2%", 3.2), pct("9.6%", 9.6), date("上年同期", None, **B13), pct("0.9%", 0.9),
    money("6524.7亿元", 652470000000, "CNY"), pct("8.3%", 8.3),
    money("4236.1亿元", 423610000000, "CNY"), pct("12.5%", 12.5), money("2288.6亿元", 228860000000, "CNY"), pct("1.2%", 1.2),
    ent(O, "安徽省统计局"), ent(P, "陶立群"), date("四季度", "2026-Q4"), pct("5%以上", 5, q="gt"),
    date("9月份", "2026-09"), pct("5.1%", 5.1), pct("0.1个百分点", 0.1, unit="pp"),
]

BUR = ("安徽省统计局", 0)
T0 = ("前三季度", 1)
IND = ("前三季度", 2)
RET = ("前三季度", 3)
INV = ("前三季度", 4)
CLAIMS = [
    {"q": ("5.8%", 0), "subj": "安徽", "metric": "地区生产总值增速", "t": ("前三季度", 0), "dir": "up", "basis": "yoy"},
    {"q": "38652.4亿元", "st": "全省", "metric": "地区生产总值", "t": T0, "ch": ("5.8%", 1), "dir": "up", "basis": "yoy", "attr": BUR},
    {"q": "0.3个百分点", "st": "全省", "metric": "地区生产总值增速", "t": T0, "dir": "up", "attr": BUR},
    {"q": "2315.7亿元", "st": "第一产业", "metric": "增加值", "t": T0, "ch": "3.6%", "dir": "up", "basis": "yoy", "attr": BUR},
    {"q": "15102.8亿元", "st": "第二产业", "metric": "增加值", "t": T0, "ch": "6.4%", "dir": "up", "basis": "yoy", "attr": BUR},
    {"q": "21233.9亿元", "st": "第三产业", "metric": "增加值", "t": T0, "ch": "5.5%", "dir": "up", "basis": "yoy", "attr": BUR},
    {"q": "7.2%", "st": "全省规模以上工业", "metric": "工业增加值增速", "t": IND, "dir": "up", "basis": "yoy"},
    {"q": "7.9%", "st": "制造业", "metric": "工业增加值增速", "t": IND, "dir": "up", "basis": "yoy"},
    {"q": "11.3%", "st": "高技术制造业", "metric": "工业增加值增速", "t": IND, "dir": "up", "basis": "yoy"},
    {"q": "6.8%", "st": "规模以上工业", "metric": "工业增加值增速", "t": ("9月份", 0), "dir": "up", "basis": "yoy"},
    {"q": "0.6%", "st": "规模以上工业", "metric": "工业增加值增速", "t": ("9月份", 0), "dir": "up", "basis": "qoq"},
    {"q": "3.46万亿元", "st": "全省规模以上工业企业", "metric": "营业收入", "t": "1-8月", "ch": "4.1%", "dir": "up", "basis": "yoy"},
    {"q": "17285.6亿元", "st": "全省社会消费品", "metric": "零售总额", "t": RET, "ch": ("5.1%", 0), "dir": "up", "basis": "yoy"},
    {"q": "14930.2亿元", "st": "城镇消费品", "metric": "零售额", "t": RET, "ch": "5.0%", "dir": "up", "basis": "yoy"},
    {"q": "2355.4亿元", "st": "乡村消费品", "metric": "零售额", "t": RET, "ch": "5.7%", "dir": "up", "basis": "yoy"},
    {"q": "3.2%", "st": "全省", "metric": "固定资产投资增速", "t": INV, "dir": "up", "basis": "yoy"},
    {"q": "9.6%", "st": "工业", "metric": "投资增速", "t": INV, "dir": "up", "basis": "yoy"},
    {"q": "0.9%", "st": "民间", "metric": "投资增速", "t": INV, "dir": "down", "basis": "yoy"},
    {"q": "6524.7亿元", "st": "全省", "metric": "进出口总值", "t": INV, "ch": "8.3%", "dir": "up", "basis": "yoy"},
    {"q": "4236.1亿元", "st": "全省", "metric": "出口额", "t": INV, "ch": "12.5%", "dir": "up", "basis": "yoy"},
    {"q": "2288.6亿元", "st": "全省", "metric": "进口额", "t": INV, "ch": "1.2%", "dir": "up", "basis": "yoy"},
    {"q": ("5.1%", 1), "st": "全省城镇", "metric": "调查失业率", "t": ("9月份", 1), "ch": "0.1个百分点", "dir": "down", "basis": "qoq", "attr": "陶立群"},
]

ARTICLE = {"id": "heldout7-clm-01-province-cn", "published_at": "2026-10-20T09:30:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
