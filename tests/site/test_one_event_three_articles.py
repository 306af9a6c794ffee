"""End to end (issue 16, wave 4): an invented three-article story, from three outlets, built with
`mkdocs build --strict` and read back as HTML: the earthquake that all three report is one timeline
row listing the three articles, although one of them names neither the quake nor the town in its
sentence ("It struck on Thursday without warning"); the mayor's statement about the damage is a report
and stays a row of its own.

The story (tests/fixtures/quake_story/): "struck ... on Thursday", "hit ... on Thursday afternoon",
"It struck on Thursday", published on the Friday and the Saturday after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.build_tools import built_story_site, timeline_rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_story_site(tmp_path_factory.mktemp("quake"), "quake_story")


def test_one_event_told_by_three_articles_is_one_row(site: Path) -> None:
    rows = timeline_rows(site)
    quakes = [row for row in rows if "quake" in row[0].lower() or "struck" in row[0]]
    assert len(quakes) == 1, rows
    _, sources, corroboration = quakes[0]
    assert [s.rstrip("/").rsplit("/", 1)[-1] for s in sources] == [
        "northern-post", "ridge-radio", "valley-courier"]
    assert corroboration == "in 3 articles"


def test_the_report_of_the_damage_stays_its_own_row(site: Path) -> None:
    reports = [row for row in timeline_rows(site) if "40 homes" in row[0]]
    assert len(reports) == 1 and reports[0][2] == "in 1 article", reports
