"""Written forms of names that the resolve stage joins or splits (wave 5): a care facility whose kind
two outlets word differently, an organisation's name with its words in another order, a name written
with and without a space (each on the name keys of the story, `name_groups.name_key`, joined in the
story's union-find); and one span the model made of two names ("Quarrel and Doe", "Gazette -
Acme"), split into its names (`split_joined_names`); and a facility's opening words as its short name
("Lakeview" for "Lakeview Recovery Center", `facilities_named_by`)."""

from __future__ import annotations

import re
from collections import defaultdict

from generator.models import EntityType
from generator.story.entity_types import place_rank
from generator.story.name_groups import Found, mention_key
from generator.story.union_find import UnionFind

# Words for one kind of facility that outlets use for the same place ("Center" / "Clinic").
CARE_HEADS = frozenset({"center", "centre", "clinic", "hospital"})
# Words left out when an organisation's name is compared in any order ("Ministry of Defence").
_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "at", "to", "&"})
_SCHOOL_WORDS = frozenset({"university", "college", "school", "academy", "institute"})
_NAMED_THINGS: frozenset[EntityType] = frozenset({"place", "organization", "other"})


def join_facility_kinds(union: UnionFind[str], key_types: dict[str, EntityType]) -> None:
    """"Lakeview Recovery Clinic" / "Lakeview Recovery Center": one care facility whose kind two outlets
    word differently, when its distinctive words name no third kind. Schools, colleges and churches are
    kept apart: "X College" and "X University" are often two."""
    by_stem: dict[str, list[str]] = defaultdict(list)
    for key, entity_type in key_types.items():
        words = key.split()
        if entity_type in _NAMED_THINGS and len(words) > 1 and words[-1] in CARE_HEADS:
            by_stem[" ".join(words[:-1])].append(key)
    for _, keys in sorted(by_stem.items()):
        kinds = {key.split()[-1].replace("centre", "center") for key in keys}
        if len(kinds) == 2:
            _join_all(union, keys)


def content_words(key: str) -> tuple[str, ...]:
    """The name's words without function words, each singular, sorted: "ministry of defence" and
    "defence ministry" give ("defence", "ministry")."""
    words = [w for w in key.split() if w not in _FUNCTION_WORDS]
    return tuple(sorted(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                        for w in words))


def join_reordered_names(union: UnionFind[str], key_types: dict[str, EntityType]) -> None:
    """"Central Commission for Elections" / "Central Elections Commission", "Department of Justice" /
    "Justice Department": an organisation's name of two content words or more, the same words in
    another order or with "of"/"for". Not when a word is a country, state or big city of the
    gazetteer: "Ohio State" (a university) is not the "State of Ohio"; nor for schools: "Quill
    University" and the "University of Quill" are often two."""
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, entity_type in key_types.items():
        words = content_words(key)
        if (entity_type in ("organization", "other") and len(words) >= 2 and not _names_a_big_place(words)
                and not _SCHOOL_WORDS & set(words)):
            by_words[words].append(key)
    for _, keys in sorted(by_words.items()):
        if len(keys) > 1 and any(key_types[k] == "organization" for k in keys):
            _join_all(union, keys)


def _names_a_big_place(words: tuple[str, ...]) -> bool:
    return any(place_rank(word) == 2 for word in words)


def join_spaced_spellings(union: UnionFind[str], key_types: dict[str, EntityType]) -> None:
    """"Trail Blazers" / "Trailblazers", "Al Jazeera" / "Aljazeera": one name written with and without
    a space, typed alike (or one of them untyped)."""
    by_letters: dict[str, list[str]] = defaultdict(list)
    for key in key_types:
        by_letters[key.replace(" ", "")].append(key)
    for _, keys in sorted(by_letters.items()):
        kinds = {key_types[k] for k in keys} - {"other"}
        if len(keys) > 1 and len(kinds) <= 1:
            _join_all(union, keys)


def _join_all(union: UnionFind[str], keys: list[str]) -> None:
    ordered = sorted(keys)
    for key in ordered[1:]:
        union.union(ordered[0], key)


