"""TW: the Lunar New Year travel plan, published in late December (交通部, made-up figures and a made-up minister):
明年 and bare months that fall in the next year, a day range with weekdays (2月5日（星期五）至2月13日（星期六）),
9天 and 7天, clock times with 凌晨/晚間/中午 and 起, a clock-time range over two days, a recurring 每日 window (no date),
今年 against 去年同期, a multiple with no verb, a range of durations, and highways named with numerals."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

MOTC = "交通部"
HOL = {"low": "2027-02-05", "high": "2027-02-13"}
TEXT = (
    "春節連假9天 國道客運班次增兩成\n"
    "交通部今（29）日公布明年春節疏運計畫，連假自2月5日（星期五）至2月13日（星期六），共9天。"
    "公路局預估，疏運期間國道客運將加開1萬2,600班次，較今年春節增加約兩成，總運量上看185萬人次。\n"
    "預售票方面，台鐵將於明年1月12日（星期二）凌晨0時起開放訂票，高鐵則於1月8日凌晨0時30分起開賣，兩者訂票期間皆為7天。"
    "2月4日晚間10時起至2月5日中午12時，國道1號及國道3號部分路段實施高乘載管制；"
    "2月5日至2月7日每日0時至5時免收通行費，預估可為用路人省下約1億3,000萬元。\n"
    "交通部長林志遠表示，今年國慶連假國道車流量較去年同期成長6.8%，春節期間估計每日平均車流將達270萬輛次，為平日的1.4倍；"
    "他提醒民眾，避開尖峰可省下1小時至1個半小時車程。"
)

MENTIONS = [
    dur("9天", "P9D"), pct("兩成", 20),
    ent("org", MOTC), date("今（29）日", "2026-12-29"), date("明年", "2027"),
    date("2月5日（星期五）至2月13日（星期六）", None, **HOL), dur("9天", "P9D"),
    ent("org", "公路局", "交通部公路局"), qty("1萬2,600班次", 12600, "班次"), date("今年", "2026"), pct("約兩成", 20, q="approx"),
    qty("185萬人次", 1850000, "人次"),
    ent("org", "台鐵", "台铁"), date("明年1月12日（星期二）凌晨0時起", "2027-01-12T00:00", mod="after"),
    ent("org", "高鐵", "台湾高铁"), date("1月8日凌晨0時30分起", "2027-01-08T00:30", mod="after"), dur("7天", "P7D"),
    date("2月4日晚間10時起至2月5日中午12時", None, low="2027-02-04T22:00", high="2027-02-05T12:00"),
    ent("location", "國道1號", "国道1号"), ent("location", "國道3號", "国道3号"),
    date("2月5日至2月7日", None, low="2027-02-05", high="2027-02-07"), money("約1億3,000萬元", 130000000, "TWD", q="approx"),
    ent("org", MOTC), ent("person", "林志遠", "林志远"), date("今年", "2026"), date("去年同期", "2025"), pct("6.8%", 6.8),
    qty("270萬輛次", 2700000, "辆次"), qty("1.4倍", 1.4, "倍"), dur("1小時至1個半小時", None),
]

CLAIMS = [
    {"q": "兩成", "st": "國道客運", "metric": "班次数量增速", "dir": "up"},
    {"q": "1萬2,600班次", "st": "國道客運", "metric": "班次数量", "t": "2月5日（星期五）至2月13日（星期六）", "ch": "約兩成",
     "dir": "up", "basis": "yoy", "attr": "公路局"},
    {"q": "185萬人次", "st": "國道客運", "metric": "客运量", "t": "2月5日（星期五）至2月13日（星期六）", "attr": "公路局"},
    {"q": "約1億3,000萬元", "st": "用路人", "metric": "节省成本", "t": "2月5日至2月7日"},
    {"q": "6.8%", "st": "國道", "metric": "车流量增速", "t": ("今年", 1), "dir": "up", "basis": "yoy", "attr": "林志遠"},
    {"q": "270萬輛次", "st": "國道", "metric": "日均车流量", "attr": "林志遠"},
    {"q": "1.4倍", "st": "國道", "metric": "日均车流量", "attr": "林志遠"},
]

ARTICLE = {"id": "dev3-nt-02-holiday-tw", "published_at": "2026-12-29T11:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
