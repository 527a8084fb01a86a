"""HK: a property and hotel group's interim results: a headline with a profit fall and an interim
dividend (time null: 中期 is no date), 昨日 with 截至2026年6月30日止六個月 (the date mention carried as
the time through later paragraphs), revenue and profit with 按年, EPS, a gross margin with a pp change, a dividend 與去年同期持平
(direction null), a rental paragraph with no source (attribution null) where 集團 resolves to the
company and 其中 segments in ；-sentences (香港商場, 寫字樓, 內地投資物業 as subject_text, one figure in
人民幣), hotel revenue 增長12.6%至 (a segment subject_text, the level after its change), a hotel subsidiary holding an occupancy rate from 去年同期的X to Y (Y up and yoy) and a room
rate 上升9.4%至 (the level with its change), a chairman's quote with 截至6月底 and 95%以上 (gt), 他指出
with a second-half plan (約800個) and a negated figure (約50億港元, no claim)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L = "org", "person", "location"
CO = "嘉峰置业"
TEXT = (
    "嘉峰置業中期盈利跌8% 派中期息每股22仙\n"
    "本港地產及酒店集團嘉峰置業昨日公布截至2026年6月30日止六個月的中期業績。"
    "期內收入為68.4億港元，按年增長5.6%；股東應佔溢利為12.7億港元，按年下跌8.1%；每股基本盈利0.92港元；毛利率為41.2%，按年下降1.8個百分點。"
    "董事會宣派中期股息每股22仙，與去年同期持平。\n"
    "租金收入方面，集團期內租金收入為31.6億港元，按年上升2.3%。其中，香港商場租金收入18.9億港元，按年增加3.1%；"
    "寫字樓租金收入9.2億港元，按年減少1.4%；內地投資物業租金收入人民幣3.2億元，按年上升6.5%。\n"
    "酒店業務方面，期內酒店業務收入按年增長12.6%至7.3億港元；嘉峰酒店的平均入住率由去年同期的71%升至83%，平均房價按年上升9.4%至每晚1,580港元。\n"
    "嘉峰置業主席梁振邦在業績會上表示：「本港零售氣氛仍然疲弱，部分租戶續租時要求減租，但截至6月底，集團整體出租率仍達95%以上。」"
    "他指出，集團下半年計劃推出約800個住宅單位；至於市場早前傳出集團擬以約50億港元出售觀塘一幢寫字樓，消息並不屬實。"
)

MENTIONS = [
    ent(O, "嘉峰置業", CO), pct("8%", 8), money("22仙", 0.22, "HKD"),
    ent(L, "本港", "香港"), ent(O, "嘉峰置業", CO), date("昨日", "2026-08-19"), date("2026年6月30日", "2026-06-30"), dur("六個月", "P6M"),
    money("68.4億港元", 6840000000, "HKD"), pct("5.6%", 5.6), money("12.7億港元", 1270000000, "HKD"), pct("8.1%", 8.1),
    money("0.92港元", 0.92, "HKD"), pct("41.2%", 41.2), pct("1.8個百分點", 1.8, unit="pp"),
    money("22仙", 0.22, "HKD"), date("去年同期", "2025-H1"),
    money("31.6億港元", 3160000000, "HKD"), pct("2.3%", 2.3), ent(L, "香港"), money("18.9億港元", 1890000000, "HKD"), pct("3.1%", 3.1),
    money("9.2億港元", 920000000, "HKD"), pct("1.4%", 1.4), ent(L, "內地", "中国内地"), money("人民幣3.2億元", 320000000, "CNY"), pct("6.5%", 6.5),
    pct("12.6%", 12.6), money("7.3億港元", 730000000, "HKD"), ent(O, "嘉峰酒店", "嘉峰酒店"), date("去年同期", "2025-H1"), pct("71%", 71), pct("83%", 83), pct("9.4%", 9.4), money("1,580港元", 1580, "HKD"),
    ent(O, "嘉峰置業", CO), ent(P, "梁振邦"), ent(L, "本港", "香港"), date("6月底", "2026-06", mod="end"), pct("95%以上", 95, q="gt"),
    date("下半年", "2026-H2"), qty("約800個", 800, "个", q="approx"), money("約50億港元", 5000000000, "HKD", q="approx"), ent(L, "觀塘", "观塘"),
]

H1 = "2026年6月30日"
PUB, CHAIR_CO, HOTEL = ("嘉峰置業", 1), ("嘉峰置業", 2), "嘉峰酒店"
RENT = "租金收入"
CLAIMS = [
    {"q": "8%", "subj": ("嘉峰置業", 0), "metric": "净利润增速", "dir": "down"},
    {"q": ("22仙", 0), "subj": ("嘉峰置業", 0), "metric": "股息"},
    {"q": "68.4億港元", "subj": PUB, "metric": "营业收入", "t": H1, "ch": "5.6%", "dir": "up", "basis": "yoy", "attr": PUB},
    {"q": "12.7億港元", "subj": PUB, "metric": "净利润", "t": H1, "ch": "8.1%", "dir": "down", "basis": "yoy", "attr": PUB},
    {"q": "0.92港元", "subj": PUB, "metric": "每股收益", "t": H1, "attr": PUB},
    {"q": "41.2%", "subj": PUB, "metric": "毛利率", "t": H1, "ch": "1.8個百分點", "dir": "down", "basis": "yoy", "attr": PUB},
    {"q": ("22仙", 1), "subj": PUB, "metric": "股息", "t": H1, "attr": PUB},
    {"q": "31.6億港元", "subj": PUB, "metric": RENT, "t": H1, "ch": "2.3%", "dir": "up", "basis": "yoy"},
    {"q": "18.9億港元", "st": "香港商場", "metric": RENT, "t": H1, "ch": "3.1%", "dir": "up", "basis": "yoy"},
    {"q": "9.2億港元", "st": "寫字樓", "metric": RENT, "t": H1, "ch": "1.4%", "dir": "down", "basis": "yoy"},
    {"q": "人民幣3.2億元", "st": "內地投資物業", "metric": RENT, "t": H1, "ch": "6.5%", "dir": "up", "basis": "yoy"},
    {"q": "7.3億港元", "st": "酒店業務", "metric": "营业收入", "t": H1, "ch": "12.6%", "dir": "up", "basis": "yoy"},
    {"q": "71%", "subj": HOTEL, "metric": "入住率", "t": ("去年同期", 1)},
    {"q": "83%", "subj": HOTEL, "metric": "入住率", "t": H1, "dir": "up", "basis": "yoy"},
    {"q": "1,580港元", "subj": HOTEL, "metric": "平均房价", "t": H1, "ch": "9.4%", "dir": "up", "basis": "yoy"},
    {"q": "95%以上", "subj": CHAIR_CO, "metric": "出租率", "t": "6月底", "attr": "梁振邦"},
    {"q": "約800個", "subj": CHAIR_CO, "metric": "推出住宅单位数量", "t": "下半年", "attr": "梁振邦"},
]

ARTICLE = {"id": "heldout8-clm-03-interim-hk", "published_at": "2026-08-20T07:30:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
