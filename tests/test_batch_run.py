"""`zh-extract run` at scale: N inputs -> N records, order, resume after a kill, shards,
Parquet, guards and exit statuses."""

from __future__ import annotations

import fcntl
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.cli import main

ROOT = Path(__file__).parent.parent
TEXTS = [
    "寒武纪2025年一季度营收11.11亿元，同比增长4230.22%。",
    "台積電第二季營收新台幣9,337億元，年增40%。",
    "港交所上半年收入港幣120億元。",
    "去年同期，公司净利润为3亿元，员工1200人。",
]


def _articles(n: int) -> list[dict[str, str]]:
    return [{"id": f"n{i}", "text": TEXTS[i % len(TEXTS)], "published_at": "2025-07-19"} for i in range(n)]


def _jsonl(path: Path, articles: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict[str, object]]:
    raw = path.read_bytes()
    assert raw.endswith(b"\n") or not raw, "no partial last line"
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()]


def _folder_ids(folder: Path) -> list[str]:
    return [r["id"] for p in sorted(folder.glob("part-*.jsonl")) for r in _lines(p)]  # type: ignore[misc]


def test_mixed_batch_gives_one_record_per_input(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", _articles(3))
    with (folder / "a.jsonl").open("ab") as out:
        out.write(b'{"id": "bad", "text": \n{"id": "empty", "text": " "}\n')
        out.write(json.dumps({"id": "big", "text": "营收5亿元。" + " " * 5_000_000}).encode() + b"\n")
        out.write(json.dumps({"id": "over", "text": "x" * 6_000_001}).encode() + b"\n")
    (folder / "big5.txt").write_bytes(
        "行政院主計總處今天公布，第一季經濟成長率為百分之五點四。".encode("big5")
    )
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out.jsonl"
    code = main(["run", str(folder), "-o", str(out), "--workers", "2", "--max-chars", "6000000", "--quiet"])
    records = _lines(out)
    assert code == 1 and len(records) == 3 + 4 + 2
    assert [r.get("error") for r in records] == [None] * 3 + [
        "InputError",
        "InputError",
        None,
        "InputError",
        None,
        "InputError",
    ]
    assert "over --max-chars" in str(records[6]["message"]) and records[7]["meta"] == {"encoding": "big5"}
    assert (
        main(["run", str(folder), "-o", str(out), "--max-chars", "6000000", "--quiet", "--max-errors", "50%"])
        == 0
    )


def test_ordered_output_equals_one_worker(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(30))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["run", str(src), "-o", str(one), "--workers", "1", "--shard-size", "4", "--quiet"]) == 0
    assert main(["run", str(src), "-o", str(two), "--workers", "2", "--shard-size", "4", "--quiet"]) == 0
    assert one.read_bytes() == two.read_bytes() and len(_lines(one)) == 30


def test_ordered_stdout_equals_one_worker(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(12))
    assert main(["run", str(src), "--workers", "1", "--shard-size", "3", "--quiet"]) == 0
    one = capfdbinary.readouterr().out
    assert main(["run", str(src), "--workers", "2", "--shard-size", "3", "--quiet"]) == 0
    assert capfdbinary.readouterr().out == one and one.count(b"\n") == 12


def test_slices_add_up_to_the_whole(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(10))
    out = tmp_path / "out"
    for i in (1, 2, 3):
        assert (
            main(
                [
                    "run",
                    str(src),
                    "-o",
                    f"{out}/",
                    "--shard",
                    f"{i}/3",
                    "--shard-size",
                    "2",
                    "--workers",
                    "1",
                    "--quiet",
                ]
            )
            == 0
        )
    assert sorted(_folder_ids(out)) == sorted(f"n{i}" for i in range(10))
    assert len(list((out / "_markers").glob("*.json"))) == 5


def _spawn(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "extract.cli", "run", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_for_markers(folder: Path, proc: subprocess.Popen[bytes], count: int) -> None:
    deadline = time.monotonic() + 60
    while len(list((folder / "_markers").glob("*.json"))) < count:
        assert proc.poll() is None, "the run ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _wait_gone(pids: list[int]) -> None:
    """The workers of a killed runner die with it, and no orphan goes on writing."""
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and "zombie" not in _state(pid) for pid in pids):
        assert time.monotonic() < deadline, f"orphaned workers {pids}"
        time.sleep(0.05)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].splitlines()[0]
    except (OSError, IndexError):
        return "zombie"


