"""HK: salaries tax bills and the rebate, published in early January (稅務局, made-up figures and a made-up
commissioner): HK tax years (2025/26課稅年度, 2026/27課稅年度, 2025/26年度), 本月起 and 1月起 in January,
或之前 and 前 deadlines, a day range across the year boundary (去年12月1日至今年1月4日) with its prior-year 同期,
a surcharge rule, 6個月後, 去年全年, a conditional 超過10%, 28日內, and a clock-time range on a weekday (周六（9日）)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

IRD, IRDV = "稅務局", "香港税务局"
Y2526 = {"low": "2025-04", "high": "2026-03", "fiscal": True}
TEXT = (
    "稅局：薪俸稅寬減本月起生效 逾200萬人受惠\n"
    "稅務局今日表示，2025/26課稅年度薪俸稅及個人入息課稅寬減100%，上限為3,000元，約有205萬名納稅人受惠，涉及款額約46億元；"
    "寬減已在1月起發出的繳稅通知書中反映。\n"
    "納稅人須於2月2日（星期二）或之前繳付第一期稅款，第二期則在4月30日前繳交。"
    "稅局於去年12月1日至今年1月4日已發出約182萬份繳稅通知書，較上一個課稅年度同期增加約4%。\n"
    "稅務局局長黃綺雯提醒，逾期未繳者會被加徵5%附加費，6個月後仍未繳清再加徵10%；"
    "去年全年共有約1萬3,500宗個案被加徵附加費，涉及稅款約2億1,000萬元。"
    "她又指，2026/27課稅年度的暫繳薪俸稅按2025/26年度的入息計算，市民如預計今年入息下跌超過10%，可於繳稅期限前28日內申請暫緩繳納；"
    "電子報稅系統將於周六（9日）凌晨1時至早上7時暫停服務，為期6小時。"
)

MENTIONS = [
    ent("org", "稅局", IRDV), date("本月起", "2027-01", mod="after"), qty("逾200萬人", 2000000, "人", q="gt"),
    ent("org", IRD, IRDV), date("今日", "2027-01-05"), date("2025/26課稅年度", None, **Y2526), pct("100%", 100),
    money("3,000元", 3000, "HKD"), qty("約有205萬名", 2050000, "名", q="approx"), money("約46億元", 4600000000, "HKD", q="approx"),
    date("1月起", "2027-01", mod="after"),
    date("2月2日（星期二）或之前", "2027-02-02", mod="before"), date("4月30日前", "2027-04-30", mod="before"),
    ent("org", "稅局", IRDV), date("去年12月1日至今年1月4日", None, low="2026-12-01", high="2027-01-04"),
    qty("約182萬份", 1820000, "份", q="approx"), date("上一個課稅年度同期", None, low="2025-12-01", high="2026-01-04"),
    pct("約4%", 4, q="approx"),
    ent("org", IRD, IRDV), ent("person", "黃綺雯", "黄绮雯"), pct("5%", 5), dur("6個月", "P6M"), pct("10%", 10),
    date("去年全年", "2026"), qty("約1萬3,500宗", 13500, "宗", q="approx"), money("約2億1,000萬元", 210000000, "HKD", q="approx"),
    date("2026/27課稅年度", None, low="2026-04", high="2027-03", fiscal=True), date("2025/26年度", None, **Y2526),
    date("今年", "2027"), pct("超過10%", 10, q="gt"), dur("28日內", "P28D", q="lte"),
    date("周六（9日）凌晨1時至早上7時", None, low="2027-01-09T01:00", high="2027-01-09T07:00"), dur("6小時", "PT6H"),
]

T = "2025/26課稅年度"
ST = "薪俸稅及個人入息課稅"
CLAIMS = [
    {"q": "逾200萬人", "st": "薪俸稅寬減", "metric": "受惠纳税人数量", "attr": ("稅局", 0)},
    {"q": "100%", "st": ST, "metric": "宽减比例", "t": T, "attr": (IRD, 0)},
    {"q": "3,000元", "st": ST, "metric": "宽减上限", "t": T, "attr": (IRD, 0)},
    {"q": "約有205萬名", "st": ST, "metric": "受惠纳税人数量", "t": T, "attr": (IRD, 0)},
    {"q": "約46億元", "st": ST, "metric": "宽减金额", "t": T, "attr": (IRD, 0)},
    {"q": "約182萬份", "subj": ("稅局", 1), "metric": "缴税通知书数量", "t": "去年12月1日至今年1月4日", "ch": "約4%",
     "dir": "up", "basis": "yoy"},
    {"q": "5%", "st": "逾期未繳者", "metric": "附加费率", "attr": "黃綺雯"},
    {"q": ("10%", 0), "st": "逾期未繳者", "metric": "附加费率", "attr": "黃綺雯"},
    {"q": "約1萬3,500宗", "st": "逾期未繳者", "metric": "个案数量", "t": "去年全年", "attr": "黃綺雯"},
    {"q": "約2億1,000萬元", "st": "逾期未繳者", "metric": "税款", "t": "去年全年", "attr": "黃綺雯"},
]

ARTICLE = {"id": "dev3-nt-05-tax-hk", "published_at": "2027-01-05T15:30:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
