"""CN: consumer makers whose short names are common words: 小米, 美的, 长城 and 格力 as companies in a
business context (headline, body, 美的、格力 as a joint holder, 长城汽车 announcing) and the same words as
ordinary words that are no entity (小米粥 in a quote, 美的东西 in a 美的 executive's quote: 美的 here is
"beautiful"), 长城 as the wall in a quote (a location, not the company), 小米集团 → 小米 and 小米汽车 as
its carmaker (org), products whose names hold the maker's name (小米YU7, 小米17 Pro: one product span
each, 手机 left out) and car models (坦克500, 哈弗H9), 京东 (org) and 天猫 (product, the lexicon's type)
as a joint holder, 佛山顺德 (two locations), a market-data firm (奥维云网数据显示), a byline line
(本报记者 冯若琳, no attribution) and a closing 责任编辑： whose name holds 一, a headline figure with 超
(gt), 百万台 (a scale word, no qualifier), a full-year target (全年35万辆的目标: a claim), 1-11月 as a
month range, a generation-on-generation fall (basis null), 5分钟 a duration and no claim."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, pct, qty

O, P, L, D = "org", "person", "location", "product"
MI, MIDEA, GREE, GWM = "小米", "美的集团", "格力电器", "长城汽车"
TEXT = (
    "小米11月交付新车超4万辆 美的格力取暖家电热销\n"
    "本报记者 冯若琳\n"
    "12月1日，小米集团公布，11月旗下小米汽车交付新车超过4万辆，其中小米YU7占比约六成；今年1-11月累计交付约35.8万辆，已提前完成全年35万辆的目标。"
    "在北京举行的用户活动上，小米集团合伙人周思远透露，小米17 Pro手机开售5分钟销量即破百万台，“不少米粉早上喝完一碗小米粥就来排队了”。\n"
    "家电方面，奥维云网数据显示，11月电暖器、暖风机线上销售额同比增长41.6%，美的、格力合计占比接近四成，京东和天猫贡献了七成以上的销量。"
    "美的集团副总裁钟立平表示，公司11月内销订单同比增长约30%，佛山顺德的工厂已满负荷生产，“让用户买到真正美的东西，比打价格战更重要”。"
    "格力电器则在珠海发布新一代热泵空调，称其制热能耗比上一代降低18%。\n"
    "长城汽车同日发布产销快报，11月海外销量4.6万辆，同比增长27.3%，坦克500和哈弗H9在中东、俄罗斯等市场需求旺盛。"
    "长城汽车副总裁宋佳琪说，明年海外销量目标为60万辆，“就像长城一样，品牌是一块砖一块砖垒起来的”。\n"
    "责任编辑：郑一帆"
)

MENTIONS = [
    ent(O, "小米", MI), date("11月", "2026-11"), qty("超4万辆", 40000, "辆", q="gt"), ent(O, "美的", MIDEA), ent(O, "格力", GREE),
    ent(P, "冯若琳"),
    date("12月1日", "2026-12-01"), ent(O, "小米集团", MI), date("11月", "2026-11"), ent(O, "小米汽车"), qty("超过4万辆", 40000, "辆", q="gt"),
    ent(D, "小米YU7"), pct("约六成", 60, q="approx"), date("今年1-11月", None, low="2026-01", high="2026-11"), qty("约35.8万辆", 358000, "辆", q="approx"),
    date("全年", "2026"), qty("35万辆", 350000, "辆"),
    ent(L, "北京"), ent(O, "小米集团", MI), ent(P, "周思远"), ent(D, "小米17 Pro"), dur("5分钟", "PT5M"), qty("百万台", 1000000, "台"),
    ent(O, "奥维云网"), date("11月", "2026-11"), pct("41.6%", 41.6), ent(O, "美的", MIDEA), ent(O, "格力", GREE), pct("接近四成", 40, q="approx"),
    ent(O, "京东"), ent(D, "天猫"), pct("七成以上", 70, q="gt"),
    ent(O, "美的集团", MIDEA), ent(P, "钟立平"), date("11月", "2026-11"), pct("约30%", 30, q="approx"), ent(L, "佛山"), ent(L, "顺德"),
    ent(O, "格力电器", GREE), ent(L, "珠海"), pct("18%", 18),
    ent(O, "长城汽车", GWM), date("11月", "2026-11"), qty("4.6万辆", 46000, "辆"), pct("27.3%", 27.3), ent(D, "坦克500"), ent(D, "哈弗H9"),
    ent(L, "中东"), ent(L, "俄罗斯"),
    ent(O, "长城汽车", GWM), ent(P, "宋佳琪"), date("明年", "2027"), qty("60万辆", 600000, "辆"), ent(L, "长城"),
    ent(P, "郑一帆"),
]

CLAIMS = [
    {"q": "超4万辆", "subj": ("小米", 0), "metric": "交付量", "t": ("11月", 0)},
    {"q": "超过4万辆", "subj": "小米汽车", "metric": "交付量", "t": ("11月", 1), "attr": ("小米集团", 0)},
    {"q": "约六成", "subj": "小米YU7", "metric": "交付量占比", "t": ("11月", 1), "attr": ("小米集团", 0)},
    {"q": "约35.8万辆", "subj": "小米汽车", "metric": "交付量", "t": "今年1-11月", "attr": ("小米集团", 0)},
    {"q": "35万辆", "subj": "小米汽车", "metric": "交付目标", "t": "全年", "attr": ("小米集团", 0)},
    {"q": "百万台", "subj": "小米17 Pro", "metric": "销量", "attr": "周思远"},
    {"q": "41.6%", "st": "电暖器、暖风机", "metric": "线上销售额增速", "t": ("11月", 2), "dir": "up", "basis": "yoy", "attr": "奥维云网"},
    {"q": "接近四成", "st": "美的、格力", "metric": "占比", "t": ("11月", 2), "attr": "奥维云网"},
    {"q": "七成以上", "st": "京东和天猫", "metric": "销量占比", "t": ("11月", 2), "attr": "奥维云网"},
    {"q": "约30%", "subj": ("美的集团", 0), "metric": "内销订单增速", "t": ("11月", 3), "dir": "up", "basis": "yoy", "attr": "钟立平"},
    {"q": "18%", "st": "新一代热泵空调", "metric": "制热能耗增速", "dir": "down", "attr": "格力电器"},
    {"q": "4.6万辆", "subj": ("长城汽车", 0), "metric": "海外销量", "t": ("11月", 4), "ch": "27.3%", "dir": "up", "basis": "yoy", "attr": ("长城汽车", 0)},
    {"q": "60万辆", "subj": ("长城汽车", 1), "metric": "销量目标", "t": "明年", "attr": "宋佳琪"},
]

ARTICLE = {"id": "heldout9-ent-06-brands-cn", "published_at": "2026-12-07T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"小米", "美的"}}
