"""Scoring of predicted records against gold, per the scoring rules in docs/format.md."""

from extract.evaluate.scoring import evaluate, failed_bars, format_table, parse_bars, value_agrees

__all__ = ["evaluate", "failed_bars", "format_table", "parse_bars", "value_agrees"]
