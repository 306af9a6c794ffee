"""One happening, one row (issue 16, wave 13): more classes of news happenings (a blast, a robbery,
riots, a hijacking, a contract, an election, a release); a statement whose verb only says that
something happened ("the shooting took place") told by the happening noun; a noun that refers back
("Monday's move", "the incident occurred on Monday") joined to the day's most-told row. Invented
articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.predicates import classes_of_lemmas, predicate_classes
from generator.models import TimelineEntry, TimexEvent
from generator.story.event_candidates import refers_back, tells_only_that_it_happened
from generator.story.timeline import build_timeline
from tests.story.story_tools import annotated_article, timeline_of

TUESDAY = dt.date(2024, 3, 5)  # published the day after Monday 4 March 2024


def _rows(nlp: Language, articles: list[tuple[str, str]]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, TUESDAY, f"Outlet {name}")
                        for name, text in articles])


@pytest.mark.parametrize(("first", "second", "shared"), [
    ("explosion", "blast", "explode"), ("bomb", "detonate", "explode"), ("go_off", "explode", "explode"),
    ("robbery", "heist", "rob"), ("steal", "theft", "rob"),
    ("riot", "clash", "protest"), ("hijack", "seize", "seize"), ("kidnapping", "abduct", "seize"),
    ("sign", "contract", "sign"), ("deal", "extension", "sign"),
    ("election", "reelect", "elect"), ("free", "release", "free"),
    ("pass_away", "die", "kill"), ("retirement", "step_down", "resign"), ("patch", "fix", "fix"),
    ("temblor", "quake", "strike"),
])
def test_news_happenings_told_in_other_words_share_a_class(first, second, shared):
    assert shared in classes_of_lemmas([first]) & classes_of_lemmas([second])


def test_words_that_are_no_such_happening_name_no_class():
    """"march" is also the month, "rally" also a market's rise, "poll" an opinion survey, "go" and
    "blow" alone no blast: none is listed."""
    for word in ("march", "rally", "poll", "go", "blow", "go_on", "extend"):
        assert not classes_of_lemmas([word]), word
    assert "rob" in predicate_classes(("thieves", "stole", "paintings"))  # no parse: irregular forms


def _event(predicate: str, lemmas: list[str]) -> TimexEvent:
    return TimexEvent(text="x", start=0, end=1, lemmas=sorted(lemmas), predicate=predicate)


def test_a_verb_that_only_says_it_happened():
    assert tells_only_that_it_happened(_event("happen", ["happen", "shooting"]))
    assert tells_only_that_it_happened(_event("place", ["place", "riot", "take"]))  # "took place"
    assert not tells_only_that_it_happened(_event("place", ["place", "player", "reserve"]))  # "placed"
    assert not tells_only_that_it_happened(_event("kill", ["kill", "shooting"]))


@pytest.mark.parametrize("told", [
    "The shooting took place outside Harlow Academy in Dunmore on Monday.",
    "The shooting happened outside Harlow Academy in Dunmore on Monday.",
])
def test_a_happening_said_to_take_place_is_the_happening_told_by_its_verb(nlp, told):
    rows = _rows(nlp, [("a", "A gunman shot a teacher outside Harlow Academy in Dunmore on Monday."),
                       ("b", told)])
    assert [(row.date.value, row.corroboration) for row in rows] == [("2024-03-04", 2)]


def test_another_happening_said_to_take_place_stays_apart(nlp):
    rows = _rows(nlp, [("a", "A gunman shot a teacher outside Harlow Academy in Dunmore on Monday."),
                       ("b", "The graduation took place outside Harlow Academy in Dunmore on Monday.")])
    assert len(rows) == 2


@pytest.mark.parametrize(("first", "second"), [
    ("A bomb exploded at the Calder Savings bank in Dunmore on Monday.",
     "The blast at the Calder Savings bank in Dunmore on Monday shattered windows."),
    ("Thieves robbed the Verrin Gallery in Dunmore on Monday.",
     "The heist at the Verrin Gallery in Dunmore on Monday netted three paintings."),
    ("Pirates hijacked the tanker Sea Lark off Calder on Monday.",
     "Pirates seized the tanker Sea Lark off Calder on Monday."),
    ("The Harlow Hawks signed pitcher Dean Varga on Monday.",
     "Dean Varga agreed to a two-year contract with the Harlow Hawks on Monday."),
])
def test_one_happening_in_other_words_is_one_row(nlp, first, second):
    rows = _rows(nlp, [("a", first), ("b", second)])
    assert len(rows) == 1 and rows[0].corroboration == 2


def test_two_happenings_of_one_day_with_one_participant_stay_apart(nlp):
    rows = _rows(nlp, [("a", "Thieves robbed the Verrin Gallery in Dunmore on Monday."),
                       ("b", "Voters elected a new board for the Verrin Gallery in Dunmore on Monday.")])
    assert len(rows) == 2


# --------------------------------------------------------------------------- a noun that refers back


TYPES = {"PERSON": "person", "GPE": "place", "ORG": "organization", "NORP": "group"}


def _typed_rows(nlp: Language, articles: list[tuple[str, str]]) -> list[TimelineEntry]:
    """The timeline with entity types from the model's labels (as resolve gives them)."""
    pairs = [annotated_article(nlp, name, text, TUESDAY, f"Outlet {name}") for name, text in articles]
    annotations = [annotation for _, annotation in pairs]
    ids = {(n.article_id, e.start, e.end): "e-" + e.text.lower().replace(" ", "-")
           for n in annotations for e in n.entities}
    types = {"e-" + e.text.lower().replace(" ", "-"): TYPES[e.label] for n in annotations for e in n.entities}
    return build_timeline([a for a, _ in pairs], annotations, ids, types)


def _with(rows: list[TimelineEntry], words: str) -> list[TimelineEntry]:
    return [row for row in rows if any(words in source.sentence for source in row.sources)]


def _refers(nlp: Language, sentence: str) -> bool:
    article, annotation = annotated_article(nlp, "a", sentence, TUESDAY)
    [timex] = annotation.timexes
    return refers_back(timex, article.sentences[0], timex.event)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Residents of Calder praised Monday's move by the council.", True),
    ("The incident on Monday left the square closed.", True),
    ("The incident occurred near the Calder docks on Monday.", True),
    ("The council closed the square on Monday.", False),
    ("The crash on Monday left the square closed.", False),  # a crash says which happening it was
])
def test_a_date_on_a_noun_that_refers_back(nlp, sentence, expected):
    assert _refers(nlp, sentence) is expected


AUTHORITY = "The Dunmore Port Authority"
MAIN = ("a", f"{AUTHORITY} closed the harbour bridge on Monday.")
ASIDE = ("b", f"{AUTHORITY} repaired a road on Monday.")
REFERRING = ("d", "Traders criticised Monday's move by the Dunmore Port Authority.")


def test_a_referring_telling_joins_the_most_told_row_of_its_day(nlp):
    again = ("c", f"{AUTHORITY} closed the harbour bridge on Monday.")
    rows = _typed_rows(nlp, [MAIN, again, ASIDE, REFERRING])
    joined = _with(rows, "Monday's move")
    assert len(joined) == 1 and joined[0].corroboration == 3


def test_a_referring_telling_between_two_rows_told_alike_stays_apart(nlp):
    rows = _typed_rows(nlp, [MAIN, ASIDE, REFERRING])
    assert [row.corroboration for row in _with(rows, "Monday's move")] == [1]
