"""PRC, Hong Kong, Macau and Taiwan divisions: ``data-sources/admin_divisions_cn`` -> ``location.cn.tsv``.

Provinces get the full name as value and the short form (广东; 内蒙古, 广西, 西藏, 宁夏,
新疆 for the autonomous regions) as alias. Prefectures likewise (深圳市 → 深圳; 地区, 盟
and the ethnic names of 自治州 are stripped: 延边朝鲜族自治州 → 延边). A prefecture short
form is dropped when it is the short form of a province (吉林, 海南 belong to the
provinces) or is listed in ``PREFECTURE_SHORT_STOP`` (ordinary words or other readings:
朝阳, 日照, 开封, 安康, 白银, 来宾, 中卫, 大理, 中山 …). That list was made by reviewing
every short form that jieba's dictionary knows with frequency >= 20; jieba's tags are too
noisy to decide automatically (石家庄 is tagged nr, 大连 d, 合肥 n). Counties and
districts are kept in FULL form only (昆山市, 浦东新区). Dropped: generic district names
(城区, 郊区, 东区, 新城区, 市中区 … see ``GENERIC_DISTRICT_CORES``) and statistical units
that are not administrative divisions (开发区, 园区, 示范区, 管理区 …) except the real new
areas in ``NEW_AREA_KEEP``. A full name shared by several counties (朝阳区 in Beijing and
Changchun, 南山区 in Shenzhen and Hegang) is kept ONCE: the row stands for the place
name, not for one division. Hong Kong, Macau and Taiwan: districts in full form (the
same generic filter drops 东区, 南区, 北区, 中西区); Taiwan's cities and counties also get
their short form (台北市 → 台北; 新竹, 嘉义 go to the city, not the county). Finally the
short form, where there is one, becomes the value (see :func:`_short_value`).

Taiwan's districts and townships are written bare in Taiwan news (潭子, 平鎮, 楠梓, 汐止): the
bare name is a row of its own, valued as written like the full one (平镇, 平镇区), unless it
is an ordinary word (jieba frequency >= 20: 太平, 和平, 清水, 观音, 将军), of one character, a
mainland county's name too (新化, 永靖) or listed in ``TAIWAN_BARE_STOP`` (三民, 和美, 福兴).
The statistical-unit filter does not apply there (桃园区 is a district, not a 园区).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Sequence

from .rows import SRC, Entry, make_entry, shadow

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


# Two-character forms of Taiwan cities in Taiwan news (北市府, 北市议员); 高市 is left out (高市早苗).
# Read only outside mainland news (kind `outside_mainland` in entity_triggers.tsv).
TAIWAN_CITY_ABBR = {"台北市": ("北市",)}
# Bare Taiwan district names that read otherwise in news: a word jieba does not list
# often, a company, or a village name found all over the mainland.
TAIWAN_BARE_STOP = {
    "三民",  # 三民主义, 三民书局
    "和美",  # harmonious (和美乡村)
    "大村",  # a big village; a Japanese surname
    "暖暖",  # reduplicated given name
    "福兴",  # TW-listed company
    "茂林",  # TW-listed company (茂林-KY)
    "池上",  # Japanese surname; 池上便当
    "石冈",  # Japanese surname
    "双溪",  # generic "two streams"
    "南庄",  # village name all over the mainland
    "新庄",  # village name all over the mainland
    "新园",  # generic "new park"
    "金峰",  # given name
    "北港",  # generic "north port"
    "西港",  # generic "west port"
    "东港",  # generic "east port"
}


def taiwan_bare(full: str, common: Callable[[str], bool], mainland: set[str]) -> str:
    """The bare form of a Taiwan district or township (潭子区 → 潭子), or "" when it is an
    ordinary word, a single character, listed in ``TAIWAN_BARE_STOP`` or the name of a
    mainland county too (新化 of 新化县, 永靖 of 永靖县)."""
    bare = full[:-1] if full[-1] in "区乡镇市" else full
    if len(bare) < 2 or bare == full or common(bare) or bare in TAIWAN_BARE_STOP:
        return ""
    return "" if any(bare + suffix in mainland for suffix in DIVISION_SUFFIXES) else bare


def build_cn(common: Callable[[str], bool] = lambda _w: True) -> list[Entry]:
    """PRC provinces, prefectures and counties; HK, Macau and Taiwan districts.

    `common` tells an ordinary word (the bare Taiwan district names it accepts become
    aliases); the default accepts none."""
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

    areas = _read_csv("areas.csv")
    mainland = {shadow(row["name"]) for row in areas}
    special = json.loads((SRC / "admin_divisions_cn" / "HK-MO-TW.json").read_text(encoding="utf-8"))
    # Taiwan cities and counties first, so that 新竹 and 嘉义 go to the city.
    taiwan = special.get("台湾省", {})
    for level in ("市", "县"):
        for full in taiwan:
            if full.endswith(level):
                add(full, [full[:-1], *TAIWAN_CITY_ABBR.get(full, ())])
    for region, parts in special.items():
        for part, districts in parts.items():
            if region != "台湾省" and part not in ("澳门外岛",):
                add(part, ["港岛"] if part == "香港岛" else [])
            for district in districts:
                match = re.fullmatch(r"(.+?)[（(](.+)[）)]", district)
                if match:
                    district, island = match.group(1), match.group(2)
                    add(island)
                if region == "台湾省" and len(district) >= 3 and not _generic_district(district):
                    add(district)
                    bare = taiwan_bare(shadow(district), common, mainland)
                    if bare:
                        add(bare)  # its own row: 平镇 and 平镇区 are each valued as written
                elif keep_district(district):
                    add(district)

    for row in areas:
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

