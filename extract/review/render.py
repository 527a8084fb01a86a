"""The templates and assets both pages share, read from the package (no network, no cwd).

Jinja2 (a dependency of spaCy, declared in pyproject.toml) fills the templates with
autoescaping on, so article text and values can never become markup; the stylesheet
and script are inlined whole, as trusted package files.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

import jinja2
from markupsafe import Markup

from extract.records import TYPES


@lru_cache(maxsize=4)
def asset(name: str) -> str:
    """A file of extract/review/templates as text."""
    return (files("extract.review") / "templates" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(asset), autoescape=True, trim_blocks=False,
        undefined=jinja2.StrictUndefined,
    )


def render(template: str, **context: Any) -> str:
    """`template` filled with `context`, the stylesheet, the script and the type list."""
    inline = {"css": Markup(asset("review.css")), "js": Markup(asset("review.js")), "types": TYPES}
    return _environment().get_template(template).render(**inline, **context)


def trusted(html: str) -> Markup:
    """HTML built here from escaped parts (marked-up text, SVG), to insert unescaped."""
    return Markup(html)
