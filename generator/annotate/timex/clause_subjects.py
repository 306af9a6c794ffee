"""The subject of a verb in a dated statement, and the noun phrase that stands for it: the words
`events` supplies when a statement's own subject is a pronoun or is shared with another verb ("...,
having boosted" -> the subject of the verb it hangs from). Moved from `events` (wave 10) unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

# type names only: `events` is imported by the story stage, which a warm rebuild runs without spaCy
if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}), None)


def shared_subject(verb: Token) -> Token | None:
    """The subject a verb shares with the one it hangs from: "... but will now receive", "..., having
    boosted" (not a past participle: "expected to rise" often says it of the object)."""
    shares = verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    if not shares or verb.head == verb:
        return None
    subject = subject_of(verb.head) or shared_subject(verb.head)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:  # "X, who missed two games and did not"
        relative = subject.head
        subject = relative.head if relative.dep_ == "relcl" and relative.head.pos_ == "PROPN" else None
    if subject is None:
        return None
    return subject if subject.pos_ in {"NOUN", "PROPN", "PRON"} else None


def agrees(pronoun: Token, noun: Token) -> bool:
    if pronoun.lower_ == "it":
        return noun.tag_ in {"NN", "NNP"}
    if pronoun.lower_ == "they":
        return True  # "they" stands for organisations too
    return noun.pos_ == "PROPN"  # he/she: a named speaker


def noun_phrase(noun: Token, limit: int | None = None) -> list[Token]:
    """The noun with its modifiers up to `limit` ("the ongoing negotiations", "the rule, known as
    Section 8," before the clause that modifies it); only what precedes the noun when no limit is given."""
    end = noun.i + 1 if limit is None else limit
    tokens = [t for t in noun.subtree if t.i < end]
    # A comma that closes an apposition ("the policy, known as X,") stays; one before the clause goes.
    while tokens and tokens[-1].is_punct and sum(t.text == "," for t in tokens) % 2:
        tokens.pop()
    while tokens and tokens[-1].is_punct and tokens[-1].text != ",":
        tokens.pop()
    return tokens
