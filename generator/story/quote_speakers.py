"""The copies of one quotation split by who they say spoke it.

Copies of a quote are first grouped by their words alone, then split by speaker: copies that name
the same speaker (one entity, or the same last name) stay together; copies naming different people
are two facts. Only a copy that *names* its speaker in the quote's own sentence splits: a proper
name (the head, the last word of the phrase, is capitalised). A copy that names nobody, describes
the speaker ("her rep", "a spokesman") or got its speaker from another sentence (a pronoun's
antecedent) never links or splits two speakers (it would make "Roe said it" and "Doe said it"
one quote, whose speaker is then whichever more outlets printed): it joins the named speaker with
the most weight in the story (the entity's mentions, then the number of copies naming it), the
speaker its outlet most likely left out.

When the same words (a whole statement, not a slogan of a few words) are told by other articles with
another named speaker, one of the outlets has it wrong, and the site cannot tell which: each
speaker's quote names the other in `conflicts_with`, so the page shows both with a "Sources disagree"
note."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from generator.models import Quote
from generator.story.grouping import Occurrence, normalised_words
from generator.story.union_find import UnionFind

# A statement of fewer words ("We will not stop", "no comment") can come from two people.
MIN_DISPUTED_WORDS = 5


class SpeakerResolver(Protocol):
    def speaker_of(self, occurrence: Occurrence) -> str: ...

    def same_speaker(self, a: Occurrence, b: Occurrence) -> bool: ...

    def weight(self, speaker: str) -> int: ...


def split_by_speaker(members: list[Occurrence], resolver: SpeakerResolver) -> list[list[Occurrence]]:
    """Speaker-consistent parts of one quote's copies; speakerless copies join the heaviest part."""
    # With no copy naming its speaker, the descriptions and guesses are all there is to split by
    # (nested speech: "the jurors asked" inside "Howard said" in one article are two quotes).
    naming = [names_speaker(o) for o in members]
    if not any(naming):
        naming = [True] * len(members)
    by_speaker: dict[str, list[Occurrence]] = {}
    for occurrence, names in zip(members, naming, strict=True):
        speaker = resolver.speaker_of(occurrence) if names else ""
        by_speaker.setdefault(speaker, []).append(occurrence)
    unnamed = by_speaker.pop("", [])
    if not by_speaker:
        return [members]
    speakers = sorted(by_speaker)  # pairs of distinct speakers only: copies of one quote are many
    union: UnionFind[str] = UnionFind()
    for i, a in enumerate(speakers):
        for b in speakers[i + 1:]:
            if union.find(a) != union.find(b) and resolver.same_speaker(by_speaker[a][0], by_speaker[b][0]):
                union.union(a, b)
    parts: dict[str, list[Occurrence]] = {}
    for speaker in speakers:
        parts.setdefault(union.find(speaker), []).extend(by_speaker[speaker])
    ordered = sorted(parts.values(), key=lambda part: part_rank(part, resolver))
    ordered[0].extend(unnamed)
    return ordered


def names_speaker(occurrence: Occurrence) -> bool:
    """The copy names its speaker by a proper name, in the quote's own sentence where it says where."""
    mention = occurrence.mention
    words = (mention.speaker or "").split()
    if not words or not words[-1][:1].isupper():
        return False
    start = mention.speaker_start
    return start is None or occurrence.sentence_start <= start < occurrence.sentence_end


def part_rank(part: list[Occurrence], resolver: SpeakerResolver) -> tuple[int, int, str]:
    """Heaviest first: the speaker's mentions in the story, then copies; the speaker key breaks ties."""
    speakers = sorted({resolver.speaker_of(o) for o in part})
    return -max(resolver.weight(s) for s in speakers), -len(part), speakers[0]


def flag_disputed_speakers(facts: Sequence[Quote], quote_of: Sequence[int],
                           articles_of: Callable[[int], set[str]]) -> None:
    """Quotes with the same words and different speakers name each other in `conflicts_with` when
    the words are a whole statement and more than one article tells them."""
    by_quote: dict[int, list[int]] = {}
    for index, quote in enumerate(quote_of):
        by_quote.setdefault(quote, []).append(index)
    for indexes in by_quote.values():
        if len(indexes) < 2 or len(set().union(*(articles_of(i) for i in indexes))) < 2:
            continue
        if min(len(normalised_words(facts[i].text)) for i in indexes) < MIN_DISPUTED_WORDS:
            continue
        for i in indexes:
            facts[i].conflicts_with = sorted(facts[j].id for j in indexes if j != i)
