"""HK: the Census and Statistics Department's October retail sales and the Immigration
Department's visitor arrivals: 今日 with 2026年10月 and 較去年同月 (a date mention, basis yoy), a
provisional value in 億港元 and a volume growth of its own, three categories with 按年 (one a joint
holder written with 、 and 及), 首十個月 with 按年, visitor counts in 萬人次 with 約, a 其中 count
held by a place (內地) and its share, a year-to-date count with no change, a retail association
chairman's comment with a negated 100% (no claim), 她指出 with a per-visitor spend (約為 in the
span) and its yoy change, and 她預計 with two forecast ranges (11月及12月
as one date range, 全年 with 約 touching a range)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
M10 = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "10月零售業銷貨價值按年升3.6% 訪港旅客增逾一成\n"
    "政府統計處今日公布，2026年10月零售業總銷貨價值的臨時估計為339億港元，較去年同月上升3.6%；"
    "扣除價格變動後，零售業總銷貨數量的臨時估計按年上升2.1%。"
    "按貨品類別分析，珠寶首飾、鐘錶及名貴禮物的銷貨價值按年上升8.4%，藥物及化妝品按年上升5.2%，服裝及鞋類則按年下跌2.7%。"
    "綜合今年首十個月，零售業總銷貨價值的臨時估計為3,285億港元，按年上升1.9%。\n"
    "另據入境事務處數據，10月訪港旅客約482萬人次，按年增加11.6%；其中內地旅客約376萬人次，佔整體約78%。"
    "今年首十個月訪港旅客累計達4,105萬人次。\n"
    "香港零售管理協會主席馮嘉敏表示，旅客回升帶動高檔消費，但本港居民北上消費的趨勢未見逆轉，零售業生意不能說已經100%恢復。"
    "她指出，10月旅客人均消費約為6,200港元，較去年同月減少約4%。她預計，11月及12月零售業銷貨價值將按年上升3%至5%，全年則按年增長約1%至2%。"
    "她又指，協會將於下月與旅遊發展局合辦購物推廣活動，為期兩周。"
)

MENTIONS = [
    date("10月", "2026-10"), pct("3.6%", 3.6), pct("逾一成", 10, q="gt"),
    ent(O, "政府統計處", "政府统计处"), date("今日", "2026-12-02"), date("2026年10月", "2026-10"),
    money("339億港元", 33900000000, "HKD"), date("去年同月", "2025-10"), pct("3.6%", 3.6),
    pct("2.1%", 2.1),
    pct("8.4%", 8.4), pct("5.2%", 5.2), pct("2.7%", 2.7),
    date("今年首十個月", None, **M10), money("3,285億港元", 328500000000, "HKD"), pct("1.9%", 1.9),
    ent(O, "入境事務處", "入境事务处"), date("10月", "2026-10"), qty("約482萬人次", 4820000, "人次", q="approx"), pct("11.6%", 11.6),
    ent(L, "內地", "中国内地"), qty("約376萬人次", 3760000, "人次", q="approx"), pct("約78%", 78, q="approx"),
    date("今年首十個月", None, **M10), qty("4,105萬人次", 41050000, "人次"),
    ent(O, "香港零售管理協會", "香港零售管理协会"), ent(P, "馮嘉敏", "冯嘉敏"), ent(L, "本港", "香港"), pct("100%", 100),
    date("10月", "2026-10"), money("約為6,200港元", 6200, "HKD", q="approx"), date("去年同月", "2025-10"), pct("約4%", 4, q="approx"),
    date("11月及12月", None, low="2026-11", high="2026-12"), pct("3%至5%", None, low=3, high=5),
    date("全年", "2026"), pct("約1%至2%", None, q="approx", low=1, high=2),
    date("下月", "2027-01"), ent(O, "旅遊發展局", "香港旅游发展局"), dur("兩周", "P2W"),
]

CSD = "政府統計處"
OCT = "2026年10月"
CLAIMS = [
    {"q": ("3.6%", 0), "st": "零售業", "metric": "零售销货额增速", "t": ("10月", 0), "dir": "up", "basis": "yoy"},
    {"q": "逾一成", "metric": "访港旅客数量增速", "t": ("10月", 0), "dir": "up"},
    {"q": "339億港元", "st": "零售業", "metric": "零售销货额", "t": OCT, "ch": ("3.6%", 1), "dir": "up", "basis": "yoy", "attr": CSD},
    {"q": "2.1%", "st": "零售業", "metric": "零售销货量增速", "t": OCT, "dir": "up", "basis": "yoy", "attr": CSD},
    {"q": "8.4%", "st": "珠寶首飾、鐘錶及名貴禮物", "metric": "零售销货额增速", "t": OCT, "dir": "up", "basis": "yoy", "attr": CSD},
    {"q": "5.2%", "st": "藥物及化妝品", "metric": "零售销货额增速", "t": OCT, "dir": "up", "basis": "yoy", "attr": CSD},
    {"q": "2.7%", "st": "服裝及鞋類", "metric": "零售销货额增速", "t": OCT, "dir": "down", "basis": "yoy", "attr": CSD},
    {"q": "3,285億港元", "st": "零售業", "metric": "零售销货额", "t": ("今年首十個月", 0), "ch": "1.9%", "dir": "up", "basis": "yoy", "attr": CSD},
    {"q": "約482萬人次", "metric": "访港旅客数量", "t": ("10月", 1), "ch": "11.6%", "dir": "up", "basis": "yoy", "attr": "入境事務處"},
    {"q": "約376萬人次", "subj": "內地", "metric": "旅客数量", "t": ("10月", 1), "attr": "入境事務處"},
    {"q": "約78%", "subj": "內地", "metric": "占比", "t": ("10月", 1), "attr": "入境事務處"},
    {"q": "4,105萬人次", "metric": "访港旅客数量", "t": ("今年首十個月", 1), "attr": "入境事務處"},
    {"q": "約為6,200港元", "st": "旅客", "metric": "人均消费", "t": ("10月", 2), "ch": "約4%", "dir": "down", "basis": "yoy", "attr": "馮嘉敏"},
    {"q": "3%至5%", "st": "零售業", "metric": "零售销货额增速", "t": "11月及12月", "dir": "up", "basis": "yoy", "attr": "馮嘉敏"},
    {"q": "約1%至2%", "st": "零售業", "metric": "零售销货额增速", "t": "全年", "dir": "up", "basis": "yoy", "attr": "馮嘉敏"},
]

ARTICLE = {"id": "heldout7-clm-03-retail-hk", "published_at": "2026-12-02T16:30:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
