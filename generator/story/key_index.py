"""The story's name keys indexed by their first and last words, for rules that look for a fuller
form of one name among all the others (`resolve._fuller_forms`, `name_forms.facilities_named_by`).

Those rules scanned every key of the story for every key, so resolving grew with the square of
the names (a few thousand at 1,000 articles). A fuller form of a name shares its first word ("Acme"
/ "Acme Inc.") or its last ("Quarrel" / "Jo Quarrel"; "Saints" / "New Orleans Saints"), or opens
with it before a comma ("Springfield" / "Springfield, Ohio"): the index hands a rule only the keys
that can match, in the story's order of keys, and the rule tests them as before, so it finds the
same forms in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from generator.models import EntityType

KeyType = tuple[str, EntityType]
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


class KeyIndex:
    """Keys (with their types) by first word, by last word, and by the text before each ", "."""

    def __init__(self, key_types: Mapping[str, EntityType]) -> None:
        self.every = list(key_types.items())
        self.position = {key: index for index, key in enumerate(key_types)}
        self.by_first: dict[str, list[KeyType]] = defaultdict(list)
        self.by_last: dict[str, list[KeyType]] = defaultdict(list)
        self.by_region_prefix: dict[str, list[KeyType]] = defaultdict(list)
        self.by_surname_before_generation: dict[str, list[KeyType]] = defaultdict(list)
        for key, entity_type in key_types.items():
            words = key.split()
            if not words:
                continue
            self.by_first[words[0]].append((key, entity_type))
            self.by_last[words[-1]].append((key, entity_type))
            if entity_type == "person" and len(words) > 2 and words[-1].strip(".,") in _GENERATIONS:
                self.by_surname_before_generation[words[-2]].append((key, entity_type))
            for prefix in _prefixes_before_commas(key):
                self.by_region_prefix[prefix].append((key, entity_type))

    def ending_with(self, words: list[str]) -> list[KeyType]:
        """Every key whose last word is the last of `words`, in the story's order (no words: all)."""
        return self.by_last.get(words[-1], []) if words else self.every

    def people_ending_with(self, words: list[str]) -> list[KeyType]:
        """`ending_with`, and the people whose name ends in the last of `words` before "Jr." (wave 15)."""
        found = dict(self.ending_with(words))
        found.update(self.by_surname_before_generation.get(words[-1], []) if words else [])
        return sorted(found.items(), key=lambda item: self.position[item[0]])

    def sharing_an_end(self, words: list[str]) -> list[KeyType]:
        """Every key whose first word is the first of `words` or whose last word is their last, in the
        story's order (no words: all)."""
        if not words:
            return self.every
        merged = {key: entity_type for key, entity_type in
                  (*self.by_first.get(words[0], []), *self.by_last.get(words[-1], []))}
        return sorted(merged.items(), key=lambda item: self.position[item[0]])

    def in_region_of(self, key: str) -> list[KeyType]:
        """Every key that is `key` followed by ", " and more ("springfield, ohio"), in order."""
        return self.by_region_prefix.get(key, [])


def _prefixes_before_commas(key: str) -> list[str]:
    prefixes, start = [], key.find(", ")
    while start != -1:
        prefixes.append(key[:start])
        start = key.find(", ", start + 1)
    return prefixes
