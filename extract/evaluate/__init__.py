"""Scoring of predicted records against gold, per the scoring rules in docs/format.md."""

from extract.evaluate.bars import check_bars, failed_bars, parse_bars
from extract.evaluate.formats import format_table
from extract.evaluate.scoring import Report, evaluate, value_agrees

__all__ = ["Report", "check_bars", "evaluate", "failed_bars", "format_table", "parse_bars",
           "value_agrees"]
