"""Timeline rows a reader can read: every row is a complete statement (wave 8 follow-up). All
articles are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.statement_cut import cut_past_limit, tokens_past
from generator.models import TimexEvent
from generator.story.row_text import is_readable, whole_sentence
from tests.conftest import SEEDS
from tests.story.story_tools import annotated_article, timeline_of

D = dt.date


def _rows(nlp, *texts: str) -> list[str]:
    pairs = [annotated_article(nlp, f"a{i}", text, D(2024, 1, 17)) for i, text in enumerate(texts)]
    return [entry.text for entry in timeline_of(pairs)]


@pytest.mark.parametrize(("text", "readable"), [
    ("The Owls beat the Foxes 71-64", True),
    ("Linebacker Jo Roe did not practice", True),
    ("The new mayor was sworn in", True),  # a particle, not a dangling preposition
    ("The Owls, who have listed", True),  # no word list can see this one: the parse cut (below)
    ("The Owls, who have listed the", False),
    ("Linebacker Jo Roe (), a rookie, did not practice", False),
    ("The council met [ ] with the mayor", False),
    ("The council approved the budget and", False),
    ("The council approved the budget,", False),
    ("The plant will close, which", False),
    ("The storm damaged homes in the north of", False),
    ("", False),
])
def test_a_row_is_readable_unless_it_ends_inside_a_phrase_or_holds_empty_brackets(text, readable):
    assert is_readable(text) is readable


def test_the_whole_sentence_is_a_row_without_its_full_stop():
    assert whole_sentence(" The Owls beat the Foxes on Friday. ") == "The Owls beat the Foxes on Friday"


def test_a_cut_ends_at_the_end_of_a_phrase_outside_the_core_first(nlp):
    doc = nlp("The Riverton Owls, who have listed veteran guard Sam Pell and rookie forward Tim Hale on the "
              "injured list, beat the Lakeside Foxes in front of a sellout crowd.")
    root = doc[:].root
    kept = {t.i for t in doc if not t.is_punct or t.text == ","}
    for _ in range(12):
        order = [(i, 1) for i in sorted(kept) if not doc[i].is_punct]
        if len(order) <= 8 or not cut_past_limit(root, kept, tokens_past(order, 8), set()):
            break
    text = " ".join(doc[i].text for i in sorted(kept)).replace(" ,", ",")
    assert text == "The Riverton Owls beat the Lakeside Foxes"


def test_an_empty_pair_of_brackets_and_its_commas_never_reach_the_row(nlp):
    rows = _rows(nlp, "The company, which reported a quarterly loss of $1.2 billion ($0.98 a share), said on "
                      "Thursday it would cut 3,000 jobs at plants in Ohio and Michigan.")
    assert rows == ["The company, which reported a quarterly loss of $1.2 billion, said it would cut "
                    "3,000 jobs at plants in Ohio"]


def test_a_verb_joined_to_a_relative_clause_says_who(nlp):
    rows = _rows(nlp, "Coach Al Dunn, whose team has won nine of its last ten games in the Central Valley "
                      "Conference and who was named coach of the year in 2019 by the state association, "
                      "resigned.")
    assert rows == ["Coach Al Dunn was named coach of the year by the state association"]
    rows = _rows(nlp, "The Hawks on Tuesday signed linebacker Jo Roe, who missed two games with a knee "
                      "injury and did not take part in practice last week.")
    assert "Linebacker Jo Roe did not take part in practice" in rows


def test_a_bare_verb_joined_to_a_modal_keeps_the_modal(nlp):
    rows = _rows(nlp, "The firm said on Thursday it would cut 300 jobs and close two warehouses by the end "
                      "of the year.")
    assert "It would close two warehouses by the end of the year" in rows


def test_a_telling_cut_inside_a_phrase_gives_way_to_the_whole_sentence(nlp):
    sentence = "The Riverton Owls beat the Lakeside Foxes 71-64 on Saturday."
    article, annotations = annotated_article(nlp, "a", sentence, D(2024, 1, 17))
    [timex] = annotations.timexes
    assert timex.event is not None
    timex.event = TimexEvent(text="The Riverton Owls beat the", start=0, end=len(sentence) - 1,
                             lemmas=timex.event.lemmas, predicate=timex.event.predicate)
    [entry] = timeline_of([(article, annotations)])
    assert entry.text == "The Riverton Owls beat the Lakeside Foxes 71-64 on Saturday"


# Three invented articles of one story, written in the shapes that made broken rows: a name with
# a bracketed figure, a list of players, long relative clauses, a report of a report.
STORY = (
    "The Harbor City Hawks on Tuesday signed linebacker Jo Roe (27), who missed two games with a knee "
    "injury and did not take part in practice last week. Linebacker Jo Roe (knee), who sat out the last "
    "two games, and guard Ben Pike (ankle) did not practice on Wednesday, and coach Al Dunn said he "
    "expected both to play.",
    "The Riverton Owls, who since October 12 have listed veteran guard Sam Pell, rookie forward Tim Hale, "
    "center Ed Moss and backup point guard Lou Kerr on the injured list for the rest of the season, lost "
    "to the Hawks 71-60 on Saturday night. Jo Roe became the school's top scorer of all time on Saturday "
    "with 22 points, and the Hawks advance to the semifinals, which begin on January 27.",
    "Mayor Ann Cole of Westbrook and council members Dan Ruiz, Kim Pratt, Lee Wong, Pat Ochoa and Ray Sims "
    "of the Eastbrook district met on Friday with state officials about the dam. The company, which "
    "reported a quarterly loss of $1.2 billion ($0.98 a share), said on Thursday it would cut 3,000 jobs "
    "at plants in Ohio and Michigan and close two warehouses by the end of the year.",
)


def test_every_row_of_an_invented_story_and_of_the_demo_is_a_complete_statement(nlp):
    demo = tuple(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    for texts in (STORY, demo):
        rows = _rows(nlp, *texts)
        assert rows
        for row in rows:
            assert is_readable(row), row
            assert "()" not in row and not row.endswith((",", " and", " who", " which")), row


def test_a_result_told_in_several_statements_of_one_paragraph_is_one_row(nlp):
    rows = _rows(nlp, "The Hawks defeated the Owls 71-60 on Saturday. Jo Roe became the Hawks' top "
                      "scorer of all time with 22 points on Saturday. The Hawks advance to the semifinals on "
                      "Saturday.")
    assert rows == ["The Hawks defeated the Owls 71-60"]


def test_statements_without_a_result_or_a_shared_participant_stay_rows_of_their_own(nlp):
    rows = _rows(nlp, "The Hawks defeated the Owls 71-60 on Saturday. A storm closed the airport on "
                      "Saturday.",
                 "Jo Roe joined the Hawks on Saturday. The Hawks opened a new arena on Saturday.")
    assert len(rows) == 4
