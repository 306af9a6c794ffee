"""Corrections to the model's entities: types it gets wrong (events, products, market indexes,
laws, publishers, titled people), spans it misses (laws, places before a region, coordinated
places), and one type per name across the document. Proper-noun runs the model missed are in
`entity_proper_runs.py`, teams named by their city in `entity_teams.py`."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from generator.annotate import entity_places as places
from generator.annotate import entity_rules as rules
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_text import doc_text
from generator.annotate.doc_tokens import token_texts
from generator.annotate.entity_aliases import declared_aliases
from generator.annotate.entity_candidates import _COPY, _RULE, RULE_LABEL, Candidate, _select, _trimmed
from generator.annotate.given_names import census_surnames, fold
from generator.annotate.token_phrases import phrase_occurrences
from generator.annotate.vocab_matchers import matcher_for
from generator.models import EntityType

# --------------------------------------------------------------------------- type corrections


def _retyped(doc: Doc, c: Candidate) -> Candidate:
    span = span_at(doc, c.start, c.end)
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
    several_words = 1 < len(span) <= _LONGEST_PROPER_RUN
    if c.type in {"organization", "other"} and several_words and _has_a_title(doc, span):
        return _as(c, "person")
    if c.type == "place":
        return replace(c, end=places.facility_noun_end(doc, c.end))  # "Stansted airport"
    return c


def _has_a_title(doc: Doc, span: Span) -> bool:
    """A name of several words that a person's title introduces ("Trade Minister Ana Ruiz") or names
    ("The union leader, Ana Ruiz, said"): a person, whatever the model's label."""
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in rules.TITLE_WORDS and before.pos_ in {"NOUN", "PROPN"}:
        return True
    head = span.root
    return head.dep_ == "appos" and head.head.lower_ in rules.TITLE_WORDS and head.head.i < span.start


def _follows_untagged(doc: Doc, start: int, word: str) -> bool:
    return start > 0 and doc[start - 1].text == word and not doc[start - 1].ent_type_


# (wave 14) "Eastern Conference", "Southwestern Conference": a compass adjective before "Conference"
# names a league's division of teams (an organisation), not a meeting.
_COMPASS_ADJECTIVES = frozenset({
    "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern",
    "southwestern", "midwestern",
})


def _is_event_name(span: Span) -> bool:
    """"the Riverton Air Show", "the Harbor Tech Conference": a name ending in an event word."""
    if len(span) == 2 and span[-1].lower_ == "conference" and span[0].lower_ in _COMPASS_ADJECTIVES:
        return False
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
    window = span_at(doc, span.end + 1, span.end + 6)
    return window[0].lower_ in rules.LEADING_DETERMINERS and any(
        t.lower_ in rules.TITLE_WORDS and t.pos_ in {"NOUN", "PROPN"} for t in window[1:])


def _employs_titled_person(doc: Doc, span: Span) -> bool:
    """"X CEO Jane Doe", "X chief executive, Jane Doe": X is the organisation the title belongs to."""
    i = span.end
    while i < len(doc) and i - span.end < 3 and doc[i].lower_ in rules.CORPORATE_OR_OTHER_TITLES:
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
    text = doc_text(doc)
    if not any(word in text for word in _law_head_words()):
        return []  # every match holds one of these words as a token: the matcher would find nothing
    matcher = matcher_for(doc.vocab, "laws", _law_matcher)  # the same patterns for every article
    found = []
    for _, start, end in matcher(doc, as_spans=False):
        candidate = _trimmed(doc, Candidate(start, end, RULE_LABEL, "law", _RULE))
        if candidate and _is_law_name(span_at(doc, candidate.start, candidate.end)):
            found.append(candidate)
    return found


_NUMBERED_HEADS = ["Title", "Section", "Article", "Chapter"]


def _law_head_words() -> list[str]:
    """The token texts one of which every law name the matcher finds holds."""
    return _NUMBERED_HEADS + [h.title() for h in sorted(rules.LAW_HEADS)]


def _law_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    heads = sorted(rules.LAW_HEADS)
    title_heads = [h.title() for h in heads]
    matcher.add("NUMBERED", [[{"TEXT": {"IN": _NUMBERED_HEADS}},
                              {"TEXT": {"REGEX": r"^[0-9]+[A-Za-z]?$"}}]])
    matcher.add("NAMED", [
        [{"IS_TITLE": True, "OP": "+"}, {"TEXT": {"IN": title_heads}}],
        [{"TEXT": {"IN": title_heads}}, {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}],
    ])
    return matcher


