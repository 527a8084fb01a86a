"""CN, People's-Daily style: a county's rural revitalisation: a byline on its own line, two farmers'
cooperatives by full name (one 种植, one 养殖) (a county name, a brand and 种植专业合作社) and then by short form
(绿源合作社), a village party branch and a village committee followed by a title (村委会主任), a
township government and its health centre, a county hospital, a county middle school with an
ordinal in its name (第二中学), a county bureau and its head, villages and a town that no
gazetteer lists (杨柳湾村, 枣林坪村, 柿子沟村, 石桥镇), a party secretary of a 村党支部 with no village name, untitled villagers in 、/和 lists with kinship words
(丈夫, 兄弟), holders written as 全村/全县, and an attributive length (长4.5公里的产业路)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, qty

O, P, L = "org", "person", "location"
TEXT = (
    "青岚县：合作社带富一方乡亲\n"
    "本报记者 孟晓东\n"
    "初冬时节的清晨，走进青岚县石桥镇杨柳湾村的草莓大棚，村民赵金花和邻居何秀英正忙着采摘。"
    "2023年，杨柳湾村党支部牵头成立了青岚县绿源草莓种植专业合作社，全村118户村民以土地入股。"
    "绿源合作社理事长郑德海介绍，今年合作社的草莓种植面积扩大到860亩，预计销售收入超过1200万元，入社农户户均增收约2.6万元。"
    "邻近的柿子沟村也成立了柿子沟肉牛养殖专业合作社，村党支部书记葛长青说，今年合作社出栏肉牛约450头。\n"
    "翻过一道山梁就是枣林坪村。枣林坪村村委会主任秦玉兰带着村民发展核桃加工，她和丈夫冯大山、村民宋春来、宋春喜兄弟一起跑市场，"
    "把核桃仁卖进了省城的超市。石桥镇人民政府今年投入380万元，为枣林坪村修通了一条长4.5公里的产业路。\n"
    "公共服务也在往村里延伸。青岚县人民医院的医生定期到石桥镇卫生院坐诊，青岚县第二中学9月新开设了电商实训课，已有60名学生报名。"
    "青岚县农业农村局局长钱立军说，全县已有各类农民专业合作社312家，明年将再培育20家省级示范社。"
)

MENTIONS = [
    ent(L, "青岚县"),
    ent(P, "孟晓东"),
    ent(L, "青岚县"), ent(L, "石桥镇"), ent(L, "杨柳湾村"), ent(P, "赵金花"), ent(P, "何秀英"),
    date("2023年", "2023"), ent(O, "杨柳湾村党支部"), ent(O, "青岚县绿源草莓种植专业合作社"), qty("118户", 118, "户"),
    ent(O, "绿源合作社", "青岚县绿源草莓种植专业合作社"), ent(P, "郑德海"), date("今年", "2026"), qty("860亩", 860, "亩"), money("超过1200万元", 12000000, "CNY", q="gt"), money("约2.6万元", 26000, "CNY", q="approx"),
    ent(L, "柿子沟村"), ent(O, "柿子沟肉牛养殖专业合作社"), ent(P, "葛长青"), date("今年", "2026"), qty("约450头", 450, "头", q="approx"),
    ent(L, "枣林坪村"), ent(O, "枣林坪村村委会"), ent(P, "秦玉兰"), ent(P, "冯大山"), ent(P, "宋春来"), ent(P, "宋春喜"),
    ent(O, "石桥镇人民政府"), date("今年", "2026"), money("380万元", 3800000, "CNY"), ent(L, "枣林坪村"), qty("4.5公里", 4.5, "公里"),
    ent(O, "青岚县人民医院"), ent(O, "石桥镇卫生院"), ent(O, "青岚县第二中学"), date("9月", "2026-09"), qty("60名", 60, "名"),
    ent(O, "青岚县农业农村局"), ent(P, "钱立军"), qty("312家", 312, "家"), date("明年", "2027"), qty("20家", 20, "家"),
]

CLAIMS = [
    {"q": "118户", "st": "全村", "metric": "入股农户数量", "t": "2023年"},
    {"q": "860亩", "subj": "绿源合作社", "metric": "种植面积", "t": ("今年", 0), "dir": "up", "attr": "郑德海"},
    {"q": "超过1200万元", "subj": "绿源合作社", "metric": "营业收入", "t": ("今年", 0), "attr": "郑德海"},
    {"q": "约2.6万元", "st": "入社农户", "metric": "户均收入", "t": ("今年", 0), "dir": "up", "attr": "郑德海"},
    {"q": "约450头", "subj": "柿子沟肉牛养殖专业合作社", "metric": "出栏量", "t": ("今年", 1), "attr": "葛长青"},
    {"q": "380万元", "subj": "石桥镇人民政府", "metric": "投资额", "t": ("今年", 2)},
    {"q": "60名", "subj": "青岚县第二中学", "metric": "报名学生数量", "t": "9月"},
    {"q": "312家", "st": "全县", "metric": "农民专业合作社数量", "attr": "钱立军"},
    {"q": "20家", "st": "全县", "metric": "省级示范社数量", "t": "明年", "attr": "钱立军"},
]

ARTICLE = {"id": "dev6-ent-03-village", "published_at": "2026-11-30T06:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS,
           }
