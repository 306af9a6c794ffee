"""Surnames and first names alone ("Doe said", "Jane said"): each goes to the person of its article
whose full name it is part of, else to the one such person of the story (see `attach_surnames`)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from generator.models import Entity, EntityType
from generator.story import entity_types
from generator.story.name_groups import Found, name_key
from generator.story.names import PersonName, parse_person, surname_core
from generator.story.union_find import UnionFind


def full_person_names(key_types: dict[str, EntityType]) -> dict[str, PersonName]:
    """Person keys of two words or more that parse into a first name and a surname."""
    names = {}
    for key, entity_type in key_types.items():
        parsed = parse_person(key) if entity_type == "person" and " " in key else None
        if parsed is not None and parsed.first:
            names[key] = parsed
    return names


def attach_surnames(groups: dict[str, list[Found]], by_key: dict[str, list[Found]],
                     key_types: dict[str, EntityType], union: UnionFind[str]) -> None:
    """A surname alone ("Doe said") is the person of the same article whose full name ends in it when
    there is exactly one, else the one such person of the story; article by article, so that two
    articles about two Does each keep theirs. A first name alone ("Jane said") that is no one's surname
    goes the same way to the one person with that first name. A word a rule typed as an organisation
    or a place, or a place of the gazetteer, is left alone."""
    full = full_person_names(key_types)
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_first_name: dict[str, list[str]] = defaultdict(list)
    for key, parsed in full.items():
        by_surname[parsed.last.split()[-1]].append(key)
        by_first_name[parsed.first].append(key)
    alone = Counter(union.find(key) for key in by_key)
    for key in sorted(by_key):
        surname = _lone_surname(key, by_key[key])
        if surname is None or alone[union.find(key)] > 1 or union.find(key) != key:
            continue  # joined already (one fuller name in the story) or a declared alias
        if not _may_be_surname(by_key[key]):
            continue
        owners = [k for k in by_surname.get(surname, []) if k != key]
        if owners:
            _attach_by_article(key, owners, groups, by_key, union, story_wide=True)
        elif surname != key:
            continue
        elif key in by_first_name:
            # "Laci said": news calls a victim or a child by the first name once the full name is given.
            _attach_by_article(key, by_first_name[key], groups, by_key, union, story_wide=True)
        elif _BLEND.match(written := by_key[key][0].mention.text.strip()):
            # Only a word written as a blend can be one: the scan of every full name is skipped for
            # the others (most single words; at 1,000 articles a few seconds of resolve).
            owners = [k for k, parsed in full.items() if is_blended_name(written, parsed)]
            if len(owners) == 1:
                _attach_by_article(key, owners, groups, by_key, union, story_wide=True)


# (wave 12) A surname written alone with its opening particle: "al-Quarra", "el-Quarra" (the article
# joined by a hyphen), "bin Quarra", "van Quarrel", "de Quarra" (the particle in lower case, as such
# surnames are written inside a sentence; "Al Quarra" may be a man called Al).
_PARTICLE_SURNAME = re.compile(r"^(?:(?:[Aa]l|[Ee]l)-|(?:bin|ibn|van|von|de|du|da|di|del|della|der|den)\s+)"
                               r"(?:(?:van|von|de|der|den|la|le)\s+)?[A-Z][\w'-]+$")


def _lone_surname(key: str, items: list[Found]) -> str | None:
    """The surname to look up for a name written alone: the key of a one-word name; the surname
    without its particle when every mention writes it with one (see `_PARTICLE_SURNAME`); else None."""
    if " " not in key:
        return key
    if all(_PARTICLE_SURNAME.match(item.mention.text.strip()) for item in items):
        return surname_core(key)
    return None


# A nickname blended from the openings of a first name and a surname, each part capitalised ("JoQua",
# "Jo-Qua", "J.Qua", "J-Qua"): how celebrity news shortens a famous name.
_BLEND = re.compile(r"^([A-Z][a-z]{0,3})[-.]?([A-Z][a-z]{1,4})$")
# Openings of names that are written so themselves ("LaToya", "McKay", "DeShawn"): no blend.
_NAME_PARTICLES = frozenset({"la", "le", "de", "di", "da", "du", "mc", "mac", "van", "von", "o"})


def is_blended_name(written: str, person: PersonName) -> bool:
    """`written` is a blend of `person`'s first name and surname (see `_BLEND`)."""
    match = _BLEND.match(written.strip())
    if not match or not person.first:
        return False
    first, last = (part.casefold() for part in match.groups())
    if first in _NAME_PARTICLES:
        return False
    surname = person.last.split()[-1]
    return person.first.startswith(first) and surname.startswith(last) and len(last) < len(surname)


