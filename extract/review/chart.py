"""A horizontal bar chart as inline SVG: no library, no script, readable without CSS.

One bar per row (relaxed F1 from 0 to 1); a row with no score says n/a instead of a
bar, so an empty type cannot pass for a perfect one at a glance either.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

LABEL, WIDTH, ROW, TOP = 90, 420, 22, 24


def bar_chart(rows: Sequence[tuple[str, float | None]], title: str, highlight: str = "claim") -> str:
    """`rows` of (label, value in 0..1 or None) as an `<svg class="chart">` element."""
    height = TOP + ROW * len(rows) + 10
    out = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
           f'width="{LABEL + WIDTH + 60}" height="{height}" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>"]
    for tick in (0, 0.25, 0.5, 0.75, 1):
        x = LABEL + tick * WIDTH
        out.append(f'<line class="axis" x1="{x:g}" y1="{TOP - 4}" x2="{x:g}" y2="{height - 8}" '
                   f'stroke-dasharray="{"none" if tick in (0, 1) else "2 3"}"/>')
        out.append(f'<text x="{x:g}" y="{TOP - 8}" text-anchor="middle">{tick:g}</text>')
    for k, (label, value) in enumerate(rows):
        y = TOP + k * ROW
        out.append(f'<text x="{LABEL - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>')
        if value is None:
            out.append(f'<text class="na" x="{LABEL + 4}" y="{y + 15}">n/a</text>')
            continue
        cls = "bar claim" if label == highlight else "bar"
        out.append(f'<rect class="{cls}" data-row="{escape(label)}" x="{LABEL}" y="{y + 3}" '
                   f'width="{value * WIDTH:.1f}" height="{ROW - 6}"><title>{escape(label)} '
                   f'{value:.3f}</title></rect>')
        out.append(f'<text x="{LABEL + value * WIDTH + 4:.1f}" y="{y + 15}">{value:.3f}</text>')
    out.append("</svg>")
    return "\n".join(out)
