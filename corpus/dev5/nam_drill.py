"""CN: a county's winter flood drill with a volunteer team: a compound surname (欧阳晓峰) untitled
and then after 队长, one-character given names (何平, 孟凡) joined by 与 and 和, a doctor and a nurse
after their job words, a couple joined by 和妻子; a river, a reservoir, a sandbar, a street, a
community and a 街道 written after its town; a county team first with and then without the county's
name, county bodies written as 县水利局 and 县人民医院 (valued with the county), a town's health
centre and its government that begin with the town's name."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, dur, ent, qty

O, P, L = "org", "person", "location"
TEXT = (
    "清溪河畔开展防汛演练 志愿者队伍首次参与\n"
    "本报桐川12月2日电 12月2日上午9时，桐川县在清溪镇滨河街道举行冬季防汛应急演练。演练模拟黄泥塘水库上游连降暴雨、清溪河水位超过警戒线，柳荫社区的居民需要连夜转移。\n"
    "桐川县红柳志愿服务队的欧阳晓峰、何平与队员们划着冲锋舟，把扮演被困群众的郑玉兰、孟凡和几名小学生从鹭鸶洲接到岸边。"
    "清溪镇卫生院医生谭慧和护士曾小燕在岸边搭起临时救护点，县人民医院的救护车在石板街待命。"
    "演练由桐川县应急管理局组织，县水利局、清溪镇人民政府共同参与，历时约两个小时。\n"
    "红柳志愿服务队队长欧阳晓峰说，队伍成立于2019年，现有队员46人，多数是附近村庄的农民和退休职工。"
    "滨河街道居民范建军和妻子吴桂芳第一次参加演练，范建军说，知道了转移路线，心里就踏实了。"
)

MENTIONS = [
    ent(L, "清溪河"),
    ent(L, "桐川", "桐川县"), date("12月2日", "2026-12-02"), date("12月2日上午9时", "2026-12-02T09:00"), ent(L, "桐川县"), ent(L, "清溪镇"), ent(L, "滨河街道"),
    ent(L, "黄泥塘水库"), ent(L, "清溪河"), ent(L, "柳荫社区"),
    ent(O, "桐川县红柳志愿服务队"), ent(P, "欧阳晓峰"), ent(P, "何平"), ent(P, "郑玉兰"), ent(P, "孟凡"), ent(L, "鹭鸶洲"),
    ent(O, "清溪镇卫生院"), ent(P, "谭慧"), ent(P, "曾小燕"), ent(O, "县人民医院", "桐川县人民医院"), ent(L, "石板街"),
    ent(O, "桐川县应急管理局"), ent(O, "县水利局", "桐川县水利局"), ent(O, "清溪镇人民政府"), dur("约两个小时", "PT2H", q="approx"),
    ent(O, "红柳志愿服务队", "桐川县红柳志愿服务队"), ent(P, "欧阳晓峰"), date("2019年", "2019"), qty("46人", 46, "人"),
    ent(L, "滨河街道"), ent(P, "范建军"), ent(P, "吴桂芳"), ent(P, "范建军"),
]

CLAIMS = [
    {"q": "46人", "subj": "红柳志愿服务队", "metric": "队员数量", "attr": ("欧阳晓峰", 1)},
]

ARTICLE = {"id": "dev5-nam-03-drill", "published_at": "2026-12-02T20:00:00+08:00", "region": "CN",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS}
