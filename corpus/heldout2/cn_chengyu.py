"""CN: Chengdu–Chongqing transport plan: economic regions, rail services, stations and ports, a river,
agencies with short forms, 川渝 (one-character abbreviations), 理想 as a company's short name, a byline."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "成渝双城经济圈加密中欧班列 长安、赛力斯扩产\n"
    "新华财经记者 王海燕 重庆报道\n"
    "重庆市人民政府（重庆市政府）与四川省人民政府20日在成都联合发布成渝地区双城经济圈交通规划。"
    "重庆市发展和改革委员会（重庆市发改委）主任赵启明介绍，渝新欧班列将由团结村站加开至德国杜伊斯堡（Duisburg）的线路，"
    "成都国际铁路港则新增至波兰罗兹的班次。\n"
    "在长江航运方面，重庆果园港与上海洋山港开通江海联运快线，途经三峡船闸。交通运输部长江航务管理局（长航局）副局长孙立表示，"
    "川渝货物经长江出海的时间将缩短约两天。\n"
    "企业方面，长安汽车（Changan）与华为旗下的引望智能合作的新车型将在两江新区投产；赛力斯集团（赛力斯）则在璧山区扩建工厂，"
    "理想也将在成都设立研发中心。西南证券分析师刘畅认为，成渝地区在新能源汽车产业链上已与长三角、珠三角形成分工。"
)

MENTIONS = [
    ent(L, "成渝双城经济圈", "成渝地区双城经济圈"), ent(D, "中欧班列"), ent(O, "长安", "长安汽车"), ent(O, "赛力斯"),
    ent(O, "新华财经"), ent(P, "王海燕"), ent(L, "重庆"),
    ent(O, "重庆市人民政府"), ent(O, "重庆市政府", "重庆市人民政府"), ent(O, "四川省人民政府"), date("20日", "2026-11-20"),
    ent(L, "成都"), ent(L, "成渝地区双城经济圈"),
    ent(O, "重庆市发展和改革委员会"), ent(O, "重庆市发改委", "重庆市发展和改革委员会"), ent(P, "赵启明"),
    ent(D, "渝新欧班列"), ent(L, "团结村站"), ent(L, "德国"), ent(L, "杜伊斯堡"), ent(L, "Duisburg", "杜伊斯堡"),
    ent(L, "成都国际铁路港"), ent(L, "波兰"), ent(L, "罗兹"),
    ent(L, "长江"), ent(L, "重庆"), ent(L, "果园港"), ent(L, "上海"), ent(L, "洋山港"), ent(L, "三峡船闸"),
    ent(O, "交通运输部长江航务管理局"), ent(O, "长航局", "交通运输部长江航务管理局"), ent(P, "孙立"),
    ent(L, "川", "四川"), ent(L, "渝", "重庆"), ent(L, "长江"), dur("约两天", "P2D", q="approx"),
    ent(O, "长安汽车"), ent(O, "Changan", "长安汽车"), ent(O, "华为"), ent(O, "引望智能"), ent(L, "两江新区"),
    ent(O, "赛力斯集团", "赛力斯"), ent(O, "赛力斯"), ent(L, "璧山区", "璧山"), ent(O, "理想", "理想汽车"), ent(L, "成都"),
    ent(O, "西南证券"), ent(P, "刘畅"), ent(L, "成渝地区"), ent(L, "长三角"), ent(L, "珠三角"),
]

ARTICLE = {"id": "heldout2-ent-04-chengyu-cn", "published_at": "2026-11-20T21:05:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": [], "skip": {"川", "渝", "长江", "重庆", "成都"}}
