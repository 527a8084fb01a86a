"""HK: pension fund returns (積金局): 1萬4,860億元, 約為 approx, 負百分之零點八, 百分點, 一成, 首11個月,
2027/28年度, a compound duration 兩年三個月, durations in 星期 and 日, a weekday with a clock time, a 蚊 range, a hypothetical."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

MPFA, MPFAV = "積金局", "强制性公积金计划管理局"
TEXT = (
    "積金局：強積金首11個月人均賺約2.3萬元\n"
    "積金局今日公布，截至11月27日，強積金今年整體回報約為11.8%，按成員人數計算，每名成員平均賺約2萬3,000元；"
    "總資產值升至1萬4,860億元，較2025年底增加1,520億元。當中股票基金表現最好，平均回報達18.6%；"
    "債券基金則錄得負百分之零點八的回報。保守基金的年率化回報僅得2.1%，按年回落0.9個百分點。\n"
    "數據顯示，今年1至11月強積金累積淨供款為658億元，較去年同期多約一成；成員人數約為478萬名，其中自僱人士約23萬名。\n"
    "積金局行政總監梁嘉慧表示，過去兩年三個月，積金易平台已處理超過1,200萬宗交易，行政費用由每年0.37%降至0.3%以下，"
    "預計2027/28年度可再減至0.25%。她又透露，約36萬名成員已用手機登記積金易，"
    "每宗轉移申請的處理時間由約2星期縮短至4日，每名成員每年平均節省約180蚊。她提醒，若市場在12月急挫一成，成員平均賬面損失或達1萬元，但長線投資者毋須過分擔心。\n"
    "另外，積金局將於下星期三下午3時舉行傳媒簡介會。有理財顧問估計，今年全年強積金回報有望介乎10%至12%，"
    "即每名成員賺2萬至2萬4千蚊。"
)

MENTIONS = [
    ent("org", MPFA, MPFAV), date("首11個月", None, low="2026-01", high="2026-11"),
    money("約2.3萬元", 23000, "HKD", q="approx"),
    ent("org", MPFA, MPFAV), date("今日", "2026-11-30"), date("11月27日", "2026-11-27"), date("今年", "2026"),
    pct("約為11.8%", 11.8, q="approx"), money("約2萬3,000元", 23000, "HKD", q="approx"),
    money("1萬4,860億元", 1486000000000, "HKD"), date("2025年底", "2025", mod="end"),
    money("1,520億元", 152000000000, "HKD"), pct("18.6%", 18.6), pct("負百分之零點八", -0.8),
    pct("2.1%", 2.1), pct("0.9個百分點", 0.9, "pp"),
    date("今年1至11月", None, low="2026-01", high="2026-11"), money("658億元", 65800000000, "HKD"),
    date("去年同期", None, low="2025-01", high="2025-11"), pct("約一成", 10, q="approx"),
    qty("約為478萬名", 4780000, "名", q="approx"), qty("約23萬名", 230000, "名", q="approx"),
    ent("org", MPFA, MPFAV), ent("person", "梁嘉慧"), dur("兩年三個月", "P27M"), ent("product", "積金易", "积金易"),
    qty("超過1,200萬宗", 12000000, "宗", q="gt"), pct("0.37%", 0.37), pct("0.3%以下", 0.3, q="lt"),
    date("2027/28年度", None, low="2027-04", high="2028-03", fiscal=True), pct("0.25%", 0.25),
    qty("約36萬名", 360000, "名", q="approx"), ent("product", "積金易", "积金易"), dur("約2星期", "P2W", q="approx"),
    dur("4日", "P4D"), money("約180蚊", 180, "HKD", q="approx"),
    date("12月", "2026-12"), pct("一成", 10), money("1萬元", 10000, "HKD"),
    ent("org", MPFA, MPFAV), date("下星期三下午3時", "2026-12-09T15:00"), date("今年全年", "2026"),
    pct("10%至12%", None, low=10, high=12), money("2萬至2萬4千蚊", None, "HKD", low=20000, high=24000),
]

MPF, RET, PER = "強積金", "回报率", "人均收益"
CLAIMS = [
    {"q": "約2.3萬元", "st": MPF, "metric": PER, "t": "首11個月", "attr": (MPFA, 0)},
    {"q": "約為11.8%", "st": MPF, "metric": RET, "t": "今年", "attr": (MPFA, 1)},
    {"q": "約2萬3,000元", "st": MPF, "metric": PER, "t": "今年", "attr": (MPFA, 1)},
    {"q": "1萬4,860億元", "st": MPF, "metric": "总资产值", "t": "11月27日", "dir": "up", "attr": (MPFA, 1)},
    {"q": "1,520億元", "st": MPF, "metric": "总资产值", "t": "11月27日", "dir": "up", "attr": (MPFA, 1)},
    {"q": "18.6%", "st": "股票基金", "metric": RET, "t": "今年", "attr": (MPFA, 1)},
    {"q": "負百分之零點八", "st": "債券基金", "metric": RET, "t": "今年", "dir": "down", "attr": (MPFA, 1)},
    {"q": "2.1%", "st": "保守基金", "metric": "年率化回报率", "t": "今年", "ch": "0.9個百分點", "dir": "down",
     "basis": "yoy", "attr": (MPFA, 1)},
    {"q": "658億元", "st": MPF, "metric": "净供款", "t": "今年1至11月", "ch": "約一成", "dir": "up", "basis": "yoy"},
    {"q": "約為478萬名", "st": MPF, "metric": "成员数量"},
    {"q": "約23萬名", "st": "自僱人士", "metric": "成员数量"},
    {"q": "超過1,200萬宗", "subj": ("積金易", 0), "metric": "交易数量", "attr": "梁嘉慧"},
    {"q": "0.37%", "subj": ("積金易", 0), "metric": "费率", "attr": "梁嘉慧"},
    {"q": "0.3%以下", "subj": ("積金易", 0), "metric": "费率", "dir": "down", "attr": "梁嘉慧"},
    {"q": "0.25%", "subj": ("積金易", 0), "metric": "费率", "t": "2027/28年度", "dir": "down", "attr": "梁嘉慧"},
    {"q": "約36萬名", "subj": ("積金易", 1), "metric": "登记成员数量", "attr": "梁嘉慧"},
    {"q": "約180蚊", "st": "每名成員", "metric": "节省成本", "attr": "梁嘉慧"},
    {"q": "10%至12%", "st": MPF, "metric": RET, "t": "今年全年"},
    {"q": "2萬至2萬4千蚊", "st": MPF, "metric": PER, "t": "今年全年"},
]

ARTICLE = {"id": "heldout3-nt-02-pension-hk", "published_at": "2026-11-30T18:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
