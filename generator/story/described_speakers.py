"""A speaker named by a description ("Jane Roe's lawyer", "the judge") resolved to the one person the
same article names who holds that role.

The role comes from the whole story (`Entity.roles`, e.g. "Lawyer of Roe" from "Roe's lawyer, John
Doe" in another article), the candidates from the article that uses the description: a description
is read the way its own article's reader reads it. The head noun must match a word of one of the
person's roles (with the few synonyms news writing swaps freely: lawyer/attorney, spokesman/rep/…);
a possessor given by name ("Jane Roe's lawyer") must be named in that person's roles too, and is
never the person. An indefinite description ("a prosecutor said") brings in someone new and is
kept as written. Exactly one candidate resolves the description; none or several leave it as
written (a description is an honest speaker; a guess is not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.models import Entity

_SYNONYMS = (
    frozenset({"lawyer", "attorney", "counsel", "solicitor"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "rep", "publicist",
               "spokespeople"}),
    frozenset({"prosecutor", "da"}),
)
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<rest>.+)$")
_PRONOUN_OWNERS = frozenset({"his", "her", "their", "its", "the", "a", "an", "this", "that"})
_INDEFINITE = frozenset({"a", "an", "one", "some", "another", "two", "three", "several"})
_WORD = re.compile(r"[a-z0-9]+")


def described_person(description: str, article_people: Iterable[str], entities: dict[str, Entity]
                     ) -> str | None:
    """The id of the one person in `article_people` the description fits, or None."""
    words = description.split()
    if not words or not words[-1][:1].islower() or words[0].lower() in _INDEFINITE:
        return None  # a name, not a description; or someone new ("a prosecutor said")
    head = _WORD.findall(words[-1].lower())
    if not head:
        return None
    nouns = next((group for group in _SYNONYMS if head[-1] in group), frozenset({head[-1]}))
    owner = possessor(description)
    fitting = {person for person in article_people
               if (entity := entities.get(person)) is not None and entity.type == "person"
               and fits(entity, nouns, owner)}
    return next(iter(fitting)) if len(fitting) == 1 else None


def possessor(description: str) -> list[str]:
    """Words of a possessor named in the description ("Jane Roe's lawyer" -> ["jane", "roe"])."""
    match = _POSSESSIVE.match(description)
    if match is None:
        return []
    owner = _WORD.findall(match.group("owner").lower())
    return [] if not owner or owner[-1] in _PRONOUN_OWNERS else owner


def fits(entity: Entity, nouns: frozenset[str], owner: list[str]) -> bool:
    name_words = set(_WORD.findall(entity.name.lower()))
    if owner and owner[-1] in name_words:
        return False  # "Roe's lawyer" is not Roe
    roles = [set(_WORD.findall(role.lower())) for role in entity.role_names]
    return any(role & nouns and (not owner or owner[-1] in role) for role in roles)
