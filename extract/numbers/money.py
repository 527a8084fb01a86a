"""Money: 55亿美元, 近1000亿元人民币, US$3.5亿, 新台币50亿元, 1.2万美元到1.3万美元, 50仙.

Currency words come from `data/currencies.tsv` (CLDR names in shadow form plus colloquial
ones). A word with a region (元 块 $ ¥) means that region's money, so a bare 元 is CNY in
mainland text, TWD in Taiwan and HKD in Hong Kong (docs/format.md); the region is the
shadow's. An amount with a scale word and no currency at all (近千亿的潜在亏损) is money
only next to a money word from `data/money.cues.tsv`. Values are positive: 亏损2.27亿元
is 227000000; the loss belongs to the claim, not the amount.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache, partial
from typing import NamedTuple

import regex

from extract.numbers import grammar as numbers
from extract.numbers import scan as anchors
from extract.numbers.numerals import numeral_chars, read_adjacent, read_number, to_json_number
from extract.numbers.qualifiers import combine, pattern, qualifier_of, qualifier_words
from extract.records import Money
from extract.rules import Rule, run
from extract.tables import alternation, read_table
from extract.text.shadow import Shadow


class Currency(NamedTuple):
    code: str  # ISO 4217, or "-" for a look-alike (毫米)
    factor: Decimal  # 仙 = 0.01
    loose: bool  # money only when no Han character follows (10块, not 3块屏幕)


@lru_cache(maxsize=1)
def _currencies() -> dict[tuple[str, str], Currency]:
    """(word, region or "") -> Currency."""
    table = {}
    for r in read_table("currencies.tsv"):
        factor = Decimal(r["factor"] or "0")
        table[(r["word"], r["region"])] = Currency(r["code"], factor, r["position"] == "loose")
    return table


@cache
def _words(*positions: str) -> tuple[str, ...]:
    """Currency words at `positions`; cached, since `_name_end` asks per mention (a scan of
    the table and a sort each time cost about 0.4 ms)."""
    rows = read_table("currencies.tsv")
    return tuple(sorted({r["word"] for r in rows if r["position"] in positions}))


@cache
def _regional(region: str) -> dict[str, Currency]:
    """word -> the Currency it names in `region`: the region's own rows over the rows for
    every region, merged once per region, so a lookup is one dict hit."""
    table = _currencies()
    merged = {w: c for (w, r), c in table.items() if r == ""}
    merged.update({w: c for (w, r), c in table.items() if r == region})
    return merged


def currency(word: str, region: str) -> Currency | None:
    """The currency `word` names in `region`; None when it names none there (仙 outside HK)."""
    return _regional(region).get(word)


def local_currency(region: str) -> str:
    """What a bare 元 means in `region` (CNY, TWD, HKD), from the currency table."""
    found = currency("元", region)
    return found.code if found else "CNY"


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    """Each rule's pattern source (VERBOSE), built from the tables: cheap strings, compiled
    only by `_compile`."""
    num, head = numbers.number_pattern(), numbers.head(_words("prefix", "both"))
    pre, names = numbers.ahead(_words("prefix", "both")), numbers.ahead(_words("both"))
    suf = rf"元(?={names})|{numbers.ahead(_words('suffix', 'both', 'loose'))}"
    tail = rf"""
        (?(pre)                                 # a currency before the number (US$5):
            (?:\s?(?P<cur>{suf}))?              # one after it is optional,
          | \s?(?P<cur>{suf})                   # else required: 亿元 美元 元 (元 of 元人民币)
        )
        (?P<cur2>{names})?                      # 人民币 of 元人民币
        (?P<sq>{numbers.ahead(qualifier_words("suffix"))})?  # 以上 左右
    """
    return {
        "amount": head + rf"(?P<num>{num})" + tail,
        "range": (
            head
            + rf"""
            (?P<low>{num})
            (?:\s?(?P<cur1>{suf}))?            # the first end's currency, if written
            {numbers.CONNECTOR}                # 到 至 -
            (?P<pre2>{pre})?                   # NT$3亿至NT$5亿
            (?P<num>{num})
            """
            + tail
        ),
        "bare": (
            numbers.head()
            + rf"""
            (?P<num>{num})                     # an amount with a scale word, no currency:
            (?<=[万亿兆](?:{pattern("infix")})?)  # 近千亿, 100多亿
            (?P<sq>{numbers.ahead(qualifier_words("suffix"))})?
            (?=[的,，。;、)」\s]|$)             # and no unit or noun after it (万亿参数)
            """
        ),
    }


@cache
def _compile(rule: str) -> regex.Pattern[str]:
    """`rule`'s pattern, compiled on its first use (see `anchors.Anchored`): the `regex`
    parse of one of these is 10-180 ms, most of the start-up before the first record, and
    a short article needs few of them."""
    return regex.compile(_sources()[rule], regex.VERBOSE)


@lru_cache(maxsize=1)
def _cues() -> regex.Pattern[str]:
    return regex.compile(alternation(r["cue"] for r in read_table("money.cues.tsv")))


def _currency_of(m: regex.Match[str], g: numbers.Groups, shadow: Shadow) -> Currency | None:
    """The currency the match names: a name after 元 (元人民币) or before the number wins.

    None when a word names no currency in this region (仙 outside Hong Kong), is a
    look-alike (毫米), or is a loose word followed by a noun (3块屏幕).
    """
    table = _regional(shadow.region)
    written = (g.get("cur2"), g.get("pre"), g.get("cur"), g.get("pre2"), g.get("cur1"))
    found = [table.get(w) for w in written if w]
    known = [c for c in found if c is not None and c.code != "-"]
    if not known or len(known) != len(found):
        return None
    after = table.get(g["cur"]) if g["cur"] else None
    if after and after.loose:
        nxt = numbers.end(m, "cur")
        if nxt < len(shadow.text) and numbers.is_han(shadow.text[nxt]) and not _trailing(shadow.text, nxt):
            return None
    named = [c for c in known if c.factor == 1]
    return named[0] if named else known[0]


def _amount(m: regex.Match[str], shadow: Shadow) -> Money | None:
    """One amount with a currency word before or after it."""
    g = numbers.fields(m)
    num = g["num"] or ""
    found = _currency_of(m, g, shadow)
    read = numbers.read(num)
    if found is not None and read is None:
        return _adjacent(m, g, shadow, found)
    if found is None or read is None:
        return None
    value, infix = read
    start, prefix = numbers.start_of(m, g)
    if _named_twice(g, shadow):  # 換算美元約523.6億美元: the first 美元 says what it is in
        start = max(start, numbers.end(m, "pre"))
        gap = shadow.text[start : numbers.start(m, "num")]
        start += len(gap) - len(gap.lstrip())
    word = g["cur"] or g["cur2"] or g["pre"] or ""
    if numbers.is_bare_scale(num, bool(prefix)):
        return None
    if numbers.is_article(num) and len(word) == 1:
        return None  # 一元化, 一块; 一美元 is still money
    if _name_end(num, word, shadow.text, start):
        return None
    qualifier = combine(prefix, qualifier_of(g["sq"], "suffix"), infix)
    return numbers.mention(
        Money,
        shadow,
        start,
        numbers.end_of(m, g),
        value=to_json_number(abs(value) * found.factor),
        currency=found.code,
        qualifier=qualifier,
    )


def _named_twice(g: numbers.Groups, shadow: Shadow) -> bool:
    """A currency named before the number and again, in full, after it (美元約5億美元):
    the amount is the second; the first belongs to the words before (換算美元)."""
    pre, cur = g.get("pre"), g.get("cur")
    if not pre or not cur or cur in _BARE:
        return False
    a, b = currency(pre, shadow.region), currency(cur, shadow.region)
    return a is not None and b is not None and a.code == b.code


_BARE = ("元", "块", "蚊", "圆", "圓")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(r["surname"] for r in read_table("surnames.tsv") if len(r["surname"]) == 1)


def _name_end(num: str, word: str, text: str, start: int) -> bool:
    """张三人民币账户: a lone numeral after a surname, before 人民币, ends a name (张三)."""
    alone = len(num) == 1 and not num.isdigit()
    return alone and word in _words("both") and start > 0 and text[start - 1] in _surnames()


def _adjacent(m: regex.Match[str], g: numbers.Groups, shadow: Shadow, found: Currency) -> Money | None:
    """五六百元: two neighbouring digits, a range low 500 high 600, approx."""
    span = read_adjacent(g["num"] or "")
    if span is None:
        return None
    start, _ = numbers.start_of(m, g)
    low, high = (to_json_number(x * found.factor) for x in span)
    return numbers.mention(
        Money,
        shadow,
        start,
        numbers.end_of(m, g),
        value=None,
        low=low,
        high=high,
        currency=found.code,
        qualifier="approx",
    )


def _range(m: regex.Match[str], shadow: Shadow) -> Money | None:
    """1.2万美元到1.3万美元, 1.2至1.3万美元, 3-5亿元: one mention, low/high, value null."""
    g = numbers.fields(m)
    low_num, num = g["low"] or "", g["num"] or ""
    found = _currency_of(m, g, shadow)
    low, high = numbers.read(low_num), numbers.read(num)
    if found is None or low is None or high is None:
        return None
    lo, hi = low[0], high[0]
    if g["cur1"] is None:
        lo = numbers.shared_scale(low_num, num, lo)
    if lo >= hi:
        return None
    start, prefix = numbers.start_of(m, g)
    if numbers.after_change_verb(shadow.text, start):
        return None  # 上调0.25至4.5%: a change and a level
    qualifier = combine(prefix, qualifier_of(g["sq"], "suffix"))
    return numbers.mention(
        Money,
        shadow,
        start,
        numbers.end_of(m, g),
        value=None,
        low=to_json_number(lo * found.factor),
        high=to_json_number(hi * found.factor),
        currency=found.code,
        qualifier=qualifier,
    )


def _bare(m: regex.Match[str], shadow: Shadow) -> Money | None:
    """近千亿 with no currency word: money in the local currency when a money word is near."""
    g = numbers.fields(m)
    num, text = g["num"] or "", shadow.text
    if not any(c in num for c in "万亿兆") or not _cue_near(text, m.start(), m.end()):
        return None
    read = numbers.read(num)
    start, prefix = numbers.start_of(m, g)
    if read is None or numbers.is_bare_scale(num, bool(prefix)):
        return None
    qualifier = combine(prefix, qualifier_of(g["sq"], "suffix"), read[1])
    return numbers.mention(
        Money,
        shadow,
        start,
        numbers.end_of(m, g),
        value=to_json_number(abs(read[0])),
        currency=local_currency(shadow.region),
        qualifier=qualifier,
    )


def _cue_near(text: str, start: int, end: int) -> bool:
    """A money word just before (营收达100亿) or after 的 (近千亿的潜在亏损)."""
    before = _cues().search(text, max(0, start - 6), start)
    after = text[end : end + 1] == "的" and _cues().search(text, end + 1, min(len(text), end + 8))
    return bool(before or after)


def _near() -> str:
    """Characters one of which stands near every money amount: a currency word's first
    letter after the number, a prefix currency's last letter before it."""
    after = _words("suffix", "both", "loose")
    before = _words("prefix", "both")
    return numbers.chars_of([w[0] for w in after] + [w[-1] for w in before])


