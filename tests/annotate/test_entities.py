"""Entity, role and alias extraction on texts written for these tests (no demo story involved)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.annotate.entities import find_aliases, find_entities, find_roles
from generator.annotate.entity_aliases import is_abbreviation_of
from generator.evaluate import entities as entity_evaluation
from generator.evaluate.meantime import DEFAULT_CORPUS
from generator.models import Article, ArticleAnnotations, Entity, EntityMention
from generator.story.resolve import _join_short_names, resolve_entities
from generator.story.union_find import UnionFind
from tests.conftest import FIXTURES
from tests.entity_layers import entity_annotations

SHAPES = FIXTURES / "entities"


def resolved(nlp: Language, name: str) -> dict[str, Entity]:
    article, annotations = entity_annotations(nlp, name, (SHAPES / f"{name}.txt").read_text(encoding="utf-8"))
    entities, _ = resolve_entities([article], [annotations])
    return {entity.name: entity for entity in entities}


def typed(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_entities(nlp(text))}


# --------------------------------------------------------------------------- whole articles


def test_sports_result(nlp: Language) -> None:
    entities = resolved(nlp, "sports_result")
    assert entities["Northfield United"].type == "organization"  # a club, not a place
    assert entities["Tomás Ferreira"].role_names == ["Captain"]
    assert len(entities["Tomás Ferreira"].mentions) == 2  # "Ferreira has now scored" is him too
    assert entities["Helen Okafor"].role_names == ["Riverside Manager"]
    assert entities["Mark Ellis"].role_names == ["Rovers Defender"]
    assert entities["Sky Sports"].type == "organization"
    assert "Ferreira" not in entities


def test_earnings_report(nlp: Language) -> None:
    entities = resolved(nlp, "earnings_report")
    company = entities["Granite Peak Software Inc."]
    assert company.type == "organization"
    assert company.aliases == ["GPS"]  # declared in parentheses, used alone later
    assert {m.text for m in company.mentions} == {"Granite Peak Software Inc.", "Granite Peak", "GPS"}
    assert entities["Priya Raman"].role_names == ["Chief Executive of Granite Peak"]
    assert len(entities["Priya Raman"].mentions) == 2
    assert entities["David Lindqvist"].role_names == ["Chief Financial Officer"]
    assert entities["Financial Times"].type == "organization"
    assert {entities[p].type for p in ("Germany", "Japan", "India")} == {"place"}


def test_court_ruling(nlp: Language) -> None:
    entities = resolved(nlp, "court_ruling")
    assert entities["Margaret Ellison"].role_names == ["Chief Justice"]
    assert len(entities["Margaret Ellison"].mentions) == 2
    assert entities["Samuel Ortiz"].role_names == ["Justice"]
    for law in ("Clean Water Act", "Endangered Species Act", "Section 404"):
        assert entities[law].type == "law", law
    assert entities["Environmental Protection Agency"].aliases == ["EPA"]
    assert entities["Washington Post"].type == "organization"
    assert entities["Supreme Court"].type == "organization"


# --------------------------------------------------------------------------- single rules


def test_spans_lose_the_article_and_the_possessive(nlp: Language) -> None:
    found = typed(nlp, "The Federal Reserve's decision surprised the European Commission.")
    assert "Federal Reserve" in found
    assert "European Commission" in found


def test_publisher_is_an_organisation(nlp: Language) -> None:
    found = typed(nlp, "The talks will resume next week, Bloomberg reported on Monday.")
    assert found.get("Bloomberg") == "organization"
    found = typed(nlp, "According to a report by Politico, the vote was delayed.")
    assert found.get("Politico") == "organization"


def test_outlet_names_are_organisations(nlp: Language) -> None:
    found = typed(nlp, "The figures were first published by the Kyiv Independent Times on Tuesday.")
    assert "person" not in found.values()
    assert any(t == "organization" for text, t in found.items() if text.endswith("Times"))


def test_portfolio_inside_a_title_is_not_an_organisation(nlp: Language) -> None:
    found = typed(nlp, "Energy Secretary Maria Lopez met Secretary of Defense Tom Hale in Oslo.")
    assert found.get("Maria Lopez") == "person"
    assert "Energy" not in found and "Defense" not in found


def test_photo_credit_time_zone_and_currency_are_no_entities(nlp: Language) -> None:
    found = typed(nlp, "Photo: John Carter\nThe launch, at 0800 UTC, cost US$ 40 million.")
    assert "John Carter" not in found
    assert "UTC" not in found
    assert "US" not in found


def test_nationalities_are_groups_and_laws_are_laws(nlp: Language) -> None:
    found = typed(nlp, "French officials said Title 9 and the Clean Air Act still apply.")
    assert found.get("French") == "group"
    assert found.get("Title 9") == "law"
    assert found.get("Clean Air Act") == "law"


def test_abbreviation_stays_one_place(nlp: Language) -> None:
    found = find_entities(nlp("Exports to the U.S. fell, while the US. market grew."))
    assert [(m.text, m.type) for m in found] == [("U.S.", "place"), ("US", "place")]


def test_surname_and_untagged_repeats_follow_the_full_name(nlp: Language) -> None:
    text = "Ingrid Solberg won the race. Solberg said the course was hard, and Solberg later rested."
    found = find_entities(nlp(text))
    assert [m.text for m in found if m.type == "person"] == ["Ingrid Solberg", "Solberg", "Solberg"]


def test_declared_alias_becomes_a_mention(nlp: Language) -> None:
    doc = nlp("Rafael Ortega Vidal, commonly known as RAVI, addressed the crowd. Later RAVI left.")
    entities = find_entities(doc)
    aliases = find_aliases(doc, entities)
    declared = [(a.alias, doc.text[a.entity_start:a.entity_end]) for a in aliases]
    assert declared == [("RAVI", "Rafael Ortega Vidal")]
    assert [m.text for m in entities if m.type == "person"] == ["Rafael Ortega Vidal", "RAVI", "RAVI"]


def test_surname_of_a_full_name_is_a_person_whatever_the_model_said(nlp: Language) -> None:
    text = ("Tessa Brightwater, formerly an Acme executive, is stepping down. Acme confirmed that "
            "Brightwater, 49, had left the company. Brightwater did not comment.")
    found = [(m.text, m.type) for m in find_entities(nlp(text))]
    assert found.count(("Brightwater", "person")) == 2
    assert ("Acme", "organization") in found


def test_surname_that_opens_a_company_name_stays_the_company(nlp: Language) -> None:
    found = find_entities(nlp("William Clay Ford Jr. leads Ford Motor Company. Ford said sales fell."))
    assert [(m.text, m.type) for m in found if m.text == "Ford"] == [("Ford", "organization")]


def test_title_is_cut_from_a_name_the_model_took_for_an_organisation(nlp: Language) -> None:
    assert typed(nlp, "Spokeswoman Dana Whitfield said the team would grow.") == {"Dana Whitfield": "person"}


def test_title_after_the_name_keeps_a_surname_that_ends_organisations(nlp: Language) -> None:
    found = typed(nlp, "Staff were warned, said Ned Press, the deputy chairman of Larkfield.")
    assert found.get("Ned Press") == "person"


def test_single_name_never_introduced_as_a_person_is_not_a_person(nlp: Language) -> None:
    found = typed(nlp, "The update ships with the web browser Safari, and the music player Tunes.")
    assert "person" not in found.values()
    # ... but a surname with its office's noun is ("the Kennedy administration").
    found = typed(nlp, "Regarding aid, she said that since the Kennedy administration nothing had changed.")
    assert found.get("Kennedy") == "person"


@pytest.mark.parametrize("text", [
    "The aircraft was flown to Lyon, France for the ceremony.",
    "It lifted off from Toulouse in France on Monday.",
])
def test_name_before_its_country_is_a_place(nlp: Language, text: str) -> None:
    found = typed(nlp, text)
    assert found.get("France") == "place"
    assert sorted(found.values()) == ["place", "place"]


def with_model_entities(nlp: Language, text: str, entities: list[tuple[str, str]]) -> Doc:
    """`text` parsed, with the model's entities replaced by `entities` ((phrase, label), first
    occurrence of each phrase): states a model mistake exactly, whatever the model version does."""
    doc = nlp(text)
    spans = []
    for phrase, label in entities:
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase), label=label)
        assert span is not None, phrase
        spans.append(span)
    doc.ents = spans
    return doc


def mentions(doc: Doc) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in find_entities(doc)]


def test_city_and_region_are_one_place_holding_the_region(nlp: Language) -> None:
    doc = with_model_entities(nlp, "The plant in Brookfield, Ohio employs 300 people.",
                              [("Brookfield", "GPE"), ("Ohio", "GPE")])
    assert mentions(doc) == [("Brookfield, Ohio", "place"), ("Ohio", "place")]
    # The region is made a place mention even when the model tagged only the city.
    doc = with_model_entities(nlp, "The plant in Brookfield, Ohio employs 300 people.",
                              [("Brookfield", "GPE")])
    assert mentions(doc) == [("Brookfield, Ohio", "place"), ("Ohio", "place")]


@pytest.mark.parametrize(("text", "entities"), [
    ("Sales rose in Chile, Peru, Britain, France and Spain.",
     [("Chile", "GPE"), ("Peru", "GPE"), ("Britain", "GPE"), ("France", "GPE"), ("Spain", "GPE")]),
    ("Offices in Dover, Salem, Ohio and Utah closed.",
     [("Dover", "GPE"), ("Salem", "GPE"), ("Ohio", "GPE"), ("Utah", "GPE")]),
    ("In Brookfield, Ohio's governor spoke.", [("Brookfield", "GPE"), ("Ohio", "GPE")]),
])
def test_list_of_places_or_a_possessive_region_is_no_city_and_region(
        nlp: Language, text: str, entities: list[tuple[str, str]]) -> None:
    found = mentions(with_model_entities(nlp, text, entities))
    assert not any("," in name for name, _ in found)


def test_pairs_in_a_list_of_city_and_region_are_each_one_place(nlp: Language) -> None:
    doc = with_model_entities(nlp, "Flights go to Dover, Delaware, Salem, Oregon and Lyon.",
                              [("Dover", "GPE"), ("Delaware", "GPE"), ("Salem", "GPE"), ("Oregon", "GPE"),
                               ("Lyon", "GPE")])
    assert [name for name, _ in mentions(doc)] == [
        "Dover, Delaware", "Delaware", "Salem, Oregon", "Oregon", "Lyon"]


def test_later_bare_city_is_the_city_and_region_place(nlp: Language) -> None:
    text = ("A plant opened in Brookfield, Ohio on Monday. Brookfield lost jobs in 2010, and Ohio "
            "officials cheered.")
    article, annotations = entity_annotations(nlp, "plant", text)
    entities = {e.name: e for e in resolve_entities([article], [annotations])[0]}
    place = entities["Brookfield, Ohio"]
    assert [m.text for m in place.mentions] == ["Brookfield, Ohio", "Brookfield"]
    assert place.aliases == []  # the bare city is a part of the name, not another name
    assert [m.text for m in entities["Ohio"].mentions] == ["Ohio", "Ohio"]
    assert "Brookfield" not in entities


def place_annotations(article_id: str, text: str, names: list[str]) -> tuple[Article, ArticleAnnotations]:
    """An article whose only entities are the place `names` (each at its first occurrence)."""
    mentions = [EntityMention(start=text.index(n), end=text.index(n) + len(n), text=n, label="GPE",
                              type="place", sentence=0) for n in names]
    article = Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id, text=text)
    return article, ArticleAnnotations(article_id=article_id, sentences=[], entities=mentions)


def test_bare_city_in_another_article_is_the_city_and_region_place() -> None:
    first = place_annotations("a", "Jobs came to Brookfield, Ohio.", ["Brookfield, Ohio", "Ohio"])
    second = place_annotations("b", "Brookfield cheered.", ["Brookfield"])
    entities, _ = resolve_entities([first[0], second[0]], [first[1], second[1]])
    assert sorted((e.name, len(e.mentions)) for e in entities) == [("Brookfield, Ohio", 2), ("Ohio", 1)]


def test_bare_city_of_two_city_and_region_places_stays_apart() -> None:
    key_types = {"springfield, ohio": "place", "springfield, oregon": "place", "springfield": "place"}
    union = UnionFind()
    _join_short_names(union, key_types)
    assert len({union.find(k) for k in key_types}) == 3


def test_event_names_are_not_places_or_organisations(nlp: Language) -> None:
    text = "Orders were signed at the Riverton Air Show and the Harbor Tech Conference."
    doc = with_model_entities(nlp, text, [("Riverton Air Show", "FAC"), ("Harbor Tech Conference", "ORG")])
    assert mentions(doc) == [("Riverton Air Show", "other"), ("Harbor Tech Conference", "other")]


def test_spaced_dash_ends_a_place_name(nlp: Language) -> None:
    doc = with_model_entities(nlp, "The firm is based in Fort Dale - Halvex. It makes tools.",
                              [("Fort Dale - Halvex", "GPE")])
    assert mentions(doc) == [("Fort Dale", "place")]
    # A company's name keeps its dash ("Acme - Widgets" is one organisation).
    doc = with_model_entities(nlp, "Shoppers left Brill - Mart for rivals.", [("Brill - Mart", "ORG")])
    assert mentions(doc) == [("Brill - Mart", "organization")]


def test_split_irish_surname_is_one_person(nlp: Language) -> None:
    doc = with_model_entities(nlp, "Its chairman, Sean O' Brady, said profits rose.",
                              [("Sean O'", "PERSON"), ("Brady", "GPE")])
    assert mentions(doc) == [("Sean O' Brady", "person")]


def test_untagged_name_coordinated_with_a_place_is_a_place(nlp: Language) -> None:
    text = "Exports grew in Africa and Oceania on Tuesday."
    assert mentions(with_model_entities(nlp, text, [("Africa", "LOC")])) == [
        ("Africa", "place"), ("Oceania", "place")]
    # ... but not a word some entity already covers, such as a date.
    assert mentions(with_model_entities(nlp, text, [("Africa", "LOC"), ("Oceania", "DATE")])) == [
        ("Africa", "place")]


def test_lower_case_airport_belongs_to_the_facility_name(nlp: Language) -> None:
    doc = with_model_entities(nlp, "Passengers at Stansted airport waited for hours.", [("Stansted", "FAC")])
    assert mentions(doc) == [("Stansted airport", "place")]


def test_air_before_a_place_is_an_airline(nlp: Language) -> None:
    doc = with_model_entities(nlp, "The order came from Air Malta last year.", [("Malta", "GPE")])
    assert mentions(doc) == [("Air Malta", "organization")]


def test_untagged_name_in_the_possessive_opens_the_organisation_name(nlp: Language) -> None:
    text = "A spokesman for the Keller's Disease Trust said funding rose."
    doc = with_model_entities(nlp, text, [("Disease Trust", "ORG")])
    assert mentions(doc) == [("Keller's Disease Trust", "organization")]
    # A place or a person the model tagged stays apart from the organisation it owns.
    text = "Ruritania's National Grain Fund said prices rose."
    doc = with_model_entities(nlp, text, [("Ruritania", "GPE"), ("National Grain Fund", "ORG")])
    assert mentions(doc) == [("Ruritania", "place"), ("National Grain Fund", "organization")]


def test_first_word_of_a_company_name_is_its_short_name(nlp: Language) -> None:
    found = typed(nlp, "Pinecrest Airways ordered ten jets. The deal makes Pinecrest the largest customer.")
    assert found == {"Pinecrest Airways": "organization", "Pinecrest": "organization"}


def test_country_before_its_currency_is_a_place_unless_glued_to_the_sign(nlp: Language) -> None:
    found = find_entities(nlp("The U.S. dollar fell against the euro, while the launch cost US$ 40 million."))
    assert [(m.text, m.type) for m in found] == [("U.S.", "place")]


@pytest.mark.parametrize(("text", "person", "role"), [
    ("Homeland Security Secretary Jane Doe visited Texas.", "Jane Doe", "Homeland Security Secretary"),
    ("Jane Doe, the Secretary of State, visited Texas.", "Jane Doe", "Secretary of State"),
    ("The delegation was led by the country's Foreign Minister, Jane Doe.", "Jane Doe", "Foreign Minister"),
    ("Jane Doe, Acme's chief executive, said profits rose.", "Jane Doe", "Chief Executive of Acme"),
    ("The bill angered president John Roe.", "John Roe", "President"),
    ("Secretary of State Laura Chen flew to Paris.", "Laura Chen", "Secretary of State"),
])
def test_roles(nlp: Language, text: str, person: str, role: str) -> None:
    doc = nlp(text)
    entities = find_entities(doc)
    roles = [(doc.text[r.entity_start:r.entity_end], r.role) for r in find_roles(doc, entities)]
    assert (person, role) in roles


def test_no_role_for_a_plain_noun_apposition(nlp: Language) -> None:
    doc = nlp("Her American counterpart, Jane Doe, will attend.")
    assert find_roles(doc, find_entities(doc)) == []


@pytest.mark.parametrize(("short", "long_form", "expected"), [
    ("USAF", "United States Air Force", True),
    ("EPA", "Environmental Protection Agency", True),
    ("S&P", "Standard & Poor's", True),
    ("NATO", "North Atlantic Treaty Organization", True),
    ("XYZ", "Environmental Protection Agency", False),
    ("EPA", "Agency", False),
    ("Tim", "Timothy Cook", False),
])
def test_abbreviations(short: str, long_form: str, expected: bool) -> None:
    assert is_abbreviation_of(short, long_form) is expected


# --------------------------------------------------------------------------- evaluation


def test_normalised_span_drops_article_and_possessive() -> None:
    text = "the Acme Corp's plan"
    assert entity_evaluation.normalised_span(text, 0, 15) == (4, 13)


def test_cluster_matching_counts_a_split_entity_once() -> None:
    mention = entity_evaluation.Mention
    gold = [[mention(0, 5, "PER", "g1"), mention(20, 25, "PER", "g1")]]
    predicted = [[mention(0, 5, "PER", "a")], [mention(20, 25, "PER", "b")]]
    assert entity_evaluation._cluster_matches(gold, predicted) == 1


def test_demonym_counts_as_a_place_only_before_a_noun(nlp: Language) -> None:
    doc = nlp("The German airline said Germans were pleased.")
    assert entity_evaluation.is_modifying_demonym(doc, 4, 10)
    assert not entity_evaluation.is_modifying_demonym(doc, 24, 31)


def test_prediction_on_an_unscored_gold_mention_is_not_scored() -> None:
    mention = entity_evaluation.Mention
    text = "US stocks fell in the US."
    gold = [mention(22, 24, "LOC", "g")]
    unscored = {("LOC", 0, 2)}
    predicted = [mention(0, 2, "LOC", "a"), mention(22, 24, "LOC", "a"), mention(3, 9, "LOC", "b")]
    kept = entity_evaluation.without_unscored(text, gold, unscored, predicted)
    assert kept == predicted[1:]


# Reached with `python -m generator.evaluate.entities` (F1 points over plain en_core_web_sm): person
# +14 exact / +14 overlap / +16 entity, organisation +7 / +7 / +14, place +5.3 / +1.7 / +6.7 (strict;
# conventions +5.0 / +1.7 / +7.4). Most place gains come from writing "City, Region" as one place that
# holds the region; the overlap level cannot see those (the city alone already overlapped the gold).
GAINS = {"PER": {"exact": 0.10, "overlap": 0.10, "entity": 0.10},
         "ORG": {"exact": 0.05, "overlap": 0.05, "entity": 0.10},
         "LOC": {"exact": 0.045, "overlap": 0.01, "entity": 0.06}}


@pytest.mark.slow
@pytest.mark.skipif(
    not DEFAULT_CORPUS.is_dir(),
    reason=f"MEANTIME corpus not found at {DEFAULT_CORPUS}: put it there, or set EXPLAINER_MEANTIME "
    "to its folder (docs/evaluation.md)",
)
def test_meantime_ours_beats_plain_model_on_every_type() -> None:
    result = entity_evaluation.evaluate()
    for protocol in entity_evaluation.PROTOCOLS:
        for entity_type, levels in GAINS.items():
            for level, gain in levels.items():
                ours = result[protocol]["ours"][level][entity_type]["f1"]
                baseline = result[protocol]["baseline"][level][entity_type]["f1"]
                assert ours >= baseline + gain, (protocol, level, entity_type, ours, baseline)
    # No subcorpus may get worse at the entity level (rules tuned on two subcorpora, checked on all four).
    for name, scores in result["subcorpora"].items():
        for entity_type in entity_evaluation.TYPES:
            ours = scores["strict"]["ours"]["entity"][entity_type]["f1"]
            assert ours >= scores["strict"]["baseline"]["entity"][entity_type]["f1"], (name, entity_type)


def test_common_surname_alone_stays_the_models_person(nlp: Language) -> None:
    """(wave 14) A surname alone the model calls a person, never introduced in the text, stays a
    person when it is a common surname of the census; a word that is none is still retyped."""
    text = "The council approved the budget on Tuesday. Brennan said the repairs would start in May."
    assert ("Brennan", "person") in mentions(with_model_entities(nlp, text, [("Brennan", "PERSON")]))
    text = "The council approved the budget on Tuesday. Velmar said the repairs would start in May."
    assert ("Velmar", "other") in mentions(with_model_entities(nlp, text, [("Velmar", "PERSON")]))


@pytest.mark.parametrize("text", [
    "“We will look into it,” Dana Whitfield, Norway's envoy to the fisheries board, told reporters.",
    "The bridge will close in June, said Orrin Quillfeather, Ohio state senator for the river district.",
])
def test_a_region_opening_a_description_keeps_the_name_before_it(nlp: Language, text: str) -> None:
    """(wave 14) "Jo Roe, Norway's ambassador": a possessive region or a region modifying a common noun
    after the comma describes the name before it; it is not the region that name lies in."""
    found = mentions(nlp(text))
    person = "Dana Whitfield" if "Dana" in text else "Orrin Quillfeather"
    assert (person, "person") in found
    assert all(mention_type != "place" or name in {"Norway", "Ohio"} for name, mention_type in found)


def test_a_name_after_a_locative_preposition_stays_a_place_before_a_described_region(nlp: Language) -> None:
    text = "The inmates were moved to a prison in Pellston, Ohio state officials said."
    found = mentions(with_model_entities(nlp, text, [("Pellston", "ORG"), ("Ohio", "GPE")]))
    assert ("Pellston", "place") in found or ("Pellston, Ohio", "place") in found


def test_a_compass_conference_is_a_league_not_a_meeting(nlp: Language) -> None:
    """(wave 14) "Eastern Conference": a league's division of teams; "Harbor Tech Conference" is a meeting."""
    text = "The Otters lead the Eastern Conference by two games after the Harbor Tech Conference break."
    tagged = [("Eastern Conference", "ORG"), ("Harbor Tech Conference", "ORG")]
    found = mentions(with_model_entities(nlp, text, tagged))
    assert ("Eastern Conference", "organization") in found
    assert ("Harbor Tech Conference", "other") in found
