"""Numbers as written in Chinese news -> exact `Decimal`.

One parser serves every extractor (money, percent, quantity, dates), so 11.11亿 is
1111000000 everywhere and never 1110999999.9999999 (floats are not used). Input is
shadow text: Simplified, half-width (一千二百萬 arrives as 一千二百万, １２３ as 123).
The numeral characters and their kinds live in `data/numerals.tsv`.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from extract.tables import read_table

NUMERAL_KINDS = ("digit", "small", "big", "tens")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, Decimal]]:
    return {r["char"]: (r["kind"], Decimal(r["value"])) for r in read_table("numerals.tsv")}


@lru_cache(maxsize=1)
def _chars() -> dict[str, tuple[str, Decimal]]:
    """Numeral characters only; the vague markers (几 数 上) are not numerals."""
    return {c: kv for c, kv in _table().items() if kv[0] in NUMERAL_KINDS}


@cache
def numeral_chars(*kinds: str) -> str:
    """Numeral characters of `kinds` (default: all numerals), for character classes.

    >>> numeral_chars("big")
    '万亿兆'
    """
    wanted = kinds or NUMERAL_KINDS
    return "".join(c for c, (kind, _) in _table().items() if kind in wanted)


def _arabic(token: str) -> Decimal | None:
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:
        return None


_TOKEN = regex.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|.", regex.S)


def _spelled(s: str) -> Decimal | None:
    """Positional and scaled numerals: 二〇二五, 一千二百万, 两亿三千万, 1.2万, 三千五."""
    chars = _chars()
    tokens = _TOKEN.findall(s)
    kinds = [chars[t][0] if t in chars else ("arabic" if t[0].isdigit() else "") for t in tokens]
    if "" in kinds or not tokens:
        return None
    if all(k == "digit" for k in kinds) and len(tokens) > 1:  # 二〇二五: digit by digit
        return Decimal("".join(str(int(chars[t][1])) for t in tokens))
    tokens, kinds = _positional_runs(tokens, kinds)
    below = _arabic(tokens[-1]) if len(tokens) > 2 and kinds[-2:] == ["big", "arabic"] else None
    if below is not None and below >= chars[tokens[-2]][1]:
        return None  # 1万20000: the digits after a scale word must be below it
    total = Decimal(0)  # everything closed by a big unit
    section = Decimal(0)  # below the current big unit
    pending: Decimal | None = None  # the last digit(s) not yet multiplied
    last_unit = Decimal(0)  # the unit just before `pending`, for 一万二 and 三千五
    for token, kind in zip(tokens, kinds):
        value = _arabic(token) if kind == "arabic" else chars[token][1]
        if value is None:
            return None
        if kind == "digit" and value == 0 and pending is None:
            last_unit = Decimal(0)  # 一万零五: 零 only holds a place
            continue
        if kind in ("digit", "arabic"):
            if pending is not None:
                return None  # two numbers in a row: 3五
            pending, last_unit = value, (last_unit if kind == "digit" else Decimal(0))
        elif kind == "tens":  # 廿 = 二十
            section, last_unit = section + value, Decimal(10)
        elif kind == "small":
            section += (pending if pending is not None else Decimal(1)) * value
            pending, last_unit = None, value
        else:  # big
            amount = section + (pending or 0)
            if amount == 0 and total == 0:
                amount = Decimal(1)  # a bare 万 or 亿
            total = (total + amount) * value if total < value else total + amount * value
            section, pending, last_unit = Decimal(0), None, value
    if pending is not None and last_unit >= 10 and tokens[-2] in chars:
        pending *= last_unit / 10  # 一万二 = 12000, 三千五 = 3500
    return total + section + (pending or 0)


def _positional_runs(tokens: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    """Runs of digits holding 〇 or ○ read as one positional number: 一○五億 is 105 億.

    Written that way only by place (二○二五, 一○五), never as 零 the place holder of
    一万零五, which stays a digit of its own.
    """
    out_tokens: list[str] = []
    out_kinds: list[str] = []
    run: list[str] = []
    for token, kind in [*zip(tokens, kinds), ("", "")]:
        if kind == "digit":
            run.append(token)
            continue
        if len(run) > 1 and set(run) & set("〇○"):
            out_tokens.append("".join(str(int(_chars()[t][1])) for t in run))
            out_kinds.append("arabic")
        else:
            out_tokens += run
            out_kinds += ["digit"] * len(run)
        run = []
        if token:
            out_tokens.append(token)
            out_kinds.append(kind)
    return out_tokens, out_kinds


@lru_cache(maxsize=4096)
def parse_number(s: str) -> Decimal | None:
    """The value of a number written any way news writes one, or None.

    Cached (a Decimal is immutable): date, duration and number builders read the same
    short numerals (三, 十二, 两) again and again, and the general parser costs a few us.

    >>> [str(parse_number(x)) for x in ["12,345.67", "1.2万", "3千万", "1.5万亿", "11.11亿"]]
    ['12345.67', '12000.0', '30000000', '1500000000000.0', '1111000000.00']
    >>> [str(parse_number(x)) for x in ["一千二百三十四万", "两亿三千万", "二〇二五", "十九"]]
    ['12340000', '230000000', '2025', '19']
    >>> [str(parse_number(x)) for x in ["一万二", "三千五", "廿五", "负3.5", "三点一四", "半"]]
    ['12000', '3500', '25', '-3.5', '3.14', '0.5']
    >>> [str(parse_number(x)) for x in ["壹佰贰拾", "叁仟万", "万亿", "3亿5000万", "-12", "兆"]]
    ['120', '30000000', '1000000000000', '350000000', '-12', '1000000000000']
    >>> [str(parse_number(x)) for x in ["三点五亿", "零点五", "一万零五", "1万2000", "一○五亿"]]
    ['350000000.0', '0.5', '10005', '12000', '10500000000']
    >>> [parse_number(x) for x in ["", "万", "3五", "abc"]]
    [None, Decimal('10000'), None, None]
    """
    s = s.strip()
    if not s:
        return None
    if s[0] in "-负":
        value = parse_number(s[1:])
        return -value if value is not None else None
    if s == "半":
        return Decimal("0.5")
    if "点" in s and s[-1] in numeral_chars("small", "big"):  # 三点五亿
        head = s.rstrip(numeral_chars("small", "big"))
        value, scale = parse_number(head), _spelled(s[len(head) :])
        return value * scale if value is not None and scale is not None else None
    if "点" in s:
        whole, _, frac = s.partition("点")
        integer = _spelled(whole) if whole else Decimal(0)
        if integer is None or not frac or any(_chars().get(c, ("",))[0] != "digit" for c in frac):
            return None
        return integer + Decimal(f"0.{''.join(str(_chars()[c][1]) for c in frac)}")
    return _spelled(s)


class Reading(NamedTuple):
    """A number as read from text: its value and whether it was a vague count."""

    value: Decimal
    approx: bool


def read_number(s: str) -> Reading | None:
    """`parse_number`, plus vague counts: 数十亿, 上百万, 十几, 几千 -> round value, approx.

    The vague marker is dropped and what is left is read, so 数十亿 is 十亿 and 十几万
    is 十万 (docs/format.md accepts the round value with `approx`). A bare marker (几,
    好几) is no number. Digits strung together with no zero (三五, 五一) are "three or
    five" or a holiday, not 35 or 51, so they are refused; 二〇二五 is still read.

    >>> [tuple(map(str, read_number(x))) for x in ["数十亿", "上百万", "十几", "几千", "三十几万"]]
    [('1000000000', 'True'), ('1000000', 'True'), ('10', 'True'), ('1000', 'True'), ('300000', 'True')]
    >>> [read_number(x) for x in ["几", "三五", "上", "数"]]
    [None, None, None, None]
    >>> read_number("1.5万亿")
    Reading(value=Decimal('1500000000000.0'), approx=False)
    """
    if s.isascii():  # the common case: 55, 11.11, 1,200
        plain = _arabic(s) if s[:1].isdigit() else None
        return Reading(plain, False) if plain is not None else None
    table = _table()
    vague = [i for i, c in enumerate(s) if table.get(c, ("",))[0] == "vague"]
    if any(s[i] in "数上" and i != 0 for i in vague):
        return None
    core = "".join(c for i, c in enumerate(s) if i not in vague)
    if not core or (vague and not any(_chars().get(c, ("",))[0] in ("small", "big") for c in core)):
        return None
    kinds = {_chars().get(c, ("",))[0] for c in core}
    if len(core) > 1 and kinds == {"digit"} and not set(core) & set("〇○零"):
        return None
    value = parse_number(core)
    return Reading(value, bool(vague)) if value is not None else None


def to_json_number(value: Decimal) -> int | float:
    """A Decimal as the JSON number docs/format.md wants: int when integral.

    >>> to_json_number(Decimal("1111000000.00")), to_json_number(Decimal("4230.22"))
    (1111000000, 4230.22)
    """
    return int(value) if value == value.to_integral_value() else float(value)


@lru_cache(maxsize=1)
def _adjacent_pattern() -> regex.Pattern[str]:
    digits, scale = numeral_chars("digit"), numeral_chars("small", "big")
    return regex.compile(
        rf"(?P<head>[{numeral_chars()}]*?)(?P<a>[{digits}])(?P<b>[{digits}])(?P<scale>[{scale}]*)"
    )


def read_adjacent(s: str) -> tuple[Decimal, Decimal] | None:
    """Two neighbouring digits as a vague range: 五六百 -> 500..600, 十五六 -> 15..16.

    News writes "five or six hundred" as 五六百, and 一两个, 两三天, 三四十 alike; the
    record is a range with qualifier approx (docs/format.md). The second digit must be the
    next one up (三五 is "three or five", 五一 a holiday), and 〇 零 never take part.

    >>> [tuple(map(str, read_adjacent(x))) for x in ["五六百", "一两", "三四十", "十五六", "三千五六百"]]
    [('500', '600'), ('1', '2'), ('30', '40'), ('15', '16'), ('3500', '3600')]
    >>> [read_adjacent(x) for x in ["三五", "五一", "二〇", "十一五", "五"]]
    [None, None, None, None, None]
    """
    m = _adjacent_pattern().fullmatch(s)
    if m is None or m["a"] in "〇○零":
        return None
    a, b = _chars()[m["a"]][1], _chars()[m["b"]][1]
    if b != a + 1:
        return None
    low, high = parse_number(m["head"] + m["a"] + m["scale"]), parse_number(m["head"] + m["b"] + m["scale"])
    return (low, high) if low is not None and high is not None else None
