"""The report as text for people, Markdown for pull requests, JUnit XML for CI systems.

Every format shows n/a where a row has nothing to score, never a number. The JUnit file
has one test case per type and group (skipped when n/a, so a CI view shows at a glance
what the gold does not cover) and one per `--min-f1` bar, failed with the bar's message,
so the failing bar is named in the CI system's test view rather than in a log.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from extract.evaluate.bars import CLAIM, BarResult, claim_f1
from extract.evaluate.baseline import Change, Comparison
from extract.evaluate.misses import CAUSES, LABELS, Miss
from extract.evaluate.scoring import MODES, Report
from extract.records import TYPES


def num(value: float | None, signed: bool = False) -> str:
    """0.973, or n/a for None; `signed` puts + before a positive delta."""
    if value is None:
        return "n/a"
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def format_table(report: Report) -> str:
    """The human table: one row per type, then the group rows."""
    head = f"{'type':<9}{'gold':>6}{'pred':>6}" + "".join(f"  {m + ' P/R/F1':<22}" for m in MODES)
    lines = [head, "-" * len(head)]
    for name, c in report.rows.items():
        if name == "numeric":
            lines.append("-" * len(head))
        cells = "".join("  " + " ".join(f"{num(x):>5}" for x in c.prf(m)) + "      " for m in MODES)
        lines.append(f"{name:<9}{c.gold:>6}{c.pred:>6}{cells}".rstrip())
    return "\n".join(lines)


def format_misses(misses: list[Miss]) -> str:
    return "\n".join(m.line() for m in misses)


def format_comparison(comp: Comparison) -> str:
    """Baseline deltas per row, then newly missed, newly wrong and newly fixed errors."""
    lines = [f"{'type':<9}{'F1 old':>8}{'F1 new':>8}{'delta':>8}"]
    for name, (old, new) in comp.deltas.items():
        lines.append(f"{name:<9}{num(old):>8}{num(new):>8}{num(comp.delta(name), True):>8}")
    for title, items in (("newly missed", comp.missed), ("newly wrong", comp.wrong)):
        lines.append(f"\n{title} ({len(items)}):")
        lines += [_was(c) for c in items]
    lines.append(f"\nnewly fixed ({len(comp.fixed)}):")
    lines += [m.line() for m in comp.fixed]
    return "\n".join(lines)


def _was(change: Change) -> str:
    was = f"  (was {LABELS[change.before]})" if change.before else "  (was right)"
    head, _, sentence = change.miss.line().partition("\n")
    return f"{head}{was}\n{sentence}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def format_markdown(report: Report, bars: list[BarResult], comp: Comparison | None = None,
                    title: str = "zh-extract eval", misses: bool = False) -> str:
    """A GitHub-flavoured table per row (relaxed P/R/F1, strict F1), then bars, warnings
    and, asked, the errors in a folded block."""
    head = "| type | gold | pred | P | R | F1 | strict F1 |" + (" Δ F1 |" if comp else "")
    lines = [f"### {_cell(title)}", "", head, "|---|" + "---:|" * (head.count("|") - 2)]
    for name, c in report.rows.items():
        p, r, f = c.prf("relaxed")
        row = f"| {name} | {c.gold} | {c.pred} | {num(p)} | {num(r)} | {num(f)} | {num(c.prf('strict')[2])} |"
        lines.append(row + (f" {num(comp.delta(name), True)} |" if comp else ""))
    if bars:
        lines += ["", "| bar | result |", "|---|---|"]
        lines += [f"| {b.name} ≥ {b.bar} | {'pass' if b.passed else '**FAIL**'}: "
                  f"{_cell(b.message())} |" for b in bars]
    if comp:
        lines += ["", f"Since the baseline: {len(comp.missed)} newly missed, {len(comp.wrong)} "
                  f"newly wrong, {len(comp.fixed)} newly fixed."]
    if report.claims is not None:
        lines += ["", *_markdown_claims(report.claims.to_dict(), misses)]
    lines += ["", *(f"> **warning:** {_cell(w)}" for w in report.warnings)]
    if misses:
        lines += ["", *_markdown_misses(report.misses)]
    return "\n".join(lines).rstrip() + "\n"


MARKDOWN_MISSES = 200  # a pull-request comment holds 65,536 characters


def _markdown_claims(claims: dict[str, Any], misses: bool) -> list[str]:
    """Whole-claim and pairing P/R/F1, each field's accuracy over the paired claims, and,
    asked, the wrong fields with gold and predicted, so a reviewer sees which field broke."""
    lines = [f"**claims** ({claims['articles']} articles, gold {claims['gold']}, "
             f"pred {claims['pred']})", "", "| claims | P | R | F1 |", "|---|---:|---:|---:|"]
    for row in ("claim", "pairing"):
        v = claims[row]
        lines.append(f"| {row} | {num(v['precision'])} | {num(v['recall'])} | {num(v['f1'])} |")
    fields = claims["fields"]
    lines += ["", "| field accuracy on pairs | " + " | ".join(fields) + " |",
              "|---|" + "---:|" * len(fields),
              "| | " + " | ".join(num(v) for v in fields.values()) + " |"]
    wrong = claims["misses"]
    if misses and wrong:
        lines += ["", f"<details><summary>{len(wrong)} claim errors</summary>", "",
                  "| article | figure | field | gold | predicted | sentence |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {_cell(m['id'])} | `{_cell(m['quantity'])}` | {m['field']} | "
                  f"{_cell(str(m['gold']))} | {_cell(str(m['pred']))} | {_cell(m['sentence'])} |"
                  for m in wrong[:MARKDOWN_MISSES]]
        if len(wrong) > MARKDOWN_MISSES:
            lines.append(f"\n… and {len(wrong) - MARKDOWN_MISSES} more (`--json --misses` has all)")
        lines += ["", "</details>"]
    return lines


def _markdown_misses(misses: list[Miss]) -> list[str]:
    """The errors as a table inside <details>, by type then cause, the first 200 only."""
    ordered = sorted(misses, key=lambda m: (TYPES.index(m.type), CAUSES.index(m.kind)))
    lines = [f"<details><summary>{len(misses)} errors</summary>", "",
             "| type | cause | article | gold | predicted | sentence |", "|---|---|---|---|---|---|"]
    for m in ordered[:MARKDOWN_MISSES]:
        sides = [f"`{_cell(x.text)}` {_cell(str(getattr(x, 'value', None)))}" if x is not None else ""
                 for x in (m.gold, m.pred)]
        lines.append(f"| {m.type} | {LABELS[m.kind]} | {_cell(m.article)} | {sides[0]} | {sides[1]} "
                     f"| {_cell(m.text)} |")
    if len(ordered) > MARKDOWN_MISSES:
        lines.append(f"\n… and {len(ordered) - MARKDOWN_MISSES} more (`--json --misses` or `--html` has all)")
    return [*lines, "", "</details>"]


def _case(suite: ET.Element, classname: str, name: str, text: str) -> ET.Element:
    case = ET.SubElement(suite, "testcase", classname=classname, name=name, time="0")
    ET.SubElement(case, "system-out").text = text
    return case


def _scores_text(report: Report, name: str) -> str:
    c = report.rows[name]
    return f"gold {c.gold} pred {c.pred} " + " ".join(
        f"{m} P/R/F1 " + "/".join(num(x) for x in c.prf(m)) for m in MODES)


def format_junit(report: Report, bars: list[BarResult]) -> str:
    """JUnit XML: suite `types` (a case per row), suite `bars` (a case per bar)."""
    root = ET.Element("testsuites", name="zh-extract eval")
    types = ET.SubElement(root, "testsuite", name="types")
    skipped = 0
    for name in report.rows:
        case = _case(types, "zh-extract.types", name, _scores_text(report, name))
        if report.f1(name) is None:
            skipped += 1
            ET.SubElement(case, "skipped", message=f"{name}: no gold and no predictions, F1 n/a")
    if report.claims is not None:
        f1 = claim_f1(report.claims)
        case = _case(types, "zh-extract.types", CLAIM, f"relaxed F1 {num(f1)}")
        if f1 is None:
            skipped += 1
            ET.SubElement(case, "skipped", message="claim: no claim scores, F1 n/a")
    types.set("tests", str(len(types)))
    types.set("skipped", str(skipped))
    types.set("failures", "0")
    suite = ET.SubElement(root, "testsuite", name="bars", tests=str(len(bars)))
    failures = 0
    for bar in bars:
        case = _case(suite, "zh-extract.bars", f"{bar.name} >= {bar.bar}", bar.message())
        if not bar.passed:
            failures += 1
            ET.SubElement(case, "failure", message=bar.message(), type="BarMissed").text = bar.message()
    suite.set("failures", str(failures))
    root.set("tests", str(len(types) + len(bars)))
    root.set("failures", str(failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def as_json(report: Report, misses: bool, bars: list[BarResult], comp: Comparison | None) -> dict[str, Any]:
    """`eval --json`: the report's dict plus the bars checked and the baseline comparison."""
    out = report.as_dict(misses=misses)
    out["bars"] = [{"name": b.name, "bar": b.bar, "f1": b.f1, "passed": b.passed,
                    "message": b.message()} for b in bars]
    if comp is not None:
        out["baseline"] = comp.to_dict()
    return out
