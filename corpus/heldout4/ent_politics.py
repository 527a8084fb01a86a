"""TW: the legislature passes a revenue-sharing amendment: 立院 / 立法院會 / 立法院財政委員會 (one org with its committee),
政院 and the budget office by short name, three party caucuses and a party, the election
commission by short form, a minister before a name, region abbreviations (北北桃), counties, a
metro line, Facebook written 臉書 with its Latin name, ROC years, a CNA byline and closing code."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "立院三讀地方財政修法 統籌分配稅款明年增逾400億元\n"
    "（中央社記者林宥廷台北28日電）立法院會今天三讀通過《財政收支劃分法》部分條文修正草案，明（116）年中央統籌分配稅款總額將達5,120億元，較今年增加約420億元。"
    "行政院發言人蔡佩玲表示，政院尊重立院決定，主計總處將在兩週內提出追加預算。\n"
    "國民黨團總召吳建銘今天受訪時說，明年北北桃合計占比約43%，雲林、嘉義、屏東等縣也各增加10億元以上。"
    "民進黨團幹事長許雅琪則批評，財源多向六都傾斜，東部花蓮、台東的增幅不到3%。"
    "國立政治大學財政學系教授廖文彬分析，高雄市與台中市明年各增加約35億元，但基隆、新竹等市恐受排擠。《聯合報》最新民調顯示，支持修法的受訪者占52%，反對者占31%。\n"
    "台灣民眾黨主席陳立群在臉書（Facebook）發文指出，黨團將提案要求中選會在明年6月前公布公投時程。"
    "財政部長周國樑稍早在立法院財政委員會答詢時預估，116年稅收可望超過3.8兆元。\n"
    "台北市政府發言人許雯婷表示，北市明年可獲分配約290億元，新增財源將優先用於捷運環狀線東環段及社宅興建。\n"
    "圖為立法院議場。（中央社記者王騰毅攝）\n"
    "（編輯：黃世雄）1151128"
)

MENTIONS = [
    ent(O, "立院", "立法院"), date("明年", "2027"), money("逾400億元", 40000000000, "TWD", q="gt"),
    ent(O, "中央社"), ent(P, "林宥廷"), ent(L, "台北"), date("28日", "2026-11-28"), ent(O, "立法院"), date("今天", "2026-11-28"),
    date("明（116）年", "2027"), money("5,120億元", 512000000000, "TWD"), date("今年", "2026"),
    money("約420億元", 42000000000, "TWD", q="approx"),
    ent(O, "行政院"), ent(P, "蔡佩玲"), ent(O, "政院", "行政院"), ent(O, "立院", "立法院"), ent(O, "主計總處", "行政院主计总处"),
    dur("兩週", "P2W"),
    ent(O, "國民黨團", "国民党团"), ent(P, "吳建銘", "吴建铭"), date("今天", "2026-11-28"), date("明年", "2027"), ent(L, "北", "台北"), ent(L, "北", "新北"),
    ent(L, "桃", "桃园"), pct("約43%", 43, q="approx"), ent(L, "雲林", "云林"), ent(L, "嘉義", "嘉义"), ent(L, "屏東", "屏东"),
    money("10億元以上", 1000000000, "TWD", q="gt"),
    ent(O, "民進黨團", "民进党团"), ent(P, "許雅琪", "许雅琪"), ent(L, "花蓮", "花莲"), ent(L, "台東", "台东"), pct("不到3%", 3, q="lt"),
    ent(O, "國立政治大學財政學系", "国立政治大学财政学系"), ent(P, "廖文彬"), ent(L, "高雄市", "高雄"), ent(L, "台中市", "台中"), date("明年", "2027"),
    money("約35億元", 3500000000, "TWD", q="approx"), ent(L, "基隆"), ent(L, "新竹"), ent(O, "聯合報", "联合报"), pct("52%", 52), pct("31%", 31),
    ent(O, "台灣民眾黨", "台湾民众党"), ent(P, "陳立群", "陈立群"), ent(D, "臉書", "Facebook"), ent(D, "Facebook"),
    ent(O, "中選會", "中央选举委员会"), date("明年6月前", "2027-06", mod="before"),
    ent(O, "財政部", "财政部"), ent(P, "周國樑", "周国梁"), ent(O, "立法院財政委員會", "立法院财政委员会"), date("116年", "2027"),
    money("超過3.8兆元", 3800000000000, "TWD", q="gt"),
    ent(O, "台北市政府"), ent(P, "許雯婷", "许雯婷"), ent(L, "北市", "台北"), date("明年", "2027"),
    money("約290億元", 29000000000, "TWD", q="approx"), ent(L, "環狀線東環段", "环状线东环段"),
    ent(O, "立法院"), ent(O, "中央社"), ent(P, "王騰毅", "王腾毅"),
    ent(P, "黃世雄", "黄世雄"),
]

TOTAL = "统筹分配税款总额"
NEXT = "明（116）年"
CLAIMS = [
    {"q": "逾400億元", "metric": TOTAL, "t": ("明年", 0), "dir": "up"},
    {"q": "5,120億元", "metric": TOTAL, "t": NEXT, "dir": "up", "basis": "yoy"},
    {"q": "約420億元", "metric": TOTAL, "t": NEXT, "dir": "up", "basis": "yoy"},
    {"q": "約43%", "st": "北北桃", "metric": "占比", "t": ("明年", 1), "attr": "吳建銘"},
    {"q": "10億元以上", "st": "雲林、嘉義、屏東等縣", "metric": "统筹分配税款", "t": ("明年", 1), "dir": "up", "attr": "吳建銘"},
    {"q": "不到3%", "st": "東部花蓮、台東", "metric": "统筹分配税款增速", "t": ("明年", 1), "dir": "up", "attr": "許雅琪"},
    {"q": "約35億元", "st": "高雄市與台中市", "metric": "统筹分配税款", "t": ("明年", 2), "dir": "up", "attr": "廖文彬"},
    {"q": "52%", "st": "支持修法的受訪者", "metric": "占比", "attr": "聯合報"},
    {"q": "31%", "st": "反對者", "metric": "占比", "attr": "聯合報"},
    {"q": "約290億元", "subj": "北市", "metric": "统筹分配税款", "t": ("明年", 3), "attr": "許雯婷"},
    {"q": "超過3.8兆元", "metric": "税收", "t": "116年", "attr": "周國樑"},
]

ARTICLE = {"id": "heldout4-ent-03-politics-tw", "published_at": "2026-11-28T15:40:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
