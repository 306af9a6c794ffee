"""Who said it and how (issue 17): nested speech, unattributed quotes, claim mood and polarity, on
invented sentences."""

from __future__ import annotations

from spacy.language import Language

from generator.models import Claim, Source
from generator.render.views import describe_fact
from tests.annotate.speech_helpers import claims, quotes


def test_nested_speech_goes_to_who_uttered_the_words(nlp: Language) -> None:
    for text in ('Officer Dana Pike said the clerk yelled, "Get down on the floor now!"',
                 '"Get down on the floor now," the clerk yelled, Officer Dana Pike said.'):
        [quote] = quotes(nlp, text)
        assert (quote.speaker, quote.reported_by) == ("the clerk", "Dana Pike"), text


def test_plain_speech_has_no_reporter(nlp: Language) -> None:
    [quote] = quotes(nlp, '"We will rebuild the bridge by spring," Mayor Ana Ruiz said.')
    assert (quote.speaker or "").endswith("Ana Ruiz") and quote.reported_by is None


def test_a_quote_after_a_said_colon_paragraph_is_that_speakers(nlp: Language) -> None:
    text = ("Commissioner Ada Bell spoke at length on Monday. Bell said:\n\n"
            "\"We will not rest until every family is housed and every street is safe again.\"\n")
    [quote] = quotes(nlp, text)
    assert quote.speaker == "Bell"


def test_an_unattributed_quote_stays_unattributed(nlp: Language) -> None:
    text = ("The harbour reopened after the storm.\n\n"
            "\"Nobody expected the water to rise this fast in the old town,\" read a sign on the pier.")
    found = quotes(nlp, text)
    assert all(quote.speaker in {None, "a sign"} for quote in found)


def test_denials_questions_and_did_not_say_are_not_statements(nlp: Language) -> None:
    found = {c.text: (c.by, c.mood, c.polarity) for c in claims(nlp, (
        "The accused denied that she fired at the first officers. "
        "Investigators did not say why the clerk was suspended. "
        "A detective asked her how she felt about the verdict. "
        "The senator questioned whether the levy was legal. "
        "The mayor said the bridge would reopen in May."))}
    assert found["she fired at the first officers"] == ("The accused", "denial", "positive")
    assert found["why the clerk was suspended"] == ("Investigators", "statement", "negative")
    assert found["how she felt about the verdict"] == ("A detective", "question", "positive")
    assert found["whether the levy was legal"] == ("The senator", "question", "positive")
    assert found["the bridge would reopen in May"] == ("The mayor", "statement", "positive")


def test_a_question_is_not_a_demand_but_asking_someone_to_act_is(nlp: Language) -> None:
    found = claims(nlp, "A detective asked her how she felt. The union asked the board to raise wages.")
    assert [(c.kind, c.mood) for c in found] == [("statement", "question"), ("demand", "demand")]


def test_the_site_words_a_claim_by_its_mood() -> None:
    def headline(mood: str, polarity: str = "positive") -> str:
        claim = Claim(id="c-1", by="Investigators", text="why the clerk was suspended", kind="statement",
                      mood=mood, polarity=polarity,
                      sources=[Source(article="a", start=0, end=1, sentence="s")])
        return describe_fact(claim)[1]

    assert headline("denial").startswith("Investigators denied:")
    assert headline("question").startswith("Investigators asked:")
    assert headline("statement", "negative").startswith("Investigators did not say:")
    assert headline("statement").startswith("Investigators said:")
