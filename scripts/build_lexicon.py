#!/usr/bin/env python3
"""Build the entity lexicon under ``extract/data/`` from the copies in ``data-sources/``.

Run ``python scripts/build_lexicon.py`` from anywhere. The script is deterministic: it
reads only ``data-sources/``, the hand-compiled lexicon files and jieba's bundled
dictionary, writes rows sorted by value, and a second run produces byte-identical files.
It then checks *every* lexicon file (generated and hand-compiled) and fails with an
``AssertionError`` on any bad row, so a broken hand edit fails the build.

Files written (all UTF-8 TSV, three ``#`` lines then a header row):

* ``location.cldr.tsv``  countries, territories and world regions (Unicode CLDR 49).
* ``location.cn.tsv``    PRC provinces, prefectures and counties (NBS 2023) and the
  districts of Hong Kong, Macau and Taiwan.
* ``location.places.tsv`` rivers, lakes, regions, HK areas, lines, ports … (``lexicon/places.py``).
* ``org.gov.tsv``        government bodies of CN, TW and HK with short forms (``lexicon/gov.py``).
* ``org.cn_listed.tsv``  mainland and Hong Kong listings by short name (``lexicon/listed.py``).
* ``org.tw_listed.tsv``  Taiwan-listed companies by exchange short name (twstock).
* ``surnames.tsv``       surnames with frequency weights (Faker zh_CN + zh_TW, plus the
  compound surnames of the public-domain 百家姓).
* ``SOURCES.md``         one row per data file in ``extract/data/``.

Hand-compiled files (edited by hand, only checked here): ``location.tsv``, ``org.tsv``,
``person.tsv``, ``product.tsv``.

Shadow form. Matching runs on the *shadow* text (OpenCC ``t2s``, one character to one,
full-width ASCII folded to half-width). Every name is therefore stored once, in shadow
form; a name that changes under :func:`shadow` could never match and fails the check.
Generated names are passed through :func:`shadow` before they are written.

Rules applied to generated rows
-------------------------------
All files: no name (value or alias) shorter than two characters; no name listed under
two entities of the same type (location = the three ``location*`` files, org = the two
``org*`` files); a name under two *types* fails too unless listed in
``CROSS_TYPE_ALLOWED`` with a reason.

CLDR territories: value = the zh-Hans name (HK, MO, TW get their common short names
香港, 澳门, 台湾 and the official names as aliases). The zh-Hant (Taiwan) and zh-Hant-HK
names become aliases after shadow conversion when they differ (纽西兰 for 新西兰, 南韩
for 韩国). Parenthesised names also get the form without the parenthesis. ``CLDR_EXTRA``
adds common short forms (沙特, 阿联酋 …). Skipped: 001 世界 (an ordinary word), EU 欧盟 and
UN 联合国 (organisations, in ``org.tsv``), and the pseudo/unknown codes QO XA XB ZZ.
``CLDR_STOP`` drops aliases that are ordinary words or clash with a more frequent
reading (中美 is "China-US" far more often than "Central America").

PRC divisions: provinces get the full name as value and the short form (广东; 内蒙古,
广西, 西藏, 宁夏, 新疆 for the autonomous regions) as alias. Prefectures likewise (深圳市 →
深圳; 地区, 盟 and the ethnic names of 自治州 are stripped: 延边朝鲜族自治州 → 延边). A
prefecture short form is dropped when it is the short form of a province (吉林, 海南
belong to the provinces) or is listed in ``PREFECTURE_SHORT_STOP`` (ordinary words or
other readings: 朝阳, 日照, 开封, 安康, 白银, 来宾, 中卫, 大理, 中山 …). That list was made
by reviewing every short form that jieba's dictionary knows with frequency >= 20; jieba's
tags are too noisy to decide automatically (石家庄 is tagged nr, 大连 d, 合肥 n). Counties and districts are
kept in FULL form only (昆山市, 浦东新区). Dropped: generic district names (城区, 郊区,
东区, 新城区, 市中区 … see ``GENERIC_DISTRICT_CORES``) and statistical units that are not
administrative divisions (开发区, 园区, 示范区, 管理区 …) except the real new areas in
``NEW_AREA_KEEP``. A full name shared by several counties (朝阳区 in Beijing and
Changchun, 南山区 in Shenzhen and Hegang) is kept ONCE: the row stands for the place
name, not for one division. Hong Kong, Macau and Taiwan: districts in full form (the
same generic filter drops 东区, 南区, 北区, 中西区); Taiwan's cities and counties also get
their short form (台北市 → 台北; 新竹, 嘉义 go to the city, not the county).

Taiwan-listed companies: value = the exchange short name in shadow form with the
markers ``*``, ``-KY``, ``-DR`` and ``-创`` removed (世芯-KY → 世芯, with 世芯-KY kept as an
alias). A name is dropped when it

1. has fewer than two characters;
2. is already a value or alias in ``org.tsv`` (that row wins: 台积电, 鸿海, 联发科 are
   curated there with English names; see ``TW_IN_ORG_TSV`` for the ones that are a
   *different* company and are dropped as ambiguous, e.g. 中石化, 佳能, 强生);
3. is a location, person or product name in any other lexicon file (台南, 南港, 德宏);
4. is an ordinary word: listed in jieba's dictionary with frequency >= ``JIEBA_COMMON``
   (统一, 全家, 世界, 巨大 …) unless listed in ``TW_ALLOW`` (华硕, 广达, 和硕 …);
5. is a two-character name whose characters commonly meet across a word boundary:
   P(first char ends a word) * P(second char starts a word), from jieba's dictionary
   frequencies, >= ``BOUNDARY_RISK`` (可成 in 可成为, 力成 in 努力成为, 和大 in 和大家)
   unless listed in ``TW_ALLOW``;
6. is a Latin acronym of at most three letters (ABC, AES, GIS) not in ``TW_ALLOW``;
7. is in ``TW_STOP`` (hand-checked ordinary words or clashes jieba does not know).

Surnames: the union of the mainland and Taiwan lists in shadow form (陳 → 陈); the
weight is the larger of the two percentages; compound surnames of the 百家姓 that Faker
lacks are added with weight 0 (no frequency data).
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import jieba
import opencc
from lexicon.gov import build_gov
from lexicon.listed import build_listed
from lexicon.places import build_places

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "data-sources"
OUT = ROOT / "extract" / "data"

FORMAT_LINE = (
    "# format: value<TAB>id<TAB>aliases — aliases separated by |, shadow form "
    "(Simplified, half-width); value is also matched"
)
HEADER = "value\tid\taliases"
HAND_LICENCE = "facts compiled by zh-extract developers, CC0"

# Lexicon files per entity type. The first file of a type is hand-compiled.
TYPES: dict[str, tuple[str, ...]] = {
    "location": ("location.tsv", "location.cldr.tsv", "location.cn.tsv", "location.places.tsv"),
    "org": ("org.tsv", "org.gov.tsv", "org.cn_listed.tsv", "org.tw_listed.tsv"),
    "person": ("person.tsv",),
    "product": ("product.tsv",),
}
HAND_FILES = ("location.tsv", "org.tsv", "person.tsv", "product.tsv")
GENERATED_FILES = (
    "location.cldr.tsv", "location.cn.tsv", "location.places.tsv",
    "org.gov.tsv", "org.cn_listed.tsv", "org.tw_listed.tsv", "surnames.tsv",
)

# A name that is a legitimate entity of two types. Everything else listed under two
# types fails the build.
CROSS_TYPE_ALLOWED: dict[str, str] = {
    "Arm": "the company (安谋) and the chip architecture (基于Arm的芯片); typed by context",
    "DeepSeek": "the company (深度求索) and its models and app (DeepSeek一体机); typed by context",
}

# jieba dictionary frequency from which a word counts as an ordinary, frequent word.
JIEBA_COMMON = 20
# Threshold of the cross-boundary score for two-character company names (see docstring).
BOUNDARY_RISK = 0.015

# ---------------------------------------------------------------- shadow form

_FOLD = str.maketrans({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20})
_T2S = opencc.OpenCC("t2s.json")
_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")
_QID = re.compile(r"Q[1-9][0-9]*")


def shadow(text: str) -> str:
    """The shadow form of `text`: full-width ASCII folded, then OpenCC t2s.

    Mirrors ``extract.shadow.to_shadow`` (kept separate so that the build does not
    import the package it builds data for).
    """
    return _T2S.convert(text.translate(_FOLD))


# ---------------------------------------------------------------- rows and files


@dataclass(frozen=True)
class Entry:
    """One entity: canonical value, Wikidata QID (or ""), aliases in shadow form."""

    value: str
    id: str = ""
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """What the matcher looks for: the value's shadow form, then the aliases.

        A value may be written as the name is spelled in Simplified even where t2s
        changes it (昇腾 becomes 升腾): the record shows 昇腾, the shadow text matches 升腾.
        """
        return (shadow(self.value), *self.aliases)


def make_entry(value: str, qid: str = "", aliases: Iterable[str] = ()) -> Entry:
    """An Entry with the aliases deduplicated in order and the value removed from them."""
    seen: list[str] = []
    for alias in aliases:
        if alias and alias != value and alias not in seen:
            seen.append(alias)
    return Entry(value, qid, tuple(seen))


def read_lexicon(name: str) -> list[Entry]:
    """Parse ``extract/data/<name>`` (value, id, aliases) after checking its header."""
    path = OUT / name
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 4, f"{name}: missing header lines"
    assert lines[0] == FORMAT_LINE, f"{name}: first line must be the format line"
    assert lines[1].startswith("# source: ") and len(lines[1]) > 10, f"{name}: no source line"
    assert lines[2].startswith("# licence: ") and len(lines[2]) > 11, f"{name}: no licence line"
    assert lines[3] == HEADER, f"{name}: header row must be {HEADER!r}"
    entries = []
    for number, line in enumerate(lines[4:], start=5):
        assert line and not line.startswith("#"), f"{name}:{number}: blank or comment line"
        cells = line.split("\t")
        assert len(cells) == 3, f"{name}:{number}: {len(cells)} cells, expected 3"
        value, qid, aliases = cells
        alias_list = aliases.split("|") if aliases else []
        assert all(alias_list), f"{name}:{number}: empty alias in {aliases!r}"
        entries.append(Entry(value, qid, tuple(alias_list)))
    return entries


def write_lexicon(name: str, entries: Iterable[Entry], source: str, licence: str) -> int:
    """Write a value/id/aliases file sorted by value; return the row count."""
    rows = sorted(entries, key=lambda e: e.value)
    lines = [FORMAT_LINE, f"# source: {source}", f"# licence: {licence}", HEADER]
    lines += [f"{e.value}\t{e.id}\t{'|'.join(e.aliases)}" for e in rows]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


# ---------------------------------------------------------------- jieba dictionary


@dataclass(frozen=True)
class WordStats:
    """Frequencies from jieba's bundled dictionary (dict.txt)."""

    freq: dict[str, tuple[int, str]]
    ends: dict[str, int]
    starts: dict[str, int]
    total: int

    def common(self, word: str) -> bool:
        """True when jieba lists `word` with frequency >= JIEBA_COMMON."""
        return self.freq.get(word, (0, ""))[0] >= JIEBA_COMMON

    def boundary_risk(self, word: str) -> float:
        """How likely a two-character `word` appears across a word boundary (x 1e4)."""
        if len(word) != 2:
            return 0.0
        return self.ends.get(word[0], 0) / self.total * self.starts.get(word[1], 0) / self.total * 1e4


