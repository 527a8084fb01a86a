"""A university's school or department is one organization with the university.

corpus/ANNOTATING.md ("Decided calls"): 清华大学经济管理学院 and 香港大學房地產及建設系 are
one org each, the whole span, with no org or location inside. The lexicon (or the org
rule) reads the university; this rule reads on from it over the school's descriptor to
a department head (kind `dept_head` in `entity_triggers.tsv`: 学院, 学系, 系, 研究院 ...),
so the longer span wins the selection. The descriptor is a short run of Han characters
with no function word other than the joining 及/与/和 (房地产及建设, 材料科学与工程); the
university is a known org ending in 大学, or a stem of 2-8 characters after a boundary.
A known company or body right before an institute head (研究院, 研究所: `division_head`) is
one org with it too (华为研究院); a company's department (中原地產研究部) is not.
"""

from __future__ import annotations

import regex

from extract.entities.lexicon import is_a
from extract.entities.tables import Draft, boundary, draft, single_chars, triggers
from extract.text.shadow import Shadow

UNIVERSITY = "大学"
LONGEST_DESC, LONGEST_NAME = 10, 8


def _descriptor_ok(desc: str) -> bool:
    """Is `desc` (between 大学 and the head; may be empty) a school's descriptor: Han, no
    function word but a joining one inside, no second university?"""
    joins = triggers("dept_join")
    stops = single_chars("name_stop", "boundary") - joins
    return all("\u4e00" <= c <= "\u9fff" and c not in stops for c in desc) \
        and UNIVERSITY not in desc and desc[:1] not in joins and desc[-1:] not in joins


def _university_start(text: str, end: int) -> int | None:
    """Start of the university ending at `end` (…大学): the longest known org, else a
    stem of 2-8 Han characters after a boundary."""
    for size in range(min(LONGEST_NAME + 2, end), 2, -1):
        if is_a(text[end - size : end], "org"):
            return end - size
    start = end - 2
    while start > 0 and end - start < LONGEST_NAME + 2 and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and not boundary(text, start):
        start -= 1
    return start if end - start >= 4 and boundary(text, start) else None


def build_dept(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """清华大学经济管理学院, 香港大學房地產及建設系: university, descriptor, department head."""
    text, head = shadow.text, m.start()
    uni = text.rfind(UNIVERSITY, max(0, head - LONGEST_DESC - 2), head)
    if uni < 0 or not _descriptor_ok(text[uni + 2 : head]):
        return _division(m, shadow)
    start = _university_start(text, uni + 2)
    if start is None:
        return None
    return draft("org", shadow, start, m.end())


def _division(m: regex.Match[str], shadow: Shadow) -> Draft | None:
    """华为研究院, 中金研究院: a known org right before an institute head (kind
    `division_head`) is one org with it, valued as written (ANNOTATING.md: a company and a
    named division, XX集团研究院)."""
    text, head = shadow.text, m.start()
    if m.group() not in triggers("division_head"):
        return None
    for size in range(min(LONGEST_NAME, head), 1, -1):
        if is_a(text[head - size : head], "org") and boundary(text, head - size):
            return draft("org", shadow, head - size, m.end())
    return None
