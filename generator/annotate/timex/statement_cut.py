"""Cutting a dated statement (`events.py`) to its word limit where the parse allows it: a timeline row
is read in a glance, so it ends at the end of a phrase, never inside one ("The Owls, who have listed
the" is no statement; "The Owls beat the Foxes" is).

When dropping the optional parts (`events._shorten`) leaves the statement too long, the highest
phrase that reaches past the limit goes as a whole: first one outside the clause's core (a relative
clause, a prepositional phrase, a modifier), then, if need be, one inside it. A word that only linked
the phrase to the rest ("in", "and", "the") goes with it, and so do the commas that set it off.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.annotate.doc_spans import span_at
from generator.annotate.doc_trees import subtree_ids

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Token

# What the statement cannot lose and still say who did what: the verb's subject, auxiliaries,
# negation, object or complement, and its particle.
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "neg", "dobj", "attr",
                       "acomp", "prt", "oprd"})
# Words that only link a phrase to the rest: left without the phrase they link, they go too.
LINKING_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PART", "PUNCT"})
_WORD = re.compile(r"\S*\w\S*")
# Nouns that name a part, an edge or a member of something and say nothing without it: "the end of
# their season", "part of the staff", "the rest of the week". Their "of" phrase is no optional detail:
# it goes only with its noun ("the end" or "was part" alone would be no statement).
PART_NOUNS = frozenset({"part", "end", "rest", "remainder", "beginning", "start", "middle", "half", "most",
                        "member", "top", "bottom", "front", "back", "side", "edge", "heart", "centre",
                        "center", "majority", "minority", "bulk", "close", "outset", "eve", "wake", "height",
                        "peak", "midst", "course", "lack", "number", "share", "portion", "fraction"})


# Prepositions a measure of time or distance can stand before: "three weeks after", "a mile past".
OFFSET_PREPOSITIONS = frozenset({"after", "before", "following", "prior", "since", "past", "ahead"})


def _measure_before(phrase: Token) -> set[int]:
    """The measure of an offset preposition, however the parse hangs it: its head ("four weeks following
    the close") or a sibling right before it (the small model's "nearly three weeks following the end")."""
    doc = phrase.doc
    if _is_measure(phrase.head):  # "four weeks following the close": the measure heads its offset
        return set(subtree_ids(phrase.head))
    before = phrase.left_edge.i - 1
    if before < 0 or not _is_measure(doc[before]) or doc[before].head != phrase.head:
        return set()
    return set(subtree_ids(doc[before]))


def _is_measure(token: Token) -> bool:
    """A counted noun hung on as a measure ("three weeks", "two miles"), as the parse labels one."""
    return token.dep_ in {"npadvmod", "dep"} and token.pos_ == "NOUN" and any(
        c.dep_ == "nummod" for c in token.children)


def completes_its_noun(token: Token) -> bool:
    """Whether `token` is the "of" of a noun of part ("the end of the season") or that "of"'s object:
    it goes with the noun."""
    if token.dep_ == "pobj":
        token = token.head
    return token.dep_ == "prep" and token.lower_ == "of" and token.head.lemma_.lower() in PART_NOUNS


def tokens_past(order: list[tuple[int, int]], limit: int) -> set[int]:
    """The token indices, of `order` ((token index, words it is rendered as), in rendering order),
    whose words come after the first `limit` words."""
    past: set[int] = set()
    words = 0
    for index, count in order:
        words += count
        if words > limit:
            past.add(index)
    return past


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def cut_past_limit(root: Token, kept: set[int], past: set[int], fixed: set[int]) -> bool:
    """Drop from `kept` the highest phrase that holds a token of `past`, outside the core first; the
    root and the tokens of `fixed` (moved or said first) stay. False when nothing can go."""
    for within_core in (False, True):
        phrase = _highest_phrase(root, kept, past, fixed, within_core)
        if phrase is not None:
            drop_phrase(phrase, kept)
            return True
    return False


def _highest_phrase(root: Token, kept: set[int], past: set[int], fixed: set[int],
                    within_core: bool) -> Token | None:
    found: list[tuple[int, int, Token]] = []
    doc = root.doc
    for i in kept:
        token = doc[i]
        if token == root or i in fixed or completes_its_noun(token) or (
                not within_core and _in_core(token, root)):
            continue
        subtree = {t.i for t in token.subtree} & kept
        if subtree & past and not subtree & fixed:
            found.append((sum(1 for _ in token.ancestors), -i, token))
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def _in_core(token: Token, root: Token) -> bool:
    """The root's core dependents and the heads of their noun phrases ("veteran guard Sam Pell")."""
    while token.head != token and token != root:
        if token.head == root:
            return token.dep_ in CORE_DEPS
        if token.dep_ not in {"compound", "det", "poss", "amod", "nummod", "flat"}:
            return False
        token = token.head
    return token == root


def drop_phrase(phrase: Token, kept: set[int]) -> None:
    """Drop the phrase, the commas that set it off, and the linking words it leaves alone. A comma
    beside it that the parse hangs higher up closes an outer phrase ("the Owls, who signed X, Y and
    Z, lost": dropping "Y and Z" keeps the comma after Z) and stays."""
    doc = phrase.doc
    gone = set(subtree_ids(phrase))
    if phrase.lower_ in OFFSET_PREPOSITIONS:  # "three weeks after the vote": the measure goes with its offset
        gone |= _measure_before(phrase)
    for edge in (phrase.left_edge.i - 1, phrase.right_edge.i + 1):
        if (0 <= edge < len(doc) and doc[edge].is_punct and not doc[edge].is_quote
                and doc[edge].head in (phrase, phrase.head)):
            gone.add(edge)
    kept -= gone
    head = phrase.head
    while (head.i in kept and head.pos_ in LINKING_POS and head.head != head
           and not any(c.i in kept for c in head.children)):
        kept.discard(head.i)
        head = head.head
    for sibling in head.children:  # "... and" or "... ," left when the phrase it joined went
        if sibling.dep_ in {"cc", "punct"} and sibling.i in kept and not sibling.is_quote and not any(
                t.i in kept for t in span_at(doc, sibling.i + 1, head.right_edge.i + 1)):
            kept.discard(sibling.i)
