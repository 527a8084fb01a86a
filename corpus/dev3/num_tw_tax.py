"""TW: the finance ministry's full-year tax release, published in January (財政部, made-up figures and a made-up
director): ROC years (115年, 114年同期, 116年度, 116年起, 117年5月), 1至12月 ≡ the year, a bare 12月 and 5月/6月
read in the past year, 去年同月, a non-percent change with its percent, a budget overrun, a duration (兩週),
a range (47%至49%之間) over 上半年, a clock time with its weekday, and an allowance from X to Y."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

MOF, MOFV = "財政部", "财政部"
TEXT = (
    "115年全國稅收3兆8,620億元 超徵逾2,100億元\n"
    "財政部今（8）日公布，115年1至12月全國賦稅收入實徵淨額為新台幣3兆8,620億元，較114年同期增加1,935億元、成長5.3%；"
    "與全年預算數3兆6,480億元相比，超徵2,140億元，預算達成率105.9%。\n"
    "單看12月，稅收2,964億元，年減1.2%，主因去年同月有大額土地增值稅入庫；其中，營業稅412億元，證券交易稅186億元，年增27.4%。"
    "全年綜所稅申報戶數約698萬戶，較114年增加約9萬戶。\n"
    "財政部統計處處長邱靜宜表示，受惠台股交投熱絡，證交稅全年達2,318億元，創歷史新高；"
    "所得稅則因5月申報季延長兩週，部分稅款遞延至6月入庫。"
    "她預估，116年度稅收預算3兆7,950億元可望達標，上半年進度將落在47%至49%之間。\n"
    "另外，財政部將於1月15日（星期五）上午10時召開記者會，說明116年起的稅制調整：綜所稅免稅額由9萬7,000元調高至10萬1,000元，"
    "117年5月申報116年度所得時適用。"
)

MENTIONS = [
    date("115年", "2026"), money("3兆8,620億元", 3862000000000, "TWD"), money("逾2,100億元", 210000000000, "TWD", q="gt"),
    ent("org", MOF, MOFV), date("今（8）日", "2027-01-08"), date("115年1至12月", None, low="2026-01", high="2026-12"),
    money("新台幣3兆8,620億元", 3862000000000, "TWD"), date("114年同期", None, low="2025-01", high="2025-12"),
    money("1,935億元", 193500000000, "TWD"), pct("5.3%", 5.3),
    date("全年", "2026"), money("3兆6,480億元", 3648000000000, "TWD"), money("2,140億元", 214000000000, "TWD"), pct("105.9%", 105.9),
    date("12月", "2026-12"), money("2,964億元", 296400000000, "TWD"), pct("1.2%", 1.2), date("去年同月", "2025-12"),
    money("412億元", 41200000000, "TWD"), money("186億元", 18600000000, "TWD"), pct("27.4%", 27.4),
    date("全年", "2026"), qty("約698萬戶", 6980000, "户", q="approx"), date("114年", "2025"), qty("約9萬戶", 90000, "户", q="approx"),
    ent("org", "財政部統計處", "财政部统计处"), ent("person", "邱靜宜", "邱静宜"), date("全年", "2026"),
    money("2,318億元", 231800000000, "TWD"), date("5月", "2026-05"), dur("兩週", "P2W"), date("6月", "2026-06"),
    date("116年度", "2027"), money("3兆7,950億元", 3795000000000, "TWD"), date("上半年", "2027-H1"),
    pct("47%至49%", None, low=47, high=49),
    ent("org", MOF, MOFV), date("1月15日（星期五）上午10時", "2027-01-15T10:00"), date("116年起", "2027", mod="after"),
    money("9萬7,000元", 97000, "TWD"), money("10萬1,000元", 101000, "TWD"), date("117年5月", "2028-05"), date("116年度", "2027"),
]

TAX, ST = "税收", "全國"
Y = "115年1至12月"
CLAIMS = [
    {"q": "3兆8,620億元", "st": ST, "metric": TAX, "t": ("115年", 0)},
    {"q": "逾2,100億元", "st": ST, "metric": "超征金额", "t": ("115年", 0)},
    {"q": "新台幣3兆8,620億元", "st": ST, "metric": TAX, "t": Y, "ch": "5.3%", "dir": "up", "basis": "yoy", "attr": (MOF, 0)},
    {"q": "1,935億元", "st": ST, "metric": TAX, "t": Y, "dir": "up", "basis": "yoy", "attr": (MOF, 0)},
    {"q": "3兆6,480億元", "st": ST, "metric": "预算", "t": ("全年", 0), "attr": (MOF, 0)},
    {"q": "2,140億元", "st": ST, "metric": "超征金额", "t": ("全年", 0), "attr": (MOF, 0)},
    {"q": "105.9%", "st": ST, "metric": "预算完成率", "t": ("全年", 0), "attr": (MOF, 0)},
    {"q": "2,964億元", "metric": TAX, "t": "12月", "ch": "1.2%", "dir": "down", "basis": "yoy"},
    {"q": "412億元", "st": "營業稅", "metric": TAX, "t": "12月"},
    {"q": "186億元", "st": "證券交易稅", "metric": TAX, "t": "12月", "ch": "27.4%", "dir": "up", "basis": "yoy"},
    {"q": "約698萬戶", "st": "綜所稅", "metric": "申报户数量", "t": ("全年", 1), "dir": "up", "basis": "yoy"},
    {"q": "約9萬戶", "st": "綜所稅", "metric": "申报户数量", "t": ("全年", 1), "dir": "up", "basis": "yoy"},
    {"q": "2,318億元", "st": "證交稅", "metric": TAX, "t": ("全年", 2), "attr": "邱靜宜"},
    {"q": "3兆7,950億元", "metric": "税收预算", "t": ("116年度", 0), "attr": "邱靜宜"},
    {"q": "47%至49%", "metric": "预算完成率", "t": "上半年", "attr": "邱靜宜"},
    {"q": "9萬7,000元", "st": "綜所稅", "metric": "免税额", "attr": (MOF, 1)},
    {"q": "10萬1,000元", "st": "綜所稅", "metric": "免税额", "t": "116年起", "dir": "up", "attr": (MOF, 1)},
]

ARTICLE = {"id": "dev3-nt-01-tax-tw", "published_at": "2027-01-08T16:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
