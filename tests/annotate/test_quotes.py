"""Direct quotations: text without marks, speaker resolved to a mention, date of the saying."""

from __future__ import annotations

import pytest
import yaml

from generator.annotate.quotes import find_quotes
from tests.annotate.speech_helpers import quotes
from tests.conftest import GOLD
from tests.fixtures.facts.demo import demo_articles, gold_timexes, parse

GOLD = yaml.safe_load((GOLD / "demo_facts.yml").read_text(encoding="utf-8"))

RULING = (
    "Judge Maria Lopez struck down the law on Tuesday. “The statute is clear,” she wrote. "
    "“It does not allow the agency to act alone.”\n\n"
    'The state called the decision "deeply disappointing" and said: "We will appeal this ruling to '
    'the Supreme Court."\n\n'
    '"This was a fair trial," said defence lawyer John Park, "and the jury saw the truth."\n\n'
    '"We never expected to win so quickly. The evidence was overwhelming," Park told reporters on Wednesday.'
)


def test_court_ruling_quotes_and_speakers(nlp):
    found = {q.text: q for q in quotes(nlp, RULING)}
    assert set(found) == {
        "deeply disappointing",  # the object of "called": the state's words (wave 9)
        "The statute is clear",
        "It does not allow the agency to act alone.",
        "We will appeal this ruling to the Supreme Court.",
        "This was a fair trial, and the jury saw the truth.",
        "We never expected to win so quickly. The evidence was overwhelming",
    }
    # "she wrote": the pronoun goes to the nearest person named before it.
    assert found["The statute is clear"].speaker == "Maria Lopez"
    start = found["The statute is clear"].speaker_start
    assert RULING[start:found["The statute is clear"].speaker_end] == "Maria Lopez"
    # A quotation with no verb of its own right after an attributed one continues it.
    assert found["It does not allow the agency to act alone."].speaker == "Maria Lopez"
    # 'X said: "..."' with the subject shared by a coordinated verb.
    assert found["We will appeal this ruling to the Supreme Court."].speaker == "The state"
    # A quotation split by its attribution is one quote.
    assert found["This was a fair trial, and the jury saw the truth."].speaker == "John Park"
    # A multi-sentence quotation.
    assert found["We never expected to win so quickly. The evidence was overwhelming"].speaker == "Park"


def test_quote_offsets_cover_the_words_without_marks(nlp):
    for quote in quotes(nlp, RULING):
        inner = RULING[quote.start:quote.end]
        assert inner[0] not in "\"“" and inner[-1] not in "\"”"
        assert inner.startswith(quote.text[:10])


def test_scare_quotes_are_ignored(nlp):
    text = 'The so-called "reform" passed on Monday. The exploit is termed a "zero day" by researchers.'
    assert [q.text for q in quotes(nlp, text)] == []
    # Inside reported speech a quoted modifier keeps the reporting verb's speaker, but it completes no
    # verb: the story stage's scare-quote filter still drops it.
    text = 'The mayor said the "temporary" closure of the bridge will last a year.'
    assert [(q.text, q.completes_verb) for q in quotes(nlp, text)] == [("temporary", False)]


def test_a_short_quotation_completing_a_naming_verb_is_its_subjects(nlp):
    found = {q.text: q for q in quotes(nlp, RULING)}
    assert found["deeply disappointing"].speaker == "The state"
    assert found["deeply disappointing"].completes_verb


def test_date_comes_from_the_attribution_not_the_quote(nlp):
    text = '"We will finish the bridge by March," the mayor said on Friday.'
    parsed = parse(nlp, text, [("March", "DATE", "2025-03"), ("Friday", "DATE", "2024-11-08")])
    [quote] = find_quotes(parsed.doc, parsed.entities, parsed.timexes)
    assert quote.speaker == "the mayor"
    assert quote.date == "2024-11-08"


def test_a_date_of_the_attribution_that_places_nothing_is_no_date_of_the_quote(nlp):
    # "the season" of a story of play has no year ("XXXX"): beside the quote it read "a year (unknown)"
    text = 'The coach said that in his meetings after the season, "every player wanted to come back."'
    parsed = parse(nlp, text, [("the season", "DATE", "XXXX")])
    [quote] = find_quotes(parsed.doc, parsed.entities, parsed.timexes)
    assert quote.date is None
    parsed = parse(nlp, text, [("the season", "DATE", "2024")])
    [quote] = find_quotes(parsed.doc, parsed.entities, parsed.timexes)
    assert quote.date == "2024"


@pytest.mark.parametrize("article_id", sorted(GOLD["articles"]))
def test_demo_gold(nlp, article_id):
    article = next(a for a in demo_articles() if a.id == article_id)
    parsed = parse(nlp, article.text, gold_timexes(GOLD["articles"][article_id]))
    found = find_quotes(parsed.doc, parsed.entities, parsed.timexes)
    gold = GOLD["articles"][article_id]["quotes"]
    assert len(found) == len(gold)
    for quote, expected in zip(found, gold, strict=True):
        assert quote.speaker == expected["speaker"]
        assert article.text[quote.speaker_start:quote.speaker_end] == expected["speaker"]
        assert quote.text.startswith(expected["text_starts"])
        assert quote.text.endswith(expected["text_ends"])
        assert quote.date == expected["date"]


