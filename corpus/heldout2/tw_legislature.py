"""TW: the legislature reviews the central bank's budget: committees and agencies with short forms,
financial holding companies with listed short names, foreign central banks with Latin aliases, parks, a river."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent

O, P, L = "org", "person", "location"
TEXT = (
    "立法院財委會審查央行預算 中央銀行總裁出席備詢\n"
    "記者陳冠宇／台北報導\n"
    "立法院財政委員會（財委會）今（27）日審查中央銀行（央行）明年度預算，央行總裁楊明德列席備詢。"
    "國民黨立委林家豪質詢時指出，新台幣近期走強，出口商壓力大增。金融監督管理委員會（金管會）主委吳心怡也到場說明壽險業匯損問題。\n"
    "富邦金控（富邦金）、國泰金控（國泰金）及中華電信均表示，將配合主管機關要求。中華郵政則表示，儲匯資金將持續配置在美國公債。\n"
    "楊明德表示，央行將密切關注美國聯準會（Fed）與日本央行（BOJ）的政策動向。他並提及，新竹科學園區與台中港周邊的工業用電需求大增，"
    "台電須確保供電穩定。\n"
    "在地方層面，新北市政府與桃園市政府合作的捷運三鶯線預計明年通車，沿線行經大漢溪。"
)

MENTIONS = [
    ent(O, "立法院"), ent(O, "財委會", "立法院财政委员会"), ent(O, "央行", "台湾中央银行"), ent(O, "中央銀行", "台湾中央银行"),
    ent(P, "陳冠宇", "陈冠宇"), ent(L, "台北"),
    ent(O, "立法院財政委員會", "立法院财政委员会"), ent(O, "財委會", "立法院财政委员会"), date("今（27）日", "2026-11-27"),
    ent(O, "中央銀行", "台湾中央银行"), ent(O, "央行", "台湾中央银行"), date("明年度", "2027", fiscal=True),
    ent(O, "央行", "台湾中央银行"), ent(P, "楊明德", "杨明德"),
    ent(O, "國民黨", "国民党"), ent(P, "林家豪"), ent(O, "金融監督管理委員會", "金融监督管理委员会"),
    ent(O, "金管會", "金融监督管理委员会"), ent(P, "吳心怡", "吴心怡"),
    ent(O, "富邦金控", "富邦金"), ent(O, "富邦金"), ent(O, "國泰金控", "国泰金"), ent(O, "國泰金", "国泰金"),
    ent(O, "中華電信", "中华电信"), ent(O, "中華郵政", "中华邮政"), ent(L, "美國", "美国"),
    ent(P, "楊明德", "杨明德"), ent(O, "央行", "台湾中央银行"), ent(L, "美國", "美国"), ent(O, "聯準會", "美联储"),
    ent(O, "Fed", "美联储"), ent(O, "日本央行", "日本央行"), ent(O, "BOJ", "日本央行"),
    ent(L, "新竹科學園區", "新竹科学园区"), ent(L, "台中港"), ent(O, "台電", "台电"),
    ent(O, "新北市政府"), ent(O, "桃園市政府", "桃园市政府"), ent(L, "三鶯線", "三莺线"), date("明年", "2027"),
    ent(L, "大漢溪", "大汉溪"),
]

ARTICLE = {"id": "heldout2-ent-06-legislature-tw", "published_at": "2026-11-27T19:40:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": [], "skip": set()}
