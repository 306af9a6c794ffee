"""Dates of time limits: the day a limit falls lies after the granting or setting of it, so the
tense of the verb that grants or sets it does not say on which side of the telling the day lies.

Split from `tense.py`: "gave the bank until Friday to raise capital" and "has handed the firm a
June 3 deadline", "set a deadline of June 30" (wave 15): the day nearest the publication date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.annotate.timex.tense import _verb_tense

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Token


# Verbs that grant a span of time to do something in ("gave the bank until Friday to raise capital").
GRANTING_VERBS = {"give", "grant", "allow", "have", "get"}


def is_past_granted_deadline(date: Token) -> bool:
    """"Regulators gave the bank until Friday to raise capital", "the firm had until March 31 to
    file": a deadline granted in the past lies after the granting, so the past tense of "gave" does
    not place it before the publication date; nor does "until" place it after (the granting may be
    months old). The day nearest the publication date is meant."""
    preposition = date.head
    if date.dep_ != "pobj" or preposition.lower_ not in {"until", "till", "til"} or preposition.i > date.i:
        return False
    verb = preposition.head
    if verb.i == preposition.i or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in GRANTING_VERBS:
        return False
    purpose = [child for child in verb.children if child.dep_ in {"advcl", "xcomp"} and child.i > date.i
               and any(aux.lower_ == "to" for aux in child.children)]
    return bool(purpose) and _verb_tense(verb) == "past"


# Nouns of a time limit, and the verbs that set one: "the panel has handed the firm a June 3 deadline", "set a
# deadline of June 30". The date is when the limit falls, after the setting; the setting's past tense
# does not place it before the telling (the day nearest the publication date is meant), as with
# `is_past_granted_deadline`. "Missed the May 10 deadline" keeps the tense of "missed".
DEADLINE_NOUNS = {"deadline", "cutoff", "cut-off", "ultimatum", "time-limit"}
DEADLINE_SETTING_VERBS = {"give", "hand", "grant", "allow", "set", "impose", "extend", "fix", "issue",
                          "announce"}
_DEADLINE_NOUN_AFTER = re.compile(r"\s+(?:deadline|cut-?off|ultimatum)\b", re.IGNORECASE)
_DEADLINE_SET_BEFORE = re.compile(
    r"\b(?:gave|given|gives?|hand(?:ed|s)|granted|grants?|set|sets|imposed|imposes?|extended|extends?|fixed|issued)\b"
    r"[^.;!?,]{0,40}$", re.IGNORECASE)


def is_set_deadline(date: Token) -> bool:
    """The date names a time limit that a verb of granting or setting gives ("has handed the firm a June 3
    deadline", "set a deadline of June 30", "a May 10 deadline was imposed")."""
    noun = date.head
    if date.dep_ == "pobj" and noun.lower_ in {"of", "for"} and noun.i < date.i:
        noun = noun.head
    elif date.dep_ not in {"nmod", "compound", "npadvmod", "amod", "nummod"} or noun.i < date.i:
        return False
    if noun.lower_ not in DEADLINE_NOUNS and noun.lemma_.lower() not in DEADLINE_NOUNS:
        return False
    verb = noun.head
    return (noun.dep_ in {"dobj", "nsubjpass", "attr", "oprd"} and verb.i != noun.i
            and verb.pos_ in {"VERB", "AUX"} and verb.lemma_ in DEADLINE_SETTING_VERBS)


_DEADLINE_NOUN_BEFORE = re.compile(r"\b(?:deadline|cut-?off|ultimatum)\s+(?:of|for)\s+$", re.IGNORECASE)


def names_set_deadline(text: str, start: int, end: int) -> bool:
    """Without a parse: a deadline noun right after the date ("a May 10 deadline") or "deadline of"
    right before it, and a verb of setting shortly before."""
    before = text[max(0, start - 48):start]
    noun_before = _DEADLINE_NOUN_BEFORE.search(before)
    if noun_before is not None:
        before = before[:noun_before.start()]
    elif not _DEADLINE_NOUN_AFTER.match(text, end):
        return False
    return bool(_DEADLINE_SET_BEFORE.search(before))
