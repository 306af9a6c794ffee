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

Wave 8: a possessor that is no name ("the city's chief prosecutor") checks only roles that name
their owner ("Lawyer of Roe"); "prosecutor" fits a district attorney; and a description whose head
fits nobody but which names an organisation ("the Acme official", "the Harbor Union spokesman") is
the one person of the article whose role names that organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.models import Entity

_SYNONYMS = (
    frozenset({"lawyer", "attorney", "counsel", "solicitor"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "rep", "publicist",
               "spokespeople"}),
    frozenset({"prosecutor", "da", "district attorney"}),
)
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<rest>.+)$")
_PRONOUN_OWNERS = frozenset({"his", "her", "their", "its", "the", "a", "an", "this", "that"})
_INDEFINITE = frozenset({"a", "an", "one", "some", "another", "two", "three", "several"})
_WORD = re.compile(r"[a-z0-9]+")
# Wave 8 rules, each switched off in turn by benchmarks/speech_rule_ablation.py.
COMMON_POSSESSORS = True
ORGANISATION_NAMES = True


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
    people = [entity for person in article_people
              if (entity := entities.get(person)) is not None and entity.type == "person"]
    named_owner = owner_is_named(description)
    fitting = {entity.id for entity in people if fits(entity, nouns, owner, named_owner)}
    if not fitting and ORGANISATION_NAMES:
        fitting = {entity.id for entity in people if serves(entity, named_organisation(words[:-1]))}
    return next(iter(fitting)) if len(fitting) == 1 else None


def named_organisation(modifiers: list[str]) -> list[str]:
    """The capitalised words between the determiner and the head ("the Acme Corp official" ->
    ["acme", "corp"]): the organisation the description names; [] when there is none."""
    if modifiers and modifiers[0].lower() in _PRONOUN_OWNERS:
        modifiers = modifiers[1:]  # "the", "its"
    words = [w for m in modifiers for w in _WORD.findall(m.lower()) if m[:1].isupper()]
    return [] if any(m[:1].islower() and m.lower() not in _PRONOUN_OWNERS for m in modifiers) else words


def serves(entity: Entity, organisation: list[str]) -> bool:
    """One of the person's roles names every word of the organisation."""
    roles = [set(_WORD.findall(role.lower())) for role in entity.role_names]
    return bool(organisation) and any(all(word in role for word in organisation) for role in roles)


def possessor(description: str) -> list[str]:
    """Words of a possessor named in the description ("Jane Roe's lawyer" -> ["jane", "roe"]); a
    possessor that is no name ("the city's") is kept lower-case apart (`fits`)."""
    match = _POSSESSIVE.match(description)
    if match is None:
        return []
    owner = _WORD.findall(match.group("owner").lower())
    return [] if not owner or owner[-1] in _PRONOUN_OWNERS else owner


def owner_is_named(description: str) -> bool:
    match = _POSSESSIVE.match(description)
    return match is not None and match.group("owner").split()[-1][:1].isupper()


def fits(entity: Entity, nouns: frozenset[str], owner: list[str], named_owner: bool = True) -> bool:
    name_words = set(_WORD.findall(entity.name.lower()))
    if owner and owner[-1] in name_words:
        return False  # "Roe's lawyer" is not Roe
    held = [words for words in (_WORD.findall(role.lower()) for role in entity.role_names)
            if any(holds(words, noun) for noun in nouns)]
    if not held:
        return False
    if not owner or any(owner[-1] in words for words in held):
        return True
    # "the city's chief prosecutor" for a "District Attorney": a possessor that is no name is checked
    # only against a role held for someone ("Lawyer of Roe").
    return COMMON_POSSESSORS and not named_owner and not any(names_an_owner(words) for words in held)


def holds(role: list[str], noun: str) -> bool:
    """The role has the noun, or the words of a two-word noun in a row ("district attorney")."""
    return noun in role or (" " in noun and f" {noun} " in f" {' '.join(role)} ")


def names_an_owner(role: list[str]) -> bool:
    """ "lawyer of roe", "spokesman for acme": a role held for someone the description must name."""
    return "of" in role or "for" in role
