"""CN: an end-of-day A-share report: a headline index move held by 沪指 (subject_text, time null: no
date in the headline), a bylined dateline with 11月26日 carried through its paragraph, three index
closes with point and percent moves (indices are no entities: subject_text as written), turnover
with a non-percent fall of its own against 上一交易日 (basis null), counts of rising and limit-up
stocks held by 两市, named stocks with 今日: a close with its move (大涨, 收涨, 下跌…至), a turnover held by a
stock, an intraday move of its own (盘中一度涨逾9%), a move with no level; Stock Connect flows dated by their paragraph's 今日 with 其中
and 主力资金 (净买入, 净流出: subject_text), an analyst's 认为 with an index range in 点 dated 年内 (年末 in the sentence dates another event), a
conditional (若…1万亿元…3,350点) that gives no claim, and 她预计 with a 左右 daily turnover for 12月."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct, qty

O, P, L = "org", "person", "location"
TEXT = (
    "沪指缩量收涨0.62% 半导体板块午后领涨\n"
    "本报讯（记者 季明远）11月26日，A股主要指数集体收涨。截至收盘，上证指数报3,486.72点，上涨21.43点，涨幅0.62%；"
    "深证成指收于11,352.08点，涨0.95%；创业板指涨1.37%，报2,318.65点。"
    "沪深两市全天成交额1.08万亿元，较上一交易日缩减约1,260亿元；两市逾3,400只个股上涨，62只涨停。\n"
    "今日半导体板块午后发力，中芯国际股价大涨6.8%，收报112.35元，全天成交额达186亿元；"
    "寒武纪盘中一度涨逾9%，最终收涨5.2%，报1,286元。白酒股则集体回调，贵州茅台下跌1.4%至1,512.8元，五粮液跌2.1%。\n"
    "资金面上，今日北向资金全天净买入52.6亿元，其中沪股通净买入38.1亿元，深股通净买入14.5亿元；主力资金则净流出83.7亿元。\n"
    "中衡证券首席策略分析师蒋一凡认为，政策预期升温叠加年末资金回流，年内沪指有望在3,400点至3,600点区间震荡；"
    "若成交额持续低于1万亿元，指数或回踩3,350点一线。她预计，12月A股日均成交额将维持在1.1万亿元左右。"
)

MENTIONS = [
    pct("0.62%", 0.62),
    ent(P, "季明远"), date("11月26日", "2026-11-26"), qty("3,486.72点", 3486.72, "点"), qty("21.43点", 21.43, "点"), pct("0.62%", 0.62),
    qty("11,352.08点", 11352.08, "点"), pct("0.95%", 0.95), pct("1.37%", 1.37), qty("2,318.65点", 2318.65, "点"),
    money("1.08万亿元", 1080000000000, "CNY"), money("约1,260亿元", 126000000000, "CNY", q="approx"),
    qty("逾3,400只", 3400, "只", q="gt"), qty("62只", 62, "只"),
    date("今日", "2026-11-26"), ent(O, "中芯国际"), pct("6.8%", 6.8), money("112.35元", 112.35, "CNY"), money("186亿元", 18600000000, "CNY"),
    ent(O, "寒武纪"), pct("逾9%", 9, q="gt"), pct("5.2%", 5.2), money("1,286元", 1286, "CNY"),
    ent(O, "贵州茅台"), pct("1.4%", 1.4), money("1,512.8元", 1512.8, "CNY"), ent(O, "五粮液"), pct("2.1%", 2.1),
    date("今日", "2026-11-26"), money("52.6亿元", 5260000000, "CNY"), money("38.1亿元", 3810000000, "CNY"), money("14.5亿元", 1450000000, "CNY"),
    money("83.7亿元", 8370000000, "CNY"),
    ent(O, "中衡证券"), ent(P, "蒋一凡"), date("年末", "2026", mod="end"), date("年内", "2026"), qty("3,400点至3,600点", None, "点", low=3400, high=3600),
    money("1万亿元", 1000000000000, "CNY"), qty("3,350点", 3350, "点"),
    date("12月", "2026-12"), money("1.1万亿元左右", 1100000000000, "CNY", q="approx"),
]

IDX, IDXG, DAY, TODAY, FLOW = "指数", "指数增速", "11月26日", ("今日", 0), ("今日", 1)
CLAIMS = [
    {"q": ("0.62%", 0), "st": "沪指", "metric": IDXG, "dir": "up"},
    {"q": "3,486.72点", "st": "上证指数", "metric": IDX, "t": DAY, "ch": ("0.62%", 1), "dir": "up"},
    {"q": "21.43点", "st": "上证指数", "metric": IDX, "t": DAY, "dir": "up"},
    {"q": "11,352.08点", "st": "深证成指", "metric": IDX, "t": DAY, "ch": "0.95%", "dir": "up"},
    {"q": "2,318.65点", "st": "创业板指", "metric": IDX, "t": DAY, "ch": "1.37%", "dir": "up"},
    {"q": "1.08万亿元", "st": "沪深两市", "metric": "成交额", "t": DAY, "dir": "down"},
    {"q": "约1,260亿元", "st": "沪深两市", "metric": "成交额", "t": DAY, "dir": "down"},
    {"q": "逾3,400只", "st": "两市", "metric": "上涨个股数量", "t": DAY},
    {"q": "62只", "st": "两市", "metric": "涨停个股数量", "t": DAY},
    {"q": "112.35元", "subj": "中芯国际", "metric": "股价", "t": TODAY, "ch": "6.8%", "dir": "up"},
    {"q": "186亿元", "subj": "中芯国际", "metric": "成交额", "t": TODAY},
    {"q": "逾9%", "subj": "寒武纪", "metric": "股价增速", "t": TODAY, "dir": "up"},
    {"q": "1,286元", "subj": "寒武纪", "metric": "股价", "t": TODAY, "ch": "5.2%", "dir": "up"},
    {"q": "1,512.8元", "subj": "贵州茅台", "metric": "股价", "t": TODAY, "ch": "1.4%", "dir": "down"},
    {"q": "2.1%", "subj": "五粮液", "metric": "股价增速", "t": TODAY, "dir": "down"},
    {"q": "52.6亿元", "st": "北向资金", "metric": "净买入", "t": FLOW},
    {"q": "38.1亿元", "st": "沪股通", "metric": "净买入", "t": FLOW},
    {"q": "14.5亿元", "st": "深股通", "metric": "净买入", "t": FLOW},
    {"q": "83.7亿元", "st": "主力资金", "metric": "净流出", "t": FLOW},
    {"q": "3,400点至3,600点", "st": "沪指", "metric": IDX, "t": "年内", "attr": "蒋一凡"},
    {"q": "1.1万亿元左右", "st": "A股", "metric": "日均成交额", "t": "12月", "attr": "蒋一凡"},
]

ARTICLE = {"id": "heldout9-clm-05-market-cn", "published_at": "2026-11-26T16:30:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
