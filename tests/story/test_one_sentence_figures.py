"""Two figures of one sentence, copied word for word by a second outlet, never disagree (wave 8): the
sentence gives both ("a mother of 12 ... her daughter, 11"), so neither the "Sources disagree" note
nor the Updates page's revisions stand between them. Invented text."""

from __future__ import annotations

import datetime as dt

from generator.models import Quantity, Story
from generator.render.index import SiteIndex
from generator.story.summary import told_in_one_sentence
from generator.story.updates import build_updates
from tests.stories import make_article, source

COPIED = "Ana Cole, a mother of 12, was rescued from the quay with her daughter, 11, on Monday."


def copied_story() -> Story:
    first = make_article("wire", "Quay rescue", "Bay Wire", COPIED, dt.date(2025, 5, 5))
    copy = make_article("copy", "Rescue at the quay", "Coast Daily", "Rescue.\n\n" + COPIED,
                        dt.date(2025, 5, 6))
    mother = Quantity(id="q-12", text="12", value=12, about="children of Ana Cole",
                      sources=[source(first, "12")], conflicts_with=["q-11"])
    daughter = Quantity(id="q-11", text="11", value=11, about="children of Ana Cole",
                        sources=[source(copy, "11")], conflicts_with=["q-12"])
    return Story(title="Quay rescue", articles=[first, copy], quantities=[mother, daughter])


def test_figures_of_one_copied_sentence_are_told_in_one_sentence() -> None:
    story = copied_story()
    assert told_in_one_sentence(*story.quantities)
    other = story.quantities[1].model_copy(update={"sources": [source(story.articles[1], "Rescue")]})
    assert not told_in_one_sentence(story.quantities[0], other)


def test_no_disagreement_note_and_no_revision_between_them() -> None:
    story = copied_story()
    index = SiteIndex(story)
    assert all(not view.conflicts for view in index.facts if view.kind == "number")
    assert not [line for day in build_updates(story) for update in day.articles for line in update.revisions]


def test_figures_of_two_wordings_still_disagree() -> None:
    story = copied_story()
    story.articles[1] = make_article("copy", "Rescue at the quay", "Coast Daily",
                                     "Ana Cole, a mother of 11, was rescued on Monday.", dt.date(2025, 5, 6))
    story.quantities[1].sources = [source(story.articles[1], "11")]
    index = SiteIndex(story)
    shown = {view.id: [link.id for link in view.conflicts] for view in index.facts if view.kind == "number"}
    assert shown == {"q-12": ["q-11"], "q-11": ["q-12"]}


def test_a_line_in_its_own_words_never_gives_another_articles_figure() -> None:
    """A row merged from two articles is worded by one of them: under the article that counted 40, its
    own words may not say the other's 55."""
    from generator.models import TimelineEntry
    from generator.story.briefing import own_words
    from tests.story.harbour_story import dated

    first = make_article("first", "Storm", "Bay Wire", "The storm wrecked 40 sheds on Monday.",
                         dt.date(2025, 5, 6))
    later = make_article("later", "Storm", "Coast Daily", "The storm wrecked 55 sheds on Monday.",
                         dt.date(2025, 5, 7))
    day = dt.date(2025, 5, 5)
    storm = TimelineEntry(id="t-storm", date=dated("2025-05-05", day, day), timex="Monday",
                          text="The storm wrecked 55 sheds",
                          sources=[source(first, "wrecked"), source(later, "wrecked")])
    assert own_words(storm, storm.sources[1].sentence) == "The storm wrecked 55 sheds."
    assert own_words(storm, storm.sources[0].sentence) == ""
    assert own_words(storm) == "The storm wrecked 55 sheds."  # no sentence to answer to
