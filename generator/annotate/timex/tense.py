"""The tense of the clause around an expression, which decides whether "Friday" or "in May" lies
before or after the publication date: from the spaCy parse when there is one, from cue words otherwise."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Literal

from generator.annotate.doc_text import doc_text
from generator.annotate.doc_tokens import token_starts as doc_token_starts
from generator.annotate.doc_tokens import token_texts
from generator.annotate.predicates import names_a_happening, verbs_named_by
from generator.annotate.quantities.doc_index import sentence_of

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc, Token


Tense = Literal["past", "future", "unknown"]


# --------------------------------------------------------------------------- tense


_FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|shall|won't|going\s+to|set\s+to|due\s+to|expected\s+to|scheduled|slated|plans?\s+to"
    r"|planned|aims?\s+to|intends?\s+to|is\s+to|are\s+to|would|upcoming|next|later\s+this|tomorrow"
    # a schedule told without a parse: "set for", "due on", "postponed until", "ordered to return
    # on" (the parse-based rules are `_is_rescheduled_time` and its neighbours)
    r"|set\s+for|(?:is|are)\s+due|due\s+(?:on|in|by|at|for|back)"
    r"|(?:postponed|adjourned|delayed|deferred|rescheduled|remanded|pushed\s+back|put\s+off)"
    r"\s+(?:until|till|to)|(?:ordered|summoned|directed|instructed|required)\s+to)\b",
    re.IGNORECASE,
)
# "faces trial on June 5", "awaits sentencing in May": a present-tense prospect verb whose object runs
# up to the date with no clause of its own in between ("faces charges that he was driving ... in June
# 2006" tells a past date).
_PROSPECT_BEFORE = re.compile(
    r"\b(?:faces|face|awaits|await)\b(?:(?!\b(?:that|who|which|when|while|after|because|since|was|were|had"
    r"|did|said)\b)[^.;!?])*$", re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|ago|last|earlier|said|told|reported|announced|[a-z]{3,}ed)\b", re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.!?;\n]\s*|[,:]\s+(?=[A-Z])")
_DEADLINE = re.compile(r"\b(?:until|till|by|before)\s+(?:the\s+)?$", re.IGNORECASE)
# The perfect's auxiliary by its form: the small model lemmatises a sentence's first "Having" as
# "having" ("Having closed the quay in March, ...": the perfect participle looks back).
HAVE_FORMS = {"have", "has", "had", "having", "'ve"}
MODALS = {"will", "'ll", "shall", "wo", "should", "may", "might", "could", "must", "can", "ca", "would"}
SCHEDULING_VERBS = {"schedule", "plan", "slate", "expect", "due", "set"}
FUTURE_GOVERNORS = {"set", "expect", "schedule", "due", "plan", "go", "intend", "aim", "slate", "prepare",
                    "hope", "want", "seek", "poise"}
# Governors of wish and attempt: "hopes to reach the border Friday" is ahead, but in the simple past or
# the past perfect the attempt was made ("sought to calm the crowd Friday", "had hoped to land Friday"):
# the infinitive takes the governor's past. "Go" states a plan only as "going to" ("went to watch the
# parade Saturday", "went shopping Friday" tell what was done).
ATTEMPT_GOVERNORS = {"go", "intend", "aim", "prepare", "hope", "want", "seek"}
# Adjectives of schedule before an infinitive: "was due to appear in court Friday", "is set to open
# Monday" tell a time still ahead of the telling, like "was scheduled to".
SCHEDULE_ADJECTIVES = {"due", "set", "slated", "scheduled", "poised", "about"}
# Verbs of starting or ending whose subject is the noun before them: "called a strike to begin
# Friday", "a ban to take effect Monday": the start is the plan the noun names.
ONSET_VERBS = {"begin", "start", "resume", "commence", "expire", "end", "run", "last"}
# Verbs that tell someone to do something: what they are told to do lies after the telling ("was
# ordered to return to court on June 5"), however past the order itself.
DIRECTIVE_GOVERNORS = {"order", "direct", "summon", "instruct", "require", "ask", "urge", "invite",
                       "request", "tell", "command", "subpoena"}
# Verbs that move or fix the time of a happening: the date after "until", "to", "for" or "till" is the
# new time ("was postponed until June 5", "was adjourned to Friday", "was set for June 5").
RESCHEDULING_VERBS = {"postpone", "adjourn", "delay", "defer", "reschedule", "set", "schedule", "push",
                      "move", "put", "remand", "slate", "continue", "recess", "bail", "fix"}
TARGET_PREPOSITIONS = {"until", "till", "til", "to", "for"}
# Present-tense verbs whose object is still ahead of the subject ("faces arraignment on June 5",
# "awaits sentencing in May"); in the past tense ("faced charges in May") they tell what was.
PROSPECT_VERBS = {"face", "await", "anticipate"}
# Words that put a clause told in the plain present ahead of the telling ("The board meets next
# week and again in December"): the schedule's other dates lie ahead too.
FUTURE_DATE_WORDS = {"tomorrow", "next", "coming", "upcoming", "forthcoming"}


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
    if _FUTURE_CUES.search(clause) or _PROSPECT_BEFORE.search(before):
        return "future"
    if _PAST_CUES.search(clause):
        return "past"
    return "unknown"


def _token_at(doc: Doc, token_starts: list[int], offset: int) -> Token | None:
    index = bisect.bisect_right(token_starts, offset) - 1
    return doc[index] if 0 <= index < len(doc) else None


def _tense_from_parse(doc: Doc, token_starts: list[int], offset: int) -> Tense:
    """Tense of the verb that governs the token at `offset` (its nearest verbal ancestor); a date on a
    happening the article tells as done is past, whatever verb governs the noun
    (`_dates_a_done_happening`)."""
    tense = _governing_tense(doc, token_starts, offset)
    date = _token_at(doc, token_starts, offset)
    if tense == "future" and date is not None and _dates_a_done_happening(doc, date):
        return "past"
    return tense


def _governing_tense(doc: Doc, token_starts: list[int], offset: int) -> Tense:
    """Tense of the verb that governs the token at `offset` (its nearest verbal ancestor)."""
    token = _token_at(doc, token_starts, offset)
    if token is not None and _is_rescheduled_time(token):
        return "future"
    if token is not None and _is_starting_point(token):
        return "past"
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
        if _verb_read_as_modifier(token):
            return "past"  # "after Jo Vale rear-ended a van on June 8", parsed "a rear-ended van"
        if token.head == token:  # spaCy makes a new Token object on each access: compare by value
            break
        token = token.head
    # No verb (a headline, a fragment): fall back on the cue words of the sentence.
    sentence = sentence_of(token) if token is not None else None
    if sentence is None:
        return "unknown"
    return clause_tense(doc_text(doc)[sentence.start_char:sentence.end_char], offset - sentence.start_char,
                        offset - sentence.start_char)


def _is_rescheduled_time(date: Token) -> bool:
    """The date is the new time a rescheduling verb gives ("postponed until June 5", "set for May 2")."""
    preposition = date.head
    if date.dep_ != "pobj" or preposition.lower_ not in TARGET_PREPOSITIONS or preposition.i > date.i:
        return False
    verb = preposition.head
    return verb.i != preposition.i and verb.pos_ in {"VERB", "AUX"} and verb.lemma_ in RESCHEDULING_VERBS


def _is_starting_point(date: Token) -> bool:
    """"missing since Friday", "closed since Monday": what "since" starts from lies before the telling,
    whatever the tense of the verb ("has been searching since Friday" is no plan)."""
    return date.dep_ == "pobj" and date.head.lower_ == "since" and date.head.i < date.i


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


def _governs_a_plan(governor: Token) -> bool:
    """The governor puts its clausal complement ahead of it ("expected to", "plans to", "is going
    to"); verbs of wish and attempt only when not told as done (`ATTEMPT_GOVERNORS`)."""
    if governor.lemma_ not in FUTURE_GOVERNORS:
        return False
    if governor.lemma_ not in ATTEMPT_GOVERNORS:
        return True
    if governor.lemma_ == "go":
        return governor.tag_ == "VBG"
    auxiliaries = [child for child in governor.children if child.dep_ in {"aux", "auxpass"}]
    told_as_done = governor.tag_ == "VBD" or (
        governor.tag_ == "VBN" and any(aux.lower_ in HAVE_FORMS for aux in auxiliaries))
    return not told_as_done or any(aux.lower_ in MODALS for aux in auxiliaries)


def _is_plain_present(verb: Token) -> bool:
    """A present-tense verb that states no plan: no modal, no infinitive, no "expected to" above it
    ("are searching", "is"; not "will meet", "plans to strike", "is expected to act")."""
    if verb.tag_ not in {"VBZ", "VBP", "VBG"}:
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in MODALS or aux.lower_ == "to" for aux in auxiliaries):
        return False
    return not (verb.dep_ in {"xcomp", "ccomp", "advcl"} and _governs_a_plan(verb.head))


