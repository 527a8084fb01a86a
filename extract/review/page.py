"""`zh-extract show`: records (or articles, extracted first) to one offline review page.

Each article shows its original text with every mention marked by type (one `mark.m`
per mention, value on hover), a side table of the mentions with their normalized
values, and its claims; a claim's row knows its sentence (`data-s`), which the text
wraps in a `.sent` span, so a click can scroll to and mark it. Several articles get an
index with counts per type; error records are listed there, never dropped.
"""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extract.records import TYPES, Article, Claim, ErrorRecord, to_article
from extract.review.markup import Interval, describe, mark_up
from extract.review.render import render, trusted

Record = Article | ErrorRecord


def _first_is_record(lines: Iterable[str]) -> bool:
    """The first non-blank line already has `mentions` (or is an error record)."""
    for line in lines:
        if line.strip():
            try:
                first = json.loads(line)
            except json.JSONDecodeError:
                return False
            return isinstance(first, dict) and ("mentions" in first or "error" in first)
    return False


def _is_records_file(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as stream:
        return _first_is_record(stream)


def _record(line: str, source: str) -> Record:
    """One line of a records file as an article or an error record, never raising."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return ErrorRecord(source=source, error="JSONDecodeError", message=f"invalid JSON: {exc.msg}")
    if not isinstance(data, dict):
        return ErrorRecord(source=source, error="InvalidRecord", message="line is not a JSON object")
    ident = data.get("id")
    try:
        if "error" in data and "text" not in data:
            return ErrorRecord.model_validate(data)
        return to_article(data)
    except ValidationError as exc:
        first = str(exc).splitlines()
        return ErrorRecord(id=ident if isinstance(ident, str) else None, source=source,
                           error="InvalidRecord", message=" ".join(first[:3]))


def _read_records(lines: Iterable[str], name: str) -> Iterator[Record]:
    """Every non-blank line of a records file, as `_record` reads it."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _record(line, f"{name}:{number}")


def _sources(names: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """(name, is a records file) for every file named, folders expanded, sorted."""
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            children = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".jsonl"))
            yield from _sources(str(p) for p in children)
        else:
            yield name, name != "-" and path.suffix == ".jsonl" and path.exists() \
                and _is_records_file(path)


def _stdin() -> Iterator[Record]:
    """Standard input: records as they are (`run ... | show -`), else articles extracted."""
    from extract.batch.readers import read_stdin
    from extract.pipeline import Pipeline

    data = sys.stdin.buffer.read()
    lines = data.decode("utf-8", errors="replace").splitlines()
    if _first_is_record(lines):
        yield from _read_records(lines, "<stdin>")
    else:
        yield from Pipeline().pipe(read_stdin(io.BytesIO(data)))


def load_records(names: Iterable[str]) -> list[Record]:
    """Records files as they are; anything else through the pipeline, as `run` reads it."""
    from extract.batch.readers import read_inputs

    records: list[Record] = []
    pipeline = None
    for name, is_records in _sources(names):
        if name == "-":
            records.extend(_stdin())
        elif is_records:
            with Path(name).open(encoding="utf-8", errors="replace") as stream:
                records.extend(_read_records(stream, name))
        else:
            if pipeline is None:
                from extract.pipeline import Pipeline

                pipeline = Pipeline()
            records.extend(pipeline.pipe(read_inputs([name])))
    return records


def _mention_row(m: Any, key: str, value: str) -> dict[str, Any]:
    return {"type": m.type, "text": m.text, "value": value, "start": m.start, "key": key}


def _brief(m: Any) -> str:
    """A nested mention in a claims cell: its text, and its value when that differs."""
    if m is None:
        return ""
    value = describe(m)
    return m.text if value in (m.text, "null") else f"{m.text} ({value})"


def _claim_row(c: Claim, sentence: int) -> dict[str, Any]:
    subject = _brief(c.subject) or (f"“{c.subject_text}”" if c.subject_text else "")
    return {"s": sentence, "subject": subject, "metric": c.metric or "",
            "quantity": _brief(c.quantity), "time": _brief(c.time), "change": _brief(c.change),
            "direction": c.direction or "", "basis": c.basis or "", "attribution": _brief(c.attribution)}


def article_view(a: Article, n: int) -> dict[str, Any]:
    """What the template needs of one article; `n` makes its keys unique on the page."""
    sentences = list(dict.fromkeys(tuple(c.sentence) for c in a.claims))
    intervals = [Interval(s, e, "span", {"class": "sent", "data-s": f"{n}-{k}"}, -1)
                 for k, (s, e) in enumerate(sentences)]
    rows = []
    for i, m in enumerate(sorted(a.mentions, key=lambda m: (m.start, -m.end))):
        key, value = f"{n}-{i}", describe(m)
        rows.append(_mention_row(m, key, value))
        intervals.append(Interval(m.start, m.end, "mark", {
            "class": f"m t-{m.type}", "data-i": key, "data-type": m.type,
            "data-value": value, "tabindex": "0"}))
    claims = [_claim_row(c, sentences.index(tuple(c.sentence))) for c in a.claims]
    for row in claims:
        row["s"] = f"{n}-{row['s']}"
    return {"id": a.id, "anchor": f"article-{n}", "chars": len(a.text),
            "published_at": a.published_at, "region": a.region, "html": trusted(mark_up(a.text, intervals)),
            "mentions": rows, "claims": claims, "counts": Counter(m.type for m in a.mentions)}


def render_page(records: Iterable[Record], title: str = "zh-extract review") -> str:
    """The whole page as one HTML string."""
    records = list(records)
    views = [article_view(a, n) for n, a in enumerate(r for r in records if isinstance(r, Article))]
    errors = [r for r in records if isinstance(r, ErrorRecord)]
    counts = Counter({t: 0 for t in TYPES})
    for view in views:
        counts.update(view["counts"])
    return render("page.html", title=title, articles=views, errors=errors, counts=counts,
                  total=sum(len(v["mentions"]) for v in views),
                  claims=sum(len(v["claims"]) for v in views))
