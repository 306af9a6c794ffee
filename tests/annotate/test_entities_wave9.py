"""A title before a one-word name keeps it a person (issue 16, wave 9), on invented names: the forms the
title lists leave out ("Senator-elect", "Rep.-elect", "Senators Doe and Roe", "Sen Doe")."""

from __future__ import annotations

from spacy.language import Language

from generator.annotate.entities import find_entities, find_roles
from generator.annotate.entity_corrections import ends_a_title


def test_an_elected_title_before_a_surname_keeps_it_a_person_with_its_role(nlp: Language) -> None:
    text = "Senator-elect Quarrelby will be sworn in next week. Rep.-elect Jo Testo spoke."
    doc = nlp(text)
    entities = find_entities(doc)
    assert {m.text: m.type for m in entities}.get("Quarrelby") == "person"
    roles = {(text[r.entity_start:r.entity_end], r.role) for r in find_roles(doc, entities)}
    assert ("Quarrelby", "Senator-Elect") in roles and ("Jo Testo", "Rep.-elect") in roles


def test_title_forms_before_a_name(nlp: Language) -> None:
    doc = nlp("Senators Quarrelby and Vantrobe met. Sen Quarrelby left. She heads Vantrobe now. "
              "The senators left.")
    words = [t.text for t in doc]
    assert ends_a_title(doc, words.index("Senators"))  # a capitalised plural before names
    assert ends_a_title(doc, words.index("Sen"))  # an abbreviation without its dot
    assert not ends_a_title(doc, words.index("heads"))  # a verb in lower case is no title
    assert not ends_a_title(doc, words.index("The"))
