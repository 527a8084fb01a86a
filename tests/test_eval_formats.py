"""eval's correctness cases and CI formats: n/a rows, bars, causes, warnings, JSON with
misses, JUnit, Markdown, baseline. Small hand-made gold so every expectation is visible."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from extract.cli import main
from extract.evaluate.scoring import evaluate
from extract.records import Article

TEXT = "营收55亿美元，增长95%，2025年一季度"
MONEY = {"type": "money", "start": 2, "end": 7, "text": "55亿美元", "value": 5.5e9, "currency": "USD"}
PCT = {"type": "percent", "start": 10, "end": 13, "text": "95%", "value": 95, "unit": "percent"}


def article(mentions: list[dict[str, Any]], id: str = "a", **extra: Any) -> dict[str, Any]:
    return {"id": id, "text": TEXT, "mentions": mentions, **extra}


def write(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    gold = write(tmp_path / "gold.jsonl", [article([MONEY, PCT])])
    return {
        "gold": gold,
        "perfect": write(tmp_path / "perfect.jsonl", [article([MONEY, PCT])]),
        "half": write(tmp_path / "half.jsonl", [article([MONEY])]),
        "tmp": tmp_path,
    }


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(
    "pred,cause",
    [
        ([], "missed"),
        ([MONEY | {"value": 5.6e9}], "wrong_value"),
        ([MONEY | {"currency": "CNY"}], "wrong_value"),
        ([MONEY | {"start": 4, "text": "亿美元"}], "wrong_span"),
        ([MONEY, PCT | {"start": 11, "end": 13, "text": "5%", "value": 5}], "spurious"),
    ],
    ids=["nothing predicted", "other amount", "other currency", "shorter span", "false alarm"],
)
def test_each_error_has_its_cause(pred: list[dict[str, Any]], cause: str) -> None:
    gold = Article.model_validate(article([MONEY], scope=["money", "percent"]))
    report = evaluate([gold], [Article.model_validate(article(pred))])
    assert [m.kind for m in report.misses] == [cause]


def test_wrong_value_lists_both_sides_once() -> None:
    gold = Article.model_validate(article([MONEY]))
    (miss,) = evaluate([gold], [Article.model_validate(article([MONEY | {"value": 1}]))]).misses
    assert miss.gold.value == 5.5e9 and miss.pred.value == 1 and miss.sentence == (0, len(TEXT))


def test_type_without_gold_or_predictions_is_na(files: dict[str, Path],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["eval", str(files["gold"]), str(files["perfect"]), "--json"], capsys)
    types = json.loads(out)["types"]
    assert status == 0 and types["money"]["relaxed"]["f1"] == 1.0
    assert types["person"]["relaxed"] == {"precision": None, "recall": None, "f1": None}
    _, table, _ = run(["eval", str(files["gold"]), str(files["perfect"])], capsys)
    assert "n/a" in next(line for line in table.splitlines() if line.startswith("person"))


@pytest.mark.parametrize(
    "bar,status,message",
    [
        ("money=1.0", 0, ""),
        ("percent=0.5", 1, "FAIL percent: relaxed F1 0.000 < 0.5"),
        ("person=0.1", 1, "person: no gold and no predicted person mentions, so relaxed F1 is n/a"),
        ("claim=0.5", 1, "claim: no claim scores"),
        ("money=95", 2, "a bar is an F1 between 0 and 1 (0.95, not 95)"),
        ("money=-0.1", 2, "a bar is an F1 between 0 and 1"),
        ("money=high", 2, "write name=number"),
        ("money", 2, "write name=number"),
        ("cash=0.5", 2, "unknown name 'cash'"),
    ],
)
def test_bars(files: dict[str, Path], capsys: pytest.CaptureFixture[str], bar: str, status: int,
              message: str) -> None:
    got, _, err = run(["eval", str(files["gold"]), str(files["half"]), "--min-f1", bar], capsys)
    assert got == status and message in err


def test_json_holds_the_misses(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["eval", str(files["gold"]), str(files["half"]), "--json", "--misses"], capsys)
    data = json.loads(out)
    (miss,) = data["misses"]
    assert status == 0 and miss["cause"] == "missed" and miss["gold"]["text"] == "95%"
    assert miss["sentence"] == {"start": 0, "end": len(TEXT), "text": TEXT}


def test_gold_without_mentions_and_missing_predictions_warn(
        files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    bare = {"id": "b", "text": TEXT}
    gold = write(files["tmp"] / "g.jsonl", [article([MONEY]), bare, article([PCT], id="c")])
    pred = write(files["tmp"] / "p.jsonl", [article([MONEY]), article([PCT], id="b")])
    status, out, err = run(["eval", str(gold), str(pred), "--json"], capsys)
    types = json.loads(out)["types"]
    assert "1 of 3 gold articles have no prediction" in err and err.count(": c\n") == 1
    assert "1 gold lines have no `mentions` field" in err and "spurious): b" in err
    assert types["percent"] == types["percent"] | {"gold": 1, "pred": 1}
    assert types["percent"]["relaxed"]["f1"] == 0.0


def test_junit_has_a_case_per_type_and_per_bar(files: dict[str, Path],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    junit = files["tmp"] / "eval.xml"
    status, _, _ = run(["eval", str(files["gold"]), str(files["half"]), "--junit", str(junit),
                        "--min-f1", "money=0.9,percent=0.9,person=0.9"], capsys)
    root = ET.parse(junit).getroot()
    types, bars = root.findall("testsuite")
    cases = {c.get("name"): c for c in types.findall("testcase")}
    assert status == 1 and {"money", "percent", "all", "numeric"} <= set(cases)
    assert cases["person"].find("skipped") is not None and cases["money"].find("skipped") is None
    results = {c.get("name"): c.find("failure") for c in bars.findall("testcase")}
    assert list(results) == ["money >= 0.9", "percent >= 0.9", "person >= 0.9"]
    assert results["money >= 0.9"] is None
    assert "0.000 < 0.9" in (results["percent >= 0.9"].get("message") or "")
    assert "n/a" in (results["person >= 0.9"].get("message") or "")
    assert root.get("failures") == "2" == bars.get("failures")


def test_markdown_table(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["eval", str(files["gold"]), str(files["half"]), "--markdown",
                          "--min-f1", "percent=0.5"], capsys)
    lines = out.splitlines()
    assert status == 1 and "| money | 1 | 1 | 1.000 | 1.000 | 1.000 | 1.000 |" in lines
    assert "| percent | 1 | 0 | n/a | 0.000 | 0.000 | 0.000 |" in lines
    assert any(line.startswith("| percent ≥ 0.5 | **FAIL**") for line in lines)
    assert "<details>" not in out
    _, folded, _ = run(["eval", str(files["gold"]), str(files["half"]), "--markdown", "--misses"], capsys)
    assert "<details><summary>1 errors</summary>" in folded
    assert f"| percent | missed | a | `95%` 95 |  | {TEXT} |" in folded.splitlines()


def test_json_and_markdown_together_is_a_usage_error(files: dict[str, Path],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["eval", str(files["gold"]), "--json", "--markdown"], capsys)[0] == 2


def test_baseline_names_what_changed(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    wrong = write(files["tmp"] / "wrong.jsonl", [article([MONEY | {"value": 1}, PCT])])
    status, out, _ = run(["eval", str(files["gold"]), str(wrong), "--baseline", str(files["half"]),
                          "--json"], capsys)
    base = json.loads(out)["baseline"]
    assert [c["gold"]["text"] for c in base["newly_wrong"]] == ["55亿美元"]
    assert base["newly_wrong"][0]["before"] is None and base["newly_missed"] == []
    assert [m["gold"]["text"] for m in base["newly_fixed"]] == ["95%"]
    assert base["f1"]["money"] == {"old": 1.0, "new": 0.0, "delta": -1.0}
    assert base["f1"]["person"]["delta"] is None
    _, text, _ = run(["eval", str(files["gold"]), str(wrong), "--baseline", str(files["half"])], capsys)
    assert "newly wrong (1):" in text and "newly fixed (1):" in text and "(was right)" in text
    page = files["tmp"] / "base.html"
    run(["eval", str(files["gold"]), str(wrong), "--baseline", str(files["half"]), "--html", str(page)],
        capsys)
    html = page.read_text(encoding="utf-8")
    assert "<h2>Since the baseline</h2>" in html and "<td>money</td><td class=\"n\">1.000</td>" in html


class FakeClaims:
    """What the claim scorer hands over: any object with `to_dict()`."""

    def __init__(self, f1: float | None) -> None:
        self.f1 = f1

    def to_dict(self) -> dict[str, Any]:
        return {"claim": {"gold": 2, "pred": 2, "f1": self.f1}, "fields": {"metric": 0.5}}


@pytest.mark.parametrize("f1,bar,status", [(0.8, "claim=0.5", 0), (0.4, "claim=0.5", 1),
                                           (None, "claim=0.5", 1)])
def test_claims_section_plugs_into_every_format(
        files: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        f1: float | None, bar: str, status: int) -> None:
    monkeypatch.setattr("extract.evaluate.command.claims_section", lambda gold, pred: FakeClaims(f1))
    junit, html = files["tmp"] / "e.xml", files["tmp"] / "e.html"
    got, out, err = run(["eval", str(files["gold"]), str(files["perfect"]), "--json", "--min-f1", bar,
                         "--junit", str(junit), "--html", str(html)], capsys)
    data = json.loads(out)
    assert got == status and data["claims"]["claim"]["f1"] == f1 and data["bars"][0]["f1"] == f1
    case = next(c for c in ET.parse(junit).getroot().iter("testcase") if c.get("name") == "claim")
    assert (case.find("skipped") is not None) == (f1 is None)
    page = html.read_text(encoding="utf-8")
    assert "<td>fields.metric</td>" in page and ('data-row="claim"' in page) == (f1 is not None)


def test_changed_text_warns(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    other = write(files["tmp"] / "other.jsonl", [article([]) | {"text": TEXT + "。"}])
    _, _, err = run(["eval", str(files["gold"]), str(other)], capsys)
    assert "1 predictions have a different text than their gold (offsets cannot agree): a" in err


@pytest.mark.parametrize(
    "line,cause",
    [
        ("{broken", "gold.jsonl:2: invalid JSON"),
        ("[1, 2]", "gold.jsonl:2: not a JSON object"),
        (json.dumps({"id": "b", "text": "abc", "mentions": [
            {"type": "money", "start": 0, "end": 2, "text": "zz", "currency": "USD"}]}),
         "gold.jsonl:2: not a valid article: b: money 0-2 'zz' not in text"),
        (json.dumps({"id": "b"}), "gold.jsonl:2: not a valid article: text: Field required"),
    ],
    ids=["not JSON", "not an object", "offsets off", "no text"],
)
def test_bad_gold_line_is_a_usage_error_naming_it(files: dict[str, Path], capsys: pytest.CaptureFixture[str],
                                                  line: str, cause: str) -> None:
    with files["gold"].open("a", encoding="utf-8") as stream:
        stream.write(line + "\n")
    status, _, err = run(["eval", str(files["gold"]), str(files["perfect"])], capsys)
    assert status == 2 and cause in err


CORPUS = sorted((Path(__file__).parent.parent / "corpus").glob("*.jsonl"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_gold_against_itself_is_perfect_or_na(path: Path) -> None:
    from extract.evaluate.gold import read_gold

    gold, bare = read_gold(path)
    report = evaluate(gold, gold, unannotated=bare)
    assert report.misses == [] and report.warnings == []
    for name, counts in report.rows.items():
        assert report.f1(name, "strict") == (1.0 if counts.gold else None), name
