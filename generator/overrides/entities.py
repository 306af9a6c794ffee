"""Editors' entity corrections: rename, retype, roles, description, link, merge, split, hide.

Merging and splitting move mentions, aliases and roles between entities; facts that point at an entity
id (a quote's speaker, a claim's author, a number's or an event's entities) follow the move, so that no
fact points at an entity that no longer exists.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.models import Edit, Entity, Quantity, Role, Story, TimelineEntry
from generator.overrides.facts import merged_edit
from generator.overrides.files import OverrideFile, OverrideProblem, stale_hint
from generator.overrides.schema import EntityChange, EntitySplit
from generator.overrides.yaml_reader import KeyPath

_PLAIN_FIELDS = ("name", "type", "roles", "description", "link")
_REQUIRED = {"name", "type"}


class EntityEditor:
    """Applies one file's entity changes to a story, remembering where each removed id went."""

    def __init__(self, story: Story, file: OverrideFile) -> None:
        self.story = story
        self.file = file
        self.entities = {entity.id: entity for entity in story.entities}
        self.new: list[Entity] = []
        self.moved_to: dict[str, str | None] = {}  # removed id -> the entity that took it over (None: hidden)
        self.problems: list[OverrideProblem] = []

    def apply(self) -> list[OverrideProblem]:
        for entity_id, change in self.file.content.entities.items():
            entity = self.entities.get(entity_id)
            if entity is None:
                self.problems.append(self._stale(("entities", entity_id), entity_id))
                continue
            self._apply_change(entity, change, ("entities", entity_id))
        kept = [entity for entity in self.story.entities if entity.id in self.entities]
        self.story.entities = kept + self.new
        redirect_references(self.story, self.moved_to)
        return self.problems

    def _apply_change(self, entity: Entity, change: EntityChange, path: KeyPath) -> None:
        merged = [
            self._merge(entity, other_id, (*path, "merge", index))
            for index, other_id in enumerate(change.merge)
        ]
        for index, split in enumerate(change.split):
            self._split(entity, split, (*path, "split", index), change.note)
        self._change_fields(entity, change, path)
        if any(merged):
            entity.edit = merged_edit(entity.edit, ["aliases", "mentions", "roles"], change.note)
        if change.hide:
            del self.entities[entity.id]
            self.moved_to[entity.id] = None

    def _merge(self, entity: Entity, other_id: str, path: KeyPath) -> bool:
        if other_id == entity.id:
            self.problems.append(self.file.problem(path, f"'{other_id}' cannot be merged into itself"))
            return False
        other = self.entities.pop(other_id, None)
        if other is None:
            self.problems.append(self._stale(path, other_id))
            return False
        entity.aliases = _unique([*entity.aliases, other.name, *other.aliases], exclude=entity.name)
        entity.mentions = sorted(
            [*entity.mentions, *other.mentions], key=lambda m: (m.article, m.start, m.end)
        )
        entity.roles = _merged_roles(entity.roles, other.roles)
        entity.description = entity.description or other.description
        entity.link = entity.link or other.link
        entity.may_be = []  # the editor said whom a surname the story could not tell apart is
        self.moved_to[other_id] = entity.id
        return True

    def _split(self, entity: Entity, split: EntitySplit, path: KeyPath, note: str | None) -> None:
        if split.id in self.entities or split.id in self.moved_to or any(e.id == split.id for e in self.new):
            hint = "choose a new id; to move names to an existing entity, merge instead"
            self.problems.append(
                self.file.problem((*path, "id"), f"an entity with id '{split.id}' exists", hint)
            )
            return
        names = {name.casefold() for name in (split.name, *split.aliases)}
        moved = [mention for mention in entity.mentions if mention.text.casefold() in names]
        if not moved:
            message = (
                f"no mention of {split.name!r} (or its aliases) in '{entity.id}'; the new entity has none"
            )
            self.problems.append(self.file.problem(path, message, kind="warning"))
        role_names = {role.casefold() for role in split.roles}
        entity.mentions = [mention for mention in entity.mentions if mention not in moved]
        entity.aliases = [alias for alias in entity.aliases if alias.casefold() not in names]
        kept_roles = [role for role in entity.roles if role.role.casefold() not in role_names]
        moved_roles = _roles_named(split.roles, [role for role in entity.roles if role not in kept_roles])
        entity.roles = kept_roles
        entity.edit = merged_edit(entity.edit, ["aliases", "mentions"], note)
        self.new.append(
            Entity(
                id=split.id,
                name=split.name,
                type=split.type or entity.type,
                aliases=_unique(split.aliases, exclude=split.name),
                roles=moved_roles,
                mentions=moved,
                description=split.description,
                link=split.link,
                edit=Edit(added=True, note=note),
            )
        )
        _move_speakers(self.story, entity.id, split.id, names)

    def _change_fields(self, entity: Entity, change: EntityChange, path: KeyPath) -> None:
        """Set the fields the editor wrote; only those that really change are marked as edited."""
        changed = []
        for name in (name for name in _PLAIN_FIELDS if name in change.model_fields_set):
            value = getattr(change, name)
            if value is None and name in _REQUIRED:
                self.problems.append(self.file.problem((*path, name), f"'{name}' cannot be cleared"))
            elif name == "roles":
                if [role.casefold() for role in value or []] != [r.casefold() for r in entity.role_names]:
                    entity.roles = _roles_named(value or [], entity.roles)
                    changed.append(name)
            elif value != getattr(entity, name):
                if name == "name":
                    entity.aliases = _unique([*entity.aliases, entity.name], exclude=value)
                setattr(entity, name, value)
                changed.append(name)
        if changed or change.note:
            entity.edit = merged_edit(entity.edit, changed, change.note)

    def _stale(self, path: KeyPath, entity_id: str) -> OverrideProblem:
        current = [*self.entities, *(entity.id for entity in self.new)]
        hint = stale_hint(entity_id, current, "entity id")
        return self.file.problem(path, f"no entity with id '{entity_id}'", hint, kind="stale")