def _unintroduced_names_retyped(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A news text introduces a person by full name or title before using one name alone. A single
    word the model calls a person, with no fuller person name in the text holding it and no title or
    honorific before it, is a product, a company or a place it misread ("Safari", "Toulouse"): a
    place when the model calls the same word a place elsewhere in the text. (Wave 14) A common
    surname of the census ("Doyle", "Carter") stays a person: news names people by surname alone in
    articles that introduced them in a part it left out (a later update, a caption), and products and
    places are rarely common surnames; a surname that is a big place is still a place for the story
    (`entity_types.story_type` weighs the gazetteer)."""
    known = {t.text for c in candidates if c.type == "person" and c.end - c.start > 1
             for t in span_at(doc, c.start, c.end)}
    places_named = {doc[c.start].text for c in candidates if c.type == "place" and c.end - c.start == 1}
    return [_unintroduced_retyped(doc, c, places_named) if c.type == "person" and c.label == "PERSON"
            and c.end - c.start == 1 and doc[c.start].text not in known else c for c in candidates]


def _unintroduced_retyped(doc: Doc, c: Candidate, places_named: set[str]) -> Candidate:
    before = doc[c.start - 1] if c.start > 0 else None
    after = doc[c.end] if c.end < len(doc) else None
    if c.start > 0 and ends_a_title(doc, c.start - 1):
        return c
    if after is not None and after.lower_ in rules.PERSON_MODIFIED_NOUNS:
        return c  # "the Kennedy administration"
    if _has_age_apposition(doc, c.end):
        return c  # "Doe, 49, said"
    after_locative = before is not None and before.lower_ in {"in", "near", "outside"}
    if after_locative or doc[c.start].text in places_named:  # the model calls the word a place elsewhere
        return replace(c, type="place", label=RULE_LABEL)
    if fold(doc[c.start].text) in census_surnames():
        return c  # "Carter said": the model's person, a common surname
    return replace(c, type="other", label=RULE_LABEL)


def ends_a_title(doc: Doc, i: int) -> bool:
    """Token `i` ends a title or honorific: "Senator", "Sen.", and, capitalised, the forms the word
    lists leave out: a plural before coordinated names ("Senators Doe and Roe"), "-elect"
    ("Senator-elect Doe", "Rep.-elect Doe"), an abbreviation without its dot ("Sen Doe")."""
    titles = rules.HONORIFICS_OR_TITLES
    token = doc[i]
    if token.lower_ in titles:
        return True
    if token.lower_ == "elect" and i >= 2 and doc[i - 1].text == "-":
        token = doc[i - 2]
    if not token.is_title:
        return False
    word = token.lower_.removesuffix("-elect")
    return any(form in titles for form in (word, word + ".", word.removesuffix("s")))


def _has_age_apposition(doc: Doc, i: int) -> bool:
    window = span_at(doc, i, i + 3)
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
    region_end = places.region_after(doc, c.end)
    if region_end is None:
        return False
    after_locative = c.start > 0 and doc[c.start - 1].lower_ in _LOCATIVE_PREPOSITIONS
    if c.type == "organization" and not after_locative:
        return False  # a company may be followed by its country; "flown to X, France" is a place
    if not after_locative and _opens_a_description(doc, region_end):
        return False  # "Jo Roe, Freedonia's ambassador" (but "in X, Ohio state prisons" is a place)
    name = span_at(doc, c.start, c.end)
    return all(t.is_title for t in name) and name.text not in rules.COUNTRIES_OR_REGIONS


def _opens_a_description(doc: Doc, region_end: int) -> bool:
    """(wave 14) "Jo Roe, Freedonia's ambassador", "Jo Roe, Ohio state senator": the region after the
    comma is a possessive or a modifier of a common noun, opening a description of the name before
    it (an apposition), not the region a place lies in; not after a locative preposition, where the
    name is a place's whatever follows ("a prison in X, Ohio state officials said")."""
    if region_end >= len(doc):
        return False
    following = doc[region_end]
    return following.lower_ in {"'s", "’s"} or (following.is_lower and following.pos_ in {"NOUN", "ADJ"})


def _without_nationality(doc: Doc, c: Candidate) -> Candidate:
    """"American Jane Roe" tagged as one organisation: a nationality before a name of two capitalised
    words or more describes the person ("the American Jane Roe"); the rest is the name. Names of
    institutions keep theirs ("American Red Cross Society", "British Broadcasting Corporation")."""
    span = span_at(doc, c.start, c.end)
    if len(span) < 3 or span[0].text not in rules.DEMONYMS or c.type not in {"organization", "person"}:
        return c
    rest = span[1:]
    if not all(t.is_title and t.is_alpha for t in rest) or any(
            t.lower_ in rules.ORGANIZATION_HEADS_OR_TITLES for t in rest):
        return c
    return replace(c, start=c.start + 1, type="person", label=RULE_LABEL if c.type != "person" else c.label)


def _split_coordinated_people(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"Jane and Joe" or "Roe and Doe" taken for one organisation: when a side of the "and" is a
    word of a person's name in the text, the span is two names, each typed by the document's other
    mentions. ("Marks and Spencer" stays whole: neither side is anyone's name there.)"""
    person_words = {t.text for c in candidates if c.type == "person" and c.end - c.start > 1
                    for t in span_at(doc, c.start, c.end) if t.is_title}
    result = []
    for c in candidates:
        conjunction = next((i for i in range(c.start + 1, c.end - 1) if doc[i].lower_ in {"and", "&"}), None)
        if conjunction is None or c.type == "law":
            result.append(c)
            continue
        sides = [(c.start, conjunction), (conjunction + 1, c.end)]
        if not any(all(t.text in person_words for t in span_at(doc, a, b)) for a, b in sides):
            result.append(c)
            continue
        for a, b in sides:
            is_person = all(t.text in person_words for t in span_at(doc, a, b))
            result.append(Candidate(a, b, RULE_LABEL if is_person else "", "person" if is_person else "other",
                                    c.priority))
    return result


def _coordinated_places(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"in Africa and Oceania" with only "Africa" tagged: the untagged name coordinated with a place."""
    place_spans = [(c.start, c.end) for c in candidates if c.type == "place"]
    taken = {i for c in candidates for i in range(c.start, c.end)}
    return [Candidate(start, end, RULE_LABEL, "place", _COPY)
            for start, end in places.coordinated_names(doc, place_spans, taken)]


# Longest run of proper nouns taken as one name the model missed: longer runs are headlines.
_LONGEST_PROPER_RUN = 4


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
    texts = token_texts(doc)  # a name's words read from the shared table: no `Token` made for them
    for c in candidates:
        name = tuple(texts[c.start:c.end])
        weight = 3 if c.label == RULE_LABEL else 1
        votes.setdefault(name, Counter())[c.type] += weight
        if c.label == RULE_LABEL and c.type != "person":
            ruled.add(name)
        surname = _surname(span_at(doc, c.start, c.end)) if c.type == "person" else None
        if surname is not None:
            votes.setdefault((surname.text,), Counter())["person"] += weight
            surnames.add((surname.text,))
    types = {name: max(sorted(counter), key=lambda t: counter[t]) for name, counter in votes.items()}
    # The full name is stronger evidence than the model's guess on the bare word ("Doe, 49, left
    # the company" tagged as an organisation): a surname is the person, unless the same word opens
    # an organisation's or a place's longer name in the text ("Ford" of "Ford Motor Company").
    name_openers = {(texts[c.start],) for c in candidates
                    if c.end - c.start > 1 and c.type in {"organization", "place"}}
    for name in surnames - name_openers - ruled:
        if " ".join(name) not in rules.COUNTRIES_OR_REGIONS:  # "Garuda Indonesia" is no person's
            types[name] = "person"
    for name in _short_company_names(doc, candidates) - surnames - ruled:
        types[name] = "organization"
    return types


def _short_company_names(doc: Doc, candidates: list[Candidate]) -> set[Name]:
    """"Acme" where the text also names "Acme Airways" or "Acme Motor Company": the first word of an
    company's name that ends in a company word is its short name (never a place's or nationality's
    name: "China" in "China Eastern Airlines" stays the country)."""
    short: set[Name] = set()
    for c in candidates:
        span = span_at(doc, c.start, c.end)
        if c.type == "organization" and len(span) > 1 and span[-1].lower_ in rules.COMPANY_DESIGNATORS:
            first = span[0].text
            if span[0].is_alpha and first[:1].isupper() and first not in rules.PLACE_OR_NATIONALITY_WORDS:
                short.add((first,))
    return short


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
    voted = name_types.get(tuple(token_texts(doc)[c.start:c.end]), c.type)
    return c if voted == c.type else replace(c, type=voted, label=RULE_LABEL)


def _repeats(doc: Doc, candidates: list[Candidate], name_types: dict[Name, EntityType]) -> list[Candidate]:
    """Occurrences of known names (and surnames) that no one tagged."""
    labels = {tuple(token_texts(doc)[c.start:c.end]): c.label for c in candidates}
    found = []
    for start, end, name in phrase_occurrences(doc, name_types):  # PhraseMatcher's matches, in its order
        if _is_name_occurrence(span_at(doc, start, end)):
            found.append(Candidate(start, end, labels.get(name, ""), name_types[name], _COPY))
    return found


def _is_name_occurrence(span: Span) -> bool:
    """Capitalised as a name, and not a common word that merely opens a sentence."""
    if not all(t.is_title or t.is_upper or not t.is_alpha for t in span):
        return False
    return not (len(span) == 1 and span[0].is_sent_start and span[0].pos_ != "PROPN")