def test_single_curly_quotes_apostrophes_and_a_quotation_over_two_paragraphs(nlp):
    text = ("Party leader Fiona Hale told supporters: ‘Tonight the people’s votes have spoken, and we "
            "will not let them down.\n\n‘We will start with the hospitals, because that is where the need "
            "is.’\n\nThe outgoing minister, Robert Kane, said the party’s result was poor. He told the BBC: "
            "‘We have had a bad night. There is no point pretending otherwise.’")
    found = quotes(nlp, text)
    assert [(q.text, q.speaker) for q in found] == [
        ("Tonight the people’s votes have spoken, and we will not let them down. We will start with the "
         "hospitals, because that is where the need is.", "Fiona Hale"),
        ("We have had a bad night. There is no point pretending otherwise.", "Robert Kane"),
    ]
    assert text[found[0].start:found[0].start + 7] == "Tonight"
    assert text[:found[0].end].endswith("where the need is.")


def test_single_quotes_inside_double_quotes_are_part_of_the_quote(nlp):
    text = '"They told us ‘wait and see’ for a year, and we are still waiting," said Ana Cruz.'
    [quote] = quotes(nlp, text)
    assert quote.text == "They told us ‘wait and see’ for a year, and we are still waiting"
    assert quote.speaker == "Ana Cruz"


def test_a_quote_after_an_attributed_one_continues_past_its_attribution(nlp):
    text = ('"Walking is free and almost everyone can do it," said Dr. Amara Osei, the study\'s lead author. '
            '"Our results suggest that even modest activity makes a real difference."')
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Amara Osei", "Amara Osei"]


def test_a_long_apposition_between_quote_and_verb_and_a_spokesperson_for_an_organisation(nlp):
    text = ('"The guidance raise was bigger than we expected," Daniel Ortiz, an analyst at Harbor Point '
            'Capital, told Reuters.\n\nA spokesperson for Greenpeace said in a statement: "This is an '
            'encouraging decision, but it is not enough."')
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Daniel Ortiz", "Greenpeace"]


def test_a_quotation_may_run_over_several_paragraphs_but_a_stray_mark_does_not():
    from generator.annotate.quotes import quoted_parts

    text = "He said: ‘One.\n\n‘Two.\n\n‘Three.’\n\nThe 1990s’ music, ‘she said’ it was the ‘best.\n\nNo."
    parts = [(text[p.start:p.end], p.continued) for p in quoted_parts(text)]
    assert parts == [("One.", False), ("Two.", True), ("Three.", True), ("she said", False)]


# The verbs of saying added in wave 7 (VerbNet 3.3 say-37.7, conjecture-29.5, complain-37.8, and the
# claims module's statement verbs), each closing an invented quotation.
ADDED_SPEECH_VERBS = [
    "blurted", "confessed", "confided", "disclosed", "divulged", "interjected", "proclaimed", "related",
    "repeated", "retorted", "uttered", "voiced", "ventured", "affirmed", "asserted",
    "complained", "contended", "maintained", "confirmed", "alleged", "reiterated",
]


@pytest.mark.parametrize("verb", ADDED_SPEECH_VERBS)
def test_a_quotation_closed_by_a_verb_of_saying_is_its_speakers(nlp, verb: str) -> None:
    text = f'The hearing went on until late. "The contract was never signed," Jane Roe {verb}.'
    assert [(q.text, q.speaker) for q in quotes(nlp, text)] == [("The contract was never signed", "Jane Roe")]


# A document as the speaker is shown as the document, as written, never as a person; also when the
# tagger reads its verb as the last noun of a compound ("policy states") before the colon.
DOCUMENT_LEAD_INS = [
    ('The league\'s policy states: "Players must be tested every month."', "The league's policy"),
    ('The league policy states: "Players must be tested every month."', "The league policy"),
    ('The court filing says: "The lease was never renewed."', "The court filing"),
    ('According to the report, "the bridge was unsafe for years."', "the report"),
]


@pytest.mark.parametrize(("text", "source"), DOCUMENT_LEAD_INS)
def test_a_document_that_states_a_quotation_is_its_source(nlp, text: str, source: str) -> None:
    text = f"Jane Roe spoke to the board on Monday. {text}"
    [quote] = quotes(nlp, text)
    assert quote.speaker == source
    assert text[quote.speaker_start:quote.speaker_end] == source


def test_a_lead_in_with_a_subject_is_not_read_as_a_misread_compound(nlp) -> None:
    [quote] = quotes(nlp, 'The board met on Monday. Its chair, Jane Roe, states: "We will vote in May."')
    assert quote.speaker == "Jane Roe"
