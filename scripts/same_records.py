"""Are two runs' records identical? For refactors that must not change output.

    zh-extract run corpus -o before.jsonl      # on the old commit
    zh-extract run corpus -o after.jsonl       # on the new one
    python scripts/same_records.py before.jsonl after.jsonl

Records are paired by `id` and compared field by field (mentions and claims as sets of
their JSON, so an order change is reported as such). Prints each difference and exits 1
when there is one, 0 when every record is the same: a commit that changes output must
name the bug it fixes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def load(path: Path) -> dict[str, dict]:
    records = {}
    with path.open(encoding="utf-8") as stream:
        for n, line in enumerate(stream, 1):
            if line.strip():
                record = json.loads(line)
                records[record.get("id") or f"{path.name}:{n}"] = record
    return records


def _keyed(items: list) -> set[str]:
    return {json.dumps(i, ensure_ascii=False, sort_keys=True) for i in items}


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    out = [f"{i}: only in the first run" for i in before.keys() - after.keys()]
    out += [f"{i}: only in the second run" for i in after.keys() - before.keys()]
    for i in sorted(before.keys() & after.keys()):
        a, b = before[i], after[i]
        for field in sorted(a.keys() | b.keys()):
            x, y = a.get(field), b.get(field)
            if field in ("mentions", "claims") and isinstance(x, list) and isinstance(y, list):
                gone, new = _keyed(x) - _keyed(y), _keyed(y) - _keyed(x)
                out += [f"{i}: {field} - {g}" for g in sorted(gone)]
                out += [f"{i}: {field} + {n}" for n in sorted(new)]
                if not gone and not new and x != y:
                    out.append(f"{i}: {field} in another order")
            elif x != y:
                out.append(f"{i}: {field} {x!r} -> {y!r}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    found = differences(load(args.before), load(args.after))
    for line in found:
        print(line)
    print(f"{len(found)} differences", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
