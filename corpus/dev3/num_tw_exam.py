"""TW: the university entrance exam week, published in January (大考中心, made-up figures and a made-up director):
an ROC school year (116學年度), 本週五（22日）至週日（24日）, 今年 and 去年 in January, a clock-time range on the exam
day, minutes as durations (100分鐘, 20分鐘內, 60分鐘), a weekday in brackets, 3月中旬, 近5年 and 5年新低,
a fee and a waiver in 成, a threshold by 民國120年, a range of years as a duration, and counts to date."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

CEEC, CEECV = "大考中心", "大学入学考试中心"
EXAM = "學測"
TEXT = (
    "學測週五登場 11萬8,400人報考創5年新低\n"
    "116學年度大學學科能力測驗將於本週五（22日）至週日（24日）舉行，大考中心今（19）日表示，今年報考人數為11萬8,400人，"
    "較去年減少3,260人、降幅2.7%，為近5年最低。\n"
    "考試第一天上午9時20分至11時考國文，每科考試時間100分鐘。考生最晚須於開考後20分鐘內入場，提前交卷則須在開考60分鐘後。"
    "成績預計於2月25日（星期四）公布，個人申請第一階段篩選結果則在3月中旬揭曉。\n"
    "報名費方面，每人1,150元，低收入戶考生全免，中低收入戶考生減免六成；大考中心去年報名費收入約1億2,600萬元。"
    "大考中心主任陳冠廷說，因應少子化，預估到民國120年報考人數將跌破10萬人，未來3至5年須調整試場配置；"
    "目前全台共設試區21個、試場約4,300間。"
)

MENTIONS = [
    date("週五", "2027-01-22"), qty("11萬8,400人", 118400, "人"), dur("5年", "P5Y"),
    date("116學年度", None, low="2027-08", high="2028-07"), date("本週五（22日）至週日（24日）", None, low="2027-01-22", high="2027-01-24"),
    ent("org", CEEC, CEECV), date("今（19）日", "2027-01-19"), date("今年", "2027"), qty("11萬8,400人", 118400, "人"),
    date("去年", "2026"), qty("3,260人", 3260, "人"), pct("2.7%", 2.7), dur("近5年", "P5Y", q="approx"),
    date("上午9時20分至11時", None, low="2027-01-22T09:20", high="2027-01-22T11:00"), dur("100分鐘", "PT100M"),
    dur("20分鐘內", "PT20M", q="lte"), dur("60分鐘", "PT60M"),
    date("2月25日（星期四）", "2027-02-25"), date("3月中旬", "2027-03", mod="mid"),
    money("1,150元", 1150, "TWD"), pct("六成", 60), ent("org", CEEC, CEECV), date("去年", "2026"),
    money("約1億2,600萬元", 126000000, "TWD", q="approx"),
    ent("org", CEEC, CEECV), ent("person", "陳冠廷", "陈冠廷"), date("民國120年", "2031"), qty("10萬人", 100000, "人"),
    dur("3至5年", None), ent("location", "台", "台湾"), qty("21個", 21, "个"), qty("約4,300間", 4300, "间", q="approx"),
]

N = "考生数量"
CLAIMS = [
    {"q": ("11萬8,400人", 0), "st": EXAM, "metric": N},
    {"q": ("11萬8,400人", 1), "st": "116學年度大學學科能力測驗", "metric": N, "t": ("今年", 0), "ch": "2.7%", "dir": "down",
     "basis": "yoy", "attr": (CEEC, 0)},
    {"q": "3,260人", "st": "116學年度大學學科能力測驗", "metric": N, "t": ("今年", 0), "dir": "down", "basis": "yoy",
     "attr": (CEEC, 0)},
    {"q": "1,150元", "st": EXAM, "metric": "报名费"},
    {"q": "六成", "st": "中低收入戶考生", "metric": "减免比例"},
    {"q": "約1億2,600萬元", "subj": (CEEC, 1), "metric": "报名费收入", "t": ("去年", 1)},
    {"q": "10萬人", "st": EXAM, "metric": N, "t": "民國120年", "dir": "down", "attr": "陳冠廷"},
    {"q": "21個", "st": "全台", "metric": "试区数量", "attr": "陳冠廷"},
    {"q": "約4,300間", "st": "全台", "metric": "试场数量", "attr": "陳冠廷"},
]

ARTICLE = {"id": "dev3-nt-03-exam-tw", "published_at": "2027-01-19T14:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