def _is_schedule_copula(verb: Token) -> bool:
    """"The hearing is Thursday", "bids are due Friday": a present-tense "be" whose complement is the
    date states a schedule, so the date lies ahead (deadlines included)."""
    if verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP"} or verb.dep_ not in {"ROOT", "ccomp", "conj"}:
        return False
    return not any(child.dep_ in {"aux", "auxpass"} for child in verb.children)


def _verb_tense(verb: Token) -> Tense:
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in MODALS for aux in auxiliaries):
        # will, should, may ...: not (yet) a fact; but a modal with the perfect looks back
        return "past" if _is_modal_perfect(verb, auxiliaries) else "future"
    if verb.lemma_ in SCHEDULING_VERBS and verb.lemma_ != "set":
        return "future"  # "a hearing has been scheduled for June 3"
    if any(aux.lower_ == "to" for aux in auxiliaries):
        return _infinitive_tense(verb)
    if verb.dep_ in {"xcomp", "ccomp", "advcl"} and _governs_a_plan(verb.head):
        return "future"
    if verb.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if verb.tag_ in {"VBN", "VBG"} and any(aux.lower_ in HAVE_FORMS for aux in auxiliaries):
        return "past"  # the perfect, progressive too: "has been searching", "had been living"
    if verb.tag_ in {"VBZ", "VBP"} or any(aux.tag_ in {"VBZ", "VBP"} for aux in auxiliaries):
        # Present tense with a date is a schedule ("the talks resume in March") ... and surely so in a
        # relative clause ("Ford, which reports earnings on Friday"), where headlines' historical
        # present ("GM files for bankruptcy Monday") does not occur.
        if verb.tag_ == "VBG" or auxiliaries or verb.dep_ == "relcl":
            return "future"
        return "future" if _faces_a_happening(verb) or _names_a_future_time(verb) or _opens_on_a_date(
            verb) else "unknown"
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
        return "past"  # "the plan announced on Monday"
    if verb.tag_ == "VBN" and not auxiliaries and any(c.lower_ == "last" for c in verb.lefts):
        return "past"  # "the man, last seen on Friday": what was last seen lies behind the telling
    if verb.tag_ == "VBN" and not auxiliaries and _has_own_subject(verb):
        return "past"  # "comes after Jo rear-ended a van on June 8": a simple past read as a participle
    if verb.tag_ in {"VBG", "VBN"} and not auxiliaries:
        return _nonfinite_tense(verb)
    return "unknown"


