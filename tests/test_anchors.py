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
