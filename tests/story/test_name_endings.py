"""The merge's lookup of a speaker by the ending of a name (issue 19, wave 12): one probe of an index
of every name's endings gives the same entity as the scan of every name it replaced. Invented names."""

from __future__ import annotations

import itertools

from generator.models import Entity
from generator.story.merge import EntityResolver, name_key, names_by_ending

NAMES = {
    "p1": ("Marie-Claire La Fontaine", ["Marie La Fontaine"]),
    "p2": ("Paul La Fontaine", []),
    "p3": ("Odile Fontaine", []),
    "p4": ("Tomas Vel", ["T. Vel"]),
    "p5": ("Ines de la Vega Ruiz", []),
    "p6": ("Vega Ruiz", []),
    "o1": ("Harbourside Ferry Company", ["Ferry Company"]),
    "o2": ("Northline Ferry Company", []),
    "p7": ("Arlo Quent", []),
}


def _entities() -> list[Entity]:
    return [Entity(id=key, name=name, type="person" if key[0] == "p" else "organization", aliases=aliases)
            for key, (name, aliases) in NAMES.items()]


def _scanned(names: dict[str, set[str]], key: str) -> str | None:
    """The lookup as it was: the exact name if it names one entity, else every name scanned."""
    exact = names.get(key, set())
    if len(exact) == 1:
        return next(iter(exact))
    endings = {i for n, ids in names.items() if n.endswith(" " + key) for i in ids}
    return next(iter(endings)) if len(endings) == 1 else None


def _probes() -> list[str]:
    words = sorted({word for name, aliases in NAMES.values() for text in [name, *aliases]
                    for word in name_key(text).split()})
    pairs = [" ".join(pair) for pair in itertools.permutations(words, 2)]
    return [*words, *pairs, "la fontaine", "de la vega ruiz", "la vega ruiz", "ontaine", "ferry company",
            "harbourside ferry company", "nobody here"]


def test_indexed_lookup_matches_the_scan_of_every_name() -> None:
    resolver = EntityResolver(_entities(), {})
    probes = _probes()
    assert len(probes) > 100
    for key in probes:
        assert resolver.entity_named(key) == _scanned(resolver.names, key), key


def test_shared_endings_are_ambiguous_and_unique_endings_resolve() -> None:
    resolver = EntityResolver(_entities(), {})
    assert resolver.entity_named("Fontaine") is None  # three people
    assert resolver.entity_named("La Fontaine") is None  # two people
    assert resolver.entity_named("Vega Ruiz") == "p6"  # the exact name wins over an ending
    assert resolver.entity_named("de la Vega Ruiz") == "p5"
    assert resolver.entity_named("Quent") == "p7"
    assert resolver.entity_named("Ferry Company") == "o1"  # an alias exactly
    assert resolver.entity_named("ontaine") is None  # an ending is whole words


def test_endings_index_holds_every_ending_after_a_space() -> None:
    index = names_by_ending({"a b c": {"x"}, "b c": {"y"}, "c": {"z"}})
    assert index == {"b c": {"x"}, "c": {"x", "y"}}
