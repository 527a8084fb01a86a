"""TW: the space agency's satellite launch and its supply chain: agencies with short forms and Latin
aliases (太空中心，TASA; 國科會), a launcher and a satellite constellation as products, a US launch
base, listed companies with short names (華通, 金寶), a university, 台美, a research firm (TrendForce)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "福衛八號首顆衛星升空 太空中心攜手昇達科、華通打造國家隊\n"
    "記者王怡婷／新竹報導\n"
    "國家太空中心（太空中心，TASA）今（19）日宣布，自主研製的福衛八號首顆衛星已搭乘美國太空探索科技公司（SpaceX）獵鷹9號火箭，"
    "從加州范登堡太空軍基地升空並進入軌道。太空中心主任高志遠表示，福衛八號星系共8顆衛星，關鍵零組件國產化比率超過八成，"
    "預計2029年前全數發射。\n"
    "國家科學及技術委員會（國科會）主委林文彬指出，行政院已核定第三期太空計畫，未來十年投入新台幣400億元，"
    "並將在屏東滿州設置發射場。國科會也將與交通部中央氣象署（氣象署）合作，把福衛八號影像用於颱風與豪雨監測。\n"
    "民間供應鏈方面，昇達科（UMT）提供衛星通訊元件，華通電腦（華通）負責印刷電路板，金寶電子（金寶）旗下的金寶太空則切入衛星組裝；"
    "工研院也與台灣大學（台大）合作開發酬載。台美低軌衛星合作方面，美國亞馬遜（Amazon）的柯伊伯計畫（Project Kuiper）已向台灣廠商下單。\n"
    "股市方面，衛星概念股今日走強，射頻元件廠晶宇通訊（晶宇）股價收在312元，上漲9.9%。"
    "市場研究機構集邦科技（TrendForce）預估，明年全球低軌衛星發射數量將達2,800顆，年增約15%。"
)

MENTIONS = [
    ent(D, "福衛八號", "福卫八号"), ent(O, "太空中心", "国家太空中心"), ent(O, "昇達科", "昇达科"), ent(O, "華通", "华通"),
    ent(P, "王怡婷"), ent(L, "新竹"),
    ent(O, "國家太空中心", "国家太空中心"), ent(O, "太空中心", "国家太空中心"), ent(O, "TASA", "国家太空中心"),
    date("今（19）日", "2026-11-19"), ent(D, "福衛八號", "福卫八号"), ent(L, "美國", "美国"),
    ent(O, "太空探索科技公司", "SpaceX"), ent(O, "SpaceX"), ent(D, "獵鷹9號", "猎鹰9号"),
    ent(L, "加州"), ent(L, "范登堡太空軍基地", "范登堡太空军基地"), ent(O, "太空中心", "国家太空中心"), ent(P, "高志遠", "高志远"),
    ent(D, "福衛八號", "福卫八号"), qty("8顆", 8, "颗"), pct("超過八成", 80, q="gt"), date("2029年前", "2029", mod="before"),
    ent(O, "國家科學及技術委員會", "国家科学及技术委员会"), ent(O, "國科會", "国家科学及技术委员会"), ent(P, "林文彬"),
    ent(O, "行政院"), dur("十年", "P10Y"), money("新台幣400億元", 40000000000, "TWD"), ent(L, "屏東", "屏东"),
    ent(L, "滿州", "满州"), ent(O, "國科會", "国家科学及技术委员会"), ent(O, "交通部中央氣象署", "交通部中央气象署"),
    ent(O, "氣象署", "交通部中央气象署"), ent(D, "福衛八號", "福卫八号"),
    ent(O, "昇達科", "昇达科"), ent(O, "UMT", "昇达科"), ent(O, "華通電腦", "华通"), ent(O, "華通", "华通"),
    ent(O, "金寶電子", "金宝"), ent(O, "金寶", "金宝"), ent(O, "金寶太空", "金宝太空"),
    ent(O, "工研院", "工业技术研究院"), ent(O, "台灣大學", "台湾大学"), ent(O, "台大", "台湾大学"),
    ent(L, "台", "台湾"), ent(L, "美", "美国"), ent(L, "美國", "美国"), ent(O, "亞馬遜", "亚马逊"), ent(O, "Amazon", "亚马逊"),
    ent(D, "柯伊伯計畫", "柯伊伯计划"), ent(D, "Project Kuiper", "柯伊伯计划"), ent(L, "台灣", "台湾"),
    date("今日", "2026-11-19"), ent(O, "晶宇通訊", "晶宇通讯"), ent(O, "晶宇", "晶宇通讯"), money("312元", 312, "TWD"),
    pct("9.9%", 9.9),
    ent(O, "集邦科技"), ent(O, "TrendForce", "集邦科技"), date("明年", "2027"), qty("2,800顆", 2800, "颗"),
    pct("約15%", 15, q="approx"),
]

FS8 = ("福衛八號", 2)
CLAIMS = [
    {"q": "8顆", "subj": FS8, "metric": "卫星数量", "attr": "高志遠"},
    {"q": "超過八成", "subj": FS8, "metric": "国产化比率", "attr": "高志遠"},
    {"q": "新台幣400億元", "st": "第三期太空計畫", "metric": "投资额", "attr": "林文彬"},
    {"q": "312元", "subj": "晶宇", "metric": "股价", "t": "今日", "ch": "9.9%", "dir": "up"},
    {"q": "2,800顆", "st": "全球低軌衛星", "metric": "发射数量", "t": "明年", "ch": "約15%", "dir": "up", "basis": "yoy",
     "attr": "集邦科技"},
]

ARTICLE = {"id": "heldout3-ent-05-satellite-tw", "published_at": "2026-11-19T18:30:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"台", "美"}}
