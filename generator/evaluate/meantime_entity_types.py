"""MEANTIME entity types by class: which type the product gives each gold name (`--errors`).

Every scored gold mention (a PER, ORG or LOC name) is looked up among all the product's mentions,
each typed as its resolved entity (the type a reader sees, decided over the whole article; the
mention tables above score each mention as found), whatever the type (a nationality is `group`, a
name it could not type `other`): of those that overlap it, the one ending last gives the type
(MEANTIME's span holds a descriptor before the name, "German airline Lufthansa", "Acme chief
executive Jane Doe": English puts the head last); none is "none". The counts of (gold type, our
type) are the confusion table; its off-diagonal cells are the type errors, largest first. Type
accuracy is the share of the found gold mentions whose type is right ("none" is a missed name, not
a wrong type).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

NOT_FOUND = "none"


class Typed(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...


@dataclass
class TypeConfusion:
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)  # "document: 'name' gold X, ours Y"

    def add(self, other: TypeConfusion) -> None:
        self.counts.update(other.counts)
        self.errors.extend(other.errors)

    @property
    def found(self) -> int:
        return sum(n for (_, ours), n in self.counts.items() if ours != NOT_FOUND)

    @property
    def right(self) -> int:
        return sum(n for (gold, ours), n in self.counts.items() if gold == ours)


def document_confusion(name: str, text: str, gold: Sequence[Typed], ours: Sequence[Typed]) -> TypeConfusion:
    """The type our overlapping mention that ends last gives each gold mention, the wrong ones listed."""
    confusion = TypeConfusion()
    for g in sorted(gold, key=lambda m: (m.start, m.end)):
        overlapping = [m for m in ours if m.start < g.end and g.start < m.end]
        found = max(overlapping, key=lambda m: (min(m.end, g.end), m.end - m.start)).type if overlapping \
            else NOT_FOUND
        confusion.counts[(g.type, found)] += 1
        if found not in (g.type, NOT_FOUND):
            confusion.errors.append(f"{name}: {text[g.start:g.end]!r} gold {g.type}, ours {found}")
    return confusion


def confusion_report(title: str, confusion: TypeConfusion, list_errors: bool) -> list[str]:
    """The accuracy, the wrong types by class (largest first), the rest of the table, the errors."""
    found, right = confusion.found, confusion.right
    accuracy = f"{right / found:.3f}" if found else "n/a"
    lines = [f"### Entity types, {title}: accuracy {accuracy} ({right}/{found} found gold names)", "",
             "| gold type | our type | mentions |", "|---|---|---|"]
    cells = sorted(confusion.counts.items(), key=lambda item: (item[0][0] == item[0][1], -item[1], item[0]))
    lines += [f"| {gold} | {ours} | {n} |" for (gold, ours), n in cells]
    if list_errors:
        lines += ["", *(f"- {error}" for error in sorted(confusion.errors))]
    return [*lines, ""]
