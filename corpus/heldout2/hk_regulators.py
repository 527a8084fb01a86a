"""HK: regulators against fraud: bracketed short forms and Latin aliases (金管局，HKMA), banks and their
apps, districts, 粵港澳 (one-character abbreviations), index points with a change."""

# ruff: noqa: E501, E741 (data rows: one mention or claim a line; CJK counts double in line width)

from corpus.heldout_lib import date, ent, qty

O, P, L, D = "org", "person", "location", "product"
TEXT = (
    "金管局與證監會聯手打擊虛擬資產詐騙 滙豐、中銀香港響應\n"
    "【本報訊】香港金融管理局（金管局，HKMA）與證券及期貨事務監察委員會（證監會，SFC）今日聯合宣布，"
    "將與香港警務處（警方）設立跨部門專責小組。金管局總裁陳德輝表示，銀行須在客戶轉帳前加強提示。\n"
    "滙豐控股（滙豐）、中銀香港及渣打銀行（Standard Chartered）率先響應，會在旗下手機應用PayMe及BoC Pay加入警示功能。"
    "證監會行政總裁梁嘉慧指出，涉事平台多以深水埗、旺角及觀塘的商舖為據點，部分資金經深圳前海流向東南亞。\n"
    "香港大學（港大）法律學院教授鄭志偉認為，粵港澳監管機構應加強合作。數碼港（Cyberport）亦表示會為初創企業提供支援。"
    "港股方面，恒指今日收市升152點，報26,418點。"
)

MENTIONS = [
    ent(O, "金管局", "香港金融管理局"), ent(O, "證監會", "香港证券及期货事务监察委员会"), ent(O, "滙豐", "汇丰控股"),
    ent(O, "中銀香港", "中银香港"),
    ent(O, "香港金融管理局"), ent(O, "金管局", "香港金融管理局"), ent(O, "HKMA", "香港金融管理局"),
    ent(O, "證券及期貨事務監察委員會", "香港证券及期货事务监察委员会"), ent(O, "證監會", "香港证券及期货事务监察委员会"),
    ent(O, "SFC", "香港证券及期货事务监察委员会"), date("今日", "2026-11-24"), ent(O, "香港警務處", "香港警务处"),
    ent(O, "警方", "香港警务处"), ent(O, "金管局", "香港金融管理局"), ent(P, "陳德輝", "陈德辉"),
    ent(O, "滙豐控股", "汇丰控股"), ent(O, "滙豐", "汇丰控股"), ent(O, "中銀香港", "中银香港"), ent(O, "渣打銀行", "渣打银行"),
    ent(O, "Standard Chartered", "渣打银行"), ent(D, "PayMe"), ent(D, "BoC Pay"),
    ent(O, "證監會", "香港证券及期货事务监察委员会"), ent(P, "梁嘉慧"), ent(L, "深水埗"), ent(L, "旺角"), ent(L, "觀塘", "观塘"),
    ent(L, "深圳"), ent(L, "前海"), ent(L, "東南亞", "东南亚"),
    ent(O, "香港大學", "香港大学"), ent(O, "港大", "香港大学"), ent(P, "鄭志偉", "郑志伟"), ent(L, "粵", "广东"),
    ent(L, "港", "香港"), ent(L, "澳", "澳门"), ent(O, "數碼港", "数码港"), ent(O, "Cyberport", "数码港"),
    date("今日", "2026-11-24"), qty("152點", 152, "点"), qty("26,418點", 26418, "点"),
]

CLAIMS = [
    {"q": "152點", "st": "恒指", "metric": "指数", "t": ("今日", 1), "dir": "up"},
    {"q": "26,418點", "st": "恒指", "metric": "指数", "t": ("今日", 1), "dir": "up"},
]

ARTICLE = {"id": "heldout2-ent-05-regulators-hk", "published_at": "2026-11-24T18:10:00+08:00", "region": "HK",
           "text": TEXT, "mentions": MENTIONS, "claims": CLAIMS, "skip": {"港", "粵", "澳"}}
