#!/usr/bin/env python3
"""Build the entity lexicon under ``extract/data/`` from the copies in ``data-sources/``.

Run ``python scripts/build_lexicon.py`` from anywhere (``-v`` also lists every Taiwan
short name dropped, with the reason). The script is deterministic: it reads only
``data-sources/``, the hand-compiled lexicon files and jieba's bundled dictionary, writes
rows sorted by value, and a second run produces byte-identical files. It then checks
*every* lexicon file (generated and hand-compiled) and fails with an ``AssertionError``
on any bad row, so a broken hand edit fails the build.

This file only runs the builders in order: later files may not claim a name an earlier
one holds, so each builder is given the names of the files built before it. Each module
of ``lexicon/`` builds one file and documents its rules:

* ``location.cldr.tsv``   countries, territories and world regions (Unicode CLDR 49), ``lexicon/cldr.py``.
* ``location.cn.tsv``     PRC provinces, prefectures and counties (NBS 2023) and the
  districts of Hong Kong, Macau and Taiwan, ``lexicon/divisions.py``.
* ``location.places.tsv`` rivers, lakes, regions, HK areas, lines, ports …, ``lexicon/places.py``.
* ``org.gov.tsv``         government bodies of CN, TW and HK with short forms, ``lexicon/gov.py``.
* ``org_regional.tsv``    forms of those bodies read in one region only (央行 in TW), ``lexicon/gov.py``.
* ``org.cn_listed.tsv``   mainland and Hong Kong listings by short name, ``lexicon/listed.py``.
* ``org.tw_listed.tsv``   Taiwan-listed companies by exchange short name (twstock),
  ``lexicon/tw_listed.py``.
* ``surnames.tsv``        surnames with frequency weights (Faker zh_CN + zh_TW, plus the
  compound surnames of the public-domain 百家姓), ``lexicon/surnames.py``.
* ``SOURCES.md``          one row per data file in ``extract/data/``, ``lexicon/sources.py``.

Shared by all of them: the shadow form and the file format (``lexicon/rows.py``) and
jieba's word frequencies (``lexicon/words.py``). Hand-compiled files (edited by hand,
only checked here, by ``lexicon/checks.py``): ``location.tsv``, ``org.tsv``,
``person.tsv``, ``product.tsv``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from lexicon.checks import check_all
from lexicon.cldr import build_cldr
from lexicon.divisions import build_cn
from lexicon.gov import build_gov, build_regional, write_regional
from lexicon.listed import build_listed
from lexicon.places import build_places
from lexicon.rows import OUT, SRC, make_entry, read_lexicon, shadow, write_lexicon
from lexicon.sources import write_sources
from lexicon.surnames import build_surnames, write_surnames
from lexicon.tw_listed import TW_ALLOW, build_tw
from lexicon.words import load_word_stats

# The hand-compiled lexicon files, one per entity type (the first file of each type).
HAND_FILES = ("location.tsv", "org.tsv", "person.tsv", "product.tsv")


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
        build_cn(words.common),
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
    regional = build_regional(SRC / "gov_bodies" / "gov_bodies.tsv", shadow)
    values = {e.value for e in gov}
    assert all(v in values for _, _, v in regional), "gov_bodies: a regional form's body is missing"
    counts["org_regional.tsv"] = write_regional(OUT / "org_regional.tsv", regional)
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
