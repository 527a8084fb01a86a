"""CN: a tea-drinks chain's annual results: a headline with 去年 and a per-share dividend, 3月25日晚间
with a 2025年 report published (attribution carried through its paragraph), revenue, net profit and
a gross margin with a percentage-point change 同比 (yoy), segments with 其中 in ；-sentences (a
segment's share of revenue held by the company), segment revenue with no change, a product (in quotes) holding its own sales count, store counts at
截至2025年12月31日 with a non-percent change against 2024年末 (basis null) and 其中 counts by store
type, openings and closings, a CEO's quote with a 2026 plan and a 突破 threshold (direction null), 他表示
with a final dividend per share, its total and a payout ratio (约 touching it), and a conditional
(若…上涨10%…约1个百分点) that gives no claim."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
CO = "茶悦"
TEXT = (
    "茶悦去年净利润增长18.4% 拟每股派息0.36元\n"
    "本报记者 邵明远\n"
    "3月25日晚间，新茶饮连锁品牌茶悦饮品股份有限公司发布2025年年度业绩公告。"
    "公告显示，报告期内，公司实现营业收入86.42亿元，同比增长15.7%；归母净利润9.68亿元，同比增长18.4%；毛利率为62.3%，同比提升1.2个百分点。"
    "分业务看，门店饮品销售收入71.36亿元，同比增长13.2%，占总营收的82.6%；其中，加盟门店贡献收入48.05亿元，直营门店贡献收入23.31亿元；"
    "零售及电商业务收入9.85亿元，同比增长36.4%；供应链及其他业务收入5.21亿元。招牌产品“茉莉青柠”销量约1.2亿杯，同比增长21.5%。\n"
    "截至2025年12月31日，茶悦门店总数达9,862家，较2024年末净增1,415家，其中加盟门店9,107家，直营门店755家。"
    "2025年，茶悦新开门店2,036家，关闭门店621家。\n"
    "茶悦董事长兼首席执行官罗嘉宁在业绩说明会上表示：“2026年公司计划新开门店2,500家，海外门店数量力争突破300家。”"
    "他表示，公司拟派发2025年度末期股息每股0.36元，合计约5.4亿元，派息比率约55.8%。"
    "他也坦言，若原材料成本上涨10%，毛利率或下降约1个百分点。"
)

MENTIONS = [
    ent(O, "茶悦", CO), date("去年", "2025"), pct("18.4%", 18.4), money("0.36元", 0.36, "CNY"),
    ent(P, "邵明远"),
    date("3月25日", "2026-03-25"), ent(O, "茶悦饮品股份有限公司", CO), date("2025年", "2025"),
    money("86.42亿元", 8642000000, "CNY"), pct("15.7%", 15.7), money("9.68亿元", 968000000, "CNY"), pct("18.4%", 18.4),
    pct("62.3%", 62.3), pct("1.2个百分点", 1.2, unit="pp"),
    money("71.36亿元", 7136000000, "CNY"), pct("13.2%", 13.2), pct("82.6%", 82.6),
    money("48.05亿元", 4805000000, "CNY"), money("23.31亿元", 2331000000, "CNY"),
    money("9.85亿元", 985000000, "CNY"), pct("36.4%", 36.4), money("5.21亿元", 521000000, "CNY"),
    ent("product", "茉莉青柠"), qty("约1.2亿杯", 120000000, "杯", q="approx"), pct("21.5%", 21.5),
    date("2025年12月31日", "2025-12-31"), ent(O, "茶悦", CO), qty("9,862家", 9862, "家"), date("2024年末", "2024", mod="end"),
    qty("1,415家", 1415, "家"), qty("9,107家", 9107, "家"), qty("755家", 755, "家"),
    date("2025年", "2025"), ent(O, "茶悦", CO), qty("2,036家", 2036, "家"), qty("621家", 621, "家"),
    ent(O, "茶悦", CO), ent(P, "罗嘉宁"), date("2026年", "2026"), qty("2,500家", 2500, "家"), qty("300家", 300, "家"),
    date("2025年度", "2025"), money("0.36元", 0.36, "CNY"), money("约5.4亿元", 540000000, "CNY", q="approx"), pct("约55.8%", 55.8, q="approx"),
    pct("10%", 10), pct("约1个百分点", 1, unit="pp", q="approx"),
]

PUB = ("茶悦饮品股份有限公司", 0)
Y25 = ("2025年", 0)
ST = ("茶悦", 1)
CEO = ("茶悦", 3)
CLAIMS = [
    {"q": ("18.4%", 0), "subj": ("茶悦", 0), "metric": "净利润增速", "t": "去年", "dir": "up"},
    {"q": ("0.36元", 0), "subj": ("茶悦", 0), "metric": "股息", "t": "去年"},
    {"q": "86.42亿元", "subj": PUB, "metric": "营业收入", "t": Y25, "ch": "15.7%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "9.68亿元", "subj": PUB, "metric": "净利润", "t": Y25, "ch": ("18.4%", 1), "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "62.3%", "subj": PUB, "metric": "毛利率", "t": Y25, "ch": "1.2个百分点", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "71.36亿元", "st": "门店饮品", "metric": "营业收入", "t": Y25, "ch": "13.2%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "82.6%", "subj": PUB, "metric": "营收占比", "t": Y25, "attr": PUB},
    {"q": "48.05亿元", "st": "加盟门店", "metric": "营业收入", "t": Y25, "attr": PUB},
    {"q": "23.31亿元", "st": "直营门店", "metric": "营业收入", "t": Y25, "attr": PUB},
    {"q": "9.85亿元", "st": "零售及电商业务", "metric": "营业收入", "t": Y25, "ch": "36.4%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "5.21亿元", "st": "供应链及其他业务", "metric": "营业收入", "t": Y25, "attr": PUB},
    {"q": "约1.2亿杯", "subj": "茉莉青柠", "metric": "销量", "t": Y25, "ch": "21.5%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "9,862家", "subj": ST, "metric": "门店数量", "t": "2025年12月31日", "dir": "up"},
    {"q": "1,415家", "subj": ST, "metric": "门店数量", "t": "2025年12月31日", "dir": "up"},
    {"q": "9,107家", "subj": ST, "metric": "加盟门店数量", "t": "2025年12月31日"},
    {"q": "755家", "subj": ST, "metric": "直营门店数量", "t": "2025年12月31日"},
    {"q": "2,036家", "subj": ("茶悦", 2), "metric": "新开门店数量", "t": ("2025年", 1)},
    {"q": "621家", "subj": ("茶悦", 2), "metric": "关闭门店数量", "t": ("2025年", 1)},
    {"q": "2,500家", "subj": CEO, "metric": "新开门店数量", "t": "2026年", "attr": "罗嘉宁"},
    {"q": "300家", "subj": CEO, "metric": "海外门店数量", "t": "2026年", "attr": "罗嘉宁"},
    {"q": ("0.36元", 1), "subj": CEO, "metric": "股息", "t": "2025年度", "attr": "罗嘉宁"},
    {"q": "约5.4亿元", "subj": CEO, "metric": "股息", "t": "2025年度", "attr": "罗嘉宁"},
    {"q": "约55.8%", "subj": CEO, "metric": "派息比率", "t": "2025年度", "attr": "罗嘉宁"},
]

ARTICLE = {"id": "heldout7-clm-04-results-cn", "published_at": "2026-03-26T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
