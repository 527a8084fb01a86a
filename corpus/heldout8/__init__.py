"""Held-out set 8: per-article gold modules (original writing, CC0)."""
