"""Entity candidates: the model's spans trimmed of titles, possessives and punctuation, noise
(photo credits, time zones, units) dropped, and overlapping candidates settled by priority."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.annotate import entity_places as places
from generator.annotate import entity_rules as rules
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_text import doc_text
from generator.annotate.doc_tokens import doc_ents
from generator.annotate.line_tail import anchored_width, line_tail
from generator.models import EntityType

LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
    "NORP": "group", "LAW": "law",
}
RULE_LABEL = "RULE"

# Selection priority when spans overlap (lower wins): rule-made spans over the model's, the model's
# over names copied from elsewhere in the document.
_RULE, _MODEL, _COPY = 0, 1, 2
# How much of the line before a name the photo-credit check reads (see line_tail.py); "(c)" needs 3.
_CREDIT_WIDTH = anchored_width(rules.CREDIT_MARKERS)
_CREDIT_TAIL = None if _CREDIT_WIDTH is None else max(_CREDIT_WIDTH, len("(c)") + 1)


@dataclass(frozen=True)
class Candidate:
    start: int  # token offsets, end exclusive
    end: int
    label: str
    type: EntityType
    priority: int = _MODEL


# --------------------------------------------------------------------------- the model's entities


def _model_candidates(doc: Doc) -> Iterable[Candidate]:
    for ent in doc_ents(doc):
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


_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                      r"tenth|eleventh|twelfth|\w+teenth|\w+ieth|hundredth|thousandth)$")


def _is_noise(doc: Doc, c: Candidate) -> bool:
    span = span_at(doc, c.start, c.end)
    return (_is_photo_credit(doc, span) or _is_time_zone(doc, span) or _is_unit_after_number(doc, span)
            or _is_currency_prefix(doc, span) or _is_portfolio(doc, c) or span.text in rules.COMMON_ACRONYMS)


def _is_photo_credit(doc: Doc, span: Span) -> bool:
    before = line_tail(doc_text(doc), span.start_char, _CREDIT_TAIL)
    return bool(rules.CREDIT_MARKERS.search(before)) or before.rstrip().endswith(("©", "(c)"))


def _is_time_zone(doc: Doc, span: Span) -> bool:
    if len(span) != 1 or span.text.lower() not in rules.TIME_ZONES:
        return False
    previous = doc[span.start - 1] if span.start > 0 else None
    return previous is not None and any(ch.isdigit() for ch in previous.text)


def _is_unit_after_number(doc: Doc, span: Span) -> bool:
    """"16 GB", "two TB": a unit after a count. (wave 11) Not after an ordinal, which spaCy calls a
    number too: "his third NFL season", "the 2nd AFC title" name a league."""
    previous = doc[span.start - 1] if span.start > 0 else None
    return (len(span) == 1 and span.text.isupper() and len(span.text) <= 3 and previous is not None
            and previous.like_num and not _ORDINAL.match(previous.lower_))


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
    while c.end - start > 1 and _is_personal_title(doc[start]) \
            and _is_bare_name(span_at(doc, start + 1, c.end)):
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

