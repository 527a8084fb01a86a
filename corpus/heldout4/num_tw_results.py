"""TW: a chip maker's monthly revenue and results: N億N萬N元 amounts, 月增/年增, 1至11月 and 前11月
year-to-date with 去年同期, a bare ROC year (113年), 明（116）年 with a weekday and a clock time, bare
months across the year boundary (12月, 1月10日前), 兩年零三個月, 公頃, an adjacent-numeral range
(五六百萬顆), a share close with its move and counts in 張."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "台鈺電子11月營收年增18.6% 前11月累計逾352億元\n"
    "【記者林冠廷／台北報導】電源管理晶片廠台鈺電子今（10）日公布11月合併營收36億8,450萬元，月增4.2%、年增18.6%，創單月新高；"
    "今年1至11月累計營收352億1,200萬元，較去年同期成長12.3%。\n"
    "台鈺財務長陳怡君表示，受惠伺服器客戶拉貨，第四季營收可望季增8%至10%，全年營收有望首度突破380億元。"
    "她指出，113年營收為318億元，稅後純益41億5,600萬元，每股純益5.82元；今年前三季每股純益4.96元，高於去年同期的4.12元。\n"
    "陳怡君說，新竹廠第二期擴建歷時兩年零三個月，已於上月完工，新增廠房約1.2公頃，月產能可增加五六百萬顆。"
    "公司將於明（116）年1月15日（星期五）下午2時30分召開法說會，12月營收則於1月10日前公布。\n"
    "證交所資料顯示，台鈺今日收盤價為286.5元，上漲3.8%，成交量1萬2,350張；外資今日買超約4,800張。"
)

MENTIONS = [
    ent(O, "台鈺電子", "台钰电子"), date("11月", "2026-11"), pct("18.6%", 18.6), date("前11月", None, low="2026-01", high="2026-11"),
    money("逾352億元", 35200000000, "TWD", q="gt"),
    ent(P, "林冠廷"), ent(L, "台北"), ent(O, "台鈺電子", "台钰电子"), date("今（10）日", "2026-12-10"), date("11月", "2026-11"),
    money("36億8,450萬元", 3684500000, "TWD"), pct("4.2%", 4.2), pct("18.6%", 18.6),
    date("今年1至11月", None, low="2026-01", high="2026-11"), money("352億1,200萬元", 35212000000, "TWD"),
    date("去年同期", None, low="2025-01", high="2025-11"), pct("12.3%", 12.3),
    ent(O, "台鈺", "台钰电子"), ent(P, "陳怡君", "陈怡君"), date("第四季", "2026-Q4"), pct("8%至10%", None, low=8, high=10),
    date("全年", "2026"), money("380億元", 38000000000, "TWD"),
    date("113年", "2024"), money("318億元", 31800000000, "TWD"), money("41億5,600萬元", 4156000000, "TWD"), money("5.82元", 5.82, "TWD"),
    date("今年前三季", None, low="2026-Q1", high="2026-Q3"), money("4.96元", 4.96, "TWD"),
    date("去年同期", None, low="2025-Q1", high="2025-Q3"), money("4.12元", 4.12, "TWD"),
    ent(P, "陳怡君", "陈怡君"), ent(L, "新竹"), dur("兩年零三個月", "P27M"), date("上月", "2026-11"),
    qty("約1.2公頃", 1.2, "公顷", q="approx"), qty("五六百萬顆", None, "颗", q="approx", low=5000000, high=6000000),
    date("明（116）年1月15日（星期五）下午2時30分", "2027-01-15T14:30"), date("12月", "2026-12"),
    date("1月10日前", "2027-01-10", mod="before"),
    ent(O, "證交所", "台湾证券交易所"), ent(O, "台鈺", "台钰电子"), date("今日", "2026-12-10"), money("286.5元", 286.5, "TWD"),
    pct("3.8%", 3.8), qty("1萬2,350張", 12350, "张"), date("今日", "2026-12-10"), qty("約4,800張", 4800, "张", q="approx"),
]

CO = ("台鈺電子", 1)
CFO = ("陳怡君", 0)
CLAIMS = [
    {"q": ("18.6%", 0), "subj": ("台鈺電子", 0), "metric": "营业收入增速", "t": ("11月", 0), "dir": "up", "basis": "yoy"},
    {"q": "逾352億元", "subj": ("台鈺電子", 0), "metric": "营业收入", "t": "前11月"},
    {"q": "36億8,450萬元", "subj": CO, "metric": "营业收入", "t": ("11月", 1), "ch": ("18.6%", 1), "dir": "up", "basis": "yoy", "attr": CO},
    {"q": "4.2%", "subj": CO, "metric": "营业收入增速", "t": ("11月", 1), "dir": "up", "basis": "qoq", "attr": CO},
    {"q": "352億1,200萬元", "subj": CO, "metric": "营业收入", "t": "今年1至11月", "ch": "12.3%", "dir": "up", "basis": "yoy", "attr": CO},
    {"q": "8%至10%", "subj": ("台鈺", 0), "metric": "营业收入增速", "t": "第四季", "dir": "up", "basis": "qoq", "attr": CFO},
    {"q": "380億元", "subj": ("台鈺", 0), "metric": "营业收入", "t": "全年", "attr": CFO},
    {"q": "318億元", "subj": ("台鈺", 0), "metric": "营业收入", "t": "113年", "attr": CFO},
    {"q": "41億5,600萬元", "subj": ("台鈺", 0), "metric": "净利润", "t": "113年", "attr": CFO},
    {"q": "5.82元", "subj": ("台鈺", 0), "metric": "每股收益", "t": "113年", "attr": CFO},
    {"q": "4.96元", "subj": ("台鈺", 0), "metric": "每股收益", "t": "今年前三季", "dir": "up", "basis": "yoy", "attr": CFO},
    {"q": "4.12元", "subj": ("台鈺", 0), "metric": "每股收益", "t": ("去年同期", 1), "attr": CFO},
    {"q": "約1.2公頃", "st": "新竹廠", "metric": "厂房面积", "attr": ("陳怡君", 1)},
    {"q": "五六百萬顆", "st": "新竹廠", "metric": "产能", "dir": "up", "attr": ("陳怡君", 1)},
    {"q": "286.5元", "subj": ("台鈺", 1), "metric": "股价", "t": ("今日", 0), "ch": "3.8%", "dir": "up", "attr": "證交所"},
    {"q": "1萬2,350張", "subj": ("台鈺", 1), "metric": "成交量", "t": ("今日", 0), "attr": "證交所"},
    {"q": "約4,800張", "st": "外資", "metric": "买超量", "t": ("今日", 1), "attr": "證交所"},
]

ARTICLE = {"id": "heldout4-num-01-results-tw", "published_at": "2026-12-10T14:30:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
