"""Both pages in a real headless Chromium: marks where the mentions are, value on hover,
the type filter, a claim marking its sentence, the report's tables and chart, no network
request and no console error. A screenshot of each page is saved under
out/test-artifacts/ (or $ZH_EXTRACT_ARTIFACTS) for CI to keep.

The browser is Chromium found on the machine ($ZH_EXTRACT_CHROMIUM, then chromium,
chromium-browser, google-chrome on PATH, then one Playwright installed); without one
the module skips, saying so. `.ci/run` installs Debian's chromium.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extract.cli import main
from tests.review_fixtures import MONEY, SECOND, TEXT, record

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (test extra)")

ROOT = Path(__file__).parent.parent
SEED = ROOT / "corpus" / "seed-h20.jsonl"
ARTIFACTS = Path(os.environ.get("ZH_EXTRACT_ARTIFACTS", ROOT / "out" / "test-artifacts"))


def _chromium(playwright: Any) -> str | None:
    named = os.environ.get("ZH_EXTRACT_CHROMIUM")
    found = [named] if named else []
    found += [shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")]
    try:
        found.append(playwright.chromium.executable_path)
    except Exception:  # no browser of Playwright's own: fine, others may exist
        pass
    return next((p for p in found if p and Path(p).exists()), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        path = _chromium(playwright)
        if path is None:
            pytest.skip("no Chromium found (set ZH_EXTRACT_CHROMIUM or install Debian's chromium)")
        chromium = playwright.chromium.launch(executable_path=path)
        yield chromium
        chromium.close()


class Page:
    """A page opened from a file: URL, recording every request and console error."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def check_clean(self, shot: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / shot))
        assert self.errors == []
        assert self.requests == [self.url], "the page loads nothing but itself"
        self.page.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("review")
    hand = folder / "hand.jsonl"
    hand.write_text(json.dumps(record(), ensure_ascii=False) + "\n", encoding="utf-8")
    out = {"hand": folder / "hand.html", "seed": folder / "seed.html", "report": folder / "report.html"}
    assert main(["show", str(hand), "-o", str(out["hand"])]) == 0
    assert main(["show", str(SEED), str(hand), "-o", str(out["seed"])]) == 0
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    pred = folder / "pred.jsonl"
    drop = [i for i, m in enumerate(gold["mentions"]) if m["type"] == "money"][:2]
    kept = [m for i, m in enumerate(gold["mentions"]) if i not in drop]
    pred.write_text(json.dumps(gold | {"mentions": kept}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", str(SEED), str(pred), "--html", str(out["report"]), "--min-f1", "money=0.99"]) == 1
    return out


# The offset of each mark's first character inside its article's text, as the browser sees it.
OFFSETS = """text => [...text.querySelectorAll('mark.m')].map(mark => {
  const range = document.createRange();
  range.setStart(text, 0); range.setEndBefore(mark);
  return [range.toString().length, mark.textContent.length, mark.dataset.type];
})"""


def test_marks_are_where_the_mentions_are(browser: Any, pages: dict[str, Path]) -> None:
    page = Page(browser, pages["seed"])
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    texts = page.page.locator("div.text")
    assert texts.count() == 2 and texts.first.text_content() == gold["text"]
    marks = texts.first.evaluate(OFFSETS)
    spans = sorted([m["start"], 0, m["type"]] for m in gold["mentions"])
    assert [[s, t] for s, _, t in marks] == [[s, t] for s, _, t in spans]
    ends = sorted((m["start"], m["end"] - m["start"]) for m in gold["mentions"])
    assert sorted((s, n) for s, n, _ in marks) == ends
    assert page.page.locator("#index tbody tr").count() == 2
    page.check_clean("show-seed.png")


def test_hover_shows_the_value(browser: Any, pages: dict[str, Path]) -> None:
    page = Page(browser, pages["hand"])
    tip = page.page.locator("#tip")
    assert not tip.is_visible()
    page.page.hover("mark.t-money")
    assert tip.is_visible() and tip.text_content() == "money 5,500,000,000 USD"
    row = page.page.locator("tr.mention.t-money")
    assert row.locator("td").nth(2).text_content() == "5,500,000,000 USD"
    assert row.locator("td").nth(1).text_content() == MONEY["text"]
    page.check_clean("show-hover.png")


def test_filter_hides_and_shows_a_type(browser: Any, pages: dict[str, Path]) -> None:
    page = Page(browser, pages["hand"])
    money = page.page.locator("mark.t-money")
    background = "el => getComputedStyle(el).backgroundColor"
    shown = money.evaluate(background)
    page.page.uncheck("input.filter[value=money]")
    assert money.evaluate(background) == "rgba(0, 0, 0, 0)" != shown
    assert not page.page.locator("tr.mention.t-money").is_visible()
    assert page.page.locator("mark.t-date").evaluate(background) != "rgba(0, 0, 0, 0)"
    page.page.hover("mark.t-money")
    assert not page.page.locator("#tip").is_visible(), "a hidden type shows no value"
    page.page.check("input.filter[value=money]")
    assert money.evaluate(background) == shown and page.page.locator("tr.mention.t-money").is_visible()
    page.check_clean("show-filter.png")


def test_claim_click_scrolls_to_and_marks_its_sentence(browser: Any, pages: dict[str, Path]) -> None:
    page = Page(browser, pages["seed"])
    gold = json.loads(SEED.read_text(encoding="utf-8"))
    claim = gold["claims"][-1]
    assert page.page.locator(".sent.marked").count() == 0
    page.page.locator("section.article").first.locator("tr.claim").last.click()
    marked = page.page.locator(".sent.marked")
    start, end = claim["sentence"]
    assert "".join(marked.all_text_contents()) == gold["text"][start:end]
    box = marked.first.bounding_box()
    assert box and 0 <= box["y"] < 900, "scrolled into view"
    page.page.locator("section.article").last.locator("tr.claim").last.click()
    assert "".join(page.page.locator(".sent.marked").all_text_contents()) == TEXT[SECOND[0]:SECOND[1]]
    page.check_clean("show-claim.png")


def test_report_tables_and_chart_render(browser: Any, pages: dict[str, Path]) -> None:
    page = Page(browser, pages["report"])
    rows = page.page.locator("table.scores tbody tr")
    assert rows.count() == 13
    money = page.page.locator('table.scores tr[data-row="money"] td')
    assert money.nth(1).text_content() == "14" and money.nth(2).text_content() == "12"
    bars = page.page.locator("svg.chart rect.bar")
    assert bars.count() == 10  # nine types, and the claim F1 (the seed gold annotates claims)
    assert page.page.locator("svg.chart rect.bar.claim").count() == 1
    full = page.page.locator('svg.chart rect[data-row="percent"]').bounding_box()
    part = page.page.locator('svg.chart rect[data-row="money"]').bounding_box()
    assert full and part and 0 < part["width"] < full["width"]
    assert page.page.locator("table.bars td.fail").text_content() == "FAIL"
    missed = page.page.locator('h4.cause[data-cause="missed"]')
    assert missed.count() == 1 and page.page.locator("tr.miss-row mark.g").count() == 2
    page.check_clean("eval-report.png")
