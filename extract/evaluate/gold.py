"""Reading a gold or prediction file for scoring, noting what a validated article forgets.

An `Article` defaults `mentions` to [], so after validation a gold line that never had
the field looks like one that annotates an empty article; reading the raw line keeps
the difference, so `eval` can name those lines instead of scoring them in silence. A
line that is not a valid article stops the command with its file and line number: a
score computed over a silently shortened gold file would be a wrong score.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from extract.errors import InputError
from extract.records import Article, to_article


class GoldError(InputError):
    """A line of a gold or prediction file that is not JSON or not a valid article."""


def _cause(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    cause = str(first["msg"]).removeprefix("Value error, ")
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {cause}{more}" if where else cause + more


def read_gold(path: Path) -> tuple[list[Article], list[str]]:
    """The articles of `path`, and the ids of lines that have no `mentions` field.

    Error records (a prediction file's failed articles) are skipped: their articles then
    count as missing, which `evaluate` reports.
    """
    articles, bare = [], []
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{number}: invalid JSON: {exc.msg} at column {exc.colno}") from None
            if not isinstance(data, dict):
                raise GoldError(f"{path}:{number}: not a JSON object")
            if "error" in data and "text" not in data:
                continue
            if "mentions" not in data:
                bare.append(str(data.get("id")))
            try:
                articles.append(to_article(data))
            except ValidationError as exc:
                raise GoldError(f"{path}:{number}: not a valid article: {_cause(exc)}") from None
    return articles, bare