def load_word_stats() -> WordStats:
    """Read jieba's dict.txt (word, frequency, POS tag per line) without initialising jieba."""
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    freq: dict[str, tuple[int, str]] = {}
    ends: dict[str, int] = defaultdict(int)
    starts: dict[str, int] = defaultdict(int)
    total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            tag = parts[2] if len(parts) > 2 else ""
            freq[word] = (count, tag)
            ends[word[-1]] += count
            starts[word[0]] += count
            total += count
    return WordStats(freq, dict(ends), dict(starts), total)


# ---------------------------------------------------------------- CLDR territories

CLDR_SKIP = {"001", "EU", "UN", "QO", "XA", "XB", "ZZ"}
# Values replacing the zh-Hans name (the CLDR name stays as an alias).
CLDR_VALUE = {
    "HK": "香港",
    "MO": "澳门",
    "017": "中部非洲",  # CLDR 中非: "China-Africa" in most news text
    "CD": "刚果民主共和国",
    "CG": "刚果共和国",
    "PS": "巴勒斯坦",
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


# ---------------------------------------------------------------- PRC divisions

PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
}
# QIDs only where certain.
# fmt: off
DIVISION_QID = {
    "北京市": "Q956", "上海市": "Q8686", "天津市": "Q11736", "重庆市": "Q11725",
    "深圳市": "Q15174", "广州市": "Q16572", "杭州市": "Q4970", "武汉市": "Q11746",
    "成都市": "Q30002", "南京市": "Q16666", "西安市": "Q5826", "台北市": "Q1867",
}
# fmt: on
PREFECTURE_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Short forms of prefectures that are ordinary words or read otherwise far more often.
PREFECTURE_SHORT_STOP = {
    "朝阳",  # morning sun; also 朝阳区 (Beijing)
    "日照",  # sunlight
    "开封",  # to unseal
    "安康",  # well-being
    "白银",  # silver
    "来宾",  # guest
    "中卫",  # centre back (football)
    "长治",  # 长治久安
    "玉树",  # 玉树临风
    "大理",  # 大理石 (marble)
    "中山",  # Sun Yat-sen, 中山大学, 中山路
    "阿里",  # Alibaba (阿里地区)
    "大同",  # 大同 (ideal society), Tatung (TW company)
    "兴安",  # 大兴安岭 / 小兴安岭 mountains (兴安盟)
    "三明",  # 三明治 (sandwich)
    "普洱",  # 普洱茶 (tea)
    "红河",  # generic "red river"
    "白山",  # generic "white mountain"
    "河源",  # generic "river source"
    "海北",  # generic (海北藏族自治州)
    "海西",  # 海峡西岸 (海西蒙古族藏族自治州)
    "海东",  # generic
    "山南",  # generic "south of the mountain"
    "德州",  # Texas in most business news
    "文山",  # 文山区 in Taipei
    "泰安",  # insurer names (泰安保险), given names
}
# Ethnic-group names stripped from 自治州 names (longest first when stripping).
ETHNIC_NAMES = sorted(
    """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜
    水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒
    乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺""".split(),
    key=len,
    reverse=True,
)
# A county/district full name whose name minus its suffix is one of these is generic.
# fmt: off
GENERIC_DISTRICT_CORES = {
    "城", "郊", "矿", "新城", "老城", "市中", "城中", "城关", "城厢", "东", "西", "南", "北", "中",
    "中西", "新", "高新", "开发", "经济", "工业", "新华", "中心",
}
# fmt: on
# Statistical units that are not administrative divisions.
NON_DIVISION = re.compile("开发区|园区|示范区|管理区|管委会|委员会|新城$|试验区|合作区|高新区")
NEW_AREA_KEEP = {"浦东新区", "滨海新区", "沈北新区", "兰州新区"}
RENAME_AREA = {"中沙群岛的岛礁及其海域": "中沙群岛"}
# Short forms kept for a few counties that are known by them (an exception to full-form only).
COUNTY_SHORT = {"金门县": "金门"}
DIVISION_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗")


