"""Quote marks, quotations over paragraphs and speakers: one test per rule, invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from generator.annotate.quote_marks import quoted_parts
from generator.annotate.quotes import find_quotes, reporter_of
from generator.annotate.speech_subjects import preposed_subject, subject_of
from tests.annotate.speech_helpers import claims, quotes
from tests.fixtures.facts.demo import parse


def inner_texts(text: str) -> list[str]:
    return [text[p.start:p.end] for p in quoted_parts(text)]


def test_double_marks_of_any_shape_pair_in_order():
    text = '"The ferry will run again in May, “the harbour master said. “We have the parts now, "he added.'
    assert inner_texts(text) == ["The ferry will run again in May, ", "We have the parts now, "]


def test_a_stray_closing_mark_quotes_nothing():
    text = "The pier reopened on Monday.” Crowds came back."
    assert inner_texts(text) == []


def test_open_quotation_runs_to_its_closing_mark_over_paragraphs(nlp):
    text = ("“The bridge is safe.\n\nWe checked every cable twice.\n\nIt opens on Friday,” said Ines Varga, "
            "the city engineer.")
    [quote] = quotes(nlp, text)
    assert quote.text == "The bridge is safe. We checked every cable twice. It opens on Friday"
    assert quote.speaker == "Ines Varga"


def test_typographic_convention_reopens_each_paragraph():
    text = "“The bridge is safe.\n\n“It opens on Friday.”"
    parts = quoted_parts(text)
    assert [text[p.start:p.end] for p in parts] == ["The bridge is safe.", "It opens on Friday."]
    assert parts[1].continued


def test_straight_single_marks_quote_when_shaped_as_quotes():
    text = ("'We rebuilt it.\n\nI'm proud of the crew's work, ' she told the paper.\n\n"
            "The players' union called it a 'fine effort' on Tuesday.")
    assert inner_texts(text) == ["We rebuilt it.", "I'm proud of the crew's work, ", "fine effort"]


def test_single_quote_inside_a_double_one_belongs_to_it():
    text = "“They asked, ‘Why now?’” the mayor said."
    assert inner_texts(text) == ["They asked, ‘Why now?’"]


# One quotation, its speaker: (rule, text, speaker).
ONE_QUOTE_SPEAKERS = [
    ("the speaker after the verb is found when the parse misplaces it",
     "“I never doubted the verdict,” said Oskar Lind, brother of the clerk the gunman shot.", "Oskar Lind"),
    ("a description identified as a name speaks as that name",
     "“We did all we could,” said the older man, who was identified as Ruben Castillo.", "Ruben Castillo"),
    ("a pronoun skips names inside quotes",
     "The news surprised producer David Morgan, who hired her.\n\n"
     "“Clara Moss was a professional,” he told the paper.", "David Morgan"),
    ("“they” without a group that spoke names no speaker",
     "The beams cracked in May.\n\n“We are fixing them now,” they said.", None),
]


@pytest.mark.parametrize(("rule", "text", "speaker"), ONE_QUOTE_SPEAKERS,
                         ids=[row[0] for row in ONE_QUOTE_SPEAKERS])
def test_one_quotation_has_its_speaker(nlp, rule: str, text: str, speaker: str | None):
    [quote] = quotes(nlp, text)
    assert quote.speaker == speaker, rule


def test_pronoun_prefers_a_main_clause_subject(nlp):
    text = ("Prosecutor Helen Brandt spoke after Victor Hale was sentenced.\n\n"
            "The weary prosecutor had refused a Hale offer.\n\n"
            "She said she would ask lawmakers to change the law.")
    [claim] = [c for c in claims(nlp, text) if c.kind == "statement"]
    assert claim.by == "Helen Brandt"


def test_a_refusal_is_not_a_denial(nlp):
    text = "The board denied a takeover offer from Northwind Ltd last year."
    assert claims(nlp, text) == []
    [denial] = claims(nlp, "Rita Okafor denied that the fund had lost money.")
    assert denial.mood == "denial"


def test_told_someone_that_gives_the_claim(nlp):
    [claim] = claims(nlp, "Attorney Nadia Frost told a judge that her client was settling in at the clinic.")
    assert claim.by == "Nadia Frost"
    assert claim.text.startswith("her client was settling in")


def test_claim_stops_before_a_quotation_that_ends_it(nlp):
    text = ('Ravi Patel said that the inmate used a crutch in jail – he "insisted it was needed for his '
            'knee" – and added, "He ran, so that is obviously in question."')
    said = [c for c in claims(nlp, text) if c.by == "Ravi Patel"]
    assert [c.text for c in said] == ["the inmate used a crutch in jail"]
    last = quotes(nlp, text)[-1]
    assert last.text.startswith("He ran") and last.speaker == "Ravi Patel"


def test_parenthetical_speech_verb_reports_the_clause_around_it(nlp):
    text = "In fact, Lena Ortiz said, the two inspectors asked the builders why the beams were cracked."
    found = {c.by: c for c in claims(nlp, text)}
    assert found["Lena Ortiz"].text.startswith("the two inspectors asked the builders why")
    assert found["the two inspectors"].mood == "question"
    [claim] = claims(nlp, "The new bridge, the mayor said, would cost $5 million.")
    assert (claim.by, claim.text) == ("the mayor", "The new bridge would cost $5 million")


def test_quote_inside_a_quote_is_its_speakers_reported_by_the_outer_speaker(nlp):
    text = ("The four inspectors asked the builders about the beams.\n\n"
            "“They asked, 'How long have the beams been cracked?'” said Mara Quinn, the site manager.")
    found = {q.text: q for q in quotes(nlp, text)}
    inner = found["How long have the beams been cracked?"]
    assert (inner.speaker, inner.reported_by, inner.mood) == ("The four inspectors", "Mara Quinn", "question")
    outer = next(q for q in found.values() if q.text.startswith("They asked"))
    assert (outer.speaker, outer.mood) == ("Mara Quinn", "statement")


def test_a_quoted_question_has_the_question_mood(nlp):
    text = "“Who will pay for the repairs?” asked Omar Said, a council member."
    [quote] = quotes(nlp, text)
    assert (quote.speaker, quote.mood) == ("Omar Said", "question")
    [statement] = quotes(nlp, "“We will pay. Why not?” said Omar Said, a council member.")
    assert statement.mood == "statement"


def parsed(nlp, rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A hand-parsed sentence (word, head, dependency, tag, part of speech, lemma): the rule under test
    is about a parse the small model gives only in some contexts."""
    words, heads, deps, tags, pos, lemmas = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_a_where_clause_is_no_reported_speech(nlp):
    where = parsed(nlp, [
        ("Ford", 1, "nsubj", "NNP", "PROPN", "Ford"), ("told", 1, "ROOT", "VBD", "VERB", "tell"),
        ("reporters", 1, "dobj", "NNS", "NOUN", "reporter"), ("where", 5, "advmod", "WRB", "SCONJ", "where"),
        ("Cole", 5, "nsubj", "NNP", "PROPN", "Cole"), ("said", 1, "ccomp", "VBD", "VERB", "say"),
        ("it", 7, "nsubj", "PRP", "PRON", "it"), ("was", 5, "ccomp", "VBD", "AUX", "be"),
        ("fine", 7, "acomp", "JJ", "ADJ", "fine"),
    ])
    assert reporter_of(where[5], set()) is None
    that = parsed(nlp, [
        ("Ford", 1, "nsubj", "NNP", "PROPN", "Ford"), ("told", 1, "ROOT", "VBD", "VERB", "tell"),
        ("reporters", 1, "dobj", "NNS", "NOUN", "reporter"), ("that", 5, "mark", "IN", "SCONJ", "that"),
        ("Cole", 5, "nsubj", "NNP", "PROPN", "Cole"), ("said", 1, "ccomp", "VBD", "VERB", "say"),
        ("it", 7, "nsubj", "PRP", "PRON", "it"), ("was", 5, "ccomp", "VBD", "AUX", "be"),
        ("fine", 7, "acomp", "JJ", "ADJ", "fine"),
    ])
    reporter = reporter_of(that[5], set())
    assert reporter is not None and reporter.text == "Ford"


