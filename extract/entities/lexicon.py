"""The entity lexicon: every alias of every known entity, matched at once.

`extract/data/<type>.tsv` and `<type>.<source>.tsv` (type = org, person, location,
product) list one entity per row: canonical Simplified `value`, Wikidata `id`, and
`|`-separated aliases, all in shadow form. One Aho-Corasick automaton holds every alias
plus those generic words of `entity_generic.tsv` that contain an alias (上一财年 holds
一财, the short name of 第一财经), so that a name inside a generic word is never reported. The
matcher is built once per process, over `table()`'s words and the entity rules'
trigger words (`entities._matcher`).

An Aho-Corasick automaton rather than spaCy's PhraseMatcher: it scans the raw shadow
text (no tokens needed, so a segmenter that splits 英伟达 into 英/伟达 cannot hide a
name) and is much faster; `tests/benchmarks/bench_entities.py` measures pyahocorasick,
ahocorasick_rs and PhraseMatcher side by side. `Matcher` uses ahocorasick_rs when it is
installed and pyahocorasick otherwise.

Single-character aliases (粤, 京, 美) are not matched: in running text they are far
more often part of another word (京东, 美元) than a name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

from extract.errors import ShadowLengthError
from extract.tables import data_files, read_table
from extract.text.shadow import to_shadow

TYPES = ("org", "location", "person", "product")
GENERIC = "generic"


class Entry(NamedTuple):
    """One alias's meaning: the entity type, canonical value and QID."""

    type: str
    value: str
    id: str | None
    curated: bool  # from the hand-compiled `<type>.tsv`, which wins over generated lists
    source: str = ""  # the data file: location.cn.tsv marks a Chinese division


# An alias occurrence in the shadow text: (start, end, every reading of the alias),
# found by `entities._scan`.
# A plain tuple: a scan makes thousands, and a NamedTuple costs twice as much.
Found = tuple[int, int, tuple[Entry, ...]]


def _files(kind: str) -> list[str]:
    """`<kind>.tsv` first (hand-curated), then the generated `<kind>.<source>.tsv` files."""
    names = data_files(kind)
    return sorted(names, key=lambda n: (n != f"{kind}.tsv", n))


def _aliases(row: dict[str, str], shadows: dict[str, str] | None = None) -> list[str]:
    # The value is matched as written and in its shadow form: t2s turns 昇腾 into 升腾,
    # except where its phrase table reads a name (張昇騰 -> 张昇腾), so both can occur.
    value = row.get("value", "")
    shadow = shadows[value] if shadows is not None else to_shadow(value)
    words = [value, shadow] + row.get("aliases", "").split("|")
    return list(dict.fromkeys(w.strip() for w in words if len(w.strip()) > 1))


def shadows_of(values: list[str]) -> dict[str, str]:
    """value -> `to_shadow(value)` for every value, by one conversion of them all joined by
    line breaks (one OpenCC call instead of 7,000: about a fifth of building the lexicon,
    at start-up). No phrase of the converter holds a line break, so its segments never
    cross one and each value converts as it does alone; when a value holds a line break or
    the joined shadow changes length (a value whose conversion does), each value is
    converted alone. tests/test_entity_lexicon.py compares the two on the shipped tables."""
    distinct = list(dict.fromkeys(values))
    joined = "\n".join(distinct)
    if not any("\n" in v for v in distinct):
        try:
            shadow = to_shadow(joined)
        except ShadowLengthError:
            shadow = None
        if shadow is not None:
            parts = shadow.split("\n")
            if len(parts) == len(distinct) and all(len(a) == len(b) for a, b in zip(parts, distinct)):
                return dict(zip(distinct, parts))
    return {v: to_shadow(v) for v in distinct}


