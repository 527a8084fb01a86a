"""The reference time of an article: from the record, else from a header line, else none.

Relative dates (今年, 去年同期, 4月份) resolve against it; without it they stay null
rather than being guessed from the clock. Naive times are taken as UTC+8, the zone of
nearly all Chinese-language news.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from extract.errors import InputError

CHINA = timezone(timedelta(hours=8))


def parse_published_at(value: str | datetime) -> datetime:
    """An ISO 8601 date or date-time as an aware datetime (UTC+8 when no zone is given).

    >>> parse_published_at("2025-07-19T11:04:00+08:00").isoformat()
    '2025-07-19T11:04:00+08:00'
    >>> parse_published_at("2025-07-19").isoformat()
    '2025-07-19T00:00:00+08:00'
    """
    if isinstance(value, datetime):
        moment = value
    else:
        text = value.strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise InputError(f"published_at {value!r} is not an ISO 8601 date or date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=CHINA)