def _reach(rule: str) -> anchors.Reach:
    """What must stand by the number (see `anchors.Reach`): a range's connector after a
    currency word at most; a currency word after the number, or before it across a
    qualifier and a space; for a bare amount a scale word in the number."""
    after = _words("suffix", "both", "loose")
    if rule == "range":
        return anchors.reach(follow=after, linked=True)
    if rule == "bare":
        stops = ("的", ",", "，", "。", ";", "、", ")", "」", *qualifier_words("suffix"))
        return anchors.reach(follow=stops, holds="万亿兆", closed=True)
    return anchors.reach(follow=after, precede=_words("prefix", "both"), between=qualifier_words("prefix"))


RULES = (
    Rule("range", anchors.anchored(partial(_compile, "range"), _near(), 12, 40, _reach("range")), _range),
    Rule("amount", anchors.anchored(partial(_compile, "amount"), _near(), 12, 24, _reach("amount")), _amount),
    Rule("bare", anchors.anchored(partial(_compile, "bare"), "[万亿兆]", 0, 14, _reach("bare")), _bare),
)


@lru_cache(maxsize=1)
def _units() -> tuple[frozenset[str], frozenset[str]]:
    """(whole units 元 块 蚊, their parts 角 毛 毫 仙), read off currencies.tsv: the
    one-character words written after a number, worth one unit or a fraction of one."""
    rows = [r for r in read_table("currencies.tsv") if len(r["word"]) == 1 and r["position"] != "prefix"]
    whole = frozenset(r["word"] for r in rows if Decimal(r["factor"]) == 1)
    part = frozenset(r["word"] for r in rows if 0 < Decimal(r["factor"]) < 1)
    return whole, part


