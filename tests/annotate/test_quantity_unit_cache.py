"""pint's unit registry from its disk cache: the same readings, and a bad cache only costs the build."""

from __future__ import annotations

import os
from pathlib import Path

import pint
import pytest

from generator.annotate.quantities.units import unit_registry

# Names, symbols, prefixed and case-sensitive forms, plurals and words that are no unit.
WORDS = ["kW", "MW", "mW", "GHz", "km", "ft", "gigabytes", "yards", "horsepower", "hp", "knots", "Gy",
         "kilometres", "mph", "lb", "zzunit", "bridge"]


def readings(registry: pint.UnitRegistry) -> list[object]:
    """How `registry` parses each word (case-sensitive up to three letters, as units.py) and its symbols."""
    found: list[object] = []
    for word in WORDS:
        parsed = registry.parse_unit_name(word, case_sensitive=len(word) <= 3)
        found.append(parsed)
        found.append([str(registry.get_symbol(prefix + name)) for prefix, name, _suffix in parsed])
    return found


@pytest.fixture(scope="module")
def built() -> list[object]:
    return readings(pint.UnitRegistry())


def test_first_run_writes_the_cache_and_later_runs_read_it(tmp_path: Path, built: list[object]) -> None:
    first = unit_registry(tmp_path)
    assert sorted(tmp_path.glob("*.pickle")), "the first run writes pint's cache"
    assert readings(first) == built
    second = unit_registry(tmp_path)
    assert second.cache_folder == tmp_path
    assert readings(second) == built


@pytest.mark.parametrize("damage", ["garbage", "half-written"])
def test_a_corrupt_cache_falls_back_to_building(tmp_path: Path, built: list[object], damage: str) -> None:
    unit_registry(tmp_path)
    for pickle in tmp_path.glob("*.pickle"):
        data = pickle.read_bytes()
        pickle.write_bytes(b"not a pickle at all" if damage == "garbage" else data[: len(data) // 2])
    with pytest.raises(Exception):  # noqa: B017 - pint itself fails on it: the fallback below is needed
        pint.UnitRegistry(cache_folder=tmp_path)
    assert readings(unit_registry(tmp_path)) == built


def test_an_unmakeable_cache_folder_falls_back_to_building(tmp_path: Path, built: list[object]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    registry = unit_registry(blocker / "pint")
    assert registry.cache_folder is None
    assert readings(registry) == built


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_cache_folder_falls_back_to_building(tmp_path: Path, built: list[object]) -> None:
    tmp_path.chmod(0o500)
    try:
        assert readings(unit_registry(tmp_path)) == built
    finally:
        tmp_path.chmod(0o700)
