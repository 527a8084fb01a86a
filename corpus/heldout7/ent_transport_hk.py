"""HK: a new MTR extension and a public housing estate: the railway company by two forms (港鐵公司,
港鐵 → 港铁), a line (屯門南延線), planned and existing stations (屯門第16區站, 屯門南站, 紅磡站,
屯門站), a pier, a road, a district with 區 (屯門區 → 屯门区) and without (屯門), a numbered area
(屯門第54區), departments valued by the lexicon (運輸署, 房屋署, 運輸及物流局), bus companies by short
form (九巴 → 九龙巴士, 城巴), two developers joined in one consortium (subject_text), a legislator, bare
元 as HKD, 昨日, 明年首季, 明年6月前, a count with 兩個 and a comparison base year (no time)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TMSE = "屯门南延线"
TEXT = (
    "屯門南延線動工 港鐵料2030年通車\n"
    "【本報訊】港鐵公司昨日宣布，屯門南延線主體工程正式動工，新線全長約2.4公里，設屯門第16區站及屯門南站兩個車站，工程費用約為港幣98億元，預計2030年通車，新站將支援八達通及手機QR碼入閘。"
    "港鐵工程總監梁家輝表示，通車後由屯門南站往返紅磡站的車程可縮短約15分鐘。\n"
    "運輸署發言人指，配合新線通車，九巴將重組屯門區內8條巴士路線，現時途經屯門公路的巴士路線每日載客量約18萬人次。"
    "署方亦會與城巴商討增設往來屯門碼頭與香港國際機場的路線。"
    "九巴發言人則表示，公司明年將購入約120部新巴士。\n"
    "房屋署同日公布，屯門第54區的公營房屋項目將於明年首季入伙，提供約6,800個單位，可容納約1.9萬名居民。\n"
    "另外，新鴻基地產與恒基兆業地產合組的財團早前以34.5億元投得屯門站附近一幅住宅地。"
    "測量師行估算，該幅住宅地每平方呎樓面地價約4,200元。\n"
    "立法會議員何志明認為，屯門、元朗一帶人口較2016年增加約15%，交通配套追不上人口增長。"
    "他促請運輸及物流局於明年6月前交代屯門至荃灣一段道路的擴闊方案，並研究把屯門南延線伸延至荃灣西站。"
)

MENTIONS = [
    ent(L, "屯門南延線", TMSE), ent(O, "港鐵", "港铁"), date("2030年", "2030"),
    ent(O, "港鐵公司", "港铁"), date("昨日", "2026-12-02"), ent(L, "屯門南延線", TMSE), qty("約2.4公里", 2.4, "公里", q="approx"),
    ent(L, "屯門第16區站", "屯门第16区站"), ent(L, "屯門南站", "屯门南站"), qty("兩個", 2, "个"), money("約為港幣98億元", 9800000000, "HKD", q="approx"),
    date("2030年", "2030"), ent(D, "八達通", "八达通"),
    ent(O, "港鐵", "港铁"), ent(P, "梁家輝", "梁家辉"), ent(L, "屯門南站", "屯门南站"), ent(L, "紅磡站", "红磡站"), dur("約15分鐘", "PT15M", q="approx"),
    ent(O, "運輸署", "运输署"), ent(O, "九巴", "九龙巴士"), ent(L, "屯門區", "屯门区"), qty("8條", 8, "条"), ent(L, "屯門公路", "屯门公路"),
    qty("約18萬人次", 180000, "人次", q="approx"),
    ent(O, "城巴"), ent(L, "屯門碼頭", "屯门码头"), ent(L, "香港國際機場", "香港国际机场"),
    ent(O, "九巴", "九龙巴士"), date("明年", "2027"), qty("約120部", 120, "部", q="approx"),
    ent(O, "房屋署"), ent(L, "屯門第54區", "屯门第54区"), date("明年首季", "2027-Q1"), qty("約6,800個", 6800, "个", q="approx"),
    qty("約1.9萬名", 19000, "名", q="approx"),
    ent(O, "新鴻基地產", "新鸿基地产"), ent(O, "恒基兆業地產", "恒基地产"), money("34.5億元", 3450000000, "HKD"), ent(L, "屯門站", "屯门站"),
    money("約4,200元", 4200, "HKD", q="approx"),
    ent(O, "立法會", "香港立法会"), ent(P, "何志明"), ent(L, "屯門", "屯门"), ent(L, "元朗"), date("2016年", "2016"), pct("約15%", 15, q="approx"),
    ent(O, "運輸及物流局", "运输及物流局"), date("明年6月前", "2027-06", mod="before"), ent(L, "屯門", "屯门"), ent(L, "荃灣", "荃湾"),
    ent(L, "屯門南延線", TMSE), ent(L, "荃灣西站", "荃湾西站"),
]

CLAIMS = [
    {"q": "約2.4公里", "subj": ("屯門南延線", 1), "metric": "长度", "attr": "港鐵公司"},
    {"q": "兩個", "subj": ("屯門南延線", 1), "metric": "车站数量", "attr": "港鐵公司"},
    {"q": "約為港幣98億元", "subj": ("屯門南延線", 1), "metric": "工程费用", "attr": "港鐵公司"},
    {"q": "8條", "subj": ("九巴", 0), "metric": "巴士路线数量", "attr": "運輸署"},
    {"q": "約18萬人次", "st": "途經屯門公路的巴士路線", "metric": "载客量", "attr": "運輸署"},
    {"q": "約120部", "subj": ("九巴", 1), "metric": "新巴士数量", "t": "明年", "attr": ("九巴", 1)},
    {"q": "約6,800個", "st": "公營房屋項目", "metric": "单位数量", "t": "明年首季", "attr": "房屋署"},
    {"q": "約1.9萬名", "st": "公營房屋項目", "metric": "居民数量", "t": "明年首季", "attr": "房屋署"},
    {"q": "34.5億元", "st": "新鴻基地產與恒基兆業地產合組的財團", "metric": "成交金额"},
    {"q": "約4,200元", "st": "住宅地", "metric": "楼面地价"},
    {"q": "約15%", "st": "屯門、元朗一帶", "metric": "人口增速", "dir": "up", "attr": "何志明"},
]

ARTICLE = {"id": "heldout7-ent-03-transport-hk", "published_at": "2026-12-03T08:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
