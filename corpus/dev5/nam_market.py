"""TW (Traditional): a township farmers' association opens a weekend farmers' market: a reporter's
name run straight into the dateline place (吳雅婷南投報導), a county-township-association name
written whole and then without the county, a couple joined by 和先生, a two-character name that is
also a word (林立) and one joined by 和表弟 (江河), pupils and their teacher after 跟著老師, a
village, a creek and a mountain in a list of produce origins, a county government department, a
visitor from a county given by short name."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, qty

O, P, L = "org", "person", "location"
TEXT = (
    "竹林鄉假日農夫市集開張 在地小農齊聚\n"
    "【本報記者吳雅婷南投報導】南投縣竹林鄉農會12月1日在中正路旁開辦假日農夫市集，首批共有32個攤位進駐，"
    "販售青山村的高山茶、大坑溪沿岸的筊白筍和鳳凰山下的梅子製品。\n"
    "賣茶的林美玲和先生陳志明一早就從山上下來。林美玲說，以前茶葉都賣給盤商，現在能直接和客人聊天。"
    "隔壁攤的林立和表弟江河種了三年有機蔬菜，他們說市集讓自己第一次認識了老顧客。"
    "竹林國小的學生張家豪和黃淑芬也跟著老師蔡明德來擺攤，賣自己種的地瓜。\n"
    "竹林鄉農會總幹事許國華表示，市集每逢週末上午營業，農會計畫明年再增加約20個攤位，並與南投縣政府農業處合作辦理農產品檢驗。"
    "來自彰化的遊客周佩君說，這裡的東西新鮮，價格也公道。"
)

MENTIONS = [
    ent(L, "竹林鄉", "竹林乡"),
    ent(P, "吳雅婷", "吴雅婷"), ent(L, "南投"), ent(O, "南投縣竹林鄉農會", "南投县竹林乡农会"), date("12月1日", "2026-12-01"), ent(L, "中正路"),
    qty("32個", 32, "个"), ent(L, "青山村"), ent(L, "大坑溪"), ent(L, "鳳凰山", "凤凰山"),
    ent(P, "林美玲"), ent(P, "陳志明", "陈志明"), ent(P, "林美玲"), ent(P, "林立"), ent(P, "江河"), dur("三年", "P3Y"),
    ent(O, "竹林國小", "竹林国民小学"), ent(P, "張家豪", "张家豪"), ent(P, "黃淑芬", "黄淑芬"), ent(P, "蔡明德"),
    ent(O, "竹林鄉農會", "南投县竹林乡农会"), ent(P, "許國華", "许国华"), date("明年", "2027"), qty("約20個", 20, "个", q="approx"),
    ent(O, "南投縣政府農業處", "南投县政府农业处"), ent(L, "彰化"), ent(P, "周佩君"),
]

CLAIMS = [
    {"q": "32個", "subj": "南投縣竹林鄉農會", "metric": "进驻摊位数量", "t": "12月1日"},
    {"q": "約20個", "subj": "竹林鄉農會", "metric": "摊位数量", "t": "明年", "dir": "up", "attr": "許國華"},
]

ARTICLE = {"id": "dev5-nam-04-market-tw", "published_at": "2026-12-02T10:00:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
