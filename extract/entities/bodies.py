"""Government and public bodies after a place, their units, and schools.

`place_body`: a place right before a government body (美国商务部, 上海市统计局, 屏山县人民医院):
a listed place as written or before its suffix, an unlisted county or town, a city before
its district (六安市金安区水利局), or a bare suffix standing for the place named before
(桐川县 ... 县水利局 -> 桐川县水利局). `body_unit`: a body, then a unit of it (财政部统计处,
六安市生态环境局金安分局). `school_org`: Taiwan's 國小/國中 after a two-character name
(南興國小); `numbered_school`: a place's numbered middle school (六安一中 -> 六安第一中学).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.entities.lexicon import entries, is_a, lookup
from extract.entities.orgs import _run_start, _stem_stops
from extract.entities.places import open_stem_start
from extract.entities.tables import Draft, boundary, draft, triggers
from extract.tables import read_table
from extract.text.shadow import Shadow

ORDINAL = regex.compile(r"第[一二三四五六七八九十0-9]{1,3}", regex.REVERSE)  # 第二中学, 第一人民医院


def _listed_place_start(text: str, end: int) -> int | None:
    """Start of the longest listed place (2-6 characters) ending at `end`: 美国, 屏山县."""
    for size in range(min(6, end), 1, -1):
        if is_a(text[end - size : end], "location"):
            return end - size
    return None


def _city_before(text: str, start: int) -> int | None:
    """Start of a city (a listed place ending in 市, or one before 市) right before a
    district at `start`: 六安市|金安区. District names repeat from city to city (朝阳区,
    金安区), so a district body is named with its city (六安市金安区水利局)."""
    if text[start - 1 : start] != "市":
        return None
    city = _listed_place_start(text, start)
    return city if city is not None else _listed_place_start(text, start - 1)


def place_body_start(text: str, start: int) -> int | None:
    """Start of the place before a government body at `start`, None when none is there.

    A listed place as written (屏山县, 美国), or one before its administrative suffix
    (上海|市), or an unlisted county or town with its suffix (`places.open_stem_start`:
    桐川县, 杨柳湾村); a district takes its city along (六安市金安区)."""
    ordinal = ORDINAL.match(text, max(0, start - 4), start)
    if ordinal is not None:
        start = ordinal.start()
    suffix = text[start - 1 : start] in triggers("admin_suffix")
    place = _listed_place_start(text, start)
    if place is None and suffix:
        place = _listed_place_start(text, start - 1)
    if place is None and suffix:  # an unlisted county or town: 桐川县应急管理局, 清溪镇人民政府
        return open_stem_start(text, start - 1, start)
    if place is not None and text[start - 1] == "区":
        city = _city_before(text, place)
        return place if city is None else city
    return place


def build_place_body(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """美国商务部, 日本央行: a known place (省/市/州 optional) right before the body; or an
    unlisted place name with its administrative suffix (桐川县应急管理局, 杨柳湾村党支部,
    石桥镇卫生院: `places.py`). An ordinal may stand between place and body (青岚县第二中学,
    上海市第一人民医院); a character of kind `body_not` after the body makes it another
    word (县中学生). A city before a district is part of the name (六安市金安区水利局)."""
    text = shadow.text
    if text[m.end() : m.end() + 1] in triggers("body_not"):
        return None
    start = place_body_start(text, m.start())
    if start is None:
        return _bare_suffix_body(shadow, m.start(), m.end())
    return draft("org", shadow, start, m.end(), full_body(text[start : m.end()]))


@lru_cache(maxsize=1)
def _body_short() -> dict[str, str]:
    """short body word -> its full name (`body_short.tsv`: 发改委 -> 发展和改革委员会)."""
    return {r["short"]: r["full"] for r in read_table("body_short.tsv")}


def full_body(name: str) -> str:
    """A placed body's value with its short body word written in full (湖北省发改委 ->
    湖北省发展和改革委员会, 省市场监管局 -> 市场监督管理局): the gold values local bodies
    by their official names, as the national ones (国家发改委) are in `org.gov.tsv`."""
    for short, full in _body_short().items():
        if name.endswith(short):
            return name[: len(name) - len(short)] + full
    return name


def _bare_suffix_body(shadow: Shadow, body: int, end: int) -> Draft | None:
    """县水利局, 省统计局: a bare administrative suffix standing for the place the article
    named before (桐川县 ... 县水利局 -> 桐川县水利局; 湖北省 ... 省统计局 -> 湖北省统计局),
    valued by that place; None when the suffix continues a word (全县, 本市) or no place
    with that suffix was named before it."""
    text = shadow.text
    ordinal = ORDINAL.match(text, max(0, body - 4), body)
    at = (body if ordinal is None else ordinal.start()) - 1
    suffix = text[at : at + 1]
    if at < 0 or suffix not in triggers("bare_suffix") or (at and not boundary(text, at)):
        return None
    pos = text.rfind(suffix, 0, at)
    while pos > 0:
        place = _listed_place_start(text, pos + 1)
        if place is None:
            place = _listed_place_start(text, pos)
        if place is None:
            place = open_stem_start(text, pos, pos + 1)
        if place is not None:
            return draft("org", shadow, at, end, full_body(text[place : pos + 1] + text[at + 1 : end]))
        pos = text.rfind(suffix, 0, pos)
    return None


def build_school(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """南興國小, 竹林國中: in Taiwan news, a two-character school name before 國小/國中
    (the short forms of 國民小學/國民中學), with the school's 家長會 taken along as its
    body (南興國小家長會). Read only where the region is Taiwan: on the mainland 国小 is
    mostly 中国|小 or 全国|小学. Vetoed when the two characters before 国 make a word
    of kind `school_not` (全国, 中国, 各国), when the head goes on as 学/生 (國小學生 is
    pupils, 全國小學), or when the name holds a function word or a verb of motion
    (的國小, 上國小, 到國小)."""
    text, head = shadow.text, m.start()
    if shadow.region != "TW" or head < 2 or text[m.end() : m.end() + 1] in ("学", "生"):
        return None
    stem = text[head - 2 : head]
    if not all("\u4e00" <= c <= "\u9fff" for c in stem) \
            or text[head - 1 : head + 1] in triggers("school_not"):
        return None
    if any(c in _stem_stops() or c in triggers("place_lead") or c in triggers("school_lead") for c in stem):
        return None
    end = m.end()
    if text.startswith("家长会", end):
        end += 3
    return draft("org", shadow, head - 2, end)


def build_numbered_school(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """六安一中, 北京四中: a listed place, an ordinal numeral, 中, the usual short form of
    the place's numbered middle school, valued by its full name (六安第一中学). The name
    must end there: before punctuation, a function word (的, 和) or a word of the school
    (`school_after`: 校长, 高中部); 上海一中资企业 or 一中学生 stay unread."""
    text, num = shadow.text, m.start("num")
    after = text[m.end() : m.end() + 1]
    if after and "\u4e00" <= after <= "\u9fff" and not boundary(text, m.end() + 1) \
            and after not in triggers("school_after"):
        return None
    place = _listed_place_start(text, num)
    if place is None:
        return None
    return draft("org", shadow, place, m.end(), f"{text[place:num]}第{m.group('num')}中学")


def _body_before(text: str, pos: int) -> int | None:
    """Start of a government body ending at `pos`: a body of `org.gov.tsv` (财政部,
    经济部) or a place's government (高雄市政府); None when none ends there."""
    if pos == 0 or text[pos - 1] not in _body_ends():
        return None  # no body ends in this character: the common case, cut short
    known = entries()
    for size in range(min(12, pos), 1, -1):
        word = text[pos - size : pos]
        if word in known and any(e.type == "org" and e.source == "org.gov.tsv" for e in known[word]):
            return pos - size
    placed = _placed_body_before(text, pos)
    if placed is not None:
        return placed
    if text.endswith("政府", 0, pos):
        placed = next((n for n in range(min(8, pos - 2), 1, -1)
                       if is_a(text[pos - 2 - n : pos - 3], "location")
                       or is_a(text[pos - 2 - n : pos - 2], "location")), 0)
        return pos - 2 - placed if placed else None
    return None


