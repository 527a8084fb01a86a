"""WARC and ARC archives: each HTML response record is one page on the HTML path.

WARC is read with FastWARC, the faster of the two libraries on our archives
(`tests/benchmarks/bench_batch.py` measures both; figures in docs/batch.md); ARC, which
FastWARC does not read, with warcio. The record's id is the WARC-Record-ID, and `meta`
keeps the target URI and the crawl date (the crawl date is not the publication date,
so it never becomes `published_at`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.batch.formats.html import page_input
from extract.batch.formats.text import DecodeError, decode
from extract.batch.options import ReadOptions
from extract.inputs import Input, input_error

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ").lower()
    return None


def payload_input(
    body: bytes, content_type: str, source: str, id: str, options: ReadOptions, meta: dict[str, Any]
) -> Input:
    """One HTML response body as an input (its declared charset first, else detected)."""
    if len(body) > options.max_chars * 8:
        return input_error(source, f"response of {len(body):,} bytes is over --max-chars", id)
    charset = _charset(content_type)
    try:
        html = body.decode(charset) if charset else decode(body)[0]
    except (LookupError, UnicodeDecodeError):
        try:
            html = decode(body)[0]
        except (DecodeError, UnicodeDecodeError) as exc:
            return input_error(source, f"cannot decode: {exc}", id)
    except DecodeError as exc:
        return input_error(source, f"cannot decode: {exc}", id)
    return page_input(html, source, id, options, meta)


def _is_html(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def read_warc(path: Path, options: ReadOptions) -> Iterator[Input]:
    """Every HTML response of a WARC (plain or gzip/zstd) or ARC file."""
    if path.name.lower().removesuffix(".gz").endswith(".arc"):
        yield from _read_warcio(path, options)
        return
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    name = str(path)
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
                content_type = record.http_headers.get("Content-Type", "") if record.http_headers else ""
                if not _is_html(content_type):
                    continue
                id = record.record_id.strip("<>")
                meta = {
                    "url": record.headers.get("WARC-Target-URI"),
                    "warc_date": record.headers.get("WARC-Date"),
                    "warc_record_id": record.record_id,
                }
                yield payload_input(
                    record.reader.read(), content_type, f"{name}@{record.stream_pos}", id, options, meta
                )
    except OSError as exc:
        yield input_error(name, f"cannot read the archive past this point: {exc}")


def _read_warcio(path: Path, options: ReadOptions) -> Iterator[Input]:
    from warcio.archiveiterator import ArchiveIterator

    name = str(path)
    arc = path.name.lower().removesuffix(".gz").endswith(".arc")
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, arc2warc=True)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                if not _is_html(content_type):
                    continue
                record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
                meta = {
                    "url": record.rec_headers.get_header("WARC-Target-URI"),
                    "warc_date": record.rec_headers.get_header("WARC-Date"),
                    "warc_record_id": None if arc else record_id,
                }
                body = record.content_stream().read()
                where = f"{name}@{records.get_record_offset()}"
                # ARC has no record ids (warcio makes up a random one): the offset is stable
                yield payload_input(
                    body,
                    content_type,
                    where,
                    where if arc else record_id.strip("<>") or where,
                    options,
                    meta,
                )
    except Exception as exc:  # warcio raises plain exceptions on damaged archives
        yield input_error(name, f"cannot read the archive past this point: {exc!r}")
