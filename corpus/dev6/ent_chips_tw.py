"""TW (Traditional): phone and PC chips before the holiday season: products with numbers, spaces
and codes (天璣9500, 驍龍8 Elite Gen 5, iPhone 17, Pixel 10, vivo X300, OPPO Find X9, ROG槍神9,
Predator Helios 18, RTX 5090) with generic heads after them (系列, 筆電顯示晶片), makers as
modifiers before their products (蘋果iPhone 17, 輝達RTX 5090), TW companies by short name (聯發科,
台積電, 華碩, 宏碁) and a foundry process node that is not a claim (3奈米製程), two unlisted
股份有限公司 names, one then by short form (芯曜), TSMC's monthly revenue with 月增 and 年增, a science park by full and short name
(南部科學園區, 南科), a market-research firm's shipment figure with 年增, and a chairman's quote."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "聯發科新旗艦晶片量產 手機品牌搶先採用\n"
    "【記者林彥廷／新竹報導】聯發科19日宣布，旗艦晶片天璣9500已在台積電以3奈米製程全面量產，首批將搭載於vivo X300與OPPO Find X9系列。"
    "高通的驍龍8 Elite Gen 5同月開始出貨，雙方在高階手機市場的競爭更趨激烈。"
    "台積電日前公布，10月營收為3,674億元，月增9.4%、年增23.1%。\n"
    "年底檔期，蘋果iPhone 17系列與Google的Pixel 10在台灣通路銷售熱絡。電腦品牌方面，華碩的ROG槍神9與宏碁的Predator Helios 18都搭載了輝達RTX 5090筆電顯示晶片。"
    "集邦科技統計，第三季全球智慧型手機出貨量約3億支，年增2%。\n"
    "位於南部科學園區的晶片設計業者芯曜科技股份有限公司也搭上這波需求，主攻手機電源管理晶片，同在南科的封測廠晶昱半導體股份有限公司則將擴充產線。芯曜董事長吳冠廷表示：「今年營收可望年增約25%，"
    "明年將在南科再增設一座測試廠，員工人數預計增加120人。」他說，公司已通過聯發科的供應商認證，"
    "明年上半年起供貨。"
)

MENTIONS = [
    ent(O, "聯發科", "联发科"),
    ent(P, "林彥廷", "林彦廷"), ent(L, "新竹"), ent(O, "聯發科", "联发科"), date("19日", "2026-11-19"), ent(D, "天璣9500", "天玑9500"), ent(O, "台積電", "台积电"),
    qty("3奈米", 3, "纳米"), ent(D, "vivo X300"), ent(D, "OPPO Find X9"),
    ent(O, "高通"), ent(D, "驍龍8 Elite Gen 5", "骁龙8 Elite Gen 5"),
    ent(O, "台積電", "台积电"), date("10月", "2026-10"), money("3,674億元", 367400000000, "TWD"), pct("9.4%", 9.4), pct("23.1%", 23.1),
    date("年底", "2026", mod="end"), ent(O, "蘋果", "苹果"), ent(D, "iPhone 17"), ent(O, "Google", "谷歌"), ent(D, "Pixel 10"), ent(L, "台灣", "台湾"),
    ent(O, "華碩", "华硕"), ent(D, "ROG槍神9", "ROG枪神9"), ent(O, "宏碁"), ent(D, "Predator Helios 18"), ent(O, "輝達", "英伟达"), ent(D, "RTX 5090"),
    ent(O, "集邦科技"), date("第三季", "2026-Q3"), qty("約3億支", 300000000, "支", q="approx"), pct("2%", 2),
    ent(L, "南部科學園區", "南部科学园区"), ent(O, "芯曜科技股份有限公司", "芯曜科技股份有限公司"),
    ent(L, "南科", "南部科学园区"), ent(O, "晶昱半導體股份有限公司", "晶昱半导体股份有限公司"),
    ent(O, "芯曜", "芯曜科技股份有限公司"), ent(P, "吳冠廷", "吴冠廷"), date("今年", "2026"), pct("約25%", 25, q="approx"),
    date("明年", "2027"), ent(L, "南科", "南部科学园区"), qty("120人", 120, "人"), ent(O, "聯發科", "联发科"),
    date("明年上半年", "2027-H1"),
]

CLAIMS = [
    {"q": "3,674億元", "subj": ("台積電", 1), "metric": "营业收入", "t": "10月", "ch": "23.1%", "dir": "up", "basis": "yoy", "attr": ("台積電", 1)},
    {"q": "9.4%", "subj": ("台積電", 1), "metric": "营业收入增速", "t": "10月", "dir": "up", "basis": "qoq", "attr": ("台積電", 1)},
    {"q": "約3億支", "st": "全球智慧型手機", "metric": "出货量", "t": "第三季", "ch": "2%", "dir": "up", "basis": "yoy", "attr": "集邦科技"},
    {"q": "約25%", "subj": "芯曜", "metric": "营业收入增速", "t": "今年", "dir": "up", "basis": "yoy", "attr": "吳冠廷"},
    {"q": "120人", "subj": "芯曜", "metric": "员工数量", "t": "明年", "dir": "up", "attr": "吳冠廷"},
]

ARTICLE = {"id": "dev6-ent-02-chips-tw", "published_at": "2026-11-20T09:30:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
