"""HK: taxi fares (行政會議, 運輸署): 蚊 and 元, 6元5毫, from X to Y, per-unit and attributive counts (首2公里,
每200米), 兩年零一個月, 首10個月 against 2019年同期, a date with its weekday and 起, recurring times that are no dates,
本月首兩星期, 按週 (basis null), a demand from X to Y, a conditional."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

TD, TDV = "運輸署", "运输署"
TEXT = (
    "的士明年1月起加價 起錶升至32蚊\n"
    "行政會議今日批准市區的士加價，首2公里收費由29蚊增至32蚊，加幅約10.3%；其後每200米或每1分鐘輪候時間的跳錶收費由2.1元增至2.3元。"
    "新收費將於明年1月3日（星期日）起生效，距上次加價僅兩年零一個月。\n"
    "運輸及物流局局長陳佩儀表示，本港現有1萬8,163輛的士，當中市區的士約1萬5,250輛，新界的士約2,838輛，大嶼山的士75輛。"
    "業界估計，司機每更平均收入可增加約180元，但燃油、保險及維修開支過去一年已累計上升約兩成。\n"
    "運輸署數據顯示，今年首10個月的士日均載客量約為74萬人次，按年減少3.6%，較2019年同期更大跌約三成。"
    "署方又指，截至10月底，全港共有98宗的士司機違規兜客的定罪個案，按年多出28宗。\n"
    "的士業界早前要求把長途回程優惠的門檻由每程400元降至300元，運輸署回應指會在明年第二季前完成檢討。"
    "有網約車平台則稱，本月首兩星期的訂單按週增加約15%。有議員直言，若加價後乘客流失逾一成，司機實際收入未必增加。\n"
    "消委會提醒，乘客如攜帶行李，每件附加費由6元增至6元5毫；由周一至周五每日上午7時至10時繁忙時段，部分隧道的的士附加費亦會調整。"
)

MENTIONS = [
    date("明年1月起", "2027-01", mod="after"), money("32蚊", 32, "HKD"),
    ent("org", "行政會議", "行政会议"), date("今日", "2026-11-20"), qty("2公里", 2, "公里"), money("29蚊", 29, "HKD"),
    money("32蚊", 32, "HKD"), pct("約10.3%", 10.3, q="approx"), qty("200米", 200, "米"), dur("1分鐘", "PT1M"),
    money("2.1元", 2.1, "HKD"), money("2.3元", 2.3, "HKD"), date("明年1月3日（星期日）起", "2027-01-03", mod="after"),
    dur("兩年零一個月", "P25M"),
    ent("org", "運輸及物流局", "运输及物流局"), ent("person", "陳佩儀", "陈佩仪"), ent("location", "本港", "香港"),
    qty("1萬8,163輛", 18163, "辆"), qty("約1萬5,250輛", 15250, "辆", q="approx"), ent("location", "新界"),
    qty("約2,838輛", 2838, "辆", q="approx"), ent("location", "大嶼山", "大屿山"), qty("75輛", 75, "辆"),
    money("約180元", 180, "HKD", q="approx"), dur("一年", "P1Y"), pct("約兩成", 20, q="approx"),
    ent("org", TD, TDV), date("今年首10個月", None, low="2026-01", high="2026-10"),
    qty("約為74萬人次", 740000, "人次", q="approx"), pct("3.6%", 3.6),
    date("2019年同期", None, low="2019-01", high="2019-10"), pct("約三成", 30, q="approx"),
    date("10月底", "2026-10", mod="end"), ent("location", "港", "香港"), qty("98宗", 98, "宗"), qty("28宗", 28, "宗"),
    money("400元", 400, "HKD"), money("300元", 300, "HKD"), ent("org", TD, TDV), date("明年第二季前", "2027-Q2", mod="before"),
    date("本月首兩星期", None, low="2026-11-01", high="2026-11-14"), pct("約15%", 15, q="approx"), pct("逾一成", 10, q="gt"),
    ent("org", "消委會", "消费者委员会"), money("6元", 6, "HKD"), money("6元5毫", 6.5, "HKD"),
]

FLAG, METER, FARE = "起表收费", "跳表收费", "的士数量"
CASES = "定罪个案数量"
CLAIMS = [
    {"q": ("32蚊", 0), "st": "的士", "metric": FLAG, "t": "明年1月起", "dir": "up"},
    {"q": "29蚊", "st": "市區的士", "metric": FLAG, "attr": "行政會議"},
    {"q": ("32蚊", 1), "st": "市區的士", "metric": FLAG, "ch": "約10.3%", "dir": "up", "attr": "行政會議"},
    {"q": "2.1元", "st": "市區的士", "metric": METER, "attr": "行政會議"},
    {"q": "2.3元", "st": "市區的士", "metric": METER, "dir": "up", "attr": "行政會議"},
    {"q": "1萬8,163輛", "subj": "本港", "metric": FARE, "attr": "陳佩儀"},
    {"q": "約1萬5,250輛", "st": "市區", "metric": FARE, "attr": "陳佩儀"},
    {"q": "約2,838輛", "subj": "新界", "metric": FARE, "attr": "陳佩儀"},
    {"q": "75輛", "subj": "大嶼山", "metric": FARE, "attr": "陳佩儀"},
    {"q": "約180元", "st": "司機", "metric": "每更收入", "dir": "up"},
    {"q": "約兩成", "st": "燃油、保險及維修", "metric": "开支增速", "dir": "up"},
    {"q": "約為74萬人次", "st": "的士", "metric": "日均载客量", "t": "今年首10個月", "ch": "3.6%", "dir": "down",
     "basis": "yoy", "attr": (TD, 0)},
    {"q": "約三成", "st": "的士", "metric": "日均载客量增速", "t": "今年首10個月", "dir": "down", "attr": (TD, 0)},
    {"q": "98宗", "st": "全港", "metric": CASES, "t": "10月底", "dir": "up", "basis": "yoy", "attr": (TD, 0)},
    {"q": "28宗", "st": "全港", "metric": CASES, "t": "10月底", "dir": "up", "basis": "yoy", "attr": (TD, 0)},
    {"q": "400元", "st": "長途回程優惠", "metric": "门槛"},
    {"q": "300元", "st": "長途回程優惠", "metric": "门槛", "dir": "down"},
    {"q": "約15%", "st": "網約車平台", "metric": "订单增速", "t": "本月首兩星期", "dir": "up"},
    {"q": "6元", "st": "行李", "metric": "附加费", "attr": "消委會"},
    {"q": "6元5毫", "st": "行李", "metric": "附加费", "dir": "up", "attr": "消委會"},
]

ARTICLE = {"id": "heldout3-nt-04-taxi-hk", "published_at": "2026-11-20T19:30:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
