"""Whole-story views reused while the parts of the story they read are unchanged.

An editor's fix (a role, a fact's wording) changes a few entities or facts of a story of thousands;
the views computed over the whole story (the charts' definitions, ...) each read only some of its
parts. `StoryParts` gives one digest per part, each computed once a build from pydantic's compiled
JSON serialiser; a view's cache key is its name, the generator's code and the digests of exactly
the parts it reads. A part it reads changes its key; a part it does not read (an entity's roles,
for the charts) does not.

The parts are the Story's fields by name, plus projections of a field onto some of its items'
fields (`PROJECTIONS`): the charts read which entities there are, their names and mentions, never
their roles. A test (tests/cache/test_views.py) checks that each projection's view gives the same
result when everything outside the projection changes.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from generator.cache.keys import PACKAGE_ROOT
from generator.cache.store import content_key, package_files, source_fingerprint

if TYPE_CHECKING:
    from generator.models import Story

# A projection: (Story field, the fields of its items that are kept).
PROJECTIONS: dict[str, tuple[str, frozenset[str]]] = {
    # Which entities there are and where they are named: not what the editor says of them (roles,
    # descriptions, links, `may_be` notes, the record of an edit).
    "entities.named": ("entities", frozenset({"id", "name", "type", "aliases", "mentions"})),
}


class StoryParts:
    """Digests of the story's parts for one build (the story is not changed after overrides)."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self._digests: dict[str, str] = {}
        self._code: str | None = None

    def digest(self, part: str) -> str:
        found = self._digests.get(part)
        if found is None:
            found = self._digests[part] = self._serialised_digest(part)
        return found

    def _serialised_digest(self, part: str) -> str:
        field, kept = PROJECTIONS.get(part, (part, None))
        if field not in type(self.story).model_fields:
            raise KeyError(f"not a part of the story: {part}")
        include: Any = {field: {"__all__": set(kept)}} if kept is not None else {field}
        data = type(self.story).__pydantic_serializer__.to_json(self.story, include=include)
        return hashlib.blake2b(data, digest_size=16).hexdigest()

    def code(self) -> str:
        """The generator's own code: a changed line may change what any view holds."""
        if self._code is None:
            self._code = source_fingerprint(package_files(PACKAGE_ROOT, ("**/*.py",)))
        return self._code

    def key(self, view: str, parts: tuple[str, ...], *extra: str) -> str:
        """A view's cache key: its name, the code, the digests of the parts it reads, and `extra`
        (versions of libraries it depends on, settings)."""
        return content_key(view, self.code(), *(f"{part}={self.digest(part)}" for part in parts), *extra)
