"""The records the pipeline writes and the evaluator reads, per docs/format.md.

A mention is a discriminated union on `type`. Numbers are plain JSON numbers (int when
integral), never `Decimal`, which would serialize as a string. Offsets are checked
twice: a mention checks its own span length, an article checks every span against its
original text, so a record that points at the wrong characters cannot be built.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

Number = Union[int, float]
Qualifier = Literal["approx", "gt", "gte", "lt", "lte"]
Region = Literal["CN", "TW", "HK"]
M = TypeVar("M", bound=BaseModel)

NUMERIC_TYPES = ("money", "percent", "quantity")
TIME_TYPES = ("date", "duration")
ENTITY_TYPES = ("person", "org", "location", "product")
TYPES = NUMERIC_TYPES + TIME_TYPES + ENTITY_TYPES


class Span(BaseModel):
    """Fields every mention has. `text` is the original surface, Traditional stays so."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str
    start: int = Field(ge=0, description="code-point index into the article text")
    end: int = Field(gt=0, description="exclusive end; text[start:end] == mention.text")
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _span_matches_text(self) -> Span:
        if self.end <= self.start:
            raise ValueError(f"end {self.end} <= start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} is not {self.end - self.start} long")
        return self


class Amount(Span):
    """A number, a range (`low`/`high`, `value` null) and a qualifier."""

    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    qualifier: Qualifier | None = None


class Money(Amount):
    type: Literal["money"] = "money"
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code")


class Percent(Amount):
    type: Literal["percent"] = "percent"
    unit: Literal["percent", "pp"] = "percent"


class Quantity(Amount):
    type: Literal["quantity"] = "quantity"
    unit: str | None = Field(None, description="measure word or unit, Simplified")


TIMEX = r"^\d{4}(-(\d{2}(-\d{2}(T\d{2}:\d{2})?)?|Q[1-4]|H[12]))?$"


class Date(Span):
    type: Literal["date"] = "date"
    value: str | None = Field(None, pattern=TIMEX)
    low: str | None = Field(None, pattern=TIMEX)
    high: str | None = Field(None, pattern=TIMEX)
    mod: Literal["start", "mid", "end", "approx", "before", "after"] | None = None
    qualifier: Qualifier | None = None
    fiscal: bool | None = None


ISO_DURATION = r"^P((\d+(\.\d+)?[YMWD])+(T(\d+(\.\d+)?[HMS])+)?|T(\d+(\.\d+)?[HMS])+)$"


class Duration(Span):
    type: Literal["duration"] = "duration"
    value: str | None = Field(None, pattern=ISO_DURATION)
    low: str | None = None
    high: str | None = None
    qualifier: Qualifier | None = None


class Entity(Span):
    value: str | None = Field(None, description="canonical name in Simplified Chinese")
    id: str | None = Field(None, pattern=r"^Q\d+$", description="Wikidata QID")


class Person(Entity):
    type: Literal["person"] = "person"


class Org(Entity):
    type: Literal["org"] = "org"


class Location(Entity):
    type: Literal["location"] = "location"


class Product(Entity):
    type: Literal["product"] = "product"


Mention = Annotated[
    Money | Percent | Quantity | Date | Duration | Person | Org | Location | Product,
    Field(discriminator="type"),
]
EntityMention = Annotated[Person | Org | Location | Product, Field(discriminator="type")]
NumberMention = Annotated[Money | Percent | Quantity, Field(discriminator="type")]


class Claim(BaseModel):
    """One quantity in one sentence tied to what it is about (docs/format.md, claims)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sentence: tuple[int, int]
    subject: EntityMention | None = None
    subject_text: str | None = Field(
        None, description="the holder phrase as written when no entity mention holds the figure"
    )
    metric: str | None = None
    quantity: NumberMention
    time: Date | None = None
    change: Percent | None = None
    direction: Literal["up", "down"] | None = None
    basis: Literal["yoy", "qoq"] | None = None
    attribution: Annotated[Person | Org, Field(discriminator="type")] | None = None


def validated(model: type[M], **fields: Any) -> M:
    """`model(**fields)` by its schema validator directly: the same checks and the same
    record, without `BaseModel.__init__`'s own call around it (2.1 -> 1.5 us a mention;
    the extractors build thousands per article set)."""
    return model.__pydantic_validator__.validate_python(fields)  # type: ignore[no-any-return]


def assembled(model: type[M], fields: dict[str, Any]) -> M:
    """`model` from `fields` that are already valid, every field given: what
    `model_construct` does, without its per-field bookkeeping (a quarter of its cost),
    for the claims the pipeline builds by the thousand from validated mentions."""
    if len(fields) != len(model.model_fields):
        raise ValueError(f"{model.__name__}: fields {sorted(fields)} are not all of them")
    made = model.__new__(model)
    object.__setattr__(made, "__dict__", fields)
    object.__setattr__(made, "__pydantic_fields_set__", set(fields))
    object.__setattr__(made, "__pydantic_extra__", None)
    object.__setattr__(made, "__pydantic_private__", None)
    return made


def _check_offsets(text: str, mentions: list[Any], where: str) -> None:
    for m in mentions:
        if m.end > len(text) or text[m.start : m.end] != m.text:
            raise ValueError(f"{where}: {m.type} {m.start}-{m.end} {m.text!r} not in text")


class Article(BaseModel):
    """One article: pipeline output, or a gold line (which may add `scope`)."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    id: str
    published_at: str | None = None
    region: Region | None = None
    text: str
    mentions: list[Mention] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    scope: list[str] | None = Field(None, description="gold only: types annotated completely")
    meta: dict[str, Any] | None = Field(None, description="input fields passed through")

    @model_validator(mode="after")
    def _offsets_point_into_text(self) -> Article:
        _check_offsets(self.text, self.mentions, self.id)
        for c in self.claims:
            if not 0 <= c.sentence[0] < c.sentence[1] <= len(self.text):
                raise ValueError(f"{self.id}: claim sentence {c.sentence} outside text")
            parts = [c.subject, c.quantity, c.time, c.change, c.attribution]
            _check_offsets(self.text, [p for p in parts if p is not None], self.id)
        return self


def to_article(data: dict[str, Any]) -> Article:
    """A JSON object (a gold or output line) as an article; fields beyond the record
    (`source`, notes) go to `meta`. `data` is consumed."""
    extra = {k: data.pop(k) for k in list(data) if k not in Article.model_fields}
    if extra:
        data["meta"] = {**(data.get("meta") or {}), **extra}
    return Article.model_validate(data)


class ErrorRecord(BaseModel):
    """What a batch writes in place of an article it could not process."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    id: str | None = Field(None, description="the input's id, when it could be read")
    source: str = Field(description="file, and line for JSONL, the input came from")
    error: str = Field(description="error class, e.g. InputError")
    message: str


EXPORTED: dict[str, type[BaseModel]] = {
    "article": Article,
    "claim": Claim,
    "error": ErrorRecord,
}
