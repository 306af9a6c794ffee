"""Answers kept on a parsed document, so each is computed once per document (or once per token).

Many extractors ask the same question of the same Doc again and again (its text, its token texts,
its quoted parts, a token's subtree): spaCy recomputes each on every call. The answer is kept in
the Doc's `user_data` under a key of the asker's, and every later call reads it back. Callers only
read what they get: the value is shared by every caller of the same key.
(Kept free of spaCy imports: the story stage imports modules that use it.)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, TypeVar, cast

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

_MISSING = object()  # a kept value may be falsy (an empty list), so absence is told by this marker


def memo(doc: Doc, key: str, make: Callable[[], T]) -> T:
    """The value kept on `doc` under `key`; on the first call, `make()`, kept for the next ones."""
    kept = doc.user_data.get(key, _MISSING)
    if kept is _MISSING:
        kept = doc.user_data[key] = make()
    return cast(T, kept)


def memo_at(doc: Doc, key: str, at: Hashable, make: Callable[[], T]) -> T:
    """The value kept on `doc` for `at` (a token's index, a span's offsets) in the table `key`;
    on the first call for `at`, `make()`, kept for the next ones."""
    table: dict[Hashable, object] = doc.user_data.setdefault(key, {})
    kept = table.get(at, _MISSING)
    if kept is _MISSING:
        kept = table[at] = make()
    return cast(T, kept)
