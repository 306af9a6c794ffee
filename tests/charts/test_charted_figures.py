"""A numbers chart compares one counted thing: invented game and budget reports."""

from __future__ import annotations

import datetime as dt

from generator.charts.data import number_groups
from generator.models import Quantity, Story
from tests.stories import make_article, source

FIRST = ("The council spent $888 on paint and $1 on a stamp. Jo Roe grabbed 11 rebounds. "
         "The Gulls led 47-44 at half time. Roe, a 5-11 guard, played 35 minutes. "
         "The road repair budget was $40 million in 2023.")
SECOND = ("Kim Tan grabbed seven rebounds. The Gulls won 65-53. Lee Ott played 20 minutes. "
          "The road repair budget is $55 million in 2024.")


def figure(ident: str, article_text: str, phrase: str, value: float, about: str | None,
           unit: str | None = None, value_to: float | None = None, date: str | None = None) -> Quantity:
    article = FIRST_ARTICLE if article_text == FIRST else SECOND_ARTICLE
    return Quantity(id=ident, text=phrase, value=value, value_to=value_to, unit=unit, about=about, date=date,
                    sources=[source(article, phrase)])


FIRST_ARTICLE = make_article("first", "Gulls", "Bay Post", FIRST, dt.date(2024, 3, 1))
SECOND_ARTICLE = make_article("second", "Gulls again", "Coast Daily", SECOND, dt.date(2024, 3, 8))


def test_only_one_counted_thing_told_for_two_dates_is_charted() -> None:
    story = Story(title="Gulls", articles=[FIRST_ARTICLE, SECOND_ARTICLE], quantities=[
        # one article's unrelated sums: "$888 is 888 times $1" compares nothing
        figure("q-paint", FIRST, "$888", 888, "paint", "USD"),
        figure("q-stamp", FIRST, "$1", 1, "stamp", "USD"),
        # one word counted of two players, in two articles, undated: bars nobody can tell apart
        figure("q-roe", FIRST, "11 rebounds", 11, "rebounds"),
        figure("q-tan", SECOND, "seven rebounds", 7, "rebounds"),
        # scores and a height in feet and inches are two values each, never one bar
        figure("q-half", FIRST, "47-44", 47, "Gulls", "score", 44),
        figure("q-final", SECOND, "65-53", 65, "Gulls", "score", 53),
        figure("q-height", FIRST, "5-11", 5, "guard", value_to=11),
        figure("q-ott", SECOND, "20 minutes", 20, None),  # minutes of what: says not what it counts
        figure("q-mins", FIRST, "35 minutes", 35, None),
        # the same budget told for two years: the one comparison a reader can make
        figure("q-2023", FIRST, "$40 million", 40e6, "road repair budget", "USD", date="2023"),
        figure("q-2024", SECOND, "$55 million", 55e6, "road repair budget", "USD", date="2024"),
    ])  # fmt: skip
    (group,) = number_groups(story)
    assert group.family == "USD" and [item.value for item in group.items] == [55e6, 40e6]
    assert [item.label for item in group.items] == ["Road repair budget · 2024", "Road repair budget · 2023"]


def test_two_charted_things_of_one_unit_keep_their_own_file_names() -> None:
    story = Story(title="Gulls", articles=[FIRST_ARTICLE, SECOND_ARTICLE], quantities=[
        figure("q-2023", FIRST, "$40 million", 40e6, "road repair budget", "USD", date="2023"),
        figure("q-2024", SECOND, "$55 million", 55e6, "road repair budget", "USD", date="2024"),
        figure("q-p23", FIRST, "$888", 888, "paint", "USD", date="2023"),
        figure("q-p24", FIRST, "$1", 1, "paint", "USD", date="2024"),
    ])  # fmt: skip
    assert [group.key for group in number_groups(story)] == ["usd-budget-repair-road", "usd-paint"]
