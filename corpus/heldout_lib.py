"""Helpers for the held-out gold builders (`build_heldout_*.py`).

The held-out articles are annotated by hand; this module only turns the hand-written
rows into offsets, so that no offset is ever counted by eye. Each mention row is located
with `str.find` from the end of the previous row, each claim names its mentions by
(surface, occurrence), and its sentence is derived from the contract's sentence rule.
Standard library only: the gold must not depend on the extractors it measures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SOURCE = "original writing for zh-extract, CC0"
TERMINATORS = "。！？；;!?"
CLOSERS = "”’」』）)】》\"'"
ENTITY_TYPES = {"person", "org", "location", "product"}
# Characters that a complete annotation must account for: digits and Chinese numerals.
NUMERALS = re.compile(r"[0-9０-９一二三四五六七八九十百千萬万億亿兩两零〇半成]")


def money(text: str, value: float | None, currency: str, q: str | None = None, **kw: Any) -> dict:
    """A money row; `kw` takes low/high for ranges."""
    return _num("money", text, value, q, kw, currency=currency)


def pct(text: str, value: float | None, unit: str = "percent", q: str | None = None, **kw: Any) -> dict:
    """A percent row; unit `pp` for 百分點 and 基點."""
    return _num("percent", text, value, q, kw, unit=unit)


def qty(text: str, value: float | None, unit: str | None, q: str | None = None, **kw: Any) -> dict:
    """A quantity row with its unit in Simplified."""
    return _num("quantity", text, value, q, kw, unit=unit)


def date(text: str, value: str | None, q: str | None = None, **kw: Any) -> dict:
    """A date row; `kw` takes low/high, mod and fiscal."""
    row: dict[str, Any] = {"type": "date", "text": text, "value": value}
    if "low" in kw:
        row["low"], row["high"] = kw.pop("low"), kw.pop("high")
    row["qualifier"] = q
    row.update(kw)
    return row


def dur(text: str, value: str | None, q: str | None = None) -> dict:
    """A duration row with an ISO 8601 value."""
    return {"type": "duration", "text": text, "value": value, "qualifier": q}


def ent(kind: str, text: str, value: str | None = None) -> dict:
    """An entity row; the value defaults to the surface (already Simplified)."""
    assert kind in ENTITY_TYPES, kind
    return {"type": kind, "text": text, "value": text if value is None else value}


def _num(kind: str, text: str, value: float | None, q: str | None, kw: dict, **unit: Any) -> dict:
    row: dict[str, Any] = {"type": kind, "text": text, "value": value}
    if "low" in kw:
        row["low"], row["high"] = kw.pop("low"), kw.pop("high")
    assert not kw, kw
    row["qualifier"] = q
    row.update(unit)
    return row


def sentences(text: str) -> list[tuple[int, int]]:
    """Contract sentences: split on 。！？； ;!? and line breaks, closers kept, whitespace trimmed."""
    spans, start, i = [], 0, 0
    while i < len(text):
        if text[i] == "\n":
            spans.append((start, i))
            start = i = i + 1
            continue
        if text[i] in TERMINATORS:
            end = i + 1
            while end < len(text) and text[end] in CLOSERS:
                end += 1
            spans.append((start, end))
            start = i = end
            continue
        i += 1
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def locate(text: str, rows: list[dict]) -> list[dict]:
    """Give each row its offsets: found in order, each after the previous one's start."""
    out, pos = [], 0
    for row in rows:
        start = text.find(row["text"], pos)
        assert start >= 0, f"not found after {pos}: {row['text']!r}"
        mention = {"type": row["type"], "start": start, "end": start + len(row["text"])}
        mention.update({k: v for k, v in row.items() if k != "type"})
        assert text[mention["start"]:mention["end"]] == mention["text"]
        out.append(mention)
        pos = mention["end"]
    for a, b in zip(out, out[1:]):
        assert a["end"] <= b["start"], f"overlap: {a['text']} / {b['text']}"
    return out


