"""TW: a server maker's monthly revenue and a brokerage comment: 月增 as a claim of its own and
年增 as the level's change, 累計民國115年前10月 against 去年同期, a 114年 full-year level, two peers
with 分別 (levels and changes paired in order), a gross margin whose only move, qoq in percentage
points (較第二季), is its change, EPS with 年增, 今（10）日, a chairman's quote with 預估…兩成以上 held by a product (GB300 shipments) and a 突破七成 share, 公司並預期 with a range margin,
a qoq-only change (月增) as the level's change, 年減 for a peer,
a brokerage analyst's EPS estimates for three companies in one sentence, a target price from X to
Y, a conditional (若…恐降至一成以下) that gives no claim, and a share price whose close carries its own change."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
M10 = {"low": "2026-01", "high": "2026-10"}
B10 = {"low": "2025-01", "high": "2025-10"}
TEXT = (
    "廣達10月營收月增8.7% 前10月營收年增逾四成\n"
    "記者 葉承恩／台北報導\n"
    "伺服器代工大廠廣達今（10）日公布10月合併營收為1,865.4億元，月增8.7%、年增36.2%，創單月新高。"
    "累計民國115年前10月營收達1兆6,420億元，較去年同期成長41.5%。"
    "廣達114年全年營收則為1兆7,050億元。"
    "其中，AI伺服器10月出貨約1.2萬櫃，月增15.3%。\n"
    "同業方面，緯創、英業達10月營收分別為1,128.6億元及562.3億元，分別年增28.4%及9.6%。"
    "累計前10月，緯創營收年增33.7%，英業達則年減2.8%。\n"
    "廣達第三季毛利率為7.2%，較第二季提升0.4個百分點；單季每股純益（EPS）為5.86元，年增22.1%。"
    "廣達董事長許振邦表示：「雲端客戶需求仍強，預估第四季GB300伺服器出貨將季增兩成以上，明年AI伺服器營收占比可望突破七成。」"
    "公司並預期第四季毛利率將落在7%至7.5%之間。\n"
    "元大投顧分析師鄭雅文指出，廣達、緯創與英業達今年EPS預估分別為21.4元、9.8元與3.1元。"
    "她將廣達目標價由320元上調至365元，維持「買進」評等。"
    "她也提醒，若美系客戶延後拉貨一季，廣達明年營收成長幅度恐降至一成以下。"
    "廣達今日股價收在298.5元，上漲2.4%，成交量約4.2萬張。"
)

MENTIONS = [
    ent(O, "廣達", "广达"), date("10月", "2026-10"), pct("8.7%", 8.7), date("前10月", None, **M10), pct("逾四成", 40, q="gt"),
    ent(P, "葉承恩", "叶承恩"), ent(L, "台北"),
    ent(O, "廣達", "广达"), date("今（10）日", "2026-11-10"), date("10月", "2026-10"),
    money("1,865.4億元", 186540000000, "TWD"), pct("8.7%", 8.7), pct("36.2%", 36.2),
    date("民國115年前10月", None, **M10), money("1兆6,420億元", 1642000000000, "TWD"), date("去年同期", None, **B10), pct("41.5%", 41.5),
    ent(O, "廣達", "广达"), date("114年全年", "2025"), money("1兆7,050億元", 1705000000000, "TWD"),
    date("10月", "2026-10"), qty("約1.2萬櫃", 12000, "柜", q="approx"), pct("15.3%", 15.3),
    ent(O, "緯創", "纬创"), ent(O, "英業達", "英业达"), date("10月", "2026-10"),
    money("1,128.6億元", 112860000000, "TWD"), money("562.3億元", 56230000000, "TWD"), pct("28.4%", 28.4), pct("9.6%", 9.6),
    date("前10月", None, **M10), ent(O, "緯創", "纬创"), pct("33.7%", 33.7), ent(O, "英業達", "英业达"), pct("2.8%", 2.8),
    ent(O, "廣達", "广达"), date("第三季", "2026-Q3"), pct("7.2%", 7.2), date("第二季", "2026-Q2"), pct("0.4個百分點", 0.4, unit="pp"),
    money("5.86元", 5.86, "TWD"), pct("22.1%", 22.1),
    ent(O, "廣達", "广达"), ent(P, "許振邦", "许振邦"), date("第四季", "2026-Q4"), ent("product", "GB300"), pct("兩成以上", 20, q="gt"),
    date("明年", "2027"), pct("七成", 70),
    date("第四季", "2026-Q4"), pct("7%至7.5%", None, low=7, high=7.5),
    ent(O, "元大投顧", "元大证券投资顾问"), ent(P, "鄭雅文", "郑雅文"),
    ent(O, "廣達", "广达"), ent(O, "緯創", "纬创"), ent(O, "英業達", "英业达"), date("今年", "2026"),
    money("21.4元", 21.4, "TWD"), money("9.8元", 9.8, "TWD"), money("3.1元", 3.1, "TWD"),
    ent(O, "廣達", "广达"), money("320元", 320, "TWD"), money("365元", 365, "TWD"),
    dur("一季", "P3M"), ent(O, "廣達", "广达"), date("明年", "2027"), pct("一成以下", 10, q="lt"),
    ent(O, "廣達", "广达"), date("今日", "2026-11-10"), money("298.5元", 298.5, "TWD"), pct("2.4%", 2.4),
    qty("約4.2萬張", 42000, "张", q="approx"),
]

QU = ("廣達", 1)
CLAIMS = [
    {"q": ("8.7%", 0), "subj": ("廣達", 0), "metric": "营业收入增速", "t": ("10月", 0), "dir": "up", "basis": "qoq"},
    {"q": "逾四成", "subj": ("廣達", 0), "metric": "营业收入增速", "t": ("前10月", 0), "dir": "up", "basis": "yoy"},
    {"q": "1,865.4億元", "subj": QU, "metric": "营业收入", "t": ("10月", 1), "ch": "36.2%", "dir": "up", "basis": "yoy", "attr": QU},
    {"q": ("8.7%", 1), "subj": QU, "metric": "营业收入增速", "t": ("10月", 1), "dir": "up", "basis": "qoq", "attr": QU},
    {"q": "1兆6,420億元", "subj": QU, "metric": "营业收入", "t": "民國115年前10月", "ch": "41.5%", "dir": "up", "basis": "yoy", "attr": QU},
    {"q": "1兆7,050億元", "subj": ("廣達", 2), "metric": "营业收入", "t": "114年全年", "attr": QU},
    {"q": "1,128.6億元", "subj": ("緯創", 0), "metric": "营业收入", "t": ("10月", 3), "ch": "28.4%", "dir": "up", "basis": "yoy"},
    {"q": "562.3億元", "subj": ("英業達", 0), "metric": "营业收入", "t": ("10月", 3), "ch": "9.6%", "dir": "up", "basis": "yoy"},
    {"q": "約1.2萬櫃", "st": "AI伺服器", "metric": "出货量", "t": ("10月", 2), "ch": "15.3%", "dir": "up", "basis": "qoq", "attr": QU},
    {"q": "33.7%", "subj": ("緯創", 1), "metric": "营业收入增速", "t": ("前10月", 1), "dir": "up", "basis": "yoy"},
    {"q": "2.8%", "subj": ("英業達", 1), "metric": "营业收入增速", "t": ("前10月", 1), "dir": "down", "basis": "yoy"},
    {"q": "7.2%", "subj": ("廣達", 3), "metric": "毛利率", "t": "第三季", "ch": "0.4個百分點", "dir": "up", "basis": "qoq"},
    {"q": "5.86元", "subj": ("廣達", 3), "metric": "每股收益", "t": "第三季", "ch": "22.1%", "dir": "up", "basis": "yoy"},
    {"q": "兩成以上", "subj": "GB300", "metric": "出货量增速", "t": ("第四季", 0), "dir": "up", "basis": "qoq", "attr": "許振邦"},
    {"q": "七成", "subj": ("廣達", 4), "metric": "营收占比", "t": ("明年", 0), "attr": "許振邦"},
    {"q": "7%至7.5%", "subj": ("廣達", 4), "metric": "毛利率", "t": ("第四季", 1), "attr": ("廣達", 4)},
    {"q": "21.4元", "subj": ("廣達", 5), "metric": "每股收益", "t": "今年", "attr": "鄭雅文"},
    {"q": "9.8元", "subj": ("緯創", 2), "metric": "每股收益", "t": "今年", "attr": "鄭雅文"},
    {"q": "3.1元", "subj": ("英業達", 2), "metric": "每股收益", "t": "今年", "attr": "鄭雅文"},
    {"q": "320元", "subj": ("廣達", 6), "metric": "目标价", "attr": "鄭雅文"},
    {"q": "365元", "subj": ("廣達", 6), "metric": "目标价", "dir": "up", "attr": "鄭雅文"},
    {"q": "298.5元", "subj": ("廣達", 8), "metric": "股价", "t": "今日", "ch": "2.4%", "dir": "up"},
    {"q": "約4.2萬張", "subj": ("廣達", 8), "metric": "成交量", "t": "今日"},
]

ARTICLE = {"id": "heldout6-clm-02-quanta-tw", "published_at": "2026-11-10T15:30:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
