"""A document's span from token `start` to `end`, made without spaCy's slice check.

A slice of a `Doc` goes through spaCy's `util.normalize_slice` (plain Python: negative and open
ends, clamping) before it makes the `Span`; for bounds already inside the document that check
changes nothing, and it cost three times the `Span` itself. `span_at` makes the same `Span`
directly, and leaves any other bounds to the slice. (spaCy is imported on the first call, not with
this module: the story stage imports time-rule modules that use it, and a warm rebuild must not pay
spaCy's import time.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_span_class: Any = None  # spaCy's Span, once imported


def span_at(doc: Doc, start: int, end: int) -> Span:
    """The slice `doc[start:end]`: the same span (label 0), made directly when the bounds are in order
    inside the document."""
    if not 0 <= start <= end <= len(doc):
        return doc[start:end]
    span = _span_class or _load_span_class()
    return span(doc, start, end)


def _load_span_class() -> Any:
    global _span_class
    from spacy.tokens import Span

    _span_class = Span
    return Span
