"""CN: a township's last village road is finished: untitled villagers in pairs and lists (two-character
赵明 among three-character names), a couple joined by 和丈夫, a county and its township written
back to back, villages, a street, a river, a ridge and a mountain that no gazetteer lists, a
township town 分水镇 beside 分水岭乡, a county firm and a county school that begin with the county's
name, a village party branch before its secretary, a dateline place in short form."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, qty

O, P, L = "org", "person", "location"
TEXT = (
    "分水岭乡进村路全线贯通\n"
    "本报青岗11月29日电 11月28日，青岗县分水岭乡最后一段进村水泥路在石门村贯通。这条路从乡政府所在的龙潭街出发，沿白沙河向北经过杨家湾村和下坪村，"
    "总长约18公里，总投资约2600万元，由青岗县路桥工程公司承建。\n"
    "石门村村民王桂兰和丈夫刘长根在路口开了一家小卖部。王桂兰说，过去去一趟分水镇要走两个小时，现在骑电动车二十分钟就到。"
    "施工队的张建国、李小东、赵明和村里退休教师陈秀英一起，在新路两侧种下了一排桂花树。\n"
    "青岗县第二中学学生胡晓雨说，以后周末回家不用再绕道牛背岭了。石门村党支部书记周德海介绍，明年乡里还计划修建通往鹰嘴山的支线，"
    "目前石门村和杨家湾村已有12户农家办起了民宿。"
)

MENTIONS = [
    ent(L, "分水岭乡"),
    ent(L, "青岗", "青岗县"), date("11月29日", "2026-11-29"), date("11月28日", "2026-11-28"), ent(L, "青岗县"), ent(L, "分水岭乡"), ent(L, "石门村"),
    ent(L, "龙潭街"), ent(L, "白沙河"), ent(L, "杨家湾村"), ent(L, "下坪村"),
    qty("约18公里", 18, "公里", q="approx"), money("约2600万元", 26000000, "CNY", q="approx"), ent(O, "青岗县路桥工程公司"),
    ent(L, "石门村"), ent(P, "王桂兰"), ent(P, "刘长根"), ent(P, "王桂兰"), ent(L, "分水镇"), dur("两个小时", "PT2H"), dur("二十分钟", "PT20M"),
    ent(P, "张建国"), ent(P, "李小东"), ent(P, "赵明"), ent(P, "陈秀英"),
    ent(O, "青岗县第二中学"), ent(P, "胡晓雨"), ent(L, "牛背岭"), ent(O, "石门村党支部"), ent(P, "周德海"), date("明年", "2027"), ent(L, "鹰嘴山"),
    ent(L, "石门村"), ent(L, "杨家湾村"), qty("12户", 12, "户"),
]

CLAIMS = [
    {"q": "约18公里", "st": "这条路", "metric": "长度"},
    {"q": "约2600万元", "st": "这条路", "metric": "投资额"},
    {"q": "12户", "st": "石门村和杨家湾村", "metric": "民宿农户数量", "attr": "周德海"},
]

ARTICLE = {"id": "dev5-nam-01-road", "published_at": "2026-11-29T18:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