def _read_csv(name: str) -> list[dict[str, str]]:
    with (SRC / "admin_divisions_cn" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def prefecture_short(full: str) -> str:
    """Short form of a prefecture name: 深圳市 → 深圳, 延边朝鲜族自治州 → 延边."""
    if full.endswith("自治州"):
        core = full[: -len("自治州")]
        changed = True
        while changed:
            changed = False
            for ethnic in ETHNIC_NAMES:
                for tail in (ethnic + "族", ethnic):
                    if core.endswith(tail) and len(core) > len(tail) + 1:
                        core = core[: -len(tail)]
                        changed = True
                        break
                if changed:
                    break
        return core
    for suffix in ("地区", "市", "盟"):
        if full.endswith(suffix):
            return full[: -len(suffix)]
    return full


def _generic_district(full: str) -> bool:
    for suffix in DIVISION_SUFFIXES:
        if full.endswith(suffix):
            return full[: -len(suffix)] in GENERIC_DISTRICT_CORES
    return False


def keep_district(full: str) -> bool:
    """Whether a county/district full name goes into the lexicon (see docstring)."""
    if full in NEW_AREA_KEEP:
        return True
    if NON_DIVISION.search(full) or full.endswith("新区"):
        return False
    return len(full) >= 3 and not _generic_district(full)


def build_cn() -> list[Entry]:
    """PRC provinces, prefectures and counties; HK, Macau and Taiwan districts."""
    rows: dict[str, list[str]] = {}  # value -> aliases, in insertion order
    claimed: set[str] = set()

    def add(value: str, aliases: Sequence[str] = ()) -> None:
        value = shadow(value)
        if value in rows:  # the same full name twice (two 朝阳区): keep one row
            return
        if value in claimed:
            return
        kept = [shadow(a) for a in aliases if shadow(a) not in claimed and shadow(a) not in rows]
        rows[value] = kept
        claimed.add(value)
        claimed.update(kept)

    provinces = _read_csv("provinces.csv")
    province_shorts = set()
    for row in provinces:
        full = row["name"]
        short = PROVINCE_SHORT.get(full, full.rstrip("省市") if full[-1] in "省市" else full)
        province_shorts.add(short)
        add(full, [short])

    for row in _read_csv("cities.csv"):
        full = row["name"]
        if full in PREFECTURE_PLACEHOLDERS:
            continue
        short = prefecture_short(full)
        aliases = []
        if (
            short != full
            and len(short) >= 2
            and short not in province_shorts
            and short not in PREFECTURE_SHORT_STOP
        ):
            aliases.append(short)
        add(full, aliases)

    special = json.loads((SRC / "admin_divisions_cn" / "HK-MO-TW.json").read_text(encoding="utf-8"))
    # Taiwan cities and counties first, so that 新竹 and 嘉义 go to the city.
    taiwan = special.get("台湾省", {})
    for level in ("市", "县"):
        for full in taiwan:
            if full.endswith(level):
                add(full, [full[:-1]])
    for region, parts in special.items():
        for part, districts in parts.items():
            if region != "台湾省" and part not in ("澳门外岛",):
                add(part, ["港岛"] if part == "香港岛" else [])
            for district in districts:
                match = re.fullmatch(r"(.+?)[（(](.+)[）)]", district)
                if match:
                    district, island = match.group(1), match.group(2)
                    add(island)
                if keep_district(district):
                    add(district)

    for row in _read_csv("areas.csv"):
        full = RENAME_AREA.get(row["name"], row["name"])
        if keep_district(full):
            add(full, [COUNTY_SHORT[full]] if full in COUNTY_SHORT else [])

    return [_short_value(make_entry(v, DIVISION_QID.get(v, ""), a)) for v, a in rows.items()]


def _short_value(entry: Entry) -> Entry:
    """News writes 芜湖, 广东, 昆山: the short form, when there is one, is the value and
    the official full name an alias, so 芜湖 and 芜湖市 land on one value."""
    shorts = [a for a in entry.aliases if entry.value.startswith(a) and len(a) >= 2]
    if not shorts:
        return entry
    short = shorts[0]
    return make_entry(short, entry.id, [entry.value, *(a for a in entry.aliases if a != short)])


# ---------------------------------------------------------------- Taiwan-listed companies

TW_MARKERS = re.compile(r"(\*|-KY创|-KY|-DR|-创)+$")
# Frequent jieba words that are nevertheless the usual name of the company in news.
# fmt: off
TW_ALLOW = {
    "TPK", "M31", "国巨", "元太", "南电", "达发", "华硕", "广达",
    "和硕", "长荣", "阳明", "灿坤", "英业达", "华航", "台塑", "宏碁",
}
# fmt: on
# fmt: off
# Hand-checked: ordinary words, generic phrases, or clashes jieba's frequency misses.
TW_STOP = {
    "全台", "台端", "进阶", "全域", "庆生", "尖点", "三顾", "高技", "创业家", "太空梭", "必应",
    "精金", "全科", "欣欣", "零壹", "百一", "动力", "再生", "联华", "联发", "恒大", "海光",
    "三洋实业", "三洋电", "利华", "中福", "台富", "大亿", "亚力", "直得", "厚生", "上银",
    "华东", "至上", "无敌", "数字", "世纪", "天宇", "光明", "星云", "加高", "合一", "益得",
    "立德", "安可", "正德", "大甲", "能率", "汉科", "单井", "东联", "华城", "东台", "中台",
    "北基", "大中", "信实", "华安", "中视", "东明", "东科", "统新", "国统", "光环", "易发",
    "安心", "典范", "满心", "绿意", "王座", "精湛", "博大", "新天地", "地心引力",
    "大台北", "云嘉南", "台湾大", "台境", "新零售", "美食",
    "台南", "大洋", "大地", "保绿", "大拓", "红木", "绿河", "青新", "材料", "神州",
    "越南控", "三能", "永道",
    "智通",
    "星通",  # inside 卫星通话
    "明安", "台名", "合正",
    "新海", "新保", "新产", "新门", "士开", "正达", "正基", "国众", "强新", "松和",
    "长广", "台通", "宝一", "日成", "力新", "胜一", "信大", "中连", "万在", "和大", "中工",
    "中天", "至兴", "上品", "上洋", "常广", "天正", "明系", "政伸", "山林水", "合富",
    # other companies better known by the same Chinese name
    "达能",  # Danone
    "安克",  # Anker (安克创新)
    "花王",  # Kao
    "康普",  # CommScope
    "亚信",  # AsiaInfo (亚信科技)
    "网龙",  # NetDragon
    "安集",  # Anji Microelectronics (安集科技)
    # substrings of frequent phrases (导致新…, 建立积极…, 如兴…)
    "致新", "立积", "千如", "如兴", "立诚", "益安", "高力", "同协", "永日", "工信",
}
# fmt: on
# Names in org.tsv that match a TW short name but are a DIFFERENT company; both are
# dropped from org.tw_listed.tsv (the org.tsv entity wins). Same-company matches
# (台积电, 鸿海, 联发科 …) are dropped silently: org.tsv already has them.
TW_IN_ORG_TSV = {
    "中石化": "China Petrochemical Development Corp. vs 中国石化 (Sinopec)",
    "佳能": "TW 佳能 vs Canon",
    "强生": "TW 强生 vs Johnson & Johnson",
    "惠普": "TW 惠普 vs HP",
    "三星": "TW 三星 vs Samsung",
    "华电": "TW 华电 vs China Huadian",
    "华泰": "TW 华泰 vs Huatai Securities",
}


def build_tw(
    words: WordStats, org_names: set[str], other_type_names: set[str]
) -> tuple[list[Entry], dict[str, str]]:
    """Taiwan-listed companies; returns (entries, dropped name -> reason)."""
    entries: dict[str, Entry] = {}
    dropped: dict[str, str] = {}
    with (SRC / "tw_listed_companies" / "tw_equities.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            raw = shadow(row["name"]).strip()
            name = TW_MARKERS.sub("", raw).rstrip("*").strip()
            alias = [raw] if raw != name and "*" not in raw else []
            reason = ""
            if len(name) < 2:
                reason = "shorter than two characters"
            elif name in org_names or any(a in org_names for a in alias):
                reason = "in org.tsv" + (f" ({TW_IN_ORG_TSV[name]})" if name in TW_IN_ORG_TSV else "")
            elif name in other_type_names:
                reason = "a location/person/product name"
            elif name.isascii() and len(name) <= 3 and name not in TW_ALLOW:
                reason = "short Latin acronym"
            elif name in TW_STOP:
                reason = "stoplist"
            elif name not in TW_ALLOW and words.common(name):
                reason = f"jieba frequency {words.freq[name][0]}"
            elif name not in TW_ALLOW and words.boundary_risk(name) >= BOUNDARY_RISK:
                reason = f"boundary risk {words.boundary_risk(name):.2f}"
            if reason:
                dropped[name] = reason
                continue
            assert name not in entries, f"two listed companies share the short name {name}"
            entries[name] = make_entry(name, "", alias)
    return list(entries.values()), dropped


# ---------------------------------------------------------------- surnames

# Compound surnames of the 百家姓 (public domain) that the Faker lists lack.
COMPOUND_SURNAMES = """司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于
单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车
颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 羊舌
微生 梁丘 左丘 东门 西门 南宫 第五""".split()

# Common Japanese surnames in Chinese characters (facts of naming, shadow form). They
# have no population weight here; JAPANESE_WEIGHT lets them count after a title only
# (社长佐藤恒治), never before a bare speech verb (see extract/entities/tables.py).
JAPANESE_SURNAMES = """佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村
清水 山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 青木
坂本 齐藤 福田 太田 西村 藤井 金子 冈本 藤原 三浦 中野 中川 原田 松田 竹内 小野 田村 中山 和田
石田 森田 上田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野
藤本 村田 武田 上野 杉山 增田 小山 大塚 平野 菅原 久保 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地
野村 新井 渡部 石破 岸田 安倍 丰田 柳井 三木 稻盛 盛田 井深 永守 大西 高市 河野 茂木 武藤 赤泽""".split()
JAPANESE_WEIGHT = 0.05


def build_surnames() -> list[tuple[str, float]]:
    """(surname, weight) sorted by weight descending, then by surname."""
    weights: dict[str, float] = {}
    for name in ("surnames_zh_CN.tsv", "surnames_zh_TW.tsv"):
        with (SRC / "surnames_zh" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                surname = shadow(row["surname"]).strip()
                weights[surname] = max(weights.get(surname, 0.0), float(row["weight"]))
    for surname in COMPOUND_SURNAMES:
        weights.setdefault(surname, 0.0)
    for surname in JAPANESE_SURNAMES:
        weights.setdefault(shadow(surname), JAPANESE_WEIGHT)
    return sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))


def write_surnames(rows: list[tuple[str, float]]) -> int:
    """Write surnames.tsv; return the row count."""
    lines = [
        "# format: surname<TAB>weight — one surname per row, shadow form (Simplified); weight ="
        " percent of population (larger of the mainland and Taiwan figures), 0 = no data",
        "# source: Faker 40.63.0 zh_CN + zh_TW last_names (data-sources/surnames_zh);"
        " compound surnames of the 百家姓 (public domain) added with weight 0; common Japanese"
        " surnames (facts, compiled by zh-extract developers) with weight 0.05, enough after a title only",
        "# licence: MIT, see data-sources/surnames_zh/LICENSE (百家姓 additions: public domain)",
        "surname\tweight",
    ]
    lines += [f"{s}\t{w:g}" for s, w in rows]
    (OUT / "surnames.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for surname, _ in rows:
        assert shadow(surname) == surname and 1 <= len(surname) <= 2, surname
    return len(rows)


# ---------------------------------------------------------------- checks


def check_name(file: str, name: str) -> list[str]:
    """Problems with one value or alias."""
    problems = []
    if len(name) < 2:
        problems.append("shorter than two characters")
    if name != name.strip() or "  " in name:
        problems.append("stray white space")
    if any(c in name for c in "\t|\n"):
        problems.append("tab, | or newline inside")
    if _FULLWIDTH.search(name):
        problems.append("full-width ASCII")
    converted = shadow(name)
    if converted != name:
        problems.append(f"not in shadow form (t2s gives {converted})")
    return [f"{file}: {name!r}: {p}" for p in problems]


def check_all() -> dict[str, list[Entry]]:
    """Check every lexicon file; raise AssertionError listing all problems."""
    problems: list[str] = []
    by_type: dict[str, list[Entry]] = {}
    name_types: dict[str, set[str]] = defaultdict(set)
    for kind, files in TYPES.items():
        owner: dict[str, tuple[str, str]] = {}
        qids: dict[str, tuple[str, str]] = {}
        by_type[kind] = []
        for file in files:
            entries = read_lexicon(file)
            by_type[kind] += entries
            values = [e.value for e in entries]
            if values != sorted(values) or len(set(values)) != len(values):
                problems.append(f"{file}: rows not sorted by value or a value repeats")
            for entry in entries:
                if entry.id and not _QID.fullmatch(entry.id):
                    problems.append(f"{file}: {entry.value}: id {entry.id!r} is not a QID")
                if entry.id:
                    if entry.id in qids:
                        problems.append(f"{file}: {entry.value}: QID {entry.id} also on {qids[entry.id]}")
                    qids[entry.id] = (file, entry.value)
                if len(set(entry.aliases)) != len(entry.aliases) or entry.value in entry.aliases:
                    problems.append(f"{file}: {entry.value}: repeated alias")
                for name in entry.names():
                    problems += check_name(file, name)
                    if name in owner and owner[name] != (file, entry.value):
                        problems.append(f"{kind}: {name!r} under {owner[name]} and {(file, entry.value)}")
                    owner.setdefault(name, (file, entry.value))
                    name_types[name].add(kind)
    for name, kinds in sorted(name_types.items()):
        if len(kinds) > 1 and name not in CROSS_TYPE_ALLOWED:
            problems.append(f"{name!r} is listed under several types: {sorted(kinds)}")
    assert not problems, "lexicon check failed:\n  " + "\n  ".join(problems)
    return by_type


# ---------------------------------------------------------------- SOURCES.md


def count_rows(path: Path) -> int:
    """Rows of a TSV data file, without # lines and the header row."""
    lines = [
        ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")
    ]
    return max(len(lines) - 1, 0)


def _comment(path: Path, key: str) -> str:
    """The text of the ``# key:`` line, joined with its indented ``#   `` continuation lines."""
    found: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if found and line.startswith("#  ") and not re.match(r"[a-z_ ]+:", body):
            found.append(body)
        elif found:
            break
        elif body.startswith(f"{key}:"):
            found.append(body.split(":", 1)[1].strip())
    return " ".join(found)


def write_sources() -> None:
    """SOURCES.md: one row per TSV file in extract/data/, read from the files' # lines."""
    lines = [
        "# Data sources",
        "",
        "Generated by `scripts/build_lexicon.py` from the `# source:` and `# licence:` lines",
        "of every TSV file in this folder; rerun the script after adding or editing a file.",
        "Copies of the third-party sources, with their licences and READMEs, are in",
        "`data-sources/`. The package reads only this folder at run time.",
        "",
        "| file | rows | source | licence | generated by |",
        "|---|---:|---|---|---|",
    ]
    for path in sorted(OUT.glob("*.tsv")):
        made_by = "`scripts/build_lexicon.py`" if path.name in GENERATED_FILES else "hand-compiled"
        source = _comment(path, "source").replace("|", "\\|")
        licence = _comment(path, "licence").replace("|", "\\|")
        lines.append(f"| `{path.name}` | {count_rows(path)} | {source} | {licence} | {made_by} |")
    (OUT / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] = ()) -> int:
    """Build all generated files, check everything, write SOURCES.md, print a summary."""
    verbose = "-v" in argv
    words = load_word_stats()

    counts: dict[str, int] = {}
    counts["location.cldr.tsv"] = write_lexicon(
        "location.cldr.tsv",
        build_cldr(),
        "Unicode CLDR 49 territory names (zh, zh_Hant, zh_Hant_HK) via Babel 2.19.0"
        " (data-sources/cldr_zh); short forms added in scripts/build_lexicon.py",
        "Unicode License v3, see data-sources/cldr_zh/LICENSE",
    )
    counts["location.cn.tsv"] = write_lexicon(
        "location.cn.tsv",
        build_cn(),
        "NBS 2023 division codes via modood/Administrative-divisions-of-China"
        " (data-sources/admin_divisions_cn); short forms derived in scripts/build_lexicon.py",
        "WTFPL v2, see data-sources/admin_divisions_cn/LICENSE",
    )
    # Names of the other lexicons decide what the TW file may not claim.
    hand = {name: read_lexicon(name) for name in HAND_FILES}
    before_places = (*HAND_FILES, "location.cldr.tsv", "location.cn.tsv")
    taken = {n for f in before_places for e in read_lexicon(f) for n in e.names()}
    places, places_dropped = build_places(SRC / "places" / "places.tsv", shadow, taken)
    counts["location.places.tsv"] = write_lexicon(
        "location.places.tsv",
        [make_entry(value, "", aliases) for value, aliases in places],
        "rivers, lakes, seas, mountains, islands, economic regions, Hong Kong areas, railway lines,"
        " stations, streets and ports compiled by zh-extract developers (data-sources/places)",
        "CC0, see data-sources/places/LICENSE",
    )
    for name, reason in sorted(places_dropped.items()):
        print(f"places: dropped {name}: {reason}")
    org_names = {n for e in hand["org.tsv"] for n in e.names()}
    bodies = build_gov(SRC / "gov_bodies" / "gov_bodies.tsv", shadow, org_names)
    gov = [make_entry(value, qid, aliases) for value, qid, aliases in bodies]
    counts["org.gov.tsv"] = write_lexicon(
        "org.gov.tsv",
        gov,
        "government bodies of CN, TW and HK with their short forms, compiled by zh-extract"
        " developers (data-sources/gov_bodies); shadow form and values by scripts/build_lexicon.py",
        "CC0, see data-sources/gov_bodies/LICENSE",
    )
    org_names |= {n for e in gov for n in e.names()}
    owners = {n: e.value for e in hand["org.tsv"] + gov for n in e.names()}
    listed, missing, listed_dropped = build_listed(
        SRC / "cn_hk_listed" / "listed.tsv", shadow, owners, lambda n: words.common(n) and n not in TW_ALLOW
    )
    counts["org.cn_listed.tsv"] = write_lexicon(
        "org.cn_listed.tsv",
        [make_entry(value, "", aliases) for value, aliases in listed],
        "mainland and Hong Kong securities short names compiled by zh-extract developers"
        " (data-sources/cn_hk_listed); markers and shadow form by scripts/lexicon/listed.py",
        "CC0, see data-sources/cn_hk_listed/LICENSE",
    )
    org_names |= {n for v, a in listed for n in (v, *a)}
    for value, names in sorted(missing.items()):
        print(f"listed: org.tsv {value} lacks {'|'.join(names)}")
    for name, reason in sorted(listed_dropped.items()):
        print(f"listed: dropped {name}: {reason}")
    other: set[str] = set()
    for name in ("location.tsv", "person.tsv", "product.tsv", "location.cldr.tsv", "location.cn.tsv",
                 "location.places.tsv"):
        entries = hand.get(name) or read_lexicon(name)
        other |= {n for e in entries for n in e.names()}
    tw_entries, dropped = build_tw(words, org_names, other)
    counts["org.tw_listed.tsv"] = write_lexicon(
        "org.tw_listed.tsv",
        tw_entries,
        "TWSE/TPEx short names from twstock 1.5.1 (data-sources/tw_listed_companies),"
        " filtered by scripts/build_lexicon.py",
        "MIT, see data-sources/tw_listed_companies/LICENSE",
    )
    counts["surnames.tsv"] = write_surnames(build_surnames())

    by_type = check_all()
    write_sources()

    for name, count in counts.items():
        print(f"{name}: {count} rows")
    for kind, entries in by_type.items():
        print(f"{kind}: {len(entries)} entities, {sum(len(e.names()) for e in entries)} names")
    print(f"TW short names dropped: {len(dropped)}")
    if verbose:
        for name, reason in sorted(dropped.items()):
            print(f"  {name}\t{reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
