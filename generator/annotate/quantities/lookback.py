"""Looking back from a number in one step instead of a walk: the number rules' backward searches,
answered from tables built once per `find_quantities` call.

Several rules look back from each number for the nearest thing of a kind: the last currency written
(`currency_in_use`), a plural noun a pronoun stands for (`plural_antecedent`), the person named just
before an age (`person_before`), an earlier quantity of the same unit or one that names what it counts
(`restated_or_compared`, `elided_count`, `pointed_antecedent`). Each walked back token by token or
quantity by quantity, or built every entity of the article again, so that a text of thousands of
numbers in one sentence ("5 cents 5 cents 5 cents ...") cost the square of its length. Here each
question is answered from a table filled in one pass: for every token, the nearest wanted token before
it; for the quantities found so far, the latest one of each kind, extended as the list grows. The
answers are exactly those of the walks they replace (same_annotations.py compares whole articles; the
hostile-input tests count the steps).

The tables depend on the parse's tags and entities, which later layers may change, so they live only
while `find_quantities` runs (`scans_during`); a rule called outside it builds a table for its one
question, which costs what its walk cost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_tokens import doc_ents

if TYPE_CHECKING:
    from generator.annotate.quantities.scan import Found

_KEY = "explainer.quantity-lookback"
_LEADING_THE = re.compile(r"^the\s+")


class Lookback:
    """The tables of one document, each built the first time it is asked for."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._nearest: dict[str, list[int]] = {}
        self._latest: dict[str, tuple[list[Found], int, dict[Hashable, Found]]] = {}
        self._entities_by_end: dict[tuple[str, ...], dict[int, Span]] = {}
        self._entity_names: dict[tuple[str, ...], list[str]] = {}
        self._answers: dict[str, dict[Hashable, bool]] = {}

    def nearest_before(self, name: str, wanted: Callable[[Token], bool], index: int, start: int = 0) -> int:
        """The index of the last token before `index` (and at or after `start`) that is `wanted`, or -1.

        `name` names the question: one table per name, so each name must always go with the same test."""
        table = self._nearest.get(name)
        if table is None:
            table, last = [], -1
            for token in self.doc:
                table.append(last)
                if wanted(token):
                    last = token.i
            table.append(last)
            self._nearest[name] = table
        found = table[index]
        return found if found >= start else -1

    def latest(self, name: str, found: list[Found], key_of: Callable[[Found], Hashable | None]
               ) -> dict[Hashable, Found]:
        """For each key, the latest quantity of `found` whose `key_of` is that key (None: none).

        `found` only grows, by appending, while one `find_quantities` runs; the table reads each new
        entry once."""
        entry = self._latest.get(name)
        if entry is None or entry[0] is not found or entry[1] > len(found):
            entry = (found, 0, {})
        table = entry[2]
        for item in found[entry[1]:]:
            key = key_of(item)
            if key is not None:
                table[key] = item
        self._latest[name] = (found, len(found), table)
        return table

    def entities_by_end(self, labels: tuple[str, ...]) -> dict[int, Span]:
        """The document's entities with one of `labels`, by their end token (entities never overlap)."""
        table = self._entities_by_end.get(labels)
        if table is None:
            table = {ent.end: ent for ent in doc_ents(self.doc) if ent.label_ in labels}
            self._entities_by_end[labels] = table
        return table


    def remembered(self, name: str, key: Hashable, answer: Callable[[], bool]) -> bool:
        """`answer()`, computed once per `name` and `key` (a question about one sentence, say)."""
        known = self._answers.setdefault(name, {})
        if key not in known:
            known[key] = answer()
        return known[key]

    def entity_names(self, labels: tuple[str, ...]) -> list[str]:
        """The lower-case names of the document's entities with one of `labels`, in text order, without
        a leading "the" ("the Philippines" -> "philippines")."""
        names = self._entity_names.get(labels)
        if names is None:
            names = [_LEADING_THE.sub("", ent.text.lower()) for ent in doc_ents(self.doc)
                     if ent.label_ in labels]
            self._entity_names[labels] = names
        return names


@contextmanager
def scans_during(doc: Doc) -> Iterator[Lookback]:
    """The tables for `doc` while the block runs (one `find_quantities` call)."""
    previous = doc.user_data.get(_KEY)
    lookback = Lookback(doc)
    doc.user_data[_KEY] = lookback
    try:
        yield lookback
    finally:
        if previous is None:
            doc.user_data.pop(_KEY, None)
        else:
            doc.user_data[_KEY] = previous


def lookback_of(doc: Doc) -> Lookback:
    """The tables of the running `find_quantities` call, or new ones for a single question."""
    lookback = doc.user_data.get(_KEY)
    return lookback if isinstance(lookback, Lookback) else Lookback(doc)
