"""Places named by a feature word: a station, port, line, river, state or zone.

`place_feature` (kind `place_feature` in `entity_triggers.tsv`: 站, 东站, 港, 线, 河, 新区,
经济技术开发区 ...): a known place right before the feature word makes one location,
valued as written (汉口站, 东涌东站, 重庆港, 基隆河, 武汉经济技术开发区), and the place is
not a location of its own inside it (the longer span wins in `entities._select`). A country
or continent before the word is left alone (中国站 is a leg of a tour, 美国线 a route).

A name nobody listed takes the features of kind `place_feature_open` (站, 港, 州, 镇, 乡,
村, 县, 街道, 社区, 水库, 河, 溪, 洲, 邨, 山, 岭, 街): 古洞站, 阳逻港, 桑托斯港, 巴拉那州, 兴河镇,
杨家湾村, 鹰嘴山. Before an administrative unit (`place_feature_admin`: 村, 镇, 乡) the stem
may also be a plain noun (石门村, 分水镇, 分水岭乡, 柿子沟村), and a stem does not run across a
unit that ends a name (`place_break`: 清溪镇|滨河街道, 屯马线|锦上路站). Before a water body,
hill, river, street or estate (`place_feature_plain`: 水库, 山, 溪, 河, 洲, 邨, 街) so may a plain
noun right after a stop (在|石板街, 、|大坑溪, 黄|泥塘水库), before a river or stream
(`place_feature_water`) also right after a known place (金安区|清水河; 尖沙咀|核心区街舖 is no
street), but no surname (冯|大山 is a person).

What makes such a stem a name and not a phrase is read from the segmenter: the feature
must not end a dictionary word (网站, 加油站, 出港, 该州, 深水港), and the stem is built
backwards from tokens that are no common word: single characters (古|洞),
transliterations (桑托斯, 帕拉|纳|瓜), a road name before a station (锦|上路). It stops at
a function word, a common word (转向, 扩建, 集装箱) or a known name (武汉|阳逻港, so the
city stays a location of its own); a stem that is itself a word (新建站) is no name.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.entities.lexicon import entries, generic_words, lookup
from extract.entities.tables import (
    PROPER_TAGS,
    STOP_TAGS,
    Draft,
    draft,
    single_chars,
    translit_chars,
    triggers,
)
from extract.text.segment import segmenter
from extract.text.shadow import Shadow

COUNTRIES = "location.cldr.tsv"  # countries and continents: not the place of a station
LONGEST_STEM = 6


@lru_cache(maxsize=1)
def _known_places() -> tuple[frozenset[str], frozenset[str]]:
    """The known places of 2-6 characters that are no country, and their last characters:
    one set test at the character before a feature word drops most positions (香|港, 的|县)
    before any slice is looked up."""
    places = frozenset(w for w, readings in entries().items() if 2 <= len(w) <= 6
                       and any(e.type == "location" and e.source != COUNTRIES for e in readings))
    return places, frozenset(w[-1] for w in places)


def _place_before(text: str, pos: int) -> int | None:
    """Start of the longest known place (2-6 characters, not a country) ending at `pos`."""
    places, lasts = _known_places()
    if pos == 0 or text[pos - 1] not in lasts:
        return None
    for size in range(min(6, pos), 1, -1):
        if text[pos - size : pos] in places:
            return pos - size
    return None


@lru_cache(maxsize=1)
def _open_firsts() -> frozenset[str]:
    """The first characters of the open feature words (站, 港, 街道, 水库 ...)."""
    return frozenset(w[0] for w in triggers("place_feature_open"))


def may_end_place(text: str, pos: int) -> bool:
    """`build_place_feature`'s first tests, for `patterns._spots`: can a place end at `pos`,
    before the feature word there? Either a known place's last character is before it, or
    an open feature word (not 线, 新区) follows two Han characters that are no stop (an
    open stem is at least two long: `open_stem_start`)."""
    if text[pos - 1] in _known_places()[1] or text[pos - 1] in triggers("place_feature_admin"):
        return True  # a known place's end, or 镇 of 兴河镇|工业园
    if text[pos] not in _open_firsts():
        return False
    stops = _stops()
    return pos >= 2 and "\u4e00" <= text[pos - 2] <= "\u9fff" and "\u4e00" <= text[pos - 1] <= "\u9fff" \
        and text[pos - 1] not in stops and text[pos - 2] not in stops


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Single characters a place stem cannot hold: function words and name stops, but not
    the transliteration characters among them (那 of 巴拉那州); counters are read by
    their tags, so 家 of 杨家湾村 stays."""
    return (single_chars("name_stop") - translit_chars()) | single_chars("boundary", "place_lead")


