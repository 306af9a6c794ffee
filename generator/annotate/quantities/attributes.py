"""What a quantity is per and when: rates ("a year", "per hour") and the date the sentence gives it."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_memo import memo_at
from generator.annotate.doc_spans import span_at
from generator.annotate.doc_tokens import token_texts
from generator.annotate.doc_trees import subtree_indices
from generator.annotate.quantities.doc_index import sentence_of
from generator.annotate.quantities.lexicon import NOT_RATE_AFTER, PERIOD_ADVERBS, PERIODS, TIME_NOUNS
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
    sentence = sentence_of(span)
    # Only tokens within RATE_REACH of the number can give its rate, and only numbers near those can
    # be nearer to them: looking no further keeps a sentence of thousands of numbers linear.
    near = expressions_overlapping(expressions, span.start - 2 * RATE_REACH, span.end + 2 * RATE_REACH)
    first, last = max(sentence.start, span.start - RATE_REACH), min(sentence.end, span.end + RATE_REACH)
    texts = token_texts(doc)  # spaCy's `lower_` is the text's str.lower()
    for i in range(first, last):
        if i not in clause or span.start <= i < span.end or texts[i].lower() not in _RATE_WORDS:
            continue
        token = doc[i]  # made only for the clause's words that may state a rate (`rate_at`)
        found = rate_at(token, span, unit)
        if found is None:
            continue
        tokens, rate = found
        if rate.startswith("per ") and token.lower_ == "per" and token.i != span.end \
                and not (span.start <= token.head.i < span.end):
            continue  # "per share" belongs to the figure it follows
        distance = distance_to(token.i, span.start, span.end)
        if distance > RATE_REACH or nearer_number(token.i, distance, span, near):
            continue
        if best is None or distance < best[0]:
            best = (distance, tokens, rate)
    return (best[1], best[2]) if best else (set(), None)


RATE_REACH = 12  # tokens between a number and the words stating its rate ("each month")
_RATE_OPENERS = frozenset({"each", "every", "per", "a", "an"})
_RATE_WORDS = _RATE_OPENERS | frozenset(PERIOD_ADVERBS)  # the words `rate_at` may find a rate at


def expressions_overlapping(
    expressions: list[NumberExpression], start: int, end: int
) -> list[NumberExpression]:
    """The expressions with a token in [start, end); `expressions` are in text order and never
    overlap, so their ends are in order too and two binary searches find them."""
    first = bisect.bisect_right(expressions, start, key=lambda e: e.end)
    last = bisect.bisect_left(expressions, end, key=lambda e: e.start)
    return expressions[first:last]


def distance_to(i: int, start: int, end: int) -> int:
    return min(abs(i - start), abs(i - (end - 1)))


def nearer_number(i: int, distance: int, span: Span, expressions: list[NumberExpression]) -> bool:
    """Whether another number (a quantity, or a figure in a duration: "20 hours a week") is nearer."""
    if any(distance_to(i, e.start, e.end) < distance for e in expressions
           if e.start != span.start and sentence_of(span).start <= e.start < sentence_of(span).end):
        return True
    sentence = sentence_of(span)
    window = span_at(span.doc, max(sentence.start, i - distance + 1), min(sentence.end, i + distance))
    return any(token.like_num and not span.start <= token.i < span.end for token in window)


def rate_at(token: Token, span: Span, unit: str | None) -> tuple[set[int], str] | None:
    doc = token.doc
    lower = token.lower_
    if lower in PERIOD_ADVERBS:
        # "sold 500,000 cars annually", not "a quarterly dividend" beside "a $10bn buyback"
        if token.pos_ == "ADV" or span.start <= token.head.i < span.end or token.head.i == span.end:
            return {token.i}, f"per {PERIOD_ADVERBS[lower]}"
        return None
    if lower not in _RATE_OPENERS or token.i + 1 >= len(doc):
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
            found.setdefault(sentence_of(timex_span).start, []).append((timex, timex_span))
    return found


def find_date(span: Span, anchor: Token, dates: DatedSpans, rate_tokens: set[int]) -> str | None:
    """The TIMEX3 value of a date stated in the same clause as the number (the nearest one)."""
    clause = clause_tokens(anchor)
    verb = governing_verb(anchor)
    best: tuple[int, str] | None = None
    for timex, timex_span in dates.get(sentence_of(span).start, []):
        if not any(t.i in clause and t.i not in rate_tokens for t in timex_span):
            continue
        if dates_a_nested_clause(timex_span, verb) or names_another_thing(timex_span, anchor, verb):
            continue
        distance = min(abs(timex.start - span.end_char), abs(span.start_char - timex.end))
        if best is None or distance < best[0]:
            best = (distance, timex.value)
    return best[1] if best else None


# Clauses inside the number's clause that tell of another happening: "five died, eight years after the
# 2004 tsunami killed 230,000" (advcl), "the storm, which hit in 2004" (relcl), "said it rose in May" (ccomp).
NESTED_CLAUSES = {"advcl", "relcl", "ccomp", "conj", "parataxis"}


def dates_a_nested_clause(timex_span: Span, verb: Token) -> bool:
    """Whether the date belongs to a clause nested under the number's own verb: that clause's date is
    when its own event happened, not when the number holds."""
    timex_verb = governing_verb(timex_span.root)
    if timex_verb.i == verb.i or timex_verb.dep_ not in NESTED_CLAUSES:
        return False
    # "in the quarter that ended in June": a clause that only says which period the number covers
    return not (timex_verb.dep_ == "relcl" and timex_verb.head.lemma_.lower() in TIME_NOUNS)


def names_another_thing(timex_span: Span, anchor: Token, verb: Token) -> bool:
    """ "five died in the quake, the worst since the 2004 tsunami": a year modifying a noun names
    which thing it is ("the 2004 tsunami"); it dates the number only when that noun is on the
    number's own path up to its verb ("2008 revenue of $5bn") or hangs from that verb."""
    root = timex_span.root
    head = root.head
    if root.dep_ not in {"nummod", "compound", "amod", "nmod"} or head.pos_ not in {"NOUN", "PROPN"} \
            or head.lemma_.lower() in TIME_NOUNS:
        return False
    path: set[int] = set()
    token = anchor
    while token.i != verb.i and token.head.i != token.i and len(path) < 12:
        path.add(token.i)
        token = token.head
    # the subject or object of the number's own verb is its event: "the 2004 tsunami killed 230,000"
    return head.i not in path and head.head.i != verb.i


_CLAUSES = "explainer.clauses"


def clause_tokens(anchor: Token) -> frozenset[int]:
    """Token indices of the smallest clause (verb subtree) holding the number.

    Kept per verb on the Doc: the numbers of one clause share it, and building it again for each of
    a thousand numbers in one sentence would be quadratic."""
    verb = governing_verb(anchor)
    return memo_at(anchor.doc, _CLAUSES, verb.i, lambda: subtree_indices(verb))


_VERBS = "explainer.governing-verbs"


def governing_verb(anchor: Token) -> Token:
    """The nearest verb (or the root) above `anchor`. Remembered on the Doc for every token passed
    on the way up: a parse can be one chain as long as the sentence, walked once, not per number."""
    known: dict[int, int] = anchor.doc.user_data.setdefault(_VERBS, {})
    passed = []
    head = anchor
    while head.i not in known and head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
        passed.append(head.i)
        head = head.head
    verb = known.get(head.i, head.i)
    known.update(dict.fromkeys([*passed, head.i], verb))
    return anchor.doc[verb]

