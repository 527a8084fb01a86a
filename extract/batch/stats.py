"""What a run did: counts per shard, summed into the closing summary and `--stats`.

A worker counts its own shard (records, error records by cause, mentions and claims per
type, characters) and the runner adds the shards up; ids are checked for duplicates
here, in one place, since shards cannot see each other.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from extract.records import Article, ErrorRecord

MAX_EXAMPLES = 5


def cause(record: ErrorRecord) -> str:
    """An error record's cause without its particulars: `InputError: invalid JSON`."""
    head = record.message.split(":")[0].split(" (")[0].strip()
    return f"{record.error}: {head[:60]}"


@dataclass
class Counts:
    """What a shard and a whole run both count; a run's counts are its shards' sums."""

    inputs: int = 0
    articles: int = 0
    chars: int = 0
    claims: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    mentions: Counter[str] = field(default_factory=Counter)
    claim_types: Counter[str] = field(default_factory=Counter)  # by the type of the quantity

    def merge(self, other: Counts) -> None:
        self.inputs += other.inputs
        self.articles += other.articles
        self.chars += other.chars
        self.claims += other.claims
        self.errors.update(other.errors)
        self.mentions.update(other.mentions)
        self.claim_types.update(other.claim_types)


@dataclass
class ShardStats(Counts):
    """The counts of one shard, made in the worker that ran it."""

    ids: list[str] = field(default_factory=list)

    def add(self, record: Article | ErrorRecord) -> None:
        self.inputs += 1
        if isinstance(record, ErrorRecord):
            self.errors[cause(record)] += 1
        else:
            self.articles += 1
            self.chars += len(record.text)
            self.claims += len(record.claims)
            self.mentions.update(m.type for m in record.mentions)
            self.claim_types.update(c.quantity.type for c in record.claims)
        if record.id is not None:
            self.ids.append(record.id)

    def marker(self) -> dict[str, Any]:
        """What a completion marker records (ids left out: they can be many)."""
        return {
            "inputs": self.inputs,
            "articles": self.articles,
            "chars": self.chars,
            "claims": self.claims,
            "claims_by_type": dict(sorted(self.claim_types.items())),
            "errors": dict(self.errors),
            "mentions": dict(self.mentions),
        }


@dataclass
class RunStats(Counts):
    """The sum over the shards this run processed, plus what the run skipped."""

    shards: int = 0
    shards_resumed: int = 0
    skipped_files: list[str] = field(default_factory=list)
    duplicates: int = 0
    duplicate_examples: list[str] = field(default_factory=list)
    seconds: float = 0.0
    _seen: set[bytes] = field(default_factory=set, repr=False)

    @property
    def error_records(self) -> int:
        return sum(self.errors.values())

    def add(self, shard: ShardStats) -> None:
        self.shards += 1
        self.merge(shard)
        for id in shard.ids:
            key = hashlib.blake2b(id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
            if key in self._seen:
                self.duplicates += 1
                if len(self.duplicate_examples) < MAX_EXAMPLES:
                    self.duplicate_examples.append(id)
            else:
                self._seen.add(key)

    def as_dict(self) -> dict[str, Any]:
        per_second = self.seconds or 1e-9
        return {
            "inputs": self.inputs,
            "records": self.inputs,
            "articles": self.articles,
            "error_records": self.error_records,
            "errors_by_cause": dict(self.errors.most_common()),
            "skipped_files": len(self.skipped_files),
            "skipped_examples": self.skipped_files[:MAX_EXAMPLES],
            "duplicate_ids": self.duplicates,
            "duplicate_examples": self.duplicate_examples,
            "mentions": dict(sorted(self.mentions.items())),
            "claims": self.claims,
            "claims_by_type": dict(sorted(self.claim_types.items())),
            "chars": self.chars,
            "shards": self.shards,
            "shards_resumed": self.shards_resumed,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.inputs / per_second, 1),
            "chars_per_second": round(self.chars / per_second),
        }

    def summary(self) -> str:
        """The closing lines a run prints on standard error."""
        d = self.as_dict()
        lines = [
            f"{d['inputs']:,} inputs -> {d['articles']:,} articles, {d['error_records']:,} error records"
            f" in {d['seconds']:.2f} s ({d['articles_per_second']:,} articles/s,"
            f" {d['chars_per_second']:,} chars/s)"
        ]
        for name, count in d["errors_by_cause"].items():
            lines.append(f"  {count:,} x {name}")
        if d["mentions"]:
            lines.append(
                "mentions: "
                + ", ".join(f"{k} {v:,}" for k, v in d["mentions"].items())
                + f"; claims: {self.claims:,}"
                + "".join(f", {k} {v:,}" for k, v in d["claims_by_type"].items())
            )
        if self.skipped_files:
            lines.append(
                f"skipped {len(self.skipped_files):,} files of unknown type, e.g. {self.skipped_files[0]}"
            )
        if self.shards_resumed:
            lines.append(f"resumed: {self.shards_resumed:,} shards were already complete and kept")
        if self.duplicates:
            lines.append(f"duplicate ids: {self.duplicates:,}, e.g. {', '.join(self.duplicate_examples)}")
        return "\n".join(lines)


def tolerated(errors: int, inputs: int, max_errors: str | None) -> bool:
    """Whether `--max-errors` (a count, or a percentage like `2%`) allows this many.

    >>> tolerated(3, 100, "5"), tolerated(3, 100, "2%"), tolerated(0, 0, None)
    (True, False, True)
    """
    if errors == 0:
        return True
    if max_errors is None:
        return False
    if max_errors.endswith("%"):
        return errors * 100 <= float(max_errors[:-1]) * max(inputs, 1)
    return errors <= int(max_errors)
