"""Numbers in the text: their normalised value, unit, qualifier, what they count, rate and date.

The number expressions are found by a small token scanner of our own rather than by spaCy's numeric
entities alone: the small model often cuts them wrongly ("£" left out of "£3bn", "m" left out of
"1.5m", "12 per cent" labelled MONEY). spaCy's entities are still used to leave out what is *not* a
quantity: dates, times, ordinals and names that contain a number ("Title 42", "Boeing 737").

What a number counts (`about`) comes from the dependency parse:

* a number modifying a noun ("300 migrants", "two dozen stores") counts that noun, expanded with its
  modifiers and its prepositional and participial/relative complements ("migrants held at the border");
* money, percentages and measures that stand on their own take the noun of their "of/in/for"
  complement ("10% of the total", "$20 billion in investment"), or the noun they complement
  ("revenue of $3bn"), or else the subject of the clause ("Sales rose 12 per cent");
* when that noun says little by itself ("encounters", "figure", "cases") the subject of the sentence
  is added in parentheses, because that is usually what the vague noun refers to.

Counts of people or things have no unit (`unit` is None); the counted noun is in `about`.
Scores and ranges written with a hyphen or slash ("3-1", "10-15") are left out: one value cannot
stand for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.models import QuantityMention, Timex

# --------------------------------------------------------------------------- vocabulary

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Abbreviated scales written after a figure: "1.5m", "£3bn", "$40 mn", "5k".
SCALE_SUFFIXES = {
    "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "million": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
    "billion": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Words that only make a number together with a following scale word: "half a million", "a dozen".
SCALE_LEADERS = {"a": 1.0, "an": 1.0, "half": 0.5, "quarter": 0.25}

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "c$": "CAD",
    "ca$": "CAD", "a$": "AUD", "au$": "AUD", "₹": "INR", "mx$": "MXN", "r$": "BRL", "chf": "CHF",
    "gbp": "GBP", "eur": "EUR", "jpy": "JPY",
}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "peso": "MXN", "pesos": "MXN", "rupee": "INR", "rupees": "INR",
    "yuan": "CNY", "renminbi": "CNY", "franc": "CHF", "francs": "CHF",
}
MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mi", "miles": "mi", "m2": "m2", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "foot": "ft", "feet": "ft", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "tonne": "t",
    "tonnes": "t", "ton": "t", "tons": "t", "pound-weight": "lb", "lb": "lb", "lbs": "lb",
    "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha", "barrel": "barrel",
    "barrels": "barrel", "gallon": "gallon", "gallons": "gallon", "litre": "l", "litres": "l",
    "liter": "l", "liters": "l", "times": "times", "mw": "MW", "gw": "GW", "kwh": "kWh", "degrees": "degrees",
}
PERCENT_WORDS = ("%", "percent", "pct")

# Qualifiers as written (lower case), longest first so "more than" wins over "than".
QUALIFIERS = (
    "more than", "less than", "fewer than", "greater than", "in excess of", "at least", "at most",
    "up to", "no more than", "no fewer than", "not more than", "close to", "as many as", "as much as",
    "as few as", "upwards of", "an estimated", "an average of", "on average", "nearly", "almost",
    "about", "around", "roughly", "approximately", "some", "over", "under", "above", "below",
    "exceeding", "just over", "just under", "well over", "only", "just", "estimated",
)

# Period nouns that make a rate after "each/every/per/a": "30,000 each month" -> "per month".
PERIODS = {
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "quarter": "quarter", "year": "year", "years": "year",
    "annum": "year", "decade": "decade",
}
PERIOD_ADVERBS = {
    "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
    "annually": "year", "yearly": "year",
}
# "a year ago" is a date, not a rate.
NOT_RATE_AFTER = {"ago", "earlier", "later", "before", "after", "from", "since", "prior"}

# Nouns that say little about what is counted without the rest of the sentence.
VAGUE_NOUNS = {
    "encounter", "encounters", "figure", "figures", "number", "numbers", "total", "amount", "case",
    "cases", "incident", "incidents", "time", "times", "instance", "instances", "unit", "units",
    "item", "items", "one", "ones", "share", "level", "levels", "count", "those", "people", "event",
    "events", "rate",
}

# spaCy entity labels under which a number is part of a name or a time, never a quantity.
TIME_LABELS = {"DATE", "TIME"}
NON_QUANTITY_LABELS = {
    "ORDINAL", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "ORG", "PERSON",
    "GPE", "LOC", "NORP", "LANGUAGE",
}

DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$|^\.\d+$")
DIGITS_WITH_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|mln|bn|bln|b|tn|trn)$", re.IGNORECASE)
# A figure glued to other figures by "-", "/", ":" or "." is a score, range, date, time or phone number.
JOINED_FIGURES = re.compile(r"\d\s?[-–/:]\s?\d|\d\.\d+\.\d")
ORDINAL_SUFFIX = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")


@dataclass
class NumberExpression:
    """Token range [start, end) of one number expression and what it normalises to."""

    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None


# --------------------------------------------------------------------------- public entry point


def find_quantities(doc: Doc, timexes: list[Timex]) -> list[QuantityMention]:
    """Every quantity in `doc`, with offsets into `doc.text`; `sentence` is filled in by annotate."""
    times = time_tokens(doc, timexes)
    blocked = times | name_tokens(doc)
    quantities: list[QuantityMention] = []
    for expression in scan_number_expressions(doc, blocked):
        span = doc[expression.start:expression.end]
        if not is_quantity(span):
            continue
        anchor = span.root
        rate_tokens, rate = find_rate(span, anchor)
        excluded = set(range(span.start, span.end)) | rate_tokens | times
        quantities.append(QuantityMention(
            start=span.start_char, end=span.end_char, text=span.text, value=expression.value,
            unit=expression.unit, qualifier=expression.qualifier,
            about=describe_counted(span, anchor, expression.unit, excluded), rate=rate,
            date=find_date(span, anchor, timexes, rate_tokens), sentence=-1,
        ))
    return quantities


# --------------------------------------------------------------------------- what is not a number


def name_tokens(doc: Doc) -> set[int]:
    """Tokens of names and ordinals, which may contain figures that are not quantities."""
    return {i for ent in doc.ents if ent.label_ in NON_QUANTITY_LABELS for i in range(ent.start, ent.end)}


def time_tokens(doc: Doc, timexes: Iterable[Timex]) -> set[int]:
    """Tokens of time expressions (the timexes, and spaCy's DATE/TIME entities as a fallback)."""
    times = {i for ent in doc.ents if ent.label_ in TIME_LABELS for i in range(ent.start, ent.end)}
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            times.update(range(span.start, span.end))
    return times


def is_quantity(span: Span) -> bool:
    """Leave out years, ordinals, joined figures (scores, phone numbers) and the pronoun "one"."""
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
    return not names_a_thing(span)


def glued_to_other_figures(span: Span) -> bool:
    doc = span.doc
    start = max(span.start_char - 3, 0)
    end = min(span.end_char + 3, len(doc.text))
    return bool(JOINED_FIGURES.search(doc.text[start:end]))


def names_a_thing(span: Span) -> bool:
    """A bare figure right after a capitalised word is a name: "Title 42", "Flight 370", "Section 8"."""
    if len(span) != 1 or not DIGITS.match(span[0].text) or "," in span[0].text:
        return False
    if span.start == 0:
        return False
    previous = span.doc[span.start - 1]
    return previous.pos_ == "PROPN" and previous.text[:1].isupper() and not previous.is_sent_start


# --------------------------------------------------------------------------- scanning


def scan_number_expressions(doc: Doc, blocked: set[int]) -> list[NumberExpression]:
    expressions: list[NumberExpression] = []
    i = 0
    while i < len(doc):
        expression = number_expression_at(doc, i, blocked)
        if expression is None:
            i += 1
            continue
        expressions.append(expression)
        i = expression.end
    return expressions


def number_expression_at(doc: Doc, i: int, blocked: set[int]) -> NumberExpression | None:
    """The number expression whose figure or number word starts at token `i`, if any."""
    figure_end, value = read_number(doc, i)
    if figure_end == i or any(k in blocked for k in range(i, figure_end)):
        return None
    start, end = i, figure_end
    currency, start = currency_before(doc, start)
    end, value, suffix_unit = read_suffix(doc, end, value)
    unit = currency or suffix_unit
    if currency and suffix_unit and suffix_unit != "%":
        unit = currency
    qualifier, start = qualifier_before(doc, start)
    return NumberExpression(start=start, end=end, value=value, unit=unit, qualifier=qualifier)


def read_number(doc: Doc, i: int) -> tuple[int, float]:
    """Read a figure ("300,000", "1.5", "3bn") or number words ("two million") from token `i`."""
    token = doc[i]
    lower = token.lower_
    match = DIGITS_WITH_SCALE.match(lower)
    if match:
        return i + 1, parse_figure(match.group(1)) * SCALE_SUFFIXES[match.group(2)]
    if DIGITS.match(lower):
        value = parse_figure(lower)
        j = i + 1
        while j < len(doc) and doc[j].lower_ in SCALE_WORDS:
            value *= SCALE_WORDS[doc[j].lower_]
            j += 1
        return j, value
    return read_number_words(doc, i)


def parse_figure(text: str) -> float:
    return float(text.replace(",", ""))


def read_number_words(doc: Doc, i: int) -> tuple[int, float]:
    """"two hundred and fifty thousand", "twenty-five", "half a million", "a dozen", "three"."""
    j = i
    leader = 1.0
    if doc[j].lower_ in SCALE_LEADERS:
        # "half a million", "a dozen": only a number when a scale word follows.
        leader = SCALE_LEADERS[doc[j].lower_]
        j += 1
        if j < len(doc) and doc[j].lower_ in {"a", "an"} and leader != 1.0:
            j += 1
        if j >= len(doc) or doc[j].lower_ not in SCALE_WORDS:
            return i, 0.0
    total, current, consumed = 0.0, 0.0, j
    while j < len(doc):
        word = doc[j].lower_
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word in SCALE_WORDS:
            current = (current or 1.0) * SCALE_WORDS[word]
            if SCALE_WORDS[word] >= 1000:
                total, current = total + current, 0.0
        elif word in {"-", "and"} and consumed == j and j + 1 < len(doc) and is_number_word(doc[j + 1]):
            j += 1
            continue
        else:
            break
        j += 1
        consumed = j
    if consumed == i or (consumed > i and leader != 1.0 and consumed == i + 1):
        return i, 0.0
    return consumed, (total + current) * leader


def is_number_word(token: Token) -> bool:
    return token.lower_ in UNITS_WORDS or token.lower_ in TENS_WORDS or token.lower_ in SCALE_WORDS


def currency_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """A currency sign right before the figure: "$", "£", "US$" (spaCy may split "US" and "$")."""
    if start == 0:
        return None, start
    sign = doc[start - 1].lower_
    if sign in CURRENCY_SYMBOLS:
        if sign == "$" and start >= 2 and (doc[start - 2].lower_ + "$") in CURRENCY_SYMBOLS \
                and not doc[start - 2].whitespace_:
            return CURRENCY_SYMBOLS[doc[start - 2].lower_ + "$"], start - 2
        return CURRENCY_SYMBOLS[sign], start - 1
    return None, start


def read_suffix(doc: Doc, end: int, value: float) -> tuple[int, float, str | None]:
    """Scale abbreviations, percent signs and unit words right after the figure."""
    if end < len(doc) and doc[end].lower_ in SCALE_SUFFIXES and not doc[end - 1].whitespace_:
        value *= SCALE_SUFFIXES[doc[end].lower_]
        end += 1
    if end >= len(doc):
        return end, value, None
    word = doc[end].lower_
    if word in PERCENT_WORDS:
        return end + 1, value, "%"
    if word == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
        return end + 2, value, "%"
    if word == "percentage" and end + 1 < len(doc) and doc[end + 1].lower_ in {"point", "points"}:
        return end + 2, value, "percentage points"
    if word in CURRENCY_WORDS and word not in {"pound", "pounds"}:
        return end + 1, value, CURRENCY_WORDS[word]
    if word in {"pound", "pounds"} and doc[end].ent_type_ == "MONEY":
        return end + 1, value, "GBP"
    if word in MEASURE_UNITS:
        return end + 1, value, MEASURE_UNITS[word]
    return end, value, None


def qualifier_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """The hedge written before the number ("at least", "over", "nearly"), as written in lower case."""
    for phrase in sorted(QUALIFIERS, key=lambda p: -len(p.split())):
        words = phrase.split()
        first = start - len(words)
        if first < 0:
            continue
        if [t.lower_ for t in doc[first:start]] == words:
            if phrase in {"some", "only", "just"} and doc[start].pos_ not in {"NUM", "SYM"}:
                continue
            return phrase, first
    return None, start


# --------------------------------------------------------------------------- rate and date


def find_rate(span: Span, anchor: Token) -> tuple[set[int], str | None]:
    """A rate stated for the number in its clause: "each month", "per share", "a year", "annually"."""
    clause = clause_tokens(anchor)
    best: tuple[int, set[int], str] | None = None
    doc = span.doc
    for token in doc[span.sent.start:span.sent.end]:
        if token.i not in clause or span.start <= token.i < span.end:
            continue
        found = rate_at(token)
        if found is None:
            continue
        tokens, rate = found
        if rate.startswith("per ") and token.lower_ == "per" and token.i != span.end \
                and not (span.start <= token.head.i < span.end):
            continue  # "per share" belongs to the figure it follows
        distance = min(abs(token.i - span.start), abs(token.i - span.end))
        if distance <= 12 and (best is None or distance < best[0]):
            best = (distance, tokens, rate)
    return (best[1], best[2]) if best else (set(), None)


def rate_at(token: Token) -> tuple[set[int], str] | None:
    doc = token.doc
    lower = token.lower_
    if lower in PERIOD_ADVERBS:
        return {token.i}, f"per {PERIOD_ADVERBS[lower]}"
    if lower not in {"each", "every", "per", "a", "an"} or token.i + 1 >= len(doc):
        return None
    following = doc[token.i + 1]
    after = doc[token.i + 2].lower_ if token.i + 2 < len(doc) else ""
    if following.lower_ in PERIODS and after not in NOT_RATE_AFTER:
        if lower in {"a", "an"} and following.lower_ not in {"day", "week", "month", "year", "hour"}:
            return None
        return {token.i, token.i + 1}, f"per {PERIODS[following.lower_]}"
    if lower == "per" and following.pos_ in {"NOUN", "PROPN"} and following.lower_ != "cent":
        return {token.i, token.i + 1}, f"per {following.lemma_.lower()}"
    return None


def find_date(span: Span, anchor: Token, timexes: list[Timex], rate_tokens: set[int]) -> str | None:
    """The TIMEX3 value of a date stated in the same clause as the number (the nearest one)."""
    clause = clause_tokens(anchor)
    doc = span.doc
    best: tuple[int, str] | None = None
    for timex in timexes:
        if timex.type not in {"DATE", "TIME"} or not timex.value or timex.value.endswith("_REF"):
            continue  # "now", "recently" say nothing about which period the number covers
        timex_span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if timex_span is None or timex_span.sent.start != span.sent.start:
            continue
        if not any(t.i in clause and t.i not in rate_tokens for t in timex_span):
            continue
        distance = min(abs(timex.start - span.end_char), abs(span.start_char - timex.end))
        if best is None or distance < best[0]:
            best = (distance, timex.value)
    return best[1] if best else None


def clause_tokens(anchor: Token) -> set[int]:
    """Token indices of the smallest clause (verb subtree) holding the number."""
    head = anchor
    while head.head is not head and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    return {t.i for t in head.subtree}


# --------------------------------------------------------------------------- what is counted


def describe_counted(span: Span, anchor: Token, unit: str | None, excluded: set[int]) -> str | None:
    """What the number counts or measures, as a short phrase from the sentence."""
    counted = counted_noun(span, anchor, unit)
    if counted is None:
        return None
    phrase = noun_phrase_text(counted, excluded)
    if not phrase:
        return None
    if counted.lower_ in VAGUE_NOUNS:
        topic = sentence_topic(span, counted, excluded)
        if topic:
            phrase = f"{phrase} ({topic})"
    return phrase


def counted_noun(span: Span, anchor: Token, unit: str | None) -> Token | None:
    for token in span:
        # The noun right after the number that the number modifies: "1.5m customers".
        if token.dep_ in {"nummod", "quantmod", "compound", "nmod"} and token.head.i >= span.end \
                and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i - span.end <= 4:
            return token.head
    head = anchor.head
    outside = not (span.start <= head.i < span.end)
    if anchor.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} and outside \
            and head.pos_ in {"NOUN", "PROPN"}:
        return head
    complement = of_complement(anchor)
    if complement is not None:
        return complement
    if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head  # "revenue of $3bn", "a rise of 5%"
    if unit is None and anchor.dep_ in {"nsubj", "dobj", "pobj", "attr"} and anchor.pos_ == "NUM":
        return None  # a bare count with nothing counted ("the score was 2")
    return clause_subject(anchor)


