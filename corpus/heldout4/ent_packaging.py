"""TW: a market-research report on advanced packaging: 輝達 / NVIDIA and 超微 / AMD with their
platforms, 集邦科技 / TrendForce / 集邦, a packaging group and its subsidiary, science parks by full
and short name and the park bureau by its short form, a research institute's unit, a chip and its
process, districts of two cities, 月增/季增/年增 cues, from X to Y, a CNA byline and closing code."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "輝達Rubin訂單湧入 台積電CoWoS明年月產能上看12萬片\n"
    "（中央社記者蘇語萱新竹19日電）市調機構集邦科技（TrendForce）今天發布報告指出，受輝達（NVIDIA）新一代Rubin平台及超微（AMD）MI450加速器需求帶動，"
    "台積電CoWoS先進封裝月產能將從今年底的約8萬片，提升至明年底的12萬片。\n"
    "集邦分析師何思妤表示，日月光投控與旗下矽品在高雄楠梓及台中潭子的新廠明年上半年陸續量產，外包比重可望由一成升至兩成。"
    "廣達、緯創等伺服器代工廠第三季AI伺服器出貨量季增18%，年增逾五成。\n"
    "國科會主委鄭元凱今天在竹科管理局主持會議時說，新竹科學園區今年營業額估達2.1兆元，將創歷史新高；南科則受惠於3奈米擴產，營業額年增約15%。\n"
    "工研院產科國際所研究總監蔡宗翰指出，聯發科天璣9500晶片採用台積電N3P製程，明年出貨量可望突破8,000萬顆；蘋果iPhone 18的A20處理器則將改用台積電2奈米製程。\n"
    "經濟部產業發展署（產發署）署長邱雅婷表示，政府明年將編列約45億元補助先進封裝研發，並協助台大、清大與成大設立聯合研究中心。\n"
    "圖為新竹科學園區一景。（中央社檔案照片）\n"
    "（編輯：陳政偉）1151119"
)

MENTIONS = [
    ent(O, "輝達", "英伟达"), ent(D, "Rubin"), ent(O, "台積電", "台积电"), ent(D, "CoWoS"), date("明年", "2027"),
    qty("12萬片", 120000, "片"),
    ent(O, "中央社"), ent(P, "蘇語萱", "苏语萱"), ent(L, "新竹"), date("19日", "2026-11-19"), ent(O, "集邦科技", "集邦咨询"),
    ent(O, "TrendForce", "集邦咨询"), date("今天", "2026-11-19"), ent(O, "輝達", "英伟达"), ent(O, "NVIDIA", "英伟达"), ent(D, "Rubin"),
    ent(O, "超微", "AMD"), ent(O, "AMD"), ent(D, "MI450"),
    ent(O, "台積電", "台积电"), ent(D, "CoWoS"), date("今年底", "2026", mod="end"), qty("約8萬片", 80000, "片", q="approx"),
    date("明年底", "2027", mod="end"), qty("12萬片", 120000, "片"),
    ent(O, "集邦", "集邦咨询"), ent(P, "何思妤"), ent(O, "日月光投控"), ent(O, "矽品"), ent(L, "高雄"), ent(L, "楠梓", "楠梓区"), ent(L, "台中"),
    ent(L, "潭子", "潭子区"), date("明年上半年", "2027-H1"), pct("一成", 10), pct("兩成", 20),
    ent(O, "廣達", "广达"), ent(O, "緯創", "纬创"), date("第三季", "2026-Q3"), pct("18%", 18), pct("逾五成", 50, q="gt"),
    ent(O, "國科會", "国家科学及技术委员会"), ent(P, "鄭元凱", "郑元凯"), date("今天", "2026-11-19"),
    ent(O, "竹科管理局", "新竹科学园区管理局"), ent(L, "新竹科學園區", "新竹科学园区"), date("今年", "2026"),
    money("2.1兆元", 2100000000000, "TWD"), ent(L, "南科", "南部科学园区"), qty("3奈米", 3, "纳米"), pct("約15%", 15, q="approx"),
    ent(O, "工研院產科國際所", "工业技术研究院产业科技国际策略发展所"), ent(P, "蔡宗翰"), ent(O, "聯發科", "联发科"),
    ent(D, "天璣9500", "天玑9500"), ent(O, "台積電", "台积电"), ent(D, "N3P"), date("明年", "2027"), qty("8,000萬顆", 80000000, "颗"),
    ent(O, "蘋果", "苹果"), ent(D, "iPhone 18"), ent(D, "A20"), ent(O, "台積電", "台积电"), qty("2奈米", 2, "纳米"),
    ent(O, "經濟部產業發展署", "经济部产业发展署"), ent(O, "產發署", "经济部产业发展署"), ent(P, "邱雅婷"), date("明年", "2027"),
    money("約45億元", 4500000000, "TWD", q="approx"), ent(O, "台大", "台湾大学"), ent(O, "清大", "台湾清华大学"), ent(O, "成大", "国立成功大学"),
    ent(L, "新竹科學園區", "新竹科学园区"), ent(O, "中央社"),
    ent(P, "陳政偉", "陈政伟"),
]

HOLDERS = "廣達、緯創等伺服器代工廠"
CLAIMS = [
    {"q": ("12萬片", 0), "subj": ("CoWoS", 0), "metric": "产能", "t": ("明年", 0)},
    {"q": "約8萬片", "subj": ("CoWoS", 1), "metric": "产能", "t": "今年底", "attr": "集邦科技"},
    {"q": ("12萬片", 1), "subj": ("CoWoS", 1), "metric": "产能", "t": "明年底", "dir": "up", "attr": "集邦科技"},
    {"q": "一成", "st": "外包", "metric": "占比", "attr": "何思妤"},
    {"q": "兩成", "st": "外包", "metric": "占比", "t": "明年上半年", "dir": "up", "attr": "何思妤"},
    {"q": "18%", "st": HOLDERS, "metric": "AI服务器出货量增速", "t": "第三季", "dir": "up", "basis": "qoq", "attr": "何思妤"},
    {"q": "逾五成", "st": HOLDERS, "metric": "AI服务器出货量增速", "t": "第三季", "dir": "up", "basis": "yoy", "attr": "何思妤"},
    {"q": "2.1兆元", "subj": ("新竹科學園區", 0), "metric": "营业收入", "t": "今年", "attr": "鄭元凱"},
    {"q": "約15%", "subj": "南科", "metric": "营业收入增速", "t": "今年", "dir": "up", "basis": "yoy", "attr": "鄭元凱"},
    {"q": "8,000萬顆", "subj": "天璣9500", "metric": "出货量", "t": ("明年", 1), "attr": "蔡宗翰"},
    {"q": "約45億元", "metric": "补贴", "t": ("明年", 2), "attr": "邱雅婷"},
]

ARTICLE = {"id": "heldout4-ent-05-packaging-tw", "published_at": "2026-11-19T14:30:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
