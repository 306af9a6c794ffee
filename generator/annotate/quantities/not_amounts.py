"""Figures and number words that are no amount: a number inside a hyphenated compound adjective that
names a kind, not a measure ("a four-door car", "a one-off payment", "a zero-day flaw"), and a number
to call ("called 911", "dial 999", "phone 0800 555 0199").

A compound adjective before a noun is a quantity only when it is a measure: a number and a unit ("a
10-mile race", "a three-day strike", "a 32-bit chip": the chip's word size in bits). A number and any
other word names a kind of thing ("a four-door car", "a six-figure sum", "a five-star hotel"), and a
zero measure names a kind too ("a zero-day flaw": one the maker has had no day to fix). A number and a
word naming a member of a group counts the members ("a two-man crew", "a 12-member jury", "a
2,000-strong crowd"): a count, not a kind."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.annotate.quantities.lexicon import COUNTED_AS_THEMSELVES, MEMBER_WORDS
from generator.annotate.quantities.scan import DASHES, NumberExpression
from generator.annotate.quantities.units import unit_of

# Verbs whose object is a number to reach someone at, not a count: "called 911", "dial 999".
CALLING_VERBS = frozenset({"call", "dial", "phone", "ring", "text", "telephone"})
# How the small parser hangs that number on the verb (an object, or a bare noun phrase beside it).
CALLED_NUMBER_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd", "dative"})
# Penn tags of a superlative ("Most", "Best", "Greatest") and of a plural noun.
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def is_no_amount(span: Span, expression: NumberExpression) -> bool:
    """Whether the number expression names a kind or a number to call rather than an amount."""
    return names_a_kind(span, expression) or is_number_to_call(span, expression) \
        or names_a_ranking(span, expression) or one_is_no_count(span, expression) \
        or a_thing_or_two(span, expression)


def a_thing_or_two(span: Span, expression: NumberExpression) -> bool:
    """ "knows a thing or two", "a word or two": "or two" after "a" and a singular noun is a vague
    "a few", no count."""
    if expression.unit is not None or expression.value != 2 or len(span) != 1 or span.start < 3:
        return False
    doc = span.doc
    return (doc[span.start - 1].lower_ == "or" and doc[span.start - 2].tag_ == "NN"
            and doc[span.start - 3].lower_ in {"a", "an"})


# Words before "one" that make it a pronoun or an emphatic determiner: "the one place", "her one chance".
ONE_AS_PRONOUN_AFTER = frozenset({"the", "this", "that", "any", "each", "every", "no", "which", "his",
                                  "her", "its", "their", "our", "my", "your", "whose", "another"})
# Nouns "one" introduces as an example of several, not a count: "One reason is ...", "one sign of it".
EXAMPLE_NOUNS = frozenset({
    "reason", "thing", "way", "place", "example", "factor", "sign", "indication", "impetus", "problem",
    "issue", "question", "concern", "option", "possibility", "explanation", "theory", "idea", "aspect",
    "lesson", "challenge", "difference", "advantage", "drawback", "consequence", "cause", "key", "area",
    "source", "step", "goal", "aim", "hope", "worry", "fear", "motive", "benefit", "risk", "theme",
})


def one_is_no_count(span: Span, expression: NumberExpression) -> bool:
    """The word "one" as a pronoun or an indefinite determiner, not a count: "one of several moves",
    "the one place she trusts", "One reason for the delay was cost". A figure ("1") always counts."""
    if expression.value != 1 or expression.unit is not None or expression.value_to is not None:
        return False
    word = next((token for token in span if token.lower_ == "one"), None)
    if word is None:
        return False
    doc = span.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "of":
        return True  # "just one of several rulings": one among others, not a figure
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in ONE_AS_PRONOUN_AFTER or before.tag_ == "POS"):
        return True  # "the one place", "the firm's one hope"
    noun = next((t for t in doc[word.i + 1:min(word.i + 4, len(doc))]
                 if t.pos_ != "ADJ" and t.lower_ != "more"), None)  # "one more sign", "one key reason"
    return noun is not None and noun.lower_ in EXAMPLE_NOUNS  # "One reason is ...": an example


def names_a_ranking(span: Span, expression: NumberExpression) -> bool:
    """"the Top 10 Most Wanted list", "the 50 Most Influential People", "reached the top 40": a bare
    number inside a ranking's name says how long the ranking is, not how many of anything there are.

    A number after "top" is a ranking's name unless it counts the plural noun it modifies ("the top
    three officials" are three officials); a number before a capitalised superlative ("Most", "Best")
    opens a list's title."""
    if expression.unit is not None or expression.value_to is not None:
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.tag_ in SUPERLATIVE_TAGS and after.is_title:
        return True
    if span.start == 0 or doc[span.start - 1].lower_ != "top":
        return False
    head = span.root.head
    return not (head.i > span.root.i and head.tag_ in PLURAL_NOUN_TAGS)


def names_a_kind(span: Span, expression: NumberExpression) -> bool:
    """"a four-door car", "a one-off payment": a number glued by a hyphen to a word that is no unit;
    "a zero-day flaw": a zero measure inside a compound."""
    if expression.value_to is not None:
        return False  # pairs and scores ("a 3-2 win") are read by their own rules
    if expression.unit is None:
        word = _word_after_hyphen(span)
        return word is not None and unit_of(word.text) is None and word.lower_ not in MEMBER_WORDS
    return expression.value == 0 and any(token.text in DASHES for token in span[1:])


def counted_members(span: Span) -> str | None:
    """What a number hyphened to a member word counts: "members of the crew" for "a two-man crew",
    "seats in the majority" for "a one-seat majority"; None for any other number."""
    word = _word_after_hyphen(span)
    if word is None or word.lower_ not in MEMBER_WORDS:
        return None
    group = _group_of(word)
    if group is None:
        return None
    if word.lower_ in COUNTED_AS_THEMSELVES:
        return f"{COUNTED_AS_THEMSELVES[word.lower_]} in the {group.text}"
    return f"members of the {group.text}"


def _group_of(word: Token) -> Token | None:
    """The noun a member word's compound modifies: "crew" of "a two-man crew", "jury" of "the
    12-member jury"; None when no noun follows."""
    group = word.head
    while group.dep_ in {"amod", "compound"} and group.head.i > group.i and group.pos_ != "NOUN":
        group = group.head  # "strong" hangs as an adjective on the noun
    if group.i <= word.i and word.i + 1 < len(word.doc) and word.doc[word.i + 1].pos_ in {"NOUN", "PROPN"}:
        group = word.doc[word.i + 1]  # the parse hung the noun on the member word: take the next noun
    return group if group.pos_ in {"NOUN", "PROPN"} and group.i > word.i else None


def _word_after_hyphen(span: Span) -> Token | None:
    """The word a hyphen glues to the end of the number ("door" of "four-door"), or None."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or span[-1].whitespace_ or doc[end].text not in DASHES or doc[end].whitespace_:
        return None
    word = doc[end + 1]
    return word if word.is_alpha else None


def is_number_to_call(span: Span, expression: NumberExpression) -> bool:
    """"Neighbours called 911", "dial 999", "phone 0800 555 0199": a bare figure (no unit) that is
    the object of a verb of calling. "called 20 people" counts the people (the figure hangs on them)."""
    if expression.unit is not None or not span[0].like_num or span[0].is_alpha:
        return False
    top = span.root
    while top.head.i != top.i and top.head.like_num and not top.head.is_alpha:
        top = top.head  # "0800 555 0199": the figures of one number hang on each other
    return top.dep_ in CALLED_NUMBER_DEPS and top.head.lemma_.lower() in CALLING_VERBS