def _joins(a: Money, b: Money, shadow: Shadow) -> bool:
    """`b` (5角) is the fraction of `a` (3元): touching, same currency, worth under one unit
    (a whole unit followed at once by its tenths or hundredths is one price: 港幣3元5毫)."""
    if a.end != b.start or a.currency != b.currency or a.value is None or b.value is None:
        return False
    wholes, parts = _units()
    whole, part = shadow.text[a.end - 1], shadow.text[b.end - 1]
    return whole in wholes and part in parts and 0 < b.value < 1 and b.qualifier is None


@lru_cache(maxsize=1)
def _digit_after() -> regex.Pattern[str]:
    """One Chinese digit after 块 or 毛 and no further numeral (一斤 may follow: 两毛五一斤)."""
    digits = "".join(c for c in numeral_chars("digit") if c not in "〇○零")
    numerals = numeral_chars()
    return regex.compile(
        rf"[{digits}](?![\d{numerals}.角毛分仙毫钱])|[{digits}](?=一\p{{Han}})"
        rf"|半(?!\p{{Han}})|半(?=[钱一])"  # 22蚊半, 三块半钱; not 5块半导体
    )


def _trailing(text: str, at: int) -> Decimal | None:
    """The digit spoken after a loose unit (三块五, 两毛五): the next unit down, or None."""
    found = _digit_after().match(text, at)
    if found is not None and found.group()[0] == "半":
        return Decimal(5)  # 三块半: half the unit, five of the next one down
    reading = read_number(found.group()[0]) if found else None
    return reading.value if reading else None


