"""One entity made from the mentions the resolver grouped as one real thing: its shown name (the
fullest form, a place's standard variant, the formal given name before a nickname), its other forms,
its type voted over every mention, and the roles the articles state for it with their sources."""

from __future__ import annotations

from collections import Counter

from generator.annotate.entity_rules import place_variant
from generator.models import ArticleAnnotations, Entity, Mention, Role, RoleMention, Source
from generator.story import entity_types
from generator.story.name_groups import Found, name_key, state_written
from generator.story.names import informal_forms
from generator.story.type_contexts import (
    locative_contexts,
    organisation_contexts,
    person_contexts,
    place_contexts,
)

MentionKey = tuple[str, int, int]  # (article id, start, end)


def entity_of(members: list[Found], roles_at: RoleIndex, places: frozenset[str],
              texts: dict[str, str]) -> Entity:
    """The entity of one group of mentions; `texts` are the articles' texts by id (for context)."""
    members = sorted(members, key=lambda f: (f.article, f.mention.start, f.mention.end))
    name = _canonical_name(members)
    roles = _roles(members, roles_at)
    spans = [(texts.get(f.article, ""), f.mention.start, f.mention.end) for f in members]
    entity_type = entity_types.story_type(
        [f.mention.text for f in members], [(f.mention.type, f.mention.label) for f in members],
        name_key(name), has_role=bool(roles), story_places=places,
        organisation_contexts=organisation_contexts(spans), place_contexts=place_contexts(spans),
        locative_contexts=locative_contexts(spans), person_contexts=person_contexts(spans))
    return Entity(
        id="", name=name, type=entity_type, aliases=_aliases(members, name),
        roles=roles,
        mentions=[Mention(article=f.article, start=f.mention.start, end=f.mention.end, text=f.mention.text)
                  for f in members],
    )


def _canonical_name(members: list[Found]) -> str:
    counts = Counter(_clean(f.mention.text) for f in members)
    for text in sorted(counts):
        variant = place_variant(text)
        if variant:
            return variant
    states = {written for text in counts if (written := state_written(text))}
    if len(states) == 1 and (state := min(states)) in counts:
        return state  # (wave 15) "California" names the page that "Calif." and "CA" join
    informal = informal_forms(counts)  # "Mo Quarrel" names no page beside "Maurice Quarrel"
    return max(sorted(counts), key=lambda t: (t not in informal, len(t.split()), counts[t], len(t)))


def _clean(text: str) -> str:
    return " ".join(text.split())


def _aliases(members: list[Found], name: str) -> list[str]:
    """Other forms than the canonical one, leaving out mere parts of it (a surname, a first word, the
    city of "City, Region")."""
    name_words = name.casefold().replace(",", "").split()
    aliases = set()
    for f in members:
        text = _clean(f.mention.text)
        words = text.casefold().split()
        is_part = len(words) < len(name_words) and (
            name_words[-len(words):] == words or name_words[:len(words)] == words)
        if text != name and not is_part:
            aliases.add(text)
    return sorted(aliases, key=lambda t: (t.casefold(), t))


# The roles stated for each mention, with their position in the articles (ordered by id) and in
# the article's role list: the first wording seen of a role is the one shown.
RoleIndex = dict[MentionKey, list[tuple[int, int, ArticleAnnotations, RoleMention]]]


def role_index(annotations: list[ArticleAnnotations]) -> RoleIndex:
    index: RoleIndex = {}
    for article_position, annotation in enumerate(sorted(annotations, key=lambda a: a.article_id)):
        for role_position, role in enumerate(annotation.roles):
            key = (annotation.article_id, role.entity_start, role.entity_end)
            index.setdefault(key, []).append((article_position, role_position, annotation, role))
    return index


def _roles(members: list[Found], roles_at: RoleIndex) -> list[Role]:
    spans = {(f.article, f.mention.start, f.mention.end) for f in members}
    stated = sorted((item for span in spans for item in roles_at.get(span, [])), key=lambda item: item[:2])
    roles: dict[str, Role] = {}
    for _, _, annotation, role in stated:
        entry = roles.setdefault(role.role.casefold(), Role(role=role.role))
        entry.sources.append(_source(annotation, role.start, role.end, role.sentence))
    for entry in roles.values():
        entry.sources.sort(key=lambda s: (s.article, s.start, s.end))
    return sorted(roles.values(), key=lambda r: (-len({s.article for s in r.sources}), r.role.casefold()))


def _source(annotation: ArticleAnnotations, start: int, end: int, sentence_index: int) -> Source:
    sentence = next((s for s in annotation.sentences if s.start <= start < s.end), None)
    if sentence is None and 0 <= sentence_index < len(annotation.sentences):
        sentence = annotation.sentences[sentence_index]
    if sentence is None:
        return Source(article=annotation.article_id, start=start, end=end, sentence="")
    return Source(article=annotation.article_id, start=start, end=end, sentence=sentence.text,
                  sentence_index=sentence.index)
