"""How a fact becomes a line of the home page: the whole sentence an article says it in.

A line reads as a complete sentence: of a fact's source sentences the one that names its subject
is chosen; when every one opens with a pronoun ("It was able to ..."), the pronoun is replaced by
the entity named first in the sentence before it, when that entity is of a fitting type. Where no
sentence can be quoted, a fact may say itself in its own words (`own_words`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.models import Claim, Fact, Quantity, Source, TimelineEntry
from generator.story.sentence_form import (
    in_first_or_second_person,
    is_whole_quotation,
    reads_as_sentence,
    tells_what_was_said,
    told_in_quotation,
)
from generator.story.subjects import SentenceEntities, resolve_leading_pronoun, without_linking_opener
from generator.story.summary import content_tokens, opens_with_anaphor
from generator.wording import claim_sentence, claim_verb

_THAT_BEFORE = re.compile(r"\bthat\s*$")  # the words just before a clause of demanded words
TELLS_SHARE = 0.6  # share of an event's own words a sentence must hold to tell that event


def best_sentence(sources: Iterable[Source], names: SentenceEntities,
                  told: str = "") -> tuple[Source, str] | None:
    """The source sentence that best says a fact on its own: one that names its subject (a leading
    pronoun resolved), not a bare quotation, one that holds most of the fact's own words (`told`: an
    event merged from many sentences is told by few of them, the others give its details), the
    shortest; the first source breaks ties."""
    candidates = []
    told_words = content_tokens(told)
    for order, source in enumerate(sources):
        if source.sentence_index < 0:
            continue
        text = names.texts.get((source.article, source.sentence_index)) or " ".join(source.sentence.split())
        resolved = resolve_leading_pronoun(text, source.article, source.sentence_index, names)
        standalone = resolved is not None and not opens_with_anaphor(resolved) \
            and reads_as_sentence(resolved) and not is_whole_quotation(resolved) \
            and not (told and told_in_quotation(resolved, told))
        tells = not told_words or len(told_words & content_tokens(text)) >= TELLS_SHARE * len(told_words)
        rank = (not standalone, resolved is None, not tells, len(text.split()), order)
        candidates.append((rank, source, resolved or text))
    if not candidates:
        return None
    _, source, text = min(candidates, key=lambda item: item[0])
    return source, text


def stands_alone(text: str, names: SentenceEntities) -> bool:
    """Whether a line opens with what it is about, not by pointing back ("That stopped ..."), and
    reads as a whole sentence (not "What their status is.")."""
    return not opens_with_anaphor(text) and resolve_leading_pronoun(text, "", -1, names) == text \
        and reads_as_sentence(text)


def fact_sentence(
    fact: Fact, sources: Iterable[Source], names: SentenceEntities
) -> tuple[Source, str, bool] | None:
    """The line that says a fact: its best source sentence. When every sentence opens by pointing
    back ("That stopped being the case since ..."): for an event, its own words when those name
    their subject ("The policy ended"); for a number, nothing (its figure and what it counts say
    it); an event no article tells but in a bare quotation, no line. The line stays linked to the
    sentence; the flag says it is in the fact's own words."""
    best = best_sentence(sources, names, fact.text if isinstance(fact, TimelineEntry) else "")
    if best is None:
        return None
    source, text = best
    if isinstance(fact, TimelineEntry) and is_whole_quotation(text):
        # Someone's words alone, in quotation marks, say not whose; and the event's own words would be
        # theirs, out of their marks ("Reversing the rule."): an event told only so makes no line.
        return None
    if isinstance(fact, TimelineEntry) and fact.kind == "event" and told_in_quotation(text, fact.text):
        # An event no article tells but inside a speaker's quotation ("“Today the board restored the
        # rules,” said Lee."): the speaker's account, on the quotes page with its speaker; no line.
        return None
    if stands_alone(text, names):
        return source, text, False
    if isinstance(fact, Quantity):
        return source, "", False  # "However, that figure now ...": the number and what it counts say it
    own = own_words(fact, source.sentence) if isinstance(fact, TimelineEntry) else ""
    if own and stands_alone(own, names):
        return source, own, True
    if isinstance(fact, TimelineEntry) and not reads_as_sentence(text):
        return None  # neither its sentence (cut mid-way) nor its own words make a line
    if isinstance(fact, TimelineEntry) and resolve_leading_pronoun(text, "", -1, names) is None:
        return None  # "He ended the day ..." where nobody says who: a line alone must name its subject
    return source, text, False


