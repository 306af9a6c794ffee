"""Named entities: spaCy's NER, corrected by general rules of news writing.

The small English model is fast but errs in ways that news text makes predictable, so its entities
are post-processed here rather than retrained:

* spans are trimmed of a leading determiner ("the"), a possessive "'s" and stray punctuation;
* a photo credit, a time zone ("0800 UTC") or a unit after a number ("16 GB") is no entity;
* a portfolio inside a title ("Homeland Security" in "Homeland Security Secretary Jane Doe", "State"
  in "Secretary of State") is part of a role, not an organisation;
* a publisher ("X reported", "a report by X", "X News") is an organisation, never a place or person;
  so is any span ending in an organisation word ("... Inc.", "... Airlines", "... Store");
* nationalities and parties (NORP) are groups; laws and policies ("Section 230", "the X Act") are laws;
* a maker followed by a model number ("Maker A380") is a product, typed "other";
* a declared alias ("X, commonly known as Y", "X (ABC)") is a mention of X's type;
* a title the model put inside a name ("Spokeswoman Jane Doe" as one organisation) is cut off, and
  what is left is a person; a title next to a name keeps it a person even when the surname is a word
  that ends organisations' names ("Jim Press, the vice chairman");
* news introduces a person by full name or title: a single word the model calls a person that no
  fuller person name, title, honorific or age ("Doe, 49,") supports is a product or a misread place;
* a name followed by its state or country ("flown to Lyon, France", "from Toulouse in France") is
  a place; written "City, Region" it is one place mention holding a second one, the region (see
  `entity_places`, with the other rules on how news writes places: a spaced dash ends a name, an
  untagged name coordinated with a place is a place, "X airport" includes "airport");
* "Air" before a place's name makes an airline's name ("Air Malta"), an organisation;
* a name ending in an event word ("... Air Show", "... Conference") is an event, typed "other";
* an Irish patronymic the tokenizer split ("Jane O' Hara") is one person's name;
* a run of proper nouns the model left untagged ("a flaw in Quarrel Navigator") is a mention, typed
  "other" unless its words say more (a plural after "the" is a team, "X reported" a publisher);
* a city, state or school with a score or a win-loss record ("beat Pellston 91-73", "Marbury (10-0)")
  names its team, an organisation; "Roe and Doe" taken for one name is two people when either is a
  person of the text; a nationality before a name ("Canadian Jo Roe") is no part of it; acronyms of
  common nouns and job titles ("CPU", "IP", "CTO") are no entities;
* a name's span swallows no player's position before it ("RB Jo Roe": a role), no gerund opening
  the sentence ("Losing Roe ...") and no prepositional phrase after a person ("Jo Roe on Injured
  Reserve"): see `name_edges`;
* a plural common noun opening a sentence ("Shoppers lined up", "Eyewitnesses said") is no name:
  see `entity_generic_plurals`;
* a party tag after a lawmaker's name ("Jo Roe (D-Calif.)", "Al Doe, R-Texas,") holds no name but
  the state, a place, and says the name before it is a person's: see `entity_party_tags`;
* names are consistent within a document: a later bare surname or an untagged repeat of a name is
  a mention too, with the type the name has elsewhere in the text; a surname of a full person name
  is that person whatever the model guessed for the bare word (unless the word opens a company's or
  a place's name, "Ford" of "Ford Motor Company"); the first word of a company's name ("Acme" of
  "Acme Airways") is the company.

Mentions whose type a rule decided carry the label "RULE" (the resolver trusts them over raw NER)."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc

from generator.annotate.doc_sentences import sentence_starts
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_text import doc_text
from generator.annotate.doc_tokens import span_offsets
from generator.annotate.entity_aliases import declared_aliases
from generator.annotate.entity_candidates import (
    LABEL_TYPES,
    RULE_LABEL,
    Candidate,
    _is_noise,
    _joined_split_surnames,
    _model_candidates,
    _select,
    _trimmed,
    _with_possessive_name,
    _without_title,
)
from generator.annotate.entity_corrections import (
    _alias_candidates,
    _consistent_names,
    _coordinated_places,
    _law_candidates,
    _places_before_region,
    _retyped,
    _split_coordinated_people,
    _unintroduced_names_retyped,
    _with_region_compounds,
    _without_nationality,
)
from generator.annotate.entity_generic_plurals import is_generic_plural, without_generic_plurals
from generator.annotate.entity_party_tags import without_party_tags
from generator.annotate.entity_proper_runs import _people_with_their_last_names, _proper_noun_runs
from generator.annotate.entity_teams import _teams_named_by_place
from generator.annotate.name_edges import is_position_before_name, within_name_edges
from generator.annotate.roles import find_roles
from generator.models import AliasMention, EntityMention

__all__ = ["LABEL_TYPES", "RULE_LABEL", "find_aliases", "find_entities", "find_roles"]


def find_entities(doc: Doc) -> list[EntityMention]:
    """Named entities of `doc` as typed mentions, in text order (a longer mention before one nested in
    it). Mentions never overlap, except the region inside a "City, Region" place ("Ohio" inside
    "Springfield, Ohio"): both name a place of their own."""
    model = _joined_split_surnames(doc, list(_model_candidates(doc)))
    trimmed = [within_name_edges(doc, c) for c in (_trimmed(doc, c) for c in model) if c]
    candidates = [_with_possessive_name(doc, c) for c in trimmed]
    candidates = [_retyped(doc, _without_nationality(doc, _without_title(doc, c)))
                  for c in candidates if not _is_noise(doc, c) and not is_position_before_name(doc, c)
                  and not is_generic_plural(doc, c)]
    candidates = _places_before_region(doc, _unintroduced_names_retyped(doc, candidates))
    candidates = _people_with_their_last_names(doc, candidates)
    candidates = _select(candidates + _law_candidates(doc) + _coordinated_places(doc, candidates)
                         + [within_name_edges(doc, c) for c in _proper_noun_runs(doc, candidates)])
    candidates = _teams_named_by_place(doc, candidates)
    candidates = _select(candidates + _alias_candidates(doc, candidates))
    candidates = _consistent_names(doc, _split_coordinated_people(doc, candidates))
    candidates = without_party_tags(doc, _with_region_compounds(doc, candidates))
    candidates = without_generic_plurals(doc, candidates)  # a repeat may have brought one back
    sentence_of = sentence_indexer(doc)
    return [_to_mention(doc, c, sentence_of) for c in candidates]


def find_aliases(doc: Doc, entities: list[EntityMention]) -> list[AliasMention]:
    """Declared other names: "X, commonly known as Y", "X (ABC)", "X, or ABC,"."""
    spans = [span for e in entities if (span := doc.char_span(e.start, e.end)) is not None]
    sentence_of = sentence_indexer(doc)
    aliases: list[AliasMention] = []
    for declaration in declared_aliases(doc, [(s.start, s.end) for s in spans]):
        entity = span_at(doc, declaration.entity_start, declaration.entity_end)
        alias = span_at(doc, declaration.alias_start, declaration.alias_end)
        aliases.append(AliasMention(
            entity_start=entity.start_char, entity_end=entity.end_char, alias=alias.text,
            start=alias.start_char, end=alias.end_char, sentence=sentence_of(alias.start_char),
        ))
    return aliases


def sentence_indexer(doc: Doc) -> Callable[[int], int]:
    """Character offset -> index of its sentence, numbered like `annotate.split_sentences`."""
    starts = sentence_starts(doc)

    def index(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    return index


def _to_mention(doc: Doc, c: Candidate, sentence_of: Callable[[int], int]) -> EntityMention:
    start, end = span_offsets(doc, c.start, c.end)  # no `Span` made: its offsets and text from the tables
    return EntityMention(start=start, end=end, text=doc_text(doc)[start:end], label=c.label,
                         type=c.type, sentence=sentence_of(start))
