"""`zh-extract claims` (the flat view) and claim scoring in `zh-extract eval`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from extract.batch.claim_rows import COLUMNS
from extract.cli import main
from extract.evaluate.claims import field_ok, fold_metric, score_claims
from extract.evaluate.gold import read_gold

ROOT = Path(__file__).parent.parent
SEED = ROOT / "corpus" / "seed-h20.jsonl"


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    text = "2025年一季度，寒武纪实现营业收入11.11亿元，同比暴涨4230.22%。"
    path.write_text(json.dumps({"id": "a1", "text": text, "published_at": "2025-07-19"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_claims_csv_one_row_per_claim(tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    assert main(["claims", str(_article(tmp_path)), "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert tuple(rows[0]) == COLUMNS
    assert [(r["id"], r["subject"], r["metric"], r["value"], r["currency"], r["time"], r["change"],
             r["direction"], r["basis"]) for r in rows] == [
        ("a1", "寒武纪", "营业收入", "1111000000", "CNY", "2025-Q1", "4230.22", "up", "yoy")]


def test_claims_jsonl_keeps_nulls(tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    assert main(["claims", str(_article(tmp_path)), "-o", str(out)]) == 0
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["value"] == 1111000000 and row["attribution"] is None and row["subject_text"] is None


def test_gold_scored_against_itself_is_perfect() -> None:
    gold, _ = read_gold(SEED)
    report = score_claims(gold, gold)
    assert report is not None
    data = report.to_dict()
    assert data["claim"]["f1"] == 1.0 and data["pairing"]["f1"] == 1.0
    assert set(data["fields"].values()) == {1.0} and data["misses"] == []


def test_no_gold_claims_no_section(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "营收1亿元。", "mentions": []}) + "\n", encoding="utf-8")
    gold, _ = read_gold(path)
    assert score_claims(gold, gold) is None


@pytest.mark.parametrize(("gold", "pred", "ok"), [
    ("营业收入", "营收", True),  # synonym folding
    ("出口额", "出口", True),  # containment, as written
    ("交付量增速", "交付量", True),  # containment
    ("净利润", "市值", False),
    (None, None, True),
])
def test_metric_folding(gold: str | None, pred: str | None, ok: bool) -> None:
    class C:
        metric: str | None

    g, p = C(), C()
    g.metric, p.metric = gold, pred
    assert field_ok("metric", g, p) is ok
    assert fold_metric(None) is None


def test_eval_claim_bar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(SEED), str(SEED), "--min-f1", "claim=0.99"]) == 0
    assert "claims: 1 articles, gold 25, pred 25" in capsys.readouterr().out
    empty = tmp_path / "empty.jsonl"
    record = json.loads(SEED.read_text(encoding="utf-8"))
    record["claims"] = []
    empty.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", str(SEED), str(empty), "--min-f1", "claim=0.5"]) == 1


def test_markdown_shows_claim_fields_and_wrong_fields(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A pull-request comment names the broken field of a claim, with gold and predicted."""
    (line,) = SEED.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    record["claims"][0]["metric"] = "员工数量"
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    main(["eval", str(SEED), str(pred), "--markdown", "--misses"])
    out = capsys.readouterr().out
    whole = f"{(len(record['claims']) - 1) / len(record['claims']):.3f}"
    assert f"| claim | {whole} | {whole} | {whole} |" in out
    assert "| pairing | 1.000 | 1.000 | 1.000 |" in out
    assert "| field accuracy on pairs | subject | metric |" in out
    assert "<summary>1 claim errors</summary>" in out
    assert "| metric |" in out and "员工数量" in out
