"""Hand annotations for corpus/heldout-*.jsonl (see corpus/HELDOUT.md)."""
