"""TW: southern semiconductor corridor: agencies with short forms (國發會, 產發署, 工研院), universities,
listed companies with short names and Latin aliases (台積電／TSMC, 全家／FamilyMart), districts, a river,
stations, 台美 (one-character abbreviations)."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, money, pct

O, P, L = "org", "person", "location"
TEXT = (
    "國發會與經濟部推動南部半導體S廊帶 台積電、日月光加碼高雄\n"
    "記者黃詩涵／台北報導\n"
    "國家發展委員會（國發會）主委蕭志遠今（18）日在行政院會後記者會表示，政府將以高雄楠梓園區、台南沙崙及嘉義馬稠後"
    "為軸線，打造南部半導體S廊帶。經濟部產業發展署（產發署）同步啟動人才培育計畫，並與國立成功大學（成大）合作設立研究中心。\n"
    "台積電（TSMC）已在高雄楠梓興建先進製程廠，日月光投控（ASE）則宣布擴建楠梓第二園區封測產能。蕭志遠指出，"
    "台美關稅談判仍在進行，美方要求台灣提高對美投資。\n"
    "工研院（ITRI）院長林俊宏表示，台南科學園區的綠電供應是關鍵，台電已承諾在曾文溪沿岸增設太陽能案場。"
    "交通方面，高鐵左營站至台南站的接駁公車將於明年1月上路，連鎖超商全家（FamilyMart）也將在楠梓園區開設新門市。\n"
    "股市方面，設備商晶采科技股價今日收在285元，上漲1.2%。"
)

MENTIONS = [
    ent(O, "國發會", "国家发展委员会"), ent(O, "經濟部", "经济部"), ent(O, "台積電", "台积电"), ent(O, "日月光", "日月光投控"),
    ent(L, "高雄"),
    ent(P, "黃詩涵", "黄诗涵"), ent(L, "台北"),
    ent(O, "國家發展委員會", "国家发展委员会"), ent(O, "國發會", "国家发展委员会"), ent(P, "蕭志遠", "萧志远"),
    date("今（18）日", "2026-11-18"), ent(O, "行政院"), ent(L, "高雄"), ent(L, "楠梓園區", "楠梓园区"), ent(L, "台南"),
    ent(L, "沙崙", "沙仑"), ent(L, "嘉義", "嘉义"), ent(L, "馬稠後", "马稠后"),
    ent(O, "經濟部產業發展署", "经济部产业发展署"), ent(O, "產發署", "经济部产业发展署"),
    ent(O, "國立成功大學", "国立成功大学"), ent(O, "成大", "国立成功大学"),
    ent(O, "台積電", "台积电"), ent(O, "TSMC", "台积电"), ent(L, "高雄"), ent(L, "楠梓"), ent(O, "日月光投控"),
    ent(O, "ASE", "日月光投控"), ent(L, "楠梓"), ent(P, "蕭志遠", "萧志远"), ent(L, "台", "台湾"), ent(L, "美", "美国"),
    ent(L, "美", "美国"), ent(L, "台灣", "台湾"), ent(L, "美", "美国"),
    ent(O, "工研院", "工业技术研究院"), ent(O, "ITRI", "工业技术研究院"), ent(P, "林俊宏"),
    ent(L, "台南科學園區", "台南科学园区"), ent(O, "台電", "台电"), ent(L, "曾文溪"),
    ent(L, "高鐵左營站", "高铁左营站"), ent(L, "台南站"), date("明年1月", "2027-01"), ent(O, "全家"),
    ent(O, "FamilyMart", "全家"), ent(L, "楠梓園區", "楠梓园区"),
    ent(O, "晶采科技"), date("今日", "2026-11-18"), money("285元", 285, "TWD"), pct("1.2%", 1.2),
]

CLAIMS = [
    {"q": "285元", "subj": "晶采科技", "metric": "股价", "t": "今日", "ch": "1.2%", "dir": "up"},
]

ARTICLE = {"id": "heldout2-ent-03-corridor-tw", "published_at": "2026-11-18T17:20:00+08:00", "region": "TW",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"台", "美", "楠梓"}}
