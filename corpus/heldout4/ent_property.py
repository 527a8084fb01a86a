"""HK: first-round sales at a Kai Tak development and the land supply plan: developers by full and
short name (恒基地產 / 恒地, 新世界發展 / 新世界), the rating department with its short form, a
bureau before a title, the council and its panel, a university department, districts of the
Northern Metropolis, 內地 and 全港, a byline in 【】 and a photo credit."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "啟德新盤首輪沽出逾九成 套現約38億元\n"
    "【本報記者梁卓賢報道】恒基地產（恒地）與新世界發展合組財團發展的啟德「維港滙岸」昨日首輪推售328伙，售出302伙，佔比逾九成，套現約38億元。"
    "恒地營業部總經理陳詠芝表示，內地買家佔約三成，主要來自深圳及廣州，其餘以九龍東及將軍澳的換樓客為主。"
    "新地旗下屯門「瓏珀山」昨日亦加推88伙，平均呎價約1.6萬元，按年下跌約5%。《星島日報》引述消息指，長實旗下將軍澳「日出康城」第13期最快下月開售。\n"
    "差餉物業估價署（差估署）最新數據顯示，10月私人住宅售價指數按月上升0.6%，連升三個月。中原地產研究部高級聯席董事黃家豪預計，樓價明年有望再升3%至5%。美聯物業首席分析師劉嘉雯則指，本月一手成交已逾2,100宗，為年內單月新高。\n"
    "發展局局長麥慧琳昨日在立法會發展事務委員會會議上表示，政府明年將推出北部都會區新田科技城及洪水橋的住宅用地，預計可提供約4,500個單位；"
    "地政總署亦會在屯門、元朗招標三幅用地。\n"
    "香港大學房地產及建設系副教授鄭嘉欣則認為，全港一手貨尾累積至約2.1萬伙，新世界等發展商仍會以折扣吸客。鄭嘉欣又指，金管局上月放寬按揭成數後，首置買家入市意欲回升。\n"
    "圖為九龍灣一帶住宅。（梁卓賢攝）"
)

MENTIONS = [
    ent(L, "啟德", "启德"), pct("逾九成", 90, q="gt"), money("約38億元", 3800000000, "HKD", q="approx"),
    ent(P, "梁卓賢", "梁卓贤"), ent(O, "恒基地產", "恒基地产"), ent(O, "恒地", "恒基地产"), ent(O, "新世界發展", "新世界发展"),
    ent(L, "啟德", "启德"), ent(L, "維港滙岸", "维港汇岸"), date("昨日", "2026-11-22"), qty("328伙", 328, "伙"),
    qty("302伙", 302, "伙"), pct("逾九成", 90, q="gt"), money("約38億元", 3800000000, "HKD", q="approx"),
    ent(O, "恒地", "恒基地产"), ent(P, "陳詠芝", "陈咏芝"), ent(L, "內地", "中国内地"), pct("約三成", 30, q="approx"),
    ent(L, "深圳"), ent(L, "廣州", "广州"), ent(L, "九龍東", "九龙东"), ent(L, "將軍澳", "将军澳"),
    ent(O, "新地", "新鸿基地产"), ent(L, "屯門", "屯门"), ent(L, "瓏珀山", "珑珀山"), date("昨日", "2026-11-22"), qty("88伙", 88, "伙"),
    money("約1.6萬元", 16000, "HKD", q="approx"), pct("約5%", 5, q="approx"), ent(O, "星島日報", "星岛日报"), ent(O, "長實", "长江实业"),
    ent(L, "將軍澳", "将军澳"), ent(L, "日出康城"), date("下月", "2026-12"),
    ent(O, "差餉物業估價署", "差饷物业估价署"), ent(O, "差估署", "差饷物业估价署"), date("10月", "2026-10"), pct("0.6%", 0.6),
    dur("三個月", "P3M"), ent(O, "中原地產", "中原地产"), ent(P, "黃家豪", "黄家豪"), date("明年", "2027"),
    pct("3%至5%", None, low=3, high=5), ent(O, "美聯物業", "美联物业"), ent(P, "劉嘉雯", "刘嘉雯"), date("本月", "2026-11"),
    qty("逾2,100宗", 2100, "宗", q="gt"), date("年內", "2026"),
    ent(O, "發展局", "发展局"), ent(P, "麥慧琳", "麦慧琳"), date("昨日", "2026-11-22"),
    ent(O, "立法會發展事務委員會", "立法会发展事务委员会"), date("明年", "2027"), ent(L, "北部都會區", "北部都会区"), ent(L, "新田科技城"),
    ent(L, "洪水橋", "洪水桥"), qty("約4,500個", 4500, "个", q="approx"),
    ent(O, "地政總署", "地政总署"), ent(L, "屯門", "屯门"), ent(L, "元朗"), qty("三幅", 3, "幅"),
    ent(O, "香港大學房地產及建設系", "香港大学房地产及建设系"), ent(P, "鄭嘉欣", "郑嘉欣"), ent(L, "港", "香港"),
    qty("約2.1萬伙", 21000, "伙", q="approx"), ent(O, "新世界", "新世界发展"),
    ent(P, "鄭嘉欣", "郑嘉欣"), ent(O, "金管局", "香港金融管理局"), date("上月", "2026-10"),
    ent(L, "九龍灣", "九龙湾"), ent(P, "梁卓賢", "梁卓贤"),
]

SITE = "維港滙岸"
YDAY = ("昨日", 0)
CLAIMS = [
    {"q": ("逾九成", 0), "st": "啟德新盤", "metric": "销售比例"},
    {"q": ("約38億元", 0), "st": "啟德新盤", "metric": "销售额"},
    {"q": "328伙", "subj": SITE, "metric": "推售数量", "t": YDAY},
    {"q": "302伙", "subj": SITE, "metric": "销量", "t": YDAY},
    {"q": ("逾九成", 1), "subj": SITE, "metric": "销售比例", "t": YDAY},
    {"q": ("約38億元", 1), "subj": SITE, "metric": "销售额", "t": YDAY},
    {"q": "約三成", "st": "內地買家", "metric": "占比", "t": YDAY, "attr": "陳詠芝"},
    {"q": "約1.6萬元", "subj": "瓏珀山", "metric": "均价", "t": ("昨日", 1), "ch": "約5%", "dir": "down", "basis": "yoy"},
    {"q": "88伙", "subj": "瓏珀山", "metric": "推售数量", "t": ("昨日", 1)},
    {"q": "0.6%", "st": "私人住宅", "metric": "售价指数增速", "t": "10月", "dir": "up", "basis": "qoq", "attr": "差餉物業估價署"},
    {"q": "3%至5%", "metric": "楼价增速", "t": ("明年", 0), "dir": "up", "attr": "黃家豪"},
    {"q": "逾2,100宗", "st": "一手", "metric": "成交量", "t": "本月", "attr": "劉嘉雯"},
    {"q": "約4,500個", "st": "住宅用地", "metric": "单位数量", "t": ("明年", 1), "attr": "麥慧琳"},
    {"q": "三幅", "subj": "地政總署", "metric": "用地数量", "t": ("明年", 1), "attr": "麥慧琳"},
    {"q": "約2.1萬伙", "st": "全港一手", "metric": "货尾数量", "attr": ("鄭嘉欣", 0)},
]

ARTICLE = {"id": "heldout4-ent-02-property-hk", "published_at": "2026-11-23T07:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
