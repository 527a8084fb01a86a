"""Batch runs: readers of input formats, writers of records, the runner."""
