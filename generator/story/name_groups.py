"""Name keys and the small structures the resolve stage groups mentions with: a mention with its
article (`Found`), the normalised key of a name (`name_key`)."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from generator.annotate import us_states
from generator.annotate.entity_rules import place_variant
from generator.models import EntityMention
from generator.story.names import is_dotted_initials


@dataclass(frozen=True)
class Found:
    """One entity mention with the article it is in."""

    article: str
    mention: EntityMention


# A story of 1,000 articles asks for the keys of about 64,000 mentions of a few thousand names, on every
# build that merges (an added article too): each distinct text is worked out once a process.
@functools.lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Case-, accent-, dot- and "the"-insensitive key of a name; known place variants share one (a
    pure function of the text: the lexicons it reads are fixed)."""
    cleaned = " ".join(text.replace("’", "'").split())
    cleaned = re.sub(r"^(?:the)\s+", "", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"'s?$", "", cleaned)
    cleaned = re.sub(r"^(?:Mt|MT)\.?\s+", "Mount ", cleaned)  # "Mt Cook" is "Mount Cook"
    cleaned = _initials_closed_up(cleaned)
    cleaned = _place_initials_written_out(cleaned)
    variant = place_variant(cleaned)
    if variant:
        cleaned = variant
    cleaned = _state_written_out(cleaned)
    cleaned = _street_written_out(cleaned)
    folded = unicodedata.normalize("NFKD", cleaned.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[.\s]+", " ", folded.replace("-", " ")).strip()


def _initials_closed_up(name: str) -> str:
    """(wave 12) "U. N." is "UN", and "U. S." is "US": dots and spaces between the initials of a
    standard abbreviation (`entity_rules.place_variant`'s) are a matter of house style. Other spaced
    initials are left as written: "J. R." is as often a person's initials as an acronym, and "K. C."
    may stand for a city where "KC" elsewhere names its team."""
    if is_dotted_initials(name):
        closed = re.sub(r"[.\s]", "", name)
        if place_variant(closed):
            return closed
        return place_variant(".".join(closed) + ".") or name  # (wave 15) "L. A." is "L.A.", Los Angeles
    return name


# Initials opening a longer name, with a dot or a space after them: "L. A. Superior Court", "LA Superior".
_OPENING_INITIALS = re.compile(r"((?:[A-Z]\.? ?){2,3})(?=[A-Z][a-z])")


def _place_initials_written_out(name: str) -> str:
    """(wave 15) "L. A. Superior Court", "L.A. Superior Court" and "LA Superior Court" are "Los Angeles
    Superior Court": the initials of a place that `entity_rules.place_variant` knows in its dotted form
    ("L.A.", "U.S.") opening an organisation's name are the place written out."""
    opening = _OPENING_INITIALS.match(name)
    if opening is None or opening.group(1)[-1] not in ". ":
        return name
    letters = re.sub(r"[^A-Z]", "", opening.group(1))
    place = place_variant(".".join(letters) + ".")
    return f"{place} {name[opening.end():]}" if place else name


# USPS Publication 28, appendix C1: the standard abbreviations of the common street suffixes.
_STREET_ABBREVIATIONS = {"st": "Street", "ave": "Avenue", "av": "Avenue", "rd": "Road", "blvd": "Boulevard",
                         "ln": "Lane", "hwy": "Highway", "pkwy": "Parkway", "expy": "Expressway",
                         "fwy": "Freeway", "tpke": "Turnpike"}


def _street_written_out(name: str) -> str:
    """(wave 11) "115th St." and "115th Street", "Marlow Ave" and "Marlow Avenue" are one street: the
    suffix's abbreviation after a capitalised word or an ordinal is the suffix written out ("St." only
    at the end: "St. Louis" keeps its saint)."""
    words = name.split()
    if len(words) < 2 or not (words[-2][:1].isupper() or words[-2][:1].isdigit()):
        return name
    full = _STREET_ABBREVIATIONS.get(words[-1].rstrip(".").casefold())
    return " ".join([*words[:-1], full]) if full else name


def _state_written_out(name: str) -> str:
    """"Quarrelby, Ga." and "Quarrelby, GA" are "Quarrelby, Georgia"; "Ga." alone is "Georgia" (wave 10).
    A postal code alone is left as it is: "AL" is also a baseball league."""
    town, comma, region = name.rpartition(", ")
    if not (region.endswith(".") or (len(region) == 2 and region.isupper())):
        return name  # the common case, decided before the `us` package is read
    if comma and town:
        state = us_states.state_name(region, postal=True)
        return f"{town}, {state}" if state else name
    return us_states.state_name(name) or name


def state_written(text: str) -> str | None:
    """The state `text` abbreviates: an AP form with or without its dot ("Calif.", "Calif"), a postal
    code ("CA"); else None. Only for a name the context shows to be a state (a place, or after
    "<place>, ": "Miss" and "Mo" are a title and a given name)."""
    if len(text) > 6 or not text[:1].isupper():
        return None  # the common case, decided before the `us` package is read
    return us_states.state_name(text, postal=True) or (
        us_states.state_name(text + ".") if text.isalpha() else None)


# Nouns news writes after a publication's or broadcaster's name to say what it is ("People magazine",
# "the Globe newspaper"): they are no part of the name.
MEDIUM_NOUNS = frozenset({"magazine", "newspaper", "tabloid", "weekly", "website", "channel", "broadcaster"})


def mention_key(mention: EntityMention) -> str:
    """Name key; a group's singular and plural ("Democrat", "Democrats") are one group; a medium's
    name without the noun in lower case that says what it is ("People magazine" is "People")."""
    if mention.type == "place" and (state := state_written(mention.text)):
        return name_key(state)  # "Calif" (its dot read as the full stop), "CA" as a place: the state
    key = name_key(mention.text)
    words = key.split()
    if len(words) > 1 and words[-1] in MEDIUM_NOUNS and mention.text.split()[-1].islower():
        return " ".join(words[:-1])  # "Us Weekly", "English Channel": a capitalised noun is the name's
    return key[:-1] if mention.type == "group" and key.endswith("s") and len(key) > 3 else key


def described_media(found_texts: list[str]) -> frozenset[str]:
    """Names the story writes with a medium's noun after them in lower case ("People magazine"): the
    word alone ("told People") is that medium's name, not a common word, wherever it stands."""
    media = set()
    for text in found_texts:
        words = text.split()
        if len(words) > 1 and words[-1] in MEDIUM_NOUNS and all(w[:1].isupper() for w in words[:-1]):
            media.add(" ".join(words[:-1]).casefold())
    return frozenset(media)
