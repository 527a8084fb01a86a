"""TW: a translated wire story on an EU chip subsidy: Latin names in brackets after ‧ transliterations
(安娜‧費雪，Anna Fischer), Latin company names (ESMC, Bosch, NXP), the Commission with two short
forms, foreign places with mainland canonical names (德勒斯登 → 德累斯顿), a river, a CNA code line."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "歐盟再核准德國晶片補貼 ESMC德勒斯登廠擴建\n"
    "（中央社布魯塞爾1日綜合外電報導）歐盟執行委員會（European Commission，簡稱執委會）1日宣布，核准德國依據《歐洲晶片法》"
    "提供的32億歐元補助，用於歐洲半導體製造公司（ESMC）在薩克森邦德勒斯登（Dresden）的第二期擴建。\n"
    "執委會執行副總裁安娜‧費雪（Anna Fischer）在聲明中表示，這項補助將使歐洲成熟製程產能提高約8%。"
    "德國經濟部長馬庫斯‧韋伯（Markus Weber）則說，新廠將創造約2,000個直接就業機會，並帶動易北河沿岸的供應鏈投資。"
    "德國聯邦議院（Bundestag）預算委員會主席克勞斯‧施密特表示，德國明年晶片補貼預算約為40億歐元。\n"
    "台積電（TSMC）持有ESMC七成股權，其餘由博世（Bosch）、英飛凌（Infineon）與恩智浦（NXP）平均持有。\n"
    "美國投資銀行伯恩斯坦（Bernstein）分析師艾瑞克‧霍夫曼（Eric Hoffmann）指出，歐盟目標在2030年前將全球晶片產能占比提升至20%，"
    "但目前仍不到10%。另外，英特爾（Intel）今年稍早已擱置在馬德堡（Magdeburg）的建廠計畫。\n"
    "（編輯：劉家瑜）1151202"
)

MENTIONS = [
    ent(O, "歐盟", "欧盟"), ent(L, "德國", "德国"), ent(O, "ESMC", "欧洲半导体制造公司"), ent(L, "德勒斯登", "德累斯顿"),
    ent(O, "中央社"), ent(L, "布魯塞爾", "布鲁塞尔"), date("1日", "2026-12-01"),
    ent(O, "歐盟執行委員會", "欧盟委员会"), ent(O, "European Commission", "欧盟委员会"), ent(O, "執委會", "欧盟委员会"),
    date("1日", "2026-12-01"), ent(L, "德國", "德国"), money("32億歐元", 3200000000, "EUR"),
    ent(O, "歐洲半導體製造公司", "欧洲半导体制造公司"), ent(O, "ESMC", "欧洲半导体制造公司"), ent(L, "薩克森邦", "萨克森州"),
    ent(L, "德勒斯登", "德累斯顿"), ent(L, "Dresden", "德累斯顿"),
    ent(O, "執委會", "欧盟委员会"), ent(P, "安娜‧費雪", "安娜·费雪"), ent(P, "Anna Fischer", "安娜·费雪"),
    ent(L, "歐洲", "欧洲"), pct("約8%", 8, q="approx"),
    ent(O, "德國經濟部", "德国经济部"), ent(P, "馬庫斯‧韋伯", "马库斯·韦伯"), ent(P, "Markus Weber", "马库斯·韦伯"),
    qty("約2,000個", 2000, "个", q="approx"), ent(L, "易北河"),
    ent(O, "德國聯邦議院", "德国联邦议院"), ent(O, "Bundestag", "德国联邦议院"), ent(O, "預算委員會", "预算委员会"),
    ent(P, "克勞斯‧施密特", "克劳斯·施密特"), ent(L, "德國", "德国"), date("明年", "2027"),
    money("約為40億歐元", 4000000000, "EUR", q="approx"),
    ent(O, "台積電", "台积电"), ent(O, "TSMC", "台积电"), ent(O, "ESMC", "欧洲半导体制造公司"), pct("七成", 70),
    ent(O, "博世"), ent(O, "Bosch", "博世"), ent(O, "英飛凌", "英飞凌"), ent(O, "Infineon", "英飞凌"), ent(O, "恩智浦"),
    ent(O, "NXP", "恩智浦"),
    ent(L, "美國", "美国"), ent(O, "伯恩斯坦"), ent(O, "Bernstein", "伯恩斯坦"), ent(P, "艾瑞克‧霍夫曼", "艾瑞克·霍夫曼"),
    ent(P, "Eric Hoffmann", "艾瑞克·霍夫曼"), ent(O, "歐盟", "欧盟"), date("2030年前", "2030", mod="before"),
    pct("20%", 20), pct("不到10%", 10, q="lt"),
    ent(O, "英特爾", "英特尔"), ent(O, "Intel", "英特尔"), date("今年", "2026"), ent(L, "馬德堡", "马格德堡"),
    ent(L, "Magdeburg", "马格德堡"),
    ent(P, "劉家瑜", "刘家瑜"),
]

ANALYST = "艾瑞克‧霍夫曼"
CLAIMS = [
    {"q": "32億歐元", "subj": "歐洲半導體製造公司", "metric": "补贴", "attr": "歐盟執行委員會"},
    {"q": "約8%", "st": "歐洲成熟製程", "metric": "产能增速", "dir": "up", "attr": "安娜‧費雪"},
    {"q": "約2,000個", "st": "新廠", "metric": "就业岗位数量", "attr": "馬庫斯‧韋伯"},
    {"q": "約為40億歐元", "subj": ("德國", 2), "metric": "预算", "t": "明年", "attr": "克勞斯‧施密特"},
    {"q": "七成", "subj": "台積電", "metric": "持股比例"},
    {"q": "20%", "subj": ("歐盟", 1), "metric": "产能占比", "t": "2030年前", "dir": "up", "attr": ANALYST},
    {"q": "不到10%", "subj": ("歐盟", 1), "metric": "产能占比", "attr": ANALYST},
]

ARTICLE = {"id": "heldout3-ent-06-wire-tw", "published_at": "2026-12-02T09:15:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"歐洲"}}
