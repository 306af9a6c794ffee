"""Which thing a date phrase dates: the clause it hangs from, or a thing the clause names in passing.

Split from `events.py` (which reads the statement a date dates): where the date phrase joins the
parse, the verb that governs it, and the rules that keep a date of a noun ("her 1999 role", "the
killing a week ago") from dating the clause around it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.annotate.doc_spans import span_at
from generator.annotate.doc_text import doc_text
from generator.annotate.predicates import classes_of_lemmas
from generator.annotate.timex.deadlines import is_set_deadline
from generator.annotate.timex.model_years import dates_a_product_event, names_a_model
from generator.annotate.timex.tense import _verb_tense
from generator.annotate.timex.year_lists import in_a_list_of_years

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Doc, Span, Token

# A noun after one of these places the clause in time ("in the 2008 election", "during Monday's storm").
PLACING_PREPOSITIONS = frozenset({"in", "at", "during", "on", "amid", "throughout", "within"})
# Nouns that name a stretch of time: a date before them names when the clause happened, after any
# preposition ("for the 2003 season", "through the 2009-10 term").
PERIOD_NOUNS = frozenset({"season", "term", "session", "semester", "period", "campaign", "tenure", "era"})
# How a date stands before the noun it modifies: "1999 movie", "last week's escapee", "2008-era rules".
PRENOMINAL_DEPS = frozenset({"nummod", "compound", "amod", "poss", "nmod"})


_SEASON_SPAN = re.compile(r"(?i:(?:the|this|next)\s+(?:(?:rest|remainder)\s+of\s+the\s+)?"
                          r"(?:[a-z]+\s+)?season)")


def date_phrase_head(span: Span) -> Token:
    """The token that joins the date phrase to the sentence ("in" of "in May", "ago" of "a week ago")."""
    head = span.root
    phrase = head.head if head.dep_ == "pobj" and head.head.dep_ in {"prep", "agent"} else head
    if phrase.head.dep_ == "advmod" and phrase.head.pos_ == "ADV" and len(list(phrase.head.children)) == 1:
        phrase = phrase.head  # "back in May", "as early as March"
    return phrase


def lasts_through(span: Span) -> bool:
    """A season after "for" says how long a state lasts, not when anything happened ("ruled out for
    the season", "suspended for the rest of the season"): it dates no clause. A season named by its
    year ("suspended for the 2019 season") still dates it."""
    return date_phrase_head(span).lower_ == "for" and _SEASON_SPAN.fullmatch(span.text) is not None


def dates_in_passing(span: Span, dated: set[int], verbs_dated: dict[int, list[str]], value: str) -> bool:
    """Whether the date (of TIMEX3 `value`) only dates a thing its clause names in passing: "riots on
    Saturday in protest at the killing a week ago", a date hanging from a noun while the clause's verb
    has a date of its own (`verbs_dated`: the values of the date phrases hanging from each verb), not
    this one restated ("Tuesday ... at 18:00 UTC")."""
    if len(span) == 1 and names_a_model(span[0]):
        return True  # "with his gray 2016 Rovana Vesta": the parse often makes the year the object
    if dates_a_coming_happening(span) or bounds_a_comparison(span):
        return True
    if is_set_deadline(span[0]):
        return True  # "the panel has handed the firm a June 3 deadline": the limit's day, not the giving's
    if in_a_list_of_years(span):
        return True  # "the three-time champion (2011, '14, '17)": the occasions counted, not the clause's day
    phrase = date_phrase_head(span)
    if phrase.head == phrase or phrase.head.pos_ not in {"NOUN", "PROPN"} or phrase.head.i in dated:
        return False
    if _is_model_year(span) or _dates_an_attribute(phrase):
        return True
    own_dates = verbs_dated.get(governing_verb(phrase.head).i, [value])
    return not all(other.startswith(value) or value.startswith(other) for other in own_dates)


# What names the stretch of time before a happening: "in the run-up to", "as part of the lead-up to",
# "in preparation for", "in advance of". The clause fills that stretch; it does not happen on the day.
_BEFORE_HAPPENING = re.compile(r"(?i:\b(?:(?:run|lead|build)\s*-?\s*up|countdown)\s+to"
                               r"|\bin\s+(?:preparation|readiness|advance)\s+(?:for|of))\s*$")
# A noun phrase between that cue and the date: no verb, no clause, no comma ("the festival's opening").
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
_NOUN_PHRASE_MARKS = frozenset({"'", "’", "-"})
_MAX_NOUN_PHRASE = 8


# The most tokens a cue of _BEFORE_HAPPENING spans ("in the run - up to").
_CUE_TOKENS = 5


def _reach_floor(doc: Doc, first: int, reach: int) -> int:
    """The first token of the sentence of token `first`, or the token `reach` tokens before it if
    the sentence starts earlier. The cues are read only this close to the date: `span.sent` and the
    sentence's whole text would be read anew for every date, quadratic in one long sentence."""
    index = first
    while index > 0 and index > first - reach and not doc[index].is_sent_start:
        index -= 1
    return index


def dates_a_coming_happening(span: Span) -> bool:
    """A date right after a happening named as what the clause leads up to ("painted the bridge in the
    run-up to the parade on May 20", "as part of the lead-up to the festival's opening night on June
    12", "in preparation for the vote on March 3") is the happening's date, wherever the parse hangs
    it: the clause fills the days before it, so the date dates no clause (nor does a date that is the
    happening itself: "in the run-up to Christmas"). "Before the vote on Friday" and "ahead of the
    final on Sunday" are left as they were: there the clause often happens that day."""
    doc = span.doc
    text = doc_text(doc)
    floor = _reach_floor(doc, span.start, _MAX_NOUN_PHRASE + _CUE_TOKENS + 4)
    if _BEFORE_HAPPENING.search(text[doc[floor].idx:span.start_char]):
        return True  # "in the run-up to Christmas", "in preparation for Monday's vote"
    end = span.start - 1
    if end >= 0 and doc[end].lower_ in {"on", "in", "at"}:
        end -= 1
    start = end
    while (start >= 0 and end - start < _MAX_NOUN_PHRASE and start >= floor
           and (doc[start].pos_ in _NOUN_PHRASE_POS or doc[start].text in _NOUN_PHRASE_MARKS
                or doc[start].lower_ == "of")):
        if any(t.pos_ in {"NOUN", "PROPN"} for t in span_at(doc, start, end + 1)):
            before = text[doc[floor].idx:doc[start].idx]
            if _BEFORE_HAPPENING.search(before):
                return True
        start -= 1
    return False


# Penn tags of a superlative ("lowest", "most"), and the ordinal that compares as one ("the first").
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
_FIRST = frozenset({"first"})
# Tags of a verb with tense: a comparison does not reach past one ("the biggest firm has grown since").
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_COMPARISON_REACH = 8


def bounds_a_comparison(span: Span) -> bool:
    """A date after "since" that bounds a comparison ("fell to its lowest level since 2008", "the
    biggest gain since March", "the first strike since 2009", "the worst storm to hit the city since
    1987") or a denial ("a high not seen since 1990", "have not won a title since 2012") says when the
    like last happened, not when the clause did: it dates no clause. "Talks have stalled since March"
    (the stretch the clause fills) is left as it was."""
    phrase = date_phrase_head(span)
    if phrase.lower_ != "since":
        return False
    if phrase.head.pos_ in {"VERB", "AUX"} and any(child.dep_ == "neg" for child in phrase.head.children):
        return True
    doc = span.doc
    for token in reversed(span_at(doc, _reach_floor(doc, phrase.i, _COMPARISON_REACH), phrase.i)):
        if token.is_punct or token.tag_ in _TENSED_TAGS:
            return False
        if token.tag_ in _SUPERLATIVE_TAGS or token.lower_ in _FIRST:
            return True
    return False


# Words a model year stands before ("the 2012 model", "a 2010 model-year car").
MODEL_WORDS = frozenset({"model", "models", "model-year"})
# Entity labels of a maker or a product: a year right before one names the product's model year.
MAKER_LABELS = frozenset({"ORG", "PRODUCT"})


def _is_model_year(span: Span) -> bool:
    """A bare year right before a capitalised make or "model" ("a 2009 Rovana sedan", "the 2012
    model") is the product's model year, an attribute of the thing: no date of what the clause tells,
    whatever the clause does with the thing ("was driving a 2009 Rovana sedan" did not happen in 2009).
    A year before an event's name ("the 2008 Games", tagged EVENT, not ORG) still dates it."""
    doc = span.doc
    if len(span) != 1 or not (span[0].is_digit and len(span[0]) == 4) or span.end >= len(doc):
        return False
    following = doc[span.end]
    if dates_a_product_event(following):
        return False  # "the 2010 model recall": the recall's year (annotate/timex/model_years.py)
    if following.lower_ in MODEL_WORDS:
        return True
    return following.is_title and following.ent_type_ in MAKER_LABELS and following.ent_iob_ == "B"


def _dates_an_attribute(phrase: Token) -> bool:
    """A date before a noun ("her 1999 role", "his 2005 rampage", "last week's escapee") dates the
    thing the noun names. It dates the clause as well only when that thing places the clause in time
    ("voted in the 2008 election", "hurt during Saturday's game"), is what the clause acts on ("won
    the 2008 election", "will attend Monday's summit") or is what happened ("the 2005 rampage left
    four dead"). A noun after any other preposition is a cause, a topic or a source ("jailed for his
    2005 rampage", "famous from her 1999 role", "charged over last year's attack"), and a subject of
    a present-tense verb is described as it is now ("last week's escapee is still at large"): the
    clause happened at another time, which the text does not give."""
    if phrase.dep_ not in PRENOMINAL_DEPS or phrase.i > phrase.head.i:
        return False
    noun = phrase.head
    while noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i > noun.i:
        noun = noun.head  # "her 2004 album Northern Lights": the phrase's head noun
    if noun.lemma_.lower() in PERIOD_NOUNS:
        return False  # "suspended for the 2003 season": the period the clause fills
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head  # "in the second round of the 1978 draft": the round is placed
    if noun.dep_ == "pobj":
        return noun.head.dep_ == "prep" and (noun.head.lower_ not in PLACING_PREPOSITIONS
                                             or _case_of_a_proceeding(noun.head))
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return _classes_its_subject(noun) or _verb_tense(noun.head) == "unknown"
    return False


# Articles that make a noun after "be" a class the subject belongs to ("was a four-year starter").
_INDEFINITE = frozenset({"a", "an"})


def _classes_its_subject(noun: Token) -> bool:
    """"The 1992 graduate of Harlow College was a three-year captain": a year before the subject of
    "be a <noun>" says which one the subject is (the graduate of 1992), and "was a captain" puts it in
    a class, a state that lasted, not a thing done that year. A happening as the subject ("the 2004
    vote was a landslide": the predicate table's nouns) is what happened then, and a predicate with
    "the" ("the 2004 flood was the worst") ranks the thing itself: both keep the date."""
    verb = noun.head
    if verb.lemma_ != "be" or noun.pos_ != "NOUN" or classes_of_lemmas([noun.lemma_.lower()]):
        return False
    return any(child.dep_ == "attr" and child.pos_ in {"NOUN", "PROPN"}
               and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in child.children)
               for child in verb.children)


