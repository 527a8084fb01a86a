"""HK: railway operator and developers bid for a site: bylines, bracketed short forms and Latin
aliases (港鐵，MTR), stations and lines, districts, 深港 (one-character region abbreviations)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct

O, P, L = "org", "person", "location"
TEXT = (
    "港鐵與港城置業合組財團 競投東涌商業地皮\n"
    "【本報記者 梁家傑報道】香港鐵路有限公司（港鐵，MTR）今日公布，與港城置業（港城）組成的財團已向地政總署遞交"
    "東涌新市鎮擴展區一幅商業地皮的標書。運輸及物流局局長林振業在立法會表示，東涌線延線工程進展順利，"
    "東涌東站預計於2029年啟用。\n"
    "港鐵行政總裁何穎思指出，沙中線通車後，屯馬線乘客量明顯上升，紅磡站及何文田站的轉車人流增加。"
    "她透露，港鐵正與深圳地鐵集團研究，在深港之間開辦更多跨境接駁服務。\n"
    "另一邊廂，恒基地產（恒地）及新世界發展亦有入標。恒地主席郭浩賢表示，北部都會區及大灣區的長遠需求仍然穩健。"
    "消息傳出後，港城股價今日在港交所收升2.1%，報32.45元。\n"
    "滙豐環球研究（HSBC Global Research）分析師陳嘉欣認為，若財團成功投得地皮，港城未來三年的發展物業收入可增加約15%。"
)

MENTIONS = [
    ent(O, "港鐵", "港铁"), ent(O, "港城置業", "港城置业"), ent(L, "東涌", "东涌"),
    ent(P, "梁家傑", "梁家杰"), ent(O, "香港鐵路有限公司", "港铁"), ent(O, "港鐵", "港铁"), ent(O, "MTR", "港铁"),
    date("今日", "2026-11-26"), ent(O, "港城置業", "港城置业"), ent(O, "港城", "港城置业"), ent(O, "地政總署", "地政总署"),
    ent(L, "東涌新市鎮擴展區", "东涌新市镇扩展区"), ent(O, "運輸及物流局", "运输及物流局"), ent(P, "林振業", "林振业"),
    ent(O, "立法會", "香港立法会"), ent(L, "東涌線", "东涌线"), ent(L, "東涌東站", "东涌东站"), date("2029年", "2029"),
    ent(O, "港鐵", "港铁"), ent(P, "何穎思", "何颖思"), ent(L, "沙中線", "沙中线"), ent(L, "屯馬線", "屯马线"),
    ent(L, "紅磡站", "红磡站"), ent(L, "何文田站"), ent(O, "港鐵", "港铁"), ent(O, "深圳地鐵集團", "深圳地铁集团"),
    ent(L, "深", "深圳"), ent(L, "港", "香港"),
    ent(O, "恒基地產", "恒基地产"), ent(O, "恒地", "恒基地产"), ent(O, "新世界發展", "新世界发展"), ent(O, "恒地", "恒基地产"),
    ent(P, "郭浩賢", "郭浩贤"), ent(L, "北部都會區", "北部都会区"), ent(L, "大灣區", "粤港澳大湾区"),
    ent(O, "港城", "港城置业"), date("今日", "2026-11-26"), ent(O, "港交所", "香港交易所"), pct("2.1%", 2.1),
    money("32.45元", 32.45, "HKD"),
    ent(O, "滙豐環球研究", "汇丰环球研究"), ent(O, "HSBC Global Research", "汇丰环球研究"), ent(P, "陳嘉欣", "陈嘉欣"),
    ent(O, "港城", "港城置业"), dur("三年", "P3Y"), pct("約15%", 15, q="approx"),
]

CLAIMS = [
    {"q": "32.45元", "subj": ("港城", 1), "metric": "股价", "t": ("今日", 1), "ch": "2.1%", "dir": "up"},
]

ARTICLE = {"id": "heldout2-ent-02-rail-hk", "published_at": "2026-11-26T18:45:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"深", "港"}}
