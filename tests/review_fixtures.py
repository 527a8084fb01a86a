"""A hand-made record with claims (main's pipeline writes none yet) for the review tests."""

from __future__ import annotations

from typing import Any

TEXT = "英偉達2025年一季度營收55億美元。\n黃仁勛表示，<b>增長</b>95%。"


def _m(kind: str, surface: str, **fields: Any) -> dict[str, Any]:
    start = TEXT.index(surface)
    return {"type": kind, "start": start, "end": start + len(surface), "text": surface, **fields}


ORG = _m("org", "英偉達", value="英伟达")
DATE = _m("date", "2025年一季度", value="2025-Q1")
MONEY = _m("money", "55億美元", value=5500000000, currency="USD")
PERSON = _m("person", "黃仁勛", value="黄仁勋")
PERCENT = _m("percent", "95%", value=95, unit="percent")
SECOND = (TEXT.index("黃"), len(TEXT))


def record() -> dict[str, Any]:
    """One article, five mentions, two claims in two sentences."""
    claims = [
        {"sentence": [0, TEXT.index("\n")], "subject": ORG, "metric": "营业收入", "quantity": MONEY,
         "time": DATE},
        {"sentence": list(SECOND), "subject": ORG, "metric": "营业收入增速", "quantity": PERCENT,
         "direction": "up", "attribution": PERSON},
    ]
    return {"id": "hand-made", "published_at": "2025-07-19", "region": "TW", "text": TEXT,
            "mentions": [ORG, DATE, MONEY, PERSON, PERCENT], "claims": claims}
