"""CN: a city auto show and the EV market: carmakers by full name and then short name (比亚迪股份有限公司
→ 比亚迪, 浙江吉利控股集团 → 吉利), many car models with letters, digits and codes (汉L, 唐L, 腾势N9,
银河E5, 极氪9X, 小米YU7, 问界M9, 问界M8, ID.3, ID.7), a maker whose name is in its model (小米YU7 is
one product), a joint venture written with a hyphen (一汽-大众), brand-prefixed models (理想i8, 理想MEGA, 乐道L90), a bare code (C16) with a price cut, battery makers in a 、/和 list, a
battery brand before a generic head (神行超充电池 → 神行), a ministry by short form (工信部), sales
and orders figures with 环比/同比."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "广州车展开幕 新能源车型占比约七成\n"
    "本报广州11月21日电（记者周凯）广州国际汽车展览会21日在琶洲开幕，首发新车共有86款，新能源车型占参展车型的比重约为70%。\n"
    "比亚迪股份有限公司在展台中央发布了汉L和唐L，旗下腾势N9也将于12月上市。比亚迪此前公布，其10月销量为44.2万辆，环比增长6.1%。"
    "浙江吉利控股集团带来了银河E5和极氪9X，吉利方面称，极氪9X的预订量已超过3万台。\n"
    "小米汽车首次在广州展出小米YU7，起售价为25.35万元。与华为合作的赛力斯同台展示了问界M9和问界M8，赛力斯副总裁韩志远表示，问界M8上市以来累计交付已突破15万辆。"
    "一汽-大众则带来了改款的ID.3和ID.7。"
    "理想汽车展出了理想i8和理想MEGA，零跑汽车发布的新款C16把指导价下调了8000元。蔚来旗下的乐道L90也吸引了不少观众。\n"
    "电池企业同样抢眼。宁德时代、中创新航和国轩高科都设立了展台，宁德时代展出了第二代神行超充电池。"
    "工信部数据显示，10月全国新能源汽车产量为158.2万辆，同比增长18.5%。"
)

MENTIONS = [
    pct("约七成", 70, q="approx"),
    ent(L, "广州"), date("11月21日", "2026-11-21"), ent(P, "周凯"), date("21日", "2026-11-21"), ent(L, "琶洲"),
    qty("86款", 86, "款"), pct("约为70%", 70, q="approx"),
    ent(O, "比亚迪股份有限公司", "比亚迪"), ent(D, "汉L"), ent(D, "唐L"), ent(D, "腾势N9"), date("12月", "2026-12"),
    ent(O, "比亚迪"), date("10月", "2026-10"), qty("44.2万辆", 442000, "辆"), pct("6.1%", 6.1),
    ent(O, "浙江吉利控股集团", "吉利汽车"), ent(D, "银河E5"), ent(D, "极氪9X"), ent(O, "吉利", "吉利汽车"), ent(D, "极氪9X"), qty("超过3万台", 30000, "台", q="gt"),
    ent(O, "小米汽车", "小米汽车科技有限公司"), ent(L, "广州"), ent(D, "小米YU7"), money("25.35万元", 253500, "CNY"),
    ent(O, "华为"), ent(O, "赛力斯"), ent(D, "问界M9"), ent(D, "问界M8"), ent(O, "赛力斯"), ent(P, "韩志远"), ent(D, "问界M8"), qty("15万辆", 150000, "辆"),
    ent(O, "一汽-大众", "一汽-大众汽车有限公司"), ent(D, "ID.3"), ent(D, "ID.7"),
    ent(O, "理想汽车"), ent(D, "理想i8"), ent(D, "理想MEGA"), ent(O, "零跑汽车"), ent(D, "C16"), money("8000元", 8000, "CNY"), ent(O, "蔚来"), ent(D, "乐道L90"),
    ent(O, "宁德时代"), ent(O, "中创新航"), ent(O, "国轩高科"), ent(O, "宁德时代"), ent(D, "神行"),
    ent(O, "工信部", "工业和信息化部"), date("10月", "2026-10"), qty("158.2万辆", 1582000, "辆"), pct("18.5%", 18.5),
]

CLAIMS = [
    {"q": "约七成", "st": "新能源车型", "metric": "占比"},
    {"q": "86款", "metric": "首发新车数量", "t": ("21日", 0)},
    {"q": "约为70%", "st": "新能源车型", "metric": "占比", "t": ("21日", 0)},
    {"q": "44.2万辆", "subj": ("比亚迪", 0), "metric": "销量", "t": ("10月", 0), "ch": "6.1%", "dir": "up", "basis": "qoq", "attr": ("比亚迪", 0)},
    {"q": "超过3万台", "subj": ("极氪9X", 1), "metric": "预订量", "attr": "吉利"},
    {"q": "25.35万元", "subj": "小米YU7", "metric": "售价"},
    {"q": "15万辆", "subj": ("问界M8", 1), "metric": "交付量", "attr": "韩志远"},
    {"q": "8000元", "subj": "C16", "metric": "售价", "dir": "down"},
    {"q": "158.2万辆", "st": "全国新能源汽车", "metric": "产量", "t": ("10月", 1), "ch": "18.5%", "dir": "up", "basis": "yoy", "attr": "工信部"},
]

ARTICLE = {"id": "dev6-ent-01-autoshow", "published_at": "2026-11-22T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS,
           "skip": {"广州"}}
