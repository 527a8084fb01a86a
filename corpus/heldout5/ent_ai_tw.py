"""TW: a planning-council report to a legislative committee on sovereign compute, with questions
from two legislators: 國家發展委員會（國發會）, 衛生福利部（衛福部）, 數位發展部（數位部） full and
short, 立法院經濟委員會 (one org with its committee, ANNOTATING.md), party names inside 民進黨籍 / 國民黨籍, two science parks by full and short
name (中科 here is the park), three companies with Latin aliases in brackets and a utility
（台電（Taipower））, county + township (苗栗縣竹南鎮, 銅鑼鄉, 花蓮縣玉里鎮), 全台, an LLM and a chip
by Latin name, 明（116）年, 年增, 瓩, a CNA byline and closing code."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "國發會擬砸逾500億元建算力中心 立委促先補醫院資安\n"
    "（中央社記者陳冠廷台北24日電）國家發展委員會（國發會）主委高士傑今天到立法院經濟委員會報告時表示，行政院明（116）年將編列逾500億元建置主權算力中心，其中約三成將投入南部科學園區（南科）及中部科學園區（中科）。"
    "高士傑預估，今年AI產業投資可達1.8兆元，年增約25%，其中台積電（TSMC）、鴻海（Foxconn）與廣達（Quanta）合計占約六成。\n"
    "民進黨籍立委林佳蓉質詢時指出，去年全台醫療院所通報的資安事件達186件，年增42%，她要求衛生福利部（衛福部）與數位發展部（數位部）增列醫院資安經費。"
    "國民黨籍立委王正宏則關切，苗栗縣竹南鎮及銅鑼鄉的新廠用電缺口約40萬瓩，台電（Taipower）應在半年內提出供電計畫。\n"
    "數位部回應，明年資安預算將增加15%至約48億元。衛福部次長周怡萱也說，已編列約3億元協助花蓮縣玉里鎮等偏鄉醫院更新系統。\n"
    "鴻海發言人張凱文表示，集團自研的繁體中文大型語言模型FoxBrain已導入高雄、桃園共12家醫院，明年第一季將推出搭載輝達（NVIDIA）GB300晶片的伺服器，初期月產能約2,000櫃。\n"
    "（編輯：許嘉芸）1151124"
)

MENTIONS = [
    ent(O, "國發會", "国家发展委员会"), money("逾500億元", 50000000000, "TWD", q="gt"),
    ent(O, "中央社"), ent(P, "陳冠廷", "陈冠廷"), ent(L, "台北"), date("24日", "2026-11-24"), ent(O, "國家發展委員會", "国家发展委员会"),
    ent(O, "國發會", "国家发展委员会"), ent(P, "高士傑", "高士杰"), date("今天", "2026-11-24"), ent(O, "立法院經濟委員會", "立法院经济委员会"),
    ent(O, "行政院"), date("明（116）年", "2027"), money("逾500億元", 50000000000, "TWD", q="gt"), pct("約三成", 30, q="approx"),
    ent(L, "南部科學園區", "南部科学园区"), ent(L, "南科", "南部科学园区"), ent(L, "中部科學園區", "中部科学园区"), ent(L, "中科", "中部科学园区"),
    ent(P, "高士傑", "高士杰"), date("今年", "2026"), money("1.8兆元", 1800000000000, "TWD"),
    pct("約25%", 25, q="approx"), ent(O, "台積電", "台积电"), ent(O, "TSMC", "台积电"), ent(O, "鴻海", "鸿海"), ent(O, "Foxconn", "鸿海"),
    ent(O, "廣達", "广达"), ent(O, "Quanta", "广达"), pct("約六成", 60, q="approx"),
    ent(O, "民進黨", "民主进步党"), ent(P, "林佳蓉"), date("去年", "2025"), ent(L, "台", "台湾"), qty("186件", 186, "件"), pct("42%", 42),
    ent(O, "衛生福利部", "卫生福利部"), ent(O, "衛福部", "卫生福利部"), ent(O, "數位發展部", "数位发展部"), ent(O, "數位部", "数位发展部"),
    ent(O, "國民黨", "中国国民党"), ent(P, "王正宏"), ent(L, "苗栗縣", "苗栗"), ent(L, "竹南鎮", "竹南镇"), ent(L, "銅鑼鄉", "铜锣乡"),
    qty("約40萬瓩", 400000, "瓩", q="approx"), ent(O, "台電", "台湾电力公司"), ent(O, "Taipower", "台湾电力公司"), dur("半年", "P6M"),
    ent(O, "數位部", "数位发展部"), date("明年", "2027"), pct("15%", 15), money("約48億元", 4800000000, "TWD", q="approx"),
    ent(O, "衛福部", "卫生福利部"), ent(P, "周怡萱"), money("約3億元", 300000000, "TWD", q="approx"), ent(L, "花蓮縣", "花莲"), ent(L, "玉里鎮", "玉里镇"),
    ent(O, "鴻海", "鸿海"), ent(P, "張凱文", "张凯文"), ent(D, "FoxBrain"), ent(L, "高雄"), ent(L, "桃園", "桃园"), qty("12家", 12, "家"),
    date("明年第一季", "2027-Q1"), ent(O, "輝達", "英伟达"), ent(O, "NVIDIA", "英伟达"), ent(D, "GB300"), qty("約2,000櫃", 2000, "柜", q="approx"),
    ent(P, "許嘉芸", "许嘉芸"),
]

NEXT = "明（116）年"
CLAIMS = [
    {"q": ("逾500億元", 0), "subj": ("國發會", 0), "metric": "预算"},
    {"q": ("逾500億元", 1), "subj": "行政院", "metric": "预算", "t": NEXT, "attr": ("高士傑", 0)},
    {"q": "約三成", "st": "南部科學園區（南科）及中部科學園區（中科）", "metric": "预算占比", "t": NEXT, "attr": ("高士傑", 0)},
    {"q": "1.8兆元", "st": "AI產業", "metric": "投资额", "t": "今年", "ch": "約25%", "dir": "up", "basis": "yoy", "attr": ("高士傑", 1)},
    {"q": "約六成", "st": "台積電（TSMC）、鴻海（Foxconn）與廣達（Quanta）", "metric": "投资额占比", "t": "今年", "attr": ("高士傑", 1)},
    {"q": "186件", "st": "全台醫療院所", "metric": "资安事件数量", "t": "去年", "ch": "42%", "dir": "up", "basis": "yoy", "attr": "林佳蓉"},
    {"q": "約40萬瓩", "st": "苗栗縣竹南鎮及銅鑼鄉的新廠", "metric": "用电缺口", "attr": "王正宏"},
    {"q": "約48億元", "subj": ("數位部", 1), "metric": "资安预算", "t": "明年", "ch": "15%", "dir": "up", "attr": ("數位部", 1)},
    {"q": "約3億元", "subj": ("衛福部", 1), "metric": "补贴", "attr": "周怡萱"},
    {"q": "12家", "subj": "FoxBrain", "metric": "导入医院数量", "attr": "張凱文"},
    {"q": "約2,000櫃", "subj": ("鴻海", 1), "metric": "产能", "t": "明年第一季", "attr": "張凱文"},
]

ARTICLE = {"id": "heldout5-ent-02-ai-tw", "published_at": "2026-11-24T16:20:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
