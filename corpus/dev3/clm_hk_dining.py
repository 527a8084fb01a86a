"""HK: a made-up restaurant group's interim results (翠苑餐飲集團, a made-up chairman, broker and analyst):
截至…止六個月 with its 去年同期, 按年增長3.2%至…, from X to Y for profit and a segment, 仙 per share, a dividend
cut by a non-percent change, segment revenue and share (集團 as anaphora), store and staff counts with 截至9月底,
下半財年 and a fiscal 全年, a cost ratio, a negated 一成 over 未來一年, and a target price cut from X to Y."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

CY = "翠苑餐饮"
H1 = {"low": "2025-04", "high": "2025-09"}
TEXT = (
    "翠苑餐飲中期盈利跌14% 派息12仙\n"
    "翠苑餐飲集團（翠苑）今日公布截至2026年9月30日止六個月業績，收入按年增長3.2%至38.6億元，"
    "股東應佔溢利由去年同期的2.91億元下跌至2.5億元，每股基本盈利43.5仙。"
    "董事會宣派中期股息每股12仙，較去年同期減少3仙。\n"
    "按業務劃分，中式酒樓收入21.4億元，按年下跌2.6%，佔集團收入55.4%；快餐業務收入12.9億元，按年增長9.8%；"
    "其中，內地業務收入由去年同期的3.1億元增至4.3億元。"
    "期內集團淨開設5間分店，截至9月底共經營168間分店，員工約7,200名。\n"
    "主席黃潤堂表示，下半財年將在大灣區新開約15間分店，預計全年資本開支約2.8億元；"
    "他坦言，租金及人工成本佔收入比例已升至約58%，「未來一年不會再加價一成」。"
    "明德證券分析師區嘉欣將翠苑目標價由5.2元下調至4.6元。"
)

MENTIONS = [
    ent("org", "翠苑餐飲", CY), pct("14%", 14), money("12仙", 0.12, "HKD"),
    ent("org", "翠苑餐飲集團", CY), ent("org", "翠苑", CY), date("今日", "2026-11-25"), date("2026年9月30日", "2026-09-30"),
    dur("六個月", "P6M"), pct("3.2%", 3.2), money("38.6億元", 3860000000, "HKD"),
    date("去年同期", None, **H1), money("2.91億元", 291000000, "HKD"), money("2.5億元", 250000000, "HKD"), money("43.5仙", 0.435, "HKD"),
    money("12仙", 0.12, "HKD"), date("去年同期", None, **H1), money("3仙", 0.03, "HKD"),
    money("21.4億元", 2140000000, "HKD"), pct("2.6%", 2.6), pct("55.4%", 55.4), money("12.9億元", 1290000000, "HKD"), pct("9.8%", 9.8),
    ent("location", "內地", "中国内地"), date("去年同期", None, **H1), money("3.1億元", 310000000, "HKD"), money("4.3億元", 430000000, "HKD"),
    qty("5間", 5, "间"), date("9月底", "2026-09", mod="end"), qty("168間", 168, "间"), qty("約7,200名", 7200, "名", q="approx"),
    ent("person", "黃潤堂", "黄润堂"), date("下半財年", None, low="2026-10", high="2027-03", fiscal=True),
    ent("location", "大灣區", "粤港澳大湾区"), qty("約15間", 15, "间", q="approx"),
    date("全年", None, low="2026-04", high="2027-03", fiscal=True), money("約2.8億元", 280000000, "HKD", q="approx"),
    pct("約58%", 58, q="approx"), dur("一年", "P1Y"), pct("一成", 10),
    ent("org", "明德證券", "明德证券"), ent("person", "區嘉欣", "区嘉欣"), ent("org", "翠苑", CY),
    money("5.2元", 5.2, "HKD"), money("4.6元", 4.6, "HKD"),
]

S, T = ("翠苑", 0), "2026年9月30日"
CLAIMS = [
    {"q": "14%", "subj": "翠苑餐飲", "metric": "净利润增速", "dir": "down"},
    {"q": ("12仙", 0), "subj": "翠苑餐飲", "metric": "股息"},
    {"q": "38.6億元", "subj": S, "metric": "营业收入", "t": T, "ch": "3.2%", "dir": "up", "basis": "yoy", "attr": S},
    {"q": "2.91億元", "subj": S, "metric": "净利润", "t": ("去年同期", 0), "attr": S},
    {"q": "2.5億元", "subj": S, "metric": "净利润", "t": T, "dir": "down", "basis": "yoy", "attr": S},
    {"q": "43.5仙", "subj": S, "metric": "每股收益", "t": T, "attr": S},
    {"q": ("12仙", 1), "subj": S, "metric": "股息", "t": T, "dir": "down", "basis": "yoy", "attr": S},
    {"q": "3仙", "subj": S, "metric": "股息", "t": T, "dir": "down", "basis": "yoy", "attr": S},
    {"q": "21.4億元", "st": "中式酒樓", "metric": "营业收入", "t": T, "ch": "2.6%", "dir": "down", "basis": "yoy"},
    {"q": "55.4%", "subj": S, "metric": "营收占比", "t": T},
    {"q": "12.9億元", "st": "快餐業務", "metric": "营业收入", "t": T, "ch": "9.8%", "dir": "up", "basis": "yoy"},
    {"q": "3.1億元", "st": "內地業務", "metric": "营业收入", "t": ("去年同期", 2)},
    {"q": "4.3億元", "st": "內地業務", "metric": "营业收入", "t": T, "dir": "up", "basis": "yoy"},
    {"q": "5間", "subj": S, "metric": "新开门店数量", "t": T},
    {"q": "168間", "subj": S, "metric": "分店数量", "t": "9月底"},
    {"q": "約7,200名", "subj": S, "metric": "员工数量", "t": "9月底"},
    {"q": "約15間", "subj": S, "metric": "新开门店数量", "t": "下半財年", "attr": "黃潤堂"},
    {"q": "約2.8億元", "subj": S, "metric": "资本开支", "t": "全年", "attr": "黃潤堂"},
    {"q": "約58%", "st": "租金及人工成本", "metric": "成本占比", "dir": "up", "attr": "黃潤堂"},
    {"q": "5.2元", "subj": ("翠苑", 1), "metric": "目标价", "attr": "區嘉欣"},
    {"q": "4.6元", "subj": ("翠苑", 1), "metric": "目标价", "dir": "down", "attr": "區嘉欣"},
]

ARTICLE = {"id": "dev3-cl-06-dining-hk", "published_at": "2026-11-25T12:45:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
