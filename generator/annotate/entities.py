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
* names are consistent within a document: a later bare surname or an untagged repeat of a name is
  a mention too, with the type the name has elsewhere in the text; a surname of a full person name
  is that person whatever the model guessed for the bare word (unless the word opens a company's or
  a place's name, "Ford" of "Ford Motor Company"); the first word of a company's name ("Acme" of
  "Acme Airways") is the company.

Mentions whose type a rule decided carry the label "RULE" (the resolver trusts them over raw NER).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from generator.annotate import entity_places as places
from generator.annotate import entity_rules as rules
from generator.annotate.doc_text import doc_text
from generator.annotate.entity_aliases import declared_aliases
from generator.annotate.roles import find_roles
from generator.models import AliasMention, EntityMention, EntityType

__all__ = ["LABEL_TYPES", "RULE_LABEL", "find_aliases", "find_entities", "find_roles"]

LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
    "NORP": "group", "LAW": "law",
}
RULE_LABEL = "RULE"

# Selection priority when spans overlap (lower wins): rule-made spans over the model's, the model's
# over names copied from elsewhere in the document.
_RULE, _MODEL, _COPY = 0, 1, 2


@dataclass(frozen=True)
class Candidate:
    start: int  # token offsets, end exclusive
    end: int
    label: str
    type: EntityType
    priority: int = _MODEL


def find_entities(doc: Doc) -> list[EntityMention]:
    """Named entities of `doc` as typed mentions, in text order (a longer mention before one nested in
    it). Mentions never overlap, except the region inside a "City, Region" place ("Ohio" inside
    "Springfield, Ohio"): both name a place of their own."""
    model = _joined_split_surnames(doc, list(_model_candidates(doc)))
    candidates = [_with_possessive_name(doc, c) for c in (_trimmed(doc, c) for c in model) if c]
    candidates = [_retyped(doc, _without_title(doc, c)) for c in candidates if not _is_noise(doc, c)]
    candidates = _places_before_region(doc, _unintroduced_names_retyped(doc, candidates))
    candidates = _select(candidates + _law_candidates(doc) + _coordinated_places(doc, candidates))
    candidates = _select(candidates + _alias_candidates(doc, candidates))
    candidates = _with_region_compounds(doc, _consistent_names(doc, candidates))
    sentence_of = sentence_indexer(doc)
    return [_to_mention(doc, c, sentence_of) for c in candidates]


def find_aliases(doc: Doc, entities: list[EntityMention]) -> list[AliasMention]:
    """Declared other names: "X, commonly known as Y", "X (ABC)", "X, or ABC,"."""
    spans = [span for e in entities if (span := doc.char_span(e.start, e.end)) is not None]
    sentence_of = sentence_indexer(doc)
    aliases: list[AliasMention] = []
    for declaration in declared_aliases(doc, [(s.start, s.end) for s in spans]):
        entity = doc[declaration.entity_start:declaration.entity_end]
        alias = doc[declaration.alias_start:declaration.alias_end]
        aliases.append(AliasMention(
            entity_start=entity.start_char, entity_end=entity.end_char, alias=alias.text,
            start=alias.start_char, end=alias.end_char, sentence=sentence_of(alias.start_char),
        ))
    return aliases


