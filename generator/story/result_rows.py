"""One contest's result told in several statements of one paragraph ("The Owls beat the Foxes 71-60
on Saturday. Jo Roe of the Owls became the top scorer on Saturday."): one row.

Rows join when a telling of each comes from the same paragraph of the same article, their dates
cover the same days ("Saturday" and "Saturday night" are one), they share a participant, and one
of them tells a result (the "win" class of `predicates.py`: beat, defeat, win, lose). Reports are
never joined (a report tells something else than what it reports).
"""

from __future__ import annotations

import datetime as dt

from generator.story.event_candidates import Candidate
from generator.story.union_find import UnionFind

RESULT_CLASS = "win"

_Place = tuple[str, int, dt.date, dt.date | None]  # article, paragraph, first and last day


def join_results(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """`groups` with the groups that tell one result in one paragraph joined (see module)."""
    by_paragraph: dict[_Place, list[int]] = {}
    for number, group in enumerate(groups):
        for candidate in group:
            if candidate.kind == "event" and candidate.date.start is not None:
                place = (candidate.article.id, candidate.sentence.paragraph, candidate.date.start,
                         candidate.date.end)
                by_paragraph.setdefault(place, []).append(number)
    union: UnionFind[int] = UnionFind()
    for numbers in by_paragraph.values():
        unique = sorted(set(numbers))
        for first in unique:
            for second in unique:
                if first < second and _one_result(groups[first], groups[second]):
                    union.union(first, second)
    joined: dict[int, list[Candidate]] = {}
    for number, group in enumerate(groups):
        joined.setdefault(union.find(number), []).extend(group)
    return list(joined.values())


def _one_result(first: list[Candidate], second: list[Candidate]) -> bool:
    told_result = any(RESULT_CLASS in c.main_predicates for c in (*first, *second))
    shared = {e for c in first for e in c.compared_participants} & {
        e for c in second for e in c.compared_participants}
    return told_result and bool(shared)
