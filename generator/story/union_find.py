"""One union-find for every grouping of the story stage: names by key, facts and events by index."""

from __future__ import annotations

from typing import Generic, TypeVar

Key = TypeVar("Key", str, int)


class UnionFind(Generic[Key]):
    """Connected groups of keys. The smaller key of two roots becomes the root, so the groups and
    their roots do not depend on the order of the unions."""

    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def find(self, item: Key) -> Key:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: Key, second: Key) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
