"""Names the model missed that the tagger marks as proper nouns (`_proper_noun_runs`), and a person the
model cut short before the rest of a double surname (`_people_with_their_last_names`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.annotate import entity_rules as rules
from generator.annotate.doc_memo import memo
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_tokens import doc_ents, token_texts
from generator.annotate.entity_candidates import _COPY, RULE_LABEL, Candidate
from generator.annotate.entity_corrections import _LONGEST_PROPER_RUN, _is_publisher, _retyped
from generator.annotate.name_edges import POSITIONS
from generator.models import EntityType

_NAME_HOLDING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})


def _proper_noun_runs(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Names the model missed but the tagger marks as proper nouns ("a flaw in Internet Explorer",
    "his life with Jane Roe", "the Otters beat ..."): a run of capitalised proper nouns outside every
    entity the model found (dates included), titles and calendar words left out, and not one word
    that merely opens a sentence. Typed "other" (the story's evidence types it), except a plural name
    after "the", which names a team or a band ("the Otters"), and a publisher ("XYZ reported")."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    # Dates, times and amounts are the other taggers'; a product or a title the model found may hold a
    # name ("Springfield 91-73" taken for a product).
    taken |= {i for ent in doc_ents(doc) if ent.label_ not in _NAME_HOLDING_LABELS
              for i in range(ent.start, ent.end)}
    found = []
    free = _proper_name_positions(doc) - taken
    length = len(doc)
    i = 0
    for first in sorted(free):  # a run starts only at a free proper noun: the others are passed over
        if first < i:
            continue  # inside the run before
        i = end = first
        while end < length and end in free:
            end += 1
        start = i
        while start < end and (doc[start].lower_ in rules.TITLES_OR_PERSONAL_TITLES
                               or doc[start].text in POSITIONS):
            start += 1
        if start < end and end - start <= _LONGEST_PROPER_RUN and _may_be_missed_name(doc, start, end) \
                and not any(t.lower_ in rules.TITLES_OR_PERSONAL_TITLES
                            for t in span_at(doc, start, end)):
            missed = Candidate(start, end, "PROPN", _missed_name_type(doc, span_at(doc, start, end)), _COPY)
            # "signed RB Jo Roe": a name after a player's position is a person's.
            found.append(replace(missed, type="person", label=RULE_LABEL) if doc[start - 1].text in POSITIONS
                         and start > i else _retyped(doc, missed))
        i = max(end, i + 1)
    return found


def _people_with_their_last_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A person the model cut short before the rest of a double surname ("Ana Ruiz" of "Ana Ruiz
    Peralta"): the capitalised proper nouns right after it, up to a name of four words, are the
    person's too, unless another mention holds them."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    extended = []
    for c in candidates:
        end = c.end
        if c.type == "person":
            while (end < len(doc) and end - c.start < _LONGEST_PROPER_RUN and end not in taken
                   and _is_proper_name_word(doc[end]) and not doc[end].is_sent_start):
                end += 1
        extended.append(replace(c, end=end) if end != c.end else c)
    return extended


def _proper_name_positions(doc: Doc) -> frozenset[int]:
    """The indices of the tokens `_is_proper_name_word` accepts, read in one pass: the tags as ids (no
    `Token` made, no string looked up) and the texts shared (`doc_tokens`); spaCy's `is_alpha` and
    `lower_` are the text's str.isalpha() and str.lower()."""
    tags = {doc.vocab.strings["NNP"], doc.vocab.strings["NNPS"]}
    texts = token_texts(doc)
    return frozenset(i for i, tag in enumerate(doc.to_array("TAG").tolist()) if tag in tags
                     and texts[i].isalpha() and texts[i][:1].isupper()
                     and texts[i].lower() not in rules.CALENDAR_WORDS)


def _is_proper_name_word(token: Token) -> bool:
    return (token.tag_ in {"NNP", "NNPS"} and token.is_alpha and token.text[:1].isupper()
            and token.lower_ not in rules.CALENDAR_WORDS)


def _may_be_missed_name(doc: Doc, start: int, end: int) -> bool:
    if end - start == 1 and (doc[start].is_sent_start or doc[start].lower_ in _document_lower_words(doc)
                             or doc[start].text in rules.COMMON_ACRONYMS):
        return False  # "Officials said", "Witnesses": a common word opening a sentence; "the IT desk"
    # A name inside a run of capitalised words ("The Big Short Premiere") is a title's, not a name.
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return not any(t is not None and t.is_title and t.is_alpha and not t.is_sent_start
                   and t.lower_ not in rules.TITLES_OR_PERSONAL_TITLES for t in (before, after))


def _document_lower_words(doc: Doc) -> frozenset[str]:
    # spaCy's `is_lower` and `is_alpha` are the text's str.islower() and str.isalpha()
    return memo(doc, "lower_words",
                lambda: frozenset(text for text in token_texts(doc) if text.islower() and text.isalpha()))


def _missed_name_type(doc: Doc, span: Span) -> EntityType:
    if _is_publisher(span):
        return "organization"
    if span[-1].tag_ == "NNPS" and span.start > 0 and doc[span.start - 1].lower_ == "the":
        return "organization"
    return "other"


def _people_with_their_given_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """(wave 15) "receiver Marquan Vellacott" where the model tagged only "Vellacott": a given name it
    does not know is left out of the span, and the surname alone would then pass for a word nobody
    introduced. A one-word person's span takes the capitalised proper noun right before it, when that
    word is in no entity, is no title, honorific, position or calendar word, and does not itself
    follow a capitalised word (a longer name or a title's words: "Pro Bowl Vellacott" is left alone).
    Applied to the model's spans before any retyping, so that the full name is what the rules see."""
    taken = {i for c in candidates for i in range(c.start, c.end)}
    return [replace(c, start=c.start - 1) if c.type == "person" and c.label == "PERSON"
            and c.end - c.start == 1 and _is_given_name_before(doc, c.start - 1, taken) else c
            for c in candidates]


def _is_given_name_before(doc: Doc, i: int, taken: set[int]) -> bool:
    if i < 0 or i in taken or doc[i].ent_type_ or doc[i + 1].is_sent_start:
        return False
    token = doc[i]
    if not (token.is_alpha and token.is_title and len(token.text) > 1):
        return False
    # The tagger's proper noun, or a capitalised word inside a sentence that the text never writes in
    # lower case (it tags an unknown name ending in "s" a plural noun: "Marquan", but "Marques").
    if token.pos_ != "PROPN" and (token.is_sent_start or token.lower_ in _document_lower_words(doc)):
        return False
    if token.lower_ in rules.TITLE_WORDS | rules.HONORIFICS | rules.PERSONAL_TITLES | rules.CALENDAR_WORDS \
            or token.text.upper() in POSITIONS:
        return False
    before = doc[i - 1] if i > 0 and not token.is_sent_start else None
    return before is None or not (before.is_alpha and before.text[:1].isupper())
