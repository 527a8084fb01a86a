"""Claims computed over a gold file's own mentions, to score the claim rules alone.

`zh-extract eval GOLD` scores the whole pipeline: a missed company name costs its
claims their subject. This writes, for each gold line, the claims the claims stage
states over the gold mentions, so that `zh-extract eval GOLD OUT` measures the claim
rules with perfect mentions:

    python scripts/claims_on_gold.py corpus/dev.jsonl -o /tmp/dev.claims.jsonl
    zh-extract eval corpus/dev.jsonl /tmp/dev.claims.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extract.claims import find_claims
from extract.evaluate.gold import read_gold
from extract.pipeline import make_shadow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    articles, _ = read_gold(args.gold)
    with args.output.open("w", encoding="utf-8") as out:
        for a in articles:
            shadow = make_shadow(a.text, a.published_at, a.region)
            claims = find_claims(shadow, a.mentions)
            record = a.model_copy(update={"claims": claims})
            line = json.dumps(record.model_dump(mode="json", exclude_none=True), ensure_ascii=False)
            out.write(line + "\n")


if __name__ == "__main__":
    main()
