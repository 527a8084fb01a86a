"""The Ray engine on a real local Ray cluster (two CPUs) gives the records of --workers 1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pytest

from extract.cli import main

ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'zh-extract[ray]'")

TEXTS = [
    "寒武纪2025年一季度营收11.11亿元，同比增长4230.22%。",
    "台積電第二季營收新台幣9,337億元。",
    "{broken",
]


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_engine_equals_one_worker(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            t + "\n"
            if t.startswith("{")
            else json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) + "\n"
            for i, t in enumerate(TEXTS * 4)
        ),
        encoding="utf-8",
    )
    one, on_ray = tmp_path / "one.jsonl", tmp_path / "ray.jsonl"
    assert main(["run", str(src), "-o", str(one), "--workers", "1", "--shard-size", "3", "--quiet"]) == 1
    assert main(["run", str(src), "-o", str(on_ray), "--engine", "ray", "--shard-size", "3", "--quiet"]) == 1
    assert on_ray.read_bytes() == one.read_bytes() and len(one.read_bytes().splitlines()) == 12


ROWS = [{"id": f"d{i}", "text": TEXTS[i % 2]} for i in range(6)] + [{"id": "none", "text": None}]


def test_extract_turns_a_batch_into_records() -> None:
    from extract.batch.writers import to_json_line
    from extract.pipeline import Pipeline
    from extract.ray import Extract

    out = Extract()(pa.Table.from_pylist(ROWS))
    assert out["id"] == [r["id"] for r in ROWS] and out["error"] == [None] * 6 + ["InputError"]
    assert out["record"][1] == to_json_line(Pipeline()(TEXTS[1], id="d1"))


def test_ray_data_map_batches() -> None:
    pytest.importorskip("ray.data", reason="Ray Data needs ray[data] (pandas)", exc_type=ImportError)
    from extract.ray import Extract

    out = (
        ray.data.from_items(ROWS)
        .map_batches(Extract, concurrency=2, batch_size=3, batch_format="pyarrow")
        .take_all()
    )
    direct = Extract()(pa.Table.from_pylist(ROWS))
    assert sorted((row["id"], row["record"]) for row in out) == sorted(zip(direct["id"], direct["record"]))


def test_extract_takes_a_pandas_frame_as_mapinpandas_gives() -> None:
    pandas = pytest.importorskip("pandas")
    from extract.ray import Extract

    frame = pandas.DataFrame(ROWS)
    assert Extract()(frame) == Extract()(pa.Table.from_pylist(ROWS))
