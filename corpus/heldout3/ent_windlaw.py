"""TW: the cabinet passes an offshore-wind bill: 政院 and 能源署 as short forms, party caucuses, titles
before and after names (許雅筑立委), a wire byline and an editor, ports and a wind farm, 中彰投 and
雲嘉南 (one-character region abbreviations), a Latin alias with a non-ASCII letter (Ørsted)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "政院通過離岸風電條例修正草案 中彰投、雲嘉南搶產業園區\n"
    "（中央社記者林宛蓁台北26日電）行政院會今（26）日通過《離岸風力發電發展條例》修正草案。經濟部長何文琪在會後記者會表示，"
    "台灣離岸風電目標在2035年前累計完成20.6GW併網，其中第三階段區塊開發將釋出9.6GW容量。經濟部能源署（能源署）署長游振偉補充，"
    "草案已納入國產化與漁業補償機制，明（116）年上半年送立法院審議。\n"
    "在野的國民黨團與民眾黨團對草案意見分歧。國民黨團書記長張立群質疑，台電（TPC）近三年已為購電多支出約1,200億元，"
    "電價恐被迫調漲；民進黨許雅筑立委則反駁，風電可降低對進口天然氣的依賴，民眾黨團總召李正宏主張先與漁會協商。\n"
    "地方政府也積極爭取產業落腳。台中市政府經濟發展局局長陳柏翰表示，台中港離岸風電產業專區已有逾40家供應鏈廠商進駐，"
    "中彰投將形成完整聚落；雲林縣政府則力推麥寮港作為運維基地，盼與嘉義縣、台南市串連成雲嘉南綠能廊帶。\n"
    "業者方面，丹麥沃旭能源（Ørsted）發言人蔡孟哲表示，大彰化西南海上風場第二期已全數併網；國產葉片廠天力離岸則在台中港擴建廠房。"
    "海工股長風海洋工程（長風）今日股價收在188元，上漲3.6%。\n"
    "（編輯：黃世雄）"
)

MENTIONS = [
    ent(O, "政院", "行政院"), ent(L, "中", "台中"), ent(L, "彰", "彰化"), ent(L, "投", "南投"), ent(L, "雲", "云林"),
    ent(L, "嘉", "嘉义"), ent(L, "南", "台南"),
    ent(O, "中央社"), ent(P, "林宛蓁"), ent(L, "台北"), date("26日", "2026-11-26"), ent(O, "行政院"),
    date("今（26）日", "2026-11-26"), ent(O, "經濟部", "经济部"), ent(P, "何文琪"),
    ent(L, "台灣", "台湾"), date("2035年前", "2035", mod="before"), qty("20.6GW", 20.6, "GW"), qty("9.6GW", 9.6, "GW"),
    ent(O, "經濟部能源署", "经济部能源署"), ent(O, "能源署", "经济部能源署"), ent(P, "游振偉", "游振伟"),
    date("明（116）年上半年", "2027-H1"), ent(O, "立法院"),
    ent(O, "國民黨團", "国民党团"), ent(O, "民眾黨團", "民众党团"), ent(O, "國民黨團", "国民党团"), ent(P, "張立群", "张立群"),
    ent(O, "台電", "台电"), ent(O, "TPC", "台电"), dur("近三年", "P3Y", q="approx"),
    money("約1,200億元", 120000000000, "TWD", q="approx"),
    ent(O, "民進黨", "民进党"), ent(P, "許雅筑", "许雅筑"), ent(O, "民眾黨團", "民众党团"), ent(P, "李正宏"),
    ent(O, "台中市政府經濟發展局", "台中市经济发展局"), ent(P, "陳柏翰", "陈柏翰"), ent(L, "台中港"),
    qty("逾40家", 40, "家", q="gt"), ent(L, "中", "台中"), ent(L, "彰", "彰化"), ent(L, "投", "南投"),
    ent(O, "雲林縣政府", "云林县政府"), ent(L, "麥寮港", "麦寮港"), ent(L, "嘉義縣", "嘉义"), ent(L, "台南市", "台南"),
    ent(L, "雲", "云林"), ent(L, "嘉", "嘉义"), ent(L, "南", "台南"),
    ent(L, "丹麥", "丹麦"), ent(O, "沃旭能源"), ent(O, "Ørsted", "沃旭能源"), ent(P, "蔡孟哲"),
    ent(L, "大彰化西南海上風場", "大彰化西南海上风场"), ent(O, "天力離岸", "天力离岸"), ent(L, "台中港"),
    ent(O, "長風海洋工程", "长风海洋工程"), ent(O, "長風", "长风海洋工程"), date("今日", "2026-11-26"),
    money("188元", 188, "TWD"), pct("3.6%", 3.6),
    ent(P, "黃世雄", "黄世雄"),
]

CLAIMS = [
    {"q": "20.6GW", "st": "台灣離岸風電", "metric": "并网容量", "t": "2035年前", "attr": "何文琪"},
    {"q": "9.6GW", "st": "第三階段區塊開發", "metric": "容量", "t": "2035年前", "attr": "何文琪"},
    {"q": "約1,200億元", "subj": "台電", "metric": "购电支出", "attr": "張立群"},
    {"q": "逾40家", "st": "台中港離岸風電產業專區", "metric": "厂商数量", "attr": "陳柏翰"},
    {"q": "188元", "subj": ("長風", 0), "metric": "股价", "t": "今日", "ch": "3.6%", "dir": "up"},
]

ARTICLE = {"id": "heldout3-ent-04-windlaw-tw", "published_at": "2026-11-26T20:10:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS,
           "skip": {"中", "彰", "投", "雲", "嘉", "南"}}
