"""TW: a stock market report (台股, made-up stocks and a made-up adviser): 點 levels with their point and percent
moves, 2萬7,436.12點, 成交值 億元 with 近1,000億元, 買超/賣超, a close with its own move, 2兆8,000億元 as a
threshold, 新台幣 at 30.215元 and 8.6分, counts of stocks, a conditional, a negated figure in a quote."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

DAY = "今（27）日"
TEXT = (
    "台股收漲238點 成交值衝上5,100億元\n"
    "台股今（27）日在電子權值股帶動下走高，加權指數終場上漲238.56點，收在2萬7,436.12點，漲幅0.88%；"
    "成交值5,126億元，較前一交易日增加近1,000億元。櫃買指數則小跌0.23點，收298.47點。"
    "在1,024檔上市股票中，上漲612檔、下跌328檔。\n"
    "三大法人合計買超186.4億元，其中外資買超152.3億元，連續第3個交易日買超；投信賣超12.8億元，自營商買超46.9億元。\n"
    "個股方面，晶宇科技股價大漲6.2%，收在1,085元，創歷史新高，市值突破2兆8,000億元；遠揚海運則下跌3.4%至58.3元。"
    "新台幣兌美元收在30.215元，升值8.6分。\n"
    "宏泰投顧董事長李振邦表示，若美國聯準會12月如期降息，台股年內有機會挑戰2萬8,000點，但短線不宜追高。"
    "他預估明年台股企業獲利可成長約15%，本益比將維持在17倍左右，並強調台股「不會重演2022年那種超過20%的修正」。"
)

MENTIONS = [
    qty("238點", 238, "点"), money("5,100億元", 510000000000, "TWD"),
    date(DAY, "2026-11-27"), qty("238.56點", 238.56, "点"), qty("2萬7,436.12點", 27436.12, "点"), pct("0.88%", 0.88),
    money("5,126億元", 512600000000, "TWD"), money("近1,000億元", 100000000000, "TWD", q="approx"),
    qty("0.23點", 0.23, "点"), qty("298.47點", 298.47, "点"), qty("1,024檔", 1024, "档"), qty("612檔", 612, "档"),
    qty("328檔", 328, "档"),
    money("186.4億元", 18640000000, "TWD"), money("152.3億元", 15230000000, "TWD"), money("12.8億元", 1280000000, "TWD"),
    money("46.9億元", 4690000000, "TWD"),
    ent("org", "晶宇科技"), pct("6.2%", 6.2), money("1,085元", 1085, "TWD"), money("2兆8,000億元", 2800000000000, "TWD"),
    ent("org", "遠揚海運", "远扬海运"), pct("3.4%", 3.4), money("58.3元", 58.3, "TWD"), money("30.215元", 30.215, "TWD"),
    money("8.6分", 0.086, "TWD"),
    ent("org", "宏泰投顧", "宏泰投顾"), ent("person", "李振邦"), ent("location", "美國", "美国"), ent("org", "聯準會", "美联储"),
    date("12月", "2026-12"), date("年內", "2026"), qty("2萬8,000點", 28000, "点"), date("明年", "2027"),
    pct("約15%", 15, q="approx"), qty("17倍左右", 17, "倍", q="approx"), date("2022年", "2022"), pct("超過20%", 20, q="gt"),
]

IDX, NET = "指数", "买超金额"
CLAIMS = [
    {"q": "238點", "st": "台股", "metric": IDX, "dir": "up"},
    {"q": "5,100億元", "st": "台股", "metric": "成交额"},
    {"q": "238.56點", "st": "加權指數", "metric": IDX, "t": DAY, "dir": "up"},
    {"q": "2萬7,436.12點", "st": "加權指數", "metric": IDX, "t": DAY, "ch": "0.88%", "dir": "up"},
    {"q": "5,126億元", "st": "台股", "metric": "成交额", "t": DAY, "dir": "up"},
    {"q": "近1,000億元", "st": "台股", "metric": "成交额", "t": DAY, "dir": "up"},
    {"q": "0.23點", "st": "櫃買指數", "metric": IDX, "t": DAY, "dir": "down"},
    {"q": "298.47點", "st": "櫃買指數", "metric": IDX, "t": DAY, "dir": "down"},
    {"q": "612檔", "st": "上市股票", "metric": "上涨股票数量", "t": DAY},
    {"q": "328檔", "st": "上市股票", "metric": "下跌股票数量", "t": DAY},
    {"q": "186.4億元", "st": "三大法人", "metric": NET, "t": DAY},
    {"q": "152.3億元", "st": "外資", "metric": NET, "t": DAY},
    {"q": "12.8億元", "st": "投信", "metric": "卖超金额", "t": DAY},
    {"q": "46.9億元", "st": "自營商", "metric": NET, "t": DAY},
    {"q": "1,085元", "subj": "晶宇科技", "metric": "股价", "t": DAY, "ch": "6.2%", "dir": "up"},
    {"q": "2兆8,000億元", "subj": "晶宇科技", "metric": "市值", "t": DAY},
    {"q": "58.3元", "subj": "遠揚海運", "metric": "股价", "t": DAY, "ch": "3.4%", "dir": "down"},
    {"q": "30.215元", "st": "新台幣", "metric": "汇率", "t": DAY, "dir": "up"},
    {"q": "8.6分", "st": "新台幣", "metric": "汇率", "t": DAY, "dir": "up"},
    {"q": "約15%", "st": "台股企業", "metric": "获利增速", "t": "明年", "dir": "up", "attr": "李振邦"},
    {"q": "17倍左右", "st": "台股", "metric": "市盈率", "t": "明年", "attr": "李振邦"},
]

ARTICLE = {"id": "heldout3-cl-03-market-tw", "published_at": "2026-11-27T15:30:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