def _verb_read_as_modifier(noun: Token) -> bool:
    """The noun has a past form tagged as its modifier before its own article ("rear-ended a van"): a
    modifier stands after the article ("a rear-ended van"), so one before it is the simple past verb
    whose object the noun is, which the parser took for an adjective (hyphened verbs mostly)."""
    articles = [child.i for child in noun.children if child.dep_ == "det" and child.i < noun.i]
    return bool(articles) and any(
        child.dep_ in {"amod", "compound"} and child.tag_ in {"VBD", "VBN"} and child.i < min(articles)
        for child in noun.children)


def _has_own_subject(verb: Token) -> bool:
    """A past participle with a subject of its own before it and no auxiliary is a finite verb in the
    simple past that the tagger took for a participle (a hyphened verb such as "rear-ended",
    "short-changed"): a participle clause ("the van, hit on Friday") has no subject of its own."""
    return any(child.dep_ == "nsubj" and child.i < verb.i for child in verb.children)


def _nonfinite_tense(verb: Token) -> Tense:
    """A gerund or participle clause has no tense of its own: its time is read from the clause it
    hangs on ("split off in July after voting in a January referendum": the January of "split", before
    the telling; "will resign after voting in January": after it). Only a clause under a preposition
    ("after voting") or an adverbial one ("voting in January, they ..."), whose verb has a tense."""
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.pos_ == "ADP":
        governor = governor.head
    elif verb.dep_ != "advcl":
        return "unknown"
    if governor.i == verb.i or governor.pos_ not in {"VERB", "AUX"}:
        return "unknown"
    return _verb_tense(governor)


