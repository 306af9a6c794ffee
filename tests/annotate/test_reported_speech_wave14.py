"""Speakers named by a description or a pronoun, wave 14 (issue 17): "he" after a described speaker
("a prosecutor told jurors … as he asked"), a description tied to the person the article named in
that role ("the district attorney says"), gender by a given name or a description's noun, a surname
alone as the person named in full; with rows for what each rule leaves alone. Invented sentences only."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.annotate.claim_content import stranded_subject
from generator.annotate.described_people import given_name_gender
from tests.annotate.speech_helpers import tagged_claims, tagged_quotes


def speakers_of(nlp: Language, text: str) -> list[str | None]:
    return [c.by for c in tagged_claims(nlp, text)] + [q.speaker for q in tagged_quotes(nlp, text)]


def test_he_after_a_described_speaker_is_that_speaker(nlp: Language) -> None:
    text = ("Ella Brandt's neighbours planted a tree in the square on Sunday. Our correspondent says the "
            "crowd was small. He says that the mayor left before the speeches.")
    found = tagged_claims(nlp, text)
    last = [c for c in found if c.text.startswith("that the mayor") or c.text.startswith("the mayor")]
    assert [c.by for c in last] == ["Our correspondent"], [(c.by, c.text) for c in found]


def test_a_possessor_is_no_antecedent_a_described_subject_is(nlp: Language) -> None:
    text = ("Mona Kirk's parents \"miss her every day,\" a prosecutor told the court as he asked for "
            "the longest sentence.")
    found = tagged_quotes(nlp, text)
    assert [q.speaker for q in found] == ["a prosecutor"], [(q.speaker, q.text) for q in found]


def test_a_friend_who_took_the_stand_goes_on_as_he(nlp: Language) -> None:
    text = ("Once the hearing resumed, Vance Rudd's oldest friend took the stand. He said the boat was "
            "kept in a shed behind the marina.")
    found = tagged_claims(nlp, text)
    assert [c.by for c in found] == ["Vance Rudd's oldest friend"], [(c.by, c.text) for c in found]


def test_she_is_not_a_man_named_nearer(nlp: Language) -> None:
    text = ("Karen Holt wrote a report on the harbour in 2009. Edward Price, the harbour master, "
            "disputed its figures. \"The costs were far too high,\" she wrote.")
    found = tagged_quotes(nlp, text)
    assert [q.speaker for q in found] == ["Karen Holt"], [(q.speaker, q.text) for q in found]


def test_a_given_name_counts_only_when_one_sex_has_it_far_more_often() -> None:
    assert given_name_gender("Edward") == "male"
    assert given_name_gender("Karen") == "female"
    assert given_name_gender("Jordan") is None  # given to both sexes
    assert given_name_gender("Zebulonia") is None  # not a census name


def test_the_district_attorney_is_the_person_named_in_that_role(nlp: Language) -> None:
    text = ("District Attorney Nora Quist filed the charges on Monday. Two witnesses testified on "
            "Tuesday. The district attorney says the testimony does not hurt the case.")
    found = tagged_claims(nlp, text)
    last = [c for c in found if "testimony" in c.text]
    assert [c.by for c in last] == ["Nora Quist"], [(c.by, c.text) for c in found]


def test_an_official_of_an_agency_is_the_person_holding_its_office(nlp: Language) -> None:
    text = ("Ten people were hurt, according to Paul Marsh, the Relief Agency's director of field work. "
            "The Relief Agency official said the road was closed.")
    found = tagged_claims(nlp, text)
    last = [c for c in found if "road" in c.text]
    assert [c.by for c in last] == ["Paul Marsh"], [(c.by, c.text) for c in found]


def test_a_description_no_role_ties_stays_a_description(nlp: Language) -> None:
    text = ("District Attorney Nora Quist filed the charges on Monday. A neighbour said the house had "
            "been empty for a year.")
    found = tagged_claims(nlp, text)
    last = [c for c in found if "empty" in c.text]
    assert [c.by for c in last] == ["A neighbour"], [(c.by, c.text) for c in found]


def test_two_people_in_the_role_tie_the_description_to_neither(nlp: Language) -> None:
    text = ("Coach Ada Lind and coach Bram Oster met on Friday. The coach said the pitch was too wet.")
    found = tagged_claims(nlp, text)
    last = [c for c in found if "pitch" in c.text]
    assert [c.by for c in last] == ["The coach"], [(c.by, c.text) for c in found]


def test_a_definite_description_no_role_ties_is_passed_over_for_the_name(nlp: Language) -> None:
    text = ("Lena Dorsey, 33, spoke to a magazine in May. Earlier this year, the singer said she had "
            "quit drinking. Asked about the tour, she said she was tired.")
    found = tagged_claims(nlp, text)
    last = [c for c in found if "tired" in c.text]
    assert [c.by for c in last] == ["Lena Dorsey"], [(c.by, c.text) for c in found]


def test_a_person_described_in_a_subordinate_clause_is_background(nlp: Language) -> None:
    text = ("Coach Dale Pruitt was fined on Monday. When a reporter asked about the fine, he said the "
            "league had been fair.")
    found = tagged_claims(nlp, text)
    last = [c for c in found if "league" in c.text]
    assert [c.by for c in last] == ["Dale Pruitt"], [(c.by, c.text) for c in found]


def parsed(nlp: Language, rows: str) -> Doc:
    """A parse given by hand, one "word/coarse tag/fine tag/label/head index" per word: the parser's own
    mistakes do not come back on invented text, so the rule is tested on the shape it meets."""
    fields = [row.rsplit("/", 4) for row in rows.split()]
    return Doc(nlp.vocab, words=[f[0] for f in fields], pos=[f[1] for f in fields],
               tags=[f[2] for f in fields], deps=[f[3] for f in fields], heads=[int(f[4]) for f in fields],
               sent_starts=[True] + [False] * (len(fields) - 1))


def test_a_subject_the_parser_hung_on_the_clause_before_still_speaks(nlp: Language) -> None:
    # "Although the agent would not say why, a source from the band said that it was over ." with the
    # phrase "a source from the band" hung on "why" as an apposition and "said" left without a subject.
    doc = parsed(nlp, "Although/SCONJ/IN/mark/4 the/DET/DT/det/2 agent/NOUN/NN/nsubj/4 would/AUX/MD/aux/4 "
                      "say/VERB/VB/advcl/12 why/SCONJ/WRB/advmod/4 ,/PUNCT/,/punct/5 a/DET/DT/det/8 "
                      "source/NOUN/NN/appos/5 from/ADP/IN/prep/8 the/DET/DT/det/11 band/NOUN/NN/pobj/9 "
                      "said/VERB/VBD/ROOT/12 that/SCONJ/IN/mark/15 it/PRON/PRP/nsubj/15 was/AUX/VBD/ccomp/12 "
                      "over/ADV/RB/advmod/15 ./PUNCT/./punct/12")
    subject = stranded_subject(doc[12])
    assert subject is not None and subject.text == "source"


TITLE_AS_VERB = ("Comets/PROPN/NNPS/nsubj/1 quarterback/VERB/VBP/ROOT/1 Tony/PROPN/NNP/compound/3 "
                 "Romero/PROPN/NNP/dobj/1 said/VERB/VBD/ccomp/1 ")


def test_a_name_after_a_title_read_as_a_verb_still_speaks(nlp: Language) -> None:
    # "Comets quarterback Tony Romero said he was ready ." with "quarterback" read as the main verb.
    doc = parsed(nlp, TITLE_AS_VERB + "he/PRON/PRP/nsubj/6 was/AUX/VBD/ccomp/4 ready/ADJ/JJ/acomp/6 "
                                      "./PUNCT/./punct/1")
    subject = stranded_subject(doc[4])
    assert subject is not None and subject.text == "Romero"


def test_no_stranded_subject_for_a_verb_that_reports_no_clause(nlp: Language) -> None:
    doc = parsed(nlp, TITLE_AS_VERB + "so/ADV/RB/advmod/4 ./PUNCT/./punct/1")
    assert stranded_subject(doc[4]) is None  # "said so" reports no clause


def test_a_verb_with_its_subject_is_left_as_parsed(nlp: Language) -> None:
    text = "The mayor, who spoke after the vote, said the bridge would reopen in May."
    found = tagged_claims(nlp, text)
    assert [c.by for c in found] == ["The mayor"], [(c.by, c.text) for c in found]


def test_a_description_that_names_its_person_in_its_own_phrase(nlp: Language) -> None:
    cases = {
        "Another party figure, a senior spokesman called Omar Haddad, said the talks would go on.":
            "Omar Haddad",
        "The deputy mayor in Lisbon, Maria Lopes, issued a statement, saying that the road would reopen.":
            "Maria Lopes",
    }
    for text, speaker in cases.items():
        found = tagged_claims(nlp, text)
        assert [c.by for c in found][-1:] == [speaker], (text, [(c.by, c.text) for c in found])


def test_a_description_of_someone_elses_person_is_not_that_person(nlp: Language) -> None:
    text = "A spokesman for Maria Lopes said the road would reopen in May."
    found = tagged_claims(nlp, text)
    assert all(c.by != "Maria Lopes" for c in found), [(c.by, c.text) for c in found]
