"""zh-extract: Chinese news articles to validated records of numbers, dates, names and claims.

    >>> from extract import Pipeline
    >>> article = Pipeline()("2025年一季度，寒武紀實現營業收入11.11億元。", published_at="2025-07-19")
    >>> [(m.type, m.text) for m in article.mentions if m.type == "money"]
    [('money', '11.11億元')]
"""

from .errors import ExtractError, InputError, OffsetError, ShadowLengthError
from .pipeline import Pipeline, load
from .records import SCHEMA_VERSION, Article, Claim, ErrorRecord, Mention
from .shadow import Shadow, to_shadow

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
