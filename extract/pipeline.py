"""The spaCy host: the only module that imports spaCy.

`load()` builds a `Language` whose tokenizer segments the *shadow* text with rjieba and
slices the *original* at the same offsets, so `Doc.text` is the article as received and
every token, span and mention indexes it. Extractors are registered components that
wrap the pure `find_<type>` functions; `zh_resolve` settles overlaps between them and
fills `doc.ents`. Every mention, numbers and times included, is on `doc._.mentions`;
`token_spans(doc, mentions)` turns any of them into spaCy spans on demand (building
spans for every number in every article would cost more than extracting them).
"""

from __future__ import annotations

import importlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from functools import lru_cache
from itertools import accumulate
from typing import Any

import regex
import rjieba
from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .errors import ExtractError, InputError, OffsetError
from .io import Input, InputRecord
from .published import parse_published_at, published_from_header
from .records import ENTITY_TYPES, Article, ErrorRecord
from .shadow import Region, Shadow

for _name in ("shadow", "mentions", "claims"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Component name -> the pure function it wraps ("module:function", imported lazily).
FINDERS = {
    "zh_money": "extract.extractors.money:find_money",
    "zh_percent": "extract.extractors.percent:find_percent",
    "zh_quantity": "extract.extractors.quantity:find_quantity",
    "zh_date": "extract.extractors.date:find_date",
    "zh_duration": "extract.extractors.duration:find_duration",
    "zh_entities": "extract.extractors.entities:find_entities",
}
DEFAULT_COMPONENTS = (*FINDERS, "zh_resolve")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _import(target: str) -> Callable[[Shadow], list[Any]]:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def segmenter() -> rjieba.Jieba:
    """rjieba with every lexicon alias added, so tokens and entity spans agree."""
    jieba = rjieba.Jieba()
    try:
        from .extractors.entities import lexicon_words
    except ImportError:
        return jieba
    for word in lexicon_words():
        jieba.add_word(word, None, None)
    return jieba


class ShadowTokenizer:
    """Segments the shadow, slices the original: tokens always spell `Doc.text`."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return self.from_shadow(Shadow.of(text))

    def from_shadow(self, shadow: Shadow) -> Doc:
        original = shadow.original
        if _SURROGATE.search(original):
            # spaCy cannot store lone surrogates; only here do they become U+FFFD, so
            # Doc.text keeps its length while the record still carries the original.
            original = _SURROGATE.sub("\ufffd", original)
        ends = list(accumulate(map(len, segmenter().cut(shadow.text))))
        # Whitespace stays a token of its own (spaCy allows it), so words alone spell the
        # text and no per-token `spaces` bookkeeping is needed.
        if (ends[-1] if ends else 0) != len(original):
            raise OffsetError(f"segmenter tokens cover {ends[-1] if ends else 0} of "
                              f"{len(original)} characters")
        words = [original[a:b] for a, b in zip([0, *ends], ends)]
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc.user_data["token_starts"] = [0, *ends[:-1]]
        doc._.shadow = shadow
        doc._.mentions = []
        doc._.claims = []
        return doc


class Find:
    """A component that adds one extractor's mentions to `doc._.mentions`."""

    def __init__(self, find: Callable[[Shadow], list[Any]]) -> None:
        self.find = find

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions.extend(self.find(doc._.shadow))
        return doc


def _factory(name: str) -> Callable[[Language, str], Find]:
    def make(nlp: Language, name: str) -> Find:
        return Find(_import(FINDERS[name]))

    return make


make_money = Language.factory("zh_money")(_factory("zh_money"))
make_percent = Language.factory("zh_percent")(_factory("zh_percent"))
make_quantity = Language.factory("zh_quantity")(_factory("zh_quantity"))
make_date = Language.factory("zh_date")(_factory("zh_date"))
make_duration = Language.factory("zh_duration")(_factory("zh_duration"))
make_entities = Language.factory("zh_entities")(_factory("zh_entities"))


@Language.factory("zh_resolve")
def make_resolve(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    from .resolve import resolve

    def component(doc: Doc) -> Doc:
        doc._.mentions = resolve(doc._.mentions)
        entities = [m for m in doc._.mentions if m.type in ENTITY_TYPES]
        doc.ents = filter_spans(token_spans(doc, entities))
        return doc

    return component


def token_spans(doc: Doc, mentions: Sequence[Any]) -> list[Span]:
    """Spans over the tokens that cover each mention (expanded to token edges).

    Token starts come from the segmentation, kept on the Doc, so this is a bisect per
    mention instead of spaCy's `char_span` walk.
    """
    starts: list[int] = doc.user_data.get("token_starts") or [t.idx for t in doc]
    spans = []
    for m in mentions:
        first = bisect_right(starts, m.start) - 1
        last = bisect_left(starts, m.end)
        spans.append(Span(doc, first, last, label=m.type))
    return spans


def load(components: Sequence[str] = DEFAULT_COMPONENTS) -> Language:
    """A blank Chinese-script `Language` with the shadow tokenizer and our components."""
    nlp = Language(Vocab())
    nlp.tokenizer = ShadowTokenizer(nlp.vocab)
    for name in components:
        nlp.add_pipe(name)
    return nlp


class Pipeline:
    """Text in, validated `Article` out. `pipe` streams and turns bad input into error records."""

    def __init__(self, components: Sequence[str] = DEFAULT_COMPONENTS) -> None:
        self.nlp = load(components)
        tokenizer = self.nlp.tokenizer
        assert isinstance(tokenizer, ShadowTokenizer)
        self.tokenizer = tokenizer  # the Language's own: one tokenizer, one vocab

    def doc(
        self, text: str, *, published_at: str | datetime | None = None,
        region: Region | None = None,
    ) -> Doc:
        """The processed spaCy `Doc` (for users who want tokens, `doc.ents`, spans)."""
        if not text.strip():
            raise InputError("empty text")
        if region not in (None, "CN", "TW", "HK"):
            raise InputError(f"region {region!r} is not CN, TW or HK")
        when = parse_published_at(published_at) if published_at else published_from_header(text)
        shadow = Shadow.of(text, region=region, published_at=when)
        return self.nlp(self.tokenizer.from_shadow(shadow))

    def __call__(
        self, text: str, *, id: str = "article", published_at: str | datetime | None = None,
        region: Region | None = None, meta: dict[str, Any] | None = None,
    ) -> Article:
        doc = self.doc(text, published_at=published_at, region=region)
        shadow: Shadow = doc._.shadow
        return Article(
            id=id, text=text, region=shadow.region, meta=meta,
            published_at=shadow.published_at.isoformat() if shadow.published_at else None,
            mentions=doc._.mentions, claims=doc._.claims,
        )

    def pipe(self, inputs: Iterable[Input | str]) -> Iterator[Article | ErrorRecord]:
        """One record per input, in order; an error in one article never stops the rest."""
        for number, item in enumerate(inputs, start=1):
            if isinstance(item, ErrorRecord):
                yield item
                continue
            record = item if isinstance(item, InputRecord) else InputRecord(
                f"article-{number}", item, f"<item {number}>"
            )
            yield self._one(record)

    def _one(self, record: InputRecord) -> Article | ErrorRecord:
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
