"""End to end (issue 16, wave 15): two coaches of one name, one fired by a team (two articles), one
sued by a university he coached (two articles), built with `mkdocs build --strict`: two person pages,
titled by their own organisation, each listing only its own articles (tests/fixtures/namesakes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.build_tools import article_content, built_story_site

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_story_site(tmp_path_factory.mktemp("namesakes"), "namesakes")


def test_two_people_of_one_name_have_two_titled_pages_with_their_own_articles(site: Path) -> None:
    folder = site / "people" / "person"
    pages = {}
    for ident in ("dale-pennick", "dale-pennick-2"):
        content = article_content(folder / ident / "index.html")
        pages[content.findtext(".//h1").strip()] = content.text_content()
    assert sorted(pages) == ["Dale Pennick (Brackenridge University)", "Dale Pennick (Harrow Falcons)"]
    team, school = pages["Dale Pennick (Harrow Falcons)"], pages["Dale Pennick (Brackenridge University)"]
    assert "Falcons Daily" in team and "Court Report" in team and "Campus Herald" not in team
    assert "Campus Herald" in school and "State Wire" in school and "Falcons Daily" not in school
