"""What a dated clause says happened, as a lemma: its main verb with its particle ("check_in",
"check_out"), for a light verb the noun it takes ("took office" -> "office"), and for a verb that only
says a happening is planned, agreed or due the verb it takes ("is scheduled to return" -> "return")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.predicates import classes_of_lemmas, is_listed_phrasal
from generator.annotate.timex.clause_subjects import subject_of
from generator.annotate.timex.tense import _happening_dated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

LEMMA_POS = frozenset({"VERB", "NOUN"})
LIGHT_VERBS = frozenset({"be", "have", "do", "make", "take", "get", "go", "come", "give", "put", "keep"})
# Verbs that say a happening is planned, agreed, decided or under way, not what it is: "is scheduled
# to return", "agreed to buy", "is set to face", "decided to fire", "is going to announce", "began to
# fall". What the clause tells happened is the verb they take (its `xcomp`), so two tellings of one
# happening share it ("returns" / "is scheduled to return"). Not verbs that doubt or deny it
# ("refused to resign", "threatened to quit", "tried to escape"): those stay their own predicate.
PLANNING_VERBS = frozenset({"schedule", "slate", "set", "expect", "plan", "agree", "decide", "vote",
                            "prepare", "go", "begin", "start"})


# The adverb particles of English phrasal verbs (Quirk et al., A Comprehensive Grammar, 16.3).
ADVERB_PARTICLES = frozenset({"about", "across", "along", "around", "aside", "away", "back", "by", "down",
                              "in", "off", "on", "out", "over", "round", "through", "up"})


def phrasal_lemma(token: Token) -> str:
    """The lemma with the verb's particle: "checked in" -> "check_in", "checked out of" -> "check_out"
    (a phrasal verb means something other than its verb alone)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return lemma
    particle = next((c for c in token.children if is_particle(c)), None)
    if particle is None:
        particle = next((c for c in token.children if _listed_adverb_particle(token, c)), None)
    return f"{lemma}_{particle.lower_}" if particle is not None else lemma


def _listed_adverb_particle(verb: Token, child: Token) -> bool:
    """A particle right after its verb that the small model reads as an adverb ("stepped down as
    mayor", "broke out of"), taken only where the predicate table lists the phrasal verb: elsewhere an
    adverb after a verb stays an adverb ("walked around")."""
    return (child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in ADVERB_PARTICLES
            and is_listed_phrasal(f"{verb.lemma_.lower()}_{child.lower_}"))


def is_particle(child: Token) -> bool:
    """A particle the parser marks ("checked in"), or one it reads as a preposition because a
    preposition follows ("checked out of", "broke away from")."""
    if child.dep_ == "prt":
        return True
    following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return (child.dep_ == "prep" and child.lower_ in ADVERB_PARTICLES and following is not None
            and following.head == child and following.dep_ == "prep")


def main_predicate(root: Token) -> str:
    """The lemma of what the clause says happened: its verb (with its particle: "check_out"), or for a
    light verb ("was a blast", "took office") the noun it takes, for a planning verb ("is scheduled to
    return") the predicate of the verb it takes; "" when none says anything."""
    if root.pos_ == "VERB" and root.lemma_.lower() in PLANNING_VERBS:
        planned = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if planned is not None:
            return main_predicate(planned)
    if root.pos_ == "VERB" and root.lemma_.lower() not in LIGHT_VERBS:
        return phrasal_lemma(root)
    for child in root.children:
        if child.dep_ in {"attr", "dobj", "acomp"} and child.pos_ in {"NOUN", "VERB", "ADJ"}:
            return child.lemma_.lower()
    return ""


def subject_happening(root: Token) -> str:
    """The lemma of the statement's subject when it names a kind of happening of the predicate table
    ("The fire that gutted the mill took a piece of the town's past", "the blast shattered windows"):
    the statement tells what that happening did, so it tells the happening too, whatever its verb."""
    subject = subject_of(root)
    if subject is None or subject.pos_ != "NOUN":
        return ""
    lemma = subject.lemma_.lower()
    return lemma if classes_of_lemmas([lemma]) else ""


def dated_happening(span: Span) -> str:
    """The lemma of the happening noun the date phrase hangs on when that noun is the clause's subject
    ("her arrest on Tuesday came after a tip", "Tuesday's tremor was felt"; `tense._happening_dated`),
    else "". A dated happening named as an object or after a preposition ("found guilty of the
    shooting in March") is what the clause is about, not what it tells happened."""
    noun = _happening_dated(span.root)
    return noun.lemma_.lower() if noun is not None and noun.dep_ in _SUBJECTS else ""


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
