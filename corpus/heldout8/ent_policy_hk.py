"""HK: a policy address follow-up on the Northern Metropolis: bureaus and departments by short form
valued by the lexicon (房屋局, 規劃署, 運輸及物流局, 食環署 → 食物环境卫生署, 醫院管理局), 立法會 alone
and in 立法會議員 (→ 香港立法会), a development area (北部都會區) and places in it (洪水橋 five times,
廈村, 天水圍, 落馬洲), a district with 區 (元朗區), a rail line (北環線), a bus and a ferry operator
(城巴, 新渡輪), a developer, a public hospital (天水圍醫院, not also 天水圍), an app in 「」 (智方便), a university department as
one org and a university alone, two places holding one figure jointly (subject_text), a headline date
(明年), 明年第二季, 明年3月起 (mod after), a growth in 成, 半年 and 約30分鐘 as durations."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "施政報告跟進 洪水橋首批公屋明年動工\n"
    "【本報訊】房屋局昨日聯同規劃署向立法會匯報施政報告的跟進進度。房屋局局長鄧佩珊表示，北部都會區內洪水橋的首批公營房屋將於明年第二季動工，預計2031年落成，屆時提供約1.2萬個單位。她又指，現時一般公屋申請者的平均輪候時間約5年半，新界的輪候情況尤其嚴峻，申請者可透過「智方便」查閱進度。"
    "規劃署署長黃啟明補充，洪水橋及廈村一帶已預留約38公頃土地作產業用途，新鴻基地產已就其中一幅用地提交規劃申請。\n"
    "運輸及物流局副局長林子健說，當局正研究把北環線延伸至洪水橋，工程費用估計逾450億元。城巴將由明年3月起開辦來往天水圍與落馬洲的巴士線，初期每日開出約60班。新渡輪亦計劃明年把東涌至屯門航線的班次增加兩成。\n"
    "食環署表示，計劃在元朗區興建兩個公眾街市，總樓面面積約1.5萬平方米。醫院管理局則指，天水圍醫院明年的病床數目將增至約420張，急症室輪候時間可縮短約30分鐘。\n"
    "香港大學城市規劃及設計系教授陳志華認為，北部都會區人口到2046年將增至約250萬人，政府須確保就業配套同步，他又建議港鐵為北環線預留延伸至深圳前海的空間。"
    "立法會議員梁文軒則促請房屋局在半年內公布洪水橋第二期發展的時間表，並邀請香港理工大學參與區內交通規劃研究，以免新區淪為「睡城」。"
)

MENTIONS = [
    ent(L, "洪水橋", "洪水桥"), date("明年", "2027"),
    ent(O, "房屋局"), date("昨日", "2026-12-02"), ent(O, "規劃署", "规划署"), ent(O, "立法會", "香港立法会"),
    ent(O, "房屋局"), ent(P, "鄧佩珊", "邓佩珊"), ent(L, "北部都會區", "北部都会区"), ent(L, "洪水橋", "洪水桥"), date("明年第二季", "2027-Q2"),
    date("2031年", "2031"), qty("約1.2萬個", 12000, "个", q="approx"),
    dur("約5年半", "P66M", q="approx"), ent(L, "新界"), ent(D, "智方便"),
    ent(O, "規劃署", "规划署"), ent(P, "黃啟明", "黄启明"), ent(L, "洪水橋", "洪水桥"), ent(L, "廈村", "厦村"), qty("約38公頃", 38, "公顷", q="approx"),
    ent(O, "新鴻基地產", "新鸿基地产"),
    ent(O, "運輸及物流局", "运输及物流局"), ent(P, "林子健"), ent(L, "北環線", "北环线"), ent(L, "洪水橋", "洪水桥"), money("逾450億元", 45000000000, "HKD", q="gt"),
    ent(O, "城巴"), date("明年3月起", "2027-03", mod="after"), ent(L, "天水圍", "天水围"), ent(L, "落馬洲", "落马洲"), qty("約60班", 60, "班", q="approx"),
    ent(O, "新渡輪", "新渡轮"), date("明年", "2027"), ent(L, "東涌", "东涌"), ent(L, "屯門", "屯门"), pct("兩成", 20),
    ent(O, "食環署", "食物环境卫生署"), ent(L, "元朗區", "元朗区"), qty("兩個", 2, "个"), qty("約1.5萬平方米", 15000, "平方米", q="approx"),
    ent(O, "醫院管理局", "医院管理局"), ent(O, "天水圍醫院", "天水围医院"), date("明年", "2027"), qty("約420張", 420, "张", q="approx"),
    dur("約30分鐘", "PT30M", q="approx"),
    ent(O, "香港大學城市規劃及設計系", "香港大学城市规划及设计系"), ent(P, "陳志華", "陈志华"), ent(L, "北部都會區", "北部都会区"), date("2046年", "2046"),
    qty("約250萬人", 2500000, "人", q="approx"), ent(O, "港鐵", "港铁"), ent(L, "北環線", "北环线"), ent(L, "深圳"), ent(L, "前海"),
    ent(O, "立法會", "香港立法会"), ent(P, "梁文軒", "梁文轩"), ent(O, "房屋局"), dur("半年", "P6M"), ent(L, "洪水橋", "洪水桥"),
    ent(O, "香港理工大學", "香港理工大学"),
]

CLAIMS = [
    {"q": "約1.2萬個", "st": "洪水橋的首批公營房屋", "metric": "单位数量", "t": "2031年", "attr": "鄧佩珊"},
    {"q": "約38公頃", "st": "洪水橋及廈村一帶", "metric": "土地面积", "attr": "黃啟明"},
    {"q": "逾450億元", "subj": ("北環線", 0), "metric": "工程费用", "attr": "林子健"},
    {"q": "約60班", "subj": "城巴", "metric": "班次数量", "t": "明年3月起", "attr": "林子健"},
    {"q": "兩成", "subj": "新渡輪", "metric": "班次增速", "t": ("明年", 1), "dir": "up", "attr": "林子健"},
    {"q": "兩個", "subj": "食環署", "metric": "街市数量", "attr": "食環署"},
    {"q": "約1.5萬平方米", "st": "公眾街市", "metric": "楼面面积", "attr": "食環署"},
    {"q": "約420張", "subj": "天水圍醫院", "metric": "病床数量", "t": ("明年", 2), "dir": "up", "attr": "醫院管理局"},
    {"q": "約250萬人", "subj": ("北部都會區", 1), "metric": "人口", "t": "2046年", "dir": "up", "attr": "陳志華"},
]

ARTICLE = {"id": "heldout8-ent-01-policy-hk", "published_at": "2026-12-03T08:00:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