def test_a_mark_right_before_a_speech_verb_closes_the_quotation(nlp):
    text = ("“I believe in this crew.\n\nWe are better than this, “said Mo Brandt.\n\n"
            "Brandt said, “we will win.”")
    found = quotes(nlp, text)
    assert found[0].text == "I believe in this crew. We are better than this"
    assert found[0].speaker == "Mo Brandt"
    assert found[1].text == "we will win."


def test_speaker_between_quotation_and_verb_when_the_parse_puts_it_inside(nlp):
    verb_after = parsed(nlp, [
        ("“", 2, "punct", "``", "PUNCT", "“"), ("It", 2, "nsubj", "PRP", "PRON", "it"),
        ("is", 11, "ccomp", "VBZ", "AUX", "be"), ("over", 2, "advmod", "RB", "ADV", "over"),
        (",", 2, "punct", ",", "PUNCT", ","), ("”", 2, "punct", "''", "PUNCT", "”"),
        ("a", 7, "det", "DT", "DET", "a"), ("source", 2, "attr", "NN", "NOUN", "source"),
        ("close", 7, "amod", "JJ", "ADJ", "close"), ("to", 8, "prep", "IN", "ADP", "to"),
        ("him", 9, "pobj", "PRP", "PRON", "he"), ("said", 11, "ROOT", "VBD", "VERB", "say"),
    ])
    head = preposed_subject(verb_after[11], set(range(0, 6)))
    assert head is not None and head.text == "source"
    assert preposed_subject(verb_after[11], set()) is None  # no quotation before it


