"""HK: the Lunar New Year fair stall auction, published in mid-December (食環署, made-up figures): 明年 and bare
months that fall in the next year, a day range with weekdays, 為期7日, a clock time at 凌晨, 下周一 and coordinated
weekdays with day numbers (下星期一（21日）及星期二（22日）上午9時30分), a money range with a yoy change, 今年 as the
past season, 今年首11個月 with 去年同期 and a base level, a waiting period in working days, recurring hours (no date)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

FEHD, FEHDV = "食環署", "食物环境卫生署"
TEXT = (
    "年宵攤位下周一競投 乾貨攤底價逾1萬蚊\n"
    "食物環境衞生署（食環署）今日宣布，明年15個年宵市場將於1月31日（星期日）至2月6日（星期六）舉行，為期7日，"
    "其中維多利亞公園年宵市場於2月6日凌晨6時結束。\n"
    "攤位競投將於下星期一（21日）及星期二（22日）上午9時30分在九龍公園體育館進行，共推出約2,100個攤位，"
    "當中乾貨攤位384個、濕貨攤位1,620個，另有96個快餐攤位。"
    "乾貨攤位底價由1萬200元至1萬4,800元不等，較今年上調約3%。"
    "中標者須於7個工作天內繳付攤位費；攤檔營業時間為每日下午3時至翌日凌晨2時。\n"
    "食環署發言人表示，今年年宵市場共收到逾5,800份投標，成交總額約為4,260萬元，按年增加12%。"
    "今年首11個月，食環署接獲涉及年宵攤位轉讓的投訴共37宗，較去年同期的52宗減少近三成。"
)

MENTIONS = [
    date("下周一", "2026-12-21"), money("逾1萬蚊", 10000, "HKD", q="gt"),
    ent("org", "食物環境衞生署", FEHDV), ent("org", FEHD, FEHDV), date("今日", "2026-12-15"), date("明年", "2027"),
    qty("15個", 15, "个"), date("1月31日（星期日）至2月6日（星期六）", None, low="2027-01-31", high="2027-02-06"), dur("7日", "P7D"),
    ent("location", "維多利亞公園", "维多利亚公园"), date("2月6日凌晨6時", "2027-02-06T06:00"),
    date("下星期一（21日）", "2026-12-21"), date("星期二（22日）上午9時30分", "2026-12-22T09:30"),
    ent("location", "九龍公園體育館", "九龙公园体育馆"), qty("約2,100個", 2100, "个", q="approx"), qty("384個", 384, "个"),
    qty("1,620個", 1620, "个"), qty("96個", 96, "个"),
    money("1萬200元至1萬4,800元", None, "HKD", low=10200, high=14800), date("今年", "2026"), pct("約3%", 3, q="approx"),
    dur("7個工作天內", None, q="lte"),
    ent("org", FEHD, FEHDV), date("今年", "2026"), qty("逾5,800份", 5800, "份", q="gt"), money("約為4,260萬元", 42600000, "HKD", q="approx"),
    pct("12%", 12),
    date("今年首11個月", None, low="2026-01", high="2026-11"), ent("org", FEHD, FEHDV),
    qty("37宗", 37, "宗"), date("去年同期", None, low="2025-01", high="2025-11"), qty("52宗", 52, "宗"), pct("近三成", 30, q="approx"),
]

STALL, FLOOR = "摊位数量", "底价"
CLAIMS = [
    {"q": "逾1萬蚊", "st": "乾貨攤", "metric": FLOOR},
    {"q": "15個", "st": "年宵市場", "metric": "年宵市场数量", "t": "明年", "attr": (FEHD, 0)},
    {"q": "約2,100個", "st": "年宵市場", "metric": STALL},
    {"q": "384個", "st": "乾貨攤位", "metric": STALL},
    {"q": "1,620個", "st": "濕貨攤位", "metric": STALL},
    {"q": "96個", "st": "快餐攤位", "metric": STALL},
    {"q": "1萬200元至1萬4,800元", "st": "乾貨攤位", "metric": FLOOR, "ch": "約3%", "dir": "up", "basis": "yoy"},
    {"q": "逾5,800份", "st": "年宵市場", "metric": "投标数量", "t": ("今年", 1), "attr": (FEHD, 1)},
    {"q": "約為4,260萬元", "st": "年宵市場", "metric": "成交额", "t": ("今年", 1), "ch": "12%", "dir": "up", "basis": "yoy",
     "attr": (FEHD, 1)},
    {"q": "37宗", "subj": (FEHD, 2), "metric": "投诉数量", "t": "今年首11個月", "ch": "近三成", "dir": "down", "basis": "yoy",
     "attr": (FEHD, 1)},
    {"q": "52宗", "subj": (FEHD, 2), "metric": "投诉数量", "t": "去年同期", "attr": (FEHD, 1)},
]

ARTICLE = {"id": "dev3-nt-04-fairs-hk", "published_at": "2026-12-15T17:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
