"""Page titles for people of one name (issue 16, wave 15): "Jim Doe (Otters)" and "Jim Doe
(Lakeview University)". Each takes the organisation named in most of its own articles (then most
often) and in none of its namesakes' articles; without one, a role of its own that the others do not
hold. The ids stay as the story made them (`jim-doe`, `jim-doe-2`), so editors' overrides keep
pointing at the same people."""

from __future__ import annotations

from collections import defaultdict

from generator.models import Entity
from generator.render.escape import plain_text
from generator.wording import NAMESAKE_TITLE


def namesake_titles(entities: list[Entity], name_of: dict[str, str]) -> dict[str, str]:
    """Entity id -> its page title, for people whose shown name (`name_of`) another person shares."""
    people: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        if entity.type == "person":
            people[name_of[entity.id].casefold()].append(entity)
    organisations = [entity for entity in entities if entity.type == "organization"]
    titles: dict[str, str] = {}
    for _, same in sorted(people.items()):
        if len(same) < 2:
            continue
        articles = {entity.id: {mention.article for mention in entity.mentions} for entity in same}
        for entity in same:
            others = set().union(*(articles[e.id] for e in same if e.id != entity.id))
            qualifier = _own_organisation(articles[entity.id], others, organisations, name_of) \
                or _own_role(entity, [e for e in same if e.id != entity.id])
            if qualifier:
                titles[entity.id] = NAMESAKE_TITLE.format(name=name_of[entity.id], qualifier=qualifier)
    return titles


def _own_organisation(own: set[str], others: set[str], organisations: list[Entity],
                      name_of: dict[str, str]) -> str | None:
    counts: dict[str, tuple[int, int]] = {}  # id -> (articles, mentions) among the person's own articles
    for organisation in organisations:
        seen = [mention.article for mention in organisation.mentions]
        if any(article in others for article in seen):
            continue
        uses = sum(article in own for article in seen)
        if uses:
            counts[organisation.id] = (len(own.intersection(seen)), uses)
    if not counts:
        return None
    best = min(counts, key=lambda ident: (-counts[ident][0], -counts[ident][1], name_of[ident].casefold(),
                                          ident))
    return name_of[best]


def _own_role(entity: Entity, others: list[Entity]) -> str | None:
    held = {role.role.casefold() for other in others for role in other.roles}
    # a role is the article's words, made plain text as every role shown is (`index._entity_views`)
    return next((plain_text(role.role) for role in entity.roles if role.role.casefold() not in held), None)