def test_quotation_deep_in_a_reported_clause_belongs_to_its_speech_verb(nlp):
    text = ("Minister Dirk Halvorsen said that even though the storm is the cause the pier is on the "
            "register at the very start, that register is “not the tool, nor the path, nor the money to "
            "mend it.”")
    [quote] = quotes(nlp, text)
    assert quote.speaker == "Dirk Halvorsen"
    assert not [c for c in claims(nlp, text) if c.text.endswith("register is")]  # no claim cut mid-clause


def test_participle_speech_verbs_take_the_subject_of_what_they_hang_on(nlp):
    text = ("On March 3, Governor Ann Obel told the departments to study it, stating that “we ought to be "
            "seeking ways to tighten the law, not loosen it.”\n\nObel opposed the rule, with a "
            "spokesman stating: “As governor, Obel will fight to keep the strong protections.”")
    assert [q.speaker for q in quotes(nlp, text)] == ["Ann Obel", "a spokesman"]


def test_a_quoted_word_inside_the_attribution_does_not_end_the_speech(nlp):
    text = ("“The board still carries the whole duty to justify that ruling,” Lars Hale said, noting "
            "that the harm done to a nesting bird, known as “take,” brings heavy fines.\n\n"
            "“They still answer for take, if take happens.”\n\nThe rule appears on Friday.\n\n"
            "“What we are doing is setting out the limit for review.”")
    speakers = {q.text: q.speaker for q in quotes(nlp, text)}
    assert speakers["They still answer for take, if take happens."] == "Lars Hale"
    # after a sentence of narration the speaker is not guessed
    assert speakers["What we are doing is setting out the limit for review."] is None


def test_a_short_quote_with_its_own_attribution_is_continued(nlp):
    text = "“Everyone was kind,” said Rosa Lind, one of the panel.\n\n“We were able to state our views.”"
    assert [q.speaker for q in quotes(nlp, text)] == ["Rosa Lind", "Rosa Lind"]


# --------------------------------------------------------------------------- wave 4 (tune topic 5)


def test_a_title_the_parse_coordinates_with_the_name_is_that_person(nlp):
    text = ("Harbour Board President and General Manager Jane Okoro announced today that the ferry "
            "service would resume in May.")
    [claim] = claims(nlp, text)
    assert claim.by == "Jane Okoro"


def test_a_that_clause_after_an_adverbial_is_what_was_said(nlp):
    text = "Ortiz said after the club was knocked out of the cup by Leeds that he planned to keep the coach."
    [claim] = claims(nlp, text)
    assert claim.text.startswith("he planned to keep the coach")
    [purpose] = claims(nlp, "Ortiz said the pier would close early so that the crews could work.")
    assert purpose.text.startswith("the pier would close early")


def test_a_misplaced_mark_before_a_trailing_attribution_closes_an_open_quotation(nlp):
    text = ("“The pier is safe.\n\nWe checked every cable. It opens Friday, “Ines Varga, the harbour master, "
            "said.")
    [quote] = quotes(nlp, text)
    assert quote.text == "The pier is safe. We checked every cable. It opens Friday"
    assert quote.speaker == "Ines Varga"


def test_a_mark_after_a_speech_verb_still_opens_in_a_continued_quotation():
    text = "“The pier is safe.\n\nShe said, “we said no to the delay.”"
    assert inner_texts(text)[-1] == "we said no to the delay."


def test_a_pronoun_inside_a_quotation_is_not_its_speaker(nlp):
    text = ("Mayor Tom Vale said that when he told the builder Rita Moss, “She asked why, and I told her we "
            "would wait for the steel.\n\nShe said, 'Thank you.'”")
    found = {q.text: q for q in quotes(nlp, text)}
    inner = found["Thank you."]
    assert (inner.speaker, inner.reported_by) == ("Rita Moss", "Tom Vale")