@lru_cache(maxsize=1)
def _run() -> regex.Pattern[str]:
    """Han characters that are no stop, read backwards from where it is matched (one C
    call instead of a Python loop at every feature word)."""
    stops = regex.escape("".join(sorted(_stops())))
    return regex.compile(rf"[\u4e00-\u9fff--[{stops}]]+", regex.REVERSE | regex.V1)


@lru_cache(maxsize=1)
def _breaks() -> frozenset[str]:
    """The one-character features that end a name (kind `place_break`: 线, 站, 镇): a stem
    does not run across one (屯马线|锦上路站), while 河 and 山 may stand inside (兴河镇)."""
    return triggers("place_break")


@lru_cache(maxsize=4096)
def _is_word(word: str) -> bool:
    """Is `word` one word of the segmenter's dictionary? (Cached: short strings.)"""
    return segmenter().cut(word, False) == [word]


@lru_cache(maxsize=4096)
def _first_tag(word: str) -> str:
    """The segmenter's tag of the first token of `word` (cached: short strings)."""
    return segmenter().tag(word, False)[0][1]


Tagged = list[tuple[str, str]]


def _joined(text: str, start: int, pos: int, end: int, names: tuple[str, ...]) -> tuple[bool, Tagged]:
    """Does the feature text[pos:end] join a neighbour in the segmenter's tokens of the
    run around it (网站, 加油站, 深水港, 该州, 站点)? A token ending in the feature that the
    segmenter tags as one of `names` (a place or person's name before an administrative unit:
    白水镇; a place before a hill or stream: 凤凰山, not the person 冯大山; nothing before a
    port: not 深水港, a kind of port) or that is of transliteration characters (马托格罗索州) is a name, not a
    join. Also returns the tagged tokens that end by `pos`, for the stem (one call to the
    segmenter instead of two, where the feature stands alone)."""
    at, cuts, before, crossed = start, set(), [], False
    for token, tag in segmenter().tag(text[start : end + 2], False):
        if at < pos and at + len(token) == end \
                and (tag in names or all(c in translit_chars() for c in token[:-1])):
            cuts.add(pos)  # 马托格罗索州, 白水镇: one token, a place name itself
            crossed = True
        if at + len(token) <= pos:
            before.append((token, tag))
        at += len(token)
        cuts.add(at)
    if pos not in cuts or end not in cuts:
        return True, before
    return False, segmenter().tag(text[start:pos], False) if crossed else before


PLAIN_TAGS = frozenset({"n", "ng"})  # a plain noun may name a village or town: 石门村, 分水镇


def _name_token(token: str, tag: str, after: tuple[str, str] | None, names: tuple[str, ...],
                pair: bool) -> bool:
    """May a token be part of an unlisted place name (see the module docstring), before
    the token `after` of the stem (None: the feature)? Before an administrative unit or a
    plain feature (`names` not empty: 村, 镇, 乡, 水库, 溪, 邨) the last token may be a
    plain noun of two or three characters (石门村, 分水岭乡); where `pair`, also a plain noun
    of two before a last plain single character (柿子|沟|村, 皇后|山|邨). Before a plain
    feature (no "nr" in `names`) a surname or bound morpheme is no part of a stem (冯|大山
    is a person, 长江委|调度水库 a body)."""
    if any(e.type == "location" for e in lookup(token)) or token[-1] in _breaks():
        return False  # a known place stays itself (武汉|阳逻港); 屯马线|锦上路站, 清溪镇|滨河街道
    if len(token) == 1:
        if tag in ("nr", "zg") and names and "nr" not in names:
            return False  # 冯|大山, 长江委|调度|水库: a surname or a bound morpheme
        return tag not in STOP_TAGS and not tag.startswith("u")  # 该|州, 经过|杨家湾
    if tag in PROPER_TAGS or all(c in translit_chars() for c in token):
        return True  # 沙岭 (ns), 桑托斯 (a transliteration)
    if names and tag in PLAIN_TAGS:
        if after is None:
            return len(token) <= 3  # 石门|村, 分水岭|乡
        return pair and len(token) == 2 and len(after[0]) == 1 and after[1] in PLAIN_TAGS  # 柿子|沟|村
    # 锦上路站: a road's name before a station is part of it
    return after is None and len(token) == 2 and token[-1] in triggers("road_end")