def own_words(fact: Fact, sentence: str | None = None) -> str:
    """A fact in its own words, as a line ("The policy ended."), for where its sentence may not be
    quoted: an event's or a claim's text; a number says itself through its lead, so nothing. With
    `sentence` (the one the line links to), nothing when the words give a figure that sentence does
    not: a row merged from two articles may be worded by the one that counted otherwise."""
    words = _own_words(fact)
    if sentence and not set(_FIGURE.findall(words)) <= set(_FIGURE.findall(sentence)):
        return ""
    return words


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _own_words(fact: Fact) -> str:
    if isinstance(fact, Claim) and fact.kind == "statement" and fact.mood == "statement" \
            and fact.polarity == "positive":
        told = told_as_written(fact)
        if told:  # "The board declared the vote valid.", not "The board said that the vote valid."
            return told
    if isinstance(fact, Claim) and (fact.kind != "demand" or demanded_in_a_clause(fact)):
        # "It had offered 3 percent." alone leaves its subject unsaid: the party and its verb say it. A
        # demand's words are a noun phrase or an order ("A 9 percent raise", "Return to the table")
        # under its party's heading, and "demanded that" would break them; but a demand made in a
        # "that" clause ("the company restore the crossings") is a subjunctive fragment alone.
        return claim_sentence(fact.by, claim_verb(fact.kind, fact.mood, fact.polarity), fact.text)
    if not isinstance(fact, TimelineEntry | Claim):
        return ""
    text = without_linking_opener(" ".join(fact.text.split()))  # "As a result, ..." links to no line
    text = text[:1].upper() + text[1:]
    text = text if text.endswith((".", "!", "?")) else text + "."
    if isinstance(fact, TimelineEntry) and not (reads_as_sentence(text) and tells_what_was_said(text)):
        return ""  # "What their status is.", "Coach Lee told reporters.": no line says that
    if isinstance(fact, TimelineEntry) and not fact.finite and not (fact.edit and "text" in fact.edit.fields):
        return ""  # "Killing two and wounding a third.": a participle phrase, no verb with tense, no sentence
    if isinstance(fact, TimelineEntry) and (in_first_or_second_person(text) or opens_with_anaphor(text)):
        # "We can win the vote.": a speaker's words out of their quotation marks; "She resigned.": whom
        # it points back to is in a sentence the line does not show
        return ""
    return text


# The party, a few lower-case words (its verb: "declared", "also argued that") and the claim's words.
MAX_VERB_WORDS = 3
_LOWER_WORDS = re.compile(rf"(?:[a-z]+\s+){{1,{MAX_VERB_WORDS}}}")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def told_as_written(claim: Claim) -> str:
    """A statement as its article puts it, when a sentence runs party, verb and words together ("The
    board declared the vote valid", "critics question the count"): that run of the sentence, as a
    whole sentence. The words a claim holds may be no clause ("the vote valid"), and "said that"
    before them would break them. Empty when no sentence reads so."""
    party, words = " ".join(claim.by.split()), " ".join(claim.text.split()).rstrip(".!?")
    if not party or not words:
        return ""
    for source in claim.sources:
        sentence = " ".join(source.sentence.split())
        at, end = sentence.find(party), sentence.find(words)
        if at < 0 or end < 0:
            continue
        between = sentence[at + len(party):end].lstrip()
        if sentence[at + len(party):at + len(party) + 1] == " " and _LOWER_WORDS.fullmatch(between):
            the = _THE_BEFORE.search(sentence[:at])  # "The board", when the claim names "board"
            told = sentence[the.start() if the else at:end + len(words)]
            return told[:1].upper() + told[1:] + "."
    return ""


def demanded_in_a_clause(claim: Claim) -> bool:
    """Whether a source sentence gives the demand's words as a "that" clause ("demanded that the
    company restore ...", "insisted that it be ...")."""
    words = " ".join(claim.text.split()).rstrip(".!?").casefold()
    for source in claim.sources:
        sentence = " ".join(source.sentence.split()).casefold()
        at = sentence.find(words) if words else -1
        if at > 0 and _THAT_BEFORE.search(sentence[:at]):
            return True
    return False


class SaysOwnWords:
    """A line linked to the sentence it comes from, that can say the fact in its own words instead
    (where that sentence is shown already or may not be quoted). A mixin for the briefing's and the
    Updates page's line dataclasses, which declare these fields."""

    text: str
    sentence_index: int
    own: str
    paraphrased: bool

    @property
    def anchor(self) -> str:
        return f"s{self.sentence_index + 1}"

    def say_own_words(self) -> None:
        self.text, self.paraphrased = self.own, bool(self.own)
