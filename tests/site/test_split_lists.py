"""An added article on a site whose lists are split by period (issue 19): only the periods its facts
fall in and the short overviews are rendered again, and the site is the one a build from nothing
makes, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.render.layout import SPLIT_LISTS
from tests.conftest import FIXTURES
from tests.site.build_tools import guarded_build, project_settings

# An invented article a month after the fixture stories, about nothing dated before its own week.
NEW_ARTICLE = """---
title: Kellport ferry crossings resume
outlet: Island Courier
url: https://courier.example/ferry-resume
published: 2025-06-03
---

Ferry crossings to the three islands resumed on Monday after the crews accepted a new contract.

"We are glad to be back at sea," said Tomas Berg, a deckhand who joined the walkout.

The contract raises pay by 6 percent over two years.
"""
NEW_ARTICLE_PAGE = "articles/2025/2025-06/ferry-resume.md"
# Split every list a story of a few articles has: two facts or one day to a page.
SMALL_PAGES = {"list_page_facts": 2, "updates_page_days": 1}


def period_pages(files: dict[str, str | bytes]) -> set[str]:
    return {path for path in files if path.partition("/")[0] in SPLIT_LISTS and path.endswith(".md")}


def without_period_links(page: str | bytes) -> str:
    return "".join(line for line in str(page).splitlines(True) if not line.startswith("[All periods]"))


def test_an_added_article_re_renders_only_its_periods_and_the_overviews(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "site", project / "seeds")  # April 2025
    for article in (FIXTURES / "updates_story").glob("*.md"):  # May 2025
        shutil.copy(article, project / "seeds" / article.name)
    settings = project_settings(project, **SMALL_PAGES)
    before = guarded_build(settings).files
    assert len(period_pages(before)) >= 10, sorted(period_pages(before))
    (project / "seeds" / "ferry-resume.md").write_text(NEW_ARTICLE, encoding="utf-8")
    result = guarded_build(settings)
    after = result.files
    rendered = set(result.stats.pages_rendered)

    rendered_periods = period_pages(after) & rendered
    grown = {path.partition("/")[0] for path in rendered_periods}
    assert {"updates", "quotes", "numbers", "sources"} <= grown, sorted(rendered_periods)
    assert {f"{name}.md" for name in grown} <= rendered  # their newest entries and counts changed
    # a period page is rendered again only when it holds what the new article brought, or when the
    # new article opened the period after it (its "next" link)
    for path in rendered_periods & set(before):
        page = str(after[path])
        assert "ferry-resume.md" in page or without_period_links(page) == without_period_links(before[path]), path
    assert "updates/2025-06.md" in rendered_periods and "updates/2025-06.md" not in before
    kept = period_pages(before) & period_pages(after) - rendered
    assert len(kept) >= len(period_pages(before)) // 2, sorted(rendered_periods)
    assert all(after[path] == before[path] for path in kept)
    assert NEW_ARTICLE_PAGE in after

    # the same bytes as a build from nothing
    clean = guarded_build(project_settings(project, cache_dir=tmp_path / "clean-cache", **SMALL_PAGES))
    assert clean.files == after
