"""The core path: text -> shadow -> extractors -> resolve -> claims -> record.

No spaCy here: extractors are pure functions over the shadow and need no tokens, so the
batch path builds no `Doc` (the spaCy adapter, `extract.spacy_components`, wraps the same
functions for spaCy users). A `Pipeline` holds only its configuration: tables load once
per process on first use and the object pickles, so worker processes, Ray and Dask can
ship it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from extract.errors import ExtractError, InputError
from extract.inputs import Input, InputRecord, from_json
from extract.records import Article, ErrorRecord
from extract.resolve import resolve
from extract.stages import FINDERS, STAGES, finder
from extract.text.published import parse_published_at
from extract.text.region import Region
from extract.text.shadow import Shadow

if TYPE_CHECKING:
    from spacy.tokens import Doc

def make_shadow(text: str, published_at: str | datetime | None = None,
                region: str | None = None) -> Shadow:
    """The shadow with its context, or an `InputError` saying what is wrong with the input."""
    return _context(text, published_at, region)[0]


def _context(text: str, published_at: str | datetime | None,
             region: str | None) -> tuple[Shadow, datetime | None]:
    """The shadow and the article's reference time, read once (a header line is searched
    for only once per article, even when the time is outside `ANCHOR_YEARS`)."""
    if not text.strip():
        raise InputError("empty text")
    if region not in (None, "CN", "TW", "HK"):
        raise InputError(f"region {region!r} is not CN, TW or HK")
    when = reference_time(text, published_at)
    anchor = when if when is None or ANCHOR_YEARS[0] <= when.year <= ANCHOR_YEARS[1] else None
    return Shadow.of(text, region=region, published_at=anchor), when  # type: ignore[arg-type]


# Relative dates (昨日, 去年同期) resolve only against a reference time inside these years:
# at the edge of the calendar (0001-01-01, 9999-12-31) they would leave it, so there they
# stay null, like a relative date with no reference time at all.
ANCHOR_YEARS = (1000, 9899)


def reference_time(text: str, published_at: str | datetime | None) -> datetime | None:
    """The article's publication time: given, else from a header line, else none."""
    if published_at:
        return parse_published_at(published_at)
    from extract.time.dateline import header_published_at

    return header_published_at(text)


def find_mentions(shadow: Shadow, stages: Sequence[str] = STAGES) -> list[Any]:
    """Every stage's mentions, overlaps settled."""
    return resolve(m for stage in stages for m in finder(stage)(shadow))


@lru_cache(maxsize=4)
def _spacy_pipeline(stages: tuple[str, ...], claims: bool, ner: str | None = None) -> Any:
    from extract.spacy_components import COMPONENTS, load

    nlp = load([COMPONENTS[s] for s in stages])
    nlp.add_pipe("zh_resolve", config={"claims": claims, "ner": ner if "entities" in stages else None})
    return nlp


class Pipeline:
    """Text in, validated `Article` out; `pipe` streams and turns bad input into error records.

    `stages` picks extractors (default: all); `claims=False` skips the claims stage;
    `ner="lac"` adds the optional statistical recognizer's persons and locations (the
    `[ner]` extra; much slower, never on by default: `extract/entities/model.py`).
    """

    def __init__(self, stages: Sequence[str] = STAGES, claims: bool = True, ner: str | None = None) -> None:
        unknown = [s for s in stages if s not in FINDERS]
        if unknown:
            raise ValueError(f"unknown stages {unknown}; known: {', '.join(FINDERS)}")
        if ner not in (None, "lac"):
            raise ValueError(f"unknown ner backend {ner!r}; known: lac")
        self.stages = tuple(stages)
        self.claims = claims
        self.ner = ner

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.stages, self.claims, self.ner))

    def __repr__(self) -> str:
        return f"Pipeline(stages={self.stages!r}, claims={self.claims!r}, ner={self.ner!r})"

    def __call__(
        self, text: str, *, id: str = "article", published_at: str | datetime | None = None,
        region: Region | None = None, meta: dict[str, Any] | None = None,
    ) -> Article:
        shadow, when = _context(text, published_at, region)
        mentions = find_mentions(shadow, self.stages)
        if self.ner is not None and "entities" in self.stages:
            from extract.entities.model import add_model_entities

            mentions = add_model_entities(shadow, mentions, self.ner)
        claims = []
        if self.claims:
            from extract.claims import find_claims

            claims = find_claims(shadow, mentions)
        # Every mention was validated when built, its span read from this very text, so
        # the article is assembled without validating each mention a second time.
        return Article.model_construct(
            id=id, text=text, region=shadow.region, meta=meta,
            published_at=when.isoformat() if when else None,
            mentions=mentions, claims=claims,
        )

    def doc(self, text: str, *, published_at: str | datetime | None = None,
            region: Region | None = None) -> Doc:
        """The article as a spaCy `Doc` (tokens, `doc.ents`, `doc.spans`), via the adapter."""
        from extract.spacy_components import set_context

        shadow = make_shadow(text, published_at, region)
        when = shadow.published_at.isoformat() if shadow.published_at else None
        nlp = _spacy_pipeline(self.stages, self.claims, self.ner)
        return nlp(set_context(nlp.make_doc(text), region=shadow.region, published_at=when))

    def pipe(self, inputs: Iterable[Input | str | Mapping[str, Any]]) -> Iterator[Article | ErrorRecord]:
        """One record per input, in order: strings, dicts (`id`, `text`, `published_at`,
        `region`, other keys kept under `meta`) or input records. An error in one article
        never stops the rest; an iterator that raises ends in one error record saying so."""
        for number, item in _guarded(inputs):
            if isinstance(item, str):
                item = InputRecord(f"article-{number}", item, f"<item {number}>")
            elif isinstance(item, Mapping):
                item = from_json(dict(item), f"<item {number}>", f"article-{number}")
            if isinstance(item, ErrorRecord):
                yield item
            else:
                yield self.one(item)

    def one(self, record: InputRecord) -> Article | ErrorRecord:
        """One article or its error record. Bad input raises our named errors; anything
        else is a bug in an extractor, and it too costs only this article: the record
        says so, so that a batch of N inputs still accounts for N outputs."""
        try:
            return self(
                record.text, id=record.id, published_at=record.published_at,
                region=record.region, meta=record.meta,  # type: ignore[arg-type]
            )
        except (ExtractError, ValidationError) as exc:
            return ErrorRecord(
                id=record.id, source=record.source, error=type(exc).__name__, message=str(exc)
            )
        except Exception as exc:  # the batch loop is the one place that catches everything
            return ErrorRecord(
                id=record.id, source=record.source, error=type(exc).__name__,
                message=f"internal error, please report: {exc!r}",
            )


def _guarded(inputs: Iterable[Any]) -> Iterator[tuple[int, Any]]:
    """(number, item) of the inputs; an exception from the iterator itself becomes a last
    error record instead of escaping after the records so far."""
    iterator = iter(inputs)
    number = 0
    while True:
        number += 1
        try:
            item = next(iterator)
        except StopIteration:
            return
        except Exception as exc:
            yield number, ErrorRecord(
                source=f"<item {number}>", error=type(exc).__name__,
                message=f"the input iterator raised {exc!r}; no input after it could be read",
            )
            return
        yield number, item
