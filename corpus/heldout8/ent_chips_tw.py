"""TW: the Taiwan chip supply chain: 台積電 four times, suppliers by their listed short names (家登, 弘塑)
and an invented one (立源氣體), an equipment maker with a Latin alias in brackets valued by the lexicon
(艾司摩爾（ASML） → 阿斯麦), science parks by short form (竹科, 南科 → 新竹科学园区, 南部科学园区) and a park
by its full name (南科高雄園區), a township and a district after their county and city (新竹縣寶山鄉,
高雄市路竹區: two locations each), 寶山鄉 again inside a holder phrase (subject_text), 國科會 → 国家科学及
技术委员会 and 經濟部 officials with titles, a legislator (立法委員 is a title, no mention), a university
lab as one org, 水利署 → 经济部水利署, a supplier's chairman with a yoy growth in 成, a byline with a reporter and a city, process nodes as quantities that are no claims
(2奈米, 1.4奈米), process products (N2P, A16) with 分别 and 明年下半年, 今（3）日, 明年底 (mod end), 今年前10月 with 年增."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, money, pct, qty

O, P, L, D = "org", "person", "location", "product"
TSMC, HSP, STSP = "台积电", "新竹科学园区", "南部科学园区"
M10 = {"low": "2026-01", "high": "2026-10"}
TEXT = (
    "台積電2奈米擴產 竹科南科供應鏈同步加碼\n"
    "【記者陳怡君／新竹報導】台積電今（3）日表示，2奈米製程月產能明年底將擴增至約10萬片，新增產能主要位於竹科所在的新竹縣寶山鄉，以及南科高雄園區所在的高雄市路竹區。"
    "台積電資深副總經理吳昭宏指出，N2P及A16製程分別預計明年下半年及2028年量產，今年2奈米相關營收占公司營收比重約為15%。\n"
    "供應鏈方面，家登與弘塑今年資本支出合計逾新台幣80億元，特用氣體廠立源氣體也在竹科設立第二座研發中心。家登董事長邱明德說，公司明年極紫外光光罩盒出貨量可望年增三成。設備商艾司摩爾（ASML）表示，明年在台灣的員工將增加約500人，並在台南設立新的訓練中心。\n"
    "國科會主委黃志遠說，竹科與南科今年前10月營業額達新台幣2.4兆元，年增18%；經濟部次長蔡宗穎則表示，經濟部未來兩年將編列新台幣120億元，補助半導體材料在地化。\n"
    "立法委員林佩琪關注用水問題，她指出，寶山鄉一帶每日用水需求已達約12萬噸，水利署應加快再生水廠建設，並要求經濟部在半年內提出新竹地區的供水計畫。"
    "陽明交通大學奈米元件實驗室主任楊文彬認為，1.4奈米研發須及早布局，台積電與聯發科的合作將是關鍵，學界也需要更多博士生投入。"
)

MENTIONS = [
    ent(O, "台積電", TSMC), qty("2奈米", 2, "纳米"), ent(L, "竹科", HSP), ent(L, "南科", STSP),
    ent(P, "陳怡君", "陈怡君"), ent(L, "新竹"), ent(O, "台積電", TSMC), date("今（3）日", "2026-12-03"), qty("2奈米", 2, "纳米"),
    date("明年底", "2027", mod="end"), qty("約10萬片", 100000, "片", q="approx"), ent(L, "竹科", HSP), ent(L, "新竹縣", "新竹县"), ent(L, "寶山鄉", "宝山乡"),
    ent(L, "南科高雄園區", "南部科学园区高雄园区"), ent(L, "高雄市", "高雄"), ent(L, "路竹區", "路竹区"),
    ent(O, "台積電", TSMC), ent(P, "吳昭宏", "吴昭宏"), ent(D, "N2P"), ent(D, "A16"), date("明年下半年", "2027-H2"), date("2028年", "2028"), date("今年", "2026"), qty("2奈米", 2, "纳米"),
    pct("約為15%", 15, q="approx"),
    ent(O, "家登"), ent(O, "弘塑"), date("今年", "2026"), money("逾新台幣80億元", 8000000000, "TWD", q="gt"), ent(O, "立源氣體", "立源气体"), ent(L, "竹科", HSP),
    ent(O, "家登"), ent(P, "邱明德"), date("明年", "2027"), pct("三成", 30),
    ent(O, "艾司摩爾", "阿斯麦"), ent(O, "ASML", "阿斯麦"), date("明年", "2027"), ent(L, "台灣", "台湾"), qty("約500人", 500, "人", q="approx"), ent(L, "台南"),
    ent(O, "國科會", "国家科学及技术委员会"), ent(P, "黃志遠", "黄志远"), ent(L, "竹科", HSP), ent(L, "南科", STSP), date("今年前10月", None, **M10),
    money("新台幣2.4兆元", 2400000000000, "TWD"), pct("18%", 18), ent(O, "經濟部", "经济部"), ent(P, "蔡宗穎", "蔡宗颖"), ent(O, "經濟部", "经济部"),
    dur("兩年", "P2Y"), money("新台幣120億元", 12000000000, "TWD"),
    ent(P, "林佩琪"), ent(L, "寶山鄉", "宝山乡"), qty("約12萬噸", 120000, "吨", q="approx"), ent(O, "水利署", "经济部水利署"), ent(O, "經濟部", "经济部"), dur("半年", "P6M"), ent(L, "新竹"),
    ent(O, "陽明交通大學奈米元件實驗室", "阳明交通大学奈米元件实验室"), ent(P, "楊文彬", "杨文彬"), qty("1.4奈米", 1.4, "纳米"), ent(O, "台積電", TSMC), ent(O, "聯發科", "联发科"),
]

CLAIMS = [
    {"q": "約10萬片", "subj": ("台積電", 1), "metric": "产能", "t": "明年底", "dir": "up", "attr": ("台積電", 1)},
    {"q": "約為15%", "subj": ("台積電", 2), "metric": "营收占比", "t": ("今年", 0), "attr": "吳昭宏"},
    {"q": "逾新台幣80億元", "st": "家登與弘塑", "metric": "资本开支", "t": ("今年", 1)},
    {"q": "三成", "subj": ("家登", 1), "metric": "出货量增速", "t": ("明年", 0), "dir": "up", "basis": "yoy", "attr": "邱明德"},
    {"q": "約500人", "subj": "艾司摩爾", "metric": "员工数量", "t": ("明年", 1), "dir": "up", "attr": "艾司摩爾"},
    {"q": "新台幣2.4兆元", "st": "竹科與南科", "metric": "营业收入", "t": "今年前10月", "ch": "18%", "dir": "up", "basis": "yoy", "attr": "黃志遠"},
    {"q": "新台幣120億元", "subj": ("經濟部", 1), "metric": "补助金额", "attr": "蔡宗穎"},
    {"q": "約12萬噸", "st": "寶山鄉一帶", "metric": "用水需求", "attr": "林佩琪"},
]

ARTICLE = {"id": "heldout8-ent-03-chips-tw", "published_at": "2026-12-03T08:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
