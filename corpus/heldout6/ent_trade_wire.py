"""CN: a translated wire story on EU-ASEAN trade talks: transliterated persons joined by · with
a title (贸易委员玛丽亚·范德贝格, 首席经济学家托马斯·林德) and later by surname alone (范德贝格),
foreign companies with a Latin alias in brackets (大众汽车集团（Volkswagen）, 施耐德电气（Schneider
Electric）), international bodies with Latin abbreviations in brackets (世界贸易组织（WTO）,
国际货币基金组织（IMF）), one-character country abbreviations joined (中美) and listed (英、法),
an international statistics office with a Latin alias (欧盟统计局（Eurostat）), 欧 for Europe (东盟对欧出口, 对美出口), a hypothetical figure (若…可能减少约150亿欧元, no claim), a foreign province after its country (越南北宁省), a wire dateline, a rate with a
percentage-point change against this year, 双方 as a holder."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
VW, SE, WTO, IMF = "大众汽车", "施耐德电气", "世界贸易组织", "国际货币基金组织"
TEXT = (
    "欧盟与东盟明年重启自贸谈判 德法企业加码越南投资\n"
    "新华社布鲁塞尔11月29日电 欧盟委员会贸易委员玛丽亚·范德贝格29日在布鲁塞尔表示，欧盟与东盟将于明年1月重启区域自由贸易协定谈判，"
    "双方2025年货物贸易额约为2,870亿欧元，同比增长4.6%。\n"
    "范德贝格说，中美贸易摩擦促使更多欧洲企业把供应链转向东南亚。德国大众汽车集团（Volkswagen）本月宣布在越南北宁省新建电池组装厂，投资额达12亿美元；"
    "法国施耐德电气（Schneider Electric）则计划在胡志明市扩建配套工厂，年产能提高到30万台。\n"
    "据欧盟统计局（Eurostat）数据，今年前三季度越南对欧盟出口额约为410亿欧元，同比增长8.3%，占东盟对欧出口总额的近三成。\n"
    "英、法外长随后在巴黎发表联合声明，呼吁世界贸易组织（WTO）尽快恢复上诉机构运作，并支持欧盟与东盟在数字贸易规则上先行对接。\n"
    "国际货币基金组织（IMF）首席经济学家托马斯·林德预计，明年全球货物贸易量将增长3.1%，较今年放缓0.4个百分点；"
    "其中亚洲新兴经济体出口增速有望达到5.2%。林德同时提醒，若美国对欧盟汽车加征关税，欧洲对美出口可能减少约150亿欧元。"
)

MENTIONS = [
    ent(O, "欧盟"), ent(O, "东盟", "东南亚国家联盟"), date("明年", "2027"), ent(L, "德"), ent(L, "法"), ent(L, "越南"),
    ent(O, "新华社"), ent(L, "布鲁塞尔"), date("11月29日", "2026-11-29"), ent(O, "欧盟委员会"), ent(P, "玛丽亚·范德贝格"),
    date("29日", "2026-11-29"), ent(L, "布鲁塞尔"), ent(O, "欧盟"), ent(O, "东盟", "东南亚国家联盟"), date("明年1月", "2027-01"),
    date("2025年", "2025"), money("约为2,870亿欧元", 287000000000, "EUR", q="approx"), pct("4.6%", 4.6),
    ent(P, "范德贝格"), ent(L, "中", "中国"), ent(L, "美", "美国"), ent(L, "欧洲"), ent(L, "东南亚"),
    ent(L, "德国"), ent(O, "大众汽车集团", VW), ent(O, "Volkswagen", VW), date("本月", "2026-11"), ent(L, "越南"), ent(L, "北宁省"),
    money("12亿美元", 1200000000, "USD"),
    ent(L, "法国"), ent(O, "施耐德电气", SE), ent(O, "Schneider Electric", SE), ent(L, "胡志明市"), qty("30万台", 300000, "台"),
    ent(O, "欧盟统计局"), ent(O, "Eurostat", "欧盟统计局"), date("今年前三季度", None, low="2026-Q1", high="2026-Q3"), ent(L, "越南"), ent(O, "欧盟"),
    money("约为410亿欧元", 41000000000, "EUR", q="approx"), pct("8.3%", 8.3), ent(O, "东盟", "东南亚国家联盟"), ent(L, "欧", "欧洲"), pct("近三成", 30, q="approx"),
    ent(L, "英", "英国"), ent(L, "法", "法国"), ent(L, "巴黎"), ent(O, "世界贸易组织", WTO), ent(O, "WTO", WTO),
    ent(O, "欧盟"), ent(O, "东盟", "东南亚国家联盟"),
    ent(O, "国际货币基金组织", IMF), ent(O, "IMF", IMF), ent(P, "托马斯·林德"), date("明年", "2027"), pct("3.1%", 3.1),
    date("今年", "2026"), pct("0.4个百分点", 0.4, unit="pp"), ent(L, "亚洲"), pct("5.2%", 5.2),
    ent(P, "林德"), ent(L, "美国"), ent(O, "欧盟"), ent(L, "欧洲"), ent(L, "美", "美国"), money("约150亿欧元", 15000000000, "EUR", q="approx"),
]

CLAIMS = [
    {"q": "约为2,870亿欧元", "st": "双方", "metric": "货物贸易额", "t": "2025年", "ch": "4.6%", "dir": "up", "basis": "yoy", "attr": "玛丽亚·范德贝格"},
    {"q": "12亿美元", "subj": "大众汽车集团", "metric": "投资额", "attr": "大众汽车集团"},
    {"q": "30万台", "subj": "施耐德电气", "metric": "产能", "dir": "up"},
    {"q": "约为410亿欧元", "subj": ("越南", 2), "metric": "出口额", "t": "今年前三季度", "ch": "8.3%", "dir": "up", "basis": "yoy", "attr": "欧盟统计局"},
    {"q": "近三成", "subj": ("越南", 2), "metric": "出口额占比", "t": "今年前三季度", "attr": "欧盟统计局"},
    {"q": "3.1%", "st": "全球", "metric": "货物贸易量增速", "t": ("明年", 1), "ch": "0.4个百分点", "dir": "down", "basis": "yoy", "attr": "托马斯·林德"},
    {"q": "5.2%", "st": "亚洲新兴经济体", "metric": "出口增速", "t": ("明年", 1), "attr": "托马斯·林德"},
]

ARTICLE = {"id": "heldout6-ent-03-trade-wire", "published_at": "2026-11-30T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS,
           "skip": {"中", "美", "英", "法", "德", "欧"}}
