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

import functools
import math
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_spans import span_at
from generator.annotate.doc_text import doc_text
from generator.annotate.doc_tokens import doc_ents
from generator.annotate.given_names import census_given_names, fold, known_given_names
from generator.annotate.quantities.attributes import dates_by_sentence, find_date, find_rate
from generator.annotate.quantities.counted import describe_counted
from generator.annotate.quantities.doc_index import InAny, sentence_of
from generator.annotate.quantities.lexicon import (
    DIGITS,
    JOINED_FIGURES,
    JOINED_PAIR,
    NAME_NOUNS,
    NON_QUANTITY_LABELS,
    ORDINAL_SUFFIX,
    PERSON_NOUNS,
    TENS_WORDS,
    UNITS_WORDS,
    YEAR,
)
from generator.annotate.quantities.lookback import lookback_of, scans_during
from generator.annotate.quantities.not_amounts import is_no_amount
from generator.annotate.quantities.scan import DASHES, Found, NumberExpression, scan_number_expressions
from generator.models import MAX_DRAWABLE_NUMBER, QuantityMention, Timex

# --------------------------------------------------------------------------- public entry point


def find_quantities(doc: Doc, timexes: list[Timex]) -> list[QuantityMention]:
    """Every quantity in `doc`, with offsets into `doc.text`; `sentence` is filled in by annotate."""
    with scans_during(doc):  # the rules' backward searches answered from tables (lookback.py)
        return _find_quantities(doc, timexes)


def _find_quantities(doc: Doc, timexes: list[Timex]) -> list[QuantityMention]:
    times = time_tokens(doc, timexes)
    blocked = times | name_tokens(doc)  # the small model's DATE, TIME and PERSON labels veto nothing
    expressions = [e for e in scan_number_expressions(doc, blocked)
                   if is_quantity(span_at(doc, e.start, e.end), e) and is_drawable(e)]
    numbers = {i for e in expressions for i in range(e.start, e.end)}
    # spaCy's DATE/TIME labels veto no number, but their words ("in May") say when, not what is counted
    labelled_times = {i for ent in doc_ents(doc) if ent.label_ in {"DATE", "TIME"}
                      for i in range(ent.start, ent.end)}
    dates = dates_by_sentence(doc, timexes)
    by_sentence: dict[int, list[NumberExpression]] = {}
    for expression in expressions:
        by_sentence.setdefault(sentence_of(doc[expression.start]).start, []).append(expression)
    found: list[Found] = []
    for expression in expressions:
        span = span_at(doc, expression.start, expression.end)
        anchor = anchor_of(span)
        rate_tokens, rate = find_rate(span, anchor, expression.unit, by_sentence[sentence_of(span).start])
        excluded = InAny(numbers, rate_tokens, times, labelled_times)
        end = span.end_char - (1 if is_final_abbreviation(span[-1]) else 0)
        age_of = whose_age(span, expression)
        mention = QuantityMention(
            start=span.start_char, end=end, text=doc_text(doc)[span.start_char:end], value=expression.value,
            value_to=expression.value_to, unit="years" if age_of is not None else expression.unit,
            qualifier=expression.qualifier,
            about=age_of if age_of is not None else describe_counted(span, anchor, expression.unit, excluded,
                                                                     found),
            rate=rate,
            date=find_date(span, anchor, dates, rate_tokens), sentence=-1,
        )
        found.append(Found(span, mention, sentence_of(span).start))
    return [f.mention for f in found]


def whose_age(span: Span, expression: NumberExpression) -> str | None:
    """ "age of Jane Smith" for "Jane Smith, 34,", "aged 41", "at the age of 56", "a 55-year-old man";
    None when the number is no age."""
    if expression.unit == "years":
        return age_without_old(span, expression)  # "the 26-year singer": an age with "-old" left out
    if expression.unit is not None or expression.value_to is not None or not 0 < expression.value < 130:
        return None
    doc = span.doc
    before = [t.lower_ for t in span_at(doc, max(span.start - 3, 0), span.start)]
    after = [t.lower_ for t in span_at(doc, span.end, span.end + 4)]
    said_age = before[-1:] == ["aged"] or before[-3:] == ["the", "age", "of"]
    if said_age:
        person = person_before(doc, span.start)
        return f"age of {person}" if person else "age"
    if after[:4] == ["-", "year", "-", "old"]:
        # "a 55-year-old man", "16-year-old Vera Lund": the compound describes what follows it, never a
        # name before it ("Courtesy of the Ledger: A 57-year-old woman ..." is no age of the Ledger)
        person = person_after(doc, span.end + 4)
        return f"age of {person}" if person else "age"
    if before[-1:] == [","] and after[:1] == [","]:
        person = person_before(doc, span.start - 1) or person_noun_before(doc, span.start - 1)
        if person:
            return f"age of {person}"
    return None