# Verbs of a proceeding against someone: "in" after them names the case ("convicted in the 2019
# shooting", "arrested in last week's robbery": in connection with it), not the time of the clause.
PROCEEDING_VERBS = frozenset({"convict", "charge", "sentence", "indict", "acquit", "arrest", "arraign",
                              "jail", "imprison", "detain", "question", "extradite", "prosecute", "sue",
                              "implicate", "suspect", "exonerate", "plead", "book"})
_VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "responsible"})


def _case_of_a_proceeding(preposition: Token) -> bool:
    """"in" hanging from a verb of a proceeding ("was convicted in", "pleaded guilty in", "was found
    guilty in") names the case the proceeding is about (wave 14)."""
    verb = preposition.head
    if preposition.lower_ != "in" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_.lower() in PROCEEDING_VERBS:
        return True
    return verb.lemma_.lower() == "find" and any(child.lower_ in _VERDICT_WORDS for child in verb.children)


def dated_content(span: Span, phrase: Token, speech: Token, speaker: Token | None) -> Token | None:
    """The verb of the reported content that a date the parse hung on the speech verb `speech` really
    dates (`phrase`: the date phrase's head). A date never sits between what is reported and the
    comma before its teller ("X was arrested early Friday, police said"), and one date expression
    whose first words hang in the content ("at 1:30 a.m. Friday, police said") dates the content. A
    date after the speech verb or between its speaker and it ("police said Friday", "police on Friday
    said") is the telling's own."""
    first_governor = governing_verb(first_phrase(span).head)
    if first_governor != speech and first_governor.pos_ in {"VERB", "AUX"} and span.start < speech.i:
        return first_governor
    if speaker is None or span.end > speaker.left_edge.i:
        return None
    return next((content for content in speech.children if content.dep_ in {"ccomp", "parataxis"}
                 and content.right_edge.i + 1 == phrase.left_edge.i), None)


