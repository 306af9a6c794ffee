"""End to end (issue 16): an invented four-article story, from four outlets, built with `mkdocs build
--strict` and read back as HTML: one timeline row per real event listing every article that tells it,
one page per person whatever name variant an outlet used.

The story (tests/fixtures/cross_document/): one company buys another on one day, told as "agreed to
buy", "completed the acquisition", "purchased" and "bought"; the buyer is written in full, short
("Northmere") and as an acronym ("NSC"); its chief is "Margaret Osterhagen", "Peggy Osterhagen" and
"Osterhagen" alone in an article that never gives her first name; the seller's founder is "William" and
"Bill" Dunmore; she will visit a city (Rotterdam), which two outlets report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.site.build_tools import article_content, built_story_site, timeline_rows

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_story_site(tmp_path_factory.mktemp("cross"), "cross_document")


def test_one_row_per_event_with_every_article_that_tells_it(site: Path) -> None:
    rows = timeline_rows(site)
    purchases = [row for row in rows if "Talliford Freight" in row[0] and "1998" not in row[0]
                 and re.search(r"buy|bought|acqui|purchas", row[0])]
    assert len(purchases) == 1, rows
    _, sources, corroboration = purchases[0]
    assert [s.rstrip("/").rsplit("/", 1)[-1] for s in sources] == [
        "coastal-times", "dock-weekly", "freight-wire", "harbour-ledger"]
    assert corroboration == "in 4 articles"
    visits = [row for row in rows if "Rotterdam" in row[0]]
    assert len(visits) == 1, rows
    assert [s.rstrip("/").rsplit("/", 1)[-1] for s in visits[0][1]] == ["dock-weekly", "freight-wire"]
    assert len(rows) == 3, rows  # the purchase, the visit and the founding in 1998


def test_one_page_per_person_whatever_the_name_variant(site: Path) -> None:
    people = sorted(p.name for p in (site / "people" / "person").iterdir() if p.is_dir())
    assert people == ["margaret-osterhagen", "william-dunmore"]
    page = article_content(site / "people" / "person" / "margaret-osterhagen" / "index.html").text_content()
    assert "Peggy Osterhagen" in page
    companies = sorted(p.name for p in (site / "people" / "organization").iterdir() if p.is_dir())
    assert companies == ["northmere-shipping-corporation", "talliford-freight"]
    company = article_content(site / "people" / "organization" / "northmere-shipping-corporation" / "index.html")
    assert "NSC" in company.text_content()


def test_the_city_is_a_place(site: Path) -> None:
    index = article_content(site / "people" / "index.html")
    places = index.xpath("//h2[@id='t-place']/following-sibling::*[1]")
    assert places and "Rotterdam" in places[0].text_content()