def of_complement(anchor: Token) -> Token | None:
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "in", "for", "on", "from"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"NOUN", "PROPN", "PRON"} and objects[0].pos_ != "PRON":
                return objects[0]
    return None


def clause_subject(anchor: Token) -> Token | None:
    """The subject of the verb the number hangs from: "Sales rose 12 per cent" -> "Sales"."""
    head = anchor
    while head.head is not head and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    for child in head.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"}:
            return child
    return None


def sentence_topic(span: Span, counted: Token, excluded: set[int]) -> str | None:
    """The subject phrase of the sentence, when it is a real noun phrase other than the counted one."""
    root = span.sent.root
    for child in root.children:
        if child.dep_ not in {"nsubj", "nsubjpass", "csubj"}:
            continue
        tokens = [t for t in child.subtree if t.i not in excluded and t.i != counted.i]
        if child.i == counted.i or not tokens or all(t.pos_ == "PRON" for t in tokens):
            return None
        head_noun = next((t for t in tokens if t.pos_ in {"NOUN", "PROPN"}), None)
        if head_noun is None or head_noun.lower_ in VAGUE_NOUNS:
            return None
        return tokens_text(tokens[:14])
    return None


LEFT_MODIFIERS = {"compound", "amod", "nmod", "poss", "case", "npadvmod"}
RIGHT_COMPLEMENTS = {"prep", "acl", "relcl"}
DROPPED_WORDS = {"more", "other", "additional", "further"}


