"""The progress bar: tqdm on a terminal (articles/s, chars/s), silent otherwise.

Updated once per shard, so it costs nothing per article.
"""

from __future__ import annotations

import time
from typing import Any

from extract.batch.stats import ShardStats


class Progress:
    """A bar counting articles; with a total (known when the plan counts every shard's
    inputs) it shows the ETA."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.articles = self.chars = self.errors = 0
        self.started = time.perf_counter()

    def start(self, total: int | None) -> None:
        if self.enabled:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: workers are forked after this
            self.bar = tqdm(total=total, unit=" articles", unit_scale=True, dynamic_ncols=True, leave=False)

    def update(self, shard: ShardStats) -> None:
        if self.bar is None:
            return
        self.articles += shard.inputs
        self.chars += shard.chars
        self.errors += sum(shard.errors.values())
        seconds = max(time.perf_counter() - self.started, 1e-9)
        self.bar.update(shard.inputs)
        self.bar.set_postfix_str(f"{self.chars / seconds:,.0f} chars/s, {self.errors:,} errors")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
