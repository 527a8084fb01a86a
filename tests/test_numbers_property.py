"""Arbitrary text never breaks money, percent or quantity: no exception, offsets hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.numbers.money import find_money
from extract.numbers.percent import find_percent
from extract.numbers.quantity import find_quantity
from extract.text.shadow import Shadow

# Dense in what the rules look at: digits, numerals, scale, currency, units, qualifiers.
NEWSY = st.sampled_from(
    list("0123456789０１２.,-~至到%％‰一二两三十百千万亿兆萬億几数上多余")
    + list("元美港台币块仙张家个倍nmGW约超近不以下左右成百分之点第H $¥")
)
TEXT = st.one_of(st.text(max_size=120), st.text(NEWSY, max_size=120))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["CN", "TW", "HK"]))
def test_never_raises_and_offsets_hold(text: str, region: str) -> None:
    shadow = Shadow.of(text, region=region)  # type: ignore[arg-type]
    found = [*find_money(shadow), *find_percent(shadow), *find_quantity(shadow)]
    for m in found:
        assert text[m.start : m.end] == m.text
        assert (m.value is None) == (m.low is not None and m.high is not None)
        if m.low is not None:
            assert m.low < m.high