def noun_phrase_text(head: Token, excluded: set[int], max_tokens: int = 14) -> str:
    """The head noun with its modifiers and complements, minus numbers, dates and rates."""
    tokens: list[Token] = []
    for child in head.lefts:
        if child.dep_ in LEFT_MODIFIERS and not (child.dep_ == "poss" and child.pos_ == "PRON"):
            tokens.extend(t for t in child.subtree if t.i not in excluded)
    tokens.append(head)
    for child in head.rights:
        if child.dep_ not in RIGHT_COMPLEMENTS:
            if child.dep_ == "punct" and child.text == ",":
                break  # a comma ends the phrase: what follows is apposition or a new clause
            continue
        extra = [t for t in child.subtree if t.i not in excluded]
        if child.dep_ == "prep" and len(extra) <= 1:
            continue  # its object was a date or the number itself: "in December", "of 20,000"
        if len(tokens) + len(extra) > max_tokens:
            break
        tokens.extend(extra)
    tokens = [t for t in tokens if t.lower_ not in DROPPED_WORDS or t.i == head.i]
    tokens.sort(key=lambda t: t.i)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens_text(tokens)


def tokens_text(tokens: list[Token]) -> str:
    """Text of (possibly non-contiguous) tokens, keeping the original spacing where they touch."""
    parts: list[str] = []
    for position, token in enumerate(tokens):
        parts.append(token.text)
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None and (following.i != token.i + 1 or token.whitespace_):
            parts.append(" ")
    return "".join(parts).strip()
