"""HK: the quarterly labour-force release (政府統計處, made-up figures, a made-up secretary and bank economist):
from X to Y across two rolling quarters, a rate held (維持), counts with a non-percent change (減少約4,100人至…),
按季, an industry breakdown with 分別為 and 其中, a range forecast over a duration only (未來三個月), a negated
疫前 figure, a yoy-less wage forecast, and a hypothetical 若 clause."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, pct, qty

HK = ("本港", "香港")
Q3 = {"low": "2026-07", "high": "2026-09"}
R810 = {"low": "2026-08", "high": "2026-10"}
TEXT = (
    "本港失業率回落至3.7% 建造業仍達6.1%\n"
    "政府統計處今日公布，經季節性調整的失業率由7月至9月的3.8%回落至8月至10月的3.7%，就業不足率則維持1.2%。"
    "失業人數減少約4,100人至14萬6,800人，總就業人數按季增加約1萬2,000人至368萬3,000人。\n"
    "按行業分析，建造業失業率上升0.3個百分點至6.1%，零售業及住宿及膳食服務業的失業率分別為4.9%和5.2%；"
    "其中，酒樓食肆的失業率按季下降0.4個百分點至5.6%。\n"
    "勞工及福利局局長何嘉穎表示，隨着消費旺季來臨，未來三個月失業率有望維持在3.5%至3.8%之間，"
    "但「不會回到疫前2.8%那麼低的水平」。"
    "德盈銀行首席經濟師梁志航預計，明年本港實質工資可增長約2%，明年全年失業率平均為3.6%；"
    "他補充，若美國減息步伐放慢，零售業今年內或再流失約3,000個職位。"
)

MENTIONS = [
    ent("location", *HK), pct("3.7%", 3.7), pct("6.1%", 6.1),
    ent("org", "政府統計處", "政府统计处"), date("今日", "2026-11-17"), date("7月至9月", None, **Q3), pct("3.8%", 3.8),
    date("8月至10月", None, **R810), pct("3.7%", 3.7), pct("1.2%", 1.2),
    qty("約4,100人", 4100, "人", q="approx"), qty("14萬6,800人", 146800, "人"), qty("約1萬2,000人", 12000, "人", q="approx"),
    qty("368萬3,000人", 3683000, "人"),
    pct("0.3個百分點", 0.3, "pp"), pct("6.1%", 6.1), pct("4.9%", 4.9), pct("5.2%", 5.2), pct("0.4個百分點", 0.4, "pp"),
    pct("5.6%", 5.6),
    ent("org", "勞工及福利局", "劳工及福利局"), ent("person", "何嘉穎", "何嘉颖"), dur("三個月", "P3M"),
    pct("3.5%至3.8%", None, low=3.5, high=3.8), pct("2.8%", 2.8),
    ent("org", "德盈銀行", "德盈银行"), ent("person", "梁志航"), date("明年", "2027"), ent("location", *HK), pct("約2%", 2, q="approx"),
    date("明年全年", "2027"), pct("3.6%", 3.6),
    ent("location", "美國", "美国"), date("今年內", "2026"), qty("約3,000個", 3000, "个", q="approx"),
]

U, GSD, T = "失业率", "政府統計處", "8月至10月"
CLAIMS = [
    {"q": ("3.7%", 0), "subj": ("本港", 0), "metric": U, "dir": "down"},
    {"q": ("6.1%", 0), "st": "建造業", "metric": U},
    {"q": "3.8%", "metric": U, "t": "7月至9月", "attr": GSD},
    {"q": ("3.7%", 1), "metric": U, "t": T, "dir": "down", "attr": GSD},
    {"q": "1.2%", "metric": "就业不足率", "t": T, "attr": GSD},
    {"q": "約4,100人", "metric": "失业人口数量", "t": T, "dir": "down", "attr": GSD},
    {"q": "14萬6,800人", "metric": "失业人口数量", "t": T, "dir": "down", "attr": GSD},
    {"q": "約1萬2,000人", "metric": "就业人口数量", "t": T, "dir": "up", "basis": "qoq", "attr": GSD},
    {"q": "368萬3,000人", "metric": "就业人口数量", "t": T, "dir": "up", "basis": "qoq", "attr": GSD},
    {"q": ("6.1%", 1), "st": "建造業", "metric": U, "t": T, "ch": "0.3個百分點", "dir": "up", "attr": GSD},
    {"q": "4.9%", "st": "零售業", "metric": U, "t": T, "attr": GSD},
    {"q": "5.2%", "st": "住宿及膳食服務業", "metric": U, "t": T, "attr": GSD},
    {"q": "5.6%", "st": "酒樓食肆", "metric": U, "t": T, "ch": "0.4個百分點", "dir": "down", "basis": "qoq", "attr": GSD},
    {"q": "3.5%至3.8%", "metric": U, "attr": "何嘉穎"},
    {"q": "約2%", "subj": ("本港", 1), "metric": "实质工资增速", "t": "明年", "dir": "up", "attr": "梁志航"},
    {"q": "3.6%", "subj": ("本港", 1), "metric": U, "t": "明年全年", "attr": "梁志航"},
]

ARTICLE = {"id": "dev3-cl-05-jobs-hk", "published_at": "2026-11-17T16:30:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
