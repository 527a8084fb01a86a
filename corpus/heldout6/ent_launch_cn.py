"""CN: an autumn launch-season report: listed companies by short name (小米, 比亚迪, 美的) and
a group name (小米集团), unlisted makers by full name (XX科技有限公司, one holding its city),
many products with codes and series numbers (小米17 Pro, 海豹08, 唐L-EV, 星途A9, 云翼-S7,
云翼三号, Mate 80), an app named after its maker (美的美居), a series head cut off (小米17系列 → 小米17),
executives with titles, an analyst attributed by name, 分别 prices, a 环比 change, a month range."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "秋季新品发布季落幕 小米比亚迪美的扎堆上新\n"
    "本报深圳11月27日电（记者周立群）今年9月至11月，国内终端厂商迎来密集的新品发布季。小米9月25日在北京发布小米17 Pro与小米17 Ultra，新机起售价分别为4999元和6499元。"
    "小米集团总裁林宏达表示，小米17系列首销10天销量突破200万台，较上代产品增长35%。"
    "华为11月20日在上海发布Mate 80系列，常务董事钱立峰称首批备货约300万台。\n"
    "汽车方面，比亚迪在深圳推出海豹08与唐L-EV，董事长赵启明称，10月海豹交付量达6.2万辆，环比增长18%。"
    "合肥星途智驾科技有限公司发布自研芯片星途A9，采用4纳米工艺，首批量产约50万片。\n"
    "家电与无人机领域同样热闹。美的推出新一代空调“酷风C8”，其智能家居应用美的美居月活跃用户超过4500万人。"
    "深圳云翼航空科技有限公司推出行业无人机云翼-S7和消费级机型云翼三号，总经理陈嘉禾介绍，云翼-S7续航55分钟，售价2.98万元。\n"
    "据第三方机构奥维云网统计，10月国内线上消费电子零售额为862亿元，同比增长7.4%，其中手机占比约四成。"
    "奥维云网分析师孙雨桐预计，今年第四季度折叠屏手机出货量有望达到120万台。\n"
    "（编辑：许曼）"
)

MENTIONS = [
    ent(O, "小米"), ent(O, "比亚迪"), ent(O, "美的", "美的集团"),
    ent(L, "深圳"), date("11月27日", "2026-11-27"), ent(P, "周立群"), date("今年9月至11月", None, low="2026-09", high="2026-11"),
    ent(O, "小米"), date("9月25日", "2026-09-25"), ent(L, "北京"), ent(D, "小米17 Pro"), ent(D, "小米17 Ultra"),
    money("4999元", 4999, "CNY"), money("6499元", 6499, "CNY"),
    ent(O, "小米集团", "小米"), ent(P, "林宏达"), ent(D, "小米17"), dur("10天", "P10D"), qty("200万台", 2000000, "台"), pct("35%", 35),
    ent(O, "华为"), date("11月20日", "2026-11-20"), ent(L, "上海"), ent(D, "Mate 80"), ent(P, "钱立峰"), qty("约300万台", 3000000, "台", q="approx"),
    ent(O, "比亚迪"), ent(L, "深圳"), ent(D, "海豹08"), ent(D, "唐L-EV"), ent(P, "赵启明"), date("10月", "2026-10"), ent(D, "海豹"),
    qty("6.2万辆", 62000, "辆"), pct("18%", 18),
    ent(O, "合肥星途智驾科技有限公司"), ent(D, "星途A9"), qty("4纳米", 4, "纳米"), qty("约50万片", 500000, "片", q="approx"),
    ent(O, "美的", "美的集团"), ent(D, "酷风C8"), ent(D, "美的美居"), qty("超过4500万人", 45000000, "人", q="gt"),
    ent(O, "深圳云翼航空科技有限公司"), ent(D, "云翼-S7"), ent(D, "云翼三号"), ent(P, "陈嘉禾"), ent(D, "云翼-S7"),
    dur("55分钟", "PT55M"), money("2.98万元", 29800, "CNY"),
    ent(O, "奥维云网"), date("10月", "2026-10"), money("862亿元", 86200000000, "CNY"), pct("7.4%", 7.4), pct("约四成", 40, q="approx"),
    ent(O, "奥维云网"), ent(P, "孙雨桐"), date("今年第四季度", "2026-Q4"), qty("120万台", 1200000, "台"),
    ent(P, "许曼"),
]

CLAIMS = [
    {"q": "4999元", "subj": "小米17 Pro", "metric": "售价"},
    {"q": "6499元", "subj": "小米17 Ultra", "metric": "售价"},
    {"q": "200万台", "subj": "小米17", "metric": "销量", "ch": "35%", "dir": "up", "attr": "林宏达"},
    {"q": "约300万台", "subj": "Mate 80", "metric": "备货量", "attr": "钱立峰"},
    {"q": "6.2万辆", "subj": "海豹", "metric": "交付量", "t": ("10月", 0), "ch": "18%", "dir": "up", "basis": "qoq", "attr": "赵启明"},
    {"q": "约50万片", "subj": "星途A9", "metric": "产量"},
    {"q": "超过4500万人", "subj": "美的美居", "metric": "月活跃用户数量"},
    {"q": "2.98万元", "subj": ("云翼-S7", 1), "metric": "售价", "attr": "陈嘉禾"},
    {"q": "862亿元", "st": "国内线上消费电子", "metric": "零售额", "t": ("10月", 1), "ch": "7.4%", "dir": "up", "basis": "yoy", "attr": ("奥维云网", 0)},
    {"q": "约四成", "st": "手机", "metric": "零售额占比", "t": ("10月", 1), "attr": ("奥维云网", 0)},
    {"q": "120万台", "st": "折叠屏手机", "metric": "出货量", "t": "今年第四季度", "attr": "孙雨桐"},
]

ARTICLE = {"id": "heldout6-ent-01-launch-cn", "published_at": "2026-11-28T09:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
