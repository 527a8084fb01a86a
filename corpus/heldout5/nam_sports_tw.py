"""TW: a village primary school's sports day, in Traditional script: untitled pupils and alumni in
lists (陳宥辰、林芷晴、黃柏翰和吳品萱; 張文雄、謝淑芬夫婦), a township, its office and farmers'
association, schools that no gazetteer lists (南興國小, and 湖南國小 with a mainland province
inside an org), a produce group whose name starts like a car maker's (豐田花卉產銷班), a parents'
association inside its school's name, times and records as durations (1分02秒, 快了3秒, 12年,
48年來), an event length (400公尺接力) that is a quantity but no claim, 全縣 as a holder."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
SCHOOL = "南興國小"
TEXT = (
    "南興國小運動會 師生家長同場競技\n"
    "（記者林志豪／彰化報導）彰化縣田尾鄉南興國小21日舉辦第60屆校慶運動會，312名學生全部參賽，近800名家長到場加油。"
    "六年級的陳宥辰、林芷晴、黃柏翰和吳品萱在400公尺接力中以1分02秒奪冠，比去年快了3秒。四年級的許家豪跳遠跳出3.45公尺，打破保持了12年的校紀錄。\n"
    "運動會由田尾鄉公所、田尾鄉農會和彰化基督教醫院協辦，豐田花卉產銷班送來2,000盆菊花布置操場。南興國小家長會今年募得18萬元，添購了跳箱和軟墊。\n"
    "校友張文雄、謝淑芬夫婦一早從台北趕回母校。張文雄說，他1978年從南興國小畢業，48年來第一次回來參加運動會，看到學弟妹在新跑道上比賽，很感動。\n"
    "鄰近溪湖鎮的湖南國小、員林市的育英國小也在這幾天舉行運動會。彰化縣政府教育處統計，全縣今年有近六成國小在11月舉辦運動會。"
)

MENTIONS = [
    ent(O, SCHOOL, "南兴国小"),
    ent(P, "林志豪"), ent(L, "彰化"), ent(L, "彰化縣", "彰化"), ent(L, "田尾鄉", "田尾乡"), ent(O, SCHOOL, "南兴国小"),
    date("21日", "2026-11-21"), qty("312名", 312, "名"), qty("近800名", 800, "名", q="approx"),
    ent(P, "陳宥辰", "陈宥辰"), ent(P, "林芷晴"), ent(P, "黃柏翰", "黄柏翰"), ent(P, "吳品萱", "吴品萱"),
    qty("400公尺", 400, "公尺"), dur("1分02秒", "PT1M2S"), date("去年", "2025"), dur("3秒", "PT3S"),
    ent(P, "許家豪", "许家豪"), qty("3.45公尺", 3.45, "公尺"), dur("12年", "P12Y"),
    ent(O, "田尾鄉公所", "田尾乡公所"), ent(O, "田尾鄉農會", "田尾乡农会"), ent(O, "彰化基督教醫院", "彰化基督教医院"),
    ent(O, "豐田花卉產銷班", "丰田花卉产销班"), qty("2,000盆", 2000, "盆"),
    ent(O, "南興國小家長會", "南兴国小家长会"), date("今年", "2026"), money("18萬元", 180000, "TWD"),
    ent(P, "張文雄", "张文雄"), ent(P, "謝淑芬", "谢淑芬"), ent(L, "台北"), ent(P, "張文雄", "张文雄"), date("1978年", "1978"),
    ent(O, SCHOOL, "南兴国小"), dur("48年", "P48Y"),
    ent(L, "溪湖鎮", "溪湖镇"), ent(O, "湖南國小", "湖南国小"), ent(L, "員林市", "员林市"), ent(O, "育英國小", "育英国小"),
    ent(O, "彰化縣政府教育處", "彰化县政府教育处"), date("今年", "2026"), pct("近六成", 60, q="approx"), date("11月", "2026-11"),
]

CLAIMS = [
    {"q": "312名", "subj": (SCHOOL, 1), "metric": "参赛学生数量", "t": "21日"},
    {"q": "近800名", "subj": (SCHOOL, 1), "metric": "到场家长数量", "t": "21日"},
    {"q": "3.45公尺", "subj": "許家豪", "metric": "跳远成绩", "t": "21日"},
    {"q": "2,000盆", "subj": "豐田花卉產銷班", "metric": "菊花数量"},
    {"q": "18萬元", "subj": "南興國小家長會", "metric": "募款金额", "t": ("今年", 0)},
    {"q": "近六成", "st": "全縣", "metric": "占比", "t": ("今年", 1), "attr": "彰化縣政府教育處"},
]

ARTICLE = {"id": "heldout5-nam-02-sports-tw", "published_at": "2026-11-21T19:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": set()}
