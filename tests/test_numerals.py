"""Numbers as news writes them -> exact Decimal (extract/numerals.py), one row per form."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.numbers.numerals import parse_number, read_number, to_json_number
from extract.text.shadow import to_shadow

# (written, value). Inputs go through the shadow first, as in the pipeline.
VALUES = [
    ("0", "0"),
    ("12", "12"),
    ("12,345.67", "12345.67"),
    ("1,200", "1200"),
    ("１２３", "123"),
    ("１２．５", "12.5"),
    ("11.11亿", "1111000000"),
    ("11.11億", "1111000000"),
    ("1.2万", "12000"),
    ("1.2萬", "12000"),
    ("3千万", "30000000"),
    ("5000亿", "500000000000"),
    ("1.5万亿", "1500000000000"),
    ("3亿5000万", "350000000"),
    ("1万2000", "12000"),
    ("5萬3,000", "53000"),
    ("12億3456萬8000", "1234568000"),
    ("一○五億", "10500000000"),
    ("二〇五万", "2050000"),
    ("一千二百三十四万", "12340000"),
    ("一千二百三十四萬", "12340000"),
    ("两亿三千万", "230000000"),
    ("兩億三千萬", "230000000"),
    ("二〇二五", "2025"),
    ("〇", "0"),
    ("零", "0"),
    ("十", "10"),
    ("十九", "19"),
    ("二十", "20"),
    ("一百零一", "101"),
    ("一千零五十", "1050"),
    ("一万零五", "10005"),
    ("一万二", "12000"),
    ("三千五", "3500"),
    ("廿五", "25"),
    ("卅", "30"),
    ("半", "0.5"),
    ("三点一四", "3.14"),
    ("三點五億", "350000000"),
    ("零点五", "0.5"),
    ("壹佰贰拾", "120"),
    ("壹佰貳拾", "120"),
    ("叁仟万", "30000000"),
    ("叁仟萬", "30000000"),
    ("玖拾玖", "99"),
    ("万亿", "1000000000000"),
    ("萬億", "1000000000000"),
    ("千亿", "100000000000"),
    ("兆", "1000000000000"),
    ("3兆", "3000000000000"),
    ("负3.5", "-3.5"),
    ("負3.5", "-3.5"),
    ("-12", "-12"),
    ("-0.5", "-0.5"),
]

VAGUE = [
    ("数十亿", "1000000000"),
    ("數十億", "1000000000"),
    ("上百万", "1000000"),
    ("上百萬", "1000000"),
    ("十几", "10"),
    ("十幾", "10"),
    ("几千", "1000"),
    ("幾千", "1000"),
    ("几十", "10"),
    ("三十几万", "300000"),
    ("数百", "100"),
    ("上千", "1000"),
]

# 參 (a Traditional form of the capital 叁) becomes 参 in the shadow, as in 参数 and 参加:
# reading it as 3 would break far more text than it fixes, so it is no numeral.
NOT_NUMBERS = [
    "参仟万", "1万20000", "", "abc", "3五", "十一五", "几", "上", "数", "三五", "五一", "点", "三点",
]


@pytest.mark.parametrize("written,value", VALUES, ids=[w for w, _ in VALUES])
def test_value(written: str, value: str) -> None:
    assert parse_number(to_shadow(written)) == Decimal(value)


@pytest.mark.parametrize("written,value", VAGUE, ids=[w for w, _ in VAGUE])
def test_vague_count_is_round_and_approx(written: str, value: str) -> None:
    assert read_number(to_shadow(written)) == (Decimal(value), True)


@pytest.mark.parametrize("written", NOT_NUMBERS)
def test_not_a_number(written: str) -> None:
    assert read_number(written) is None


def test_exact_decimal_not_float() -> None:
    assert to_json_number(parse_number("11.11亿")) == 1111000000  # type: ignore[arg-type]
    assert to_json_number(Decimal("4230.22")) == 4230.22


@given(st.integers(min_value=0, max_value=10**15))
def test_any_integer_reads_back(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.text(max_size=12))
def test_never_raises(text: str) -> None:
    read_number(text)
    parse_number(text)
