"""The tense of the clause around an expression, which decides whether "Friday" or "in May" lies
before or after the publication date: from the spaCy parse when there is one, from cue words otherwise."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Literal

from generator.annotate.doc_text import doc_text

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc, Token


Tense = Literal["past", "future", "unknown"]


# --------------------------------------------------------------------------- tense


_FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|shall|won't|going\s+to|set\s+to|due\s+to|expected\s+to|scheduled|slated|plans?\s+to"
    r"|planned|aims?\s+to|intends?\s+to|is\s+to|are\s+to|would|upcoming|next|later\s+this)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|ago|last|earlier|said|told|reported|announced|[a-z]{3,}ed)\b", re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.!?;\n]\s*|[,:]\s+(?=[A-Z])")
_DEADLINE = re.compile(r"\b(?:until|till|by|before)\s+(?:the\s+)?$", re.IGNORECASE)
MODALS = {"will", "'ll", "shall", "wo", "should", "may", "might", "could", "must", "can", "ca", "would"}
SCHEDULING_VERBS = {"schedule", "plan", "slate", "expect", "due", "set"}
FUTURE_GOVERNORS = {"set", "expect", "schedule", "due", "plan", "go", "intend", "aim", "slate", "prepare",
                    "hope", "want", "seek", "poise"}


def clause_tense(text: str, start: int, end: int) -> Tense:
    """Tense from cue words of the clause around [start, end) (used when no parse is at hand)."""
    window_start = max(0, start - 160)
    before = text[window_start:start]
    boundaries = list(_CLAUSE_START.finditer(before))
    if boundaries:
        before = before[boundaries[-1].end():]
    after = text[end:end + 80]
    stop = re.search(r"[.!?;\n]", after)
    clause = before + " " + (after[:stop.start()] if stop else after)
    if _FUTURE_CUES.search(clause):
        return "future"
    if _PAST_CUES.search(clause):
        return "past"
    return "unknown"


def _token_at(doc: Doc, token_starts: list[int], offset: int) -> Token | None:
    index = bisect.bisect_right(token_starts, offset) - 1
    return doc[index] if 0 <= index < len(doc) else None


def _tense_from_parse(doc: Doc, token_starts: list[int], offset: int) -> Tense:
    """Tense of the verb that governs the token at `offset` (its nearest verbal ancestor)."""
    token = _token_at(doc, token_starts, offset)
    after_event = token is not None and _follows_event_after(doc, token)
    for _ in range(8):
        if token is None:
            break
        if token.pos_ in {"VERB", "AUX"}:
            token = _reporting_verb_before_clause(doc, token, offset)
            tense = _verb_tense(token)
            if after_event and tense != "past" and _is_plain_present(token):
                return "past"  # "searching after the quake late Tuesday": the quake came first
            return "future" if tense == "unknown" and _is_schedule_copula(token) else tense
        noun_tense = _event_noun_tense(token)
        if noun_tense != "unknown":
            return noun_tense  # "the planned merger in March", "last year's vote"
        if token.head == token:  # spaCy makes a new Token object on each access: compare by value
            break
        token = token.head
    # No verb (a headline, a fragment): fall back on the cue words of the sentence.
    sentence = token.sent if token is not None else None
    if sentence is None:
        return "unknown"
    return clause_tense(doc_text(doc)[sentence.start_char:sentence.end_char], offset - sentence.start_char,
                        offset - sentence.start_char)


def _reporting_verb_before_clause(doc: Doc, verb: Token, offset: int) -> Token:
    """"GM said on Monday it would cut jobs": the small parser hangs "on Monday" on "cut", but a date
    between the reporting verb and the reported clause's subject dates the saying, not the cut."""
    governor = verb.head
    if verb.dep_ != "ccomp" or governor.i == verb.i or not governor.idx < offset:
        return verb
    opening = [child.idx for child in verb.children if child.dep_ in {"nsubj", "nsubjpass", "mark", "expl"}]
    return governor if opening and offset < min(opening) else verb


# Prepositions whose object happened before the clause they attach to ("after the quake", "since the
# vote"): a date right after that object dates it, whatever the tense of the main verb.
EARLIER_EVENT_PREPOSITIONS = {"after", "since", "following"}
_DATE_MODIFIERS = {"late", "early", "mid", "on", "last"}


