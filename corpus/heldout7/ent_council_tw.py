"""TW: a long-term care bill at a Legislative Yuan committee: the committee by its full name,
caucuses in short form (民進黨團, 國民黨團), ministries by short form (衛福部 → 卫生福利部, 勞動部,
交通部), county magistrate and a county department by full name, counties, townships (仁愛鄉, 信義鄉)
and towns (斗六市, 虎尾鎮) held jointly, a caucus spokesperson, a think tank, 今（3）日, a budget
against this year, a count with its counted noun (外籍看護工約22萬人), 超過 on a duration and a count."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
MOHW = "卫生福利部"
TEXT = (
    "長照法修正草案初審過關 衛福部明年預算增三成\n"
    "〔記者蔡宛真／台北報導〕立法院社會福利及衛生環境委員會今（3）日初審長期照顧服務法修正草案，民進黨團與國民黨團達成共識，草案將於下月送院會表決。"
    "衛福部次長鄭文彥表示，明年長照預算將編列新台幣1,020億元，較今年增加31%。"
    "據衛福部統計，今年10月底長照服務使用者約58萬人，服務涵蓋率達71%。\n"
    "勞動部同日指出，目前國內外籍看護工約22萬人，今年1至10月新申請案件數年增4.2%。"
    "部長許雅婷說，勞動部將在3個月內公告新的聘僱規定。\n"
    "交通部則預計明年補助偏鄉復康巴士150輛，優先配置南投縣、雲林縣與屏東縣。"
    "南投縣長林志宏指出，縣內仁愛鄉、信義鄉長者就醫單趟車程常超過2小時，縣府已向中央爭取新台幣8,000萬元。\n"
    "雲林縣政府社會處處長王淑芬表示，斗六市與虎尾鎮今年新增日照中心6處。"
    "國民黨團發言人吳俊賢則批評，草案未明訂照顧人力配比，呼籲衛福部於明年3月提出評估報告。"
    "中華經濟研究院研究員陳建志預估，2030年全國失能人口將超過100萬人，長照人力缺口恐持續擴大。"
)

MENTIONS = [
    ent(O, "衛福部", MOHW), date("明年", "2027"), pct("三成", 30),
    ent(P, "蔡宛真"), ent(L, "台北"), ent(O, "立法院社會福利及衛生環境委員會", "立法院社会福利及卫生环境委员会"), date("今（3）日", "2026-12-03"),
    ent(O, "民進黨團", "民进党团"), ent(O, "國民黨團", "国民党团"), date("下月", "2027-01"),
    ent(O, "衛福部", MOHW), ent(P, "鄭文彥", "郑文彦"), date("明年", "2027"), money("新台幣1,020億元", 102000000000, "TWD"), date("今年", "2026"), pct("31%", 31),
    ent(O, "衛福部", MOHW), date("今年10月底", "2026-10", mod="end"), qty("約58萬人", 580000, "人", q="approx"), pct("71%", 71),
    ent(O, "勞動部", "劳动部"), qty("約22萬人", 220000, "人", q="approx"), date("今年1至10月", None, low="2026-01", high="2026-10"), pct("4.2%", 4.2),
    ent(P, "許雅婷", "许雅婷"), ent(O, "勞動部", "劳动部"), dur("3個月", "P3M"),
    ent(O, "交通部"), date("明年", "2027"), qty("150輛", 150, "辆"), ent(L, "南投縣", "南投"), ent(L, "雲林縣", "云林"), ent(L, "屏東縣", "屏东"),
    ent(L, "南投縣", "南投"), ent(P, "林志宏"), ent(L, "仁愛鄉", "仁爱乡"), ent(L, "信義鄉", "信义乡"), dur("超過2小時", "PT2H", q="gt"),
    money("新台幣8,000萬元", 80000000, "TWD"),
    ent(O, "雲林縣政府社會處", "云林县政府社会处"), ent(P, "王淑芬"), ent(L, "斗六市"), ent(L, "虎尾鎮", "虎尾镇"), date("今年", "2026"), qty("6處", 6, "处"),
    ent(O, "國民黨團", "国民党团"), ent(P, "吳俊賢", "吴俊贤"), ent(O, "衛福部", MOHW), date("明年3月", "2027-03"),
    ent(O, "中華經濟研究院", "中华经济研究院"), ent(P, "陳建志", "陈建志"), date("2030年", "2030"), qty("超過100萬人", 1000000, "人", q="gt"),
]

CLAIMS = [
    {"q": "三成", "subj": ("衛福部", 0), "metric": "预算增速", "t": ("明年", 0), "dir": "up"},
    {"q": "新台幣1,020億元", "st": "長照", "metric": "预算", "t": ("明年", 1), "ch": "31%", "dir": "up", "basis": "yoy", "attr": "鄭文彥"},
    {"q": "約58萬人", "metric": "长照服务使用者数量", "t": "今年10月底", "attr": ("衛福部", 2)},
    {"q": "71%", "metric": "长照服务涵盖率", "t": "今年10月底", "attr": ("衛福部", 2)},
    {"q": "約22萬人", "metric": "外籍看护工数量", "attr": ("勞動部", 0)},
    {"q": "4.2%", "metric": "新申请案件数量增速", "t": "今年1至10月", "dir": "up", "basis": "yoy", "attr": ("勞動部", 0)},
    {"q": "150輛", "subj": "交通部", "metric": "复康巴士数量", "t": ("明年", 2), "attr": "交通部"},
    {"q": "新台幣8,000萬元", "st": "縣府", "metric": "争取经费", "attr": "林志宏"},
    {"q": "6處", "st": "斗六市與虎尾鎮", "metric": "日照中心数量", "t": ("今年", 1), "attr": "王淑芬"},
    {"q": "超過100萬人", "st": "全國", "metric": "失能人口", "t": "2030年", "attr": "陳建志"},
]

ARTICLE = {"id": "heldout7-ent-01-council-tw", "published_at": "2026-12-03T18:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