def sentence_indexer(doc: Doc) -> Callable[[int], int]:
    """Character offset -> index of its sentence, numbered like `annotate.split_sentences`."""
    starts = [s.start_char + len(s.text) - len(s.text.lstrip()) for s in doc.sents if s.text.strip()]

    def index(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    return index


# --------------------------------------------------------------------------- the model's entities


def _model_candidates(doc: Doc) -> Iterable[Candidate]:
    for ent in doc.ents:
        if ent.label_ in LABEL_TYPES:
            yield Candidate(ent.start, ent.end, ent.label_, LABEL_TYPES[ent.label_])


def _joined_split_surnames(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"Jane O' Hara" tokenised "O", "'", "Hara": the model ends the person at the apostrophe and
    takes the rest for another entity. An Irish patronymic ("O'", "Mc" is one token) always belongs
    to the surname written after it."""
    joined, absorbed = [], set()
    for c in candidates:
        if c.start in absorbed:
            continue
        if c.type == "person" and _ends_with_patronymic(doc, c.end) and doc[c.end].is_title:
            absorbed.add(c.end)
            c = replace(c, end=c.end + 1)
        joined.append(c)
    return [c for c in joined if c.start not in absorbed]


def _ends_with_patronymic(doc: Doc, end: int) -> bool:
    return (2 <= end < len(doc) and doc[end - 2].text == "O" and doc[end - 1].text in {"'", "’"}
            and not doc[end - 2].whitespace_)


def _trimmed(doc: Doc, candidate: Candidate) -> Candidate | None:
    """Drop a leading determiner and trailing possessive or punctuation, and from a place whatever
    follows a dash that separates two names; None when nothing is left. (Organisations keep theirs:
    a company name may be written "Acme - Widgets".)"""
    start, end = candidate.start, candidate.end
    if candidate.type == "place":
        end = places.spaced_dash_end(doc, start, end)
    while start < end and (doc[start].lower_ in rules.LEADING_DETERMINERS or _is_edge_punct(doc[start])):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or _is_edge_punct(doc[end - 1])):
        end -= 1
    if start == end:
        return None
    return replace(candidate, start=start, end=end)


def _with_possessive_name(doc: Doc, c: Candidate) -> Candidate:
    """"the Alzheimer's Research Fund" tagged as "Research Fund": a capitalised word the model left
    untagged, in the possessive right before an organisation's name, is part of that name (a place
    or a person the model tagged stays apart: "Britain's National Health Service")."""
    if c.type != "organization" or c.start < 2 or doc[c.end - 1].lower_ not in rules.POSSESSIVE_NAME_HEADS:
        return c
    owner, possessive = doc[c.start - 2], doc[c.start - 1]
    if possessive.text not in {"'s", "’s"} or owner.whitespace_:
        return c
    named_apart = owner.ent_type_ or owner.text in rules.PLACE_OR_NATIONALITY_WORDS
    if not (owner.is_title and owner.is_alpha) or named_apart:
        return c
    before = doc[c.start - 3] if c.start >= 3 else None
    if before is not None and before.is_title and not before.is_sent_start:
        return c  # "Jane Doe's ...": a person's name longer than one word, which the model would tag
    return replace(c, start=c.start - 2, label=RULE_LABEL)


def _is_edge_punct(token: Token) -> bool:
    # "U.S." keeps its dots: only tokens made of punctuation alone are trimmed.
    return token.is_punct or token.is_space


def _is_noise(doc: Doc, c: Candidate) -> bool:
    span = doc[c.start:c.end]
    return (_is_photo_credit(doc, span) or _is_time_zone(doc, span) or _is_unit_after_number(doc, span)
            or _is_currency_prefix(doc, span) or _is_portfolio(doc, c))


def _is_photo_credit(doc: Doc, span: Span) -> bool:
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    before = text[line_start:span.start_char]
    return bool(rules.CREDIT_MARKERS.search(before)) or before.rstrip().endswith(("©", "(c)"))


def _is_time_zone(doc: Doc, span: Span) -> bool:
    if len(span) != 1 or span.text.lower() not in rules.TIME_ZONES:
        return False
    previous = doc[span.start - 1] if span.start > 0 else None
    return previous is not None and any(ch.isdigit() for ch in previous.text)


def _is_unit_after_number(doc: Doc, span: Span) -> bool:
    previous = doc[span.start - 1] if span.start > 0 else None
    return (len(span) == 1 and span.text.isupper() and len(span.text) <= 3 and previous is not None
            and previous.like_num)


def _is_currency_prefix(doc: Doc, span: Span) -> bool:
    """"US$ 40 billion", "HK$": glued to the symbol, the country's name is part of a currency sign.
    ("the U.S. dollar" does name the country, as any modifier does: that one stays a place.)"""
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.is_currency and not span[-1].whitespace_


def _is_portfolio(doc: Doc, c: Candidate) -> bool:
    """An organisation-looking span that names the portfolio of a title before or after it."""
    if c.type != "organization":
        return False
    after = doc[c.end] if c.end < len(doc) else None
    if after is not None and after.lower_ in rules.PORTFOLIO_TITLES and after.is_title:
        return True
    if c.start >= 2 and doc[c.start - 1].lower_ in {"of", "for"}:
        title = doc[c.start - 2]
        return title.lower_ in rules.PORTFOLIO_TITLES and title.is_title
    return False


def _without_title(doc: Doc, c: Candidate) -> Candidate:
    """"Spokeswoman Jane Doe" tagged as one organisation: the title goes, the name is a person."""
    start = c.start
    while c.end - start > 1 and _is_personal_title(doc[start]) and _is_bare_name(doc[start + 1:c.end]):
        start += 1
    if start == c.start:
        return c
    return replace(c, start=start, type="person", label=c.label if c.type == "person" else RULE_LABEL)


def _is_personal_title(token: Token) -> bool:
    return token.lower_ in rules.PERSONAL_TITLES and (token.is_title or token.is_upper)


def _is_bare_name(span: Span) -> bool:
    """Capitalised words only, none of them a title or the head word of an organisation's name."""
    return all(t.is_title and t.is_alpha and t.lower_ not in rules.ORGANIZATION_HEADS
               and t.lower_ not in rules.TITLE_WORDS for t in span)


# --------------------------------------------------------------------------- type corrections


def _retyped(doc: Doc, c: Candidate) -> Candidate:
    span = doc[c.start:c.end]
    last = span[-1].lower_
    if c.type in {"place", "organization"} and _is_event_name(span):
        return _as(c, "other")
    if c.type == "place" and _follows_untagged(doc, c.start, "Air"):
        return replace(c, start=c.start - 1, type="organization", label=RULE_LABEL)  # "Air Ruritania"
    if c.type in {"organization", "person"} and (_is_product_name(span) or _is_market_index(doc, span)):
        return _as(c, "other")
    if c.type == "organization" and c.end < len(doc) and _is_model_designation(doc[c.end]):
        return replace(c, end=c.end + 1, type="other", label=RULE_LABEL)
    if c.type == "organization" and len(span) > 1 and _is_model_designation(span[-1]):
        return replace(c, type="other", label=RULE_LABEL)
    if _is_law_name(span):
        return _as(c, "law")
    if (last in rules.OUTLET_HEADS or (last in rules.ORGANIZATION_HEADS and len(span) > 1)) and not (
            c.type == "person" and _is_titled_person(doc, span)):
        return _as(c, "organization")
    if _is_publisher(span) and (c.type in {"place", "group"} or (c.type == "person" and len(span) == 1)):
        return _as(c, "organization")
    if c.type == "person" and _follows_determiner(doc, span):
        return _as(c, "organization" if span[-1].tag_ == "NNPS" else "other")
    if c.type == "person" and _employs_titled_person(doc, span):
        return _as(c, "organization")
    if c.type == "place":
        return replace(c, end=places.facility_noun_end(doc, c.end))  # "Stansted airport"
    return c


def _follows_untagged(doc: Doc, start: int, word: str) -> bool:
    return start > 0 and doc[start - 1].text == word and not doc[start - 1].ent_type_


def _is_event_name(span: Span) -> bool:
    """"the Riverton Air Show", "the Harbor Tech Conference": a name ending in an event word."""
    return len(span) > 1 and span[-1].lower_ in rules.EVENT_HEADS and span[-1].is_title


def _is_product_name(span: Span) -> bool:
    """camelCase names that open with a lower-case letter ("xPhone") are products, not companies."""
    first = span[0].text
    return len(first) > 2 and first[0].islower() and first[1].isupper()


def _is_market_index(doc: Doc, span: Span) -> bool:
    """"the X index", "X 100", "X Industrial Average": a market index."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in rules.INDEX_WORDS:
        return True
    return span[-1].lower_ in rules.INDEX_WORDS or (len(span) > 1 and span[-1].like_num and span[-1].is_digit)


def _follows_determiner(doc: Doc, span: Span) -> bool:
    """People are not named with an article: "the X" is a thing or a band, not a person. ("the X
    administration" is: there the article belongs to the noun after the name.)"""
    after = doc[span.end] if span.end < len(doc) else None
    modifies_noun = after is not None and after.pos_ in {"NOUN", "PROPN"}
    return span.start > 0 and doc[span.start - 1].lower_ in {"the", "a", "an"} and not modifies_noun


def _is_titled_person(doc: Doc, span: Span) -> bool:
    """"Senator Jane Press", "Jim Press, the vice chairman of Acme": a personal title marks a person
    even when the surname happens to be a word that ends organisations' names."""
    if span.start > 0 and doc[span.start - 1].lower_ in rules.TITLE_WORDS:
        return True
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    window = doc[span.end + 1:span.end + 6]
    return window[0].lower_ in rules.LEADING_DETERMINERS and any(
        t.lower_ in rules.TITLE_WORDS and t.pos_ in {"NOUN", "PROPN"} for t in window[1:])


def _employs_titled_person(doc: Doc, span: Span) -> bool:
    """"X CEO Jane Doe", "X chief executive, Jane Doe": X is the organisation the title belongs to."""
    i = span.end
    while i < len(doc) and i - span.end < 3 and doc[i].lower_ in rules.CORPORATE_TITLES | rules.TITLE_WORDS:
        i += 1
    if i == span.end or doc[span.end].lower_ not in rules.CORPORATE_TITLES:
        return False
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _as(c: Candidate, entity_type: EntityType) -> Candidate:
    return c if c.type == entity_type else replace(c, type=entity_type, label=RULE_LABEL)


def _is_model_designation(token: Token) -> bool:
    """"A380", "A400M", "737": a three-digit number or a letter-and-digit code (never a year)."""
    text = token.text
    if text.isdigit():
        return len(text) == 3
    return bool(rules.MODEL_DESIGNATION.match(text))


def _is_law_name(span: Span) -> bool:
    if rules.NUMBERED_PROVISION.match(span.text):
        return True
    return len(span) > 1 and span[-1].lower_ in rules.LAW_HEADS and span[-1].is_title


def _is_publisher(span: Span) -> bool:
    """Subject of "reported/published", or the X of "a report by X" / "reported by X"."""
    root = span.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in rules.PUBLISHING_VERBS:
        return root.head.tag_ != "VBN" or root.dep_ == "nsubj"
    if root.dep_ == "pobj" and root.head.lower_ in {"by", "from"}:
        governor = root.head.head
        return governor.lemma_ in rules.PUBLICATION_NOUNS or governor.lemma_ in rules.PUBLISHING_VERBS
    return False


# --------------------------------------------------------------------------- spans the model misses


def _law_candidates(doc: Doc) -> list[Candidate]:
    """Laws and policies the model misses: "Section 230", "the Clean Air Act", "Treaty of Rome"."""
    matcher = Matcher(doc.vocab)
    heads = sorted(rules.LAW_HEADS)
    title_heads = [h.title() for h in heads]
    matcher.add("NUMBERED", [[{"TEXT": {"IN": ["Title", "Section", "Article", "Chapter"]}},
                              {"TEXT": {"REGEX": r"^[0-9]+[A-Za-z]?$"}}]])
    matcher.add("NAMED", [
        [{"IS_TITLE": True, "OP": "+"}, {"TEXT": {"IN": title_heads}}],
        [{"TEXT": {"IN": title_heads}}, {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}],
    ])
    found = []
    for _, start, end in matcher(doc, as_spans=False):
        candidate = _trimmed(doc, Candidate(start, end, RULE_LABEL, "law", _RULE))
        if candidate and _is_law_name(doc[candidate.start:candidate.end]):
            found.append(candidate)
    return found


def _unintroduced_names_retyped(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A news text introduces a person by full name or title before using one name alone. A single
    word the model calls a person, with no fuller person name in the text holding it and no title or
    honorific before it, is a product, a company or a place it misread ("Safari", "Toulouse"): a
    place when the model calls the same word a place elsewhere in the text."""
    known = {t.text for c in candidates if c.type == "person" and c.end - c.start > 1
             for t in doc[c.start:c.end]}
    places_named = {doc[c.start].text for c in candidates if c.type == "place" and c.end - c.start == 1}
    return [_unintroduced_retyped(doc, c, places_named) if c.type == "person" and c.label == "PERSON"
            and c.end - c.start == 1 and doc[c.start].text not in known else c for c in candidates]


def _unintroduced_retyped(doc: Doc, c: Candidate, places_named: set[str]) -> Candidate:
    before = doc[c.start - 1] if c.start > 0 else None
    after = doc[c.end] if c.end < len(doc) else None
    if before is not None and (before.lower_ in rules.HONORIFICS or before.lower_ in rules.TITLE_WORDS):
        return c
    if after is not None and after.lower_ in rules.PERSON_MODIFIED_NOUNS:
        return c  # "the Kennedy administration"
    if _has_age_apposition(doc, c.end):
        return c  # "Doe, 49, said"
    after_locative = before is not None and before.lower_ in {"in", "near", "outside"}
    if after_locative or doc[c.start].text in places_named:  # the model calls the word a place elsewhere
        return replace(c, type="place", label=RULE_LABEL)
    return replace(c, type="other", label=RULE_LABEL)


def _has_age_apposition(doc: Doc, i: int) -> bool:
    window = doc[i:i + 3]
    return (len(window) == 3 and window[0].text == "," and window[1].is_digit and len(window[1].text) <= 3
            and window[2].text == ",")


_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "outside"})


def _places_before_region(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"flown to Toulouse, France", "in Mobile, Alabama": a name followed by the state or country it
    lies in (the way news datelines write it) is a place, whatever the model said."""
    return [_as(c, "place") if _names_place_before_region(doc, c) else c for c in candidates]


def _names_place_before_region(doc: Doc, c: Candidate) -> bool:
    if c.type not in {"person", "other", "organization"} or c.end - c.start > 3:
        return False
    if places.region_after(doc, c.end) is None:
        return False
    if c.type == "organization" and not (c.start > 0 and doc[c.start - 1].lower_ in _LOCATIVE_PREPOSITIONS):
        return False  # a company may be followed by its country; "flown to X, France" is a place
    name = doc[c.start:c.end]
    return all(t.is_title for t in name) and name.text not in rules.COUNTRIES | rules.REGIONS


def _coordinated_places(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"in Africa and Oceania" with only "Africa" tagged: the untagged name coordinated with a place."""
    place_spans = [(c.start, c.end) for c in candidates if c.type == "place"]
    taken = {i for c in candidates for i in range(c.start, c.end)}
    return [Candidate(start, end, RULE_LABEL, "place", _COPY)
            for start, end in places.coordinated_names(doc, place_spans, taken)]


def _with_region_compounds(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"in Springfield, Ohio": the city and its region become one place mention, and the region stays a
    mention of its own inside it (it is a place in its own right: the story may name it again)."""
    place_starts = {c.end: c.start for c in candidates if c.type == "place"}
    regions: dict[int, Candidate] = {}  # start token of a region named after a city -> its mention
    result = []
    for c in candidates:
        end = places.region_compound_end(doc, (c.start, c.end), place_starts) if c.type == "place" else None
        if end is not None:
            regions[c.end + 1] = Candidate(c.end + 1, end, RULE_LABEL, "place", _RULE)
            c = replace(c, end=end, label=RULE_LABEL)
        result.append(c)
    # The model's own mention of the region is kept when it already is that place.
    kept = {c.start for c in result
            if c.start in regions and c.type == "place" and c.end == regions[c.start].end}
    result = [c for c in result if c.start not in regions or c.start in kept]
    result += [region for start, region in regions.items() if start not in kept]
    return sorted(result, key=lambda c: (c.start, -c.end))


def _alias_candidates(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The declared other name of an entity is a mention of the same type (whatever the model said)."""
    by_span = {(c.start, c.end): c for c in candidates}
    found = []
    for declaration in declared_aliases(doc, list(by_span)):
        owner = by_span[(declaration.entity_start, declaration.entity_end)]
        tagged = by_span.get((declaration.alias_start, declaration.alias_end))
        label = owner.label if tagged is None or tagged.type == owner.type else RULE_LABEL
        found.append(Candidate(declaration.alias_start, declaration.alias_end, label, owner.type, _RULE))
    return found


def _consistent_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """One name, one type per document; untagged repeats of a name and bare surnames are mentions."""
    name_types = _name_types(doc, candidates)
    retyped = [_with_document_type(doc, c, name_types) for c in candidates]
    return _select(retyped + _repeats(doc, retyped, name_types))


# A name as the tuple of its token texts, so that it is matched with the document's own tokenisation.
Name = tuple[str, ...]


def _name_types(doc: Doc, candidates: list[Candidate]) -> dict[Name, EntityType]:
    """Majority type of each name in the document, counting a person's surname as a person."""
    votes: dict[Name, Counter[EntityType]] = {}
    surnames: set[Name] = set()
    ruled: set[Name] = set()  # names a rule typed as something else than a person
    for c in candidates:
        span = doc[c.start:c.end]
        weight = 3 if c.label == RULE_LABEL else 1
        votes.setdefault(_name(span), Counter())[c.type] += weight
        if c.label == RULE_LABEL and c.type != "person":
            ruled.add(_name(span))
        surname = _surname(span) if c.type == "person" else None
        if surname is not None:
            votes.setdefault((surname.text,), Counter())["person"] += weight
            surnames.add((surname.text,))
    types = {name: max(sorted(counter), key=lambda t: counter[t]) for name, counter in votes.items()}
    # The full name is stronger evidence than the model's guess on the bare word ("Doe, 49, left
    # the company" tagged as an organisation): a surname is the person, unless the same word opens
    # an organisation's or a place's longer name in the text ("Ford" of "Ford Motor Company").
    name_openers = {(doc[c.start].text,) for c in candidates
                    if c.end - c.start > 1 and c.type in {"organization", "place"}}
    for name in surnames - name_openers - ruled:
        if " ".join(name) not in rules.COUNTRIES | rules.REGIONS:  # "Garuda Indonesia" is no person's
            types[name] = "person"
    for name in _short_company_names(doc, candidates) - surnames - ruled:
        types[name] = "organization"
    return types


def _short_company_names(doc: Doc, candidates: list[Candidate]) -> set[Name]:
    """"Acme" where the text also names "Acme Airways" or "Acme Motor Company": the first word of an
    company's name that ends in a company word is its short name (never a place's or nationality's
    name: "China" in "China Eastern Airlines" stays the country)."""
    short = set()
    for c in candidates:
        span = doc[c.start:c.end]
        if c.type == "organization" and len(span) > 1 and span[-1].lower_ in rules.COMPANY_DESIGNATORS:
            first = span[0].text
            if span[0].is_alpha and first[:1].isupper() and first not in rules.PLACE_OR_NATIONALITY_WORDS:
                short.add((first,))
    return short


def _name(span: Span) -> Name:
    return tuple(token.text for token in span)


def _surname(span: Span) -> Token | None:
    """Last name of a person's full name, skipping a generational suffix ("Jr.")."""
    tokens = [t for t in span if t.lower_ not in rules.NAME_SUFFIXES]
    if len(tokens) < 2:
        return None
    last = tokens[-1]
    if last.is_title and len(last.text) > 1 and last.lower_ not in rules.TITLE_WORDS:
        return last
    return None


def _with_document_type(doc: Doc, c: Candidate, name_types: dict[Name, EntityType]) -> Candidate:
    if c.label == RULE_LABEL:
        return c
    voted = name_types.get(_name(doc[c.start:c.end]), c.type)
    return c if voted == c.type else replace(c, type=voted, label=RULE_LABEL)


def _repeats(doc: Doc, candidates: list[Candidate], name_types: dict[Name, EntityType]) -> list[Candidate]:
    """Occurrences of known names (and surnames) that no one tagged."""
    matcher = PhraseMatcher(doc.vocab, attr="ORTH")
    keys = {}
    for name in sorted(name_types):
        key = " ".join(name)
        keys[key] = name
        matcher.add(key, [Doc(doc.vocab, words=list(name), spaces=[True] * len(name))])
    labels = {_name(doc[c.start:c.end]): c.label for c in candidates}
    found = []
    for match_id, start, end in matcher(doc):
        name = keys[doc.vocab.strings[match_id]]
        if _is_name_occurrence(doc[start:end]):
            found.append(Candidate(start, end, labels.get(name, ""), name_types[name], _COPY))
    return found


def _is_name_occurrence(span: Span) -> bool:
    """Capitalised as a name, and not a common word that merely opens a sentence."""
    if not all(t.is_title or t.is_upper or not t.is_alpha for t in span):
        return False
    return not (len(span) == 1 and span[0].is_sent_start and span[0].pos_ != "PROPN")


# --------------------------------------------------------------------------- selection and output


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping spans: by priority, then the longer, then the earlier one; in text order."""
    taken: list[Candidate] = []
    occupied: set[int] = set()
    for c in sorted(candidates, key=lambda c: (c.priority, c.start - c.end, c.start)):
        tokens = set(range(c.start, c.end))
        if tokens & occupied:
            continue
        taken.append(c)
        occupied |= tokens
    return sorted(taken, key=lambda c: c.start)


def _to_mention(doc: Doc, c: Candidate, sentence_of: Callable[[int], int]) -> EntityMention:
    span = doc[c.start:c.end]
    return EntityMention(start=span.start_char, end=span.end_char, text=span.text, label=c.label,
                         type=c.type, sentence=sentence_of(span.start_char))
