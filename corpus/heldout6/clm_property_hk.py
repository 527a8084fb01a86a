"""HK: a half-year property market report: 上半年 registrations in 萬宗 with 按年 changes and a
total in 億元, a 6月份 count with an 按月 change only, new-home deals from 首季的X to 第二季的Y, two
developers with 分別 and their joint takings (subject_text as written), the half's priciest deal in
HK$億 and a 呎價 in HK$萬, the valuation office's price and rent indices in 點 with 較年初 (no basis)
and 按月 beside 按年, a duration (連升六個月), 據…統計 for an agency's shop count, an agency's
research department as one org, two districts holding one rent jointly "from
去年同期的X to Y" with the fall 跌幅約一成 as its change, an analyst's quoted forecast, and a conditional (若…收窄至3%以下)
and a negated figure (不會出現兩成以上的升幅) that give no claim."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "上半年住宅買賣登記按年升15.3% 租金指數連升六個月\n"
    "本報記者 梁詠心\n"
    "據土地註冊處數據顯示，今年上半年全港共錄得2.86萬宗住宅買賣登記，按年增加15.3%；涉及總值約2,480億元，按年上升12.7%。"
    "其中，6月份錄得5,120宗，按月減少4.6%。\n"
    "一手市場方面，新盤成交由首季的3,450宗增至第二季的5,980宗。"
    "新鴻基地產及恒基地產上半年分別售出約1,650伙及1,120伙新盤單位，合共套現約238億元。"
    "上半年最貴一宗成交為山頂一幢獨立屋，成交價達HK$4.2億，呎價約HK$10.5萬。\n"
    "差餉物業估價署公布，5月私人住宅售價指數報289.4點，較年初回升3.2%；租金指數報201.6點，按月升0.8%，按年升4.5%，已連升六個月。\n"
    "據美聯物業統計，上半年全港工商舖成交1,024宗，按年減少8.2%。"
    "中原地產研究部數據顯示，6月銅鑼灣及尖沙咀核心區街舖平均呎租由去年同期的HK$520回落至HK$468，跌幅約一成。\n"
    "中原地產研究部主管黃家豪表示：「息口見頂後，買家入市意慾明顯回升，預期全年樓價將上升約5%。」"
    "他補充，若美國今年未有減息，樓價升幅或收窄至3%以下。"
    "他強調，樓價今年不可能重返2021年的高位，亦不會出現兩成以上的升幅。"
)

MENTIONS = [
    date("上半年", "2026-H1"), pct("15.3%", 15.3), dur("六個月", "P6M"),
    ent(P, "梁詠心", "梁咏心"),
    ent(O, "土地註冊處", "土地注册处"), date("今年上半年", "2026-H1"), qty("2.86萬宗", 28600, "宗"), pct("15.3%", 15.3),
    money("約2,480億元", 248000000000, "HKD", q="approx"), pct("12.7%", 12.7),
    date("6月份", "2026-06"), qty("5,120宗", 5120, "宗"), pct("4.6%", 4.6),
    date("首季", "2026-Q1"), qty("3,450宗", 3450, "宗"), date("第二季", "2026-Q2"), qty("5,980宗", 5980, "宗"),
    ent(O, "新鴻基地產", "新鸿基地产"), ent(O, "恒基地產", "恒基地产"), date("上半年", "2026-H1"),
    qty("約1,650伙", 1650, "伙", q="approx"), qty("1,120伙", 1120, "伙"), money("約238億元", 23800000000, "HKD", q="approx"),
    date("上半年", "2026-H1"), ent(L, "山頂", "山顶"), money("HK$4.2億", 420000000, "HKD"), money("約HK$10.5萬", 105000, "HKD", q="approx"),
    ent(O, "差餉物業估價署", "差饷物业估价署"), date("5月", "2026-05"), qty("289.4點", 289.4, "点"), date("年初", "2026", mod="start"), pct("3.2%", 3.2),
    qty("201.6點", 201.6, "点"), pct("0.8%", 0.8), pct("4.5%", 4.5), dur("六個月", "P6M"),
    ent(O, "美聯物業", "美联物业"), date("上半年", "2026-H1"), qty("1,024宗", 1024, "宗"), pct("8.2%", 8.2),
    ent(O, "中原地產研究部", "中原地产研究部"), date("6月", "2026-06"), ent(L, "銅鑼灣", "铜锣湾"), ent(L, "尖沙咀"),
    date("去年同期", "2025-06"), money("HK$520", 520, "HKD"), money("HK$468", 468, "HKD"), pct("約一成", 10, q="approx"),
    ent(O, "中原地產研究部", "中原地产研究部"), ent(P, "黃家豪", "黄家豪"), date("全年", "2026"), pct("約5%", 5, q="approx"),
    ent(L, "美國", "美国"), date("今年", "2026"), pct("3%以下", 3, q="lt"),
    date("今年", "2026"), date("2021年", "2021"), pct("兩成以上", 20, q="gt"),
]

LR = "土地註冊處"
RVD = "差餉物業估價署"
CLAIMS = [
    {"q": ("15.3%", 0), "metric": "住宅买卖登记数量增速", "t": ("上半年", 0), "dir": "up", "basis": "yoy"},
    {"q": "2.86萬宗", "st": "全港", "metric": "住宅买卖登记数量", "t": "今年上半年", "ch": ("15.3%", 1), "dir": "up", "basis": "yoy", "attr": LR},
    {"q": "約2,480億元", "st": "全港", "metric": "金额", "t": "今年上半年", "ch": "12.7%", "dir": "up", "basis": "yoy", "attr": LR},
    {"q": "5,120宗", "st": "全港", "metric": "住宅买卖登记数量", "t": "6月份", "ch": "4.6%", "dir": "down", "basis": "qoq", "attr": LR},
    {"q": "3,450宗", "st": "新盤", "metric": "成交量", "t": "首季"},
    {"q": "5,980宗", "st": "新盤", "metric": "成交量", "t": "第二季", "dir": "up", "basis": "qoq"},
    {"q": "約1,650伙", "subj": "新鴻基地產", "metric": "销量", "t": ("上半年", 1)},
    {"q": "1,120伙", "subj": "恒基地產", "metric": "销量", "t": ("上半年", 1)},
    {"q": "約238億元", "st": "新鴻基地產及恒基地產", "metric": "套现金额", "t": ("上半年", 1)},
    {"q": "HK$4.2億", "st": "山頂一幢獨立屋", "metric": "成交价", "t": ("上半年", 2)},
    {"q": "約HK$10.5萬", "st": "山頂一幢獨立屋", "metric": "呎价", "t": ("上半年", 2)},
    {"q": "289.4點", "st": "私人住宅", "metric": "售价指数", "t": "5月", "ch": "3.2%", "dir": "up", "attr": RVD},
    {"q": "201.6點", "st": "私人住宅", "metric": "租金指数", "t": "5月", "ch": "4.5%", "dir": "up", "basis": "yoy", "attr": RVD},
    {"q": "0.8%", "st": "私人住宅", "metric": "租金指数增速", "t": "5月", "dir": "up", "basis": "qoq", "attr": RVD},
    {"q": "1,024宗", "st": "全港工商舖", "metric": "成交量", "t": ("上半年", 3), "ch": "8.2%", "dir": "down", "basis": "yoy", "attr": "美聯物業"},
    {"q": "HK$520", "st": "銅鑼灣及尖沙咀核心區街舖", "metric": "租金", "t": "去年同期", "attr": ("中原地產研究部", 0)},
    {"q": "HK$468", "st": "銅鑼灣及尖沙咀核心區街舖", "metric": "租金", "t": "6月", "ch": "約一成", "dir": "down", "basis": "yoy", "attr": ("中原地產研究部", 0)},
    {"q": "約5%", "metric": "价格增速", "t": "全年", "dir": "up", "attr": "黃家豪"},
]

ARTICLE = {"id": "heldout6-clm-03-property-hk", "published_at": "2026-07-09T11:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
