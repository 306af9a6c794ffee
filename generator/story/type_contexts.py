"""The words next to each mention of a name as evidence that it names an organisation, counted over
the whole story.

English says what kind of thing a bare name is by the common noun set before it, in apposition
("the low-cost airline Ryanair", "the magazine, Der Spiegel"), and by the corporate word after it
("Acme CEO", "Acme shares"): a name the model could not type, or called a person with no person
cue, written so anywhere in the story is an organisation (`entity_types.story_type`). (Wave 12) A
lower-case region noun after a name ("the X region") says the same of a place. (Wave 14) A
locative preposition before a name ("in X", "near X") is what makes a small town of the gazetteer
believed over the model's organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Common nouns for a kind of organisation, written right before its name (singular or plural).
# "company"/"firm" also precede a person in "the company Smith founded", so a person cue still wins.
_ORGANISATION_KINDS = (
    "airline", "carrier", "company", "firm", "corporation", "manufacturer", "maker", "carmaker",
    "automaker", "retailer", "bank", "lender", "insurer", "broadcaster", "newspaper", "magazine",
    "publisher", "tabloid", "daily", "agency", "conglomerate", "supplier", "operator", "subsidiary",
    "startup", "start-up", "charity", "watchdog", "regulator", "distributor", "brewer",
)
_KIND_BEFORE = re.compile(rf"\b(?:{'|'.join(_ORGANISATION_KINDS)})s?\s*,?\s+$", re.IGNORECASE)
# Corporate words right after the name, no possessive ("Acme CEO"; "Smith's spokesman" is a person's).
_CORPORATE_AFTER = re.compile(r"^\s+(?:CEO|chief executive|chairman|chairwoman|shareholders|shares|stock)\b")
_WINDOW = 30  # characters looked at on each side: a few words


def organisation_context(text: str, start: int, end: int) -> bool:
    """Whether the words next to text[start:end] say that it names an organisation."""
    before, after = text[max(0, start - _WINDOW):start], text[end:end + _WINDOW]
    return bool(_KIND_BEFORE.search(before) or _CORPORATE_AFTER.match(after))


# (wave 12) Nouns for an administrative region, written in lower case right after its name ("the
# Quarrel region", "Vantrobe province"): the name is a place's, whatever the model read elsewhere.
# "district" and "town" are left out ("district attorney", "town hall"), and so is "state" ("state media").
_REGION_AFTER = re.compile(r"^\s+(?:region|province|prefecture|governorate|oblast|county|municipality)\b")


def place_context(text: str, start: int, end: int) -> bool:
    """Whether a lower-case region noun follows text[start:end] (see `_REGION_AFTER`)."""
    return bool(_REGION_AFTER.match(text[end:end + _WINDOW]))


def place_contexts(mentions: Iterable[tuple[str, int, int]]) -> int:
    """How many of an entity's mentions, each (article text, start, end), a region noun follows."""
    return sum(place_context(text, start, end) for text, start, end in mentions)


def organisation_contexts(mentions: Iterable[tuple[str, int, int]]) -> int:
    """How many of an entity's mentions, each (article text, start, end), have an organisation context."""
    return sum(organisation_context(text, start, end) for text, start, end in mentions)


# (wave 14) A preposition that puts what follows on the map ("lives in X", "a crash near X"). "at",
# "from" and "to" are left out: "a student at X", "a statement from X", "told to X" name institutions.
_LOCATIVE_BEFORE = re.compile(r"(?:^|\W)(?:in|near|outside)\s+$", re.IGNORECASE)


def locative_context(text: str, start: int) -> bool:
    """Whether "in", "near" or "outside" stands right before text[start:]."""
    return bool(_LOCATIVE_BEFORE.search(text[max(0, start - _WINDOW):start]))


def locative_contexts(mentions: Iterable[tuple[str, int, int]]) -> int:
    """How many of an entity's mentions, each (article text, start, end), a locative preposition precedes."""
    return sum(locative_context(text, start) for text, start, _ in mentions)


# (wave 15) How news writes a person it names: an age in apposition ("Jo Quarrel, 32, was") and a
# kinship noun in apposition before it ("his wife, Ines", "her brother Jo Quarrel") or after a
# possessive ("Quarrel's widow"). Only people have ages and families in news prose. An age before a
# name is left out: the name is then mostly a modifier ("a 66-year-old Quarrelton woman", a place).
_KIN = (r"(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|fiancee|fiancée|fiance"
        r"|fiancé|girlfriend|boyfriend|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin"
        r"|stepson|stepdaughter|stepfather|stepmother|uncle|aunt)")
_AGE_AFTER = re.compile(r"^,\s+\d{1,3},")
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their|whose)\s+(?:\w+\s+)?{_KIN},?\s+$", re.IGNORECASE)
_KIN_AFTER = re.compile(rf"^['’]s?\s+(?:\w+\s+)?{_KIN}\b", re.IGNORECASE)


def person_context(text: str, start: int, end: int) -> bool:
    """Whether the words next to text[start:end] say that it names a person (see `_AGE_AFTER`)."""
    before, after = text[max(0, start - _WINDOW):start], text[end:end + _WINDOW]
    return bool(_AGE_AFTER.match(after) or _KIN_BEFORE.search(before) or _KIN_AFTER.match(after))


def person_contexts(mentions: Iterable[tuple[str, int, int]]) -> int:
    """How many of an entity's mentions, each (article text, start, end), have a person context."""
    return sum(person_context(text, start, end) for text, start, end in mentions)
