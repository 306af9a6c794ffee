"""The Updates page's log, on the invented harbour-strike story of test_briefing."""

from __future__ import annotations

import datetime as dt

from generator.models import Article, Edit, Quantity
from generator.story.updates import build_updates, editor_corrections
from tests.stories import source
from tests.story.harbour_story import harbour_story


def test_each_day_lists_what_its_article_added_newest_first() -> None:
    story = harbour_story()
    late = story.articles[1]
    # one stated period (March) for both: the later article counts the same thing again
    story.quantities[0].date = "2025-03"
    story.quantities.append(Quantity(
        id="q-ships-late", text="25 ships", value=25, about="Ships held up each day", date="2025-03",
        sources=[source(late, "12 berths")],
    ))  # fmt: skip
    days = build_updates(story)
    assert [day.date for day in days] == [dt.date(2025, 6, 3), dt.date(2025, 3, 10)]
    newest, first = days[0].articles[0], days[1].articles[0]
    assert [line.fact_id for line in newest.developments] == ["t-berths", "t-rejected", "t-talks"]
    assert [line.fact_id for line in first.developments] == ["t-strike"]
    revision = newest.revisions[0]
    assert (revision.lead, revision.earlier) == ("25 ships", "40 ships")
    assert revision.counts == "Ships held up each day"
    assert revision.anchor == "s2"
    assert [entity.id for entity in first.new_entities] == ["harbour-authority"]
    assert [entity.id for entity in newest.new_entities] == ["mara-voss"]


def test_the_same_figure_again_is_no_revision_and_undated_articles_come_last() -> None:
    story = harbour_story()
    story.quantities.append(Quantity(
        id="q-ships-again", text="40 ships", value=40, about="ships held up each day",
        sources=[source(story.articles[1], "12 berths")],
    ))  # fmt: skip
    story.articles[0].published = None
    days = build_updates(story)
    assert days[-1].date is None and not days[0].articles[0].revisions


def test_editor_corrections_carry_their_notes() -> None:
    story = harbour_story()
    story.timeline[0].edit = Edit(fields=["date"], note="The union's own notice")
    story.entities[1].edit = Edit(fields=["roles"])
    fixes = editor_corrections(story)
    assert [(fix.id, fix.kind, fix.fields, fix.note) for fix in fixes] == [
        ("t-strike", "event", ["date"], "The union's own notice"), ("mara-voss", "entity", ["roles"], None),
    ]


def test_a_part_told_with_its_whole_or_a_count_of_another_order_revises_nothing() -> None:
    from tests.stories import make_article

    story = harbour_story()
    counted = "The union counts 300 dockers."
    early = make_article("count", "Count", "Coast Daily", counted, dt.date(2025, 6, 4))
    # each later sentence says what the first one says, so that only the rule named below tells them apart
    text = ("Of the 300 dockers the union counts, 120 are women. The union counts about 310 dockers. "
            "The union counts some 9 dockers hurt. The union now counts 420 dockers.")
    later = make_article("later", "March", "Coast Daily", text, dt.date(2025, 6, 9))
    story.articles += [early, later]
    figures = [("120", None), ("about 310", "about"), ("9", None), ("420", None)]
    story.quantities = [
        Quantity(id="q-300", text="300", value=300, about="dockers", sources=[source(early, "300")]),
        *(Quantity(id=f"q-{index}", text=figure, value=float(figure.split()[-1]), about="dockers",
                   qualifier=qualifier, sources=[source(later, figure)])
          for index, (figure, qualifier) in enumerate(figures)),
    ]
    newest = build_updates(story)[0].articles[0]
    # 120: a part told with its 300; about 310: within its hedge; 9: of another order; 420: a revision
    assert [(line.lead, line.earlier) for line in newest.revisions] == [("420", "300")]


def test_a_revision_counts_the_same_occasion_in_a_single_value() -> None:
    """Figures that share a counted word only ("rebounds" of two players, "seasons" of two spans, a
    game's running score) revise nothing; the same player's points told again do."""
    from tests.stories import make_article

    story = harbour_story()
    first_text = ("Jo Roe scored 14 points for the Gulls. Kim Tan grabbed 11 rebounds in the win. "
                  "Roe has led the league over three seasons. The Gulls are 25-7 this year.")
    later_text = ("Jo Roe had 12 points for the Gulls. Roe also grabbed seven rebounds as he recovered. "
                  "He was named an all-star in each of the past two seasons. "
                  "A late run gave them a 47-44 lead.")
    first = make_article("game", "Gulls win", "Bay Post", first_text, dt.date(2025, 6, 4))
    later = make_article("recap", "Recap", "Coast Daily", later_text, dt.date(2025, 6, 9))
    story.articles += [first, later]

    def figure(ident: str, article: Article, text: str, value: float, about: str, unit: str | None = None,
               value_to: float | None = None) -> Quantity:
        return Quantity(id=ident, text=text, value=value, value_to=value_to, unit=unit, about=about,
                        sources=[source(article, text)])

    story.quantities = [
        figure("q-a14", first, "14 points", 14, "Jo Roe", "points"),
        figure("q-a11", first, "11 rebounds", 11, "rebounds"),
        figure("q-a3", first, "three seasons", 3, "seasons"),
        figure("q-a25", first, "25-7", 25, "Gulls", "score", 7),
        figure("q-b12", later, "12 points", 12, "Jo Roe", "points"),
        figure("q-b7", later, "seven rebounds", 7, "rebounds"),
        figure("q-b2", later, "two seasons", 2, "seasons"),
        figure("q-b47", later, "47-44", 47, "Gulls", "score", 44),
    ]
    newest = build_updates(story)[0].articles[0]
    assert [(line.lead, line.earlier) for line in newest.revisions] == [("12 points", "14 points")]
