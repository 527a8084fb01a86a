"""CN: a translated wire story on AI data centres in Asia: 据路透社 and 另据彭博社 as attributions, OpenAI
and Meta by their Latin names in a company context (headline and body), Korean makers (三星电子,
SK海力士), a joint venture with a Latin name that holds OpenAI (SB OpenAI Japan: one org, OpenAI not also
a mention inside it), firms with a Latin alias in brackets (软银集团（SoftBank）, 星展银行（DBS）),
transliterated persons joined by · with titles (萨拉·米切尔, 安德鲁·斯通, 拉吉夫·梅农), a minister
with a title after country + ministry (韩国 location + 科学技术信息通信部 org, 长官金度贤), cities after
their countries (印度孟买, 日本大阪: two locations each), 亚太区 and 亚太地区 (→ 亚太), products by model
(B300, ChatGPT, Llama 5 with 模型 left out), 政府 and a category as subject_text, a money range
(1,150亿至1,250亿美元) with 提高至, 超千亿美元 in a headline, a growth as a multiple (三倍) and a ratio to
now (约2.5倍, direction null), 最多 (lte), 2030年前 (mod before), a capacity inside a noun phrase
(功率约1.2吉瓦的数据中心: no claim), 过去一年 a duration that gives no time."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
SB, SBJ = "软银集团", "SB OpenAI Japan"
TEXT = (
    "OpenAI拟在韩国建大型数据中心 Meta明年资本开支或超千亿美元\n"
    "【本报综合外电】据路透社6日报道，OpenAI正与三星电子、SK海力士洽谈，拟在韩国东南部港口城市釜山建设一座功率约1.2吉瓦的数据中心，"
    "首期投资约150亿美元，计划部署约8万颗英伟达B300芯片，最快2028年投入运营。"
    "OpenAI亚太区负责人萨拉·米切尔在首尔对记者说，过去一年韩国ChatGPT付费用户数量增长了三倍，韩国已是其仅次于美国的第二大市场。\n"
    "韩国科学技术信息通信部长官金度贤同日表示，政府将在2030年前投入4.5万亿韩元建设人工智能基础设施，并对数据中心电费给予最多30%的减免。\n"
    "另据彭博社报道，Meta计划明年将资本开支提高至1,150亿至1,250亿美元，新增算力主要投向印度孟买和日本大阪的数据中心，用于训练下一代Llama 5模型。"
    "Meta发言人安德鲁·斯通拒绝评论具体数字，但表示公司在亚太地区的数据中心员工明年将增加约40%。\n"
    "软银集团（SoftBank）当天也宣布，其与OpenAI在东京合资成立的SB OpenAI Japan今年营收有望达到约2,000亿日元，企业客户已超过1,200家。"
    "星展银行（DBS）分析师拉吉夫·梅农认为，到2030年亚太地区数据中心装机容量将增至约45吉瓦，是目前的约2.5倍，但电力短缺可能拖慢建设进度。"
)

MENTIONS = [
    ent(O, "OpenAI"), ent(L, "韩国"), ent(O, "Meta"), date("明年", "2027"), money("超千亿美元", 100000000000, "USD", q="gt"),
    ent(O, "路透社"), date("6日", "2026-12-06"), ent(O, "OpenAI"), ent(O, "三星电子"), ent(O, "SK海力士"), ent(L, "韩国"), ent(L, "釜山"),
    qty("约1.2吉瓦", 1.2, "吉瓦", q="approx"), money("约150亿美元", 15000000000, "USD", q="approx"), qty("约8万颗", 80000, "颗", q="approx"),
    ent(O, "英伟达"), ent(D, "B300"), date("2028年", "2028"),
    ent(O, "OpenAI"), ent(L, "亚太区", "亚太"), ent(P, "萨拉·米切尔"), ent(L, "首尔"), dur("一年", "P1Y"), ent(L, "韩国"), ent(D, "ChatGPT"),
    qty("三倍", 3, "倍"), ent(L, "韩国"), ent(L, "美国"),
    ent(L, "韩国"), ent(O, "科学技术信息通信部"), ent(P, "金度贤"), date("2030年前", "2030", mod="before"), money("4.5万亿韩元", 4500000000000, "KRW"),
    pct("最多30%", 30, q="lte"),
    ent(O, "彭博社"), ent(O, "Meta"), date("明年", "2027"), money("1,150亿至1,250亿美元", None, "USD", low=115000000000, high=125000000000),
    ent(L, "印度"), ent(L, "孟买"), ent(L, "日本"), ent(L, "大阪"), ent(D, "Llama 5"),
    ent(O, "Meta"), ent(P, "安德鲁·斯通"), ent(L, "亚太地区", "亚太"), date("明年", "2027"), pct("约40%", 40, q="approx"),
    ent(O, "软银集团"), ent(O, "SoftBank", SB), ent(O, "OpenAI"), ent(L, "东京"), ent(O, SBJ), date("今年", "2026"),
    money("约2,000亿日元", 200000000000, "JPY", q="approx"), qty("超过1,200家", 1200, "家", q="gt"),
    ent(O, "星展银行"), ent(O, "DBS", "星展银行"), ent(P, "拉吉夫·梅农"), date("2030年", "2030"), ent(L, "亚太地区", "亚太"),
    qty("约45吉瓦", 45, "吉瓦", q="approx"), qty("约2.5倍", 2.5, "倍", q="approx"),
]

CLAIMS = [
    {"q": "超千亿美元", "subj": ("Meta", 0), "metric": "资本开支", "t": ("明年", 0)},
    {"q": "约150亿美元", "subj": ("OpenAI", 1), "metric": "投资额", "attr": "路透社"},
    {"q": "约8万颗", "subj": ("OpenAI", 1), "metric": "芯片数量", "attr": "路透社"},
    {"q": "三倍", "st": "韩国ChatGPT", "metric": "付费用户数量", "dir": "up", "attr": "萨拉·米切尔"},
    {"q": "4.5万亿韩元", "st": "政府", "metric": "投资额", "t": "2030年前", "attr": "金度贤"},
    {"q": "最多30%", "st": "数据中心", "metric": "电费减免比例", "attr": "金度贤"},
    {"q": "1,150亿至1,250亿美元", "subj": ("Meta", 1), "metric": "资本开支", "t": ("明年", 1), "dir": "up", "attr": "彭博社"},
    {"q": "约40%", "subj": ("Meta", 2), "metric": "员工数量增速", "t": ("明年", 2), "dir": "up", "attr": "安德鲁·斯通"},
    {"q": "约2,000亿日元", "subj": SBJ, "metric": "营业收入", "t": "今年", "attr": "软银集团"},
    {"q": "超过1,200家", "subj": SBJ, "metric": "企业客户数量", "attr": "软银集团"},
    {"q": "约45吉瓦", "st": "亚太地区数据中心", "metric": "装机容量", "t": "2030年", "dir": "up", "attr": "拉吉夫·梅农"},
    {"q": "约2.5倍", "st": "亚太地区数据中心", "metric": "装机容量", "t": "2030年", "attr": "拉吉夫·梅农"},
]

ARTICLE = {"id": "heldout9-ent-05-wire-cn", "published_at": "2026-12-07T08:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