# Modals that with the perfect still look ahead: "will have finished by Friday" (the future perfect).
FUTURE_PERFECT_MODALS = {"will", "'ll", "shall", "wo"}


def _is_modal_perfect(verb: Token, auxiliaries: list[Token]) -> bool:
    """"Could have been prevented", "may have died", "would have turned 50", "should have stopped":
    a modal with the perfect infinitive (have + past participle) places what it tells in the past
    (Quirk et al., A Comprehensive Grammar, 4.58-4.67), unless the modal is "will" or "shall"."""
    modals = {aux.lower_ for aux in auxiliaries if aux.lower_ in MODALS}
    has_perfect = any(aux.lemma_ == "have" and aux.tag_ == "VB" for aux in auxiliaries)
    return has_perfect and verb.tag_ == "VBN" and not modals & FUTURE_PERFECT_MODALS


def _faces_a_happening(verb: Token) -> bool:
    """"The suspect faces arraignment on June 5": a present-tense prospect verb with a noun object."""
    return verb.lemma_ in PROSPECT_VERBS and any(
        child.dep_ == "dobj" and child.pos_ in {"NOUN", "PROPN"} for child in verb.children)


# Present-tense verbs of a start or an end that, under the headline, state a timetable: "the museum
# opens on Friday", "the law takes effect Monday", "the phone goes on sale Friday" (wave 15).
_OPENING_VERBS = ONSET_VERBS - {"run", "last"} | {"open", "reopen", "close"}


def _opens_on_a_date(verb: Token) -> bool:
    """A plain-present verb of a start or an end below the first sentence (a headline's present tells
    what was done: "Museum opens new wing Friday")."""
    if verb.sent.start == 0:
        return False
    if verb.lemma_ == "take":
        return any(child.dep_ == "dobj" and child.lower_ == "effect" for child in verb.children)
    if verb.lemma_ == "go":
        return any(child.lower_ == "on" and any(g.lower_ == "sale" for g in child.children)
                   for child in verb.children)
    return verb.lemma_ in _OPENING_VERBS


def _names_a_future_time(verb: Token) -> bool:
    """A word of time to come among the verb's own modifiers ("meets next week", "resumes tomorrow"),
    one level into a preposition ("in the coming weeks"); not inside a clause of its own."""
    modifiers = [child for child in verb.children if child.dep_ in {"npadvmod", "advmod", "prep", "tmod"}]
    modifiers += [grandchild for child in modifiers if child.dep_ == "prep" for grandchild in child.children]
    words = modifiers + [grandchild for child in modifiers for grandchild in child.children
                         if grandchild.dep_ in {"amod", "advmod"}]
    return any(word.lower_ in FUTURE_DATE_WORDS for word in words)


def _infinitive_tense(verb: Token) -> Tense:
    """An infinitive is as future as the clause it completes: "wants to cut by June" and "an event
    to be held on October 12" lie ahead, but "agreed to sell the unit in October" is told in the
    past tense of "agreed" (the clause that holds the expression, not the one verb next to it)."""
    governor = verb.head
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp" and verb.dep_ == "xcomp":
        if governor.lower_ in SCHEDULE_ADJECTIVES:
            return "future"  # "was due to appear in court Friday": the schedule lies ahead
        governor = governor.head  # "was able to meet them on Monday": the tense of "was"
    if verb.dep_ not in {"xcomp", "ccomp", "advcl"} or governor.i == verb.i or governor.pos_ not in {
            "VERB", "AUX"}:
        return "future"
    if _is_plan_for_a_noun(verb, governor):
        return "future"
    if governor.lemma_ in (FUTURE_GOVERNORS - ATTEMPT_GOVERNORS) | SCHEDULING_VERBS | DIRECTIVE_GOVERNORS:
        return "future"
    if _governs_a_plan(governor):
        return "future"
    governed = _verb_tense(governor)
    return "future" if governed == "unknown" else governed


