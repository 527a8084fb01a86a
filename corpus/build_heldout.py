"""Build corpus/heldout-*.jsonl from the hand annotations in corpus/heldout_src/.

The gold was written by hand (see HELDOUT.md); this script only turns the annotator's
lists into offsets, so no offset is ever counted by hand. Each mention line is
`code|surface|value|extra|k=v...` in text order and is located with str.find from the
previous match; every claim names its nested mentions by surface (optionally `#n`, the
n-th mention with that surface). Run: python corpus/build_heldout.py numtime
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpus.heldout_lib import sentences  # noqa: E402  (the contract's sentence rule, kept once)

T2S = opencc.OpenCC("t2s")
TYPES = {"m": "money", "p": "percent", "q": "quantity", "d": "date", "u": "duration",
         "P": "person", "O": "org", "L": "location", "R": "product"}
KEYS = {"q": "qualifier", "lo": "low", "hi": "high", "mod": "mod", "fiscal": "fiscal"}
NUMERALS = re.compile(r"[0-9０-９〇零一二兩两三四五六七八九十百千萬万億亿兆半]|[A-Za-z]+")


def num(s: str):
    if s == "-":
        return None
    f = float(s)
    return int(f) if f.is_integer() and "." not in s else f


def parse_value(t: str, s: str):
    if t in ("money", "percent", "quantity"):
        return num(s)
    return None if s == "-" else s


def mention(text: str, pos: int, line: str) -> tuple[dict, int]:
    code, surface, *rest = [x.strip() for x in line.split("|")]
    t = TYPES[code]
    start = text.find(surface, pos)
    if start < 0:
        raise SystemExit(f"not found after {pos}: {line!r}")
    m: dict = {"type": t, "start": start, "end": start + len(surface), "text": surface}
    extras = [x for x in rest if "=" in x]
    plain = [x for x in rest if "=" not in x]
    if t in ("person", "org", "location", "product"):
        m["value"] = plain[0] if plain else T2S.convert(surface)
    else:
        m["value"] = parse_value(t, plain[0]) if plain else None
        if t == "money":
            m["currency"] = plain[1]
        elif t == "percent":
            m["unit"] = plain[1] if len(plain) > 1 else "percent"
        elif t == "quantity":
            m["unit"] = plain[1]
    for x in extras:
        k, v = x.split("=", 1)
        key = KEYS[k]
        if key == "fiscal":
            m[key] = True
        elif key in ("low", "high") and t in ("money", "percent", "quantity"):
            m[key] = num(v)
        else:
            m[key] = v
    assert text[m["start"]:m["end"]] == surface
    return m, start + len(surface)


def pick(mentions: list[dict], ref: str, near: dict | None, sent: tuple[int, int] | None) -> dict:
    surface, _, n = ref.partition("#")
    cands = [m for m in mentions if m["text"] == surface]
    if not cands:
        raise SystemExit(f"no mention {ref!r}")
    if n:
        return cands[int(n) - 1]
    if near is None:
        if len(cands) > 1:
            raise SystemExit(f"ambiguous quantity {ref!r}")
        return cands[0]
    inside = [m for m in cands if sent and sent[0] <= m["start"] and m["end"] <= sent[1]]
    if inside:
        return min(inside, key=lambda m: abs(m["start"] - near["start"]))
    before = [m for m in cands if m["start"] < near["start"]]
    return before[-1] if before else cands[0]


def claim(text: str, mentions: list[dict], sents: list, line: str) -> dict:
    f = [x.strip() for x in line.split("|")]
    f += [""] * (9 - len(f))
    q = pick(mentions, f[0], None, None)
    sent = next(s for s in sents if s[0] <= q["start"] and q["end"] <= s[1])
    ref = lambda x: pick(mentions, x, q, sent) if x else None  # noqa: E731
    return {"sentence": list(sent), "subject": ref(f[1]), "subject_text": f[2] or None,
            "metric": f[3], "quantity": q, "time": ref(f[4]), "change": ref(f[5]),
            "direction": f[6] or None, "basis": f[7] or None, "attribution": ref(f[8])}


def build(article: dict) -> dict:
    text = article["text"]
    mentions, pos = [], 0
    for line in article["mentions"].strip().splitlines():
        if line.strip() and not line.startswith("#"):
            m, pos = mention(text, pos, line)
            mentions.append(m)
    for a, b in zip(mentions, mentions[1:]):
        assert a["end"] <= b["start"], f"overlap {a['text']} {b['text']}"
    sents = sentences(text)
    claims = [claim(text, mentions, sents, c) for c in article["claims"].strip().splitlines()
              if c.strip() and not c.startswith("#")]
    covered = set()
    for m in mentions:
        covered.update(range(m["start"], m["end"]))
    ignore = article.get("ignore", "").split()
    for tok in NUMERALS.finditer(text):
        if not covered.intersection(range(tok.start(), tok.end())):
            ctx = text[max(0, tok.start() - 4):tok.end() + 4]
            if not any(ig in ctx for ig in ignore):
                print(f"  {article['id']}: uncovered {tok.group()!r} in {ctx!r}")
    return {"id": article["id"], "published_at": article["published_at"], "region": article["region"],
            "source": "original writing for zh-extract, CC0", "text": text,
            "mentions": mentions, "claims": claims}


def main(name: str) -> None:
    src = importlib.import_module(f"heldout_src.{name}")
    out = HERE / f"heldout-{name}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for art in src.ARTICLES:
            rec = build(art)
            counts = f"{len(rec['text'])} chars, {len(rec['mentions'])} mentions, {len(rec['claims'])} claims"
            print(f"{rec['id']}: {counts}")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main(sys.argv[1])
