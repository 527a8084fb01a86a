"""HK: developer's interim results on an April–March year: 億萬 with trailing digits, 截至…止六個月,
a fiscal half and year, land bank in 平方呎, plans with counts, a negated discount, a target price from X to Y."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

CO = "恒嘉地產"
TEXT = (
    "恒嘉地產中期純利跌18%至42億3,000萬元 派息維持每股1.2元\n"
    "恒嘉地產（1689）昨日公布截至2026年9月30日止六個月中期業績，營業額為186億5,000萬港元，按年減少7.4%；"
    "股東應佔溢利42億3,000萬元，按年下跌18%。每股盈利1.47元，中期息每股1.2元，與去年同期相同。\n"
    "期內，集團物業銷售合約金額約112億元，按年增加約兩成，其中北部都會區項目佔約35%。"
    "截至9月底，集團土地儲備約1,260萬平方呎，可供出售單位約8,400個。\n"
    "主席馮啟南表示，樓市已見底回穩，集團下半財年將推出3個新盤，涉及逾2,000個單位，預期本財年合約銷售可達250億元。"
    "他強調，集團不會以低於市價兩成的折讓推盤。\n"
    "大和證券將恒嘉目標價由9.8元上調至11.5元，維持「買入」評級。恒嘉股價昨日收報10.24元，升2.6%。"
)

MENTIONS = [
    ent("org", CO, "恒嘉地产"), pct("18%", 18), money("42億3,000萬元", 4230000000, "HKD"), money("1.2元", 1.2, "HKD"),
    ent("org", CO, "恒嘉地产"), date("昨日", "2026-11-19"), date("2026年9月30日", "2026-09-30"), dur("六個月", "P6M"),
    money("186億5,000萬港元", 18650000000, "HKD"), pct("7.4%", 7.4), money("42億3,000萬元", 4230000000, "HKD"),
    pct("18%", 18), money("1.47元", 1.47, "HKD"), money("1.2元", 1.2, "HKD"),
    date("去年同期", None, low="2025-04", high="2025-09"),
    money("約112億元", 11200000000, "HKD", q="approx"), pct("約兩成", 20, q="approx"),
    ent("location", "北部都會區", "北部都会区"), pct("約35%", 35, q="approx"), date("9月底", "2026-09", mod="end"),
    qty("約1,260萬平方呎", 12600000, "平方呎", q="approx"), qty("約8,400個", 8400, "个", q="approx"),
    ent("person", "馮啟南", "冯启南"), date("下半財年", None, low="2026-10", high="2027-03", fiscal=True),
    qty("3個", 3, "个"), qty("逾2,000個", 2000, "个", q="gt"),
    date("本財年", None, low="2026-04", high="2027-03", fiscal=True), money("250億元", 25000000000, "HKD"),
    pct("兩成", 20),
    ent("org", "大和證券", "大和证券"), ent("org", "恒嘉", "恒嘉地产"), money("9.8元", 9.8, "HKD"),
    money("11.5元", 11.5, "HKD"), ent("org", "恒嘉", "恒嘉地产"), date("昨日", "2026-11-19"),
    money("10.24元", 10.24, "HKD"), pct("2.6%", 2.6),
]

BODY, H1 = (CO, 1), "2026年9月30日"
CLAIMS = [
    {"q": ("42億3,000萬元", 0), "subj": (CO, 0), "metric": "净利润", "ch": ("18%", 0), "dir": "down"},
    {"q": ("1.2元", 0), "subj": (CO, 0), "metric": "股息"},
    {"q": "186億5,000萬港元", "subj": BODY, "metric": "营业收入", "t": H1, "ch": "7.4%", "dir": "down", "basis": "yoy",
     "attr": BODY},
    {"q": ("42億3,000萬元", 1), "subj": BODY, "metric": "净利润", "t": H1, "ch": ("18%", 1), "dir": "down",
     "basis": "yoy", "attr": BODY},
    {"q": "1.47元", "subj": BODY, "metric": "每股收益", "t": H1, "attr": BODY},
    {"q": ("1.2元", 1), "subj": BODY, "metric": "股息", "t": H1, "attr": BODY},
    {"q": "約112億元", "subj": BODY, "metric": "合约销售额", "t": H1, "ch": "約兩成", "dir": "up", "basis": "yoy"},
    {"q": "約35%", "st": "北部都會區項目", "metric": "占比", "t": H1},
    {"q": "約1,260萬平方呎", "subj": BODY, "metric": "土地储备", "t": "9月底"},
    {"q": "約8,400個", "subj": BODY, "metric": "可供出售单位数量", "t": "9月底"},
    {"q": "3個", "subj": BODY, "metric": "新盘数量", "t": "下半財年", "attr": "馮啟南"},
    {"q": "逾2,000個", "subj": BODY, "metric": "单位数量", "t": "下半財年", "attr": "馮啟南"},
    {"q": "250億元", "subj": BODY, "metric": "合约销售额", "t": "本財年", "attr": "馮啟南"},
    {"q": "9.8元", "subj": ("恒嘉", 0), "metric": "目标价", "attr": "大和證券"},
    {"q": "11.5元", "subj": ("恒嘉", 0), "metric": "目标价", "dir": "up", "attr": "大和證券"},
    {"q": "10.24元", "subj": ("恒嘉", 1), "metric": "股价", "t": ("昨日", 1), "ch": "2.6%", "dir": "up"},
]

ARTICLE = {"id": "heldout2-cl-05-developer-hk", "published_at": "2026-11-20T08:15:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
