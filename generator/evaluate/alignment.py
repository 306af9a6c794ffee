"""One-to-one alignment of system spans with gold spans by character overlap.

The rule, used by every ECB+ evaluation: pairs of a system span and a gold span in the same article
that share at least one character are candidates; the pair sharing the most characters is taken
first (ties: the one with the smaller total length, i.e. the closer fit, then the earlier position),
and each span is used at most once. "Lohan" aligns with the gold "Lindsay Lohan"; the system's
"Betty Ford Center" with the gold "the Betty Ford Center".
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Located:
    """A span with an identity: (article, start, end) and whatever the caller keys it by."""

    article: str
    start: int
    end: int
    key: Hashable


def overlap(a: Located, b: Located) -> int:
    if a.article != b.article:
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def align(system: Sequence[Located], gold: Sequence[Located]) -> dict[Hashable, Hashable]:
    """System key -> gold key for the aligned pairs."""
    by_article: dict[str, list[Located]] = {}
    for g in gold:
        by_article.setdefault(g.article, []).append(g)
    candidates = []
    for s in system:
        for g in by_article.get(s.article, []):
            shared = overlap(s, g)
            if shared:
                size = (s.end - s.start) + (g.end - g.start)
                candidates.append((-shared, size, s.article, s.start, g.start, s.end, g.end, s, g))
    candidates.sort(key=lambda c: c[:7])
    pairs: dict[Hashable, Hashable] = {}
    used_gold: set[Hashable] = set()
    for *_, s, g in candidates:
        if s.key not in pairs and g.key not in used_gold:
            pairs[s.key] = g.key
            used_gold.add(g.key)
    return pairs


def overlaps_any(span: Located, others: Sequence[Located]) -> bool:
    return any(overlap(span, other) for other in others)
