"""TW: typhoon farm losses (農業部): 億萬 with trailing digits and 零 (3億零580萬元), 公頃, 隻, ROC years with
and without 民國 (民國113年以來, 105年), a weekday with 起, a clock time, 本月20日起至12月4日, 兩週內."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

MOA, MOAV = "農業部", "农业部"
TEXT = (
    "颱風農損逾12億元 雲林嘉義占近六成\n"
    "農業部今（17）日下午5時公布，颱風「秋芸」上週四起連續3天帶來豪雨，全台農業損失估計新台幣12億3,650萬元，"
    "被害面積1萬8,420公頃，損害程度約32%。其中雲林縣損失4億1,200萬元最多，嘉義縣3億零580萬元次之，兩縣合計占全台近六成。\n"
    "以作物分，蔬菜損失5億6,000萬元，被害面積8,930公頃；水果損失3億8,400萬元，以文旦、香蕉為主。"
    "畜牧業則有約2萬3,000隻家禽死亡，漁業設施損失約4,650萬元。"
    "林業部分，約120公頃造林地受損，另有3處農路坍方，搶修經費約1,800萬元。\n"
    "農業部次長張志遠表示，本次損失為民國113年以來單一颱風最高，但仍不及105年的26億元。"
    "現金救助方面，蔬菜每公頃最高補助4萬元，受災農民可在本月20日起至12月4日向公所申請，預計核撥約6億元，並於兩週內完成撥款。"
    "農業部統計，截至今日下午3時，已有1,286戶農民透過線上系統預先登記。\n"
    "他指出，颱風過後蔬菜批發價較颱風前上漲約4成，高麗菜每公斤一度衝到55元，估計要約2週才能回穩。"
    "農業部也將自明（18）日起釋出冷藏蔬菜1,500公噸平抑菜價；若12月再有寒流，菜價恐再漲1成。"
)

MENTIONS = [
    money("逾12億元", 1200000000, "TWD", q="gt"), ent("location", "雲林", "云林"), ent("location", "嘉義", "嘉义"),
    pct("近六成", 60, q="approx"),
    ent("org", MOA, MOAV), date("今（17）日下午5時", "2026-11-17T17:00"), date("上週四起", "2026-11-12", mod="after"),
    dur("3天", "P3D"), ent("location", "台", "台湾"), money("新台幣12億3,650萬元", 1236500000, "TWD"),
    qty("1萬8,420公頃", 18420, "公顷"), pct("約32%", 32, q="approx"), ent("location", "雲林縣", "云林"),
    money("4億1,200萬元", 412000000, "TWD"), ent("location", "嘉義縣", "嘉义"), money("3億零580萬元", 305800000, "TWD"),
    ent("location", "台", "台湾"), pct("近六成", 60, q="approx"),
    money("5億6,000萬元", 560000000, "TWD"), qty("8,930公頃", 8930, "公顷"), money("3億8,400萬元", 384000000, "TWD"),
    qty("約2萬3,000隻", 23000, "只", q="approx"), money("約4,650萬元", 46500000, "TWD", q="approx"),
    qty("約120公頃", 120, "公顷", q="approx"), qty("3處", 3, "处"), money("約1,800萬元", 18000000, "TWD", q="approx"),
    ent("org", MOA, MOAV), ent("person", "張志遠", "张志远"), date("民國113年以來", "2024", mod="after"),
    date("105年", "2016"), money("26億元", 2600000000, "TWD"), money("4萬元", 40000, "TWD"),
    date("本月20日起至12月4日", None, low="2026-11-20", high="2026-12-04"), money("約6億元", 600000000, "TWD", q="approx"),
    dur("兩週內", "P2W", q="lte"), ent("org", MOA, MOAV), date("今日下午3時", "2026-11-17T15:00"),
    qty("1,286戶", 1286, "户"),
    pct("約4成", 40, q="approx"), money("55元", 55, "TWD"), dur("約2週", "P2W", q="approx"),
    ent("org", MOA, MOAV), date("明（18）日起", "2026-11-18", mod="after"), qty("1,500公噸", 1500, "公吨"),
    date("12月", "2026-12"),
    pct("1成", 10),
]

LOSS, AREA = "农业损失", "被害面积"
CLAIMS = [
    {"q": "逾12億元", "metric": LOSS},
    {"q": ("近六成", 0), "st": "雲林嘉義", "metric": "占比"},
    {"q": "新台幣12億3,650萬元", "st": "全台", "metric": LOSS, "attr": (MOA, 0)},
    {"q": "1萬8,420公頃", "st": "全台", "metric": AREA, "attr": (MOA, 0)},
    {"q": "約32%", "st": "全台", "metric": "损害程度", "attr": (MOA, 0)},
    {"q": "4億1,200萬元", "subj": "雲林縣", "metric": LOSS, "attr": (MOA, 0)},
    {"q": "3億零580萬元", "subj": "嘉義縣", "metric": LOSS, "attr": (MOA, 0)},
    {"q": ("近六成", 1), "st": "兩縣", "metric": "占比", "attr": (MOA, 0)},
    {"q": "5億6,000萬元", "st": "蔬菜", "metric": LOSS},
    {"q": "8,930公頃", "st": "蔬菜", "metric": AREA},
    {"q": "3億8,400萬元", "st": "水果", "metric": LOSS},
    {"q": "約2萬3,000隻", "st": "畜牧業", "metric": "家禽死亡数量"},
    {"q": "約4,650萬元", "st": "漁業設施", "metric": "损失"},
    {"q": "約120公頃", "st": "造林地", "metric": "受损面积"},
    {"q": "3處", "st": "農路", "metric": "坍方数量"},
    {"q": "約1,800萬元", "st": "搶修", "metric": "经费"},
    {"q": "26億元", "metric": LOSS, "t": "105年", "attr": "張志遠"},
    {"q": "4萬元", "st": "蔬菜", "metric": "补助金额", "attr": "張志遠"},
    {"q": "約6億元", "st": "現金救助", "metric": "核拨金额", "attr": "張志遠"},
    {"q": "1,286戶", "st": "農民", "metric": "登记户数量", "t": "今日下午3時", "attr": (MOA, 2)},
    {"q": "約4成", "st": "蔬菜", "metric": "批发价增速", "dir": "up", "attr": "張志遠"},
    {"q": "55元", "st": "高麗菜", "metric": "批发价", "dir": "up", "attr": "張志遠"},
    {"q": "1,500公噸", "subj": (MOA, 3), "st": None, "metric": "释出量", "t": "明（18）日起", "attr": "張志遠"},
]

ARTICLE = {"id": "heldout3-nt-03-typhoon-tw", "published_at": "2026-11-17T19:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
