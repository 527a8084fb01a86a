"""HK: a stock market report (港股; made-up stocks and broker): 2萬6,980點 and 26,980點, point and percent moves,
成交額 with 較上日, 南向資金, results stated beside a close (純利按年增長35%至4.2億元), 3.85厘, gold in 美元,
constituent counts that classify and that are claims, 52周 and 三日 (durations), 千億元, a conditional."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

HSI, TODAY = "恒生指數", "今日"
TEXT = (
    "恒指三連升收報2萬6,980點 成交額增至2,450億元\n"
    "港股今日個別發展，恒生指數高開後反覆向上，收市報26,980點，升215點，升幅0.8%，連升三日累計漲逾600點；"
    "國企指數收報9,512點，升0.6%；恒生科技指數則跌0.3%。恒指82隻成分股中有51隻上升。"
    "全日主板成交額2,450億元，較上日增加約18%。南向資金淨流入86億元，連續第12個交易日淨買入。\n"
    "藍海科技昨日公布第三季純利按年增長35%至4.2億元，股價今日急升12.5%，收報38.4元，創52周新高；"
    "偉豐地產則跌2.1%至15.66元。一個月HIBOR升至3.85厘，現貨金價每盎司報2,918美元，跌0.4%。\n"
    "信海證券研究部主管梁志強表示，恒指今年以來累計升約22%，預測市盈率約為10.8倍，仍低於過去10年平均的11.5倍，估值「不算貴」；"
    "若美國12月不減息，恒指或回落至25,500點。他預期明年首季港股日均成交額可維持在2,000億元以上，全年新股集資額有望重返千億元。"
)

MENTIONS = [
    qty("2萬6,980點", 26980, "点"), money("2,450億元", 245000000000, "HKD"),
    date(TODAY, "2026-11-24"), qty("26,980點", 26980, "点"), qty("215點", 215, "点"), pct("0.8%", 0.8), dur("三日", "P3D"),
    qty("逾600點", 600, "点", q="gt"), qty("9,512點", 9512, "点"), pct("0.6%", 0.6), pct("0.3%", 0.3),
    qty("82隻", 82, "只"), qty("51隻", 51, "只"), money("2,450億元", 245000000000, "HKD"), pct("約18%", 18, q="approx"),
    money("86億元", 8600000000, "HKD"),
    ent("org", "藍海科技", "蓝海科技"), date("昨日", "2026-11-23"), date("第三季", "2026-Q3"), pct("35%", 35),
    money("4.2億元", 420000000, "HKD"), date(TODAY, "2026-11-24"), pct("12.5%", 12.5), money("38.4元", 38.4, "HKD"),
    dur("52周", "P52W"), ent("org", "偉豐地產", "伟丰地产"), pct("2.1%", 2.1), money("15.66元", 15.66, "HKD"),
    dur("一個月", "P1M"), pct("3.85厘", 3.85), money("2,918美元", 2918, "USD"), pct("0.4%", 0.4),
    ent("org", "信海證券", "信海证券"), ent("person", "梁志強", "梁志强"), date("今年以來", "2026", mod="after"),
    pct("約22%", 22, q="approx"), qty("約為10.8倍", 10.8, "倍", q="approx"), dur("10年", "P10Y"), qty("11.5倍", 11.5, "倍"),
    ent("location", "美國", "美国"), date("12月", "2026-12"), qty("25,500點", 25500, "点"), date("明年首季", "2027-Q1"),
    money("2,000億元以上", 200000000000, "HKD", q="gt"), date("全年", "2027"), money("千億元", 100000000000, "HKD"),
]

IDX, TURN = "指数", "成交额"
CLAIMS = [
    {"q": "2萬6,980點", "st": "恒指", "metric": IDX, "dir": "up"},
    {"q": ("2,450億元", 0), "metric": TURN, "dir": "up"},
    {"q": "26,980點", "st": HSI, "metric": IDX, "t": (TODAY, 0), "ch": "0.8%", "dir": "up"},
    {"q": "215點", "st": HSI, "metric": IDX, "t": (TODAY, 0), "dir": "up"},
    {"q": "逾600點", "st": HSI, "metric": IDX, "dir": "up"},
    {"q": "9,512點", "st": "國企指數", "metric": IDX, "t": (TODAY, 0), "ch": "0.6%", "dir": "up"},
    {"q": "0.3%", "st": "恒生科技指數", "metric": "指数增速", "t": (TODAY, 0), "dir": "down"},
    {"q": "51隻", "st": "恒指", "metric": "上涨成分股数量", "t": (TODAY, 0)},
    {"q": ("2,450億元", 1), "st": "主板", "metric": TURN, "t": (TODAY, 0), "ch": "約18%", "dir": "up"},
    {"q": "86億元", "st": "南向資金", "metric": "净流入", "t": (TODAY, 0)},
    {"q": "4.2億元", "subj": "藍海科技", "metric": "净利润", "t": "第三季", "ch": "35%", "dir": "up", "basis": "yoy",
     "attr": "藍海科技"},
    {"q": "38.4元", "subj": "藍海科技", "metric": "股价", "t": (TODAY, 1), "ch": "12.5%", "dir": "up"},
    {"q": "15.66元", "subj": "偉豐地產", "metric": "股价", "t": (TODAY, 1), "ch": "2.1%", "dir": "down"},
    {"q": "3.85厘", "st": "一個月HIBOR", "metric": "利率", "t": (TODAY, 1), "dir": "up"},
    {"q": "2,918美元", "st": "現貨", "metric": "金价", "t": (TODAY, 1), "ch": "0.4%", "dir": "down"},
    {"q": "約22%", "st": "恒指", "metric": "指数增速", "t": "今年以來", "dir": "up", "attr": "梁志強"},
    {"q": "約為10.8倍", "st": "恒指", "metric": "市盈率", "attr": "梁志強"},
    {"q": "11.5倍", "st": "恒指", "metric": "市盈率", "attr": "梁志強"},
    {"q": "2,000億元以上", "st": "港股", "metric": "日均成交额", "t": "明年首季", "attr": "梁志強"},
    {"q": "千億元", "st": "新股", "metric": "融资额", "t": "全年", "attr": "梁志強"},
]

ARTICLE = {"id": "heldout3-cl-05-market-hk", "published_at": "2026-11-24T17:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
