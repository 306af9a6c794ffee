"""Whether a statement says what its party wants: read from the parse of the statement's words.

"What each side wants" lists demands and the statements that hold a want. A statement holds one when
a verb of its clause asks, plans or takes a stand ("the union wants talks", "they plan to appeal",
"she urged calm", "the council rejects the plan") or a modal of obligation governs its verb ("the
city should pay", "we must act", "they need to leave", "the firm has to pay"). A report of what
happened ("no injuries have been reported", "the fire started at noon") holds none, however its
speaker is named. Words are judged by their lemma and part of speech, so "wanted" and "plans" count
while "the plan's cost" (a noun) or "a wanted man" (an adjective) do not.

The statements' sentences are parsed here, once per briefing, with the project's default English model: the
annotate stage keeps no parse of a claim's words.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from generator.annotate.nlp import load_pipeline, parse_texts
from generator.config import DEFAULT_MODEL

# Verbs that ask for, plan or take a stand on something.
WANT_VERBS = frozenset({
    "want", "demand", "urge", "ask", "request", "seek", "plan", "intend", "aim", "hope", "wish",
    "propose", "insist", "press", "push", "appeal", "call", "vow", "pledge", "promise", "threaten",
    "refuse", "reject", "oppose", "support", "back", "offer", "agree", "recommend", "favour", "favor",
})
OBLIGATION_MODALS = frozenset({"should", "must", "ought", "shall"})
# Verbs that oblige with "to": "need to", "have to".
OBLIGATION_VERBS = frozenset({"need", "have"})


# A stated thing, as (its sentence, its start and end in that sentence).
Stated = tuple[str, int, int]


def statements_with_a_want(stated: Iterable[Stated]) -> set[Stated]:
    """Of `stated`, those that hold a want (each sentence parsed once): in their own words ("the
    union wants talks"), or in the verb that states them ("critics oppose the new timetable")."""
    unique = sorted(set(stated))
    if not unique:
        return set()
    sentences = sorted({sentence for sentence, _, _ in unique})
    docs = dict(zip(sentences, parse_texts(load_pipeline(DEFAULT_MODEL), sentences), strict=True))
    return {item for item in unique if holds_a_want(docs[item[0]], item[1], item[2])}


def holds_a_want(doc: Doc, start: int, end: int) -> bool:
    """Whether the words of `doc` from character `start` to `end`, or the verb they hang from, want."""
    words = [token for token in doc if start <= token.idx < end]
    return any(_wants(token) or _obliges(token) for token in words + _stating_verbs(words))


def _stating_verbs(words: list[Token]) -> list[Token]:
    """The nearest verb above the words, outside them: the verb that states them."""
    inside = {token.i for token in words}
    verbs = []
    for token in words:
        head = token.head
        while head.i in inside and head is not head.head:
            head = head.head
        if head.i not in inside and head.pos_ in {"VERB", "AUX"}:
            verbs.append(head)
    return verbs


def _wants(token: Token) -> bool:
    if token.pos_ != "VERB" or token.lemma_.lower() not in WANT_VERBS:
        return False
    return token.lemma_.lower() != "call" or _calls_for(token)


def _calls_for(call: Token) -> bool:
    """"called for calm" and "called on him to resign" ask; "called the owner on Tuesday" does not."""
    words = {child.lower_ for child in call.children}
    return "for" in words or ("on" in words and any(t.dep_ == "xcomp" for t in call.subtree))


def _obliges(token: Token) -> bool:
    """A modal of obligation on a verb ("should pay"), or "need"/"have" with a "to" verb."""
    if token.tag_ == "MD" and token.lower_ in OBLIGATION_MODALS:
        return token.head.pos_ in {"VERB", "AUX"} and token.head is not token
    if token.lemma_.lower() in OBLIGATION_VERBS and token.pos_ in {"VERB", "AUX"}:
        return any(child.dep_ == "xcomp" and any(c.lower_ == "to" for c in child.children)
                   for child in token.children)
    return False
