"""The shared number scan stays linear: a number's run of characters is capped."""

from __future__ import annotations

from extract.numbers.scan import MAX_RUN, scan


def test_runs_are_capped_on_endless_number_characters() -> None:
    found = scan("1,000," * 2000)
    assert found.starts, "every 1 starts a number"
    assert max(run - start for start, run in zip(found.starts, found.runs)) <= MAX_RUN + 1


def test_ordinary_numbers_keep_their_whole_run() -> None:
    text = "营收12,345.67亿元"
    found = scan(text)  # anchors are a superset of number starts (345 after the comma too)
    assert found.starts[0] == 2
    assert text[found.starts[0] : found.runs[0]] == "12,345.67亿"
    assert set(found.by_stop) == {"元"}


def test_amount_patterns_compile_on_first_use_only() -> None:
    """Importing the number extractors compiles none of their `regex` patterns (most of
    the start-up before the first record); a rule's pattern is compiled the first time
    one of its anchors passes, and a text with no amount compiles none."""
    import subprocess
    import sys

    script = """
from extract.numbers import money, percent, quantity
from extract.numbers.scan import Anchored
from extract.text.shadow import Shadow
rules = [r for m in (money, percent, quantity) for r in m.RULES]
assert all(isinstance(r.pattern, Anchored) for r in rules)
assert {id(r.pattern) for r in rules} <= {id(a) for a in Anchored.pending}, "compiled at import"
before = len(Anchored.pending)
money.find_money(Shadow.of("没有数字的一句话。"))
assert len(Anchored.pending) == before, "compiled without a number"
money.find_money(Shadow.of("营收55亿美元"))
amount = next(r.pattern for r in money.RULES if r.name == "amount")
assert amount not in Anchored.pending and amount._pattern is not None
assert len(Anchored.pending) < before
"""
    subprocess.run([sys.executable, "-c", script], check=True)


def test_compile_all_compiles_every_pending_pattern_as_source() -> None:
    """`compile_all` (run before forking workers) leaves nothing pending, and each rule's
    pattern is its source compiled as before (VERBOSE)."""
    import regex

    from extract.numbers import money, percent, quantity
    from extract.numbers.scan import Anchored, compile_all

    compile_all()
    assert Anchored.pending == []
    for module in (money, percent, quantity):
        for rule in module.RULES:
            compiled = rule.pattern.pattern  # type: ignore[attr-defined]
            assert isinstance(compiled, regex.Pattern)
            assert compiled.pattern == module._sources()[rule.name]
            assert compiled.flags & regex.VERBOSE
