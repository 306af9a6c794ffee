"""What a quantity is per and when: rates ("a year", "per hour") and the date the sentence gives it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.annotate.quantities.lexicon import NOT_RATE_AFTER, PERIOD_ADVERBS, PERIODS
from generator.annotate.quantities.scan import NumberExpression
from generator.models import Timex

# --------------------------------------------------------------------------- rate and date


def find_rate(span: Span, anchor: Token, unit: str | None, expressions: list[NumberExpression]
              ) -> tuple[set[int], str | None]:
    """A rate stated for the number in its clause: "each month", "per share", "a year", "annually".

    A rate nearer to another number in the sentence (`expressions`: those of this sentence) belongs
    to that number ("20 hours a week").
    """
    clause = clause_tokens(anchor)
    best: tuple[int, set[int], str] | None = None
    doc = span.doc
    for token in doc[span.sent.start:span.sent.end]:
        if token.i not in clause or span.start <= token.i < span.end:
            continue
        found = rate_at(token, span, unit)
        if found is None:
            continue
        tokens, rate = found
        if rate.startswith("per ") and token.lower_ == "per" and token.i != span.end \
                and not (span.start <= token.head.i < span.end):
            continue  # "per share" belongs to the figure it follows
        distance = distance_to(token.i, span.start, span.end)
        if distance > 12 or nearer_number(token.i, distance, span, expressions):
            continue
        if best is None or distance < best[0]:
            best = (distance, tokens, rate)
    return (best[1], best[2]) if best else (set(), None)


def distance_to(i: int, start: int, end: int) -> int:
    return min(abs(i - start), abs(i - (end - 1)))


def nearer_number(i: int, distance: int, span: Span, expressions: list[NumberExpression]) -> bool:
    """Whether another number (a quantity, or a figure in a duration: "20 hours a week") is nearer."""
    if any(distance_to(i, e.start, e.end) < distance for e in expressions
           if e.start != span.start and span.sent.start <= e.start < span.sent.end):
        return True
    return any(abs(token.i - i) < distance for token in span.sent
               if token.like_num and not span.start <= token.i < span.end)


def rate_at(token: Token, span: Span, unit: str | None) -> tuple[set[int], str] | None:
    doc = token.doc
    lower = token.lower_
    if lower in PERIOD_ADVERBS:
        # "sold 500,000 cars annually", not "a quarterly dividend" beside "a $10bn buyback"
        if token.pos_ == "ADV" or span.start <= token.head.i < span.end or token.head.i == span.end:
            return {token.i}, f"per {PERIOD_ADVERBS[lower]}"
        return None
    if lower not in {"each", "every", "per", "a", "an"} or token.i + 1 >= len(doc):
        return None
    following = doc[token.i + 1]
    after = doc[token.i + 2].lower_ if token.i + 2 < len(doc) else ""
    if following.lower_ in PERIODS:
        if after in NOT_RATE_AFTER or (
                lower in {"a", "an"} and following.lower_ not in {"day", "week", "month", "year", "hour"}):
            return None  # "a year earlier" is a date
        return {token.i, token.i + 1}, f"per {PERIODS[following.lower_]}"
    if following.tag_ not in {"NN", "NNP"} or following.lower_ == "cent":
        return None
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if lower == "per" or (lower in {"each", "every"} and previous == "for"):
        return {token.i, token.i + 1}, f"per {following.lemma_.lower()}"  # "for each driver"
    if lower in {"a", "an"} and token.i == span.end and unit not in {None, "%", "score"}:
        return {token.i, token.i + 1}, f"per {following.lemma_.lower()}"  # "£2 a journey"
    return None


DatedSpans = dict[int, list[tuple[Timex, Span]]]


def dates_by_sentence(doc: Doc, timexes: list[Timex]) -> DatedSpans:
    """Dates and times that can date a number, by the first token of their sentence (computed once,
    so that an article with thousands of numbers and dates stays linear)."""
    found: DatedSpans = {}
    for timex in timexes:
        if timex.type not in {"DATE", "TIME"} or not timex.value or timex.value.endswith("_REF"):
            continue  # "now", "recently" say nothing about which period the number covers
        timex_span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if timex_span is not None:
            found.setdefault(timex_span.sent.start, []).append((timex, timex_span))
    return found


def find_date(span: Span, anchor: Token, dates: DatedSpans, rate_tokens: set[int]) -> str | None:
    """The TIMEX3 value of a date stated in the same clause as the number (the nearest one)."""
    clause = clause_tokens(anchor)
    best: tuple[int, str] | None = None
    for timex, timex_span in dates.get(span.sent.start, []):
        if not any(t.i in clause and t.i not in rate_tokens for t in timex_span):
            continue
        distance = min(abs(timex.start - span.end_char), abs(span.start_char - timex.end))
        if best is None or distance < best[0]:
            best = (distance, timex.value)
    return best[1] if best else None


def clause_tokens(anchor: Token) -> set[int]:
    """Token indices of the smallest clause (verb subtree) holding the number."""
    return {t.i for t in governing_verb(anchor).subtree}


def governing_verb(anchor: Token) -> Token:
    head = anchor
    while head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    return head

