"""CN: a small river's clean-up in Anhui: untitled villagers, volunteers and pupils in lists, with
surnames that are also common words or rare (储大勇, 查文斌, 阮小梅, 胡海 with a two-character
name), a river that shares its name with a county elsewhere (清水河), towns with numerals in
their names (三十铺镇), a village no gazetteer lists (红石村), a school by its short form
(六安一中), county-level bureaus named with their city (六安市生态环境局金安分局,
六安市金安区水利局), the river as a modifier inside a project's name, 去年同期 as a comparison
base, a water grade in Roman numerals (Ⅲ类) that is no figure, a planted count as a plan."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
EPB = "六安市生态环境局金安分局"
WATER = "六安市金安区水利局"
TEXT = (
    "清水河又见白鹭\n"
    "本报合肥6月7日电　安徽省六安市金安区清水河综合治理工程日前完工。清水河全长27公里，流经东桥镇、三十铺镇和椿树镇。"
    "今年3月以来，金安区组织沿岸群众清理河道，共清除淤泥和垃圾约4.6万立方米。\n"
    "东桥镇红石村的徐长福、汪桂英和储大勇几乎天天到场。徐长福说，小时候能在河里摸鱼，后来河水发黑发臭，如今水清了，白鹭也回来了。"
    "参加清理的还有胡海、邱建新、阮小梅和六安一中的江雨桐、方子涵、查文斌，这几名中学生定期来检测水质。\n"
    "六安市生态环境局金安分局的监测数据显示，5月清水河出境断面水质达到Ⅲ类，氨氮浓度比去年同期下降了42%。\n"
    "清水河综合治理工程总投资3800万元，其中中央和省级资金占六成。六安市金安区水利局还在沿岸新建了8座污水处理站。"
    "区级河长蒋文斌说，金安区下一步将在清水河两岸种植水杉2万株。"
)

MENTIONS = [
    ent(L, "清水河"),
    ent(L, "合肥"), date("6月7日", "2026-06-07"), ent(L, "安徽省", "安徽"), ent(L, "六安市", "六安"), ent(L, "金安区"), ent(L, "清水河"),
    ent(L, "清水河"), qty("27公里", 27, "公里"), ent(L, "东桥镇"), ent(L, "三十铺镇"), ent(L, "椿树镇"),
    date("今年3月以来", "2026-03", mod="after"), ent(L, "金安区"), qty("约4.6万立方米", 46000, "立方米", q="approx"),
    ent(L, "东桥镇"), ent(L, "红石村"), ent(P, "徐长福"), ent(P, "汪桂英"), ent(P, "储大勇"), ent(P, "徐长福"),
    ent(P, "胡海"), ent(P, "邱建新"), ent(P, "阮小梅"), ent(O, "六安一中", "六安第一中学"), ent(P, "江雨桐"), ent(P, "方子涵"), ent(P, "查文斌"),
    ent(O, EPB), date("5月", "2026-05"), ent(L, "清水河"), date("去年同期", "2025-05"), pct("42%", 42),
    ent(L, "清水河"), money("3800万元", 38000000, "CNY"), pct("六成", 60), ent(O, WATER), qty("8座", 8, "座"),
    ent(P, "蒋文斌"), ent(L, "金安区"), ent(L, "清水河"), qty("2万株", 20000, "株"),
]

CLAIMS = [
    {"q": "27公里", "subj": ("清水河", 2), "metric": "长度"},
    {"q": "约4.6万立方米", "subj": ("金安区", 1), "metric": "清理量", "t": "今年3月以来"},
    {"q": "42%", "st": "清水河出境断面", "metric": "氨氮浓度增速", "t": "5月", "dir": "down", "basis": "yoy", "attr": EPB},
    {"q": "3800万元", "st": "清水河综合治理工程", "metric": "投资额"},
    {"q": "六成", "st": "中央和省级资金", "metric": "占比"},
    {"q": "8座", "subj": WATER, "metric": "污水处理站数量"},
    {"q": "2万株", "subj": ("金安区", 2), "metric": "种植水杉数量", "attr": "蒋文斌"},
]

ARTICLE = {"id": "heldout5-nam-04-river-cn", "published_at": "2026-06-07T18:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
