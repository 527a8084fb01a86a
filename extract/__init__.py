"""zh-extract: Chinese news articles to validated records of numbers, dates, names and claims.

    >>> from extract import Pipeline
    >>> article = Pipeline()("2025年一季度，寒武紀實現營業收入11.11億元。", published_at="2025-07-19")
    >>> [(m.type, m.text) for m in article.mentions if m.type == "money"]
    [('money', '11.11億元')]
"""

from typing import Any

from extract.errors import ExtractError, InputError, OffsetError, ShadowLengthError
from extract.pipeline import Pipeline
from extract.records import SCHEMA_VERSION, Article, Claim, ErrorRecord, Mention
from extract.text.shadow import Shadow, to_shadow


def __getattr__(name: str) -> Any:
    """`extract.load` is the spaCy adapter's, imported on first use, so the core path
    never pays for importing spaCy."""
    if name == "load":
        from extract.spacy_components import load

        return load
    raise AttributeError(f"module 'extract' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Claim",
    "ErrorRecord",
    "ExtractError",
    "InputError",
    "Mention",
    "OffsetError",
    "Pipeline",
    "Shadow",
    "ShadowLengthError",
    "load",
    "to_shadow",
]
