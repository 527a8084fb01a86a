"""The Ray engine: the same shards as Ray tasks, on a cluster or a local Ray.

Each task runs `process_shard`, the function the local pool runs, so a shard gives the
same records on either engine. The pipeline is built once per Ray worker process (Ray
reuses workers, and `worker_pipeline` keeps it), and results come back to the driver,
which writes them exactly as the local runner does: markers, resume and `--shard` work
unchanged. Ray is an optional extra (`pip install 'zh-extract[ray]'`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from extract.batch.shards import Shard
from extract.batch.sinks import UsageError
from extract.batch.workers import ShardResult, WorkConfig, process_shard


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UsageError("--engine ray needs Ray: pip install 'zh-extract[ray]'") from None
    return ray


def connect(address: str | None) -> Any:
    """Ray, initialised: an existing cluster at `address` (`ray://HOST:PORT`, `auto`), or
    a local one; an already initialised Ray (a notebook, a test) is used as it is."""
    ray = _ray()
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    return ray


def run_ray(
    shards: Iterator[Shard], config: WorkConfig, address: str | None, window: int
) -> Iterator[ShardResult]:
    """Results as tasks finish, at most `window` tasks in flight (bounded memory)."""
    ray = connect(address)
    task = ray.remote(num_cpus=1, max_retries=1)(process_shard)
    config_ref = ray.put(config)
    pending: list[Any] = []
    queue = iter(shards)
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                shard = next(queue, None)
                if shard is None:
                    exhausted = True
                else:
                    pending.append(task.remote(shard, config_ref))
            if not pending:
                return
            ready, pending = ray.wait(pending, num_returns=1)
            for ref in ready:
                yield ray.get(ref)
    except BaseException:
        for ref in pending:
            ray.cancel(ref, force=True)
        raise