@pytest.mark.parametrize("target", ["out/", "out.jsonl"])
def test_sigkill_then_resume_gives_each_input_once(tmp_path: Path, target: str) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(400))
    out = tmp_path / target
    parts = out if target.endswith("/") else tmp_path / "out.jsonl.parts"
    proc = _spawn(
        [
            str(src),
            "-o",
            str(out) + ("/" if target.endswith("/") else ""),
            "--shard-size",
            "5",
            "--workers",
            "2",
            "--quiet",
        ]
    )
    _wait_for_markers(parts, proc, 2)
    workers = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
    proc.kill()
    proc.wait()
    _wait_gone([int(w) for w in workers])
    assert (
        main(
            [
                "run",
                str(src),
                "-o",
                str(out) + ("/" if target.endswith("/") else ""),
                "--resume",
                "--shard-size",
                "5",
                "--workers",
                "2",
                "--quiet",
            ]
        )
        == 0
    )
    ids = _folder_ids(out) if target.endswith("/") else [r["id"] for r in _lines(out)]
    assert ids == [f"n{i}" for i in range(400)]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_exits_130_and_resume_finishes(tmp_path: Path, signum: int) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(400))
    out = tmp_path / "out"
    proc = _spawn([str(src), "-o", f"{out}/", "--shard-size", "5", "--workers", "2"])
    _wait_for_markers(out, proc, 1)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and b"Traceback" not in err and b"--resume" in err
    assert main(["run", str(src), "-o", f"{out}/", "--shard-size", "5", "--quiet"]) == 0  # rerun resumes
    assert _folder_ids(out) == [f"n{i}" for i in range(400)]


def test_full_disk_exits_3_keeps_shards_and_resume_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract.batch import sinks

    src = _jsonl(tmp_path / "in.jsonl", _articles(12))
    out = tmp_path / "out.jsonl"
    real, calls = sinks.atomic_write, []

    def full(path: Path, data: object) -> None:
        calls.append(path)
        if len(calls) > 3:
            raise OSError(28, "No space left on device")
        real(path, data)  # type: ignore[arg-type]

    monkeypatch.setattr(sinks, "atomic_write", full)
    assert main(["run", str(src), "-o", str(out), "--shard-size", "3", "--workers", "1", "--quiet"]) == 3
    assert not out.exists()
    monkeypatch.setattr(sinks, "atomic_write", real)
    assert main(["run", str(src), "-o", str(out), "--shard-size", "3", "--workers", "1", "--quiet"]) == 0
    assert [r["id"] for r in _lines(out)] == [f"n{i}" for i in range(12)]


def test_output_inside_input_folder_is_not_read_back(tmp_path: Path) -> None:
    _jsonl(tmp_path / "in.jsonl", _articles(3))
    for _ in range(2):
        assert main(["run", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--quiet"]) == 0
    assert len(_lines(tmp_path / "out.jsonl")) == 3


def test_output_naming_an_input_is_a_usage_error(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(3))
    before = src.read_bytes()
    assert main(["run", str(src), "-o", str(src), "--quiet"]) == 2
    assert src.read_bytes() == before


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(3))
    out = tmp_path / "out"
    out.mkdir()
    with (out / "_lock").open("a") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        assert main(["run", str(src), "-o", f"{out}/", "--quiet"]) == 2
    assert main(["run", str(src), "-o", f"{out}/", "--quiet"]) == 0


def test_address_without_ray_is_a_usage_error(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(1))
    assert main(["run", str(src), "--address", "auto", "--quiet"]) == 2


def test_other_inputs_into_a_used_folder_are_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["run", str(_jsonl(tmp_path / "a.jsonl", _articles(2))), "-o", f"{out}/", "--quiet"]) == 0
    assert main(["run", str(_jsonl(tmp_path / "b.jsonl", _articles(5))), "-o", f"{out}/", "--quiet"]) == 2


@pytest.mark.parametrize(
    "args",
    [["--published-at", "yesterday"], ["--shard", "3/2"], ["--workers", "0"], ["--max-errors", "lots"]],
)
def test_bad_options_exit_2(tmp_path: Path, args: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["run", str(tmp_path), *args])
    assert exc.value.code == 2


def test_parquet_tables_round_trip_to_the_jsonl_records(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from extract.batch.parquet import records_from_tables

    seed = ROOT / "corpus" / "seed-h20.jsonl"
    src = _jsonl(tmp_path / "in.jsonl", _articles(6))
    with src.open("a", encoding="utf-8") as out:
        out.write(seed.read_text(encoding="utf-8").splitlines()[0] + "\n{broken\n")
    jsonl, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    assert main(["run", str(src), "-o", str(jsonl), "--quiet", "--shard-size", "3"]) == 1
    assert main(["run", str(src), "-o", str(parquet), "--quiet", "--shard-size", "3"]) == 1
    tables = [
        pq.read_table(tmp_path / name)
        for name in ("out.parquet", "out.mentions.parquet", "out.claims.parquet")
    ]
    assert pq.ParquetFile(parquet).num_row_groups == 3
    assert records_from_tables(*tables) == _lines(jsonl)
    folder = tmp_path / "pq"
    assert (
        main(
            [
                "run",
                str(src),
                "-o",
                f"{folder}/",
                "--output-format",
                "parquet",
                "--quiet",
                "--shard-size",
                "3",
            ]
        )
        == 1
    )
    assert sorted(p.name for p in (folder / "mentions").iterdir()) == [
        f"part-00000{i}.parquet" for i in range(3)
    ]


def test_timeout_becomes_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import pipeline as core
    from extract.pipeline import finder

    def slow(shadow):  # type: ignore[no-untyped-def]
        if "慢" in shadow.text:
            time.sleep(5)
        return []

    monkeypatch.setattr(core, "finder", lambda stage: slow if stage == "money" else finder(stage))
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "快1亿元"}, {"id": "b", "text": "慢1亿元"}])
    out = tmp_path / "out.jsonl"
    assert main(["run", str(src), "-o", str(out), "--workers", "1", "--timeout", "0.2", "--quiet"]) == 1
    records = _lines(out)
    assert records[1]["error"] == "TimeoutError" and records[1]["id"] == "b" and "error" not in records[0]


