"""Long whole-story lists split into a page per period (render/list_parts.py, update_parts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.render.layout import listed_in_nav
from generator.render.list_parts import split_by_period
from generator.render.site import render_site
from tests.render.render_tools import shown, text_of, to_html
from tests.render.test_render import assert_links_resolve
from tests.stories import make_story, settings


def test_a_list_splits_by_year_and_a_dense_year_by_month_undated_last() -> None:
    days = [dt.date(2019, 6, 1), None, dt.date(2021, 2, 3), dt.date(2021, 2, 9), dt.date(2021, 5, 1),
            dt.date(2018, 12, 31)]  # fmt: skip
    periods = split_by_period(days, lambda day: day, limit=2)
    assert list(periods) == ["2018", "2019", "2021-02", "2021-05", "undated"]
    assert periods["2021-02"] == [dt.date(2021, 2, 3), dt.date(2021, 2, 9)]  # the list's own order kept
    assert periods["undated"] == [None]
    assert list(split_by_period(days, lambda day: day, limit=3)) == ["2018", "2019", "2021", "undated"]


def test_a_short_story_keeps_one_page_per_list() -> None:
    files = render_site(make_story(), settings())
    for name in ("timeline", "numbers", "quotes", "reported", "updates"):
        assert f"{name}.md" in files
        assert not any(path.startswith(f"{name}/") and path.endswith(".md") for path in files), name


@pytest.fixture
def split_site() -> dict[str, str | bytes]:
    story = make_story()
    # hostile text in what the overviews show: titles and outlets are data, never markup
    story.articles[1].title = "<script>alert(1)</script> [click](javascript:alert(2)) {{ 7*7 }}"
    story.articles[1].outlet = "**Bold** <b>Post</b>"
    return render_site(story, settings(updates_page_days=1))


def test_a_long_updates_log_is_an_overview_of_period_pages(split_site: dict[str, str | bytes]) -> None:
    overview = text_of(split_site, "updates.md")
    assert "2 articles, a page per period." in overview
    assert "| [March 2024](updates/2024-03.md) | 2 |" in overview
    newest = overview[overview.index("## Newest") : overview.index("## By period")]
    # the newest article first, each line leading to its entry on its period's page
    first, second = "(updates/2024-03.md#a-budget-passed)", "(updates/2024-03.md#a-council-vote)"
    assert newest.index(first) < newest.index(second)
    assert "## Editor's corrections" in overview  # the corrections stay on the overview
    part = text_of(split_site, "updates/2024-03.md")
    assert part.startswith("---\n") and "# Updates: March 2024" in part
    assert "[All periods](../updates.md)" in part and "Editor's corrections" not in part
    assert "{: #a-budget-passed }" in part and "{: #u2024-03-05 }" in part
    assert not listed_in_nav("updates/2024-03.md") and listed_in_nav("updates.md")
    assert_links_resolve(split_site)


def test_hostile_titles_stay_text_on_the_new_pages(split_site: dict[str, str | bytes]) -> None:
    for path in ("updates.md", "updates/2024-03.md"):
        html = to_html(text_of(split_site, path))
        assert "<script" not in html and "<b>" not in html and "<strong>Bold" not in html, path
        assert 'href="javascript' not in html, path
        text = shown(text_of(split_site, path))
        assert "<script>alert(1)</script> [click](javascript:alert(2)) {{ 7*7 }}" in text, path
        assert "**Bold** <b>Post</b>" in text, path
