"""One real event, one row (issue 16, wave 8): a verb and its event noun, two verbs of one sense, by
WordNet's senses (`story/wordnet_senses.py`). Invented articles and words only."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.models import TimelineEntry
from generator.story.same_event import pairs_worth_comparing, same_event
from generator.story.timeline import timeline_candidates
from generator.story.wordnet_senses import SENSE_MARK, senses_of_lemmas, verb_senses
from tests.story.story_tools import annotated_article, timeline_of

MONDAY_AFTER = dt.date(2024, 3, 5)  # published the day after Monday 4 March 2024


def test_a_verb_and_the_noun_made_from_it_share_a_sense():
    assert verb_senses("explode") & verb_senses("explosion")
    assert verb_senses("resign") & verb_senses("resignation")
    assert verb_senses("shoot") & verb_senses("shooting")


def test_two_verbs_of_one_sense_share_it():
    assert verb_senses("buy") & verb_senses("purchase")
    assert verb_senses("vanish") & verb_senses("disappear")
    assert verb_senses("abduct") & verb_senses("kidnapping")  # a noun and another verb of its sense


def test_words_of_other_happenings_share_no_sense():
    assert not verb_senses("explode") & verb_senses("resign")
    assert not verb_senses("buy") & verb_senses("shooting")


def test_light_verbs_and_unknown_words_name_no_sense():
    assert verb_senses("get") == frozenset() and verb_senses("take") == frozenset()
    assert verb_senses("zorbulate") == frozenset() and verb_senses("") == frozenset()


def test_senses_are_marked_and_a_phrasal_verb_is_looked_up_whole():
    senses = senses_of_lemmas(["step_down", "explosion"])
    assert senses and all(sense.startswith(SENSE_MARK) for sense in senses)
    assert verb_senses("step_down") & verb_senses("resignation")


def _rows(nlp: Language, *articles: tuple[str, str]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, MONDAY_AFTER, f"Outlet {name}")
                        for name, text in articles])


def _rows_with(rows: list[TimelineEntry], *words: str) -> list[TimelineEntry]:
    return [row for row in rows if any(word in row.text.lower() for word in words)]


def test_two_verbs_of_one_sense_in_two_articles_make_one_row(nlp):
    rows = _rows(nlp, ("a", "Masked gunmen kidnapped the banker Peter Walsh outside his home on Monday."),
                 ("b", "Peter Walsh was abducted by three men near the station on Monday."))
    told = _rows_with(rows, "kidnapped", "abducted")
    assert len(told) == 1 and told[0].corroboration == 2


def test_one_sense_with_two_people_stays_two_rows(nlp):
    rows = _rows(nlp, ("a", "Masked gunmen kidnapped the banker Peter Walsh outside his home on Monday."),
                 ("b", "Laura Bennett was abducted by three men near the station on Monday."))
    assert len(_rows_with(rows, "kidnapped", "abducted")) == 2


def test_blocking_keeps_every_pair_joined_by_a_sense(nlp):
    texts = ["Masked gunmen kidnapped the banker Peter Walsh outside his home on Monday.",
             "Peter Walsh was abducted by three men near the station on Monday.",
             "Tessa Morrow resigned as mayor of Lindenfield on Monday.",
             "The resignation of Tessa Morrow on Monday surprised the council of Lindenfield."]
    pairs = [annotated_article(nlp, f"a{n}", text, MONDAY_AFTER) for n, text in enumerate(texts)]
    annotations = [n for _, n in pairs]
    entity_ids = {(n.article_id, e.start, e.end): "e-" + e.text.lower().replace(" ", "-")
                  for n in annotations for e in n.entities}
    candidates = timeline_candidates([a for a, _ in pairs], annotations, entity_ids, {})
    same = {(i, j) for i in range(len(candidates)) for j in range(i + 1, len(candidates))
            if same_event(candidates[i], candidates[j])}
    assert len(same) >= 2 and same <= pairs_worth_comparing(candidates)
