"""CN: a mountain village's late-rice harvest, People's Daily style: untitled villagers in lists
(刘长根、陈秀英、周细妹和黄小军), two-character names (吴敏, 彭浩), a village, a town and its
neighbouring villages that no gazetteer lists (分水镇, 石门村, 双江村, 龙潭村), a river, a
cooperative and a town service centre named in full, a county-level city inside a company name
(浏阳市粮食收储公司), a rice variety with digits (湘晚籼13号), 全村 / 全镇 as holders, a non-percent
change (比去年多3000元) as a claim of its own."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
COOP = "石门村水稻种植专业合作社"
TEXT = (
    "石门村晚稻喜获丰收\n"
    "本报长沙10月11日电　湖南省浏阳市分水镇石门村今年种植晚稻2100亩，日前已开镰收割。据村委会统计，全村晚稻平均亩产520公斤，比去年增加约8%。\n"
    "10日一早，村民刘长根、陈秀英、周细妹和黄小军就下了田。刘长根说，他家种了12亩，今年卖稻谷能收入近两万元，比去年多3000元。\n"
    "谭建国介绍，石门村水稻种植专业合作社去年从长沙县购进4台收割机，目前已有136户农民入社，统一育秧、统一收割，每亩可节省成本60元左右。"
    "合作社今年还与湖南农业大学签订了技术合作协议。湖南农业大学的肖玉兰、吴敏、彭浩在田间测产后认为，湘晚籼13号在山区表现稳定。\n"
    "邻近的双江村、龙潭村也在抢收。分水镇农业服务中心的数据显示，全镇今年晚稻种植面积1.8万亩，预计总产量超过9000吨。"
    "浏阳市粮食收储公司在捞刀河边设了临时收购点，村民罗桂香10日卖出稻谷3吨多，曾德明和邻居胡小平也排上了队。"
)

MENTIONS = [
    ent(L, "石门村"),
    ent(L, "长沙"), date("10月11日", "2026-10-11"), ent(L, "湖南省", "湖南"), ent(L, "浏阳市"), ent(L, "分水镇"), ent(L, "石门村"),
    date("今年", "2026"), qty("2100亩", 2100, "亩"), qty("520公斤", 520, "公斤"), date("去年", "2025"), pct("约8%", 8, q="approx"),
    date("10日", "2026-10-10"), ent(P, "刘长根"), ent(P, "陈秀英"), ent(P, "周细妹"), ent(P, "黄小军"), ent(P, "刘长根"),
    qty("12亩", 12, "亩"), date("今年", "2026"), money("近两万元", 20000, "CNY", q="approx"), date("去年", "2025"), money("3000元", 3000, "CNY"),
    ent(P, "谭建国"), ent(O, COOP), date("去年", "2025"), ent(L, "长沙县"), qty("4台", 4, "台"), qty("136户", 136, "户"),
    money("60元左右", 60, "CNY", q="approx"),
    date("今年", "2026"), ent(O, "湖南农业大学"), ent(O, "湖南农业大学"), ent(P, "肖玉兰"), ent(P, "吴敏"), ent(P, "彭浩"),
    ent(D, "湘晚籼13号"),
    ent(L, "双江村"), ent(L, "龙潭村"), ent(O, "分水镇农业服务中心"), date("今年", "2026"), qty("1.8万亩", 18000, "亩"),
    qty("超过9000吨", 9000, "吨", q="gt"),
    ent(O, "浏阳市粮食收储公司"), ent(L, "捞刀河"), ent(P, "罗桂香"), date("10日", "2026-10-10"), qty("3吨多", 3, "吨", q="gt"),
    ent(P, "曾德明"), ent(P, "胡小平"),
]

CLAIMS = [
    {"q": "2100亩", "subj": ("石门村", 1), "metric": "种植面积", "t": ("今年", 0)},
    {"q": "520公斤", "st": "全村", "metric": "亩产", "t": ("今年", 0), "ch": "约8%", "dir": "up", "basis": "yoy"},
    {"q": "12亩", "subj": ("刘长根", 1), "metric": "种植面积", "t": ("今年", 1), "attr": ("刘长根", 1)},
    {"q": "近两万元", "subj": ("刘长根", 1), "metric": "收入", "t": ("今年", 1), "dir": "up", "basis": "yoy", "attr": ("刘长根", 1)},
    {"q": "3000元", "subj": ("刘长根", 1), "metric": "收入", "t": ("今年", 1), "dir": "up", "basis": "yoy", "attr": ("刘长根", 1)},
    {"q": "4台", "subj": COOP, "metric": "收割机数量", "t": ("去年", 2), "attr": "谭建国"},
    {"q": "136户", "subj": COOP, "metric": "入社农户数量", "attr": "谭建国"},
    {"q": "60元左右", "subj": COOP, "metric": "节省成本", "attr": "谭建国"},
    {"q": "1.8万亩", "st": "全镇", "metric": "种植面积", "t": ("今年", 3), "attr": "分水镇农业服务中心"},
    {"q": "超过9000吨", "st": "全镇", "metric": "产量", "t": ("今年", 3), "attr": "分水镇农业服务中心"},
    {"q": "3吨多", "subj": "罗桂香", "metric": "销售量", "t": ("10日", 1)},
]

ARTICLE = {"id": "heldout5-nam-01-harvest-cn", "published_at": "2026-10-11T18:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
