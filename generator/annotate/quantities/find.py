"""Numbers in the text: their normalised value, unit, qualifier, what they count, rate and date.

The number expressions are found by a small token scanner of our own rather than by spaCy's numeric
entities alone: the small model often cuts them wrongly ("£" left out of "£3bn", "m" left out of
"1.5m", "12 per cent" labelled MONEY). spaCy's entities are still used to leave out what is *not* a
quantity: dates, times, ordinals and names that contain a number ("Section 230", "Boeing 737").

What a number counts (`about`) comes from the dependency parse:

* a number modifying a noun ("300 migrants", "two dozen stores", "a 32% lower risk") counts that noun,
  expanded with its modifiers and its prepositional and participial/relative complements ("migrants
  held at the border");
* a number that complements a noun ("a crowd of 41,286", "fines of up to $10,000") counts that noun;
* money, percentages and measures that stand on their own take the noun of their "of" complement
  ("10% of the total"; money also "in/on": "$5 billion in loans"), the object of the verb they
  set ("put the party on 37%", "cap fares at £2"), or else the subject of the clause ("Sales rose 12
  per cent"); "of them" is read as the plural noun it refers back to;
* a number restating the one before it in brackets ("400mm (16 inches) of rain"), a bare number
  standing for the noun of an earlier count in the sentence ("nine seats ... the remaining six"), and
  the second term of a comparison ("up from 5%", "fewer than 3,000") count what that other number
  counts;
* a vague noun ("figure", "total", "encounters") is made readable from its context: when the sentence
  points back ("that figure") it takes what the previous number counts, in brackets ("figure (people
  living with dementia)"); when it stands in an adjunct of a sentence whose subject says more, it takes
  that subject's complements ("encounters of migrants crossing the border") or the subject itself in
  brackets.

Counts of people or things have no unit (`unit` is None); the counted noun is in `about`.
Ranges ("10-15%", "7,000 to 9,000 steps", "between $1bn and $2bn") are one quantity whose `value` is
the low end and `value_to` the high end; scores ("3-2", "a 2-0 lead") have unit "score" and the two
sides in `value` and `value_to`."""

from __future__ import annotations

import math
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_text import doc_text
from generator.annotate.quantities.attributes import dates_by_sentence, find_date, find_rate
from generator.annotate.quantities.counted import describe_counted
from generator.annotate.quantities.doc_index import InAny, sentence_of
from generator.annotate.quantities.lexicon import (
    DIGITS,
    JOINED_FIGURES,
    NON_QUANTITY_LABELS,
    ORDINAL_SUFFIX,
    TIME_LABELS,
    YEAR,
)
from generator.annotate.quantities.scan import Found, NumberExpression, scan_number_expressions
from generator.models import MAX_DRAWABLE_NUMBER, QuantityMention, Timex

# --------------------------------------------------------------------------- public entry point


def find_quantities(doc: Doc, timexes: list[Timex]) -> list[QuantityMention]:
    """Every quantity in `doc`, with offsets into `doc.text`; `sentence` is filled in by annotate."""
    times = time_tokens(doc, timexes)
    blocked = times | name_tokens(doc)
    expressions = [e for e in scan_number_expressions(doc, blocked)
                   if is_quantity(doc[e.start:e.end], e) and is_drawable(e)]
    numbers = {i for e in expressions for i in range(e.start, e.end)}
    dates = dates_by_sentence(doc, timexes)
    by_sentence: dict[int, list[NumberExpression]] = {}
    for expression in expressions:
        by_sentence.setdefault(sentence_of(doc[expression.start]).start, []).append(expression)
    found: list[Found] = []
    for expression in expressions:
        span = doc[expression.start:expression.end]
        anchor = anchor_of(span)
        rate_tokens, rate = find_rate(span, anchor, expression.unit, by_sentence[sentence_of(span).start])
        excluded = InAny(numbers, rate_tokens, times)
        end = span.end_char - (1 if is_final_abbreviation(span[-1]) else 0)
        mention = QuantityMention(
            start=span.start_char, end=end, text=doc_text(doc)[span.start_char:end], value=expression.value,
            value_to=expression.value_to, unit=expression.unit, qualifier=expression.qualifier,
            about=describe_counted(span, anchor, expression.unit, excluded, found), rate=rate,
            date=find_date(span, anchor, dates, rate_tokens), sentence=-1,
        )
        found.append(Found(span, mention, sentence_of(span).start))
    return [f.mention for f in found]


def is_final_abbreviation(token: Token) -> bool:
    """A unit that swallowed the full stop ending its sentence ("km/h.")."""
    return len(token.text) > 1 and token.text.endswith(".") and bool(token.is_sent_end)


def anchor_of(span: Span) -> Token:
    """The token of the expression that attaches it to the sentence (its syntactic root)."""
    return span.root


# --------------------------------------------------------------------------- what is not a number


def name_tokens(doc: Doc) -> set[int]:
    """Tokens of names and ordinals, which may contain figures that are not quantities.

    An "entity" made of figures and signs only ("3-2" taken for a product) is no name.
    """
    return {i for ent in doc.ents if ent.label_ in NON_QUANTITY_LABELS
            and any(char.isalpha() for char in ent.text) for i in range(ent.start, ent.end)}


def time_tokens(doc: Doc, timexes: Iterable[Timex]) -> set[int]:
    """Tokens of time expressions (the timexes, and spaCy's DATE/TIME entities as a fallback)."""
    times = {i for ent in doc.ents if ent.label_ in TIME_LABELS for i in range(ent.start, ent.end)}
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            times.update(range(span.start, span.end))
    return times


def is_drawable(expression: NumberExpression) -> bool:
    """Leave out numbers no page or chart can show: a 400-digit figure, "trillion trillion trillion"."""
    values = [expression.value] if expression.value_to is None else [expression.value, expression.value_to]
    return all(math.isfinite(value) and abs(value) <= MAX_DRAWABLE_NUMBER for value in values)


def is_quantity(span: Span, expression: NumberExpression) -> bool:
    """Leave out years, ordinals, figures glued to others (dates, phone numbers) and the pronoun "one"."""
    text = span.text
    if any(ORDINAL_SUFFIX.match(token.text) for token in span):
        return False
    if glued_to_other_figures(span):
        return False
    figures = [token for token in span if DIGITS.match(token.text)]
    if len(figures) == 1 and len(span) == 1 and YEAR.match(figures[0].text):
        return False
    if text.lower() == "one" and span.root.dep_ not in {"nummod", "quantmod"}:
        return False
    return expression.value_to is not None or not names_a_thing(span)


def glued_to_other_figures(span: Span) -> bool:
    doc = span.doc
    before = doc_text(doc)[max(span.start_char - 3, 0):span.start_char + 1]
    after = doc_text(doc)[max(span.end_char - 1, 0):min(span.end_char + 3, len(doc_text(doc)))]
    return bool(JOINED_FIGURES.search(before) or JOINED_FIGURES.search(after))


def names_a_thing(span: Span) -> bool:
    """A bare figure right after a capitalised word is a name: "Section 230", "Flight 370", "Section 8"."""
    if len(span) != 1 or not DIGITS.match(span[0].text) or "," in span[0].text:
        return False
    if span.start == 0:
        return False
    previous = span.doc[span.start - 1]
    return previous.pos_ == "PROPN" and previous.text[:1].isupper() and not previous.is_sent_start
