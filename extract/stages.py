"""The extraction stages: each mention type's pure find function, imported on first use.

Both the core path (`extract.pipeline`) and the spaCy adapter run the same functions;
importing them lazily keeps startup short for a run that needs only some of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any

from extract.text.shadow import Shadow

# Mention type -> the pure function that finds it ("module:function", imported lazily).
FINDERS = {
    "money": "extract.numbers.money:find_money",
    "percent": "extract.numbers.percent:find_percent",
    "quantity": "extract.numbers.quantity:find_quantity",
    "date": "extract.time.date:find_date",
    "duration": "extract.time.duration:find_duration",
    "entities": "extract.entities.entities:find_entities",
}
STAGES = tuple(FINDERS)


@cache
def finder(stage: str) -> Callable[[Shadow], list[Any]]:
    """The find function of one stage, imported on first use (startup stays short)."""
    module, _, name = FINDERS[stage].partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