def _attach_by_article(key: str, owners: list[str], groups: dict[str, list[Found]],
                       by_key: dict[str, list[Found]], union: UnionFind[str], story_wide: bool) -> None:
    """Each article's mentions of `key` go to the one owner of that article, else (when `story_wide`)
    to the one owner of the story; the others stay together under `key`. Of two owners in one
    article, it is the one named last before it, else the one named first after it (issue 16: the
    article's own people first, the story's only when the article names none of that surname). A
    surname whose article names none and whose story names several stays its own mention: it is not
    guessed. (Until wave 8, of two owners one of whom the article also called by the first name alone,
    the surname was the other: "Jo Roe ... his son Sam Roe ... Sam ... Roe said" made every bare "Roe"
    the father, even before the son's name; dropped.) (wave 15) An article whose every mention of the
    word reads it as an organisation (`_read_as_company`) and names no one of that surname keeps it:
    the story's one person of the surname is no reason to make it that person."""
    story_roots = {union.find(k) for k in owners} if story_wide else set()
    articles_of = {k: {item.article for item in by_key[k]} for k in owners}
    company_articles = _read_as_company(by_key[key])
    kept: list[Found] = []
    for item in groups.pop(key):
        local = {union.find(k) for k in owners if item.article in articles_of[k]}
        roots = local or (story_roots if item.article not in company_articles else set())
        if len(local) > 1:
            nearest = _nearest_in_article(item, owners, by_key, union)
            roots = {nearest} if nearest else set()
        if len(roots) == 1:
            groups[next(iter(roots))].append(item)
        else:
            kept.append(item)
    groups[key] = kept


# (wave 15) Mentions of a word in one article, all read as an organisation, that keep it a company.
COMPANY_READINGS = 2


def _read_as_company(items: list[Found]) -> frozenset[str]:
    """(wave 15) The articles whose every mention of the word, two at least, reads it as an
    organisation ("Quarrel shares rose ... Quarrel said", a company named after its founder): there, a
    surname of a person named only in other articles of the story is no reason to make the word that
    person. One such reading alone is the model's guess, and does not stop it."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for item in items:
        kinds[item.article].append("organization" if item.mention.type == "organization"
                                   and item.mention.label != "PERSON" else "other")
    return frozenset(article for article, seen in kinds.items()
                     if len(seen) >= COMPANY_READINGS and set(seen) == {"organization"})


def _nearest_in_article(item: Found, owners: list[str], by_key: dict[str, list[Found]],
                        union: UnionFind[str]) -> str | None:
    """The owner (a root) whose full name the article wrote last before `item`, else first after it:
    "Jane Doe ... John Doe said ... Doe added" is John; a headline's "Doe resigns" before "John Doe
    ... Jane Doe" is John. None when the article names none of them."""
    before, after = [], []
    for owner in owners:
        for found in by_key[owner]:
            if found.article != item.article:
                continue
            if found.mention.end <= item.mention.start:
                before.append((found.mention.start, union.find(owner)))
            elif found.mention.start >= item.mention.end:
                after.append((found.mention.start, union.find(owner)))
    if before:
        return max(before)[1]
    return min(after)[1] if after else None


def _may_be_surname(items: list[Found]) -> bool:
    labelled = [(i.mention.type, i.mention.label) for i in items]
    voted = entity_types.vote(labelled)
    # "other" by rule is the annotator's guess that an unintroduced word is no person: the story may
    # introduce it elsewhere. An organisation or a place by rule is a firmer finding.
    ruled_otherwise = any(t in ("organization", "place") and label == entity_types.RULE_LABEL
                          for t, label in labelled)
    # A name the gazetteer knows as a place stays one only where the model also read it as a place
    # ("in Jordan"); "Jordan said", labelled a company or nothing, may be a person's surname.
    read_as_place = any(t == "place" for t, _ in labelled) and bool(
        entity_types.place_rank(name_key(items[0].mention.text)))
    return voted == "person" or (voted in ("organization", "other", "place") and not ruled_otherwise
                                 and not read_as_place)


def mark_ambiguous_surnames(entities: list[Entity]) -> None:
    """A person named by a surname alone that stayed its own entity (its articles name no one of that
    surname, the story several): `may_be` lists the story's people of that surname, so that the page
    says so instead of guessing."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for entity in entities:
        parsed = parse_person(name_key(entity.name)) if entity.type == "person" else None
        if parsed is not None and parsed.first and " " in name_key(entity.name):
            by_surname[parsed.last.split()[-1]].append(entity.id)
    for entity in entities:
        key = name_key(entity.name)
        if entity.type == "person" and " " not in key and len(by_surname.get(key, [])) > 1:
            entity.may_be = sorted(by_surname[key])
