"""The screenshots in docs/review.md (and README), regenerated from the bundled corpus.

    python scripts/screenshots.py            # writes docs/img/show.png, docs/img/eval-report.png

Renders `zh-extract show corpus/seed-h20.jsonl` (after clicking one claim, so the marked
sentence shows) and `zh-extract eval corpus/dev.jsonl --html` (a fresh pipeline run) in
headless Chromium: $ZH_EXTRACT_CHROMIUM, else chromium on PATH.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "img"


def main() -> int:
    from playwright.sync_api import sync_playwright

    from extract.cli import main as cli

    chromium = os.environ.get("ZH_EXTRACT_CHROMIUM") or shutil.which("chromium") \
        or shutil.which("chromium-browser")
    if not chromium:
        print("no Chromium found: set ZH_EXTRACT_CHROMIUM", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        show, report = Path(tmp) / "show.html", Path(tmp) / "report.html"
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            cli(["show", str(ROOT / "corpus" / "seed-h20.jsonl"), "-o", str(show)])
            cli(["eval", str(ROOT / "corpus" / "dev.jsonl"), "--html", str(report)])
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(show.as_uri())
            page.locator("tr.claim").nth(5).click()
            page.hover("mark.t-money >> nth=3")
            page.screenshot(path=str(OUT / "show.png"))
            page.goto(report.as_uri())
            page.screenshot(path=str(OUT / "eval-report.png"), full_page=False)
            page.locator('section.errors[data-type="date"]').evaluate("el => el.scrollIntoView()")
            page.screenshot(path=str(OUT / "eval-errors.png"))
            browser.close()
    for name in ("show.png", "eval-report.png", "eval-errors.png"):
        print(OUT / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
