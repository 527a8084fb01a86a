"""Named errors. Invariant breaks raise a `ValueError` subclass; only the batch loop
catches them, per article, and turns them into an error record."""

from __future__ import annotations


class ExtractError(ValueError):
    """Base of every error this package raises on purpose."""


class OffsetError(ExtractError):
    """A span does not point at its text in the original (the product's promise broke)."""


class ShadowLengthError(ExtractError):
    """The shadow text is not as long as the original."""


class InputError(ExtractError):
    """An input record cannot be processed: empty text, bad JSON, bad encoding, missing field."""
