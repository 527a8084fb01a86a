"""TW: the Legislative Yuan's 內政委員會 reviews the second phase of regional revitalization: a CNA
byline (中央社 + reporter + city + 7日), the committee after its house as one org
(立法院內政委員會) and by itself later (內政委員會, valued by the same full name; convention stated in
corpus/HELDOUT9.md), 國發會 five times (headline included) and 政院 twice → 行政院, 衛福部 →
卫生福利部, 勞動部, 內政部 (統計顯示 as attribution), 監察院 with a 糾正案 (attribution of its figures),
legislators with party names before 立委 (民進黨立委, 國民黨立委: org + person), townships after their
counties (屏東縣霧臺鄉, 南投縣信義鄉, 花蓮縣卓溪鄉), a town whose name holds a numeral (彰化縣二林鎮) and a
district after its city (台南市左鎮區), three townships with 分別, two places holding one share jointly
(subject_text), 近百億 with no 元 in the headline (money, approx), 65歲以上 classifying (no claim),
十分之一 as a percent, durations (4年, 近5年, 5年, 半年) that are no claims and give no time, 今年前10月 with 年減."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
NDC, EY, COMM = "国家发展委员会", "行政院", "立法院内政委员会"
M10 = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "偏鄉人口持續流失 國發會擬再投入近百億推地方創生\n"
    "（中央社記者林書妤台北7日電）立法院內政委員會今天審查地方創生第二期計畫預算，國發會主委高仲年列席報告。"
    "高仲年指出，人口流失地區已達134個鄉鎮區，占全國鄉鎮市區的36.4%，政院核定的第二期計畫將在4年內投入新台幣98億元。\n"
    "民進黨立委何芷萱質詢時指出，屏東縣霧臺鄉、南投縣信義鄉和花蓮縣卓溪鄉近5年人口分別減少12.3%、9.8%和8.1%，青年外移最為嚴重。"
    "國民黨立委鄭國斌則說，彰化縣二林鎮及台南市左鎮區65歲以上人口占比都已超過三成，要求衛福部增設巡迴醫療站。\n"
    "衛福部政務次長梁文琦回應，明年將在偏鄉新增18處巡迴醫療站，經費約3.6億元；勞動部也會把青年返鄉創業貸款上限提高至每人200萬元。"
    "內政部統計顯示，今年前10月全國出生數為9萬2,415人，年減7.6%。\n"
    "監察院日前通過糾正案，指國發會過去5年補助的312件創生提案中，逾四成已停止營運。"
    "監察委員蔡文彬要求政院在半年內提出檢討，並由內政部與國發會共同建立成效指標。"
    "內政委員會最後決議，第二期預算先凍結十分之一，待國發會提出報告後再解凍。"
)

MENTIONS = [
    ent(O, "國發會", NDC), money("近百億", 10000000000, "TWD", q="approx"),
    ent(O, "中央社"), ent(P, "林書妤", "林书妤"), ent(L, "台北"), date("7日", "2026-12-07"), ent(O, "立法院內政委員會", COMM), date("今天", "2026-12-07"),
    ent(O, "國發會", NDC), ent(P, "高仲年"),
    ent(P, "高仲年"), qty("134個", 134, "个"), pct("36.4%", 36.4), ent(O, "政院", EY), dur("4年", "P4Y"), money("新台幣98億元", 9800000000, "TWD"),
    ent(O, "民進黨", "民主进步党"), ent(P, "何芷萱"), ent(L, "屏東縣", "屏东"), ent(L, "霧臺鄉", "雾台乡"), ent(L, "南投縣", "南投"), ent(L, "信義鄉", "信义乡"),
    ent(L, "花蓮縣", "花莲"), ent(L, "卓溪鄉", "卓溪乡"), dur("近5年", "P5Y", q="approx"), pct("12.3%", 12.3), pct("9.8%", 9.8), pct("8.1%", 8.1),
    ent(O, "國民黨", "中国国民党"), ent(P, "鄭國斌", "郑国斌"), ent(L, "彰化縣", "彰化"), ent(L, "二林鎮", "二林镇"), ent(L, "台南市", "台南"), ent(L, "左鎮區", "左镇区"),
    qty("65歲以上", 65, "岁", q="gt"), pct("超過三成", 30, q="gt"), ent(O, "衛福部", "卫生福利部"),
    ent(O, "衛福部", "卫生福利部"), ent(P, "梁文琦"), date("明年", "2027"), qty("18處", 18, "处"), money("約3.6億元", 360000000, "TWD", q="approx"),
    ent(O, "勞動部", "劳动部"), money("200萬元", 2000000, "TWD"),
    ent(O, "內政部", "内政部"), date("今年前10月", None, **M10), qty("9萬2,415人", 92415, "人"), pct("7.6%", 7.6),
    ent(O, "監察院", "监察院"), ent(O, "國發會", NDC), dur("5年", "P5Y"), qty("312件", 312, "件"), pct("逾四成", 40, q="gt"),
    ent(P, "蔡文彬"), ent(O, "政院", EY), dur("半年", "P6M"), ent(O, "內政部", "内政部"), ent(O, "國發會", NDC),
    ent(O, "內政委員會", COMM), pct("十分之一", 10), ent(O, "國發會", NDC),
]

CLAIMS = [
    {"q": "近百億", "subj": ("國發會", 0), "metric": "投资额"},
    {"q": "134個", "st": "人口流失地區", "metric": "乡镇区数量", "attr": ("高仲年", 1)},
    {"q": "36.4%", "st": "人口流失地區", "metric": "占比", "attr": ("高仲年", 1)},
    {"q": "新台幣98億元", "st": "政院核定的第二期計畫", "metric": "投资额", "attr": ("高仲年", 1)},
    {"q": "12.3%", "subj": "霧臺鄉", "metric": "人口增速", "dir": "down", "attr": "何芷萱"},
    {"q": "9.8%", "subj": "信義鄉", "metric": "人口增速", "dir": "down", "attr": "何芷萱"},
    {"q": "8.1%", "subj": "卓溪鄉", "metric": "人口增速", "dir": "down", "attr": "何芷萱"},
    {"q": "超過三成", "st": "彰化縣二林鎮及台南市左鎮區", "metric": "高龄人口占比", "attr": "鄭國斌"},
    {"q": "18處", "subj": ("衛福部", 1), "metric": "医疗站数量", "t": "明年", "dir": "up", "attr": "梁文琦"},
    {"q": "約3.6億元", "subj": ("衛福部", 1), "metric": "经费", "t": "明年", "attr": "梁文琦"},
    {"q": "200萬元", "subj": "勞動部", "metric": "贷款上限", "dir": "up", "attr": "梁文琦"},
    {"q": "9萬2,415人", "st": "全國", "metric": "出生数量", "t": "今年前10月", "ch": "7.6%", "dir": "down", "basis": "yoy", "attr": ("內政部", 0)},
    {"q": "312件", "subj": ("國發會", 2), "metric": "补助提案数量", "attr": "監察院"},
    {"q": "逾四成", "st": "創生提案", "metric": "停止营运占比", "attr": "監察院"},
    {"q": "十分之一", "st": "第二期預算", "metric": "冻结比例", "attr": "內政委員會"},
]

ARTICLE = {"id": "heldout9-ent-03-council-tw", "published_at": "2026-12-07T08:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