def _unique(names: Iterable[str], exclude: str) -> list[str]:
    seen = {exclude.casefold()}
    result = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(name)
    return result


def _merged_roles(first: list[Role], second: list[Role]) -> list[Role]:
    by_name: dict[str, Role] = {}
    for role in [*first, *second]:
        key = role.role.casefold()
        if key in by_name:
            by_name[key].sources.extend(s for s in role.sources if s not in by_name[key].sources)
        else:
            by_name[key] = role.model_copy(deep=True)
    return list(by_name.values())


def _roles_named(names: list[str], known: list[Role]) -> list[Role]:
    """Roles in the editor's order, keeping the sources of the ones the extraction found."""
    by_name = {role.role.casefold(): role for role in known}
    return [by_name.get(name.casefold()) or Role(role=name) for name in names]


def _move_speakers(story: Story, old_id: str, new_id: str, names: set[str]) -> None:
    for quote in story.quotes:
        if quote.speaker_id == old_id and (quote.speaker or "").casefold() in names:
            quote.speaker_id = new_id
    for claim in story.claims:
        if claim.by_id == old_id and claim.by.casefold() in names:
            claim.by_id = new_id


def redirect_references(story: Story, moved_to: dict[str, str | None]) -> None:
    if not moved_to:
        return

    def final(entity_id: str | None) -> str | None:
        seen: set[str] = set()
        while entity_id in moved_to and entity_id not in seen:  # merges may chain: a -> b -> c
            seen.add(entity_id)
            entity_id = moved_to[entity_id]
        return entity_id

    for quote in story.quotes:
        quote.speaker_id = final(quote.speaker_id)
    for claim in story.claims:
        claim.by_id = final(claim.by_id)
    facts: list[Quantity | TimelineEntry] = [*story.quantities, *story.timeline]
    for fact in facts:
        fact.entities = _unique_ids(final(entity_id) for entity_id in fact.entities)


def _unique_ids(ids: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(entity_id for entity_id in ids if entity_id is not None))
