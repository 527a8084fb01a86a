"""TW: a chip-packaging house's monthly revenue: a headline growth in 成 (逾三成, yoy), a bylined
dateline with 今（10）日 and an ROC-year month (115年10月), 新台幣…億元 with 月增 (its own claim, qoq)
and 年增 (the level's yoy change) joined by 、, 公布 attributing the rest of its paragraph, a record high stated with no figure, 累計前10月 (the span 前10月) with
年增, a currency conversion (its own claim), a spokesperson's 指出 carried through the paragraph: a
segment share of revenue held by the company (營收占比) 升至 with 較上月 as its pp change (qoq), a
segment's 月減 (subject_text), a utilisation rate 回升至, a plant's capacity now (time null) and
擴增至 next year; 法人預估 (attribution null) with a qoq range, a 突破 level made up and yoy by its
comma-run 年增約25%, 上看 EPS, a margin from 上季的X to Y (X dated 上季, Y up and qoq); peers
日月光投控 and 京元電子 in the same month with no source (attribution null); a closing price with its move; a chairman's 認為 with next
year's capex 年增五成 and a share of it, and a conditional (若…一成以內) that gives no claim."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
CO = "鼎封科技"
TEXT = (
    "鼎封科技10月營收創新高 年增逾三成\n"
    "【記者許雅婷／新竹報導】封測廠鼎封科技今（10）日公布115年10月合併營收新台幣48.62億元，月增6.4%、年增31.7%，改寫單月歷史新高，"
    "以美元計算約1.52億美元；累計前10月營收412.35億元，年增22.9%。\n"
    "鼎封發言人周宛如指出，10月成長主要來自先進封裝產能陸續開出，扇出型及系統級封裝合計占營收比重升至約46%，較上月增加2個百分點；"
    "測試業務則月減1.2%。整體稼動率已回升至92%。竹北新廠目前月產能1.5萬片，預計明年第二季擴增至2.4萬片。\n"
    "法人預估，鼎封第四季營收可望季增8%至12%，全年營收有望突破500億元，年增約25%，每股純益上看18.5元；"
    "第四季毛利率則可望由上季的24.8%提升至26%上下。\n"
    "同業方面，日月光投控10月營收612.4億元，月增2.8%、年增14.5%；京元電子10月營收38.9億元，年增41.2%。"
    "鼎封今日股價收在386元，上漲4.3%。\n"
    "鼎封董事長林正雄認為，明年AI晶片封裝需求仍強，公司規劃資本支出約120億元，年增五成，其中逾七成投入先進封裝；"
    "但若美國對半導體加徵關稅，明年營收成長幅度恐縮減至一成以內。"
)

MENTIONS = [
    ent(O, "鼎封科技", CO), date("10月", "2026-10"), pct("逾三成", 30, q="gt"),
    ent(P, "許雅婷", "许雅婷"), ent(L, "新竹"), ent(O, "鼎封科技", CO), date("今（10）日", "2026-11-10"),
    date("115年10月", "2026-10"), money("新台幣48.62億元", 4862000000, "TWD"), pct("6.4%", 6.4), pct("31.7%", 31.7),
    money("約1.52億美元", 152000000, "USD", q="approx"),
    date("前10月", None, low="2026-01", high="2026-10"), money("412.35億元", 41235000000, "TWD"), pct("22.9%", 22.9),
    ent(O, "鼎封", CO), ent(P, "周宛如"), date("10月", "2026-10"), pct("約46%", 46, q="approx"),
    date("上月", "2026-09"), pct("2個百分點", 2, unit="pp"),
    pct("1.2%", 1.2), pct("92%", 92), ent(L, "竹北"), qty("1.5萬片", 15000, "片"),
    date("明年第二季", "2027-Q2"), qty("2.4萬片", 24000, "片"),
    ent(O, "鼎封", CO), date("第四季", "2026-Q4"), pct("8%至12%", None, low=8, high=12),
    date("全年", "2026"), money("500億元", 50000000000, "TWD"), pct("約25%", 25, q="approx"), money("18.5元", 18.5, "TWD"),
    date("第四季", "2026-Q4"), date("上季", "2026-Q3"), pct("24.8%", 24.8), pct("26%上下", 26, q="approx"),
    ent(O, "日月光投控"), date("10月", "2026-10"), money("612.4億元", 61240000000, "TWD"), pct("2.8%", 2.8), pct("14.5%", 14.5),
    ent(O, "京元電子", "京元电子"), date("10月", "2026-10"), money("38.9億元", 3890000000, "TWD"), pct("41.2%", 41.2),
    ent(O, "鼎封", CO), date("今日", "2026-11-10"), money("386元", 386, "TWD"), pct("4.3%", 4.3),
    ent(O, "鼎封", CO), ent(P, "林正雄"), date("明年", "2027"), money("約120億元", 12000000000, "TWD", q="approx"), pct("五成", 50),
    pct("逾七成", 70, q="gt"), ent(L, "美國", "美国"), date("明年", "2027"), pct("一成以內", 10, q="lte"),
]

REV, REVG = "营业收入", "营业收入增速"
PUB, SPK, EST, PRICE, CHAIR = ("鼎封科技", 1), ("鼎封", 0), ("鼎封", 1), ("鼎封", 2), ("鼎封", 3)
OCT = ("10月", 1)
CLAIMS = [
    {"q": "逾三成", "subj": ("鼎封科技", 0), "metric": REVG, "t": ("10月", 0), "dir": "up", "basis": "yoy"},
    {"q": "新台幣48.62億元", "subj": PUB, "metric": REV, "t": "115年10月", "ch": "31.7%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "6.4%", "subj": PUB, "metric": REVG, "t": "115年10月", "dir": "up", "basis": "qoq", "attr": PUB},
    {"q": "約1.52億美元", "subj": PUB, "metric": REV, "t": "115年10月", "attr": PUB},
    {"q": "412.35億元", "subj": PUB, "metric": REV, "t": "前10月", "ch": "22.9%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "約46%", "subj": SPK, "metric": "营收占比", "t": OCT, "ch": "2個百分點", "dir": "up", "basis": "qoq", "attr": "周宛如"},
    {"q": "1.2%", "st": "測試業務", "metric": REVG, "t": OCT, "dir": "down", "basis": "qoq", "attr": "周宛如"},
    {"q": "92%", "subj": SPK, "metric": "产能利用率", "t": OCT, "dir": "up", "attr": "周宛如"},
    {"q": "1.5萬片", "st": "竹北新廠", "metric": "产能", "attr": "周宛如"},
    {"q": "2.4萬片", "st": "竹北新廠", "metric": "产能", "t": "明年第二季", "dir": "up", "attr": "周宛如"},
    {"q": "8%至12%", "subj": EST, "metric": REVG, "t": ("第四季", 0), "dir": "up", "basis": "qoq"},
    {"q": "500億元", "subj": EST, "metric": REV, "t": ("全年", 0), "ch": "約25%", "dir": "up", "basis": "yoy"},
    {"q": "18.5元", "subj": EST, "metric": "每股收益", "t": ("全年", 0)},
    {"q": "24.8%", "subj": EST, "metric": "毛利率", "t": "上季"},
    {"q": "26%上下", "subj": EST, "metric": "毛利率", "t": ("第四季", 1), "dir": "up", "basis": "qoq"},
    {"q": "612.4億元", "subj": "日月光投控", "metric": REV, "t": ("10月", 2), "ch": "14.5%", "dir": "up", "basis": "yoy"},
    {"q": "2.8%", "subj": "日月光投控", "metric": REVG, "t": ("10月", 2), "dir": "up", "basis": "qoq"},
    {"q": "38.9億元", "subj": "京元電子", "metric": REV, "t": ("10月", 3), "ch": "41.2%", "dir": "up", "basis": "yoy"},
    {"q": "386元", "subj": PRICE, "metric": "股价", "t": "今日", "ch": "4.3%", "dir": "up"},
    {"q": "約120億元", "subj": CHAIR, "metric": "资本开支", "t": ("明年", 0), "ch": "五成", "dir": "up", "basis": "yoy", "attr": "林正雄"},
    {"q": "逾七成", "subj": CHAIR, "metric": "资本开支占比", "t": ("明年", 0), "attr": "林正雄"},
]

ARTICLE = {"id": "heldout9-clm-02-packaging-tw", "published_at": "2026-11-10T18:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
