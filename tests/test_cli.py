"""The CLI end to end on the bundled corpus: run, eval and its exit codes, schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.cli import main

ROOT = Path(__file__).parent.parent
SEED = ROOT / "corpus" / "seed-h20.jsonl"


def test_run_seed_offsets_point_into_original(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["run", str(SEED), "-o", str(out)]) == 0
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    assert record["id"] == "seed-h20" and record["text"] == gold["text"]
    assert record["schema_version"] and record["published_at"].startswith("2025-07-19T11:04")
    assert record["mentions"], "the seed article has mentions"
    for m in record["mentions"]:
        assert record["text"][m["start"] : m["end"]] == m["text"]


def test_run_txt_reads_header_time(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("熱門資訊\n2025-07-19 11:04\n今年一季度營收增長。", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["run", str(article), "-o", str(out)]) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["id"] == "story" and record["published_at"] == "2025-07-19T11:04:00+08:00"


def _write(path: Path, articles: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                    encoding="utf-8")
    return path


def test_eval_exit_status_follows_min_f1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    perfect = _write(tmp_path / "perfect.jsonl", [gold])
    empty = _write(tmp_path / "empty.jsonl", [gold | {"mentions": []}])
    assert main(["eval", str(SEED), str(perfect), "--min-f1", "money=1.0,entity=1.0"]) == 0
    assert "money" in capsys.readouterr().out
    assert main(["eval", str(SEED), str(empty), "--min-f1", "money=0.5"]) == 1
    assert "money: relaxed F1 0.000 < 0.5" in capsys.readouterr().err
    assert main(["eval", str(SEED), str(empty), "--min-f1", "nonsense=0.5"]) == 2


def test_eval_json_and_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    pred = _write(tmp_path / "pred.jsonl", [gold | {"mentions": gold["mentions"][1:]}])
    assert main(["eval", str(SEED), str(pred), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)["types"]
    assert scores["all"]["gold"] == len(gold["mentions"])
    assert scores["all"]["relaxed"]["recall"] < 1.0 and scores["all"]["relaxed"]["precision"] == 1.0
    assert main(["eval", str(SEED), str(pred), "--misses"]) == 0
    first = gold["mentions"][0]
    assert f"missed      seed-h20 {first['type']}" in capsys.readouterr().out


def test_schema_command_writes_files(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["article.schema.json", "claim.schema.json", "error.schema.json"]


def test_make_run_reads_only_gold_files() -> None:
    """`make run` extracts every gold article of corpus/ and nothing else: its command (read
    from the Makefile) exits 0, so no file beside the gold (sets.tsv is a table of the sets,
    not articles) turns into error records."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    match = re.search(r"zh-extract run (\S+) -o", (root / "Makefile").read_text())
    assert match, "Makefile lost its run command"
    inputs = sorted(str(p) for p in root.glob(match.group(1)))
    assert len(inputs) > 10
    done = subprocess.run([sys.executable, "-m", "extract.cli", "run", *inputs, "-o", "-"],
                          cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert '"error"' not in done.stdout
