"""Entity rules of issue 16 (wave 3) on invented sentences: names the small model misses, teams named
by their city, two people joined by "and", a nationality before a name. The rules are given the
model's spans as candidates, so that each test checks the rule whatever the small model tags."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.annotate.entities import find_entities
from generator.annotate.entity_candidates import Candidate
from generator.annotate.entity_corrections import _retyped, _split_coordinated_people, _without_nationality
from generator.annotate.entity_proper_runs import _people_with_their_last_names, _proper_noun_runs
from generator.annotate.entity_teams import _plays_a_game, _teams_named_by_place


def typed(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.label) for m in find_entities(nlp(text))}


def candidate(doc: Doc, text: str, entity_type: str, label: str = "GPE") -> Candidate:
    words = text.split()
    for start in range(len(doc)):
        if [t.text for t in doc[start:start + len(words)]] == words:
            return Candidate(start, start + len(words), label, entity_type)  # type: ignore[arg-type]
    raise AssertionError(f"{text!r} is not in the text")


def test_proper_nouns_the_model_misses_are_mentions(nlp: Language) -> None:
    found = typed(nlp, "Zentrova released a patch for Quarrel Navigator that fixes the flaw.")
    assert found.get("Quarrel Navigator", ("", ""))[0] == "other"


def test_a_capitalised_word_opening_a_sentence_is_no_name(nlp: Language) -> None:
    found = typed(nlp, "Investigators said the bridge was closed. Officials agreed.")
    assert "Investigators" not in found and "Officials" not in found


def test_a_city_with_a_score_or_record_is_its_team(nlp: Language) -> None:
    doc = nlp("Hollis scored 20 points to help Marbury (10-0) stay unbeaten with an 88-70 win over the "
              "visiting Pellston. Two days later the mayor flew to Pellston for talks.")
    first, last = candidate(doc, "Marbury", "place"), candidate(doc, "Pellston", "place")
    assert _plays_a_game(doc, first) and _plays_a_game(doc, last)
    second_pellston = Candidate(doc[-4].i, doc[-4].i + 1, "GPE", "place")
    assert doc[second_pellston.start].text == "Pellston" and not _plays_a_game(doc, second_pellston)
    retyped = _teams_named_by_place(doc, [first, second_pellston])
    assert [(c.type, c.label) for c in retyped] == [("organization", "RULE"), ("place", "GPE")]


def test_games_against_a_city_name_its_team(nlp: Language) -> None:
    doc = nlp("She will sit out the last three games against Marbury.")
    assert _plays_a_game(doc, candidate(doc, "Marbury", "place"))


def test_a_boxer_with_a_record_stays_a_person(nlp: Language) -> None:
    doc = nlp("Dorian Vasko (52-3, 46 KOs) stopped Lem Parr in the sixth round.")
    boxer = candidate(doc, "Dorian Vasko", "person", "PERSON")
    assert _teams_named_by_place(doc, [boxer]) == [boxer]
    as_company = candidate(doc, "Dorian Vasko", "organization", "ORG")  # two words: no city's team
    assert _teams_named_by_place(doc, [as_company]) == [as_company]


def test_two_people_joined_by_and_are_two_mentions(nlp: Language) -> None:
    doc = nlp("Witnesses said Andrew Pallisco and Jonathan Verrault fired. Police said Pallisco and "
              "Verrault were targeting rivals.")
    people = [candidate(doc, "Andrew Pallisco", "person", "PERSON"),
              candidate(doc, "Jonathan Verrault", "person", "PERSON")]
    joined = Candidate(doc[-7].i, doc[-4].i, "ORG", "organization")
    assert doc[joined.start:joined.end].text == "Pallisco and Verrault"
    split = _split_coordinated_people(doc, [*people, joined])
    assert [(doc[c.start:c.end].text, c.type) for c in split[2:]] == [("Pallisco", "person"),
                                                                      ("Verrault", "person")]


def test_a_company_named_with_and_stays_whole(nlp: Language) -> None:
    doc = nlp("Shares of Pollard and Brisk rose on Monday, said Jane Tamsin.")
    company = candidate(doc, "Pollard and Brisk", "organization", "ORG")
    person = candidate(doc, "Jane Tamsin", "person", "PERSON")
    assert _split_coordinated_people(doc, [company, person]) == [company, person]


def test_a_nationality_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    doc = nlp("Dorian Vasko beat Canadian Hollis Marrow on Saturday. The British Broadcasting Corporation "
              "showed it.")
    boxer = _without_nationality(doc, candidate(doc, "Canadian Hollis Marrow", "organization", "ORG"))
    assert (doc[boxer.start:boxer.end].text, boxer.type) == ("Hollis Marrow", "person")
    broadcaster = candidate(doc, "British Broadcasting Corporation", "organization", "ORG")
    assert _without_nationality(doc, broadcaster) == broadcaster


def test_a_place_joined_by_and_to_a_team_is_a_team(nlp: Language) -> None:
    doc = nlp("She will sit out the last three games against Marbury and Pellston.")
    places = [candidate(doc, "Marbury", "place"), candidate(doc, "Pellston", "place")]
    assert [c.type for c in _teams_named_by_place(doc, places)] == ["organization", "organization"]


def test_a_missed_name_ending_in_an_organisation_word_is_an_organisation(nlp: Language) -> None:
    doc = nlp("He told Pellworth Rescue Service about the flaw in Quarrel Navigator.")
    doc.ents = []  # as if the model had tagged nothing: the rule reads the tagger's proper nouns
    found = {doc[c.start:c.end].text: c.type for c in _proper_noun_runs(doc, [])}
    assert found == {"Pellworth Rescue Service": "organization", "Quarrel Navigator": "other"}


def test_common_acronyms_are_no_organisations(nlp: Language) -> None:
    found = typed(nlp, "The company said its CPU design and IP were stolen, according to the CTO of "
                       "Zentrova. The IT department agreed.")
    assert not {"CPU", "IP", "CTO", "IT"} & set(found)


def test_a_person_cut_short_gets_the_rest_of_a_double_surname(nlp: Language) -> None:
    doc = nlp("Harbour Minister Velia Orrantes Quimbaya opened the new pier on Tuesday.")
    cut_short = candidate(doc, "Velia Orrantes", "person", "PERSON")
    (person,) = _people_with_their_last_names(doc, [cut_short])
    assert doc[person.start:person.end].text == "Velia Orrantes Quimbaya"


def test_the_next_mention_is_not_taken_into_a_persons_name(nlp: Language) -> None:
    doc = nlp("Velia Orrantes Quimbaya Holdings said on Tuesday it would sell the pier.")
    person = candidate(doc, "Velia Orrantes", "person", "PERSON")
    company = candidate(doc, "Quimbaya Holdings", "organization", "ORG")
    extended = _people_with_their_last_names(doc, [person, company])
    assert [doc[c.start:c.end].text for c in extended] == ["Velia Orrantes", "Quimbaya Holdings"]


def test_a_name_a_title_introduces_or_names_is_a_person_whatever_the_label(nlp: Language) -> None:
    titled = nlp("Harbour Minister Velia Orrantes said the pier would open in May.")
    assert _retyped(titled, candidate(titled, "Velia Orrantes", "organization", "ORG")).type == "person"
    named = nlp("The dock workers' leader, Tomasa Quillén Arroba, said the strike would go on.")
    leader = candidate(named, "Tomasa Quillén Arroba", "organization", "ORG")
    assert named[leader.end - 1].dep_ == "appos"  # the parse the rule reads
    assert _retyped(named, leader).type == "person"
