"""Records reject what docs/format.md forbids; numbers stay JSON numbers."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter, ValidationError

from extract.records import Article, Mention, Money, validated

MENTION = TypeAdapter(Mention)


def money(**over: object) -> dict[str, object]:
    return {"type": "money", "start": 2, "end": 9, "text": "11.11亿元", "value": 1111000000,
            "currency": "CNY"} | over


def test_union_picks_the_type() -> None:
    m = MENTION.validate_python(money())
    assert isinstance(m, Money)
    kinds = {"percent": {"value": 95}, "date": {"value": "2025-Q1"}, "org": {"value": "华为"},
             "duration": {"value": "P1W"}, "quantity": {"value": 8, "unit": "张"}}
    for kind, extra in kinds.items():
        data = {"type": kind, "start": 0, "end": 1, "text": "x", **extra}
        assert MENTION.validate_python(data).type == kind


@pytest.mark.parametrize(
    "bad",
    [
        money(end=2),  # end <= start
        money(start=-1),
        money(text="11.11亿"),  # text length disagrees with the span
        money(currency="人民币"),
        money(type="price"),
        money(qualifier="about"),
        money(extra_field=1),
    ],
    ids=["empty span", "negative start", "length", "currency code", "type", "qualifier", "extra"],
)
def test_mention_rejects(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        MENTION.validate_python(bad)


@pytest.mark.parametrize(
    "value,ok", [("2025", True), ("2025-Q1", True), ("2025-H2", True), ("2025-07-19T11:04", True),
                 ("2025-Q5", False), ("25-07", False), ("July", False)],
)
def test_date_values_are_timex(value: str, ok: bool) -> None:
    data = {"type": "date", "start": 0, "end": 1, "text": "x", "value": value}
    if ok:
        MENTION.validate_python(data)
    else:
        with pytest.raises(ValidationError):
            MENTION.validate_python(data)


def test_article_checks_offsets_against_text() -> None:
    Article(id="a", text="营收11.11亿元", mentions=[money()])
    with pytest.raises(ValidationError, match="not in text"):
        Article(id="a", text="营收11.11億圓", mentions=[money()])
    with pytest.raises(ValidationError, match="not in text"):
        Article(id="a", text="营收", mentions=[money()])


def test_numbers_serialize_as_numbers() -> None:
    line = Article(id="a", text="营收11.11亿元", mentions=[money()]).model_dump_json()
    assert json.loads(line)["mentions"][0]["value"] == 1111000000


def test_validated_is_the_model_built_and_checked_the_same_way() -> None:
    fields = {"start": 2, "end": 9, "text": "11.11亿元", "value": 1111000000, "currency": "CNY"}
    built = validated(Money, **fields)
    assert built == Money(**fields) and built.model_fields_set == Money(**fields).model_fields_set
    with pytest.raises(ValidationError):
        validated(Money, **(fields | {"end": 8}))  # the span check: 7 letters for 6 places
    with pytest.raises(ValidationError):
        validated(Money, **(fields | {"currency": "yuan"}))
