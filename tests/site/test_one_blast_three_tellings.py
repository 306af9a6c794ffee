"""End to end (issue 16, wave 13): an invented three-article story built with `mkdocs build --strict`
and read back as HTML: one bomb blast told as "a bomb exploded", "the blast" and "the incident on
Tuesday" (a noun that only refers back) is one timeline row listing the three articles; the manager's
statement of the next day stays a row of its own.

The story (tests/fixtures/bank_blast_story/) is invented; published on the Wednesday and Thursday after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.build_tools import built_story_site, timeline_rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_story_site(tmp_path_factory.mktemp("blast"), "bank_blast_story")


def test_one_blast_told_three_ways_is_one_row(site: Path) -> None:
    rows = timeline_rows(site)
    blasts = [row for row in rows if "Orlen" in row[0] and "Wednesday" not in row[0]]
    assert len(blasts) == 1, rows
    _, sources, corroboration = blasts[0]
    assert [s.rstrip("/").rsplit("/", 1)[-1] for s in sources] == [
        "castmere-herald", "quay-weekly", "river-news"]
    assert corroboration == "in 3 articles"


def test_the_managers_statement_stays_its_own_row(site: Path) -> None:
    statements = [row for row in timeline_rows(site) if "closed for a month" in row[0]]
    assert len(statements) == 1 and statements[0][2] == "in 1 article", statements