def _is_plan_for_a_noun(verb: Token, governor: Token) -> bool:
    """An infinitive that tells what is to become of a noun, not what the subject did: "announced a
    vote to be held Friday" (a passive with the noun as its subject, however the small parser hangs
    it), "the vote was to be held Friday" ("be to", a plan), "called a strike to begin Friday" (a
    verb of onset with no object of its own, whose subject is the noun before it)."""
    children = list(verb.children)
    if verb.dep_ == "ccomp" and any(child.dep_ == "nsubjpass" and child.pos_ in {"NOUN", "PROPN"}
                                    for child in children):
        return True
    if governor.lemma_ == "be" and verb.dep_ == "xcomp" and any(
            child.lower_ == "to" and child.i == governor.i + 1 for child in children):
        return True  # "was to be held", not "was on her way to visit"
    return (verb.dep_ == "advcl" and verb.lemma_ in ONSET_VERBS
            and not any(child.dep_ in {"dobj", "nsubj"} for child in children)
            and any(child.dep_ == "dobj" and child.pos_ == "NOUN" and child.i < verb.i
                    for child in governor.children))


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


# --------------------------------------------------------------------------- a happening told as done


# How a date hangs on a noun: "the crash on Friday" (pobj of a preposition on the noun), "the Friday
# crash" (compound), "Friday's crash" (poss).
_DATE_ON_NOUN = {"compound", "poss", "npadvmod", "nmod"}


def _happening_dated(date: Token) -> Token | None:
    """The happening noun the date hangs on ("her death on Monday", "the Monday crash"), if any."""
    token = date
    while token.dep_ in {"compound", "nummod"} and token.head.i > token.i and not _is_happening(token.head):
        token = token.head  # "on Monday night": "Monday" is part of the date, "night" its head
    holder = token.head
    if token.dep_ == "pobj" and holder.dep_ == "prep" and holder.i < token.i:
        holder = holder.head
    elif token.dep_ not in _DATE_ON_NOUN:
        return None
    return holder if holder.i != token.i and _is_happening(holder) else None


def _is_happening(token: Token) -> bool:
    return token.pos_ == "NOUN" and names_a_happening(token.lower_)


def _happening_verbs(noun: Token) -> frozenset[str]:
    """The noun and the verbs it is made from: "death" -> {death, die}, "crash" -> {crash}."""
    return verbs_named_by(noun.lemma_) | verbs_named_by(noun.lower_) | {noun.lemma_.lower()}


def _what_the_date_dates(date: Token) -> frozenset[str]:
    """The lemmas of the happening a date dates: the noun it hangs on, else its nearest verb."""
    noun = _happening_dated(date)
    if noun is not None:
        return _happening_verbs(noun)
    token = date
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"}:
            return frozenset({token.lemma_.lower()})
        if token.head.i == token.i:
            break
        token = token.head
    return frozenset()


def _date_words(date: Token) -> str:
    return " ".join(word.lower_ for word in date.subtree)


def _dates_a_done_happening(doc: Doc, date: Token) -> bool:
    """"Her death on Monday will be investigated", "the crash on Friday is being reviewed": a future or
    modal verb tells what is still to be done *about* the happening, not when it happened. The date
    dates the noun, so the noun's own time decides; it is past when the same article tells the same
    happening as done on the same date ("she died on Monday", "a crash on Friday killed two"): the
    noun, or a verb it is made from (`predicates.verbs_named_by`), dated by the same words in a clause
    read as past. A planned happening ("the vote on Monday will decide") has no such telling and stays
    ahead; so does one the article tells as done on another day ("they voted last week")."""
    noun = _happening_dated(date)
    if noun is None or _event_noun_tense(noun) != "unknown":
        return False  # "the planned evacuation on Friday": the noun's own word of time decides
    happening, words = _happening_verbs(noun), _date_words(date)
    token_starts, lower = doc_token_starts(doc), date.lower_
    for i, text in enumerate(token_texts(doc)):  # spaCy's `lower_` is the text's str.lower()
        if i == date.i or text.lower() != lower or _date_words(other := doc[i]) != words:
            continue
        if (_what_the_date_dates(other) & happening
                and _governing_tense(doc, token_starts, other.idx) == "past"):
            return True
    return False
