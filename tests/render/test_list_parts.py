"""Long whole-story lists split into a page per period (render/list_parts.py, update_parts.py,
source_parts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.render.index import SiteIndex
from generator.render.layout import listed_in_nav
from generator.render.list_parts import split_by_period
from generator.render.site import render_site
from generator.render.source_parts import SourceEntry, sources_list
from generator.render.views import PartLink
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
    for name in ("timeline", "numbers", "quotes", "reported", "updates", "sources"):
        assert f"{name}.md" in files
        assert not any(path.startswith(f"{name}/") and path.endswith(".md") for path in files), name


@pytest.fixture
def split_site() -> dict[str, str | bytes]:
    story = make_story()
    # hostile text in what the overviews show: titles and outlets are data, never markup
    story.articles[1].title = "<script>alert(1)</script> [click](javascript:alert(2)) {{ 7*7 }}"
    story.articles[1].outlet = "**Bold** <b>Post</b>"
    return render_site(story, settings(updates_page_days=1, list_page_facts=1))


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
    for path in ("updates.md", "updates/2024-03.md", "sources.md", "sources/2024-03.md"):
        html = to_html(text_of(split_site, path))
        assert "<script" not in html and "<b>" not in html and "<strong>Bold" not in html, path
        assert 'href="javascript' not in html, path
        text = shown(text_of(split_site, path))
        if path != "sources.md":  # the sources overview names outlets, not articles
            assert "<script>alert(1)</script> [click](javascript:alert(2)) {{ 7*7 }}" in text, path
        assert "**Bold** <b>Post</b>" in text, path


def test_a_long_sources_page_is_an_overview_of_period_pages() -> None:
    story = make_story()
    story.articles[0].published = dt.date(2023, 11, 20)
    files = render_site(story, settings(list_page_facts=1))
    overview = text_of(files, "sources.md")
    # each outlet keeps its counts on the overview and leads to its section on each period's page
    assert "## Riverton Ledger {: #o-riverton-ledger }" in overview and "1 article; 4 facts" in overview
    assert "Its articles by period: [2023](sources/2023.md#o-riverton-ledger) (1)." in overview
    newest_first = ("| [2024](sources/2024.md) | 1 |", "| [2023](sources/2023.md) | 1 |")
    assert overview.index(newest_first[0]) < overview.index(newest_first[1])
    assert "council-vote.md" not in overview  # the articles themselves are on the period pages
    part = text_of(files, "sources/2023.md")
    assert "# Sources: 2023" in part and "[All periods](../sources.md) · [2024 →](2024.md)" in part
    assert "1 article published in 2023, by outlet." in part
    assert "## Riverton Ledger {: #o-riverton-ledger }" in part and "Valley Post" not in part
    assert "- [Council approves budget](../articles/2023/2023-11/council-vote.md), 20 November 2023" in part
    assert "(date estimated)" in text_of(files, "sources/2024.md")
    assert not listed_in_nav("sources/2023.md") and listed_in_nav("sources.md")
    assert_links_resolve(files)


def test_undated_articles_come_last_and_a_period_page_holds_plain_values() -> None:
    """A later article that corroborates an older one's facts changes the older article's view; an
    older period's page must not depend on it (its fingerprint is its own context): plain values."""
    story = make_story()
    story.articles[1].published = None
    whole = sources_list(list(SiteIndex(story, []).articles.values()), limit=1)
    assert [part.key for part in whole.parts] == ["2024", "undated"]
    undated = whole.parts[1]
    assert undated.previous == PartLink("sources/2024.md", "2024") and undated.next is None
    entries = [entry for outlet in undated.outlets for entry in outlet.entries]
    assert all(type(entry) is SourceEntry for entry in entries)
    assert [entry.title for entry in entries] == ["Budget passes after debate"]
    files = render_site(story, settings(list_page_facts=1))
    assert "1 article without a publication date, by outlet." in text_of(files, "sources/undated.md")