def test_words_someone_is_said_to_call_a_thing_are_their_quote(nlp):
    text = "The club paid $80 million for the “Harbour Max,” as Tom Vale later called it."
    [quote] = quotes(nlp, text)
    assert (quote.text, quote.speaker) == ("Harbour Max", "Tom Vale")


def test_a_pronoun_after_a_subordinate_clause_takes_its_subject(nlp):
    text = ("Rita Moss spoke first.\n\nWhen Maria Lopez hired John Carter, she said the pier would open in "
            "May.")
    [claim] = [c for c in claims(nlp, text) if c.text.startswith("the pier")]
    assert claim.by == "Maria Lopez"


# --------------------------------------------------------------------------- wave 4 (tune topic 9)


def test_a_letter_urging_speaks_for_whoever_sent_it(nlp):
    text = "The Harbour Pilots Guild also sent a letter today asking the mayor to rescind the fee."
    [claim] = claims(nlp, text)
    assert (claim.by, claim.kind, claim.text) == ("The Harbour Pilots Guild", "demand", "rescind the fee")


def test_said_before_a_clause_the_parse_hangs_on_its_subject(nlp):
    [claim] = claims(nlp, "Lopez said the old rule excluded from the process the experts who knew the river.")
    assert claim.by == "Lopez" and claim.text.startswith("the old rule excluded")
    assert claims(nlp, "The bishop said a prayer for the crew.") == []


def test_a_long_quotation_completing_a_naming_verb_is_the_namers(nlp):
    text = "Council leader Maria Lopez called the vote “one more sign that the board has lost its way.”"
    [quote] = quotes(nlp, text)
    assert quote.speaker == "Maria Lopez"


def test_a_trailing_attribution_may_go_on_after_its_verb(nlp):
    text = ("“I think the board will listen.\n\nIt has to, “Lopez said, adding that her group would keep "
            "its lawsuit until the board voted.")
    [quote] = quotes(nlp, text)
    assert quote.text == "I think the board will listen. It has to"


def test_a_name_the_tagger_left_untyped_is_a_person_once_it_speaks(nlp):
    text = ("Maria Lopez opened the meeting.\n\n“We will rebuild,” John Carter said.\n\n"
            "“The docks come first,” he said.")
    parsed = parse(nlp, text)
    untyped = [e.model_copy(update={"type": "other"}) if e.text == "John Carter" else e
               for e in parsed.entities]
    assert any(e.type == "other" for e in untyped)
    found = find_quotes(parsed.doc, untyped, parsed.timexes)
    assert [q.speaker for q in found] == ["John Carter", "John Carter"]


# --------------------------------------------------------------------------- wave 4 (tune topic 39)


def test_of_two_subjects_the_one_next_to_the_speech_verb_speaks(nlp):
    two = parsed(nlp, [
        ("The", 1, "det", "DT", "DET", "the"), ("Ledger", 5, "nsubj", "NNP", "PROPN", "Ledger"),
        ("columnist", 1, "appos", "NN", "NOUN", "columnist"), ("Jane", 4, "compound", "NNP", "PROPN", "Jane"),
        ("Okoro", 5, "nsubj", "NNP", "PROPN", "Okoro"), ("tweeted", 5, "ROOT", "VBD", "VERB", "tweet"),
    ])
    subject = subject_of(two[5], set())
    assert subject is not None and subject.text == "Okoro"


def test_a_mark_after_a_colon_opens_even_with_a_space_after_it():
    text = "He added:” [The plan] came later.\n\n“It works,” he said."
    assert [part.strip() for part in inner_texts(text)] == ["[The plan] came later.", "It works,"]


def test_a_complement_clauses_subject_is_no_antecedent_for_the_next_pronoun(nlp):
    text = ("Producer Tom Vale is sure that fans will agree that John Carter is the right choice.\n\n"
            "“You just knew it,” he said.")
    [quote] = quotes(nlp, text)
    assert quote.speaker == "Tom Vale"


def test_a_quotation_after_a_sentence_of_reported_speech_goes_on_with_its_speaker(nlp):
    text = ("Tom Vale said the pier had been rebuilt after a secret survey.\n\n"
            "“We made a film of the survey and showed it around the town hall.”\n\n"
            "The pier opens in May.\n\n“Nobody expected the crowds that came.”")
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Tom Vale", None]  # after narration: explicitly unattributed
