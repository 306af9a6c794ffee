"""One death, one row (issue 16, wave 9): an event noun and its owner. Invented articles only."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.annotate.predicates import names_a_happening, verbs_named_by
from generator.models import TimelineEntry
from generator.story.pronoun_subjects import possesses_a_happening
from generator.story.timeline import timeline_candidates
from tests.story.story_tools import annotated_article, timeline_of

MONDAY_AFTER = dt.date(2024, 3, 5)  # published the day after Monday 4 March 2024

TWO_DEATHS = [("a", "Dana Whitlock died on Monday at the quarry."),
              ("b", "Pit worker Lee Roe died on Monday in a fall at a quarry in the north."),
              ("c", "Lee Roe found the body. Dana Whitlock had run the quarry for ten years. "
                    "Workers mourned her death on Monday.")]


def _rows(nlp: Language, articles: list[tuple[str, str]]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, MONDAY_AFTER, f"Outlet {name}")
                        for name, text in articles])


def test_an_irregular_event_noun_names_its_verb():
    assert "die" in verbs_named_by("death") and "lose" in verbs_named_by("loss")
    assert "steal" in verbs_named_by("theft") and not verbs_named_by("tractor")


def test_a_possessive_before_an_event_noun_and_not_before_a_thing():
    assert names_a_happening("death") and names_a_happening("arrest") and names_a_happening("resignation")
    assert not names_a_happening("tractor") and not names_a_happening("family")
    assert names_a_happening("robbery") and names_a_happening("departure")
    assert possesses_a_happening("Workers mourned her death")
    assert possesses_a_happening("after his own resignation")
    assert not possesses_a_happening("Her tractor overturned") and not possesses_a_happening("the death toll")


def test_her_death_is_compared_through_the_person_named_before_it(nlp):
    pairs = [annotated_article(nlp, name, text, MONDAY_AFTER) for name, text in TWO_DEATHS]
    annotations = [n for _, n in pairs]
    entity_ids = {(n.article_id, e.start, e.end): "e-" + e.text.lower().replace(" ", "-")
                  for n in annotations for e in n.entities}
    candidates = timeline_candidates([a for a, _ in pairs], annotations, entity_ids, {})
    mourned = next(c for c in candidates if "mourned" in c.text)
    assert mourned.compared_participants == ("e-dana-whitlock",)


def test_her_death_joins_the_death_of_the_person_it_belongs_to(nlp):
    rows = _rows(nlp, TWO_DEATHS)
    whitlock = next(row for row in rows if "Dana Whitlock died" in row.text)
    roe = next(row for row in rows if "Lee Roe died" in row.text)
    assert whitlock.corroboration == 2 and {s.article for s in whitlock.sources} == {"a", "c"}
    assert roe.corroboration == 1
    assert len(rows) == 2


def test_a_death_on_another_day_stays_its_own_row(nlp):
    rows = _rows(nlp, [("a", "Dana Whitlock died on Monday at the quarry."),
                       ("c", "Dana Whitlock had run the quarry for ten years. "
                             "Workers mourned her death in 2019.")])
    assert len(rows) == 2


def test_died_was_killed_and_her_death_told_two_days_later_are_one_row(nlp):
    tellings = [("a", "A worker died on Monday at the Halden Foods plant in Corby.", MONDAY_AFTER),
                ("b", "Dana Whitlock was killed on Monday when a forklift truck struck her at the Halden "
                      "Foods plant in Corby.", MONDAY_AFTER),
                ("c", "Colleagues of Dana Whitlock said her death on Monday could have been prevented.",
                 MONDAY_AFTER + dt.timedelta(days=1))]
    rows = timeline_of([annotated_article(nlp, name, text, published, f"Outlet {name}")
                        for name, text, published in tellings])
    assert [(row.date.value, row.corroboration) for row in rows] == [("2024-03-04", 3)]


def test_her_death_under_a_future_verb_is_the_death_already_told(nlp):
    """"Her death on Monday will be investigated" dates the death, which the article tells as done that
    day: the Monday before the telling, one row with the death (not a row the Monday after)."""
    tellings = [("a", "Dana Whitlock died on Monday at the quarry.", MONDAY_AFTER),
                ("b", "Dana Whitlock died on Monday at the quarry. Her death on Monday will be investigated "
                      "by the safety board.", MONDAY_AFTER + dt.timedelta(days=1))]
    rows = timeline_of([annotated_article(nlp, name, text, published, f"Outlet {name}")
                        for name, text, published in tellings])
    assert [(row.date.value, row.corroboration) for row in rows] == [("2024-03-04", 2)]
