"""Word frequencies from jieba's bundled dictionary, read once for the company filters.

The Taiwan and mainland listing filters drop a short name that is an ordinary word
(:meth:`WordStats.common`) or whose two characters commonly meet across a word boundary
(:meth:`WordStats.boundary_risk`). The file is parsed directly, without initialising
jieba, so the build stays fast and deterministic.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import jieba

# jieba dictionary frequency from which a word counts as an ordinary, frequent word.
JIEBA_COMMON = 20


@dataclass(frozen=True)
class WordStats:
    """Frequencies from jieba's bundled dictionary (dict.txt)."""

    freq: dict[str, tuple[int, str]]
    ends: dict[str, int]
    starts: dict[str, int]
    total: int

    def common(self, word: str) -> bool:
        """True when jieba lists `word` with frequency >= JIEBA_COMMON."""
        return self.freq.get(word, (0, ""))[0] >= JIEBA_COMMON

    def boundary_risk(self, word: str) -> float:
        """How likely a two-character `word` appears across a word boundary (x 1e4)."""
        if len(word) != 2:
            return 0.0
        return self.ends.get(word[0], 0) / self.total * self.starts.get(word[1], 0) / self.total * 1e4


def load_word_stats() -> WordStats:
    """Read jieba's dict.txt (word, frequency, POS tag per line) without initialising jieba."""
    path = Path(os.path.dirname(jieba.__file__)) / "dict.txt"
    freq: dict[str, tuple[int, str]] = {}
    ends: dict[str, int] = defaultdict(int)
    starts: dict[str, int] = defaultdict(int)
    total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, count = parts[0], int(parts[1])
            tag = parts[2] if len(parts) > 2 else ""
            freq[word] = (count, tag)
            ends[word[-1]] += count
            starts[word[0]] += count
            total += count
    return WordStats(freq, dict(ends), dict(starts), total)

