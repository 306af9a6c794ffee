"""Hostile names in the mentions chart cut to its drawn columns, in a real browser (wave 11).

Eight invented articles (more than the palette's six colours) name the same people, so the people
page's mentions chart draws each name's total with an "in N articles" label, its data table shows
only the columns drawn (name, type, articles, total) under a line that links the CSV, and the CSV
keeps a column per article (wave 10). An editor's names (story.yml) carry script and image tags,
quotes, an ampersand, a table's `|` and, for one, a leading `=` that a spreadsheet would run. Loaded
in Chromium: nothing runs, no element is made from a name, and each name is shown as written in the
cut table, the chart's title line, its image text, the SVG (opened on its own, as a document) and
the CSV, whose formula-looking cell gets the apostrophe every CSV of the site gives it
(generator/csv_files.py).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator

import pytest

from tests.browser.conftest import PageFactory, ServedSite, load
from tests.browser.site_tools import build_from_articles, load_facts, serve_folder
from tests.browser.test_hostile import assert_every_page_inert_and_showing
from tests.browser.test_hostile_newest import MADE_FROM_TEXT

pytestmark = pytest.mark.browser

DANA = "Dana \"Rook\" <script>alert('name')</script> Vell & Sons | <b>Ltd</b>"
ROB = "=HYPERLINK(\"http://x.example\",\"<img src=x onerror=alert('csv')>\") Tarn"
ARTICLE_COUNT = 8
DAYS = range(3, 3 + ARTICLE_COUNT)


def _article(day: int) -> str:
    return (
        f"Ferry talks, day {day}\n\n{day} March 2024\n\n"
        f"Mayor Dana Vell met the ferry union in Northport on {day} March 2024.\n\n"
        f"Dana Vell said the quay would stay open. Union leader Rob Tarn said the talks would go on.\n"
    )


ARTICLES = {
    **{f"talks-{day:02d}.txt": _article(day) for day in DAYS},
    **{f"talks-{day:02d}.yml": f"outlet: Bay Post\npublished: 2024-03-{day:02d}\n" for day in DAYS},
    "story.yml": (
        "entities:\n"
        f"  dana-vell:\n    name: {json.dumps(DANA)}\n"  # a JSON string is a YAML one
        f"  rob-tarn:\n    name: {json.dumps(ROB)}\n"
    ),
}
# The chart's data table (the <details> right after its figure): each cell, with the elements inside it.
TABLE_CELLS = """
figure => [...figure.nextElementSibling.querySelectorAll('table tr')].map(row =>
  [...row.children].map(cell => ({text: cell.textContent.trim(), markup: cell.querySelectorAll('*').length})))
"""


@pytest.fixture(scope="module")
def talks_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedSite]:
    work = tmp_path_factory.mktemp("mentions-hostile")
    site, log = build_from_articles(work, ARTICLES)
    with serve_folder(site) as base_url:
        yield ServedSite(site, base_url, log, load_facts(site))


def squeezed(text: str) -> str:
    """Text without whitespace: the SVG wraps a long label over lines of its own."""
    return re.sub(r"\s+", "", text)


def test_the_editor_names_reach_the_story(talks_site: ServedSite) -> None:
    names = {entity.get("id"): entity.get("name") for entity in talks_site.facts.get("entities", [])}
    assert names.get("dana-vell") == DANA and names.get("rob-tarn") == ROB, names
    assert len(talks_site.facts.get("articles", [])) == ARTICLE_COUNT


def test_every_page_is_inert_and_keeps_the_hostile_names(talks_site: ServedSite,
                                                        open_page: PageFactory) -> None:
    assert_every_page_inert_and_showing(talks_site, open_page, (DANA, ROB))


def test_the_cut_table_and_the_chart_line_keep_the_names_as_text(talks_site: ServedSite,
                                                                open_page: PageFactory) -> None:
    opened = open_page(talks_site.base_url)
    page = opened.page
    load(page, "/people/")
    figure = page.locator("figure#chart-mentions")
    assert figure.count() == 1, "no mentions chart on the people page"
    title = figure.locator(".explainer-chart__title").inner_text()
    assert title.startswith(f"{DANA} is mentioned most") and f"of {ARTICLE_COUNT} articles" in title, title
    rows = figure.evaluate(TABLE_CELLS)
    assert [cell["text"] for cell in rows[0]] == ["Name", "Type", "Articles", "Total"], rows[0]
    cells = {row[0]["text"]: row for row in rows[1:]}
    for name in (DANA, ROB):
        assert name in cells, list(cells)
        assert len(cells[name]) == 4 and cells[name][2]["text"] == str(ARTICLE_COUNT), cells[name]
        assert all(cell["markup"] == 0 for cell in cells[name]), cells[name]
    details = figure.evaluate("figure => figure.nextElementSibling.textContent")
    line = f"This table shows the 4 columns the chart draws, of {ARTICLE_COUNT + 4} columns; the CSV file has"
    assert line in " ".join(details.split()), details
    alt = figure.locator("img").get_attribute("alt") or ""
    assert DANA in alt and ROB in alt, alt
    figure.locator("img").hover(force=True, timeout=2000)  # a tooltip, if any, is made from text
    assert not page.query_selector_all(f"article {MADE_FROM_TEXT}, .md-tooltip img, .md-tooltip2 img")
    assert not opened.watch.problems(), opened.watch.problems()


def test_the_svg_opened_on_its_own_runs_nothing_and_shows_the_names(talks_site: ServedSite,
                                                                    open_page: PageFactory) -> None:
    opened = open_page(talks_site.base_url)
    page = opened.page
    load(page, "/charts/mentions.svg")
    assert page.evaluate("document.querySelectorAll('script, img, foreignObject, [onerror], b').length") == 0
    shown = squeezed(page.evaluate("document.documentElement.textContent"))
    assert squeezed(DANA) in shown and squeezed(ROB) in shown, shown
    assert squeezed(f"in {ARTICLE_COUNT} articles") in shown, shown
    assert not opened.watch.problems(), opened.watch.problems()


def test_the_csv_keeps_every_article_and_neutralises_the_formula(talks_site: ServedSite,
                                                                 open_page: PageFactory) -> None:
    opened = open_page(talks_site.base_url)
    load(opened.page, "/people/")
    response = opened.page.request.get(talks_site.url("/charts/mentions.csv"))
    assert response.ok
    table = list(csv.reader(io.StringIO(response.text())))
    assert table[0][:2] == ["Name", "Type"] and table[0][-2:] == ["Articles", "Total"], table[0]
    assert len(table[0]) == 2 + ARTICLE_COUNT + 2, table[0]
    names = [row[0] for row in table[1:]]
    assert DANA in names, names  # as written: a CSV cell is text to a spreadsheet
    assert "'" + ROB in names and ROB not in names, names  # never run as a formula
    assert not opened.watch.problems(), opened.watch.problems()
