"""Dates: the case table is the spec (tests/cases/date.toml), plus the seed article,
the header publication time and the promise never to raise or to read the clock."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.text.shadow import Shadow
from extract.time import date
from extract.time.date import find_date, header_published_at
from extract.time.duration import find_duration
from tests.casetable import cases, check, uncovered_rules

SEED = Path(__file__).parent.parent / "corpus" / "seed-h20.jsonl"
CHINA = timezone(timedelta(hours=8))


@pytest.mark.parametrize("row", cases("date"))
def test_case(row: dict[str, Any]) -> None:
    check(row, date, "find_date")


def test_every_rule_has_a_positive_row() -> None:
    assert uncovered_rules("date", date) == set()


def test_seed_dates_match_gold() -> None:
    article = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    shadow = Shadow.of(article["text"], region=article["region"],
                       published_at=datetime.fromisoformat(article["published_at"]))
    gold = [(m["start"], m["end"], m["value"], m.get("mod"), m.get("fiscal"))
            for m in article["mentions"] if m["type"] == "date"]
    got = [(d.start, d.end, d.value, d.mod, d.fiscal) for d in find_date(shadow)]
    assert got == gold


@pytest.mark.parametrize("text", ["", "\n\n", "年", "同期", "上年同期" * 50, "2025-" * 30, "月日年季" * 40,
                                  "\ud800年", "19日" * 100, "从自从" * 20 + "2025年", "民国九九九九九九年",
                                  "〇〇〇〇年", "民国0年", "九九九九年十三月", "2025年2月29日", "FY99999",
                                  "上个季", "这个季度", "本个月", "上一个季", "四季", "下半季"])
def test_never_raises(text: str) -> None:
    for published in (None, datetime(2025, 7, 19, 11, 4, tzinfo=CHINA)):
        assert isinstance(find_date(Shadow.of(text, published_at=published)), list)


def test_relative_dates_do_not_read_the_clock() -> None:
    shadow = Shadow.of("今年一季度，上月，昨天，去年同期，4月份")
    assert [d.value for d in find_date(shadow)] == [None] * 5


AT = datetime(2025, 7, 19, 11, 4, tzinfo=CHINA)
HEADERS = [
    ("seed dateline", "熱門資訊> 正文\n2025-07-19 11:04\n「我們可能」", AT),
    ("chinese date", "标题\n2025年7月19日 11:04\n正文", AT),
    ("slashes and seconds", "2025/07/19 11:04:00 来源：新华社", AT),
    ("label", "发布时间：2025-07-19 11:04", AT),
    ("traditional full-width", "發布時間：２０２５－０７－１９　１１：０４", AT),
    ("written zone", "2025-07-19T03:04:00Z", datetime(2025, 7, 19, 3, 4, tzinfo=timezone.utc)),
    ("date only", "2025年7月19日\n正文", datetime(2025, 7, 19, tzinfo=CHINA)),
    ("body sentence is not a header", "公司表示，" + "新产品将于2025年7月19日在上海发布，" * 4, None),
    ("too far down", "一\n二\n三\n四\n五\n六\n七\n2025-07-19 11:04", None),
    ("no date", "热门资讯> 正文\n英伟达H20芯片解禁", None),
    ("impossible day", "2025-02-30 11:04", None),
]


@pytest.mark.parametrize("text,expected", [h[1:] for h in HEADERS], ids=[h[0] for h in HEADERS])
def test_header_published_at(text: str, expected: datetime | None) -> None:
    assert header_published_at(text) == expected


DATEY = st.sampled_from(list("0123456789０１二〇一三四十两年月日号季度第首半上下本今去明前后"
                             "同期财FYQH民国周星期天时点分:-/.至到从自开始以来左右初底末旬\n，。"))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(DATEY, min_size=1, max_size=120), st.booleans(), st.sampled_from(["CN", "TW"]))
def test_dense_date_text_never_raises(text: str, dated: bool, region: str) -> None:
    published = datetime(2025, 7, 19, 11, 4, tzinfo=CHINA) if dated else None
    shadow = Shadow.of(text, region=region, published_at=published)  # type: ignore[arg-type]
    for found in (find_date(shadow), find_duration(shadow)):
        for m in found:
            assert text[m.start : m.end] == m.text


def test_every_rule_group_is_named() -> None:
    """Date builders read groups by name (`numbers.fields`); the rules keep every group named."""
    for rule in date.RULES:
        assert len(rule.pattern.groupindex) == rule.pattern.groups, rule.name


@pytest.mark.parametrize("table,column", [("date_words.tsv", "word"), ("date_periods.tsv", "word"),
                                          ("date_mods.tsv", "word"), ("duration_units.tsv", "unit")])
def test_tables_are_in_shadow_form(table: str, column: str) -> None:
    """An entry that the shadow conversion would change could never match."""
    from extract.tables import read_table
    from extract.text.shadow import to_shadow

    assert [r[column] for r in read_table(table) if to_shadow(r[column]) != r[column]] == []


def test_words_end_as_the_patterns_assume() -> None:
    """Patterns write 年 and 财年 once after the year words (`date_patterns.year_prefixes`)."""
    from extract.time.calendar import words

    assert all(w.endswith("年") for w in [*words("year"), *words("ctx_year")])
    assert all(w.endswith("财年") for w in words("fiscal"))
