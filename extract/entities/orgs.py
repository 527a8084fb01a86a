"""Organization names that no lexicon holds: a stem before an organization head.

`org_suffix`: a stem of 2-6 characters after a boundary, then a head (国信证券, 星河科技),
with further heads of a legal name taken along (科技 + 有限公司, 控股 + 集团 + 有限公司). A
place with its administrative suffix may stand in front of the stem (江苏省 + 恒润新材料 +
科技有限公司, 深圳市 + 华达 + 集团): the whole is one org, and the place is not a location of
its own (the longer span wins in `entities._select`). A stem that holds a verb or a
descriptor (助力公司, 释放集团, 具有产业背景的期货公司: words of `entity_generic.tsv`) is a
phrase, not a name.

`committee`: a legislature and its committee are one org (立法院财政委员会).
Place + government body, body units and schools are in `bodies.py`.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from extract.entities.lexicon import Entry, entries, generic_words, lookup
from extract.entities.places import open_stem_start
from extract.entities.tables import Draft, boundary, draft, starts_with, triggers
from extract.text.segment import segmenter
from extract.text.shadow import Shadow

# Places that open registered company names (香港中华煤气, 台湾大哥大) besides the Chinese
# divisions; a country before a company is a location of its own (日本|三菱汽车).


@lru_cache(maxsize=1)
def _legal() -> tuple[frozenset[str], int, frozenset[str]]:
    """The legal-form heads, the longest one's length, and their first characters."""
    legal = triggers("org_legal")
    return legal, max(map(len, legal), default=0), frozenset(w[0] for w in legal)


def chain_end(text: str, end: int) -> int:
    """科技 + 有限公司, 控股 + 集团 + 有限公司: legal-form heads after the first belong to it."""
    legal, longest, firsts = _legal()
    grown = end < len(text) and text[end] in firsts
    while grown:
        grown = False
        for size in range(min(longest, len(text) - end), 1, -1):
            if text[end : end + size] in legal:
                end, grown = end + size, True
                break
    return end


def modifies(text: str, end: int) -> bool:
    """Does a word after the head at `end` make the head a modifier (科技股, 银行业, 食品
    行业)? The one-character 股 that opens a word of its own does not: 晶宇科技|股价 is the
    company's share price, 股东 its shareholders."""
    if not starts_with(text, end, "head_modifier"):
        return False
    words = triggers("head_modifier")
    if any(text[end : end + n] in words for n in (2, 3)):
        return True  # 行业, 板块, 展览会: a word of its own
    return not _is_dict_word(text[end : end + 2])


@lru_cache(maxsize=4096)
def _is_dict_word(word: str) -> bool:
    """Is `word` (two characters) one word of the segmenter's dictionary (股价, 股东)?"""
    return len(word) == 2 and segmenter().cut(word, False) == [word]


@lru_cache(maxsize=1)
def _opening_places() -> frozenset[str]:
    """Chinese divisions and home places, which may open a company's registered name."""
    return frozenset(
        alias for alias, readings in entries().items()
        if any(e.type == "location" and (e.source == "location.cn.tsv" or e.value in triggers("home_place"))
               for e in readings)
    )


def _place_end(text: str, start: int) -> int | None:
    """End of one or more places at `start` (江苏省, 广东省深圳市), None when none is there."""
    end, pos, places = None, start, _opening_places()
    while True:
        size = next((n for n in range(min(6, len(text) - pos), 1, -1) if text[pos : pos + n] in places), 0)
        if not size:
            return end
        pos += size
        if text[pos : pos + 1] and text[pos] in triggers("place_suffix"):
            pos += 1
        end = pos


def _open_place_end(text: str, start: int, head: int) -> int | None:
    """End of an unlisted county or town with its suffix at `start` (桐川县|红柳|志愿服务队), by
    `places.open_stem_start`; a suffix character is pre-tested before any segmenter call."""
    suffixes = triggers("admin_suffix")
    for pos in range(start + 2, min(start + 7, head - 1)):
        if text[pos] in suffixes and open_stem_start(text, pos, pos + 1) == start:
            return pos + 1
    return None


def _known_lead(desc: str) -> Entry | None:
    """The known organization a name starts with (字节跳动 in 字节跳动科技有限公司), if any."""
    for size in range(len(desc), 1, -1):
        org = next((e for e in lookup(desc[:size]) if e.type == "org"), None)
        if org is not None:
            return org
    return None


