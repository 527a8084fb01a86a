"""CN: a loom factory's second line starts: names that are also words (高峰, 马文静 beside 文静,
刘洋, 韩冬), a byline with 通讯员, a list with 、 and 和 after a title word, two sisters whose names
differ in one character (杜春燕, 杜春梅), a city then a town's industrial park written as one run, a factory
by full name and then by a short form (华盛厂), a supplier that begins with the city's name, a
university faculty, a village and a township that no gazetteer lists."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "兴河镇织机厂新生产线投产\n"
    "本报讯（通讯员孙丽萍）12月1日，位于临江市兴河镇工业园的华盛纺织机械厂第二条剑杆织机生产线正式投产。新线总投资约4500万元，每年可生产剑杆织机1200台。\n"
    "车间主任高峰和技术员马文静、刘洋、韩冬带着一批年轻工人，用了四个月完成设备安装调试。高峰说，新线上的机械臂由临江智能装备公司提供，"
    "控制软件是和江南理工大学机械工程学院一起开发的。\n"
    "来自青竹村的女工杜春燕已在厂里干了十二年，她和同村的杜春梅、姚小芬都报名参加了新线的操作培训。杜春燕说，过去要在织机之间来回跑，"
    "现在屏幕上就能看到整排机器的状态。\n"
    "华盛厂厂长邵国栋表示，明年上半年工厂计划再招收约80名工人，优先录用兴河镇和邻近柳塘乡的村民。"
)

MENTIONS = [
    ent(L, "兴河镇"),
    ent(P, "孙丽萍"), date("12月1日", "2026-12-01"), ent(L, "临江市"), ent(L, "兴河镇工业园"), ent(O, "华盛纺织机械厂"),
    money("约4500万元", 45000000, "CNY", q="approx"), qty("1200台", 1200, "台"),
    ent(P, "高峰"), ent(P, "马文静"), ent(P, "刘洋"), ent(P, "韩冬"), dur("四个月", "P4M"), ent(P, "高峰"), ent(O, "临江智能装备公司"),
    ent(O, "江南理工大学机械工程学院"),
    ent(L, "青竹村"), ent(P, "杜春燕"), dur("十二年", "P12Y"), ent(P, "杜春梅"), ent(P, "姚小芬"), ent(P, "杜春燕"),
    ent(O, "华盛厂", "华盛纺织机械厂"), ent(P, "邵国栋"), date("明年上半年", "2027-H1"), qty("约80名", 80, "名", q="approx"), ent(L, "兴河镇"), ent(L, "柳塘乡"),
]

CLAIMS = [
    {"q": "约4500万元", "st": "新线", "metric": "投资额"},
    {"q": "1200台", "st": "新线", "metric": "产能"},
    {"q": "约80名", "subj": "华盛厂", "metric": "招收工人数量", "t": "明年上半年", "attr": "邵国栋"},
]

ARTICLE = {"id": "dev5-nam-02-loom", "published_at": "2026-12-02T09:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
