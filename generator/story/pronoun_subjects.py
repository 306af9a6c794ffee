"""Who a "he" or "she" that opens a dated statement is (or the "his" of "his death"): the nearest
person named before it.

"He escaped last week" names nobody, so it shares no participant with "Orin Vale escaped on Monday"
and `same_event` cannot join them. News writing names a person and then refers to them by pronoun
within the next sentences, so the person named last before the statement, within `WINDOW_SENTENCES`
sentences, is taken as its subject when compared with other tellings (an antecedent by recency, the
baseline of pronoun resolution: Hobbs 1978, Lappin & Leass 1994 rank recency first). It is kept as the
statement's `antecedent`, which `same_event` compares with other tellings' participants; the row never
shows it, `unnamed_events` still sees a telling that names nobody, and a statement that names a person
keeps its own. A possessive before a noun that names a happening ("mourned his death on Monday",
"after her arrest on Monday", `possesses_a_happening`) is read the same way: the owner of an event
noun is the subject its verb would have ("she was arrested"), so "his death" is compared with "Orin
Vale died" through Orin Vale.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Sequence

from generator.annotate.predicates import names_a_happening
from generator.models import Sentence
from generator.story.event_candidates import WORD, Candidate

WINDOW_SENTENCES = 2  # the antecedent is named in this sentence's start or the two before it
SUBJECT_PRONOUNS = frozenset({"he", "she"})

Mention = tuple[int, int, str]  # start, end, entity id (sorted by start)


def with_pronoun_subjects(candidates: list[Candidate], mentions: list[Mention], sentences: Sequence[Sentence],
                          is_person: Callable[[str], bool]) -> list[Candidate]:
    """`candidates` of one article, each statement that opens with "he" or "she" (or holds "his" or
    "her" before an event noun) and names no person given the nearest person named before it as its
    antecedent."""
    resolved = []
    for candidate in candidates:
        antecedent = None
        if ((_opens_with_pronoun(candidate.text) or possesses_a_happening(candidate.text))
                and not any(map(is_person, candidate.participants))):
            antecedent = nearest_person_before(candidate.sentence, mentions, sentences, is_person)
        if antecedent is not None:
            candidate = dataclasses.replace(candidate, antecedent=antecedent)
        resolved.append(candidate)
    return resolved


def nearest_person_before(sentence: Sentence, mentions: list[Mention], sentences: Sequence[Sentence],
                          is_person: Callable[[str], bool]) -> str | None:
    """The person mentioned last before `sentence` starts, no more than WINDOW_SENTENCES back."""
    earliest = sentences[max(0, sentence.index - WINDOW_SENTENCES)].start if sentences else 0
    position = bisect.bisect_left(mentions, (sentence.start, -1, ""))
    for start, _, entity in reversed(mentions[:position]):
        if start < earliest:
            return None
        if is_person(entity):
            return entity
    return None


def _opens_with_pronoun(text: str) -> bool:
    first = WORD.match(text.lstrip("\"“'‘ ("))
    return first is not None and first.group().lower() in SUBJECT_PRONOUNS


# "his death", "her arrest", "his own resignation": a possessive before a noun that names a happening.
_POSSESSIVE_NOUN = re.compile(r"\b(?:his|her)\s+(?:own\s+)?([a-z]+)\b", re.IGNORECASE)


def possesses_a_happening(text: str) -> bool:
    """"Neighbours mourned his death on Monday": the owner of an event noun is who it happened to (or
    who did it), as the subject of its verb would be ("he died"), so the statement has a person to
    compare even though it names nobody."""
    return any(names_a_happening(match.group(1)) for match in _POSSESSIVE_NOUN.finditer(text))
