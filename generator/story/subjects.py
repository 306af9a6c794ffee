"""Sentences and timeline rows that open by pointing back get their subject back: "It was able to
send back ..." becomes "Mexico was able to send back ...", "The latest took place ..." becomes "The
latest trip took place ...".

A pronoun stands for an entity named earlier: the nearest entity of a fitting type named before
the clause in the same sentence (people for "he"/"she", organisations, places, laws and groups for
"it"/"they"), failing that the first one named in the sentence before. Two fitting entities named
before the clause ("X has won since losing to Y, and he ...") leave the pronoun as it is. An
ordinal or superlative used as a noun ("The latest", "The first") stands for the plural noun
counted just before it ("numerous trips", "several meetings"), which gets its singular back. A row
with no fitting antecedent is left as it is: a wrong name is worse than a pronoun. Rows are
resolved before the editor's overrides, so an editor's rewrite of a row always wins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from generator.models import Article, Entity, Story, TimelineEntry
from generator.story.summary import opens_with_extraposed_it

# A pronoun that opens a sentence -> the entity types it can stand for, and whether it is possessive.
PRONOUNS: dict[str, tuple[frozenset[str], bool]] = {
    # "it" is singular: a group ("non-Mexicans", "voters") is a plural, never its antecedent
    "it": (frozenset({"organization", "place", "law", "other"}), False),
    "its": (frozenset({"organization", "place", "law", "other"}), True),
    "he": (frozenset({"person"}), False),
    "she": (frozenset({"person"}), False),
    "his": (frozenset({"person"}), True),
    "her": (frozenset({"person"}), True),
    "they": (frozenset({"organization", "group", "place"}), False),
    "their": (frozenset({"organization", "group", "place"}), True),
}
_OBJECT_FORMS = {frozenset({"person"}): frozenset({"him"})}
_WORDS = re.compile(r"[A-Za-z]+")
_LEADING_PRONOUN = re.compile(r"^([A-Z][a-z]*)\b")
# A conjunction that only links the sentence to the one before it ("But out of the 288 ..."), or a
# linking adverbial set off by its comma ("In addition, ...", "As a result, ..."): it relates the
# sentence to one the line does not show and asserts nothing itself, so a line shown alone reads
# whole, and says the same, without it.
_LEADING_CONJUNCTION = re.compile(
    r"^(?:(?:But|And|Yet)\s+|(?:However|In addition|Additionally|Also|As a result|As a consequence|"
    r"Consequently|Therefore|Thus|Hence|On the other hand|In contrast|By contrast|At the same time|"
    r"Meanwhile|In the meantime|Moreover|Furthermore|What is more|Besides|In turn|Even so|Still|"
    r"Nevertheless|Nonetheless|Instead|Likewise|Similarly|In the same way|For (?:its|his|her|their) part|"
    r"Despite (?:this|that)|In spite of (?:this|that)|Because of (?:this|that)|After (?:this|that)|"
    r"In response|In the end|In a related \w+|Then),\s+)(?=\S)"
)
_OPENING = re.compile(r"^([A-Za-z]+)\b")
# "The latest took place ...": an ordinal or superlative with no noun, followed by its verb.
_ELLIPTIC = re.compile(
    r"^(the (?:latest|last|first|next|most recent|previous|final|second|third))\s+"
    r"(?=(?:was|were|is|are|took|came|had|has|have|will|would|saw|began|met|went|left|held|made|\w+ed)\b)",
    re.IGNORECASE,
)
# What such a phrase counts: a plural noun after a word that counts ("numerous trips", "several
# high-level meetings"); the last one said before the phrase is taken.
_COUNTED = re.compile(
    r"\b(?:numerous|several|many|multiple|various|repeated|frequent|a series of|a number of|a few|"
    r"two|three|four|five|six)\s+(?:[a-z]+-[a-z]+\s+|[a-z]+\s+(?=[a-z]+s\b))?([a-z]{3,}s)\b",
    re.IGNORECASE,
)


# A contraction after an opening pronoun ("It's the same place", "They're back"): after a name, "'s"
# would read as a possessive ("Ferrytown's the same place"), so the verb is written out. "'s" is
# "has" before "been", "got" and "had" (the perfect), "is" otherwise; "'d" (had or would) is not guessed.
_CONTRACTION = re.compile(r"^(?:'|’)(s|re|ll|ve|d)\b")
_CONTRACTED = {"re": " are", "ll": " will", "ve": " have"}
_PERFECT_AFTER_S = re.compile(r"^\s+(?:been|got|gotten|had)\b")
# What stands between a possessor and the name it possesses ("Ferrytown's Vale Hall"): the possessor
# only qualifies that name, which heads the noun phrase and is what a later "it" stands for.
_POSSESSIVE = re.compile(r"(?:'|’)s?\s+")


def _after_pronoun(rest: str) -> str | None:
    """The text after an opening pronoun, as it reads after a name: a contraction written out ("'s
    the same" -> " is the same"); None for "'d", which may be "had" or "would"."""
    contraction = _CONTRACTION.match(rest)
    if contraction is None:
        return rest
    form, tail = contraction.group(1), rest[contraction.end():]
    if form == "d":
        return None
    if form == "s":
        return (" has" if _PERFECT_AFTER_S.match(tail) else " is") + tail
    return _CONTRACTED[form] + tail


class SentenceEntities:
    """Entities named in each sentence of each article, in text order (for resolving pronouns)."""

    def __init__(self, story: Story) -> None:
        starts = {article.id: [s.start for s in article.sentences] for article in story.articles}
        self.starts = starts
        self.by_sentence: dict[tuple[str, int], list[tuple[int, Entity]]] = {}
        self.texts = {(a.id, s.index): " ".join(s.text.split()) for a in story.articles for s in a.sentences}
        self.raw = {(a.id, s.index): a.text[s.start:s.end] for a in story.articles for s in a.sentences}
        self.ends: dict[tuple[str, int], int] = {}  # (article, mention start) -> its end
        for entity in story.entities:
            for mention in entity.mentions:
                positions = starts.get(mention.article)
                if not positions:
                    continue
                key = (mention.article, mention.start)
                self.ends[key] = max(self.ends.get(key, mention.end), mention.end)
                index = bisect.bisect_right(positions, mention.start) - 1
                if index >= 0:
                    self.by_sentence.setdefault((mention.article, index), []).append((mention.start, entity))
        for mentioned in self.by_sentence.values():
            mentioned.sort(key=lambda item: (item[0], item[1].id))

    def sentence_of(self, article: str, offset: int) -> int:
        """Index of the sentence holding `offset` (-1 when the article is unknown)."""
        return bisect.bisect_right(self.starts.get(article, []), offset) - 1

    def first_of(self, article: str, index: int, types: frozenset[str]) -> Entity | None:
        """The first entity of `types` named in sentence `index`, unless a pronoun of those types comes
        before it there ("But then he found Bo Mend for a touchdown. He ended ..."): the sentence goes
        on about someone named earlier (its subject), and the next sentence's pronoun continues that
        subject, not the first name after it."""
        fitting = [(offset, e) for offset, e in self.by_sentence.get((article, index), []) if e.type in types]
        if not fitting:
            return None
        sentence_start = self.starts[article][index]
        entity = self._head_of_first(article, index, fitting, sentence_start)
        before = self.raw.get((article, index), "")[:max(0, entity[0] - sentence_start)]
        pronouns = {word for word, (kinds, _) in PRONOUNS.items() if kinds & types}
        pronouns |= _OBJECT_FORMS.get(frozenset(types), frozenset())
        if any(word.lower() in pronouns for word in _WORDS.findall(before)):
            return None
        return entity[1]


    def _head_of_first(self, article: str, index: int, fitting: list[tuple[int, Entity]],
                       sentence_start: int) -> tuple[int, Entity]:
        """The first fitting entity, or the one it possesses when a possessive joins them
        ("Ferrytown's Vale Hall": Vale Hall heads the phrase, Ferrytown only qualifies it)."""
        raw = self.raw.get((article, index), "")
        first = fitting[0]
        for following in fitting[1:]:
            end = self.ends.get((article, first[0]), first[0])
            if following[0] <= end:
                continue  # a name inside the first one's span
            between = raw[max(0, end - sentence_start):max(0, following[0] - sentence_start)]
            if not _POSSESSIVE.fullmatch(between):
                break
            first = following  # the possessed name heads the phrase; it may itself possess the next
        return first

def resolve_leading_pronoun(text: str, article: str, index: int, names: SentenceEntities) -> str | None:
    """The sentence with an opening pronoun replaced by the entity it stands for ("It was able to"
    -> "Mexico was able to"), and an opening ordinal given its noun ("The latest took place" ->
    "The latest trip took place"); the sentence as it is when it opens otherwise; None when the
    opening cannot be resolved. A linking conjunction that opens it is left out ("But more than half
    ..." -> "More than half ...")."""
    unlinked = without_linking_opener(text)
    if unlinked != text:
        return resolve_leading_pronoun(unlinked, article, index, names)
    elliptic = _ELLIPTIC.match(text)
    if elliptic:
        noun = counted_noun(names.texts.get((article, index - 1), "")) if index > 0 else None
        return f"{elliptic.group(1)} {noun} {text[elliptic.end():]}" if noun else None
    match = _LEADING_PRONOUN.match(text)
    pronoun = match.group(1).lower() if match else ""
    if pronoun not in PRONOUNS or opens_with_extraposed_it(text):
        return text
    types, possessive = PRONOUNS[pronoun]
    entity = names.first_of(article, index - 1, types) if index > 0 else None
    if entity is None:
        return None
    rest = _after_pronoun(text[len(pronoun):])
    if rest is None:
        return None
    name = f"{entity.name}’s" if possessive else entity.name
    return name + rest


def without_linking_opener(text: str) -> str:
    """`text` without a conjunction or linking adverbial that opens it ("As a result, the ferry ..." ->
    "The ferry ...")."""
    conjunction = _LEADING_CONJUNCTION.match(text)
    if not conjunction:
        return text
    rest = text[conjunction.end():]
    return rest[:1].upper() + rest[1:]


def counted_noun(text: str) -> str | None:
    """The singular of the last counted plural noun in `text` ("numerous trips" -> "trip")."""
    found = _COUNTED.findall(text)
    if not found:
        return None
    noun = found[-1].lower()
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if not noun.endswith("ss") else None


def _clause_start(article: Article, sentence_index: int, text: str) -> int | None:
    """Offset in the article where the row's clause (its first words) starts inside the sentence."""
    sentence = article.sentences[sentence_index]
    words = text.split()[:4]
    if len(words) < 2:
        return None
    pattern = r"\b" + r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, sentence.text, flags=re.IGNORECASE)
    return sentence.start + match.start() if match else None


