"""CN: a provincial statistics bureau's prices and jobs release (安徽, made-up figures and a made-up deputy head):
CPI 同比 with 环比, a 其中 breakdown, 1-10月 with its 上年同期 base, PPI with a pp 收窄, jobs against a target,
a range forecast (0.5%至1%之间), a negated figure in a quote and a hypothetical 如果 clause."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, pct, qty

YTD = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "安徽10月CPI同比上涨0.6% 前10月新增就业58.6万人\n"
    "安徽省统计局11月12日发布数据显示，10月份全省居民消费价格同比上涨0.6%，环比下降0.1%。"
    "其中，食品价格同比下降2.4%，猪肉价格下降11.2%；非食品价格上涨1.3%，服务价格上涨0.9%。"
    "1-10月平均，全省居民消费价格比上年同期上涨0.3%。\n"
    "10月份，全省工业生产者出厂价格同比下降1.8%，降幅比9月份收窄0.5个百分点。"
    "就业方面，前10个月全省城镇新增就业58.6万人，完成年度目标的97.7%；10月份全省城镇调查失业率为5.1%，与上月持平。\n"
    "安徽省统计局副局长周文澜表示，随着以旧换新政策持续发力，四季度全省居民消费价格涨幅预计在0.5%至1%之间，"
    "全年有望实现新增城镇就业70万人的目标。"
    "她同时提醒，猪肉价格仍在低位，“不能说物价已经回到2%以上的正常区间”；如果国际油价再跌10%，全年CPI涨幅可能降至0.2%以下。"
)

MENTIONS = [
    ent("location", "安徽"), date("10月", "2026-10"), pct("0.6%", 0.6), date("前10月", None, **YTD), qty("58.6万人", 586000, "人"),
    ent("org", "安徽省统计局"), date("11月12日", "2026-11-12"), date("10月份", "2026-10"), pct("0.6%", 0.6), pct("0.1%", 0.1),
    pct("2.4%", 2.4), pct("11.2%", 11.2), pct("1.3%", 1.3), pct("0.9%", 0.9),
    date("1-10月", None, **YTD), date("上年同期", None, low="2025-01", high="2025-10"), pct("0.3%", 0.3),
    date("10月份", "2026-10"), pct("1.8%", 1.8), date("9月份", "2026-09"), pct("0.5个百分点", 0.5, "pp"),
    date("前10个月", None, **YTD), qty("58.6万人", 586000, "人"), pct("97.7%", 97.7), date("10月份", "2026-10"), pct("5.1%", 5.1),
    date("上月", "2026-09"),
    ent("org", "安徽省统计局"), ent("person", "周文澜"), date("四季度", "2026-Q4"), pct("0.5%至1%", None, low=0.5, high=1),
    date("全年", "2026"), qty("70万人", 700000, "人"),
    pct("2%以上", 2, q="gt"), pct("10%", 10), date("全年", "2026"), pct("0.2%以下", 0.2, q="lt"),
]

CPI, JOBS, BUREAU = "消费者物价指数增速", "新增就业人数", ("安徽省统计局", 0)
M10 = ("10月份", 0)
CLAIMS = [
    {"q": ("0.6%", 0), "subj": "安徽", "metric": CPI, "t": "10月", "dir": "up", "basis": "yoy"},
    {"q": ("58.6万人", 0), "subj": "安徽", "metric": JOBS, "t": "前10月"},
    {"q": ("0.6%", 1), "st": "全省", "metric": CPI, "t": M10, "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "0.1%", "st": "全省", "metric": CPI, "t": M10, "dir": "down", "basis": "qoq", "attr": BUREAU},
    {"q": "2.4%", "st": "食品", "metric": "售价增速", "t": M10, "dir": "down", "basis": "yoy", "attr": BUREAU},
    {"q": "11.2%", "st": "猪肉", "metric": "售价增速", "t": M10, "dir": "down", "basis": "yoy", "attr": BUREAU},
    {"q": "1.3%", "st": "非食品", "metric": "售价增速", "t": M10, "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "0.9%", "st": "服务", "metric": "售价增速", "t": M10, "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "0.3%", "st": "全省", "metric": CPI, "t": "1-10月", "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "1.8%", "st": "全省", "metric": "工业生产者出厂价格增速", "t": ("10月份", 1), "dir": "down", "basis": "yoy"},
    {"q": "0.5个百分点", "st": "全省", "metric": "工业生产者出厂价格增速", "t": ("10月份", 1), "dir": "down", "basis": "qoq"},
    {"q": ("58.6万人", 1), "st": "全省城镇", "metric": JOBS, "t": "前10个月"},
    {"q": "97.7%", "st": "全省城镇", "metric": "目标完成率", "t": "前10个月"},
    {"q": "5.1%", "st": "全省城镇", "metric": "调查失业率", "t": ("10月份", 2)},
    {"q": "0.5%至1%", "st": "全省", "metric": CPI, "t": "四季度", "attr": "周文澜"},
    {"q": "70万人", "st": "全省", "metric": "新增就业目标", "t": ("全年", 0), "attr": "周文澜"},
]

ARTICLE = {"id": "dev3-cl-01-prices-cn", "published_at": "2026-11-12T10:30:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
