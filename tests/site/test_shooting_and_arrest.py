"""End to end (issue 16, wave 15): an invented two-article story built with `mkdocs build --strict`
and read back as HTML. One article tells a shooting ("a gunman shot ..."), the other tells it in a
relative clause ("arrested for the shooting that took place on Monday"): the shooting is one row
listing both articles, worded by the telling that says who did it, and the arrest for it stays a
row of its own.

The story (tests/fixtures/school_shooting_story/) is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.build_tools import built_story_site, timeline_rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_story_site(tmp_path_factory.mktemp("shooting"), "school_shooting_story")


def test_the_shooting_told_in_a_relative_clause_is_one_row(site: Path) -> None:
    rows = timeline_rows(site)
    shootings = [row for row in rows
                 if ("shot" in row[0] or "took place" in row[0]) and "arrested" not in row[0]]
    assert len(shootings) == 1, rows
    statement, sources, corroboration = shootings[0]
    assert statement.startswith("A gunman shot"), statement  # says who did it, not "took place"
    assert [s.rstrip("/").rsplit("/", 1)[-1] for s in sources] == ["dunmore-ledger", "harlow-times"]
    assert corroboration == "in 2 articles"


def test_the_arrest_for_it_stays_its_own_row(site: Path) -> None:
    arrests = [row for row in timeline_rows(site) if "arrested" in row[0]]
    assert len(arrests) == 1 and arrests[0][2] == "in 1 article", arrests