def test_surrogates_json_would_pair_become_an_error_record(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "s", "text": "营收\\ud800x\\udfff亿元"}\n{"id": "ok", "text": "营收\\ud800亿元"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    main(["run", str(src), "-o", str(out), "--quiet", "--workers", "1"])
    assert [r["id"] for r in _lines(out)] == ["s", "ok"]  # lone surrogates apart round-trip

    from extract.batch.writers import faithful
    from extract.pipeline import Pipeline

    record, line = faithful(Pipeline()("营收\ud800\udfff亿元", id="pair"))
    assert record.error == "EncodeError" and json.loads(line)["id"] == "pair"  # type: ignore[union-attr]
    from extract.batch.writers import faithful_bytes

    same, raw = faithful_bytes(Pipeline()("营收\ud800\udfff亿元", id="pair"))  # what a worker writes
    assert same == record and raw.decode("utf-8") == line


def test_stdin_streams_and_stats_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _articles(7)).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"\xef\xbb\xbf" + data))))
    stats = tmp_path / "stats.json"
    assert main(["run", "-", "--shard-size", "2", "--workers", "2", "--stats", str(stats), "--quiet"]) == 0
    lines = capfdbinary.readouterr().out.decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [f"n{i}" for i in range(7)]
    summary = json.loads(stats.read_text(encoding="utf-8"))
    assert summary["inputs"] == 7 and summary["error_records"] == 0 and summary["mentions"]["money"] >= 7


def test_duplicate_ids_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(3) + _articles(2))
    assert main(["run", str(src), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "duplicate ids: 2, e.g. n0, n1" in capsys.readouterr().err


def test_an_article_the_timer_cannot_stop_costs_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract import pipeline as core
    from extract.pipeline import finder

    def hangs(shadow):  # type: ignore[no-untyped-def]
        if "卡" in shadow.text:  # like a C extension that never returns: the timer cannot fire
            signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
            time.sleep(30)
        return []

    monkeypatch.setattr(core, "finder", lambda stage: hangs if stage == "money" else finder(stage))
    articles = _articles(6)
    articles[3]["text"] = "卡住了1亿元"
    src = _jsonl(tmp_path / "in.jsonl", articles)
    out = tmp_path / "out.jsonl"
    args = [
        "run",
        str(src),
        "-o",
        str(out),
        "--workers",
        "2",
        "--timeout",
        "0.3",
        "--shard-size",
        "2",
        "--quiet",
    ]
    assert main(args) == 1
    records = _lines(out)
    assert [r["id"] for r in records] == [f"n{i}" for i in range(6)]
    assert [r.get("error") for r in records] == [None] * 3 + ["TimeoutError"] + [None] * 2
    assert "worker was replaced" in str(records[3]["message"])


def test_unordered_stdout_has_every_record(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(12))
    assert main(["run", str(src), "--workers", "2", "--shard-size", "2", "--unordered", "--quiet"]) == 0
    lines = capfdbinary.readouterr().out.decode().splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == sorted(f"n{i}" for i in range(12))


def test_an_over_long_line_is_its_own_error_record(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", _articles(2))
    with src.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "huge", "text": "营收" * 500_000}, ensure_ascii=False) + "\n")
        out.write(json.dumps({"id": "after", "text": TEXTS[0]}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["run", str(src), "-o", str(out), "--max-chars", "1000", "--quiet", "--workers", "1"]) == 1
    records = _lines(out)
    assert [r.get("id") for r in records] == ["n0", "n1", None, "after"]
    assert "line longer than" in str(records[2]["message"]) and records[2]["source"] == f"{src}:3"


def test_another_runs_output_folder_inside_the_input_is_skipped(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _jsonl(data / "in.jsonl", _articles(3))
    assert main(["run", str(data), "-o", f"{data}/first/", "--quiet"]) == 0
    out = tmp_path / "second.jsonl"
    assert main(["run", str(data), "-o", str(out), "--quiet"]) == 0
    assert len(_lines(out)) == 3


def test_parquet_claims_table_round_trips_gold_claims() -> None:
    from extract.batch.parquet import records_from_tables, tables_of
    from extract.batch.readers import read_articles
    from extract.batch.writers import to_json_line

    (gold,) = read_articles(ROOT / "corpus" / "seed-h20.jsonl")  # 25 hand-annotated claims
    tables = tables_of([(gold, "seed")])
    assert tables["claims"].num_rows == len(gold.claims) > 0
    assert records_from_tables(tables["articles"], tables["mentions"], tables["claims"]) == [
        json.loads(to_json_line(gold))
    ]