def first_phrase(span: Span) -> Token:
    """The head of the phrase that holds the date's first word ("at" of "at 1:30 a.m. Friday")."""
    top = span[0]
    while top.head != top and span.start <= top.head.i < span.end:
        top = top.head
    return date_phrase_head(span_at(top.doc, top.i, top.i + 1))


def governing_verb(token: Token) -> Token:
    for _ in range(12):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return token
        token = token.head
    return token


# What makes a verb a clause's predicate rather than a label: someone who does it, or a tense of its own.
_CLAUSE_MAKERS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass"})
# Or something it is done to or with, other than a date ("climbing to a hut", a caption's participle).
_ARGUMENTS = frozenset({"dobj", "prep", "agent", "dative", "attr", "acomp", "xcomp", "ccomp", "oprd"})


def has_predicate(sentence: Span, dated: set[int]) -> bool:
    """Whether the sentence has a clause: a verb with a subject or an auxiliary ("Jon Varn arrested",
    "was arrested", "there was"), or with an argument that is not a date ("climbing to a hut on
    Saturday", a caption). A timeline row needs one; a date stamp ("MARCH 13, 2013, 2:30 AM"), a byline
    ("By Jon Varn, March 13") or a verb that only labels a date ("PUBLISHED: 10:15 | UPDATED: 11:00",
    "Updated on March 13 at 10:15") has none (`dated`: the tokens of the text's dates)."""
    return any(token.pos_ in {"VERB", "AUX"} and _has_clause_parts(token, dated) for token in sentence)


def _has_clause_parts(verb: Token, dated: set[int]) -> bool:
    for child in verb.children:
        if child.dep_ in _CLAUSE_MAKERS:
            return True
        if child.dep_ in _ARGUMENTS and any(t.i not in dated and not t.is_punct and t.dep_ != "prep"
                                            for t in child.subtree):
            return True
    return False
