"""CN: a city customs district's eleven-month trade figures: a headline growth held by the city
(basis null: no yoy word) and a partner's export growth in 成 (逾一成), a dateline with place, date and
two bylines, 据厦门海关统计 attributing its paragraph, 比去年同期 and 较去年同期 (date mentions that are
comparison bases, never the time), exports, imports and a trade surplus 扩大, an 11月当月 figure (年内 a date dating no figure) and a
今年以来 count held by 全市 (subject_text), 厦门海关数据显示 carried through its next paragraph: ASEAN (an org) as
partner with a share and a 其中 export, 美国 and 欧盟 with 分别 (one level and one change each, one up
and one down), 台湾地区 with a share from 去年同期的X to Y (X dated 去年同期, Y up and yoy); a customs
official's 表示 with a sector's exports and share, a joint holder of three products with a from-X-to-Y
export value, and his 预计 of a 突破 level (direction null)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
ASEAN = "东南亚国家联盟"
M11 = {"low": "2026-01", "high": "2026-11"}
B11 = {"low": "2025-01", "high": "2025-11"}
TEXT = (
    "前11个月厦门进出口增长6.3% 对东盟出口增逾一成\n"
    "本网厦门12月18日讯（通讯员 林晓岚 记者 黄文涛）据厦门海关统计，今年前11个月，厦门市进出口总值达8,246.3亿元，比去年同期增长6.3%。"
    "其中，出口4,917.8亿元，同比增长9.1%；进口3,328.5亿元，同比增长2.4%；贸易顺差1,589.3亿元，较去年同期扩大26.7%。"
    "11月当月，全市进出口812.6亿元，同比增长8.8%，创年内单月新高；今年以来，全市有进出口实绩的外贸企业达1.28万家。\n"
    "厦门海关数据显示，前11个月厦门对东盟进出口1,702.4亿元，同比增长12.5%，占全市进出口总值的20.6%，其中出口1,096.3亿元，同比增长15.8%。"
    "对美国、欧盟进出口分别为1,118.7亿元和1,046.2亿元，同比分别增长1.3%和下降4.8%。"
    "对台湾地区进出口576.9亿元，同比增长7.2%，占全市比重由去年同期的6.6%提升至7.0%。\n"
    "厦门海关副关长陈立衡表示，机电产品是拉动出口的主力，前11个月出口2,783.5亿元，占全市出口的56.6%；"
    "锂电池、太阳能电池和电动汽车合计出口则从去年同期的318.4亿元增至402.7亿元。"
    "他预计，全年厦门进出口总值有望首次突破9,000亿元。"
)

MENTIONS = [
    date("前11个月", None, **M11), ent(L, "厦门"), pct("6.3%", 6.3), ent(O, "东盟", ASEAN), pct("逾一成", 10, q="gt"),
    ent(L, "厦门"), date("12月18日", "2026-12-18"), ent(P, "林晓岚"), ent(P, "黄文涛"), ent(O, "厦门海关"),
    date("今年前11个月", None, **M11), ent(L, "厦门市", "厦门"), money("8,246.3亿元", 824630000000, "CNY"),
    date("去年同期", None, **B11), pct("6.3%", 6.3),
    money("4,917.8亿元", 491780000000, "CNY"), pct("9.1%", 9.1), money("3,328.5亿元", 332850000000, "CNY"), pct("2.4%", 2.4),
    money("1,589.3亿元", 158930000000, "CNY"), date("去年同期", None, **B11), pct("26.7%", 26.7),
    date("11月", "2026-11"), money("812.6亿元", 81260000000, "CNY"), pct("8.8%", 8.8), date("年内", "2026"), date("今年以来", "2026", mod="after"), qty("1.28万家", 12800, "家"),
    ent(O, "厦门海关"), date("前11个月", None, **M11), ent(L, "厦门"), ent(O, "东盟", ASEAN), money("1,702.4亿元", 170240000000, "CNY"),
    pct("12.5%", 12.5), pct("20.6%", 20.6), money("1,096.3亿元", 109630000000, "CNY"), pct("15.8%", 15.8),
    ent(L, "美国"), ent(O, "欧盟"), money("1,118.7亿元", 111870000000, "CNY"), money("1,046.2亿元", 104620000000, "CNY"),
    pct("1.3%", 1.3), pct("4.8%", 4.8),
    ent(L, "台湾地区", "台湾"), money("576.9亿元", 57690000000, "CNY"), pct("7.2%", 7.2),
    date("去年同期", None, **B11), pct("6.6%", 6.6), pct("7.0%", 7.0),
    ent(O, "厦门海关"), ent(P, "陈立衡"), date("前11个月", None, **M11), money("2,783.5亿元", 278350000000, "CNY"), pct("56.6%", 56.6),
    date("去年同期", None, **B11), money("318.4亿元", 31840000000, "CNY"), money("402.7亿元", 40270000000, "CNY"),
    date("全年", "2026"), ent(L, "厦门"), money("9,000亿元", 900000000000, "CNY"),
]

TOTAL, EXP, IMP = "进出口总值", "出口额", "进口额"
GAC1, GAC2 = ("厦门海关", 0), ("厦门海关", 1)
CITY, NINE, PART, OFF = ("厦门市", 0), ("今年前11个月", 0), ("前11个月", 1), ("前11个月", 2)
TRIO = "锂电池、太阳能电池和电动汽车"
CLAIMS = [
    {"q": ("6.3%", 0), "subj": ("厦门", 0), "metric": TOTAL + "增速", "t": ("前11个月", 0), "dir": "up"},
    {"q": "逾一成", "subj": ("东盟", 0), "metric": EXP + "增速", "t": ("前11个月", 0), "dir": "up"},
    {"q": "8,246.3亿元", "subj": CITY, "metric": TOTAL, "t": NINE, "ch": ("6.3%", 1), "dir": "up", "basis": "yoy", "attr": GAC1},
    {"q": "4,917.8亿元", "subj": CITY, "metric": EXP, "t": NINE, "ch": "9.1%", "dir": "up", "basis": "yoy", "attr": GAC1},
    {"q": "3,328.5亿元", "subj": CITY, "metric": IMP, "t": NINE, "ch": "2.4%", "dir": "up", "basis": "yoy", "attr": GAC1},
    {"q": "1,589.3亿元", "subj": CITY, "metric": "贸易顺差", "t": NINE, "ch": "26.7%", "dir": "up", "basis": "yoy", "attr": GAC1},
    {"q": "812.6亿元", "st": "全市", "metric": TOTAL, "t": "11月", "ch": "8.8%", "dir": "up", "basis": "yoy", "attr": GAC1},
    {"q": "1.28万家", "st": "全市", "metric": "外贸企业数量", "t": "今年以来", "attr": GAC1},
    {"q": "1,702.4亿元", "subj": ("东盟", 1), "metric": TOTAL, "t": PART, "ch": "12.5%", "dir": "up", "basis": "yoy", "attr": GAC2},
    {"q": "20.6%", "subj": ("东盟", 1), "metric": "占比", "t": PART, "attr": GAC2},
    {"q": "1,096.3亿元", "subj": ("东盟", 1), "metric": EXP, "t": PART, "ch": "15.8%", "dir": "up", "basis": "yoy", "attr": GAC2},
    {"q": "1,118.7亿元", "subj": "美国", "metric": TOTAL, "t": PART, "ch": "1.3%", "dir": "up", "basis": "yoy", "attr": GAC2},
    {"q": "1,046.2亿元", "subj": "欧盟", "metric": TOTAL, "t": PART, "ch": "4.8%", "dir": "down", "basis": "yoy", "attr": GAC2},
    {"q": "576.9亿元", "subj": "台湾地区", "metric": TOTAL, "t": PART, "ch": "7.2%", "dir": "up", "basis": "yoy", "attr": GAC2},
    {"q": "6.6%", "subj": "台湾地区", "metric": "占比", "t": ("去年同期", 2), "attr": GAC2},
    {"q": "7.0%", "subj": "台湾地区", "metric": "占比", "t": PART, "dir": "up", "basis": "yoy", "attr": GAC2},
    {"q": "2,783.5亿元", "st": "机电产品", "metric": EXP, "t": OFF, "attr": "陈立衡"},
    {"q": "56.6%", "st": "机电产品", "metric": "占比", "t": OFF, "attr": "陈立衡"},
    {"q": "318.4亿元", "st": TRIO, "metric": EXP, "t": ("去年同期", 3), "attr": "陈立衡"},
    {"q": "402.7亿元", "st": TRIO, "metric": EXP, "t": OFF, "dir": "up", "basis": "yoy", "attr": "陈立衡"},
    {"q": "9,000亿元", "subj": ("厦门", 3), "metric": TOTAL, "t": "全年", "attr": "陈立衡"},
]

ARTICLE = {"id": "heldout9-clm-04-customs-cn", "published_at": "2026-12-18T10:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
