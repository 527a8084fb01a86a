"""CN: a translated wire story on European industry: one-character country abbreviations in the
headline (德法), EU bodies (欧盟, 欧盟委员会 twice, 欧洲投资银行), German, French and Dutch firms with a
Latin name in brackets valued by the lexicon where it knows them (巴斯夫公司（BASF） → 巴斯夫,
道达尔能源公司（TotalEnergies） → 道达尔能源) and else by one name for both forms (西门子交通公司（Siemens
Mobility）, 德国铁路公司（Deutsche Bahn） → 德国铁路股份公司, 荷兰国际集团（ING）, an invented start-up
阿尔玛电池公司（Alma Batteries）), transliterated persons joined by ·, cities and a state abroad
(路德维希港, 勃兰登堡州 then 柏林勃兰登堡机场 as one location), a product line with a Latin model
code (Helios H7) and a train model (Mireo Plus H), 公司 resolved to the last named company, a
qoq growth (环比), a capacity inside a noun phrase (年产能约4万吨的…生产线: no claim), 2030年前."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
ALMA, DB, SM = "阿尔玛电池公司", "德国铁路股份公司", "西门子交通"
TEXT = (
    "欧盟批准德法电池补贴计划 巴斯夫等企业加码欧洲产业链\n"
    "新华社布鲁塞尔12月2日电 欧盟委员会2日宣布，批准德国和法国联合申报的电池产业补贴计划，总额32亿欧元，欧洲投资银行另将提供15亿欧元贷款。"
    "德国巴斯夫公司（BASF）和法国道达尔能源公司（TotalEnergies）均在受益之列。欧盟委员会执行副主席玛格丽特·韦斯特贝格表示，该计划有望在2030年前创造约1.5万个就业岗位。\n"
    "巴斯夫首席执行官托马斯·霍夫曼当天在路德维希港说，公司将投资约6亿欧元，在勃兰登堡州施瓦茨海德基地新建一条年产能约4万吨的正极材料生产线，预计2028年投产。\n"
    "法国初创企业阿尔玛电池公司（Alma Batteries）同日公布，公司今年第三季度出货量为2.1吉瓦时，环比增长35%，其位于敦刻尔克的工厂明年将量产Helios H7系列电芯。\n"
    "另外，德国西门子交通公司（Siemens Mobility）获得德国铁路公司（Deutsche Bahn）约9亿欧元订单，将为连接柏林勃兰登堡机场的区域铁路提供30列Mireo Plus H氢能列车，首批列车将于2028年交付。"
    "荷兰国际集团（ING）驻阿姆斯特丹分析师扬·德弗里斯认为，欧盟电池产能到2030年有望达到约1,000吉瓦时，但欧洲企业仍需应对来自亚洲的竞争。"
)

MENTIONS = [
    ent(O, "欧盟"), ent(L, "德", "德国"), ent(L, "法", "法国"), ent(O, "巴斯夫"), ent(L, "欧洲"),
    ent(O, "新华社"), ent(L, "布鲁塞尔"), date("12月2日", "2026-12-02"), ent(O, "欧盟委员会"), date("2日", "2026-12-02"), ent(L, "德国"), ent(L, "法国"),
    money("32亿欧元", 3200000000, "EUR"), ent(O, "欧洲投资银行"), money("15亿欧元", 1500000000, "EUR"),
    ent(L, "德国"), ent(O, "巴斯夫公司", "巴斯夫"), ent(O, "BASF", "巴斯夫"), ent(L, "法国"), ent(O, "道达尔能源公司", "道达尔能源"), ent(O, "TotalEnergies", "道达尔能源"),
    ent(O, "欧盟委员会"), ent(P, "玛格丽特·韦斯特贝格"), date("2030年前", "2030", mod="before"), qty("约1.5万个", 15000, "个", q="approx"),
    ent(O, "巴斯夫"), ent(P, "托马斯·霍夫曼"), ent(L, "路德维希港"), money("约6亿欧元", 600000000, "EUR", q="approx"), ent(L, "勃兰登堡州"), ent(L, "施瓦茨海德"),
    qty("约4万吨", 40000, "吨", q="approx"), date("2028年", "2028"),
    ent(L, "法国"), ent(O, "阿尔玛电池公司", ALMA), ent(O, "Alma Batteries", ALMA), date("今年第三季度", "2026-Q3"), qty("2.1吉瓦时", 2.1, "吉瓦时"), pct("35%", 35),
    ent(L, "敦刻尔克"), date("明年", "2027"), ent(D, "Helios H7"),
    ent(L, "德国"), ent(O, "西门子交通公司", SM), ent(O, "Siemens Mobility", SM), ent(O, "德国铁路公司", DB), ent(O, "Deutsche Bahn", DB),
    money("约9亿欧元", 900000000, "EUR", q="approx"), ent(L, "柏林勃兰登堡机场"), qty("30列", 30, "列"), ent(D, "Mireo Plus H"), date("2028年", "2028"),
    ent(O, "荷兰国际集团"), ent(O, "ING", "荷兰国际集团"), ent(L, "阿姆斯特丹"), ent(P, "扬·德弗里斯"), ent(O, "欧盟"), date("2030年", "2030"),
    qty("约1,000吉瓦时", 1000, "吉瓦时", q="approx"), ent(L, "欧洲"), ent(L, "亚洲"),
]

CLAIMS = [
    {"q": "32亿欧元", "st": "电池产业补贴计划", "metric": "补贴金额", "attr": ("欧盟委员会", 0)},
    {"q": "15亿欧元", "subj": "欧洲投资银行", "metric": "贷款金额", "attr": ("欧盟委员会", 0)},
    {"q": "约1.5万个", "st": "该计划", "metric": "就业岗位数量", "t": "2030年前", "attr": "玛格丽特·韦斯特贝格"},
    {"q": "约6亿欧元", "subj": ("巴斯夫", 1), "metric": "投资额", "attr": "托马斯·霍夫曼"},
    {"q": "2.1吉瓦时", "subj": "阿尔玛电池公司", "metric": "出货量", "t": "今年第三季度", "ch": "35%", "dir": "up", "basis": "qoq", "attr": "阿尔玛电池公司"},
    {"q": "约9亿欧元", "subj": "西门子交通公司", "metric": "订单金额"},
    {"q": "30列", "subj": "西门子交通公司", "metric": "列车数量"},
    {"q": "约1,000吉瓦时", "subj": ("欧盟", 1), "metric": "产能", "t": "2030年", "attr": "扬·德弗里斯"},
]

ARTICLE = {"id": "heldout8-ent-04-wire-eu", "published_at": "2026-12-03T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS,
           "skip": {"德", "法"}}
