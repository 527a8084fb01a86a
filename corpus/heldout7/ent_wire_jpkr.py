"""CN: a translated wire story on Japanese and Korean chip and car makers: companies with a Latin
alias in brackets valued by the lexicon (丰田汽车公司（Toyota） → 丰田汽车, 三星电子（Samsung
Electronics）, 瑞萨电子（Renesas Electronics）, 现代汽车集团（Hyundai Motor Group） → 现代汽车) and
later by short form (丰田, 瑞萨), Japanese and Korean names in Chinese characters with titles, a
transliterated analyst joined by ·, product models with codes (Exynos Auto V920, bZ7X, IONIQ 9),
foreign cities and a province and state (名古屋, 京畿道平泽市, 佐治亚州), a count inside a noun
phrase (5纳米工艺, no claim), a five-year term, a sales figure with a year-on-year fall."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TOYOTA, SAMSUNG, RENESAS, HYUNDAI = "丰田汽车", "三星电子", "瑞萨电子", "现代汽车"
TEXT = (
    "日韩车企加码车用芯片 丰田与三星电子签署长期供货协议\n"
    "新华社东京12月2日电 日本丰田汽车公司（Toyota）2日宣布，将与韩国三星电子（Samsung Electronics）签署为期5年的车用芯片供货协议，"
    "三星电子将从2028年开始每年向丰田供应约3,000万颗车规级存储芯片。丰田执行副总裁田中浩二在名古屋表示，该协议总金额约为1.2万亿日元。\n"
    "三星电子半导体事业部社长金在勋说，相关芯片将在京畿道平泽市的工厂生产，采用5纳米工艺的Exynos Auto V920将率先搭载于丰田新款纯电动车bZ7X。\n"
    "另据韩联社报道，现代汽车集团（Hyundai Motor Group）社长李承焕2日在首尔表示，集团计划在未来三年对美国佐治亚州工厂追加投资60亿美元，"
    "并把电动SUV车型IONIQ 9的年产量提高到30万辆。\n"
    "日本瑞萨电子（Renesas Electronics）同日公布，第三季度车用微控制器销售额为2,480亿日元，同比下降3.7%。"
    "瑞萨首席财务官佐藤美穗说，中国市场价格竞争激烈，公司将把部分产能转向欧洲客户，新一代R-Car V4H芯片已获本田和日产订单。"
    "野村综合研究所分析师理查德·沃森则认为，日韩车企明年在华销量可能继续承压。"
)

MENTIONS = [
    ent(L, "日", "日本"), ent(L, "韩", "韩国"), ent(O, "丰田", TOYOTA), ent(O, "三星电子", SAMSUNG),
    ent(O, "新华社"), ent(L, "东京"), date("12月2日", "2026-12-02"), ent(L, "日本"), ent(O, "丰田汽车公司", TOYOTA), ent(O, "Toyota", TOYOTA),
    date("2日", "2026-12-02"), ent(L, "韩国"), ent(O, "三星电子", SAMSUNG), ent(O, "Samsung Electronics", SAMSUNG), dur("5年", "P5Y"),
    ent(O, "三星电子", SAMSUNG), date("2028年", "2028"), ent(O, "丰田", TOYOTA), qty("约3,000万颗", 30000000, "颗", q="approx"),
    ent(O, "丰田", TOYOTA), ent(P, "田中浩二"), ent(L, "名古屋"), money("约为1.2万亿日元", 1200000000000, "JPY", q="approx"),
    ent(O, "三星电子半导体事业部", "三星电子半导体事业部"), ent(P, "金在勋"), ent(L, "京畿道"), ent(L, "平泽市"), qty("5纳米", 5, "纳米"),
    ent(D, "Exynos Auto V920"), ent(O, "丰田", TOYOTA), ent(D, "bZ7X"),
    ent(O, "韩联社"), ent(O, "现代汽车集团", HYUNDAI), ent(O, "Hyundai Motor Group", HYUNDAI), ent(P, "李承焕"), date("2日", "2026-12-02"),
    ent(L, "首尔"), dur("三年", "P3Y"), ent(L, "美国"), ent(L, "佐治亚州"), money("60亿美元", 6000000000, "USD"),
    ent(D, "IONIQ 9"), qty("30万辆", 300000, "辆"),
    ent(L, "日本"), ent(O, "瑞萨电子", RENESAS), ent(O, "Renesas Electronics", RENESAS), date("第三季度", "2026-Q3"),
    money("2,480亿日元", 248000000000, "JPY"), pct("3.7%", 3.7),
    ent(O, "瑞萨", RENESAS), ent(P, "佐藤美穗"), ent(L, "中国"), ent(L, "欧洲"), ent(D, "R-Car V4H"), ent(O, "本田"), ent(O, "日产", "日产汽车"),
    ent(O, "野村综合研究所"), ent(P, "理查德·沃森"), ent(L, "日", "日本"), ent(L, "韩", "韩国"), date("明年", "2027"), ent(L, "华", "中国"),
]

CLAIMS = [
    {"q": "约3,000万颗", "subj": ("三星电子", 2), "metric": "供应量", "t": "2028年", "attr": "丰田汽车公司"},
    {"q": "约为1.2万亿日元", "st": "该协议", "metric": "合同金额", "attr": "田中浩二"},
    {"q": "60亿美元", "subj": "现代汽车集团", "metric": "投资额", "attr": "李承焕"},
    {"q": "30万辆", "subj": "IONIQ 9", "metric": "产量", "dir": "up", "attr": "李承焕"},
    {"q": "2,480亿日元", "subj": "瑞萨电子", "metric": "销售额", "t": "第三季度", "ch": "3.7%", "dir": "down", "basis": "yoy", "attr": "瑞萨电子"},
]

ARTICLE = {"id": "heldout7-ent-04-wire-jpkr", "published_at": "2026-12-03T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS,
           "skip": {"日", "韩", "华"}}