# Words that join two names in one span of the model's, and how many of the names the story must
# also write alone for the span to be split there: a spaced dash never stands inside a name
# ("Gazette – Acme"); a spaced hyphen may be a hyphen of the name in text rebuilt from tokens
# ("Wal - Mart"), and "at" seldom joins names ("Otters at Lakeview Arena"), so one of them must stand
# alone elsewhere ("Gazette - Acme"); "and" often joins them ("Procter and Gamble", "Bosnia and
# Herzegovina"), so both must.
_CONNECTORS: tuple[tuple[str, int], ...] = ((" – ", 0), (" — ", 0), (" - ", 1), (" at ", 1), (" and ", 2))


def split_joined_names(found: list[Found]) -> list[Found]:
    """Each mention that is two capitalised names joined by a connector (see `_CONNECTORS`) becomes a
    mention of each name; the others are kept as they are."""
    alone = {mention_key(item.mention) for item in found
             if not any(connector in item.mention.text for connector, _ in _CONNECTORS)}
    result: list[Found] = []
    for item in found:
        result.extend(_split(item, alone) or [item])
    return result


def _split(item: Found, alone: set[str]) -> list[Found]:
    text = item.mention.text
    for connector, needed in _CONNECTORS:
        if connector not in text:
            continue
        pieces = text.split(connector)
        if len(pieces) != 2 or not all(re.match(r"[A-Z]", piece) for piece in pieces):
            return []
        parts = [(item.mention.start, pieces[0]),
                 (item.mention.start + len(pieces[0]) + len(connector), pieces[1])]
        keys = [mention_key(item.mention.model_copy(update={"text": piece})) for _, piece in parts]
        known = sum(1 for key in keys if key in alone)
        if known < needed:
            return []
        # The span's type was the model's reading of both names at once: a name the story writes alone
        # takes its type from those mentions, the other keeps the span's.
        return [Found(item.article, item.mention.model_copy(update={
            "start": start, "end": start + len(piece), "text": piece, "label": "",
            "type": "other" if key in alone else item.mention.type}))
            for (start, piece), key in zip(parts, keys, strict=True)]
    return []


# Last words of a facility's name, which news shortens to its first words ("Lakeview" for "Lakeview
# Recovery Center"); agencies and ministries are left out ("UN" is not the "UN Relief Agency").
FACILITY_HEADS = frozenset({"center", "centre", "clinic", "hospital", "school", "university", "college",
                             "institute", "church", "museum", "creamery", "club", "studios"})


def facility_index(key_types: dict[str, EntityType]) -> dict[str, list[str]]:
    """First word -> the keys of places and organisations whose name ends in a facility's word."""
    index: dict[str, list[str]] = defaultdict(list)
    for key, entity_type in key_types.items():
        words = key.split()
        if entity_type in ("place", "organization") and len(words) > 1 and words[-1] in FACILITY_HEADS:
            index[words[0]].append(key)
    return index


def facilities_named_by(key: str, key_types: dict[str, EntityType], facilities: dict[str, list[str]],
                places: frozenset[str]) -> list[str]:
    """"Lakeview" -> "Lakeview Recovery Center": the opening words of a facility's name (a clinic, a
    school) are its short name when nothing typed them (a place the model read stays the place), they
    are no country, state or big city of the gazetteer ("Athens" of "Athens University"), no town of it
    that a mention reads as a place (a town's name that none does is often a facility's: "Lakeview"),
    and no person's surname of the story ("Quarrel" of "Jo Quarrel" and "Quarrel Medical Center":
    institutions bear people's names)."""
    words = key.split()
    candidates = [k for k in facilities.get(words[0], []) if k.split()[:len(words)] == words and k != key]
    rank = place_rank(key)
    if not candidates or rank == 2 or (rank and key in places):
        return []  # a small town's name no mention reads as a place is the facility's, as written
    if any(t == "person" and k.split()[-len(words):] == words for k, t in key_types.items()):
        return []
    return candidates
