"""CN: state planner and computing hubs: agencies with short forms, company short names (美的),
economic regions, one-character region abbreviations (京沪, 中美), Latin aliases in brackets."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "国家发改委：京津冀与长三角共建算力枢纽 华为、美的等企业参与\n"
    "本报记者 周立群\n"
    "国家发展和改革委员会（以下简称“国家发改委”）28日召开新闻发布会，副主任刘建明介绍，京津冀、长三角和粤港澳大湾区"
    "将共建全国一体化算力网络枢纽。发改委同时联合工业和信息化部（工信部）印发实施方案，首批项目落在河北张家口、"
    "贵州贵安新区和内蒙古和林格尔。\n"
    "企业层面，华为技术有限公司（以下简称“华为”）与阿里云、中国移动签署合作协议，华为昇腾集群将部署在张家口怀来县。"
    "中国移动董事长杨杰表示，公司已在雄安新区建成首个示范节点，京沪之间的骨干网时延降至5毫秒以内。"
    "家电龙头美的集团（Midea Group）也宣布，美的将在贵安为数据中心提供液冷设备，格力电器则与宁德时代（CATL）合作建设储能项目。\n"
    "刘建明还提到，长江经济带和黄河流域的数据中心耗电偏高，贵州、内蒙古要发挥绿电优势。在中美科技竞争加剧的背景下，"
    "国家数据局局长刘烈宏此前指出，数据要素流通是关键。\n"
    "二级市场上，浪潮信息、中科曙光28日午后走强。据东方财富Choice数据，算力板块全天成交额超过1200亿元。"
)

MENTIONS = [
    ent(O, "国家发改委", "国家发展和改革委员会"), ent(L, "京津冀"), ent(L, "长三角"), ent(O, "华为"), ent(O, "美的", "美的集团"),
    ent(P, "周立群"),
    ent(O, "国家发展和改革委员会"), ent(O, "国家发改委", "国家发展和改革委员会"), date("28日", "2026-11-28"),
    ent(P, "刘建明"), ent(L, "京津冀"), ent(L, "长三角"), ent(L, "粤港澳大湾区"),
    ent(O, "发改委", "国家发展和改革委员会"), ent(O, "工业和信息化部"), ent(O, "工信部", "工业和信息化部"),
    ent(L, "河北"), ent(L, "张家口"), ent(L, "贵州"), ent(L, "贵安新区"), ent(L, "内蒙古"), ent(L, "和林格尔"),
    ent(O, "华为技术有限公司", "华为"), ent(O, "华为"), ent(O, "阿里云"), ent(O, "中国移动"),
    ent(O, "华为"), ent(D, "昇腾"), ent(L, "张家口"), ent(L, "怀来县", "怀来"),
    ent(O, "中国移动"), ent(P, "杨杰"), ent(L, "雄安新区"), ent(L, "京", "北京"), ent(L, "沪", "上海"),
    dur("5毫秒以内", "PT0.005S", q="lte"),
    ent(O, "美的集团"), ent(O, "Midea Group", "美的集团"), ent(O, "美的", "美的集团"), ent(L, "贵安"),
    ent(O, "格力电器"), ent(O, "宁德时代"), ent(O, "CATL", "宁德时代"),
    ent(P, "刘建明"), ent(L, "长江经济带"), ent(L, "黄河"), ent(L, "贵州"), ent(L, "内蒙古"),
    ent(L, "中", "中国"), ent(L, "美", "美国"), ent(O, "国家数据局"), ent(P, "刘烈宏"),
    ent(O, "浪潮信息"), ent(O, "中科曙光"), date("28日", "2026-11-28"), ent(O, "东方财富"), ent(D, "Choice"),
    money("超过1200亿元", 120000000000, "CNY", q="gt"),
]

CLAIMS = [
    {"q": "超过1200亿元", "st": "算力板块", "metric": "成交额", "t": ("28日", 1), "attr": "东方财富"},
]

ARTICLE = {"id": "heldout2-ent-01-compute-cn", "published_at": "2026-11-28T19:30:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"中", "美", "京", "沪"}}
