"""One real event, one row (issue 16, wave 7): a telling that names nobody. Invented articles only."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.models import TimelineEntry
from generator.story.same_event import pairs_worth_comparing, same_event
from generator.story.timeline import timeline_candidates
from tests.story.story_tools import annotated_article, timeline_of

D = dt.date
MONDAY_AFTER = D(2024, 3, 5)  # published the day after Monday 4 March 2024


def _rows(nlp: Language, *articles: tuple[str, str]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, MONDAY_AFTER, f"Outlet {name}")
                        for name, text in articles])


def _rows_with(rows: list[TimelineEntry], word: str) -> list[TimelineEntry]:
    return [row for row in rows if word in row.text.lower()]


def test_a_telling_that_names_nobody_joins_the_same_verb_about_the_same_thing(nlp):
    rows = _rows(nlp, ("a", "A fishing trawler sank in a storm off the northern coast on Monday."),
                 ("b", "The trawler owned by Marek Dunn sank near Kessel Point on Monday, a coastguard "
                       "spokesman told reporters."))
    sank = _rows_with(rows, "sank")
    assert len(sank) == 1 and sank[0].corroboration == 2


def test_two_tellings_that_name_two_people_stay_two_rows(nlp):
    rows = _rows(nlp, ("a", "Police arrested Peter Walsh at the harbour on Monday."),
                 ("b", "Police arrested Laura Bennett at the harbour on Monday."))
    assert len(_rows_with(rows, "arrested")) == 2


def test_the_same_verb_about_two_things_stays_two_rows(nlp):
    rows = _rows(nlp, ("a", "A fishing trawler sank in a storm off the northern coast on Monday."),
                 ("b", "The ferry of Marek Dunn sank in the river at Kessel Point on Monday."))
    assert len(_rows_with(rows, "sank")) == 2


def test_the_same_thing_under_two_verbs_stays_two_rows(nlp):
    rows = _rows(nlp, ("a", "A fishing trawler sank in a storm off the northern coast on Monday."),
                 ("b", "The trawler owned by Marek Dunn was towed to Kessel Point on Monday."))
    assert len(_rows_with(rows, "trawler")) == 2


def test_blocking_keeps_every_pair_a_nameless_telling_joins(nlp):
    texts = ["A fishing trawler sank in a storm off the northern coast on Monday.",
             "The trawler owned by Marek Dunn sank near Kessel Point on Monday.",
             "The ferry of Marek Dunn sank in the river at Kessel Point on Monday.",
             "A cargo ferry sank near the harbour wall on Monday, and a trawler ran aground there.",
             "Police arrested Peter Walsh at the harbour on Monday."]
    pairs = [annotated_article(nlp, f"a{n}", text, MONDAY_AFTER) for n, text in enumerate(texts)]
    annotations = [n for _, n in pairs]
    entity_ids = {(n.article_id, e.start, e.end): "e-" + e.text.lower().replace(" ", "-")
                  for n in annotations for e in n.entities}
    candidates = timeline_candidates([a for a, _ in pairs], annotations, entity_ids, {})
    same = {(i, j) for i in range(len(candidates)) for j in range(i + 1, len(candidates))
            if same_event(candidates[i], candidates[j])}
    assert len(same) >= 2 and same <= pairs_worth_comparing(candidates)