def _follows_event_after(doc: Doc, date: Token) -> bool:
    """The date (possibly "late"/"early"/"on" before it) directly follows the object of "after"/"since".
    It dates that object, which came before a clause told in the plain present."""
    index = date.i - 1
    while index >= 0 and doc[index].lower_ in _DATE_MODIFIERS:
        index -= 1
    if index < 0:
        return False
    noun = doc[index]
    return (noun.pos_ == "NOUN" and noun.dep_ == "pobj"
            and noun.head.lower_ in EARLIER_EVENT_PREPOSITIONS and noun.head.i < noun.i)


def _is_plain_present(verb: Token) -> bool:
    """A present-tense verb that states no plan: no modal, no infinitive, no "expected to" above it
    ("are searching", "is"; not "will meet", "plans to strike", "is expected to act")."""
    if verb.tag_ not in {"VBZ", "VBP", "VBG"}:
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in MODALS or aux.lower_ == "to" for aux in auxiliaries):
        return False
    return not (verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head.lemma_ in FUTURE_GOVERNORS)


def _is_schedule_copula(verb: Token) -> bool:
    """"The hearing is Thursday", "bids are due Friday": a present-tense "be" whose complement is the
    date states a schedule, so the date lies ahead (deadlines included)."""
    if verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP"} or verb.dep_ not in {"ROOT", "ccomp", "conj"}:
        return False
    return not any(child.dep_ in {"aux", "auxpass"} for child in verb.children)


def _verb_tense(verb: Token) -> Tense:
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in MODALS for aux in auxiliaries):
        return "future"  # will, should, may ...: not (yet) a fact
    if verb.lemma_ in SCHEDULING_VERBS and verb.lemma_ != "set":
        return "future"  # "a hearing has been scheduled for June 3"
    if any(aux.lower_ == "to" for aux in auxiliaries):
        return _infinitive_tense(verb)
    if verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head.lemma_ in FUTURE_GOVERNORS:
        return "future"
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and any(aux.lemma_ == "have" for aux in auxiliaries):
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} or any(aux.tag_ in {"VBZ", "VBP"} for aux in auxiliaries):
        # Present tense with a date is a schedule ("the talks resume in March") ... and surely so in a
        # relative clause ("Ford, which reports earnings on Friday"), where headlines' historical
        # present ("GM files for bankruptcy Monday") does not occur.
        return "future" if verb.tag_ == "VBG" or auxiliaries or verb.dep_ == "relcl" else "unknown"
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
        return "past"  # "the plan announced on Monday"
    return "unknown"



def _infinitive_tense(verb: Token) -> Tense:
    """An infinitive is as future as the clause it completes: "wants to cut by June" and "an event
    to be held on October 12" lie ahead, but "agreed to sell the unit in October" is told in the
    past tense of "agreed" (the clause that holds the expression, not the one verb next to it)."""
    governor = verb.head
    if verb.dep_ not in {"xcomp", "ccomp", "advcl"} or governor.i == verb.i or governor.pos_ not in {
            "VERB", "AUX"}:
        return "future"
    if governor.lemma_ in FUTURE_GOVERNORS or governor.lemma_ in SCHEDULING_VERBS:
        return "future"
    governed = _verb_tense(governor)
    return "future" if governed == "unknown" else governed


# Adjectives that place the event a noun names before or after the publication date.
FUTURE_EVENT_ADJECTIVES = {"planned", "upcoming", "proposed", "scheduled", "forthcoming", "coming",
                           "expected", "future", "impending", "pending"}
PAST_EVENT_ADJECTIVES = {"former", "previous", "recent", "past", "earlier", "failed", "completed"}


def _event_noun_tense(noun: Token) -> Tense:
    """The tense an event noun's own modifiers give it ("the planned merger", "the recent vote")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return "unknown"
    modifiers = {child.lower_ for child in noun.children if child.dep_ in {"amod", "compound"}}
    if modifiers & FUTURE_EVENT_ADJECTIVES:
        return "future"
    if modifiers & PAST_EVENT_ADJECTIVES:
        return "past"
    return "unknown"
