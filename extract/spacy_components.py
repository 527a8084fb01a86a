"""The spaCy adapter: the only module that imports spaCy.

The components wrap the same pure `find_<type>` functions as the core path and work in
any Chinese pipeline (`spacy.blank("zh")`, a trained `zh_core_web_*`): each computes what
it needs from `doc.text`. The shadow tokenizer is in spaCy's registry, so a config names
it and `nlp.to_disk()` / `spacy.load()` round-trip. What the components leave on a `Doc`
is plain data in `doc.user_data`, so `Doc.to_bytes()`, `DocBin` and `nlp.pipe(...,
n_process=2)` carry it; `doc._.mentions` and `doc._.claims` read it back as records.

    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> _ = nlp.add_pipe("zh_money"); _ = nlp.add_pipe("zh_resolve")
    >>> [(e.text, e.label_) for e in nlp("營收達11.11億元。").ents]
    [('11.11億元', 'MONEY')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import rjieba
from pydantic import TypeAdapter
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry
from spacy.vocab import Vocab

from extract.errors import OffsetError
from extract.records import Claim, Mention
from extract.resolve import resolve
from extract.stages import STAGES, finder
from extract.text.published import parse_published_at
from extract.text.shadow import Shadow

KEY = "zh_extract"  # doc.user_data[KEY]: {"region", "published_at", "mentions", "claims"}
SPANS_KEY = "zh_extract"  # doc.spans[SPANS_KEY]: every mention, overlaps allowed
TOKENIZER = "zh_extract.ShadowTokenizer.v1"
COMPONENTS = {"money": "zh_money", "percent": "zh_percent", "quantity": "zh_quantity",
              "date": "zh_date", "duration": "zh_duration", "entities": "zh_entities"}
DEFAULT_COMPONENTS = (*COMPONENTS.values(), "zh_resolve")
# displaCy colours for our labels (its defaults cover only OntoNotes labels).
DISPLACY_OPTIONS = {"colors": {
    "MONEY": "#e69f00", "PERCENT": "#56b4e9", "QUANTITY": "#009e73", "DATE": "#f0e442",
    "DURATION": "#cc79a7", "PERSON": "#d55e00", "ORG": "#0072b2", "LOCATION": "#999999",
    "PRODUCT": "#b4a7d6"}}
_MENTIONS = TypeAdapter(list[Mention])
_CLAIMS = TypeAdapter(list[Claim])


def _state(doc: Doc) -> dict[str, Any]:
    state: dict[str, Any] = doc.user_data.setdefault(KEY, {})
    state.setdefault("mentions", [])
    state.setdefault("claims", [])
    return state


@lru_cache(maxsize=16)
def _shadow(text: str, region: str | None, published_at: str | None) -> Shadow:
    when = parse_published_at(published_at) if published_at else None
    return Shadow.of(text, region=region, published_at=when)  # type: ignore[arg-type]


def doc_shadow(doc: Doc) -> Shadow:
    """The shadow of `doc.text` with the context set by `set_context` (cached per text)."""
    state = doc.user_data.get(KEY, {})
    return _shadow(doc.text, state.get("region"), state.get("published_at"))


def set_context(doc: Doc, *, region: str | None = None, published_at: str | None = None) -> Doc:
    """Give a Doc the region and publication time its relative dates and bare 元 need."""
    state = _state(doc)
    state["region"], state["published_at"] = region, published_at
    return doc


for _name, _getter in (
    ("shadow", doc_shadow),
    ("mentions", lambda doc: _MENTIONS.validate_python(_state(doc)["mentions"])),
    ("claims", lambda doc: _CLAIMS.validate_python(_state(doc)["claims"])),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_getter)


@lru_cache(maxsize=1)
def segmenter() -> rjieba.Jieba:
    """rjieba with every lexicon alias added, so tokens and entity spans agree."""
    from extract.entities.entities import lexicon_words

    jieba = rjieba.Jieba()
    for word in lexicon_words():
        jieba.add_word(word, None, None)
    return jieba


class ShadowTokenizer:
    """Segments the shadow, slices the original: tokens always spell `Doc.text`."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        # spaCy cannot store lone surrogates; only here do they become U+FFFD, keeping the
        # length, while the core path's records carry the original.
        original = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace") \
            if any("\ud800" <= ch <= "\udfff" for ch in text) else text
        ends = list(accumulate(map(len, segmenter().cut(Shadow.of(original, region="CN").text))))
        if (ends[-1] if ends else 0) != len(original):
            raise OffsetError(f"segmenter tokens cover {ends[-1] if ends else 0} of "
                              f"{len(original)} characters")
        words = [original[a:b] for a, b in zip([0, *ends], ends)]
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    def pipe(self, texts: Iterable[str]) -> Iterable[Doc]:
        return (self(text) for text in texts)

    # Nothing to save: the segmenter's dictionary ships in the package.
    def to_bytes(self, *, exclude: Sequence[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Sequence[str] = ()) -> ShadowTokenizer:
        return self

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> ShadowTokenizer:
        return self


@registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], ShadowTokenizer]:
    """The registered factory a config names: `[nlp.tokenizer] @tokenizers = ...`."""
    return lambda nlp: ShadowTokenizer(nlp.vocab)


