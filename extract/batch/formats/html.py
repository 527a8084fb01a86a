"""HTML pages: the main text, title and date as trafilatura extracts them.

Scripts, styles, navigation and boilerplate never reach the extractors (a
`var price="99億元"` in a script is not money). The record's text is the title line and
the main text; `meta` keeps the URL or path, the title and what trafilatura found, so a
user can tell what was read. Pages whose extraction is empty become error records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extract.batch.fields import from_text
from extract.batch.formats.text import DecodeError, decode
from extract.batch.lines import open_bytes
from extract.batch.options import ReadOptions
from extract.inputs import Input, input_error

# The publication date only from the page's metadata and markup, never guessed from the
# text: trafilatura's extensive search turns a "2025年" in the body into 2025-01-01, and a
# wrong anchor moves every relative date of the article.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def extract_html(html: str | bytes) -> dict[str, Any] | None:
    """trafilatura's main text, title and date of a page, or None when it finds no text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params=DATE_PARAMS,
    )
    if doc is None:
        return None
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return data if (data.get("text") or "").strip() else None


def page_input(html: str | bytes, source: str, id: str, options: ReadOptions, meta: dict[str, Any]) -> Input:
    """One page as an input record (the HTML path shared by files and WARC records)."""
    try:
        found = extract_html(html)
    except Exception as exc:  # trafilatura on hostile markup: this page's error only
        return input_error(source, f"HTML extraction failed: {exc!r}", id)
    if found is None:
        return input_error(source, "HTML page has no main text", id)
    title = (found.get("title") or "").strip()
    body = found["text"].strip()
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    meta = {
        **meta,
        "title": title or None,
        "extracted": "trafilatura",
        "date": found.get("date"),
        "url": found.get("url") or meta.get("url"),
    }
    meta = {k: v for k, v in meta.items() if v is not None}
    return from_text(text, source, id, options, meta, published_at=found.get("date"))


def read_html(path: Path, options: ReadOptions) -> Input:
    """An HTML file as one article, id the file's stem, `meta.path` the file."""
    stem = path.name.split(".")[0] or path.name
    try:
        with open_bytes(path) as stream:
            data = stream.read(options.max_chars * 8)
        text, encoding = decode(data)
    except OSError as exc:
        return input_error(str(path), f"cannot read: {exc.strerror or exc}", stem)
    except (DecodeError, UnicodeDecodeError) as exc:
        return input_error(str(path), f"cannot decode: {exc}", stem)
    meta: dict[str, Any] = {"path": str(path)}
    if encoding != "utf-8":
        meta["encoding"] = encoding
    return page_input(text, str(path), stem, options, meta)