# Person nouns a span of years before them can measure as a tenure: "a 20-year veteran".
TENURE_NOUNS = frozenset({"veteran", "employee", "worker", "officer", "soldier", "player", "coach",
                          "teacher", "member", "founder", "partner", "pastor", "priest", "guard", "nurse",
                          "doctor", "lawyer", "journalist", "reporter", "photographer", "mechanic", "farmer",
                          "firefighter", "prisoner", "inmate", "resident", "tenant", "customer", "patient"})


def age_without_old(span: Span, expression: NumberExpression) -> str | None:
    """ "The 26-year troubled singer": a hyphened count of years before a noun for a person says her
    age with "-old" left out ("age of the troubled singer"); "a 20-year veteran" (a tenure) and "a
    15-year career" stay spans of time (None)."""
    if expression.value_to is not None or not 0 < expression.value < 130 or len(span) < 3:
        return None
    if span[-1].lower_ != "year" or span[-2].text not in DASHES or span[-2].whitespace_:
        return None
    doc = span.doc
    noun = next((t for t in span_at(doc, span.end, min(span.end + 4, len(doc)))
                 if t.pos_ in {"NOUN", "PROPN"}), None)
    if noun is None or any(t.pos_ not in {"ADJ", "ADV", "PUNCT"} for t in span_at(doc, span.end, noun.i)):
        return None
    word = noun.lower_
    if noun.tag_ != "NN" or word in TENURE_NOUNS or not (word in PERSON_NOUNS or word in CELEBRITY_NOUNS):
        return None
    article = "the " if span.start > 0 and doc[span.start - 1].lower_ == "the" else ""
    return f"age of {article}{span_at(doc, span.end, noun.i + 1).text}"


# Nouns for a person in the news a span of years never measures: "the 30-year pop star".
CELEBRITY_NOUNS = frozenset({"star", "starlet", "celebrity", "model", "rapper", "heiress", "socialite",
                             "singer", "actress", "actor", "comedian", "princess", "prince"})


def person_noun_before(doc: Doc, comma: int) -> str | None:
    """ "the suspect" for "The suspect, 41,", "her husband" for "Her husband, 38,": a common noun for a
    person right before the comma (wave 10), with the words that open its phrase; None otherwise."""
    if comma == 0:
        return None
    noun = doc[comma - 1]
    if noun.tag_ != "NN" or noun.lower_ not in PERSON_NOUNS:
        return None
    phrase = span_at(doc, noun.left_edge.i, noun.i + 1) if noun.left_edge.i < noun.i \
        else span_at(doc, noun.i, noun.i + 1)
    words = phrase.text
    return words[:1].lower() + words[1:] if phrase[0].tag_ in {"DT", "PRP$"} else words


def person_before(doc: Doc, end: int) -> str | None:
    """The person named at most three tokens before token `end`: "Jane Smith, 34", "Bob Jones, aged 41",
    "Steve Jobs dies aged 56". The small model often calls an unfamiliar person an organisation, so a
    name labelled ORG counts too when it opens with a known given name ("Dana Whitlock", labelled ORG);
    a place or an organisation never has an age ("Greystone Bank, 41, said" is no age of the bank)."""
    # The entity ending nearest to `end`, at most three tokens before it (entities never overlap).
    people = lookback_of(doc).entities_by_end(("PERSON", "ORG"))
    nearest = next((people[last] for last in range(end, end - 4, -1) if last in people), None)
    if nearest is None or (nearest.label_ == "ORG" and not opens_with_given_name(nearest)):
        return None
    return nearest.text


@functools.lru_cache(maxsize=1)
def all_given_names() -> frozenset[str]:
    return known_given_names() | census_given_names()


def opens_with_given_name(name: Span) -> bool:
    """Whether a name of two words or more starts with a given name of the census or nickname lists."""
    words = [token for token in name if token.is_alpha]
    return len(words) >= 2 and fold(words[0].text) in all_given_names()


def person_after(doc: Doc, start: int) -> str | None:
    """The person named right after token `start` ("16-year-old Vera Lund"), or None ("a 55-year-old
    man", "the 86-year-old mill")."""
    people = [ent for ent in doc_ents(doc) if ent.label_ == "PERSON" and ent.start == start]
    return people[0].text if people else None


def is_final_abbreviation(token: Token) -> bool:
    """A unit that swallowed the full stop ending its sentence ("km/h.")."""
    return len(token.text) > 1 and token.text.endswith(".") and bool(token.is_sent_end)


def anchor_of(span: Span) -> Token:
    """The token of the expression that attaches it to the sentence (its syntactic root)."""
    return span.root


# --------------------------------------------------------------------------- what is not a number


def name_tokens(doc: Doc) -> set[int]:
    """Tokens of names and ordinals, which may contain figures that are not quantities.

    An "entity" made of figures and signs only ("3-2" taken for a product, "24pc" for an ordinal) is
    no name; neither is a person's name, which the small model stretches over ages ("Barra, 51").
    """
    return {i for ent in doc_ents(doc) if ent.label_ in NON_QUANTITY_LABELS
            and any(token.is_alpha for token in ent) for i in range(ent.start, ent.end)}


