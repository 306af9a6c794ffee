"""Reported speech, wave 13 (issue 17): an instruction ("told the driver to stop") is a demand, a
claim "prosecutors charge", a quotation inside the clause a verb of reporting reports ("reported that
“…”"), a verb of saying the parser read as a noun (", KTMB reports,"), and "the team" as the
organisation just named; with rows for what each rule leaves alone. Invented sentences only."""

from __future__ import annotations

from spacy.language import Language

from tests.annotate.speech_helpers import tagged_claims, tagged_quotes


def test_a_person_told_to_act_is_a_demand(nlp: Language) -> None:
    text = "Police say a woman outside the bakery told the cyclist to stop, but he rode on."
    demands = [c for c in tagged_claims(nlp, text) if c.kind == "demand"]
    assert [c.text for c in demands] == ["stop"], [(c.kind, c.text) for c in tagged_claims(nlp, text)]
    assert demands[0].by.endswith("woman")


def test_telling_someone_a_fact_stays_a_statement(nlp: Language) -> None:
    text = "The mayor told reporters that the bridge would reopen in May."
    found = tagged_claims(nlp, text)
    assert [(c.kind, c.mood) for c in found] == [("statement", "statement")], found


def test_a_claim_that_prosecutors_charge(nlp: Language) -> None:
    text = "Ann Vale, 41, was crossing the road when the van struck her, prosecutors charge."
    found = tagged_claims(nlp, text)
    assert any(c.by == "prosecutors" and c.text.startswith("Ann Vale") for c in found), found


def test_a_person_charged_with_a_crime_tells_nothing(nlp: Language) -> None:
    for text in ("Police charged Tom Reed with arson on Monday after the fire at the mill.",
                 "Tom Reed was charged with arson on Monday after the fire at the mill."):
        assert tagged_claims(nlp, text) == [], text


def test_a_quotation_in_the_clause_a_verb_of_reporting_reports(nlp: Language) -> None:
    text = ('Dana Mott, the camp\'s team leader, reported that "families were frightened; they were '
            'running in every direction".')
    found = tagged_quotes(nlp, text)
    assert [q.speaker for q in found] == ["Dana Mott"], [(q.speaker, q.text) for q in found]


def test_a_quotation_reported_stolen_has_no_teller(nlp: Language) -> None:
    text = 'The painting, known to staff as "the blue lady of the hill", was reported stolen on Monday.'
    assert all(q.speaker is None for q in tagged_quotes(nlp, text))


def test_a_verb_of_saying_read_as_a_noun_after_a_name(nlp: Language) -> None:
    text = ("The singer, 30, checked in late on Friday night, KTMB reports, barely beating the deadline "
            "and avoiding a fine.")
    found = tagged_claims(nlp, text)
    assert any(c.by == "KTMB" and c.text.startswith("The singer") for c in found), found


def test_reports_in_a_list_are_reports(nlp: Language) -> None:
    text = "The figures came from hospital records, police reports, and witness statements."
    assert tagged_claims(nlp, text) == []


def test_the_team_is_the_team_just_named(nlp: Language) -> None:
    text = ("Springfield Rangers running back Joe Bell was moved to the injured list and will sit out "
            "the last two games, the team said Wednesday.")
    found = tagged_claims(nlp, text)
    assert [c.by for c in found] == ["Springfield Rangers"], found


def test_a_team_with_its_own_modifier_is_kept_as_written(nlp: Language) -> None:
    text = ("Springfield Rangers fans waited outside the stadium all night, the rescue team said on "
            "Thursday morning.")
    found = tagged_claims(nlp, text)
    assert [c.by for c in found] == ["the rescue team"], found


def test_she_is_the_speaker_the_tagger_typed_as_an_organisation(nlp: Language) -> None:
    text = ('Tom Pike, a state official, said the farm scheme had failed. Darcy Hollis, a student at the '
            'state university, wrote a thesis on farm spending. "That is open to argument," she wrote, "and '
            'the money may have gone to waste."')
    found = tagged_quotes(nlp, text)
    assert [q.speaker for q in found] == ["Darcy Hollis"], [(q.speaker, q.text) for q in found]


def test_a_company_named_like_a_person_is_no_antecedent_of_she(nlp: Language) -> None:
    text = ('Ann Pike chairs the bank. Morgan Stanley said its profit fell. "We expect more," she said.')
    found = tagged_quotes(nlp, text)
    assert [q.speaker for q in found] == ["Ann Pike"], [(q.speaker, q.text) for q in found]
