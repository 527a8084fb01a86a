"""Checks of every lexicon file, generated and hand-compiled, run after each build.

A broken hand edit must fail the build, not the matcher at run time, so every row is
checked and all problems are listed in one ``AssertionError``. All files: rows sorted by
value, ids are Wikidata QIDs and name one entity only, no name (value or alias) shorter
than two characters, with stray white space, full-width ASCII or not in shadow form; no
name listed under two entities of the same type (location = the ``location*`` files, org
= the ``org*`` files); a name under two *types* fails too unless listed in
``CROSS_TYPE_ALLOWED`` with a reason.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .rows import Entry, read_lexicon, shadow

# Lexicon files per entity type. The first file of a type is hand-compiled.
TYPES: dict[str, tuple[str, ...]] = {
    "location": ("location.tsv", "location.cldr.tsv", "location.cn.tsv", "location.places.tsv"),
    "org": ("org.tsv", "org.gov.tsv", "org.cn_listed.tsv", "org.tw_listed.tsv"),
    "person": ("person.tsv",),
    "product": ("product.tsv",),
}
# A name that is a legitimate entity of two types. Everything else listed under two
# types fails the build.
CROSS_TYPE_ALLOWED: dict[str, str] = {
    "Arm": "the company (安谋) and the chip architecture (基于Arm的芯片); typed by context",
    "DeepSeek": "the company (深度求索) and its models and app (DeepSeek一体机); typed by context",
}


_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")
_QID = re.compile(r"Q[1-9][0-9]*")


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

