"""The review page without a browser: marks nest or split but stay one per mention, text
is escaped and complete, inputs of every kind (records, raw articles, bad lines) land."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.cli import main
from extract.records import Article
from extract.review.markup import Interval, mark_up
from extract.review.page import render_page
from tests.review_fixtures import TEXT, record

ROOT = Path(__file__).parent.parent


def strip(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def _iv(start: int, end: int, name: str) -> Interval:
    return Interval(start, end, "mark", {"class": f"m t-{name}", "data-i": name})


@pytest.mark.parametrize(
    "spans,expected",
    [
        ([(0, 2, "a")], '<mark class="m t-a" data-i="a">ab</mark>cdef'),
        ([(0, 4, "a"), (1, 3, "b")],
         '<mark class="m t-a" data-i="a">a<mark class="m t-b" data-i="b">bc</mark>d</mark>ef'),
        ([(0, 3, "a"), (2, 5, "b")],
         '<mark class="m t-a" data-i="a">ab<mark class="m t-b" data-i="b">c</mark></mark>'
         '<mark class="part t-b" data-i="b">de</mark>f'),
        ([(1, 3, "a"), (1, 3, "b")],
         'a<mark class="m t-a" data-i="a"><mark class="m t-b" data-i="b">bc</mark></mark>def'),
        ([(4, 9, "a")], "abcdef"),
    ],
    ids=["one", "nested", "crossing", "same span", "outside the text"],
)
def test_mark_up(spans: list[tuple[int, int, str]], expected: str) -> None:
    assert mark_up("abcdef", [_iv(*s) for s in spans]) == expected


def test_page_marks_every_mention_and_escapes_text() -> None:
    html = render_page([Article.model_validate(record())])
    assert html.count('<mark class="m ') == 5 and "<b>增長</b>" not in html
    body = re.search(r'<div class="text" lang="zh">(.*?)</div>', html, re.S)
    assert body and strip(body.group(1)) == TEXT
    assert html.count('<tr class="claim"') == 2 and "营业收入增速" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not re.search(r"""(src|href)=["'](?!#)""", html), "no external asset"


def test_show_seed_marks_every_gold_mention(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seed.html"
    assert main(["show", str(ROOT / "corpus" / "seed-h20.jsonl"), "-o", str(out)]) == 0
    gold = json.loads((ROOT / "corpus" / "seed-h20.jsonl").read_text(encoding="utf-8"))
    html = out.read_text(encoding="utf-8")
    assert html.count('<mark class="m ') == len(gold["mentions"])
    assert html.count('<tr class="claim"') == len(gold["claims"])
    assert '<section id="index">' not in html, "one article: no index"


def test_show_runs_the_pipeline_on_articles_and_lists_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "story.txt").write_text("寒武紀2025年一季度營收11.11億元。", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(record(), ensure_ascii=False) + "\n{broken\n[1, 2]\n"
                       + json.dumps({"id": "x", "text": "abc", "mentions": [
                           {"type": "money", "start": 0, "end": 2, "text": "zz", "currency": "USD"}]})
                       + "\n", encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["show", str(tmp_path), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    index = html[html.index('<section id="index">'):html.index("</section>")]
    assert ">hand-made</a>" in index and ">story</a>" in index
    assert index.count('<tr class="error">') == 3
    assert "invalid JSON" in index and "line is not a JSON object" in index
    assert f"{records}:2" in index and f"{records}:3" in index and f"{records}:4" in index
    assert "11.11億元" in html and 'data-type="money"' in html


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab<&\n中", min_size=1, max_size=20).flatmap(
    lambda text: st.tuples(st.just(text), st.lists(
        st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=6))))
def test_mark_up_keeps_text_and_one_mark_per_interval(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, raw = case
    spans = [(min(a, b), max(a, b)) for a, b in raw if a != b]
    html = mark_up(text, [_iv(s, e, str(k)) for k, (s, e) in enumerate(spans)])
    assert strip(html) == text
    firsts = re.findall(r'<mark class="m t-\d+" data-i="(\d+)"', html)
    assert sorted(firsts) == sorted(map(str, range(len(spans)))), "one mark.m per interval"
    covered: dict[str, str] = {}
    stack: list[str] = []
    for token in re.split(r"(<[^>]+>)", html):
        if token.startswith("</"):
            stack.pop()
        elif token.startswith("<"):
            stack.append(re.findall(r'data-i="(\d+)"', token)[0])
        else:
            for k in stack:
                covered[k] = covered.get(k, "") + unescape(token)
    assert stack == []
    assert covered == {str(k): text[s:e] for k, (s, e) in enumerate(spans)}


def test_show_reads_records_from_standard_input(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    line = (json.dumps(record(), ensure_ascii=False) + "\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line), encoding="utf-8"))
    assert main(["show", "-"]) == 0
    page = capsys.readouterr().out
    assert page.count('<mark class="m ') == 5 and page.count('<tr class="claim"') == 2, \
        "shown as given (with its claims), not re-extracted"
