"""CN: a county hospital opens an outpatient building: untitled doctors and nurses in two lists
(何俊、杨丽、邓文杰和苏晓燕; 周婷、谢芳芳和袁野, with 袁野 a name that reads as a word), a
patient named after her town, the county seat and two towns, a province-city-county chain before
a hospital's name, a university hospital and its short form (华西医院), a county bureau named in
full, 新楼 and 全县 as holders, 一个 as an indefinite article, from X to Y twice (转诊率 with periods
of different length, so Y has no basis; 救护车 with a dated base and an undated count, in a paragraph of its own so that the bureau's data do not carry)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
HOSP = "屏山县人民医院"
HUAXI = "四川大学华西医院"
YTD = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "屏山县人民医院新门诊楼投入使用\n"
    "本报宜宾11月17日电　四川省宜宾市屏山县人民医院新门诊楼17日正式投入使用。新楼建筑面积2.6万平方米，总投资1.2亿元，开设了28个专科门诊。"
    "何俊、杨丽、邓文杰和苏晓燕是首批入驻新楼的医生，周婷、谢芳芳和袁野值了新楼的第一个夜班。\n"
    "今年以来，屏山县人民医院与四川大学华西医院建立了远程会诊合作，华西医院的罗明、王静每周到屏山坐诊。"
    "从龙华镇赶来复查的唐秀兰说，过去到宜宾城里看病要坐3个小时的车，现在在县里就能看上专家门诊。\n"
    "屏山县卫生健康局的数据显示，今年1月至10月，全县门诊量达41.5万人次，同比增长12.3%；县外转诊率从去年的18%下降到11%。\n"
    "屏山县人民医院还在锦屏镇、新市镇各设了一个分院，救护车也从2020年的3辆增加到7辆。"
)

MENTIONS = [
    ent(O, HOSP),
    ent(L, "宜宾"), date("11月17日", "2026-11-17"), ent(L, "四川省", "四川"), ent(L, "宜宾市", "宜宾"), ent(O, HOSP),
    date("17日", "2026-11-17"), qty("2.6万平方米", 26000, "平方米"), money("1.2亿元", 120000000, "CNY"), qty("28个", 28, "个"),
    ent(P, "何俊"), ent(P, "杨丽"), ent(P, "邓文杰"), ent(P, "苏晓燕"), ent(P, "周婷"), ent(P, "谢芳芳"), ent(P, "袁野"),
    date("今年以来", "2026", mod="after"), ent(O, HOSP), ent(O, HUAXI), ent(O, "华西医院", HUAXI), ent(P, "罗明"), ent(P, "王静"),
    ent(L, "屏山", "屏山县"),
    ent(L, "龙华镇"), ent(P, "唐秀兰"), ent(L, "宜宾"), dur("3个小时", "PT3H"),
    ent(O, "屏山县卫生健康局"), date("今年1月至10月", None, **YTD), qty("41.5万人次", 415000, "人次"), pct("12.3%", 12.3),
    date("去年", "2025"), pct("18%", 18), pct("11%", 11),
    ent(O, HOSP), ent(L, "锦屏镇"), ent(L, "新市镇"), date("2020年", "2020"), qty("3辆", 3, "辆"), qty("7辆", 7, "辆"),
]

CLAIMS = [
    {"q": "2.6万平方米", "st": "新楼", "metric": "建筑面积"},
    {"q": "1.2亿元", "st": "新楼", "metric": "投资额"},
    {"q": "28个", "st": "新楼", "metric": "专科门诊数量"},
    {"q": "41.5万人次", "st": "全县", "metric": "门诊量", "t": "今年1月至10月", "ch": "12.3%", "dir": "up", "basis": "yoy", "attr": "屏山县卫生健康局"},
    {"q": "18%", "st": "全县", "metric": "县外转诊率", "t": "去年", "attr": "屏山县卫生健康局"},
    {"q": "11%", "st": "全县", "metric": "县外转诊率", "t": "今年1月至10月", "dir": "down", "attr": "屏山县卫生健康局"},
    {"q": "3辆", "subj": (HOSP, 3), "metric": "救护车数量", "t": "2020年"},
    {"q": "7辆", "subj": (HOSP, 3), "metric": "救护车数量", "dir": "up"},
]

ARTICLE = {"id": "heldout5-nam-03-hospital-cn", "published_at": "2026-11-17T20:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