class Find:
    """A component adding one extractor's mentions to the Doc (as plain data)."""

    def __init__(self, stage: str) -> None:
        self.stage = stage

    def __call__(self, doc: Doc) -> Doc:
        found = finder(self.stage)(doc_shadow(doc))
        _state(doc)["mentions"].extend(m.model_dump(exclude_none=True) for m in found)
        return doc


def _make(stage: str) -> Callable[[Language, str], Find]:
    def make(nlp: Language, name: str) -> Find:
        return Find(stage)

    return make


make_money = Language.factory("zh_money")(_make("money"))
make_percent = Language.factory("zh_percent")(_make("percent"))
make_quantity = Language.factory("zh_quantity")(_make("quantity"))
make_date = Language.factory("zh_date")(_make("date"))
make_duration = Language.factory("zh_duration")(_make("duration"))
make_entities = Language.factory("zh_entities")(_make("entities"))


class Resolve:
    """Settles overlaps, adds the optional recognizer's persons and locations (`ner`, as
    `Pipeline(ner=...)` does, after the overlaps are settled and before the claims), states
    claims, and exposes mentions as spaCy spans."""

    def __init__(self, claims: bool, ner: str | None = None) -> None:
        if ner is not None:
            from extract.entities.model import BACKENDS

            if ner not in BACKENDS:
                raise ValueError(f"unknown ner backend {ner!r}; known: {', '.join(BACKENDS)}")
        self.claims, self.ner = claims, ner

    def __call__(self, doc: Doc) -> Doc:
        state = _state(doc)
        mentions = resolve(_MENTIONS.validate_python(state["mentions"]))
        if self.ner is not None:
            from extract.entities.model import add_model_entities

            mentions = add_model_entities(doc_shadow(doc), mentions, self.ner)
        state["mentions"] = [m.model_dump(exclude_none=True) for m in mentions]
        if self.claims:
            from extract.claims import find_claims

            claims = find_claims(doc_shadow(doc), mentions)
            state["claims"] = [c.model_dump(exclude_none=True) for c in claims]
        spans = mention_spans(doc, mentions)
        doc.spans[SPANS_KEY] = spans
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("zh_resolve", default_config={"claims": True, "ner": None})
def make_resolve(nlp: Language, name: str, claims: bool, ner: str | None) -> Resolve:
    """`nlp.add_pipe("zh_resolve", config={"ner": "lac"})` turns the recognizer on."""
    return Resolve(claims, ner)


def mention_spans(doc: Doc, mentions: Sequence[Any]) -> list[Span]:
    """One span per mention, widened to token edges, labelled with the type in uppercase
    (MONEY, ORG, ...) and, for entities with a Wikidata id, `kb_id_` set to it."""
    spans = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=m.type.upper(),
                              kb_id=getattr(m, "id", None) or ""))
    return spans


def load(components: Sequence[str] = DEFAULT_COMPONENTS) -> Language:
    """A blank Chinese `Language` (`nlp.lang == "zh"`) with the shadow tokenizer and our
    components; `nlp.to_disk(path)` then `spacy.load(path)` gives the same pipeline."""
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    for name in components:
        nlp.add_pipe(name)
    return nlp


__all__ = ["DEFAULT_COMPONENTS", "DISPLACY_OPTIONS", "STAGES", "ShadowTokenizer", "load",
           "mention_spans", "set_context"]
