"""Number groups are headed as headings start (wave 6): "Library staff", not "library staff".
Invented story."""

from __future__ import annotations

import re

import pytest

from generator.models import Quantity
from generator.render.site import render_site
from generator.render.unit_names import unit_reader_name
from generator.wording import as_heading
from tests.render.render_tools import shown, text_of
from tests.stories import make_story, settings, source


@pytest.mark.parametrize(("words", "heading"), [
    ("ladder trucks", "Ladder trucks"), ("years", "Years"), ("Hispanics in town", "Hispanics in town"),
    ("iPhones sold", "iPhones sold"), ("non-Mexicans held", "Non-Mexicans held"), ("%", "%"), ("", ""),
])
def test_a_heading_starts_with_a_capital_unless_its_first_word_is_a_name(words: str, heading: str) -> None:
    assert as_heading(words) == heading


def test_number_groups_on_the_numbers_page_start_with_a_capital() -> None:
    story = make_story()
    article = story.articles[0]
    story.quantities.append(Quantity(id="q-trucks", text="4.2 million", value=4.2e6, about="ladder trucks",
                                     sources=[source(article, "4.2 million")]))
    page = shown(text_of(render_site(story, settings()), "numbers.md"))
    headings = re.findall(r'<h2 id="n-[^"]*">([^<]*)', page)
    assert {"City budget", "Library staff", "Ladder trucks"} <= set(headings)
    assert not [heading for heading in headings if heading[:1].islower()]


def _numbers_page_with(*quantities: Quantity) -> str:
    story = make_story()
    story.quantities.extend(quantities)
    return shown(text_of(render_site(story, settings()), "numbers.md"))


def test_a_bare_figure_that_says_not_what_it_counts_gets_no_heading_but_keeps_its_anchor() -> None:
    article = make_story().articles[1]
    bare = Quantity(id="q-bare", text="12", value=12, sources=[source(article, "12")])
    page = _numbers_page_with(bare)
    assert not re.search(r'<h3[^>]*id="q-bare"', page)
    assert 'id="q-bare"' in page  # links to the number still land on it
    assert "Value:" in page.split('id="q-bare"', 1)[1][:400]


def test_a_figure_with_its_subject_is_headed_with_what_it_counts() -> None:
    article = make_story().articles[1]
    counted = Quantity(id="q-counted", text="12", value=12, about="library staff positions",
                       sources=[source(article, "12")])
    page = _numbers_page_with(counted)
    assert re.search(r'<h3[^>]*id="q-counted"[^>]*>12 \(library staff positions\)<', page)


def test_a_hyphenated_measure_is_headed_in_its_noun_form() -> None:
    article = make_story().articles[0]
    lease = Quantity(id="q-lease", text="4.2-million", value=4.2e6, unit="dollars",
                     sources=[source(article, "4.2 million")])
    page = _numbers_page_with(lease)
    assert re.search(r'<h3[^>]*id="q-lease"[^>]*>4,200,000 dollars<', page)


@pytest.mark.parametrize(("unit", "words"), [
    ("ft", "feet"), ("in", "inches"), ("km/h", "kilometers per hour"), ("mph", "miles per hour"),
    ("kW", "kilowatts"), ("lb", "pounds"), ("m²", "square meters"), ("t", "metric ton"),
    ("USD", "US dollars"), ("GBP", "British pounds"), ("MYR", "Malaysian ringgits"),  # CLDR's names (wave 10)
    ("XQZ", "XQZ"), ("score", "score"),  # neither a unit of pint's registry nor a currency: as written
])
def test_a_unit_is_named_in_a_readers_words(unit: str, words: str) -> None:
    assert unit_reader_name(unit) == words


def test_numbers_that_count_nothing_named_are_headed_by_their_unit_in_words() -> None:
    # wave 9 follow-up: a height whose "about" is empty was headed "Ft"
    article = make_story().articles[0]
    height = Quantity(id="q-height", text="6 ft", value=6, unit="ft",
                      sources=[source(article, "4.2 million")])
    page = _numbers_page_with(height)
    headings = re.findall(r'<h2 id="n-[^"]*">([^<]*)', page)
    assert "Feet" in headings and "Ft" not in headings


@pytest.mark.parametrize(("text", "value", "unit", "about", "heading"), [
    ("20 year", 20, "years", "skipper", "20 years (skipper)"),  # "a 20 year old skipper" (wave 10)
    ("12 week", 12, "weeks", None, "12 weeks"),
    ("1 year", 1, "years", None, "1 year"),  # one is singular
    ("12 ferries", 12, "ferries", None, "12 ferries"),  # a plural as written
])
def test_a_unit_written_in_the_singular_after_a_figure_is_headed_in_the_plural(
        text: str, value: float, unit: str, about: str | None, heading: str) -> None:
    article = make_story().articles[0]
    figure = Quantity(id="q-age", text=text, value=value, unit=unit, about=about,
                      sources=[source(article, "4.2 million")])
    page = _numbers_page_with(figure)
    assert re.search(rf'<h3[^>]*id="q-age"[^>]*>{re.escape(heading)}<', page), page[:3000]


def test_a_sum_that_counts_nothing_named_is_headed_by_its_currency_in_words() -> None:
    # wave 10: a currency code alone ("USD") is no heading a reader understands
    article = make_story().articles[0]
    fee = Quantity(id="q-fee", text="40 million USD", value=4e7, unit="USD",
                   sources=[source(article, "4.2 million")])
    page = _numbers_page_with(fee)
    headings = re.findall(r'<h2 id="n-[^"]*">([^<]*)', page)
    assert "US dollars" in headings and "USD" not in headings
