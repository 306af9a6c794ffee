"""The words a dated statement needs but its clause does not hold (`events.py` makes the statement):
the "was" of a participle told as a clause, the auxiliaries a joined participle shares, and the noun
a sentence-opening "it"/"they" continues from the sentence before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.quantities.doc_index import sentence_of

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Token

WEATHER_VERBS = frozenset({"rain", "snow", "pour", "hail", "freeze", "drizzle"})


def passive_auxiliary(participle: Token) -> list[str]:
    """"The warehouse, built in 1910, ...": a past participle that modifies a noun is a passive told
    without its "be"; as a statement of its own it needs it back ("The warehouse was built")."""
    if participle.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in participle.children):
        return []
    return ["were" if participle.head.tag_ in {"NNS", "NNPS"} else "was"]


def shared_auxiliaries(verb: Token) -> list[Token]:
    """"The depot was built in 1910 and renovated in 2001": a participle joined to a verb shares its
    auxiliaries too ("The depot was renovated", "has been charged ... and released"); a bare verb
    shares a modal ("would cut jobs and close two plants": "It would close")."""
    if verb.dep_ != "conj" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return []
    if verb.tag_ == "VB":
        return [c for c in verb.head.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.head.i]
    if verb.tag_ != "VBN":
        return []
    return [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.head.i]


# "It"/"they" opening a sentence most likely continue the subject of the sentence before (centering:
# the subject is the preferred centre, Grosz, Joshi & Weinstein 1995): "The depot was built in 1910.
# It was torn down on Monday." A named antecedent is left to the story's entities (`story/subjects.py`).
THING_PRONOUNS = frozenset({"it", "they"})
# A clause whose "it" stands for a clause, not a thing: "It was announced that ...", "It rained".
_EXTRAPOSED = frozenset({"ccomp", "csubj", "csubjpass"})


def previous_subject(pronoun: Token) -> Token | None:
    """The common-noun subject of the sentence before, for a sentence-opening "it" or "they" that
    agrees with it in number (None for an "it" that stands for a clause or the weather)."""
    verb = pronoun.head
    sentence = sentence_of(pronoun)
    if pronoun.i != sentence.start or verb.dep_ != "ROOT" or sentence.start == 0:
        return None
    if any(child.dep_ in _EXTRAPOSED for child in verb.children) or verb.lemma_ in WEATHER_VERBS:
        return None
    before = sentence_of(pronoun.doc[sentence.start - 1])
    subject = _subject_of(before.root)
    if subject is None or subject.pos_ != "NOUN" or subject.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    plural = subject.tag_ == "NNS"
    return subject if plural == (pronoun.lower_ == "they") else None


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
