"""Taiwan-listed companies: ``data-sources/tw_listed_companies`` -> ``org.tw_listed.tsv``.

Value = the exchange short name in shadow form with the markers ``*``, ``-KY``, ``-DR``
and ``-创`` removed (世芯-KY → 世芯, with 世芯-KY kept as an alias). Most short names are
also ordinary words or fragments of them, hence the filters. A name is dropped when it

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

``TW_ALLOW`` also guards the mainland and Hong Kong listings (``listed.py``) from the
ordinary-word filter.
"""

from __future__ import annotations

import csv
import re

from .rows import SRC, Entry, make_entry, shadow
from .words import WordStats

# Threshold of the cross-boundary score for two-character company names (see docstring).
BOUNDARY_RISK = 0.015

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
    "资通",  # 资通产品: information and communication products in TW trade figures
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


# Characters a name keeps in its value although t2s changes them (ANNOTATING.md: 昇騰 ->
# 昇腾, not 升腾); the shadow form stays the alias that matches.
NAME_KEEP = frozenset("昇")


def _kept(original: str, raw: str, name: str) -> str:
    """The value of `name` (shadow form, markers cut from `raw`) with the characters of
    NAME_KEEP as the original writes them: 昇達科 -> 昇达科."""
    offset = raw.find(name)
    if offset < 0 or not NAME_KEEP & set(original):
        return name
    return "".join(o if o in NAME_KEEP else n for o, n in zip(original[offset : offset + len(name)], name))


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
            entries[name] = make_entry(_kept(row["name"].strip(), raw, name), "", alias)
    return list(entries.values()), dropped

