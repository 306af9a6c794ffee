"""Two people are never one group because of a chain of joins: a union-find that refuses to join two
groups whose full person names have surnames that cannot be one person's.

Each join rule of `resolve._group` looks at two names at a time; a chain of them (an organisation's
form, a spelling rule, a shared short name) could still put "T.R. Quarrelby" and "T.R. Vantrobe" in
one group. Surnames agree when they are equal, two spellings of one rare name (`names.spelling_variants`,
the rule `same_person` uses), or a double or married surname and one of its parts ("Hale Osborn" /
"Osborn"). Groups of which one holds no full person name (a surname alone, an organisation) are
joined as before; a group that a text declared one ("X, born Y") keeps both surnames, and a name
agreeing with either may join it.
"""

from __future__ import annotations

from generator.story.names import PersonName, spelling_variants, surname_core
from generator.story.union_find import UnionFind


def surnames_agree(a: str, b: str) -> bool:
    """Whether two folded surnames (words separated by spaces) can be one person's."""
    if a == b or spelling_variants(a, b) or surname_core(a) == surname_core(b):
        return True  # (wave 12) "al quarra" / "el quarra": the same surname after its particle
    short, full = sorted((a.split(), b.split()), key=len)
    return full[:len(short)] == short or full[-len(short):] == short


class PersonGuardedUnion(UnionFind[str]):
    """`UnionFind` over name keys that keeps apart two groups of full person names whose surnames
    never agree."""

    def __init__(self, people: dict[str, PersonName]) -> None:
        super().__init__()
        self._surnames: dict[str, frozenset[str]] = {
            key: frozenset({name.last}) for key, name in people.items()}

    def union(self, first: str, second: str) -> None:
        a, b = self.find(first), self.find(second)
        if a == b:
            return
        ours, theirs = self._surnames.get(a, frozenset()), self._surnames.get(b, frozenset())
        if ours and theirs and not any(surnames_agree(x, y) for x in ours for y in theirs):
            return
        self.join_declared(a, b)

    def join_declared(self, first: str, second: str) -> None:
        """Join whatever the surnames: a text declared the two names one ("X, born Y")."""
        a, b = self.find(first), self.find(second)
        merged = self._surnames.get(a, frozenset()) | self._surnames.get(b, frozenset())
        super().union(a, b)
        if merged:
            self._surnames[self.find(a)] = merged
