"""CN: a provincial work meeting on major projects: 省委 and 省政府 after the province (江西省委 →
中共江西省委员会), provincial departments in short form valued by their full names
(省发展改革委 → 江西省发展和改革委员会, 省工业和信息化厅, 省水利厅), prefecture cities with and
without 市 (九江市 then 九江), counties (都昌县, 永修县) held jointly, a county-level city, a
development zone after its city, state-owned companies by full name, a bank branch as one org, rivers and
a lake inside generic phrases (赣江流域, 鄱阳湖区, 长江干流), 超过 and 不少于 on money, 全省 as a holder."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "江西召开全省重大项目推进会 赣江流域综合治理工程明年开工\n"
    "本报南昌12月2日电（记者刘思远）江西省委、省政府2日在南昌召开全省重大项目推进工作会议。"
    "副省长周立新在会上表示，今年全省共安排省级重大项目500个，1至11月完成投资4,860亿元，同比增长7.5%，投资完成率达到92%。\n"
    "省发展改革委主任胡建平介绍，赣江流域综合治理工程总投资约320亿元，涉及赣州、吉安、宜春和南昌等设区市，建设工期为5年，计划明年3月开工。"
    "工程由江西省水利投资集团有限公司牵头建设，国家开发银行江西省分行已承诺提供贷款150亿元。\n"
    "省工业和信息化厅厅长谢晓梅指出，前三季度全省规模以上工业增加值同比增长6.8%，其中电子信息产业营业收入超过8,000亿元。"
    "江西铜业集团有限公司在贵溪市新建的铜箔项目年产能将达到10万吨，吉安市井冈山经济技术开发区今年新引进电子信息企业43家。\n"
    "省水利厅副厅长邹国华表示，鄱阳湖区的都昌县、永修县将新建堤防约120公里，可保护耕地80万亩。"
    "九江市市长彭文斌说，九江将用两年时间完成长江干流岸线整治，争取中央资金不少于20亿元。"
)

MENTIONS = [
    ent(L, "江西"), ent(L, "赣江"), date("明年", "2027"),
    ent(L, "南昌"), date("12月2日", "2026-12-02"), ent(P, "刘思远"), ent(O, "江西省委", "中共江西省委员会"), ent(O, "省政府", "江西省人民政府"),
    date("2日", "2026-12-02"), ent(L, "南昌"),
    ent(P, "周立新"), date("今年", "2026"), qty("500个", 500, "个"), date("1至11月", None, low="2026-01", high="2026-11"),
    money("4,860亿元", 486000000000, "CNY"), pct("7.5%", 7.5), pct("92%", 92),
    ent(O, "省发展改革委", "江西省发展和改革委员会"), ent(P, "胡建平"), ent(L, "赣江"), money("约320亿元", 32000000000, "CNY", q="approx"),
    ent(L, "赣州"), ent(L, "吉安"), ent(L, "宜春"), ent(L, "南昌"), dur("5年", "P5Y"), date("明年3月", "2027-03"),
    ent(O, "江西省水利投资集团有限公司"), ent(O, "国家开发银行江西省分行"), money("150亿元", 15000000000, "CNY"),
    ent(O, "省工业和信息化厅", "江西省工业和信息化厅"), ent(P, "谢晓梅"), date("前三季度", None, low="2026-Q1", high="2026-Q3"), pct("6.8%", 6.8),
    money("超过8,000亿元", 800000000000, "CNY", q="gt"),
    ent(O, "江西铜业集团有限公司"), ent(L, "贵溪市"), qty("10万吨", 100000, "吨"),
    ent(L, "吉安市", "吉安"), ent(L, "井冈山经济技术开发区"), date("今年", "2026"), qty("43家", 43, "家"),
    ent(O, "省水利厅", "江西省水利厅"), ent(P, "邹国华"), ent(L, "鄱阳湖"), ent(L, "都昌县"), ent(L, "永修县"),
    qty("约120公里", 120, "公里", q="approx"), qty("80万亩", 800000, "亩"),
    ent(L, "九江市", "九江"), ent(P, "彭文斌"), ent(L, "九江"), dur("两年", "P2Y"), ent(L, "长江"), money("不少于20亿元", 2000000000, "CNY", q="gte"),
]

CLAIMS = [
    {"q": "500个", "st": "全省", "metric": "省级重大项目数量", "t": ("今年", 0), "attr": "周立新"},
    {"q": "4,860亿元", "st": "全省", "metric": "投资额", "t": "1至11月", "ch": "7.5%", "dir": "up", "basis": "yoy", "attr": "周立新"},
    {"q": "92%", "st": "全省", "metric": "投资完成率", "t": "1至11月", "attr": "周立新"},
    {"q": "约320亿元", "st": "赣江流域综合治理工程", "metric": "总投资", "attr": "胡建平"},
    {"q": "150亿元", "subj": "国家开发银行江西省分行", "metric": "贷款", "attr": "胡建平"},
    {"q": "6.8%", "st": "全省规模以上工业", "metric": "工业增加值增速", "t": "前三季度", "dir": "up", "basis": "yoy", "attr": "谢晓梅"},
    {"q": "超过8,000亿元", "st": "电子信息产业", "metric": "营业收入", "t": "前三季度", "attr": "谢晓梅"},
    {"q": "10万吨", "subj": "江西铜业集团有限公司", "metric": "产能", "attr": "谢晓梅"},
    {"q": "43家", "subj": "井冈山经济技术开发区", "metric": "新引进电子信息企业数量", "t": ("今年", 1), "attr": "谢晓梅"},
    {"q": "约120公里", "st": "都昌县、永修县", "metric": "堤防长度", "attr": "邹国华"},
    {"q": "80万亩", "st": "都昌县、永修县", "metric": "保护耕地面积", "attr": "邹国华"},
    {"q": "不少于20亿元", "subj": ("九江", 0), "metric": "中央资金", "attr": "彭文斌"},
]

ARTICLE = {"id": "heldout7-ent-02-province-cn", "published_at": "2026-12-02T20:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