def _in_known(text: str, pos: int, end: int) -> bool:
    """Does the feature end a known name after 1-3 characters (维港, which the lexicon
    reads)? Dictionary lookups, tested before the segmenter is asked."""
    known = entries()
    return any(text[pos - k : end] in known for k in range(1, min(3, pos) + 1))


def _is_title(text: str, pos: int) -> bool:
    """Does a title that opens with the feature word stand at `pos` (kind
    `place_feature_title`: 区级|河长 is a river chief, not the river 区级河)? A length
    after the river (河长约, 河长达) is no title."""
    return text[pos : pos + 2] in triggers("place_feature_title") \
        and text[pos + 2 : pos + 3] not in triggers("feature_measure")


def open_stem_start(text: str, pos: int, end: int) -> int | None:
    """Start of an unlisted place name ending at `pos`, read from the segmenter's tagged
    tokens of the run of Han before it; None when no name-like stem of 2-6 characters is
    there."""
    run = _run().match(text, max(0, pos - LONGEST_STEM - 2), pos)
    start = run.start() if run else pos
    if pos - start < 2 or _in_known(text, pos, end) or _is_title(text, pos):
        return None
    feature = text[pos:end]
    unit = feature in triggers("place_feature_admin")
    admin = unit or feature in triggers("place_feature_plain")
    names = ("ns", "nr") if unit else ("ns",) if admin else ()
    joined, tokens = _joined(text, start, pos, end, names)
    if joined:
        return None
    pair = admin and not _is_word(text[pos - 1 : end])  # 城|镇 is a word: 全省|城|镇 no name
    size, after = 0, None
    for token, tag in reversed(tokens):
        if not _name_token(token, tag, after, names, pair):
            break
        if size + len(token) > LONGEST_STEM:
            return None
        size, after = size + len(token), (token, tag)
    stem = text[pos - size : pos]
    if admin and not unit and after is not None and after[1] in PLAIN_TAGS and pos - size > start \
            and (feature not in triggers("place_feature_water") or _place_before(text, pos - size) is None):
        return None  # 长江|调度|水库: a plain noun names a hill or street only after a stop
        # (在|石板街), a river also after a known place (金安区|清水河; not 尖沙咀|核心区街)
    if size < 2 or stem in generic_words() or any(e.type == "location" for e in lookup(stem)):
        return None
    named = PROPER_TAGS | PLAIN_TAGS if admin else PROPER_TAGS
    if _is_word(stem) and _first_tag(stem) not in named \
            and not all(c in translit_chars() for c in stem):
        return None  # 上路站: a common word before the feature
    return pos - size