def pick(mentions: list[dict], ref: str | tuple[str, int] | None) -> dict | None:
    """A mention by surface, or by (surface, n) for its n-th occurrence (0-based)."""
    if ref is None:
        return None
    surface, n = (ref, 0) if isinstance(ref, str) else ref
    found = [m for m in mentions if m["text"] == surface]
    assert len(found) > n, f"no occurrence {n} of {surface!r}"
    if isinstance(ref, str):
        assert len(found) == 1, f"{surface!r} is ambiguous: give its occurrence"
    return found[n]


def claim(text: str, mentions: list[dict], spec: dict) -> dict:
    """One claim from a spec with keys q, subj, st, metric, t, ch, dir, basis, attr."""
    quantity = pick(mentions, spec["q"])
    assert quantity is not None and quantity["type"] in {"money", "percent", "quantity"}
    sentence = next([a, b] for a, b in sentences(text) if a <= quantity["start"] and quantity["end"] <= b)
    return {
        "sentence": sentence,
        "subject": pick(mentions, spec.get("subj")),
        "subject_text": spec.get("st"),
        "metric": spec["metric"],
        "quantity": quantity,
        "time": pick(mentions, spec.get("t")),
        "change": pick(mentions, spec.get("ch")),
        "direction": spec.get("dir"),
        "basis": spec.get("basis"),
        "attribution": pick(mentions, spec.get("attr")),
    }


def uncovered(text: str, mentions: list[dict]) -> list[tuple[int, str]]:
    """Numerals and Latin letters outside every mention: each must be a deliberate exclusion."""
    covered = set()
    for m in mentions:
        covered.update(range(m["start"], m["end"]))
    return [(i, text[max(0, i - 4):i + 5]) for i, ch in enumerate(text)
            if i not in covered and (NUMERALS.match(ch) or ch.isascii() and ch.isalpha())]


def missed_surfaces(text: str, mentions: list[dict], skip: set[str]) -> list[tuple[str, int]]:
    """Every occurrence of an annotated entity surface must be annotated, unless skipped."""
    spans = {(m["start"], m["end"]) for m in mentions}
    covered = set()
    for m in mentions:
        covered.update(range(m["start"], m["end"]))
    out = []
    for surface in {m["text"] for m in mentions if m["type"] in ENTITY_TYPES} - skip:
        for hit in re.finditer(re.escape(surface), text):
            if (hit.start(), hit.end()) not in spans and hit.start() not in covered:
                out.append((surface, hit.start()))
    return out


def build(article: dict) -> dict:
    """The JSON record of one article: mentions located, claims resolved, checks run."""
    text = article["text"]
    mentions = locate(text, article["mentions"])
    missed = missed_surfaces(text, mentions, article.get("skip", set()))
    assert not missed, f"{article['id']}: unannotated occurrences {missed}"
    claims = [claim(text, mentions, spec) for spec in article["claims"]]
    used = [(c[k]["start"], c[k]["end"]) for c in claims for k in ("quantity", "change") if c[k]]
    assert len(used) == len(set(used)), f"{article['id']}: a figure used twice"
    return {"id": article["id"], "published_at": article["published_at"], "region": article["region"],
            "source": SOURCE, "text": text, "mentions": mentions, "claims": claims}


def unclaimed(record: dict) -> list[str]:
    """Figures that are neither a claim's quantity nor a change: each must be a deliberate no-claim."""
    used = {(c[k]["start"], c[k]["end"]) for c in record["claims"] for k in ("quantity", "change") if c[k]}
    return [m["text"] for m in record["mentions"]
            if m["type"] in {"money", "percent", "quantity"} and (m["start"], m["end"]) not in used]


def write(path: Path, articles: list[dict], report: bool = True) -> list[dict]:
    """Build and write every article; print what a reviewer must look at by eye."""
    records = [build(a) for a in articles]
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if report:
        for record in records:
            print(record["id"], len(record["text"]), "chars", len(record["mentions"]), "mentions",
                  len(record["claims"]), "claims")
            print("  uncovered:", uncovered(record["text"], record["mentions"]))
            print("  unclaimed:", unclaimed(record))
    return records
