"""The error classes of the event evaluations (`--errors`), on invented articles."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.evaluate.event_errors import DATE_CAUSES, EventErrors, classify, classify_dates, report
from generator.evaluate.meantime_events import is_right
from generator.models import Article, Source, Story, TimelineEntry
from generator.story.event_candidates import Candidate
from generator.story.timeline import timeline_candidates
from tests.story.story_tools import annotated_article

D = dt.date


def _tellings(nlp: Language, *articles: tuple[str, str, dt.date]) -> tuple[Story, list[Candidate]]:
    pairs = [annotated_article(nlp, name, text, published, f"Outlet {name}")
             for name, text, published in articles]
    annotations = [n for _, n in pairs]
    entity_ids = {(n.article_id, e.start, e.end): "e-" + e.text.lower().replace(" ", "-")
                  for n in annotations for e in n.entities}
    story_articles: list[Article] = [a for a, _ in pairs]
    candidates = timeline_candidates(story_articles, annotations, entity_ids, {})
    return Story(title="t", articles=story_articles), candidates


def _one_event_in_rows(story: Story, candidates: list[Candidate]) -> EventErrors:
    """Each telling its own row, all of one gold event."""
    key = {(c.article.id, c.start, c.end, f"row-{n}"): "gold-1" for n, c in enumerate(candidates)}
    response = {item: item[3] for item in key}
    by_source = {(c.article.id, c.start, c.end): [c] for c in candidates}
    return classify("s", story, by_source, key, response)


def test_two_tellings_dated_a_week_apart_are_a_split_by_their_dates(nlp):
    story, candidates = _tellings(
        nlp, ("a", "Orin Vale escaped from the Tolven jail on Monday.", D(2024, 5, 8)),
        ("b", "Orin Vale escaped from the Tolven jail on Monday.", D(2024, 5, 15)))
    errors = _one_event_in_rows(story, candidates)
    assert errors.splits == {"dates apart (dates of the text)": 1}
    assert "| dates apart (dates of the text) | 1 |" in report(errors)
    assert errors.apart == {"one or both counted from a publication date, 3 to 31 days apart": 1}


def test_two_named_dates_a_day_apart_are_told_apart_from_counted_ones(nlp):
    story, candidates = _tellings(
        nlp, ("a", "Orin Vale escaped from the Tolven jail on May 6, 2024.", D(2024, 5, 8)),
        ("b", "Orin Vale escaped from the Tolven jail on May 7, 2024.", D(2024, 5, 8)))
    errors = _one_event_in_rows(story, candidates)
    assert errors.apart == {"both named in the text, up to 2 days apart": 1}
    assert "| both named in the text, up to 2 days apart | 1 |" in report(errors)


def test_a_paraphrase_with_no_shared_class_is_a_split_by_its_predicates(nlp):
    story, candidates = _tellings(
        nlp, ("a", "Orin Vale escaped from the Tolven jail on Monday.", D(2024, 5, 8)),
        ("b", "Guards lost track of Orin Vale during a transfer on Monday.", D(2024, 5, 8)))
    assert _one_event_in_rows(story, candidates).splits == {"no shared predicate class or main verb": 1}


def test_a_telling_that_names_nobody_is_a_split_by_its_participants(nlp):
    story, candidates = _tellings(
        nlp, ("a", "Orin Vale escaped from the Tolven jail on Monday.", D(2024, 5, 8)),
        ("b", "The prisoner escaped from a van on Monday.", D(2024, 5, 8)))
    assert _one_event_in_rows(story, candidates).splits == {"no shared participant: one names nobody": 1}


def test_one_row_over_two_gold_events_is_a_join(nlp):
    story, candidates = _tellings(
        nlp, ("a", "Orin Vale escaped from the Tolven jail on Monday.", D(2024, 5, 8)),
        ("b", "Orin Vale escaped from the Tolven jail on Monday night.", D(2024, 5, 8)))
    key = {(c.article.id, c.start, c.end, "row"): f"gold-{n}" for n, c in enumerate(candidates)}
    response = {item: "row" for item in key}
    by_source = {(c.article.id, c.start, c.end): [c] for c in candidates}
    errors = classify("s", story, by_source, key, response)
    assert sum(errors.joins.values()) == 1 and not errors.splits


def test_a_wrong_row_date_is_told_apart_from_a_wrong_own_date(nlp):
    _, candidates = _tellings(nlp, ("a", "Orin Vale escaped from the Tolven jail on Monday.", D(2024, 5, 8)))
    telling = candidates[0]  # Monday 6 May
    row_date = telling.date.model_copy(update={"value": "2024-05-01"})
    row = TimelineEntry(id="t-1", date=row_date, text="x", timex="x")
    by_source = {(telling.article.id, telling.start, telling.end): [telling]}
    source = Source(article="a", start=telling.start, end=telling.end, sentence=telling.sentence.text)
    errors = EventErrors()
    wrong = [(row, source, "2024-05-06"), (row, source, "2024-04-29")]
    classify_dates("s", wrong, by_source, is_right, errors)
    assert errors.dates == {DATE_CAUSES[0]: 1, DATE_CAUSES[2]: 1}
