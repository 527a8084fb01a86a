"""HK (Traditional): a university faculty and the Hospital Authority build a day centre: a
university and its faculty written whole (香港大學李嘉誠醫學院) and by short form (港大醫學院), a
department by the university's short name (港大內科學系), 醫院管理局 and its short form 醫管局 in
the headline, hospitals named after a district or a person (北區醫院, 威爾斯親王醫院), a bureau and
departments by their short forms (醫務衞生局, 運輸署, 房屋署) with officials' titles after them,
港鐵 before an MTR line and a station (東鐵綫, 上水站), 港鐵公司 and two lines in a 與 pair, a public estate, a new development area, a
developer, 雙方 as a holder, and figures timed only by a frequency or a duration (每日, 未來十年)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "港大醫學院與醫管局合建日間中心 紓緩北區醫院壓力\n"
    "【本報訊】香港大學李嘉誠醫學院與醫院管理局24日簽署協議，雙方將在北區醫院旁合建日間醫療中心，預計2027年第二季啟用，總投資約12億港元。"
    "北區醫院今年的病床使用率一直超過95%，部分病人需轉往沙田的威爾斯親王醫院。\n"
    "港大醫學院院長劉志明教授表示，中心初期由港大內科學系派出約20名醫生駐診，每日可處理約120宗日間手術。醫管局總行政經理黃卓賢補充，中心收費將與公立醫院的日間服務看齊。"
    "醫務衞生局副局長范玉華說：「北區人口未來十年將增加約20萬人，醫療服務必須提前規劃。」\n"
    "交通配套方面，運輸署署長陳嘉文表示，明年起將增設兩條來往港鐵東鐵綫上水站及醫院的專線小巴路線。"
    "房屋署亦指，鄰近的皇后山邨將新增約800個停車位。"
    "新鴻基地產在古洞北的住宅項目預計2028年提供約2,300個單位，區內對醫療服務的需求將進一步上升。\n"
    "另外，香港理工大學護理學院將與醫管局合作，明年為北區醫院培訓約150名護士。港鐵公司則表示，東鐵綫與屯馬綫在紅磡站的轉乘安排不受工程影響。"
)

MENTIONS = [
    ent(O, "港大醫學院", "香港大学李嘉诚医学院"), ent(O, "醫管局", "医院管理局"), ent(O, "北區醫院", "北区医院"),
    ent(O, "香港大學李嘉誠醫學院", "香港大学李嘉诚医学院"), ent(O, "醫院管理局", "医院管理局"), date("24日", "2026-11-24"),
    ent(O, "北區醫院", "北区医院"), date("2027年第二季", "2027-Q2"), money("約12億港元", 1200000000, "HKD", q="approx"),
    ent(O, "北區醫院", "北区医院"), date("今年", "2026"), pct("超過95%", 95, q="gt"), ent(L, "沙田"), ent(O, "威爾斯親王醫院", "威尔斯亲王医院"),
    ent(O, "港大醫學院", "香港大学李嘉诚医学院"), ent(P, "劉志明", "刘志明"), ent(O, "港大內科學系", "香港大学内科学系"), qty("約20名", 20, "名", q="approx"),
    qty("約120宗", 120, "宗", q="approx"), ent(O, "醫管局", "医院管理局"), ent(P, "黃卓賢", "黄卓贤"),
    ent(O, "醫務衞生局", "医务卫生局"), ent(P, "范玉華", "范玉华"), ent(L, "北區", "北区"), dur("十年", "P10Y"), qty("約20萬人", 200000, "人", q="approx"),
    ent(O, "運輸署", "运输署"), ent(P, "陳嘉文", "陈嘉文"), date("明年起", "2027", mod="after"), qty("兩條", 2, "条"),
    ent(O, "港鐵", "港铁"), ent(L, "東鐵綫", "东铁线"), ent(L, "上水站"),
    ent(O, "房屋署"), ent(L, "皇后山邨"), qty("約800個", 800, "个", q="approx"),
    ent(O, "新鴻基地產", "新鸿基地产"), ent(L, "古洞北"), date("2028年", "2028"), qty("約2,300個", 2300, "个", q="approx"),
    ent(O, "香港理工大學護理學院", "香港理工大学护理学院"), ent(O, "醫管局", "医院管理局"), date("明年", "2027"), ent(O, "北區醫院", "北区医院"), qty("約150名", 150, "名", q="approx"),
    ent(O, "港鐵公司", "港铁"), ent(L, "東鐵綫", "东铁线"), ent(L, "屯馬綫", "屯马线"), ent(L, "紅磡站", "红磡站"),
]

CLAIMS = [
    {"q": "約12億港元", "st": "雙方", "metric": "投资额"},
    {"q": "超過95%", "subj": ("北區醫院", 2), "metric": "病床使用率", "t": "今年"},
    {"q": "約20名", "subj": "港大內科學系", "metric": "医生数量", "attr": "劉志明"},
    {"q": "約120宗", "st": "中心", "metric": "日间手术数量", "attr": "劉志明"},
    {"q": "約20萬人", "subj": "北區", "metric": "人口", "dir": "up", "attr": "范玉華"},
    {"q": "兩條", "subj": "運輸署", "metric": "小巴路线数量", "t": "明年起", "dir": "up", "attr": "陳嘉文"},
    {"q": "約800個", "subj": "皇后山邨", "metric": "停车位数量", "dir": "up", "attr": "房屋署"},
    {"q": "約150名", "subj": "香港理工大學護理學院", "metric": "培训护士数量", "t": "明年"},
    {"q": "約2,300個", "st": "新鴻基地產在古洞北的住宅項目", "metric": "单位数量", "t": "2028年"},
]

ARTICLE = {"id": "dev6-ent-04-hospital-hk", "published_at": "2026-11-25T07:30:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
