"""HK: the New Year's Eve countdown, published in late December (旅發局, made-up figures and a made-up chairman):
clock times on both sides of midnight (12月31日（星期四）晚上11時58分, 新年零時, 1月2日凌晨零時, 1月1日凌晨1時30分),
當日 with a clock time, 起, durations in minutes and hours (12分鐘, 42小時, 約5個半小時, 每隔約10分鐘), 去年 as a
base level, 今年首11個月, a threshold over 全年, and 明年1月至3月 against 今年同期."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

HKTB, HKTBV = "旅發局", "香港旅游发展局"
TEXT = (
    "除夕煙花倒數12分鐘 旅發局料40萬人次維港觀賞\n"
    "香港旅遊發展局（旅發局）今日公布，除夕倒數煙花匯演將於12月31日（星期四）晚上11時58分開始，橫跨新年零時，"
    "為時12分鐘，較去年長2分鐘，預算約1,800萬元。\n"
    "旅發局預計，12月31日當晚約有40萬人次在維多利亞港兩岸觀賞，比去年的35萬人次多約14%；"
    "港鐵將由12月31日早上6時起連續行駛42小時，至1月2日凌晨零時，期間加開約1,200班車次。\n"
    "運輸署表示，尖沙咀及中環部分道路將由當日晚上8時起封閉，最快於1月1日凌晨1時30分重開，封路時間約5個半小時；"
    "天星小輪當晚將每隔約10分鐘開出一班。\n"
    "旅發局主席梁綺琪說，今年首11個月訪港旅客約4,380萬人次，按年增長9.6%，全年有望突破4,800萬人次；"
    "她預計明年1月至3月的旅客人次將較今年同期再增約8%。"
)

MENTIONS = [
    dur("12分鐘", "PT12M"), ent("org", HKTB, HKTBV), qty("40萬人次", 400000, "人次"), ent("location", "維港", "维多利亚港"),
    ent("org", "香港旅遊發展局", HKTBV), ent("org", HKTB, HKTBV), date("今日", "2026-12-28"),
    date("12月31日（星期四）晚上11時58分", "2026-12-31T23:58"), date("新年零時", "2027-01-01T00:00"),
    dur("12分鐘", "PT12M"), date("去年", "2025"), dur("2分鐘", "PT2M"), money("約1,800萬元", 18000000, "HKD", q="approx"),
    ent("org", HKTB, HKTBV), date("12月31日", "2026-12-31"), qty("約有40萬人次", 400000, "人次", q="approx"),
    ent("location", "維多利亞港", "维多利亚港"), date("去年", "2025"), qty("35萬人次", 350000, "人次"), pct("約14%", 14, q="approx"),
    ent("org", "港鐵", "港铁"), date("12月31日早上6時起", "2026-12-31T06:00", mod="after"), dur("42小時", "PT42H"),
    date("1月2日凌晨零時", "2027-01-02T00:00"), qty("約1,200班", 1200, "班", q="approx"),
    ent("org", "運輸署", "运输署"), ent("location", "尖沙咀"), ent("location", "中環", "中环"),
    date("當日晚上8時起", "2026-12-31T20:00", mod="after"), date("1月1日凌晨1時30分", "2027-01-01T01:30"),
    dur("約5個半小時", "PT5H30M", q="approx"), ent("org", "天星小輪", "天星小轮"), dur("約10分鐘", "PT10M", q="approx"),
    ent("org", HKTB, HKTBV), ent("person", "梁綺琪", "梁绮琪"), date("今年首11個月", None, low="2026-01", high="2026-11"),
    ent("location", "港", "香港"), qty("約4,380萬人次", 43800000, "人次", q="approx"), pct("9.6%", 9.6), date("全年", "2026"),
    qty("4,800萬人次", 48000000, "人次"), date("明年1月至3月", None, low="2027-01", high="2027-03"),
    date("今年同期", None, low="2026-01", high="2026-03"), pct("約8%", 8, q="approx"),
]

VIEW, VIS = "观赏人次", "访港旅客数量"
CLAIMS = [
    {"q": "40萬人次", "subj": "維港", "metric": VIEW, "attr": (HKTB, 0)},
    {"q": "約1,800萬元", "st": "除夕倒數煙花匯演", "metric": "预算", "attr": (HKTB, 1)},
    {"q": "約有40萬人次", "st": "維多利亞港兩岸", "metric": VIEW, "t": "12月31日", "ch": "約14%", "dir": "up", "basis": "yoy",
     "attr": (HKTB, 2)},
    {"q": "35萬人次", "st": "維多利亞港兩岸", "metric": VIEW, "t": ("去年", 1), "attr": (HKTB, 2)},
    {"q": "約1,200班", "subj": "港鐵", "metric": "加开班次数量", "t": "12月31日早上6時起", "attr": (HKTB, 2)},
    {"q": "約4,380萬人次", "metric": VIS, "t": "今年首11個月", "ch": "9.6%", "dir": "up", "basis": "yoy", "attr": "梁綺琪"},
    {"q": "4,800萬人次", "metric": VIS, "t": "全年", "attr": "梁綺琪"},
    {"q": "約8%", "metric": "访港旅客数量增速", "t": "明年1月至3月", "dir": "up", "basis": "yoy", "attr": "梁綺琪"},
]

ARTICLE = {"id": "dev3-nt-06-countdown-hk", "published_at": "2026-12-28T18:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