def build_place_feature(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """汉口站, 东涌东站, 基隆河, 武汉经济技术开发区: a known place, then the feature word;
    古洞站, 桑托斯港, 巴拉那州: an unlisted name-like stem, then an open feature word;
    兴河镇工业园: an unlisted town, then an industrial park (kind `place_feature_zone`)."""
    text = shadow.text
    start = _place_before(text, m.start())
    if start is None and m.group() in triggers("place_feature_open"):
        start = open_stem_start(text, m.start(), m.end())
    if start is None and m.group() in triggers("place_feature_zone") \
            and text[m.start() - 1] in triggers("place_feature_admin"):
        start = open_stem_start(text, m.start() - 1, m.start())  # 兴河镇|工业园
    if start is None:
        return None
    return draft("location", shadow, start, m.end())


COUNTY = regex.compile(r"(\p{Han}{2})县")
NAME_TAGS = frozenset({"ns", "nr", "nz"})


def _county_stem(text: str, m: regex.Match[str]) -> str | None:
    """The name of the county X县 at `m` when X alone may stand for it: no word of its own
    but a place's (屏山 is tagged ns; 全县, 该县, 邻县 are words), nothing the lexicon or
    the generic words know, and X县 a known place or an unlisted one (`open_stem_start`)."""
    stem = m.group(1)
    if stem in generic_words() or lookup(stem):
        return None
    if _is_word(stem) and _first_tag(stem) not in NAME_TAGS:
        return None
    county = m.group()
    if not any(e.type == "location" for e in lookup(county)) \
            and open_stem_start(text, m.end() - 1, m.end()) != m.start():
        return None
    return stem


def county_echoes(text: str, taken: bytearray) -> list[Draft]:
    """A county the article names in full (屏山县, 青岗县, 桐川县, also inside an org: 桐川县红柳
    志愿服务队) is also meant by its bare name elsewhere in it (本报青岗电, 屏山的医院): each
    bare occurrence on characters no mention holds is a location valued as the full name.
    The bare name must not run on into the 县 or into the Han word it starts (屏山县, 青岗村)."""
    stems: dict[str, str] = {}
    for m in COUNTY.finditer(text):
        stem = m.group(1)
        if stem not in stems and (name := _county_stem(text, m)) is not None:
            stems[name] = m.group()
    out: list[Draft] = []
    for stem, county in stems.items():
        for m in regex.finditer(regex.escape(stem), text):
            start, end = m.span()
            after = text[end : end + 1]
            if taken.find(1, start, end) != -1 or after in triggers("admin_suffix"):
                continue
            out.append(Draft(start, end, "location", county))
    return out


@lru_cache(maxsize=1)
def _line_name() -> regex.Pattern[str]:
    """A metro line named by a colour after 捷运 (kind `line_colour`: 捷运绿线)."""
    colours = "".join(sorted(triggers("line_colour")))
    return regex.compile(rf"捷运[{colours}]线")


def line_echoes(text: str, taken: bytearray) -> list[Draft]:
    """A colour line the article names in full after its city (桃园捷运绿线, a
    `place_feature`) is meant by 捷运绿线 and the bare 绿线 elsewhere in it (the gold values
    them as the full name); each free occurrence is a location valued as it. Without the
    full name a bare 绿线 stays no mention (机场捷运与绿线)."""
    if "捷运" not in text:
        return []
    out: list[Draft] = []
    lines: dict[str, str] = {}
    for m in _line_name().finditer(text):
        start = _place_before(text, m.start())
        if start is not None and m.group() not in lines:
            lines[m.group()] = text[start : m.end()]
    for line, full in lines.items():
        for short in (line, line[2:]):
            for m in regex.finditer(regex.escape(short), text):
                s, e = m.span()
                if taken.find(1, s, e) == -1 and all(not (d.start < e and s < d.end) for d in out):
                    out.append(Draft(s, e, "location", full))
    return out


TITLE = regex.compile(r"《[^《》\n]{1,40}》")  # a law, book or paper's title: 《欧洲晶片法》


def storm_in(text: str) -> bool:
    """Does a storm word stand in the text (a substring test per word, no regex scan)?"""
    if "风" not in text:  # every storm word holds it (台风, 飓风, 风暴): one test for most texts
        return False
    return any(w in text for w in triggers("storm_word"))


@lru_cache(maxsize=1)
def _storm_name() -> regex.Pattern[str]:
    """A storm word, then the storm's name in quotes: 台风“桦加沙”."""
    storms = "|".join(sorted(triggers("storm_word"), key=len, reverse=True))
    return regex.compile(rf"(?:{storms})(?P<q>[“\"「])[^”\"」\n]{{1,8}}[”\"」]")


def outside_titles(text: str, drafts: list[Draft]) -> list[Draft]:
    """The drafts minus the locations inside a title in 《》 or a storm's quoted name: a place
    in the name of a law or a book (《欧洲晶片法》, 《香港国安法》) or of a typhoon (台风“桦加沙”,
    after a word of kind `storm_word`) is part of that name, not a location of its own."""
    titles = [(m.start(), m.end()) for m in TITLE.finditer(text)] if "《" in text else []
    if storm_in(text):
        titles += [(m.start("q"), m.end()) for m in _storm_name().finditer(text)]
    if not titles:
        return drafts
    return [d for d in drafts
            if d.type != "location" or not any(a < d.start and d.end < b for a, b in titles)]
