"""HK: the Census and Statistics Department's August retail sales and the Immigration Department's
visitor arrivals: a headline with 本港 holding a growth (subject 香港) and a count with 逾 (time the headline's 8月), 昨日 with
2026年8月 and 數字顯示 attributing its paragraph, a provisional value with 按年 as its change and 按月 a
claim of its own, a volume growth, 其中 categories in a ；-run (one a joint holder written with 、 and 及,
one 按年下跌 and one 則下跌 with no basis word in its ；-sentence: basis null), 首八個月 with 按年微升, 入境事務處資料顯示 with a count and its 按月 growth, a 其中 count held
by 內地 with its share, a 非內地 holder (內地 a location inside it), a two-month total (7、8月, one range
date), 旅發局 by short form with its executive director's 表示 (a per-visitor spend with 約 and its
change) and 她預計 with a range, a conditional (若…有望突破5,200萬人次) that gives no claim and whose
10月 dates nothing, and a 統計處發言人 quote (attribution the org) with an online-sales growth and
share."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
CSD, IMMD, HKTB, ML = "政府统计处", "入境事务处", "香港旅游发展局", "中国内地"
TEXT = (
    "8月本港零售銷貨值按年升5.1% 訪港旅客逾520萬人次\n"
    "【本報訊】政府統計處昨日發表的數字顯示，2026年8月零售業總銷貨價值的臨時估計為351.7億港元，按年上升5.1%，按月亦增加2.3%；"
    "同月零售業總銷貨數量按年上升3.8%。按零售商類別分析，其中超級市場貨品按年上升6.2%；食品、酒類飲品及煙草按年上升4.5%；"
    "電器及攝影器材按年下跌3.6%；汽車及汽車零件則下跌9.7%。首八個月合計，零售業總銷貨價值為2,713.4億港元，按年微升0.9%。\n"
    "入境事務處資料顯示，8月訪港旅客達523.6萬人次，按年增長14.2%，按月增加約6%；其中內地旅客412.8萬人次，佔整體78.8%，"
    "非內地旅客則按年上升21.5%。7、8月暑假期間，訪港旅客合共約1,017萬人次。\n"
    "旅發局總幹事譚穎芝表示，8月過夜旅客人均消費約7,350港元，按年減少2.6%，反映旅客轉向體驗型消費。"
    "她預計，隨着9月起多項盛事登場，第四季訪港旅客可按年增長10%至15%；若10月黃金周內地旅客表現理想，全年訪港旅客有望突破5,200萬人次。\n"
    "統計處發言人表示：「暑假旅客增加，加上本地消費氣氛改善，8月網上銷售額按年上升12.4%，佔零售業總銷貨價值約9.6%。」"
)

MENTIONS = [
    date("8月", "2026-08"), ent(L, "本港", "香港"), pct("5.1%", 5.1), qty("逾520萬人次", 5200000, "人次", q="gt"),
    ent(O, "政府統計處", CSD), date("昨日", "2026-09-30"), date("2026年8月", "2026-08"),
    money("351.7億港元", 35170000000, "HKD"), pct("5.1%", 5.1), pct("2.3%", 2.3), pct("3.8%", 3.8),
    pct("6.2%", 6.2), pct("4.5%", 4.5), pct("3.6%", 3.6), pct("9.7%", 9.7),
    date("首八個月", None, low="2026-01", high="2026-08"), money("2,713.4億港元", 271340000000, "HKD"), pct("0.9%", 0.9),
    ent(O, "入境事務處", IMMD), date("8月", "2026-08"), qty("523.6萬人次", 5236000, "人次"), pct("14.2%", 14.2), pct("約6%", 6, q="approx"),
    ent(L, "內地", ML), qty("412.8萬人次", 4128000, "人次"), pct("78.8%", 78.8),
    ent(L, "內地", ML), pct("21.5%", 21.5), date("7、8月", None, low="2026-07", high="2026-08"), qty("約1,017萬人次", 10170000, "人次", q="approx"),
    ent(O, "旅發局", HKTB), ent(P, "譚穎芝", "谭颖芝"), date("8月", "2026-08"), money("約7,350港元", 7350, "HKD", q="approx"), pct("2.6%", 2.6),
    date("9月起", "2026-09", mod="after"), date("第四季", "2026-Q4"), pct("10%至15%", None, low=10, high=15),
    date("10月", "2026-10"), ent(L, "內地", ML), date("全年", "2026"), qty("5,200萬人次", 52000000, "人次"),
    ent(O, "統計處", CSD), date("8月", "2026-08"), pct("12.4%", 12.4), pct("約9.6%", 9.6, q="approx"),
]

SALES, SALESG, VIS = "零售销货额", "零售销货额增速", "访港旅客数量"
AUG, VAUG = "2026年8月", ("8月", 1)
CLAIMS = [
    {"q": ("5.1%", 0), "subj": "本港", "metric": SALESG, "t": ("8月", 0), "dir": "up", "basis": "yoy"},
    {"q": "逾520萬人次", "metric": VIS, "t": ("8月", 0)},
    {"q": "351.7億港元", "st": "零售業", "metric": SALES, "t": AUG, "ch": ("5.1%", 1), "dir": "up", "basis": "yoy", "attr": "政府統計處"},
    {"q": "2.3%", "st": "零售業", "metric": SALESG, "t": AUG, "dir": "up", "basis": "qoq", "attr": "政府統計處"},
    {"q": "3.8%", "st": "零售業", "metric": "零售销货量增速", "t": AUG, "dir": "up", "basis": "yoy", "attr": "政府統計處"},
    {"q": "6.2%", "st": "超級市場貨品", "metric": SALESG, "t": AUG, "dir": "up", "basis": "yoy", "attr": "政府統計處"},
    {"q": "4.5%", "st": "食品、酒類飲品及煙草", "metric": SALESG, "t": AUG, "dir": "up", "basis": "yoy", "attr": "政府統計處"},
    {"q": "3.6%", "st": "電器及攝影器材", "metric": SALESG, "t": AUG, "dir": "down", "basis": "yoy", "attr": "政府統計處"},
    {"q": "9.7%", "st": "汽車及汽車零件", "metric": SALESG, "t": AUG, "dir": "down", "attr": "政府統計處"},
    {"q": "2,713.4億港元", "st": "零售業", "metric": SALES, "t": "首八個月", "ch": "0.9%", "dir": "up", "basis": "yoy", "attr": "政府統計處"},
    {"q": "523.6萬人次", "metric": VIS, "t": VAUG, "ch": "14.2%", "dir": "up", "basis": "yoy", "attr": "入境事務處"},
    {"q": "約6%", "metric": VIS + "增速", "t": VAUG, "dir": "up", "basis": "qoq", "attr": "入境事務處"},
    {"q": "412.8萬人次", "subj": ("內地", 0), "metric": "旅客数量", "t": VAUG, "attr": "入境事務處"},
    {"q": "78.8%", "subj": ("內地", 0), "metric": "占比", "t": VAUG, "attr": "入境事務處"},
    {"q": "21.5%", "st": "非內地", "metric": "旅客数量增速", "t": VAUG, "dir": "up", "basis": "yoy", "attr": "入境事務處"},
    {"q": "約1,017萬人次", "metric": VIS, "t": "7、8月", "attr": "入境事務處"},
    {"q": "約7,350港元", "st": "過夜旅客", "metric": "人均消费", "t": ("8月", 2), "ch": "2.6%", "dir": "down", "basis": "yoy", "attr": "譚穎芝"},
    {"q": "10%至15%", "metric": VIS + "增速", "t": "第四季", "dir": "up", "basis": "yoy", "attr": "譚穎芝"},
    {"q": "12.4%", "st": "網上", "metric": "销售额增速", "t": ("8月", 3), "dir": "up", "basis": "yoy", "attr": "統計處"},
    {"q": "約9.6%", "st": "網上銷售額", "metric": "销售额占比", "t": ("8月", 3), "attr": "統計處"},
]

ARTICLE = {"id": "heldout9-clm-03-retail-hk", "published_at": "2026-10-01T07:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
