"""The Updates page's log, on the invented harbour-strike story of test_briefing."""

from __future__ import annotations

import datetime as dt

from generator.models import Edit, Quantity
from generator.story.updates import build_updates, editor_corrections
from tests.stories import source
from tests.story.harbour_story import harbour_story


def test_each_day_lists_what_its_article_added_newest_first() -> None:
    story = harbour_story()
    late = story.articles[1]
    story.quantities.append(Quantity(
        id="q-ships-late", text="25 ships", value=25, about="Ships held up each day",
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
    early = story.articles[0]
    text = ("Of the 300 dockers, 120 are women. About 310 dockers marched on Friday. "
            "Some 9 dockers were hurt. The union now counts 420 dockers.")
    later = make_article("later", "March", "Coast Daily", text, dt.date(2025, 6, 9))
    story.articles.append(later)
    figures = [("120", None), ("About 310", "about"), ("9", None), ("420", None)]
    story.quantities = [
        Quantity(id="q-300", text="300", value=300, about="dockers", sources=[source(early, "40 ships")]),
        *(Quantity(id=f"q-{index}", text=figure, value=float(figure.split()[-1]), about="dockers",
                   qualifier=qualifier, sources=[source(later, figure)])
          for index, (figure, qualifier) in enumerate(figures)),
    ]
    newest = build_updates(story)[0].articles[0]
    # 120: a part told with its 300; about 310: within its hedge; 9: of another order; 420: a revision
    assert [(line.lead, line.earlier) for line in newest.revisions] == [("420", "300")]
