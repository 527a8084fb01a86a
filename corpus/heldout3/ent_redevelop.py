"""HK: a redevelopment tender and the housing market: 市建局 with a Latin alias (URA), developers
with short names that are common words (新地, 信和, 新世界, 長實), streets, districts, an estate and a
new development, a line and its station, 全港, 厘 rates, a byline in brackets and a photo credit."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "市建局土瓜灣項目截標 新地、信和、新世界入標\n"
    "【本報記者鄧詠珊報道】市區重建局（市建局，URA）今日宣布，土瓜灣庇利街／榮光街重建項目截標，共收到6份標書，"
    "新鴻基地產（新地）、信和置業（信和）及新世界發展（新世界）均有入標。項目地盤面積約10,750平方呎，可建樓面約9.6萬平方呎，"
    "預計提供約150個住宅單位。市建局行政總監黃國熙表示，項目鄰近屯馬線宋皇臺站，亦可步行至九龍城。\n"
    "二手市場方面，美聯物業（美聯）數據顯示，11月首29日全港二手住宅成交約3,420宗，按月增加6%，"
    "其中將軍澳日出康城、屯門及元朗的成交最活躍。差餉物業估價署（差估署）最新數據則顯示，10月私人住宅售價指數按月回升0.8%。\n"
    "一手方面，長江實業集團（長實）亦加快推盤。長實執行董事郭詠儀表示，啟德新盤「海譽灣」將推售首批168伙，"
    "平均呎價約2.3萬元，較同區新盤低約5%。\n"
    "供應方面，發展局局長何詠恩表示，發展局本財政年度已推出4幅住宅地，可供興建約3,200個單位。\n"
    "按揭方面，滙豐（HSBC）宣布下月起將最優惠利率下調0.125厘至5.25厘，中銀香港（BOCHK）表示會密切留意市況。\n"
    "圖為啟德發展區一帶住宅，遠處為維多利亞港。（鄧詠珊攝）"
)

MENTIONS = [
    ent(O, "市建局", "市区重建局"), ent(L, "土瓜灣", "土瓜湾"), ent(O, "新地", "新鸿基地产"), ent(O, "信和", "信和置业"),
    ent(O, "新世界", "新世界发展"),
    ent(P, "鄧詠珊", "邓咏珊"), ent(O, "市區重建局", "市区重建局"), ent(O, "市建局", "市区重建局"), ent(O, "URA", "市区重建局"),
    date("今日", "2026-11-30"), ent(L, "土瓜灣", "土瓜湾"), ent(L, "庇利街"), ent(L, "榮光街", "荣光街"), qty("6份", 6, "份"),
    ent(O, "新鴻基地產", "新鸿基地产"), ent(O, "新地", "新鸿基地产"), ent(O, "信和置業", "信和置业"), ent(O, "信和", "信和置业"),
    ent(O, "新世界發展", "新世界发展"), ent(O, "新世界", "新世界发展"),
    qty("約10,750平方呎", 10750, "平方呎", q="approx"), qty("約9.6萬平方呎", 96000, "平方呎", q="approx"),
    qty("約150個", 150, "个", q="approx"), ent(O, "市建局", "市区重建局"), ent(P, "黃國熙", "黄国熙"),
    ent(L, "屯馬線", "屯马线"), ent(L, "宋皇臺站", "宋皇台站"), ent(L, "九龍城", "九龙城"),
    ent(O, "美聯物業", "美联物业"), ent(O, "美聯", "美联物业"), date("11月首29日", None, low="2026-11-01", high="2026-11-29"),
    ent(L, "港", "香港"), qty("約3,420宗", 3420, "宗", q="approx"), pct("6%", 6),
    ent(L, "將軍澳", "将军澳"), ent(L, "日出康城"), ent(L, "屯門", "屯门"), ent(L, "元朗"),
    ent(O, "差餉物業估價署", "差饷物业估价署"), ent(O, "差估署", "差饷物业估价署"), date("10月", "2026-10"), pct("0.8%", 0.8),
    ent(O, "長江實業集團", "长江实业"), ent(O, "長實", "长江实业"), ent(O, "長實", "长江实业"),
    ent(P, "郭詠儀", "郭咏仪"), ent(L, "啟德", "启德"), ent(L, "海譽灣", "海誉湾"), qty("168伙", 168, "伙"),
    money("約2.3萬元", 23000, "HKD", q="approx"), pct("約5%", 5, q="approx"),
    ent(O, "發展局", "发展局"), ent(P, "何詠恩", "何咏恩"), ent(O, "發展局", "发展局"),
    date("本財政年度", None, low="2026-04", high="2027-03", fiscal=True), qty("4幅", 4, "幅"),
    qty("約3,200個", 3200, "个", q="approx"),
    ent(O, "滙豐", "汇丰控股"), ent(O, "HSBC", "汇丰控股"), date("下月起", "2026-12", mod="after"),
    pct("0.125厘", 0.125, "pp"), pct("5.25厘", 5.25),
    ent(O, "中銀香港", "中银香港"), ent(O, "BOCHK", "中银香港"),
    ent(L, "啟德發展區", "启德发展区"), ent(L, "維多利亞港", "维多利亚港"), ent(P, "鄧詠珊", "邓咏珊"),
]

URA, SITE = "市區重建局", "項目"
CLAIMS = [
    {"q": "6份", "st": "土瓜灣庇利街／榮光街重建項目", "metric": "标书数量", "t": "今日", "attr": URA},
    {"q": "約10,750平方呎", "st": SITE, "metric": "地盘面积", "attr": URA},
    {"q": "約9.6萬平方呎", "st": SITE, "metric": "可建楼面面积", "attr": URA},
    {"q": "約150個", "st": SITE, "metric": "住宅单位数量", "attr": URA},
    {"q": "約3,420宗", "st": "全港二手住宅", "metric": "成交量", "t": "11月首29日", "ch": "6%", "dir": "up",
     "basis": "qoq", "attr": "美聯物業"},
    {"q": "0.8%", "st": "私人住宅", "metric": "售价指数增速", "t": "10月", "dir": "up", "basis": "qoq",
     "attr": "差餉物業估價署"},
    {"q": "4幅", "subj": ("發展局", 1), "metric": "住宅地数量", "t": "本財政年度", "attr": "何詠恩"},
    {"q": "約3,200個", "subj": ("發展局", 1), "metric": "单位数量", "t": "本財政年度", "attr": "何詠恩"},
    {"q": "168伙", "subj": "海譽灣", "metric": "推售单位数量", "attr": "郭詠儀"},
    {"q": "約2.3萬元", "subj": "海譽灣", "metric": "均价", "ch": "約5%", "attr": "郭詠儀"},
    {"q": "5.25厘", "subj": "滙豐", "metric": "最优惠利率", "t": "下月起", "ch": "0.125厘", "dir": "down", "attr": "滙豐"},
]

ARTICLE = {"id": "heldout3-ent-07-redevelop-hk", "published_at": "2026-11-30T17:45:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"港"}}