def time_tokens(doc: Doc, timexes: Iterable[Timex]) -> set[int]:
    """Tokens of dates, times and sets found by the timex tagger.

    Durations with a figure ("for three years", "150 hours") are quantities as well as timexes, so they
    are not blocked; spaCy's DATE/TIME labels are not used (they cover ages and plain counts)."""
    times: set[int] = set()
    for timex in timexes:
        if timex.type == "DURATION" and has_number(timex.text):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            times.update(range(span.start, span.end))
    return times


def has_number(text: str) -> bool:
    words = text.lower().replace("-", " ").split()
    return any(char.isdigit() for char in text) or any(w in UNITS_WORDS or w in TENS_WORDS for w in words)


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
    if expression.unit is None and refers_back(span):
        return False
    if is_no_amount(span, expression):
        return False  # "a four-door car", "a zero-day flaw", "called 911"
    if text.lower() == "one point" and span.start > 0 and span.doc[span.start - 1].lower_ == "at":
        return False  # "at one point" is a moment
    if expression.value_to is not None and (len(span) > 1 or expression.unit is not None):
        return True  # a range or score written in words ("7,000 to 9,000 steps", "3-2")
    return not names_a_thing(span, expression)


def refers_back(span: Span) -> bool:
    """ "the two companies": a small number word naming things already introduced."""
    doc = span.doc
    return len(span) == 1 and span[0].lower_ in {"two", "three"} and span.start > 0 \
        and doc[span.start - 1].lower_ == "the" and span[0].head.pos_ == "NOUN" \
        and not any(c.dep_ == "prep" for c in span[0].head.children)


def glued_to_other_figures(span: Span) -> bool:
    doc = span.doc
    before = doc_text(doc)[max(span.start_char - 3, 0):span.start_char + 1]
    after = doc_text(doc)[max(span.end_char - 1, 0):min(span.end_char + 3, len(doc_text(doc)))]
    return bool(JOINED_FIGURES.search(before) or JOINED_FIGURES.search(after))


def names_a_thing(span: Span, expression: NumberExpression) -> bool:
    """A bare figure that is part of a name or a model number, not a quantity.

    "Section 230", "iPhone 11", "iOS 5", "S&P 500", "Standard & Poor's 500", "version 10.4", "No. 1",
    "Boeing's 787", "the 737-800", "the 787 Dreamliner" (a whole number of three digits or more before
    a singular noun: counts of that size are followed by a plural), "GMT +8"."""
    if len(span) != 1 or expression.unit or "," in span[0].text or span.start == 0:
        return False
    if span.doc[span.start - 1].lower_ in NAME_NOUNS or glued_to_letters(span):
        return True  # "number one", "Title IX", "3G" (a figure glued to letters that are no unit)
    if not (DIGITS.match(span[0].text) or JOINED_PAIR.match(span[0].text) or span[0].text[:1] in "+-"):
        return False
    doc = span.doc
    previous = doc[span.start - 1]
    if is_camel_case(previous.text) or previous.text in {"GMT", "UTC"}:
        return True  # "iPhone 4 owners", "iOS 5", "GMT +8"
    following = doc[span.end] if span.end < len(doc) else None
    if following is not None and following.tag_ == "NNS" and following.text.islower():
        return False  # "Microsoft's 300 employees", "Apple 10 stores" count
    if is_number_abbreviation(doc, span.start - 1):
        return True
    if any(char.isupper() for char in previous.text) and previous.pos_ in {"PROPN", "NOUN", "X", "CCONJ"} \
            and (previous.pos_ == "PROPN" or not previous.is_sent_start) \
            and (previous.is_alpha or "&" in previous.text):
        return True
    if previous.tag_ == "POS" and span.start >= 2 and doc[span.start - 2].pos_ == "PROPN":
        return True
    return is_model_number(span)


def glued_to_letters(span: Span) -> bool:
    doc = span.doc
    return not span[-1].whitespace_ and span.end < len(doc) and doc[span.end].is_alpha


def is_camel_case(word: str) -> bool:
    return len(word) > 2 and word[0].islower() and any(char.isupper() for char in word[1:])


def is_number_abbreviation(doc: Doc, i: int) -> bool:
    """ "No. 1", "No 2" (spaCy may split off the full stop)."""
    token = doc[i]
    if token.text == "." and i > 0:
        token = doc[i - 1]
    return token.text.rstrip(".") in {"No", "Nos", "no"} and token.text[:1].isupper()


def is_model_number(span: Span) -> bool:
    doc = span.doc
    text = span[0].text
    if "." in text or len(text) < 3:
        return False
    following = doc[span.end] if span.end < len(doc) else None
    if following is None or (following.is_punct and following.text not in DASHES):
        return span.start > 0 and doc[span.start - 1].lower_ in {"the", "its", "their", "final", "new"}
    if following.text in DASHES and not following.whitespace_:
        return True  # "737-800"
    return following.tag_ in {"NN", "NNP"} and not following.like_num