def _spoken(m: Money, shadow: Shadow) -> Money:
    """三块五 is 3.5, 两毛五 0.25, 22蚊半 22.5: a lone digit (or 半) after 块 蚊 毛 counts
    the next unit down."""
    unit = shadow.text[m.end - 1] if m.end else ""
    digit = _trailing(shadow.text, m.end) if unit in _SPOKEN and m.value is not None else None
    if digit is None or m.qualifier is not None or m.low is not None:
        return m
    value = to_json_number(Decimal(str(m.value)) + digit * _SPOKEN[unit])
    return m.model_copy(update={"end": m.end + 1, "text": shadow.surface(m.start, m.end + 1), "value": value})


_SPOKEN = {"块": Decimal("0.1"), "蚊": Decimal("0.1"), "毛": Decimal("0.01")}


def compounds(found: list[Money], shadow: Shadow) -> list[Money]:
    """3元5角 as one amount (3.5): the 元 mention and the 角 mention after it, joined;
    三块五 and 两毛五 with their spoken lower digit."""
    out: list[Money] = []
    for m in (_spoken(x, shadow) for x in found):
        last = out[-1] if out else None
        if last is not None and _joins(last, m, shadow):
            value = to_json_number(Decimal(str(last.value)) + Decimal(str(m.value)))
            out[-1] = last.model_copy(
                update={"end": m.end, "text": shadow.surface(last.start, m.end), "value": value}
            )
        else:
            out.append(m)
    return out


def find_money(shadow: Shadow) -> list[Money]:
    """Every amount of money in the article, in text order, longest match winning."""
    return compounds(run(RULES, shadow), shadow)