def _row_clauses(
    entry: TimelineEntry, articles: dict[str, Article]
) -> Iterator[tuple[Article, int, int | None]]:
    """(article, sentence index, where the row's clause starts in the article, if found) of each of
    the row's sources."""
    for source in entry.sources:
        article = articles.get(source.article)
        index = source.sentence_index
        if article is not None and 0 <= index < len(article.sentences):
            yield article, index, _clause_start(article, index, entry.text)


def _antecedent(
    entry: TimelineEntry, types: frozenset[str], articles: dict[str, Article], names: SentenceEntities
) -> Entity | None:
    for article, index, start in _row_clauses(entry, articles):
        if start is not None:
            before = [e for offset, e in names.by_sentence.get((article.id, index), []) if offset < start]
            fitting = [entity for entity in before if entity.type in types]
            if len({entity.id for entity in fitting}) > 1:
                # "X beat Y in 2004, and he won ...": two can be meant; a wrong name is worse than "he"
                return None
            if fitting:
                return fitting[-1]
            if index > 0 and article.sentences[index].start == start:  # the clause opens the sentence
                found = names.first_of(article.id, index - 1, types)
                if found is not None:
                    return found
    return None


def _counted_before(entry: TimelineEntry, articles: dict[str, Article]) -> str | None:
    """The noun an elliptic opening stands for: counted earlier in the row's sentence, or in the
    sentence before."""
    for article, index, start in _row_clauses(entry, articles):
        sentence = article.sentences[index]
        before = article.text[sentence.start : start] if start is not None else ""
        previous = article.sentences[index - 1].text if index > 0 else ""
        noun = counted_noun(before) or counted_noun(previous)
        if noun:
            return noun
    return None


def resolve_timeline_subjects(story: Story) -> None:
    """Give each timeline row that opens with a pronoun or an elliptic ordinal its subject, where known."""
    names: SentenceEntities | None = None
    articles = {article.id: article for article in story.articles}
    for entry in story.timeline:
        elliptic = _ELLIPTIC.match(entry.text)
        if elliptic:
            noun = _counted_before(entry, articles)
            if noun:
                entry.text = f"{elliptic.group(1)} {noun} {entry.text[elliptic.end():]}"
            continue
        match = _OPENING.match(entry.text)
        pronoun = match.group(1).lower() if match else ""
        if pronoun not in PRONOUNS:
            continue
        names = names or SentenceEntities(story)
        types, possessive = PRONOUNS[pronoun]
        entity = _antecedent(entry, types, articles, names)
        rest = _after_pronoun(entry.text[len(pronoun):])
        if entity is not None and rest is not None:
            name = f"{entity.name}’s" if possessive else entity.name
            entry.text = name + rest
