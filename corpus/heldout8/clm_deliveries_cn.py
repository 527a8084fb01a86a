"""CN: an EV maker's November deliveries and a brokerage note: a headline level in 万辆 with its
change, the subject after the time (12月1日，…公布) with 同比 as the level's change and 环比 a claim of
its own, 分车型看 counts held by products whose names contain the maker's (the month carried), a
paragraph with no source (attribution null) holding a YTD count, a target completion rate, a full-year
target in a ；-sentence held via 公司 (年初 dates the setting, not the figure), an export count and its
share of deliveries, a from-X-to-Y price cut with a 降幅 as Y's change (time null), a battery
supplier's 披露 with a capacity addition and 提升至 (up, specs with time null), an analyst's 预计 with
a monthly and an annual estimate (约 touching it), a target price (time null), and a conditional
(如果…10%…约2个百分点) that gives no claim."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, PR = "org", "person", "location", "product"
CO = "远驰汽车"
TEXT = (
    "远驰汽车11月交付3.86万辆 同比增长42%\n"
    "本报记者 蒋一帆\n"
    "12月1日，新能源车企远驰汽车公布，11月共交付新车38,612辆，同比增长42.3%，环比增长6.8%。"
    "分车型看，旗舰SUV远驰X9交付12,045辆，紧凑型轿车远驰S5交付17,930辆，其余8,637辆来自MPV车型远驰M7。\n"
    "今年1-11月，远驰汽车累计交付32.47万辆，目标完成率达90.2%；公司年初定下的全年交付目标为36万辆。"
    "11月，公司出口新车6,215辆，占总交付量的16.1%，主要销往泰国、墨西哥和中东市场。\n"
    "价格方面，远驰S5的起售价已从15.98万元下调至13.98万元，降幅达12.5%。"
    "电池供应商恒能电池披露，其常州基地二期已经投产，新增年产能20吉瓦时，总产能提升至65吉瓦时。\n"
    "华信证券分析师周启明在最新研报中预计，受年末冲量带动，远驰汽车12月交付量有望达到4.2万辆，全年交付约36.7万辆，超额完成目标。"
    "周启明维持远驰汽车“买入”评级，目标价48.6元。"
    "他同时测算，如果电池采购价再下降10%，远驰S5的单车毛利率可提高约2个百分点。"
)

MENTIONS = [
    ent(O, "远驰汽车", CO), date("11月", "2026-11"), qty("3.86万辆", 38600, "辆"), pct("42%", 42),
    ent(P, "蒋一帆"),
    date("12月1日", "2026-12-01"), ent(O, "远驰汽车", CO), date("11月", "2026-11"), qty("38,612辆", 38612, "辆"), pct("42.3%", 42.3), pct("6.8%", 6.8),
    ent(PR, "远驰X9"), qty("12,045辆", 12045, "辆"), ent(PR, "远驰S5"), qty("17,930辆", 17930, "辆"), qty("8,637辆", 8637, "辆"), ent(PR, "远驰M7"),
    date("今年1-11月", None, low="2026-01", high="2026-11"), ent(O, "远驰汽车", CO), qty("32.47万辆", 324700, "辆"), pct("90.2%", 90.2),
    date("年初", "2026", mod="start"), date("全年", "2026"), qty("36万辆", 360000, "辆"),
    date("11月", "2026-11"), qty("6,215辆", 6215, "辆"), pct("16.1%", 16.1), ent(L, "泰国"), ent(L, "墨西哥"), ent(L, "中东"),
    ent(PR, "远驰S5"), money("15.98万元", 159800, "CNY"), money("13.98万元", 139800, "CNY"), pct("12.5%", 12.5),
    ent(O, "恒能电池"), ent(L, "常州"), qty("20吉瓦时", 20, "吉瓦时"), qty("65吉瓦时", 65, "吉瓦时"),
    ent(O, "华信证券"), ent(P, "周启明"), ent(O, "远驰汽车", CO), date("12月", "2026-12"), qty("4.2万辆", 42000, "辆"),
    date("全年", "2026"), qty("约36.7万辆", 367000, "辆", q="approx"),
    ent(P, "周启明"), ent(O, "远驰汽车", CO), money("48.6元", 48.6, "CNY"),
    pct("10%", 10), ent(PR, "远驰S5"), pct("约2个百分点", 2, unit="pp", q="approx"),
]

DLV = "交付量"
PUB, YTD_CO, NOTE_CO = ("远驰汽车", 1), ("远驰汽车", 2), ("远驰汽车", 3)
NOV = ("11月", 1)
ZHOU = ("周启明", 0)
CLAIMS = [
    {"q": "3.86万辆", "subj": ("远驰汽车", 0), "metric": DLV, "t": ("11月", 0), "ch": "42%", "dir": "up", "basis": "yoy"},
    {"q": "38,612辆", "subj": PUB, "metric": DLV, "t": NOV, "ch": "42.3%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "6.8%", "subj": PUB, "metric": "交付量增速", "t": NOV, "dir": "up", "basis": "qoq", "attr": PUB},
    {"q": "12,045辆", "subj": "远驰X9", "metric": DLV, "t": NOV, "attr": PUB},
    {"q": "17,930辆", "subj": ("远驰S5", 0), "metric": DLV, "t": NOV, "attr": PUB},
    {"q": "8,637辆", "subj": "远驰M7", "metric": DLV, "t": NOV, "attr": PUB},
    {"q": "32.47万辆", "subj": YTD_CO, "metric": DLV, "t": "今年1-11月"},
    {"q": "90.2%", "subj": YTD_CO, "metric": "目标完成率", "t": "今年1-11月"},
    {"q": "36万辆", "subj": YTD_CO, "metric": "交付目标", "t": ("全年", 0)},
    {"q": "6,215辆", "subj": YTD_CO, "metric": "出口量", "t": ("11月", 2)},
    {"q": "16.1%", "subj": YTD_CO, "metric": "交付量占比", "t": ("11月", 2)},
    {"q": "15.98万元", "subj": ("远驰S5", 1), "metric": "售价"},
    {"q": "13.98万元", "subj": ("远驰S5", 1), "metric": "售价", "ch": "12.5%", "dir": "down"},
    {"q": "20吉瓦时", "subj": "恒能电池", "metric": "产能", "dir": "up", "attr": "恒能电池"},
    {"q": "65吉瓦时", "subj": "恒能电池", "metric": "产能", "dir": "up", "attr": "恒能电池"},
    {"q": "4.2万辆", "subj": NOTE_CO, "metric": DLV, "t": "12月", "attr": ZHOU},
    {"q": "约36.7万辆", "subj": NOTE_CO, "metric": DLV, "t": ("全年", 1), "attr": ZHOU},
    {"q": "48.6元", "subj": ("远驰汽车", 4), "metric": "目标价", "attr": ("周启明", 1)},
]

ARTICLE = {"id": "heldout8-clm-04-deliveries-cn", "published_at": "2026-12-02T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
