"""TW: national health insurance finances (健保署): 新台幣6,218億元, 1至10月, a rate from 5.17% to 5.5% with its
約0.33個百分點, ROC years (明（116）年全年, 117年第一季), a weekday and clock time, 1.9個月 and 1個月 (durations),
figures in a conditional and in a worked example (no claims), 65歲以上 (classifying),
民國104年 as a comparison base, from 去年同期的8.2% to 9.6%."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

NHIA, NHIAV = "健保署", "卫生福利部中央健康保险署"
TEXT = (
    "健保明年恐短絀逾400億元 費率擬由5.17%調至5.5%\n"
    "衛福部健保署今（24）日表示，健保今年1至10月保費收入為新台幣6,218億元，年增4.1%，醫療支出則達6,590億元，年增6.7%，"
    "其中門診3,870億元、住院2,720億元，收支短絀約372億元；保險對象約2,390萬人，安全準備金降至約1,450億元，僅約1.9個月的保險給付。\n"
    "健保署長林家豪指出，依精算結果，若維持現行費率，明（116）年全年短絀恐擴大至410億元，安全準備金將在117年第一季跌破1個月的法定下限。"
    "健保會將於12月4日（星期五）上午9時30分審議費率方案，一般保險費率擬由5.17%調升至5.5%，調幅約0.33個百分點。"
    "林家豪舉例，以月薪4萬元的受僱者計算，每月自付保費將由620元增至約661元，多付41元。\n"
    "健保署統計，去年就醫人次約3億6,000萬人次，平均每人每年就醫14.8次；65歲以上長者占醫療費用約38%，較民國104年提高9個百分點。"
    "健保署另指出，今年起擴大癌症新藥給付，前10個月已有1萬2,300名病人受惠，藥費支出約新台幣86億元，"
    "占藥品總支出的比率由去年同期的8.2%升至9.6%。"
)

MENTIONS = [
    date("明年", "2027"), money("逾400億元", 40000000000, "TWD", q="gt"), pct("5.17%", 5.17), pct("5.5%", 5.5),
    ent("org", "衛福部健保署", NHIAV), date("今（24）日", "2026-11-24"), date("今年1至10月", None, low="2026-01", high="2026-10"),
    money("新台幣6,218億元", 621800000000, "TWD"), pct("4.1%", 4.1), money("6,590億元", 659000000000, "TWD"),
    pct("6.7%", 6.7), money("3,870億元", 387000000000, "TWD"),
    money("2,720億元", 272000000000, "TWD"), money("約372億元", 37200000000, "TWD", q="approx"), qty("約2,390萬人", 23900000, "人", q="approx"),
    money("約1,450億元", 145000000000, "TWD", q="approx"), dur("約1.9個月", "P1.9M", q="approx"),
    ent("org", NHIA, NHIAV), ent("person", "林家豪"), date("明（116）年全年", "2027"), money("410億元", 41000000000, "TWD"),
    date("117年第一季", "2028-Q1"), dur("1個月", "P1M"), ent("org", "健保會", "全民健康保险会"),
    date("12月4日（星期五）上午9時30分", "2026-12-04T09:30"), pct("5.17%", 5.17), pct("5.5%", 5.5),
    pct("約0.33個百分點", 0.33, "pp", q="approx"), ent("person", "林家豪"), money("4萬元", 40000, "TWD"),
    money("620元", 620, "TWD"), money("約661元", 661, "TWD", q="approx"), money("41元", 41, "TWD"),
    ent("org", NHIA, NHIAV), date("去年", "2025"), qty("約3億6,000萬人次", 360000000, "人次", q="approx"),
    qty("14.8次", 14.8, "次"), qty("65歲以上", 65, "岁", q="gt"), pct("約38%", 38, q="approx"), date("民國104年", "2015"),
    pct("9個百分點", 9, "pp"), ent("org", NHIA, NHIAV), date("今年起", "2026", mod="after"),
    date("前10個月", None, low="2026-01", high="2026-10"), qty("1萬2,300名", 12300, "名"),
    money("約新台幣86億元", 8600000000, "TWD", q="approx"), date("去年同期", None, low="2025-01", high="2025-10"),
    pct("8.2%", 8.2), pct("9.6%", 9.6),
]

NHI, T = "健保", "今年1至10月"
CLAIMS = [
    {"q": "逾400億元", "st": NHI, "metric": "短绌", "t": "明年"},
    {"q": ("5.17%", 0), "st": NHI, "metric": "费率"},
    {"q": ("5.5%", 0), "st": NHI, "metric": "费率", "dir": "up"},
    {"q": "新台幣6,218億元", "st": NHI, "metric": "保费收入", "t": T, "ch": "4.1%", "dir": "up", "basis": "yoy",
     "attr": "衛福部健保署"},
    {"q": "6,590億元", "st": NHI, "metric": "医疗支出", "t": T, "ch": "6.7%", "dir": "up", "basis": "yoy",
     "attr": "衛福部健保署"},
    {"q": "3,870億元", "st": "門診", "metric": "医疗支出", "t": T, "attr": "衛福部健保署"},
    {"q": "2,720億元", "st": "住院", "metric": "医疗支出", "t": T, "attr": "衛福部健保署"},
    {"q": "約372億元", "st": NHI, "metric": "短绌", "t": T, "attr": "衛福部健保署"},
    {"q": "約2,390萬人", "st": "健保", "metric": "保险对象数量", "attr": "衛福部健保署"},
    {"q": "約1,450億元", "st": NHI, "metric": "安全准备金", "dir": "down", "attr": "衛福部健保署"},
    {"q": ("5.17%", 1), "st": "一般保險", "metric": "费率", "attr": ("林家豪", 0)},
    {"q": ("5.5%", 1), "st": "一般保險", "metric": "费率", "ch": "約0.33個百分點", "dir": "up", "attr": ("林家豪", 0)},
    {"q": "約3億6,000萬人次", "metric": "就医人次", "t": "去年", "attr": (NHIA, 1)},
    {"q": "14.8次", "st": "每人", "metric": "就医次数", "t": "去年", "attr": (NHIA, 1)},
    {"q": "約38%", "st": "65歲以上長者", "metric": "医疗费用占比", "t": "去年", "ch": "9個百分點", "dir": "up",
     "attr": (NHIA, 1)},
    {"q": "1萬2,300名", "st": "癌症新藥", "metric": "受惠病人数量", "t": "前10個月", "attr": (NHIA, 2)},
    {"q": "約新台幣86億元", "st": "癌症新藥", "metric": "药费支出", "t": "前10個月", "attr": (NHIA, 2)},
    {"q": "8.2%", "st": "癌症新藥", "metric": "药费占比", "t": "去年同期", "attr": (NHIA, 2)},
    {"q": "9.6%", "st": "癌症新藥", "metric": "药费占比", "t": "前10個月", "dir": "up", "basis": "yoy", "attr": (NHIA, 2)},
]

ARTICLE = {"id": "heldout3-nt-09-health-tw", "published_at": "2026-11-24T18:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