@lru_cache(maxsize=1)
def entries() -> dict[str, tuple[Entry, ...]]:
    """alias -> its readings, curated first, then in TYPES order; one per (alias, type)."""
    table: dict[str, list[Entry]] = {}
    files = [(kind, name) for kind in TYPES for name in _files(kind)]
    shadows = shadows_of([row.get("value", "") for _, name in files for row in read_table(name)])
    for kind, name in files:
        curated = name == f"{kind}.tsv"
        for row in read_table(name):
            entry = Entry(kind, row["value"], row.get("id") or None, curated, name)
            for alias in _aliases(row, shadows):
                readings = table.setdefault(alias, [])
                if all(r.type != kind for r in readings):
                    readings.append(entry)
    return {a: tuple(sorted(r, key=lambda e: not e.curated)) for a, r in table.items()}


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Words that are not entities (entity_generic.tsv)."""
    return frozenset(row["word"] for row in read_table("entity_generic.tsv"))


def _blockers(aliases: set[str]) -> list[str]:
    """The generic words that contain an alias (上一财年 holds 一财; 东方 is one), the
    only ones that can block a name; the others would only cost scan time."""
    return sorted(
        w for w in generic_words()
        if any(w[i:j] in aliases for i in range(len(w)) for j in range(i + 2, len(w) + 1))
    )


class Matcher:
    """All aliases at once: ahocorasick_rs (Rust) when installed, else pyahocorasick.

    Both report every occurrence, overlapping, in code-point offsets; selection among
    them is the caller's. ahocorasick_rs is ~7x faster on Chinese text (see the bench).
    """

    def __init__(self, words: list[str], rust: bool = True) -> None:
        self.words = words
        self.lengths = [len(w) for w in words]
        self._rs: Any = None
        try:
            if not rust:
                raise ImportError("pyahocorasick asked for")
            import ahocorasick_rs

            self._rs = ahocorasick_rs.AhoCorasick(words)
        except ImportError:
            import ahocorasick

            self._py = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for i, w in enumerate(words):
                self._py.add_word(w, i)
            self._py.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(word index, start, end) of every occurrence."""
        if self._rs is not None:
            return self._rs.find_matches_as_indexes(text, overlapping=True)  # type: ignore[no-any-return]
        lengths = self.lengths
        return [(i, last + 1 - lengths[i], last + 1) for last, i in self._py.iter(text)] if self.words else []


class Table(NamedTuple):
    """The lexicon's words (aliases, then blocking generic words) and, per word index,
    its readings and edge flag; `entities` builds the one matcher over them."""

    words: list[str]
    readings: list[tuple[Entry, ...]]
    latin_edge: list[bool]


@lru_cache(maxsize=1)
def table() -> Table:
    """Aliases and blocking generic words, indexed alike; built once per process."""
    aliases = entries()
    generic = (Entry(GENERIC, "", None, True),)
    blockers = _blockers(set(aliases))
    words = list(aliases) + [w for w in blockers if w not in aliases]
    readings = [generic if w in blockers else aliases[w] for w in words]
    edge = [_latin(w[0]) or _latin(w[-1]) for w in words]
    return Table(words, readings, edge)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def bounded(text: str, start: int, end: int) -> bool:
    """A Latin edge must not continue a Latin word: NVIDIA is not inside NVIDIAN."""
    if _latin(text[start]) and start > 0 and _latin(text[start - 1]):
        return False
    return not (_latin(text[end - 1]) and end < len(text) and _latin(text[end]))


@lru_cache(maxsize=1)
def regional() -> dict[str, dict[str, tuple[Entry, ...]]]:
    """region -> alias -> its readings in that region's news (`org_regional.tsv`): 央行 is
    Taiwan's central bank in Taiwan news, 證監會 Hong Kong's in Hong Kong news. The reading
    is the body's own row (its value and QID), found by its full name."""
    out: dict[str, dict[str, tuple[Entry, ...]]] = {}
    for row in read_table("org_regional.tsv"):
        body = next((e for e in lookup(row["value"]) if e.type == "org"), None)
        entry = body or Entry("org", row["value"], None, False, "org_regional.tsv")
        out.setdefault(row["region"], {})[row["alias"]] = (entry,)
    return out


def lookup(word: str) -> tuple[Entry, ...]:
    """The readings of one alias, or () when the lexicon does not know it."""
    return entries().get(word, ())


def is_a(word: str, kind: str) -> bool:
    """Has `word` a reading of type `kind`? The rules ask this of every string before a
    trigger, mostly of strings the lexicon does not know: a dict test, then the readings."""
    readings = entries().get(word)
    return readings is not None and any(e.type == kind for e in readings)


def lexicon_words() -> list[str]:
    """Every alias (two characters or more), for the segmenter's user dictionary."""
    return sorted(entries())
