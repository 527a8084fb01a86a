"""Countries, territories and world regions: ``data-sources/cldr_zh`` -> ``location.cldr.tsv``.

Value = the zh-Hans name (HK, MO, TW get their common short names 香港, 澳门, 台湾 and
the official names as aliases). The zh-Hant (Taiwan) and zh-Hant-HK names become aliases
after shadow conversion when they differ (纽西兰 for 新西兰, 南韩 for 韩国). Parenthesised
names also get the form without the parenthesis. ``CLDR_EXTRA`` adds common short forms
(沙特, 阿联酋 …). Skipped: 001 世界 (an ordinary word), EU 欧盟 and UN 联合国
(organisations, in ``org.tsv``), and the pseudo/unknown codes QO XA XB ZZ. ``CLDR_STOP``
drops aliases that are ordinary words or clash with a more frequent reading (中美 is
"China-US" far more often than "Central America").
"""

from __future__ import annotations

import csv
import re

from .rows import SRC, Entry, make_entry, shadow

CLDR_SKIP = {"001", "EU", "UN", "QO", "XA", "XB", "ZZ"}
# Values replacing the zh-Hans name (the CLDR name stays as an alias).
CLDR_VALUE = {
    "HK": "香港",
    "MO": "澳门",
    "017": "中部非洲",  # CLDR 中非: "China-Africa" in most news text
    "CD": "刚果民主共和国",
    "CG": "刚果共和国",
    "PS": "巴勒斯坦",
    "003": "北美",  # the short common name a place's value takes (docs/format.md), as 芜湖
    "005": "南美",
}
# Aliases that are ordinary words or have a more frequent other reading.
CLDR_STOP = {
    "中美",  # 013 zh-Hant: Central America, but 中美 = China-US
    "中非",  # 017: Middle Africa, but 中非 = China-Africa
    "刚果",  # both Congos
    "刚果(金)",
    "刚果(布)",
    "刚果(金夏沙)",
    "刚果(布拉萨)",
    "北美",  # 021 zh-Hant; kept as alias of 北美洲 instead (CLDR_EXTRA)
    "澳洲与纽西兰",  # 053 zh-Hant: reads as two countries in running text
    "狮子山",  # SL zh-Hant; also Lion Rock in Hong Kong
}
# Common short and alternative forms not in CLDR (shadow form).
CLDR_EXTRA: dict[str, tuple[str, ...]] = {
    "003": ("北美",),
    "005": ("南美",),
    "419": ("拉美",),
    "AE": ("阿联酋",),
    "AQ": ("南极",),
    "BA": ("波黑",),
    "CD": ("刚果金", "民主刚果", "刚果(金)"),
    "CF": ("中非共和国",),
    "CG": ("刚果布", "刚果(布)"),
    "CN": ("中华人民共和国", "中国大陆"),
    "CZ": ("捷克共和国",),
    "DE": ("德意志联邦共和国",),
    "DO": ("多米尼加",),
    "GB": ("联合王国", "大不列颠"),
    "HK": ("中国香港", "香港特别行政区", "香港特区", "本港"),  # 本港: Hong Kong papers on Hong Kong
    "KP": ("朝鲜民主主义人民共和国",),
    "KR": ("大韩民国",),
    "MO": ("中国澳门", "澳门特别行政区", "澳门特区"),
    "MY": ("大马",),
    "NL": ("尼德兰",),
    "PH": ("菲国",),
    "PS": ("巴勒斯坦国",),
    "RU": ("俄国", "俄罗斯联邦"),
    "SA": ("沙特", "沙地阿拉伯", "沙乌地"),
    "SG": ("星加坡", "狮城"),
    "TW": ("台湾地区", "中国台湾", "台湾省", "中华民国"),
    "US": ("美利坚合众国", "美利坚"),
    "VA": ("梵蒂冈城国",),
    "VN": ("越南社会主义共和国",),
    "ZA": ("南非共和国",),
}
# Wikidata QIDs, only where certain (ISO 3166-1 alpha-2 and M.49 codes).
# fmt: off
CLDR_QID = {
    "002": "Q15", "005": "Q18", "009": "Q538", "003": "Q49", "019": "Q828",
    "142": "Q48", "150": "Q46", "AQ": "Q51",
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AI": "Q25228", "AL": "Q222",
    "AM": "Q399", "AO": "Q916", "AR": "Q414", "AS": "Q16641", "AT": "Q40", "AU": "Q408",
    "AW": "Q21203", "AX": "Q5689", "AZ": "Q227", "BA": "Q225", "BB": "Q244", "BD": "Q902",
    "BE": "Q31", "BF": "Q965", "BG": "Q219", "BH": "Q398", "BI": "Q967", "BJ": "Q962",
    "BL": "Q25362", "BM": "Q23635", "BN": "Q921", "BO": "Q750", "BQ": "Q27561",
    "BR": "Q155", "BS": "Q778", "BT": "Q917", "BV": "Q23408", "BW": "Q963", "BY": "Q184",
    "BZ": "Q242", "CA": "Q16", "CC": "Q36004", "CD": "Q974", "CF": "Q929", "CG": "Q971",
    "CH": "Q39", "CI": "Q1008", "CK": "Q26988", "CL": "Q298", "CM": "Q1009", "CN": "Q148",
    "CO": "Q739", "CR": "Q800", "CU": "Q241", "CV": "Q1011", "CW": "Q25279",
    "CX": "Q31063", "CY": "Q229", "CZ": "Q213", "DE": "Q183", "DJ": "Q977", "DK": "Q35",
    "DM": "Q784", "DO": "Q786", "DZ": "Q262", "EC": "Q736", "EE": "Q191", "EG": "Q79",
    "EH": "Q6250", "ER": "Q986", "ES": "Q29", "ET": "Q115", "FI": "Q33", "FJ": "Q712",
    "FK": "Q9648", "FM": "Q702", "FO": "Q4628", "FR": "Q142", "GA": "Q1000", "GB": "Q145",
    "GD": "Q769", "GE": "Q230", "GF": "Q3769", "GG": "Q25230", "GH": "Q117",
    "GI": "Q1410", "GL": "Q223", "GM": "Q1005", "GN": "Q1006", "GP": "Q17012",
    "GQ": "Q983", "GR": "Q41", "GS": "Q35086", "GT": "Q774", "GU": "Q16635",
    "GW": "Q1007", "GY": "Q734", "HK": "Q8646", "HM": "Q131198", "HN": "Q783",
    "HR": "Q224", "HT": "Q790", "HU": "Q28", "ID": "Q252", "IE": "Q27", "IL": "Q801",
    "IM": "Q9676", "IN": "Q668", "IO": "Q43448", "IQ": "Q796", "IR": "Q794", "IS": "Q189",
    "IT": "Q38", "JE": "Q785", "JM": "Q766", "JO": "Q810", "JP": "Q17", "KE": "Q114",
    "KG": "Q813", "KH": "Q424", "KI": "Q710", "KM": "Q970", "KN": "Q763", "KP": "Q423",
    "KR": "Q884", "KW": "Q817", "KY": "Q5785", "KZ": "Q232", "LA": "Q819", "LB": "Q822",
    "LC": "Q760", "LI": "Q347", "LK": "Q854", "LR": "Q1014", "LS": "Q1013", "LT": "Q37",
    "LU": "Q32", "LV": "Q211", "LY": "Q1016", "MA": "Q1028", "MC": "Q235", "MD": "Q217",
    "ME": "Q236", "MF": "Q126125", "MG": "Q1019", "MH": "Q709", "MK": "Q221",
    "ML": "Q912", "MM": "Q836", "MN": "Q711", "MO": "Q14773", "MP": "Q16644",
    "MQ": "Q17054", "MR": "Q1025", "MS": "Q13353", "MT": "Q233", "MU": "Q1027",
    "MV": "Q826", "MW": "Q1020", "MX": "Q96", "MY": "Q833", "MZ": "Q1029", "NA": "Q1030",
    "NC": "Q33788", "NE": "Q1032", "NF": "Q31057", "NG": "Q1033", "NI": "Q811",
    "NL": "Q55", "NO": "Q20", "NP": "Q837", "NR": "Q697", "NU": "Q34020", "NZ": "Q664",
    "OM": "Q842", "PA": "Q804", "PE": "Q419", "PF": "Q30971", "PG": "Q691", "PH": "Q928",
    "PK": "Q843", "PL": "Q36", "PM": "Q34617", "PN": "Q35672", "PR": "Q1183",
    "PS": "Q219060", "PT": "Q45", "PW": "Q695", "PY": "Q733", "QA": "Q846", "RE": "Q17070",
    "RO": "Q218", "RS": "Q403", "RU": "Q159", "RW": "Q1037", "SA": "Q851", "SB": "Q685",
    "SC": "Q1042", "SD": "Q1049", "SE": "Q34", "SG": "Q334", "SI": "Q215",
    "SJ": "Q842829", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041",
    "SO": "Q1045", "SR": "Q730", "SS": "Q958", "ST": "Q1039", "SV": "Q792",
    "SX": "Q26273", "SY": "Q858", "SZ": "Q1050", "TC": "Q18221", "TD": "Q657",
    "TF": "Q129003", "TG": "Q945", "TH": "Q869", "TJ": "Q863", "TK": "Q36823",
    "TL": "Q574", "TM": "Q874", "TN": "Q948", "TO": "Q678", "TR": "Q43", "TT": "Q754",
    "TV": "Q672", "TW": "Q865", "TZ": "Q924", "UA": "Q212", "UG": "Q1036", "UM": "Q16645",
    "US": "Q30", "UY": "Q77", "UZ": "Q265", "VA": "Q237", "VC": "Q757", "VE": "Q717",
    "VG": "Q25305", "VI": "Q11703", "VN": "Q881", "VU": "Q686", "WF": "Q35555",
    "WS": "Q683", "YE": "Q805", "YT": "Q17063", "ZA": "Q258", "ZM": "Q953", "ZW": "Q954",
}
# fmt: on


def _name_variants(name: str) -> list[str]:
    """Shadow form of a CLDR name plus, if it has a parenthesis, the form without it."""
    base = shadow(name).strip()
    out = [base]
    stripped = re.sub(r"\s*\([^)]*\)\s*", "", base).strip()
    if stripped != base:
        out.append(stripped)
    return out


def build_cldr() -> list[Entry]:
    """Countries, territories and regions from CLDR (see module docstring)."""
    entries = []
    with (SRC / "cldr_zh" / "territories.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code = row["code"]
            if code in CLDR_SKIP:
                continue
            names: list[str] = []
            for column in ("zh_Hans", "zh_Hant", "zh_Hant_HK"):
                names += _name_variants(row[column])
            value = CLDR_VALUE.get(code, names[0])
            aliases = [n for n in names if n not in CLDR_STOP and len(n) >= 2]
            aliases += CLDR_EXTRA.get(code, ())
            entries.append(make_entry(value, CLDR_QID.get(code, ""), aliases))
    return entries

