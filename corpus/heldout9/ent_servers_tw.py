"""TW: the AI-server supply chain: 輝達（NVIDIA） and 美光（Micron） with Latin aliases in brackets (each
alias its own org mention, valued by the lexicon: 英伟达, 美光科技), a subsidiary with a Latin alias
(雲達（QCT） → 云达科技), 鴻海 announcing (宣布: attribution of its sentence), a spokesman after his
company (鴻海發言人簡宗賢), an executive with the name before the title (聯發科執行長陳冠宇), a
chairman and an official with the title before the name (美光（Micron）台灣董事長許正弘: org, org,
location, person; 中科管理局局長陳碧珠), 中科 by short form (→ 中部科学园区) holding a yoy revenue, two
parks by full name (中科二林園區, 南科嘉義園區: one location each, valued by the full names) and a park
administration (中科管理局 → its full official name), 桃園龜山 (two locations), products by model name
(Rubin, GB300 with 機櫃 left out, GB10 with 超級晶片 left out, 天璣9500, CoWoS, HBM4) and a phone fused
to its maker (vivo X300: org + product, 系列 left out), a growth as a multiple (逾一倍, a quantity in 倍 keeping the level metric 出货量),
a threshold share (突破七成: 突破 a verb outside the span, direction null), a capacity dated by its start of production (2028年),
a park's new plant holding a share (subject_text), two makers with 分別 and no source (attribution null)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
NV, QCT, CTSP = "英伟达", "云达科技", "中部科学园区"
M11 = {"low": "2026-01", "high": "2026-11"}
TEXT = (
    "輝達新平台拉貨 鴻海廣達加碼中科與桃園產線\n"
    "【記者張育綺／台中報導】輝達（NVIDIA）次世代Rubin平台明年第三季起放量，台灣伺服器供應鏈同步擴產。"
    "鴻海今（7）日宣布，將在中科二林園區投資新台幣320億元興建AI伺服器廠，2028年投產後年產能約1.2萬櫃GB300機櫃。"
    "鴻海發言人簡宗賢說，明年AI伺服器出貨量可望年增逾一倍。\n"
    "廣達則指出，旗下雲達（QCT）位於桃園龜山的新廠已於第四季投產，今年AI伺服器占營收比重將突破七成。"
    "中科管理局局長陳碧珠表示，中科今年前11月營業額約新台幣1.36兆元，年增27%，創歷年同期新高。\n"
    "晶片端，聯發科執行長陳冠宇指出，與輝達合作的GB10超級晶片已量產，搭載天璣9500的vivo X300系列上市首月出貨逾300萬支，明年旗艦晶片營收可望成長兩成以上。"
    "台積電則表示，CoWoS先進封裝月產能明年底將擴增至約11萬片，南科嘉義園區新廠將貢獻約三成。\n"
    "記憶體方面，南亞科與華邦電受惠HBM4及伺服器需求，11月合併營收分別年增64.2%與38.5%；美光（Micron）台灣董事長許正弘也宣布，將在台中擴建後段封測廠。"
)

MENTIONS = [
    ent(O, "輝達", NV), ent(O, "鴻海", "鸿海"), ent(O, "廣達", "广达"), ent(L, "中科", CTSP), ent(L, "桃園", "桃园"),
    ent(P, "張育綺", "张育绮"), ent(L, "台中"), ent(O, "輝達", NV), ent(O, "NVIDIA", NV), ent(D, "Rubin"), date("明年第三季起", "2027-Q3", mod="after"),
    ent(L, "台灣", "台湾"),
    ent(O, "鴻海", "鸿海"), date("今（7）日", "2026-12-07"), ent(L, "中科二林園區", "中部科学园区二林园区"), money("新台幣320億元", 32000000000, "TWD"),
    date("2028年", "2028"), qty("約1.2萬櫃", 12000, "柜", q="approx"), ent(D, "GB300"),
    ent(O, "鴻海", "鸿海"), ent(P, "簡宗賢", "简宗贤"), date("明年", "2027"), qty("逾一倍", 1, "倍", q="gt"),
    ent(O, "廣達", "广达"), ent(O, "雲達", QCT), ent(O, "QCT", QCT), ent(L, "桃園", "桃园"), ent(L, "龜山", "龟山区"), date("第四季", "2026-Q4"),
    date("今年", "2026"), pct("七成", 70),
    ent(O, "中科管理局", "国家科学及技术委员会中部科学园区管理局"), ent(P, "陳碧珠", "陈碧珠"), ent(L, "中科", CTSP), date("今年前11月", None, **M11),
    money("約新台幣1.36兆元", 1360000000000, "TWD", q="approx"), pct("27%", 27),
    ent(O, "聯發科", "联发科"), ent(P, "陳冠宇", "陈冠宇"), ent(O, "輝達", NV), ent(D, "GB10"), ent(D, "天璣9500", "天玑9500"), ent(O, "vivo"), ent(D, "X300"),
    qty("逾300萬支", 3000000, "支", q="gt"), date("明年", "2027"), pct("兩成以上", 20, q="gt"),
    ent(O, "台積電", "台积电"), ent(D, "CoWoS"), date("明年底", "2027", mod="end"), qty("約11萬片", 110000, "片", q="approx"),
    ent(L, "南科嘉義園區", "南部科学园区嘉义园区"), pct("約三成", 30, q="approx"),
    ent(O, "南亞科", "南亚科"), ent(O, "華邦電", "华邦电"), ent(D, "HBM4"), date("11月", "2026-11"), pct("64.2%", 64.2), pct("38.5%", 38.5),
    ent(O, "美光", "美光科技"), ent(O, "Micron", "美光科技"), ent(L, "台灣", "台湾"), ent(P, "許正弘", "许正弘"), ent(L, "台中"),
]

CLAIMS = [
    {"q": "新台幣320億元", "subj": ("鴻海", 1), "metric": "投资额", "attr": ("鴻海", 1)},
    {"q": "約1.2萬櫃", "subj": ("鴻海", 1), "metric": "产能", "t": "2028年", "attr": ("鴻海", 1)},
    {"q": "逾一倍", "subj": ("鴻海", 2), "metric": "出货量", "t": ("明年", 0), "dir": "up", "basis": "yoy", "attr": "簡宗賢"},
    {"q": "七成", "subj": ("廣達", 1), "metric": "营收占比", "t": "今年", "attr": ("廣達", 1)},
    {"q": "約新台幣1.36兆元", "subj": ("中科", 1), "metric": "营业收入", "t": "今年前11月", "ch": "27%", "dir": "up", "basis": "yoy", "attr": "陳碧珠"},
    {"q": "逾300萬支", "subj": "X300", "metric": "出货量", "attr": "陳冠宇"},
    {"q": "兩成以上", "st": "旗艦晶片", "metric": "营业收入增速", "t": ("明年", 1), "dir": "up", "attr": "陳冠宇"},
    {"q": "約11萬片", "subj": "台積電", "metric": "产能", "t": "明年底", "dir": "up", "attr": "台積電"},
    {"q": "約三成", "st": "南科嘉義園區新廠", "metric": "产能占比", "t": "明年底", "attr": "台積電"},
    {"q": "64.2%", "subj": "南亞科", "metric": "营业收入增速", "t": "11月", "dir": "up", "basis": "yoy"},
    {"q": "38.5%", "subj": "華邦電", "metric": "营业收入增速", "t": "11月", "dir": "up", "basis": "yoy"},
]

ARTICLE = {"id": "heldout9-ent-04-servers-tw", "published_at": "2026-12-07T08:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