def _placed(text: str, head: int, end: int, start: int) -> tuple[int, Entry | None] | None:
    """Start of place + descriptor before the head at `head` (江苏省|恒润新材料|科技), or None;
    with the known organization the name is the legal name of, if any.

    The descriptor is 2-8 characters of Han with no function word or generic word that is
    not a bare place. A known organization in it makes the whole its legal name only
    with a legal form (北京字节跳动科技有限公司 -> 字节跳动); before a bare 公司 the place
    stays a location of its own (美国|英伟达公司). `start` is where the run of Han before
    the head starts (`_run_start(text, head, 16)`): the name can only start there."""
    if head - start < 4 or not boundary(text, start):
        return None
    place_end = _place_end(text, start)
    if place_end is None:
        place_end = _open_place_end(text, start, head)
    if place_end is None or not 2 <= head - place_end <= 8 or _bad_stem(text[place_end:head], False):
        return None
    known = _known_lead(text[place_end:end])
    legal = any(w in text[head:end] for w in ("有限", "股份", "集团"))
    return (start, known) if known is None or legal else None


def _across_place(text: str, start: int) -> int:
    """Where a name may start when the run of Han before a head starts at `start`: further
    back when a function character that ended the run is inside a place or a known org that
    opens the name (成都|市蓝天环保 -> 成都市蓝天环保: 都 is a stop, 成都 a place; 华为 of
    华为技术(深圳)有限公司), else `start`."""
    if start == 0 or text[start - 1] not in _stem_stops():
        return start
    for back in range(start - 1, max(-1, start - 5), -1):
        if not boundary(text, back):
            continue
        end = _place_end(text, back)
        if end is not None and end >= start:
            return back
        if any(any(e.type == "org" for e in lookup(text[back:k])) for k in range(start + 1, start + 4)):
            return back
    return start


def _stem_start(text: str, end: int, run16: int) -> int | None:
    """Start of the 2-6 character stem before an org head: after a boundary, or after a
    connective inside the run (更多公司包括|星河科技); None when neither is there.
    `run16` is the run's start 16 characters back, which `_placed` read: clipped to six
    it is the run's start six back (one regex match at the head instead of two)."""
    start = max(run16, end - 6)
    if end - start >= 2 and boundary(text, start):
        return start
    run = text[start:end]
    cut = max((run.rfind(w) + len(w) for w in triggers("stem_lead") if w in run), default=-1)
    return start + cut if cut > 0 and end - start - cut >= 2 else None


@lru_cache(maxsize=1)
def _stem_stops() -> frozenset[str]:
    return triggers("name_stop") | triggers("boundary")


@lru_cache(maxsize=1)
def _run() -> regex.Pattern[str]:
    """Han characters that are no function word, read backwards from where it is matched
    (REVERSE: `match(text, pos, endpos)` is anchored at endpos); one C call instead of a
    Python loop over characters at every organization head."""
    stops = regex.escape("".join(sorted(c for c in _stem_stops() if len(c) == 1)))
    return regex.compile(rf"[\u4e00-\u9fff--[{stops}]]+", regex.REVERSE | regex.V1)


def _run_start(text: str, end: int, longest: int) -> int:
    """Start of the run of Han without a function word that ends at `end`, at most
    `longest` characters back."""
    m = _run().match(text, max(0, end - longest), end)
    return m.start() if m else end


def _known_tail(name: str, stem: str, head_end: int) -> tuple[int, Entry | None]:
    """Where a known organization starts inside `name`, with its lexicon entry:
    包括沐曦股份 -> 沐曦股份 (an alias), 德国大众汽车集团 -> 大众汽车 + 集团 (an alias ends at
    the first head, `head_end` into the name), 包括华为公司 -> 华为 + 公司 (the stem ends in one)."""
    known = entries()  # one dict, read directly: this runs at every head with a stem
    for i in range(len(stem) - 1):
        for word in (name[i:], name[i:head_end], stem[i:]):
            readings = known.get(word)
            org = next((e for e in readings if e.type == "org"), None) if readings else None
            if org is not None:
                return i, org
    return 0, None


def _has_generic(stem: str) -> bool:
    """Does a generic word (2+ characters) open or close the stem (全资|子, 第三|季度), or
    make up all but one character of it? One inside a longer name leaves it a name
    (中能|海外|能源: the generic 海外 is a part of the company's name)."""
    words, n = generic_words(), len(stem)
    if n <= 3:
        return any(stem[i:j] in words for i in range(n - 1) for j in range(i + 2, n + 1))
    return any(stem[:j] in words for j in range(2, n + 1)) or any(stem[i:] in words for i in range(n - 1))


