"""A quotation after an aside set off by dashes (issue 17, wave 15, a new user's view): "X told the
paper after a hearing — where Y said she was “safe” — “I hear she left.”" The quotation after the
aside is X's; Y's speech verb belongs to the aside. Invented sentences only."""

from __future__ import annotations

from spacy.language import Language

from tests.annotate.speech_helpers import quotes_by_text

ASIDE = ("Prosecutor Di Marsh told The Ledger an hour after a hearing — where the man’s lawyer Bo Rand "
         "said he was “safe in the arms” of the clinic — “I hear he’s on his way to the airport and "
         "flying home.”")


def test_the_quotation_after_the_aside_is_the_main_speakers(nlp: Language) -> None:
    quote = quotes_by_text(nlp, ASIDE)["I hear he’s on his way to the airport and flying home."]
    assert "Di Marsh" in (quote.speaker or "")
    assert "Bo Rand" not in (quote.reported_by or "")  # the aside's speaker does not report it either


def test_the_quotation_inside_the_aside_is_the_asides_speakers(nlp: Language) -> None:
    found = quotes_by_text(nlp, ASIDE)
    assert "Bo Rand" in (found["safe in the arms"].speaker or "")


def test_a_speech_verb_before_a_dash_aside_keeps_its_quotation(nlp: Language) -> None:
    text = "Mayor Lu Testo said — after a long pause — “We will rebuild the pier by the summer.”"
    found = quotes_by_text(nlp, text)
    assert "Lu Testo" in (found["We will rebuild the pier by the summer."].speaker or "")
