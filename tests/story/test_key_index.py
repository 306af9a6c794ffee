"""The name-key index hands the fuller-form rules every key that can match, in the story's order
(invented names), and resolving with it finds the same short-name joins as scanning every key."""

from __future__ import annotations

from generator.models import EntityType
from generator.story.key_index import KeyIndex
from generator.story.name_forms import facility_index
from generator.story.resolve import _fuller_forms

KEYS: dict[str, EntityType] = {
    "quarrel": "person", "jo quarrel": "person", "acme": "organization", "acme inc": "organization",
    "kelmouth": "place", "kelmouth, ohio": "place", "kelmouth, ohio, usa": "place",
    "kelmouth saints": "organization", "saints": "organization", "ruiz peralta": "other",
    "ana ruiz peralta": "person", "lakeview": "other", "lakeview recovery center": "organization",
    "dunmore port authority": "organization", "dunmore port": "organization", "tom quarrel": "person",
    "ohio": "place", "port": "other",
}


def _scanned(words: list[str]) -> list[tuple[str, EntityType]]:
    """What a full scan would offer: every key sharing a first or last word (the index's promise)."""
    return [(k, t) for k, t in KEYS.items() if k.split()[0] == words[0] or k.split()[-1] == words[-1]]


def test_the_index_offers_every_key_sharing_an_end_in_the_story_order() -> None:
    index = KeyIndex(KEYS)
    assert [k for k, _ in index.ending_with(["quarrel"])] == ["quarrel", "jo quarrel", "tom quarrel"]
    for key in KEYS:
        assert index.sharing_an_end(key.split()) == _scanned(key.split())
    assert [k for k, _ in index.in_region_of("kelmouth")] == ["kelmouth, ohio", "kelmouth, ohio, usa"]
    assert [k for k, _ in index.in_region_of("kelmouth, ohio")] == ["kelmouth, ohio, usa"]
    assert index.ending_with([]) == list(KEYS.items())


def test_fuller_forms_with_the_index_equal_a_scan_of_every_key() -> None:
    """The rule run with an index that offers every key (the old scan) and with the real index."""
    facilities = facility_index(KEYS)
    everything = KeyIndex(KEYS)
    everything.by_first = everything.by_last = everything.by_region_prefix = \
        {word: list(KEYS.items()) for key in KEYS for word in [*key.split(), key]}
    found = {key: _fuller_forms(key, KEYS, facilities, frozenset(), KeyIndex(KEYS)) for key in KEYS}
    assert found == {key: _fuller_forms(key, KEYS, facilities, frozenset(), everything) for key in KEYS}
    assert found["quarrel"] == ["jo quarrel", "tom quarrel"]
    assert found["acme"] == ["acme inc"]
    assert found["kelmouth"] == ["kelmouth, ohio", "kelmouth, ohio, usa"]
    assert found["ruiz peralta"] == ["ana ruiz peralta"]