def _bad_stem(stem: str, place_ok: bool) -> bool:
    """Generic (初创, 上市), ends in a counter (两家), or a bare place (美国公司)."""
    if stem[-1] in triggers("stem_end") or _has_generic(stem) or stem in triggers("org_suffix") \
            or stem.startswith(_legal_starts()) or stem in triggers("deictic_place") or _counted(stem):
        return True  # a head before a head names no company: 生物科技, 股份有限|公司
    return not place_ok and any(e.type == "location" for e in lookup(stem))


def _counted(stem: str) -> bool:
    """A numeral or pronoun with its counter inside the stem (中国|一家|航空公司, kind
    `stem_counter`) makes it a phrase: a counter is never part of a name."""
    return ("家" in stem or "间" in stem) and any(w in stem for w in triggers("stem_counter"))


@lru_cache(maxsize=1)
def _legal_starts() -> tuple[str, ...]:
    """What a stem may not start with: 有限 or a legal-form head (built once, not per stem)."""
    return ("有限", *triggers("org_legal"))


@lru_cache(maxsize=1)
def _lead_firsts() -> frozenset[str]:
    """The first characters of the stem-lead words: a stem starting with none has no lead."""
    return frozenset(w[0] for w in triggers("stem_lead"))


COMMITTEE = "委员会"


def _committee_start(text: str, head: int) -> int | None:
    """Start of a legislature's committee before 委员会 at `head` (立法院|财政|委员会,
    联邦议院(Bundestag)|预算|委员会): a descriptor of 2-8 Han characters right after a
    word of kind `legislature`, or after a bracketed gloss that follows one. None when
    no legislature stands before."""
    for start in range(head - 2, max(0, head - 8) - 1, -1):
        if not "\u4e00" <= text[start] <= "\u9fff":
            break
        if any(text.endswith(w, 0, start) for w in triggers("legislature")) or _gov_before(text, start):
            return start
        if text[start - 1 : start] == ")":
            opening = text.rfind("(", max(0, start - 40), start)
            if opening > 0 and any(text.endswith(w, 0, opening) for w in triggers("legislature")):
                return start
    return None


def _gov_before(text: str, pos: int) -> bool:
    """Does a government body of `org.gov.tsv` end at `pos` (中国人民银行|货币政策委员会)?"""
    words = (text[pos - n : pos] for n in range(2, min(pos, 10) + 1))
    return any(e.source == "org.gov.tsv" for word in words for e in lookup(word))


def _legislature_start(text: str, pos: int) -> int | None:
    """Start of the legislature or government body that ends at `pos` (a `legislature` word
    or an org), taking along a longer known org that ends there (桃园市议会, 德国联邦议院,
    中国人民银行); None when none ends there."""
    word = next((w for w in triggers("legislature") if text.endswith(w, 0, pos)), "")
    for size in range(min(pos, 10), max(len(word), 1), -1):  # longest first; or a body: 中国人民银行
        if any(e.type == "org" for e in lookup(text[pos - size : pos])):
            return pos - size
    return pos - len(word) if word else None