def body_end_before(text: str, pos: int) -> bool:
    """Could a government body end two to five characters before `pos` (where a unit of
    two or more characters would start)? `patterns.propose` asks this before matching
    `body_unit` at a unit ending; the build tests each position itself."""
    return not _body_ends().isdisjoint(text[max(0, pos - UNIT_REACH - 1) : max(0, pos - 2)])


def build_body_unit(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """财政部统计处, 高雄市政府经济发展局: a body, then a unit of it (2-8 characters ending
    in 处/署/局/司/厅) is one org, valued as the body's canonical name + the unit as written
    (国家发改委低空经济发展司 -> 国家发展和改革委员会低空经济发展司)."""
    text, unit, units = shadow.text, _run_start(shadow.text, m.start(), UNIT_REACH), triggers("gov_unit")
    ends = _body_ends()
    for pos in range(unit, m.start() - 1):  # a unit name of two characters or more (not 当局)
        if pos == 0 or text[pos - 1] not in ends:
            continue  # no body ends right before: the common case, tested first
        if any(c in units for c in text[pos : m.start()]):
            continue  # 统计处|处长: the unit ended before
        if m.start() - pos > 5 and _joins_two(text[pos : m.start()]):
            continue  # 农业农村部|联合中国气象|局: a long reach must not join two bodies
        start = _body_before(text, pos)
        if start is not None:  # 国家发改委|低空经济发展司: the body's canonical name + the unit
            body = next((e for e in lookup(text[start:pos]) if e.type == "org"), None)
            value = None if body is None else body.value + text[pos : m.end()]
            return draft("org", shadow, start, m.end(), value)
    return None


UNIT_REACH = 8  # the longest unit name before its ending: 低空经济发展|司, 运行监测协调|局


def _joins_two(unit: str) -> bool:
    """Would a unit name of six characters or more join two bodies: a lead word or
    connective in it (联合, 会同), or a known place or org inside (中国 of 联合中国气象局)?"""
    if any(w in unit for w in triggers("stem_lead")):
        return True
    n = len(unit)
    return any(lookup(unit[i:j]) for i in range(n - 1) for j in range(i + 2, min(n, i + 5) + 1))


@lru_cache(maxsize=1)
def _gov_bodies() -> tuple[frozenset[str], int]:
    """The `gov_body` words and the longest one's length."""
    bodies = triggers("gov_body")
    return bodies, max(map(len, bodies), default=0)


def _placed_body_before(text: str, pos: int) -> int | None:
    """Start of a place + government body ending at `pos` (六安市生态环境局 before
    金安分局), as `build_place_body` reads it; None when none ends there."""
    bodies, longest = _gov_bodies()
    for size in range(min(longest, pos), 1, -1):
        if text[pos - size : pos] in bodies:
            start = place_body_start(text, pos - size)
            if start is not None:
                return start
    return None


@lru_cache(maxsize=1)
def _body_ends() -> frozenset[str]:
    """The last characters of government bodies (部, 委, 局, 府 ...)."""
    ends = {alias[-1] for alias, readings in entries().items()
            if any(e.type == "org" and e.source == "org.gov.tsv" for e in readings)}
    return frozenset(ends | {"府"} | {w[-1] for w in _gov_bodies()[0]})
