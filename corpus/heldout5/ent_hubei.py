"""CN: a provincial statistics release on the first three quarters: the provincial bureau by full
and short name (湖北省统计局 / 省统计局), provincial bodies by 省 short forms (省发改委, 省市场监管局,
湖北证监局), central bodies by short forms (国家发展改革委, 工信部, 市场监管总局), a development
zone whose official name holds its city, a district after its city (武汉江夏区), a river and an
economic region, listed companies by short name, a car model after its maker, 全省, 分别, 9月末."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
Q13 = {"low": "2026-Q1", "high": "2026-Q3"}
M19 = {"low": "2026-01", "high": "2026-09"}
TEXT = (
    "湖北前三季度地区生产总值同比增长5.8% 长江中游城市群投资提速\n"
    "湖北日报讯（记者陈思远）湖北省统计局20日发布数据，前三季度全省地区生产总值达4.36万亿元，同比增长5.8%，增速比上半年加快0.3个百分点。"
    "省统计局副局长刘建华在新闻发布会上表示，武汉、襄阳、宜昌合计贡献了全省约六成的经济增量，其中武汉东湖高新区工业投资同比增长12.4%。\n"
    "分区域看，前三季度汉江沿线的襄阳、十堰新能源汽车产量分别同比增长21.6%和17.3%，东风汽车旗下岚图FREE等车型订单饱满。宜昌依托长江黄金水道，港口货物吞吐量达1.02亿吨。\n"
    "省发改委主任王振国介绍，1至9月国家发展改革委共批复湖北重点项目46个，总投资约2,180亿元，主要分布在荆州、黄石和鄂州。他表示，下一步将联合湖南、江西推进长江中游城市群协同发展。\n"
    "此外，工信部和市场监管总局近日分别在武汉江夏区、黄石开展智能网联汽车准入和计量检测试点。省市场监管局数据显示，截至9月末全省经营主体达835.6万户，同比增长6.1%。\n"
    "湖北证监局统计显示，华工科技、长飞光纤等本地上市公司前三季度合计实现营业收入约612亿元，同比增长9.2%。\n"
    "（编辑：李雯）"
)

MENTIONS = [
    ent(L, "湖北"), date("前三季度", None, **Q13), pct("5.8%", 5.8), ent(L, "长江中游城市群"),
    ent(O, "湖北日报"), ent(P, "陈思远"), ent(O, "湖北省统计局"), date("20日", "2026-10-20"), date("前三季度", None, **Q13),
    money("4.36万亿元", 4360000000000, "CNY"), pct("5.8%", 5.8), date("上半年", "2026-H1"), pct("0.3个百分点", 0.3, unit="pp"),
    ent(O, "省统计局", "湖北省统计局"), ent(P, "刘建华"), ent(L, "武汉"), ent(L, "襄阳"), ent(L, "宜昌"), pct("约六成", 60, q="approx"),
    ent(L, "武汉东湖高新区", "武汉东湖新技术开发区"), pct("12.4%", 12.4),
    date("前三季度", None, **Q13), ent(L, "汉江"), ent(L, "襄阳"), ent(L, "十堰"), pct("21.6%", 21.6), pct("17.3%", 17.3),
    ent(O, "东风汽车"), ent(D, "岚图FREE"), ent(L, "宜昌"), ent(L, "长江"), qty("1.02亿吨", 102000000, "吨"),
    ent(O, "省发改委", "湖北省发展和改革委员会"), ent(P, "王振国"), date("1至9月", None, **M19), ent(O, "国家发展改革委", "国家发展和改革委员会"),
    ent(L, "湖北"), qty("46个", 46, "个"), money("约2,180亿元", 218000000000, "CNY", q="approx"), ent(L, "荆州"), ent(L, "黄石"), ent(L, "鄂州"),
    ent(L, "湖南"), ent(L, "江西"), ent(L, "长江中游城市群"),
    ent(O, "工信部", "工业和信息化部"), ent(O, "市场监管总局", "国家市场监督管理总局"), ent(L, "武汉"), ent(L, "江夏区"), ent(L, "黄石"),
    ent(O, "省市场监管局", "湖北省市场监督管理局"), date("9月末", "2026-09", mod="end"), qty("835.6万户", 8356000, "户"), pct("6.1%", 6.1),
    ent(O, "湖北证监局", "中国证券监督管理委员会湖北监管局"), ent(O, "华工科技"), ent(O, "长飞光纤"), date("前三季度", None, **Q13),
    money("约612亿元", 61200000000, "CNY", q="approx"), pct("9.2%", 9.2),
    ent(P, "李雯"),
]

BUREAU = "湖北省统计局"
CLAIMS = [
    {"q": ("5.8%", 0), "subj": ("湖北", 0), "metric": "地区生产总值增速", "t": ("前三季度", 0), "dir": "up", "basis": "yoy"},
    {"q": "4.36万亿元", "st": "全省", "metric": "地区生产总值", "t": ("前三季度", 1), "ch": ("5.8%", 1), "dir": "up", "basis": "yoy", "attr": BUREAU},
    {"q": "0.3个百分点", "st": "全省", "metric": "地区生产总值增速", "t": ("前三季度", 1), "dir": "up", "attr": BUREAU},
    {"q": "约六成", "st": "武汉、襄阳、宜昌", "metric": "经济增量占比", "t": ("前三季度", 1), "attr": "刘建华"},
    {"q": "12.4%", "subj": "武汉东湖高新区", "metric": "工业投资增速", "t": ("前三季度", 1), "dir": "up", "basis": "yoy", "attr": "刘建华"},
    {"q": "21.6%", "subj": ("襄阳", 1), "metric": "新能源汽车产量增速", "t": ("前三季度", 2), "dir": "up", "basis": "yoy"},
    {"q": "17.3%", "subj": "十堰", "metric": "新能源汽车产量增速", "t": ("前三季度", 2), "dir": "up", "basis": "yoy"},
    {"q": "1.02亿吨", "subj": ("宜昌", 1), "metric": "港口货物吞吐量", "t": ("前三季度", 2)},
    {"q": "46个", "subj": ("湖北", 1), "metric": "批复项目数量", "t": "1至9月", "attr": "王振国"},
    {"q": "约2,180亿元", "subj": ("湖北", 1), "metric": "投资额", "t": "1至9月", "attr": "王振国"},
    {"q": "835.6万户", "st": "全省", "metric": "经营主体数量", "t": "9月末", "ch": "6.1%", "dir": "up", "basis": "yoy", "attr": "省市场监管局"},
    {"q": "约612亿元", "st": "华工科技、长飞光纤等本地上市公司", "metric": "营业收入", "t": ("前三季度", 3), "ch": "9.2%", "dir": "up", "basis": "yoy", "attr": "湖北证监局"},
]

ARTICLE = {"id": "heldout5-ent-01-hubei-cn", "published_at": "2026-10-21T07:30:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