def build_committee(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """立法會交通事務委員會, 立法院財政委員會: a legislature and its committee are one org
    (ANNOTATING.md: a body and its unit), valued as written. After a bracketed gloss
    (聯邦議院(Bundestag)預算委員會) the committee is an org of its own."""
    text, head = shadow.text, m.start()
    if head == 0 or not "\u4e00" <= text[head - 1] <= "\u9fff":
        return None
    start = _committee_start(text, head)
    if start is None:
        return None
    whole = _legislature_start(text, start)
    return draft("org", shadow, start if whole is None else whole, m.end())


PLACE = 1  # org_suffix's group `place`, by number (a group name costs an exception a call)


def build_org_suffix(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """国信证券, 香港科技园公司: a stem after a boundary, then an organization head;
    江苏省恒润新材料科技有限公司: a place, a descriptor, then the heads. A legislature's
    committee is left to `build_committee` (立法院财政委员会)."""
    text, head = shadow.text, m.start()
    if head == 0 or not "\u4e00" <= text[head - 1] <= "\u9fff":
        if head and text[head - 1] == ")":
            return _placed_in_brackets(m, shadow)
        return None  # no Han stem before the head (，公司表示): the common case, cut short
    run16 = _run_start(text, head, 16)
    if head - run16 < 2:
        return None  # a run of one Han character before the head holds no stem (的公司)
    if m.group() == COMMITTEE and _committee_start(text, head) is not None:
        return None
    end = chain_end(text, m.end())
    if modifies(text, end):
        return None
    run16 = _across_place(text, run16)  # 成都|市, 华为|技术: a stop inside a place or a known name
    placed = _placed(text, head, end, run16)
    if placed is not None:
        known = placed[1]
        if known is not None:
            return draft("org", shadow, placed[0], end, known.value, known.id)
        return draft("org", shadow, placed[0], end)
    start = _stem_start(text, head, run16)
    if start is None:
        return None
    name, stem = text[start:end], text[start : m.start()]
    own = m.group() in triggers("subsidiary_head")  # 凯基|投顾 is a firm of its own
    skip, org = (0, None) if own else _known_tail(name, stem, len(stem) + len(m.group()))
    if org is not None:
        return draft("org", shadow, start + skip, end, org.value, org.id)
    lead = _lead_end(stem)
    if len(stem) - lead < 2 or _bad_stem(stem[lead:], m.group(PLACE) is not None):
        return None
    return draft("org", shadow, start + lead, end)


def _lead_end(stem: str) -> int:
    """Where the name starts in a stem after a lead word (`stem_lead`: a verb, connective or
    category word): after the last one in it that leaves two characters (包括|星河, 上市公司|华宇,
    母公司|星河控股), or after one that opens it and leaves less (更多|公司: then no name), else
    0. Most stems hold no lead word's first character: one set test."""
    firsts = _lead_firsts()
    if stem[0] in firsts and (lead := next((w for w in triggers("stem_lead") if stem.startswith(w)), "")):
        if len(stem) - len(lead) < 2:
            return len(lead)  # 更多|公司: nothing is left of a name
    if not any(c in firsts for c in stem[:-2]):
        return 0
    head = stem[:-2]  # a lead word must leave two characters after it
    return max((head.rfind(w) + len(w) for w in triggers("stem_lead") if w in head), default=0)


def _placed_in_brackets(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """君泽生物科技(苏州)股份有限公司, 华为技术(深圳)有限公司: a place in brackets between a
    name and its legal form is part of the registered name, one org with it (the place is
    no location of its own). The name before the brackets is read as before a head."""
    text, head = shadow.text, m.start()
    opening = text.rfind("(", max(0, head - 7), head - 1)
    if opening < 2 or m.group() not in triggers("org_legal") or not "\u4e00" <= text[opening - 1] <= "\u9fff":
        return None
    place = text[opening + 1 : head - 1]
    if len(place) < 2 or not any(e.type == "location" for e in lookup(place)):
        return None
    start = _stem_start(text, opening, _across_place(text, _run_start(text, opening, 16)))
    if start is None or _bad_stem(text[start:opening], False):
        return None
    known = _known_lead(text[start:opening])  # 华为 of 华为技术(深圳)有限公司
    if known is not None:
        return draft("org", shadow, start, chain_end(text, m.end()), known.value, known.id)
    return draft("org", shadow, start, chain_end(text, m.end()))


LATIN_BEFORE = regex.compile(r"""
    (?<![A-Za-z0-9&.\-])                    # a Latin name that starts here
    [A-Z][A-Za-z0-9&.\-]*                   # capitalized: Galaxy, AT&T, X.AI
    (?:\ [A-Z][A-Za-z0-9&.\-]*){0,3}        # of up to four words: Galaxy Tech
    \Z                                      # ending right before the head
""", regex.VERBOSE)


def build_latin_org(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """Galaxy Tech公司, Mistral集团: a capitalized Latin name (not an acronym of three
    letters or fewer, not a generic term) right before a company head; the span is the
    name, as for a known one (OpenAI公司 -> OpenAI). Read backwards from the head."""
    text, head = shadow.text, m.start()
    if head == 0 or not text[head - 1].isascii() or not text[head - 1].isalnum():
        return None
    found = LATIN_BEFORE.search(text, max(0, head - 48), head)
    if found is None:
        return None
    word = found.group()
    if word in generic_words() or (word.isupper() and len(word) <= 3):
        return None
    if any(e.type != "org" for e in lookup(word)):
        return None  # a known product before 公司 is still the product
    return draft("org", shadow, found.start(), head)
