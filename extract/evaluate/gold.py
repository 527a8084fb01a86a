"""Reading a gold or prediction file for scoring, noting what a validated article forgets.

An `Article` defaults `mentions` to [], so after validation a gold line that never had
the field looks like one that annotates an empty article; a raw pass over the lines keeps
the difference, so `eval` can name those lines instead of scoring them in silence.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.batch.readers import read_articles
from extract.records import Article


def read_gold(path: Path) -> tuple[list[Article], list[str]]:
    """The articles of `path`, and the ids of lines that have no `mentions` field."""
    articles = read_articles(path)
    bare = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                data = json.loads(line)
                if "text" in data and "mentions" not in data:
                    bare.append(str(data.get("id")))
    return articles, bare
