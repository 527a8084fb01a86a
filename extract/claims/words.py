"""Every metric and cue word of one article, found by one automaton pass.

The claim rules ask many questions per figure about short stretches of the shadow text
(which metric word comes last in the comma-run? is there a change verb before the
figure?). Scanning each stretch with a regex alternation cost more than all the rest of
the claims stage. Here the article is scanned once per word list with Aho-Corasick for
every occurrence (overlaps kept), and a question about a stretch is answered from those
occurrences with exactly what the alternation would give: matches left to right, the
longest word at each position, none overlapping, none crossing the stretch's ends. A
word may be refused before some others (`not_before`: the lookahead `(?!以上|以下)`), as
the pattern refuses it, which only sees them when they end inside the stretch too.
"""

from __future__ import annotations

import bisect
import operator
from functools import cache

import ahocorasick_rs


class Found:
    """One word found: `start()`, `end()` and `group()`, as a regex match answers them."""

    __slots__ = ("_start", "_end", "_word", "_refused")

    def __init__(self, start: int, end: int, word: str, refused: int) -> None:
        self._start, self._end, self._word = start, end, word
        self._refused = refused  # a stretch ending here or later sees a word it must not precede

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._word

    def __repr__(self) -> str:
        return f"Found({self._start}, {self._end}, {self._word!r})"


@cache
def automaton(words: frozenset[str]) -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    """One automaton over `words` (built once per list and process) and its word order."""
    order = sorted(w for w in words if w)
    return ahocorasick_rs.AhoCorasick(order, matchkind=ahocorasick_rs.MATCHKIND_STANDARD), order


_NEVER = 1 << 62
_BEGIN, _END = operator.itemgetter(1), operator.itemgetter(2)


def _refused(text: str, end: int, not_before: tuple[str, ...]) -> int:
    """Where a stretch must end, at least, to see a word of `not_before` right at `end`."""
    if not not_before or not text.startswith(not_before, end):
        return _NEVER
    return min(end + len(w) for w in not_before if text.startswith(w, end))


class Words:
    """The occurrences of one word list in one text, asked like `pattern.finditer(text,
    pos, endpos)`, `.search` and `.match`; `only` narrows them to part of the list."""

    def __init__(self, found: list[Found], starts: list[int] | None = None) -> None:
        self._found = found  # by start, the longest word first at each start
        self._starts = [f._start for f in found] if starts is None else starts
        self._only: dict[frozenset[str], Words] = {}

    @classmethod
    def of(cls, text: str, words: frozenset[str], not_before: tuple[str, ...] = ()) -> Words:
        matcher, order = automaton(words)
        hits = matcher.find_matches_as_indexes(text, overlapping=True)
        # by start, the longest first: two stable sorts on plain keys (no two hits share
        # both ends, so this is the order of the key (start, -end))
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_BEGIN)
        found = [Found(start, end, order[i],
                       _refused(text, end, not_before) if not_before and text.startswith(not_before, end)
                       else _NEVER)
                 for i, start, end in hits]
        return cls(found, [h[1] for h in hits])

    def only(self, words: frozenset[str]) -> Words:
        """The occurrences of `words` (a part of this list) alone; kept per part."""
        narrowed = self._only.get(words)
        if narrowed is None:
            narrowed = self._only[words] = Words([f for f in self._found if f.group() in words])
        return narrowed

    def finditer(self, pos: int, endpos: int) -> list[Found]:
        """What an alternation of the words finds in text[pos:endpos], left to right."""
        found: list[Found] = []
        at = pos
        i = bisect.bisect_left(self._starts, pos)
        starts, every = self._starts, self._found
        while i < len(starts) and starts[i] < endpos:
            f = every[i]
            if f._start >= at and f._end <= endpos < f._refused:
                found.append(f)
                at = f._end
            i += 1
        return found

    def search(self, pos: int, endpos: int) -> Found | None:
        """The first word in text[pos:endpos], or None."""
        i = bisect.bisect_left(self._starts, pos)
        starts, every = self._starts, self._found
        while i < len(starts) and starts[i] < endpos:
            if every[i]._end <= endpos < every[i]._refused:
                return every[i]
            i += 1
        return None

    def match(self, pos: int, endpos: int) -> Found | None:
        """The longest word starting right at `pos` and ending by `endpos`, or None."""
        found = self.search(pos, endpos)
        return found if found is not None and found._start == pos else None

