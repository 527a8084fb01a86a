"""CN: a statistics-bureau industry release in a Xinhua wire: a bureau and its sub-unit, a ministry
with its short form, the planning commission by a short form the lexicon knows, economic regions
written whole (长三角, 京津冀, 粤港澳大湾区) and as one-character abbreviations (沪苏浙皖), a port on
the Yangtze, a university school, a newspaper in 《》, a car model after its maker, year to date."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
YTD = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "国家统计局：10月份规上工业增加值同比增长5.4%\n"
    "新华社北京11月15日电（记者邵明远）国家统计局15日发布数据，10月份，全国规模以上工业增加值同比增长5.4%。"
    "国家统计局工业司首席统计师韩立群在解读时表示，长三角回升最为明显，沪苏浙皖合计同比增长6.2%，其中上海汽车制造业同比增长11.8%。\n"
    "分行业看，电子信息制造业同比增长9.6%。工业和信息化部（工信部）监测显示，10月份全国集成电路产量为428亿块，华为、中芯国际等企业订单饱满。"
    "国家发展改革委新闻发言人郑文涛在北京表示，前10个月，京津冀新开工重大项目1,260个，粤港澳大湾区完成投资约1.1万亿元。\n"
    "清华大学经济管理学院教授唐岳接受《经济日报》采访时认为，10月份新能源汽车和工业机器人产量分别同比增长21.3%和15.7%，比亚迪海豹06等车型拉动明显。他还提到，搭载昇腾910C芯片的服务器和大疆Mavic 4无人机出口增势较好。\n"
    "韩立群指出，受长江中游来水偏少影响，重庆港10月集装箱吞吐量同比下降4.1%，武汉阳逻港增长2.3%。他预计，四季度工业生产将保持平稳，全年规模以上工业增加值增速有望达到5%左右。\n"
    "图为江苏苏州工业园区一家芯片封测企业的生产线。（新华社记者卢嘉摄）\n"
    "（责任编辑：许婉清）"
)

MENTIONS = [
    ent(O, "国家统计局"), date("10月份", "2026-10"), pct("5.4%", 5.4),
    ent(O, "新华社"), ent(L, "北京"), date("11月15日", "2026-11-15"), ent(P, "邵明远"), ent(O, "国家统计局"),
    date("15日", "2026-11-15"), date("10月份", "2026-10"), pct("5.4%", 5.4),
    ent(O, "国家统计局工业司"), ent(P, "韩立群"), ent(L, "长三角"),
    ent(L, "沪", "上海"), ent(L, "苏", "江苏"), ent(L, "浙", "浙江"), ent(L, "皖", "安徽"), pct("6.2%", 6.2),
    ent(L, "上海"), pct("11.8%", 11.8),
    pct("9.6%", 9.6), ent(O, "工业和信息化部"), ent(O, "工信部", "工业和信息化部"), date("10月份", "2026-10"),
    qty("428亿块", 42800000000, "块"), ent(O, "华为"), ent(O, "中芯国际"),
    ent(O, "国家发展改革委", "国家发展和改革委员会"), ent(P, "郑文涛"), ent(L, "北京"), date("前10个月", None, **YTD),
    ent(L, "京津冀"), qty("1,260个", 1260, "个"), ent(L, "粤港澳大湾区"), money("约1.1万亿元", 1100000000000, "CNY", q="approx"),
    ent(O, "清华大学经济管理学院"), ent(P, "唐岳"), ent(O, "经济日报"), date("10月份", "2026-10"),
    pct("21.3%", 21.3), pct("15.7%", 15.7), ent(O, "比亚迪"), ent(D, "海豹06"), ent(D, "昇腾910C"), ent(O, "大疆"), ent(D, "Mavic 4"),
    ent(P, "韩立群"), ent(L, "长江"), ent(L, "重庆港"), date("10月", "2026-10"), pct("4.1%", 4.1), ent(L, "武汉"), ent(L, "阳逻港"), pct("2.3%", 2.3),
    date("四季度", "2026-Q4"), date("全年", "2026"), pct("5%左右", 5, q="approx"),
    ent(L, "江苏"), ent(L, "苏州工业园区"), ent(O, "新华社"), ent(P, "卢嘉"),
    ent(P, "许婉清"),
]

STATS = ("国家统计局", 1)
CLAIMS = [
    {"q": ("5.4%", 0), "st": "规上工业", "metric": "工业增加值增速", "t": ("10月份", 0), "dir": "up", "basis": "yoy", "attr": ("国家统计局", 0)},
    {"q": ("5.4%", 1), "st": "全国规模以上工业", "metric": "工业增加值增速", "t": ("10月份", 1), "dir": "up", "basis": "yoy", "attr": STATS},
    {"q": "6.2%", "st": "沪苏浙皖", "metric": "工业增加值增速", "t": ("10月份", 1), "dir": "up", "basis": "yoy", "attr": ("韩立群", 0)},
    {"q": "11.8%", "st": "上海汽车制造业", "metric": "工业增加值增速", "t": ("10月份", 1), "dir": "up", "basis": "yoy", "attr": ("韩立群", 0)},
    {"q": "9.6%", "st": "电子信息制造业", "metric": "工业增加值增速", "t": ("10月份", 1), "dir": "up", "basis": "yoy"},
    {"q": "428亿块", "st": "全国集成电路", "metric": "产量", "t": ("10月份", 2), "attr": "工业和信息化部"},
    {"q": "1,260个", "subj": "京津冀", "metric": "新开工项目数量", "t": "前10个月", "attr": "郑文涛"},
    {"q": "约1.1万亿元", "subj": "粤港澳大湾区", "metric": "投资额", "t": "前10个月", "attr": "郑文涛"},
    {"q": "21.3%", "st": "新能源汽车", "metric": "产量增速", "t": ("10月份", 3), "dir": "up", "basis": "yoy", "attr": "唐岳"},
    {"q": "15.7%", "st": "工业机器人", "metric": "产量增速", "t": ("10月份", 3), "dir": "up", "basis": "yoy", "attr": "唐岳"},
    {"q": "4.1%", "subj": "重庆港", "metric": "集装箱吞吐量增速", "t": "10月", "dir": "down", "basis": "yoy", "attr": ("韩立群", 1)},
    {"q": "2.3%", "subj": "阳逻港", "metric": "集装箱吞吐量增速", "t": "10月", "dir": "up", "basis": "yoy", "attr": ("韩立群", 1)},
    {"q": "5%左右", "st": "规模以上工业", "metric": "工业增加值增速", "t": "全年", "attr": ("韩立群", 1)},
]

ARTICLE = {"id": "heldout4-ent-01-stats-cn", "published_at": "2026-11-16T09:30:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
