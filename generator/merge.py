"""Merge the facts found in every article into one set of facts with their sources.

The same number, quotation or claim told by several articles (often copied almost word for word)
becomes one fact carrying every place it was found: `sources` (article, offsets, sentence),
`corroboration` (distinct articles) and `outlets` (distinct outlets).

When are two mentions the same fact?

* quantities: same value, unit and rate, and either the same counted noun (first word of `about`)
  or very similar sentences (word-set overlap); the same counted thing with a *different* value in
  similar context in another article is a conflict: both facts stay and name each other in
  `conflicts_with` (unless the qualifiers make the values compatible: "over 4,000" and "4,120");
* quotes and claims: the same words once normalised (case, punctuation), one text containing the
  other (a shortened copy), or nearly the same word set, said by the same speaker (or one source not
  naming the speaker); claims must also be of the same kind. The same words from two people are two
  facts.

Ids are a short hash of a normalised content key (never offsets or article order), so they survive
adding, removing and reordering articles. The key of a quote or claim holds its speaker's last name
word ("la fontaine" for "La Fontaine" and "Marie-Claire La Fontaine"), which stays the same when a
later article names the speaker more fully. Where the members of a group disagree on a field, the
most frequent variant wins and ties go to the smallest, so the choice does not depend on order.
Facts are listed in reading order: by the position of their first source in `articles`.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from generator.models import (
    Article,
    ArticleAnnotations,
    Claim,
    ClaimMention,
    Entity,
    Quantity,
    QuantityMention,
    Quote,
    QuoteMention,
    Sentence,
    Source,
)

MentionT = TypeVar("MentionT", QuantityMention, QuoteMention, ClaimMention)
EntityIds = dict[tuple[str, int, int], str]

SAME_SENTENCE_OVERLAP = 0.6  # word-set overlap of two sentences telling the same number
CONFLICT_CONTEXT_OVERLAP = 0.3  # ... of two sentences counting the same thing differently
SAME_TEXT_OVERLAP = 0.8  # word-set overlap of two quotes or claims in different wording
MIN_CONTAINED_WORDS = 5  # a shortened copy must keep at least this many words
APPROXIMATE_TOLERANCE = 0.1  # "about 300" is compatible with values within 10%
ID_HASH_CHARS = 10

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
STOP_WORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "that", "this",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "as", "from", "but",
}
QUALIFIER_BOUNDS = {
    "more than": ">", "over": ">", "above": ">", "greater than": ">", "in excess of": ">",
    "exceeding": ">", "upwards of": ">", "just over": ">", "well over": ">",
    "at least": ">=", "no fewer than": ">=", "as many as": "<=", "as much as": "<=",
    "up to": "<=", "at most": "<=", "no more than": "<=", "not more than": "<=",
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "just under": "<",
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "nearly": "~", "almost": "~",
    "close to": "~", "some": "~", "an estimated": "~", "estimated": "~",
}


@dataclass(frozen=True)
class Occurrence(Generic[MentionT]):
    """One mention in one article, with the sentence it stands in."""

    article: str
    position: int  # index of the article in the input list (for reading order only)
    mention: MentionT
    source: Source
    sentence_start: int
    sentence_end: int


# --------------------------------------------------------------------------- entry point


def merge_facts(
    articles: list[Article],
    annotations: list[ArticleAnnotations],
    entities: list[Entity],
    entity_ids: EntityIds,
) -> tuple[list[Quantity], list[Quote], list[Claim]]:
    """Quantities, quotes and claims of all articles, each found once with all its sources."""
    outlets = {article.id: article.outlet for article in articles}
    positions = {article.id: index for index, article in enumerate(articles)}
    resolver = EntityResolver(entities, entity_ids)
    by_article = sorted(
        (a for a in annotations if a.article_id in positions), key=lambda a: positions[a.article_id]
    )
    quantities = merge_quantities(occurrences(by_article, positions, "quantities"), outlets, resolver)
    quotes = merge_quotes(occurrences(by_article, positions, "quotes"), outlets, resolver)
    claims = merge_claims(occurrences(by_article, positions, "claims"), outlets, resolver)
    return quantities, quotes, claims


def occurrences(annotations: Iterable[ArticleAnnotations], positions: dict[str, int],
                layer: str) -> list[Occurrence]:
    found: list[Occurrence] = []
    for annotation in annotations:
        for mention in getattr(annotation, layer):
            sentence = sentence_of(annotation.sentences, mention.sentence, mention.start)
            source = Source(
                article=annotation.article_id, start=mention.start, end=mention.end,
                sentence=sentence.text if sentence else mention.text,
                sentence_index=sentence.index if sentence else -1,
            )
            bounds = (sentence.start, sentence.end) if sentence else (mention.start, mention.end)
            found.append(Occurrence(annotation.article_id, positions[annotation.article_id], mention, source,
                                    *bounds))
    return found


def sentence_of(sentences: list[Sentence], index: int, offset: int) -> Sentence | None:
    if 0 <= index < len(sentences):
        return sentences[index]
    return next((s for s in sentences if s.start <= offset < s.end), None)


# --------------------------------------------------------------------------- quantities


def merge_quantities(found: list[Occurrence], outlets: dict[str, str | None],
                     resolver: EntityResolver) -> list[Quantity]:
    groups = group(found, quantity_bucket, same_quantity, quantity_signature, quantity_profile)
    facts: list[Quantity] = []
    for members in groups:
        best = representative(members, has_key(most_common(quantity_key(o.mention) for o in members)))
        mention = best.mention
        facts.append(Quantity(
            id="", text=mention.text, value=mention.value, value_to=mention.value_to, unit=mention.unit,
            qualifier=mention.qualifier, about=mention.about, rate=mention.rate,
            date=most_common_optional(o.mention.date for o in members),
            entities=resolver.entities_in_sentences(members),
            **provenance(members, outlets),
        ))
    assign_ids(facts, groups, "q", lambda _, members: most_common(quantity_key(o.mention) for o in members))
    flag_conflicts(facts, groups)
    return order(facts, groups)


def has_key(key: str) -> Callable[[Occurrence], bool]:
    return lambda occurrence: quantity_key(occurrence.mention) == key


def quantity_bucket(occurrence: Occurrence) -> tuple:
    mention = occurrence.mention
    return (mention.value, mention.value_to, mention.unit, mention.rate)


def same_quantity(a: Occurrence, b: Occurrence) -> bool:
    about_a, about_b = about_key(a.mention.about), about_key(b.mention.about)
    if about_a and about_a == about_b:
        return dates_agree(a.mention.date, b.mention.date)
    return overlap(a.source.sentence, b.source.sentence) >= SAME_SENTENCE_OVERLAP


def quantity_profile(occurrence: Occurrence) -> tuple[str, str | None, str]:
    """Everything `same_quantity` reads from one occurrence (see `join_twins`)."""
    return about_key(occurrence.mention.about), occurrence.mention.date, occurrence.source.sentence


def quantity_key(mention: QuantityMention) -> str:
    bound = QUALIFIER_BOUNDS.get(mention.qualifier or "", "=")
    value = f"{mention.value:g}" if mention.value_to is None else f"{mention.value:g}-{mention.value_to:g}"
    return f"{value}|{mention.unit or ''}|{mention.rate or ''}|{about_key(mention.about)}|{bound}"


def about_key(about: str | None) -> str:
    """The counted noun, roughly singular and lower case: "Encounters (…)" -> "encounter"."""
    words = WORD.findall((about or "").lower())
    if not words:
        return ""
    word = words[0]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def flag_conflicts(facts: list[Quantity], groups: list[list[Occurrence]]) -> None:
    """Same thing counted with different values in another article: each names the other."""
    # Only facts with the same unit, rate and counted noun can conflict: compare within those.
    buckets: dict[tuple[object, ...], list[int]] = {}
    for index, fact in enumerate(facts):
        if about_key(fact.about) and fact.value_to is None:
            buckets.setdefault((fact.unit, fact.rate, about_key(fact.about)), []).append(index)
    articles = [{o.article for o in members} for members in groups]
    pairs = [(i, j) for members in buckets.values() if spans_articles(members, articles)
             for x, i in enumerate(members) for j in members[x + 1:]
             if not (articles[i] == articles[j] and len(articles[i]) == 1)]
    for i, j in sorted(pairs):
        if conflicting(facts[i], facts[j], groups[i], groups[j]):
            facts[i].conflicts_with.append(facts[j].id)
            facts[j].conflicts_with.append(facts[i].id)
    for fact in facts:
        fact.conflicts_with = sorted(set(fact.conflicts_with))


def spans_articles(members: list[int], articles: list[set[str]]) -> bool:
    """Whether the facts come from two articles or more: one article's values are a series (and a long
    article's hundreds of counts need no pairwise comparison)."""
    return len(set().union(*(articles[i] for i in members))) > 1


def conflicting(a: Quantity, b: Quantity, members_a: list[Occurrence], members_b: list[Occurrence]) -> bool:
    if (a.value, a.value_to) == (b.value, b.value_to) or a.unit != b.unit or a.rate != b.rate:
        return False
    if a.value_to is not None or b.value_to is not None or a.unit == "score":
        return False  # ranges and scores are not compared by a single value
    key = about_key(a.about)
    if not key or key != about_key(b.about) or not dates_agree(a.date, b.date):
        return False
    if {o.article for o in members_a} == {o.article for o in members_b} and len(
            {o.article for o in members_a}) == 1:
        return False  # one article giving two values is a series, not a contradiction
    if compatible(a.value, a.qualifier, b.value) or compatible(b.value, b.qualifier, a.value):
        return False
    same_date = a.date is not None and a.date == b.date
    context = max(overlap(x.source.sentence, y.source.sentence, ignore_numbers=True)
                  for x in members_a for y in members_b)
    return same_date or context >= CONFLICT_CONTEXT_OVERLAP


def compatible(value: float, qualifier: str | None, other: float) -> bool:
    """Whether `other` fits the range that `qualifier value` allows."""
    bound = QUALIFIER_BOUNDS.get(qualifier or "")
    if bound in {">", ">="}:
        return other >= value
    if bound in {"<", "<="}:
        return other <= value
    if bound == "~":
        return abs(other - value) <= APPROXIMATE_TOLERANCE * abs(value)
    return False


# --------------------------------------------------------------------------- quotes and claims


def merge_quotes(found: list[Occurrence], outlets: dict[str, str | None],
                 resolver: EntityResolver) -> list[Quote]:
    groups = group(found, lambda o: "", lambda a, b: same_text(a.mention.text, b.mention.text)
                   and resolver.same_speaker(a, b), text_signature)
    facts: list[Quote] = []
    for members in groups:
        best = representative(members, lambda o: True, prefer_long=True)
        speaker, speaker_id = resolver.name_and_id(
            (o.article, o.mention.speaker, o.mention.speaker_start, o.mention.speaker_end) for o in members)
        facts.append(Quote(
            id="", text=best.mention.text, speaker=speaker, speaker_id=speaker_id,
            date=most_common_optional(o.mention.date for o in members), **provenance(members, outlets),
        ))
    assign_ids(facts, groups, "quote",
               lambda fact, members: f"{speaker_key(fact.speaker)}|{text_key(fact.text)}")
    return order(facts, groups)


def merge_claims(found: list[Occurrence], outlets: dict[str, str | None],
                 resolver: EntityResolver) -> list[Claim]:
    groups = group(found, lambda o: o.mention.kind, lambda a, b: same_text(a.mention.text, b.mention.text)
                   and resolver.same_speaker(a, b), text_signature)
    facts: list[Claim] = []
    for members in groups:
        best = representative(members, lambda o: True, prefer_long=True)
        by, by_id = resolver.name_and_id(
            (o.article, o.mention.by, o.mention.by_start, o.mention.by_end) for o in members)
        facts.append(Claim(
            id="", by=by or best.mention.by, by_id=by_id, text=best.mention.text, kind=best.mention.kind,
            **provenance(members, outlets),
        ))
    assign_ids(facts, groups, "c",
               lambda fact, members: f"{fact.kind}|{speaker_key(fact.by)}|{text_key(fact.text)}")
    return order(facts, groups)


def same_text(a: str, b: str) -> bool:
    words_a, words_b = normalised_words(a), normalised_words(b)
    if not words_a or not words_b:
        return False
    if words_a == words_b:
        return True
    shorter, longer = sorted((" ".join(words_a), " ".join(words_b)), key=len)
    if len(shorter.split()) >= MIN_CONTAINED_WORDS and f" {shorter} " in f" {longer} ":
        return True
    return overlap(a, b) >= SAME_TEXT_OVERLAP


def text_key(text: str) -> str:
    return " ".join(normalised_words(text))


def speaker_key(name: str | None) -> str:
    """The last word of the speaker's name: the same for "Smith" and "Jane Smith"."""
    words = normalised_words(name or "")
    return words[-1] if words else ""


# --------------------------------------------------------------------------- grouping and ids


Signature = tuple[frozenset[str], frozenset[str], float]


def quantity_signature(occurrence: Occurrence) -> Signature:
    """What two mentions of the same number must share: the counted noun, or enough sentence words."""
    key = about_key(occurrence.mention.about)
    return frozenset({key} if key else ()), content_words(occurrence.source.sentence), SAME_SENTENCE_OVERLAP


def text_signature(occurrence: Occurrence) -> Signature:
    """Two same quotes or claims share their whole wording, a shortened copy of it, or most words."""
    text = occurrence.mention.text
    return frozenset({text_key(text)}), content_words(text), SAME_TEXT_OVERLAP


def candidate_pairs(members: list[int], signatures: dict[int, Signature]) -> Iterator[tuple[int, int]]:
    """The pairs that can pass the `same` test, without comparing every pair (prefix filtering).

    Two word sets with Jaccard overlap >= t share at least one of the rarest |A| - ceil(t|A|) + 1
    words of A; a shortened copy shares the rarest word of the shorter text; equal wordings share
    their exact key. So probing an inverted index with those words finds every pair that matters."""
    frequency = Counter(word for i in members for word in signatures[i][1])
    by_word: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    for i in members:
        for word in signatures[i][1]:
            by_word.setdefault(word, []).append(i)
        for key in signatures[i][0]:
            by_key.setdefault(key, []).append(i)
    seen: set[tuple[int, int]] = set()
    for i in members:
        keys, words, threshold = signatures[i]
        rarest = sorted(words, key=lambda w: (frequency[w], w))
        prefix = rarest[: max(1, len(rarest) - math.ceil(threshold * len(rarest)) + 1)]
        partners = [j for key in keys for j in by_key[key]] + [j for word in prefix for j in by_word[word]]
        for j in partners:
            pair = (min(i, j), max(i, j))
            if i != j and pair not in seen:
                seen.add(pair)
                yield pair


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in normalised_words(text) if w not in STOP_WORDS)


@lru_cache(maxsize=65536)
def content_words_without_numbers(text: str) -> frozenset[str]:
    return frozenset(w for w in content_words(text) if not any(c.isdigit() for c in w))


def group(found: list[Occurrence], bucket: Callable[[Occurrence], object],
          same: Callable[[Occurrence, Occurrence], bool],
          signature: Callable[[Occurrence], Signature] | None = None,
          profile: Callable[[Occurrence], Hashable] | None = None) -> list[list[Occurrence]]:
    """Connected groups of mentions that are the same fact (tests within each bucket; with a
    `signature`, only the pairs that share enough words to pass are tested; with a `profile`,
    twins are joined first, see `join_twins`)."""
    ordered = sorted(found, key=lambda o: (o.article, o.mention.start, o.mention.end))
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[object, list[int]] = {}
    for index, occurrence in enumerate(ordered):
        buckets.setdefault(bucket(occurrence), []).append(index)
    signatures = {i: signature(o) for i, o in enumerate(ordered)} if signature else {}
    def join(i: int, j: int) -> None:
        parent[root(j)] = root(i)

    for members in buckets.values():
        if profile is not None:
            members = join_twins(members, ordered, same, profile, join)
        pairs = (candidate_pairs(members, signatures) if signature
                 else ((i, j) for x, i in enumerate(members) for j in members[x + 1:]))
        for i, j in sorted(pairs):
            if root(i) != root(j) and same(ordered[i], ordered[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Occurrence]] = {}
    for index, occurrence in enumerate(ordered):
        groups.setdefault(root(index), []).append(occurrence)
    return list(groups.values())


def join_twins(members: list[int], ordered: list[Occurrence], same: Callable[[Occurrence, Occurrence], bool],
               profile: Callable[[Occurrence], Hashable], join: Callable[[int, int], None]) -> list[int]:
    """The members left to pair after joining each twin to the first member with its profile.

    `same` reads nothing but the profile, so a twin that is the same as the first would pair with
    every other member exactly as the first does: joining it to the first keeps the groups as they
    were, and a bucket of thousands of copies of one number ("5% 5% 5% ...") is no longer quadratic.
    """
    first_with: dict[Hashable, int] = {}
    left: list[int] = []
    for index in members:
        first = first_with.setdefault(profile(ordered[index]), index)
        if first != index and same(ordered[first], ordered[index]):
            join(first, index)
        else:
            left.append(index)
    return left


def representative(members: list[Occurrence], eligible: Callable[[Occurrence], bool],
                   prefer_long: bool = False) -> Occurrence:
    """The member whose wording is the most frequent (then longest, then smallest): order-free."""
    counts = Counter(text_key(o.mention.text) for o in members)
    candidates = [o for o in members if eligible(o)] or members
    return min(candidates, key=lambda o: (
        -counts[text_key(o.mention.text)], -len(o.mention.text) if prefer_long else 0,
        o.mention.text, o.article, o.mention.start,
    ))


FactT = TypeVar("FactT", Quantity, Quote, Claim)


def assign_ids(facts: Sequence[FactT], groups: list[list[Occurrence]], prefix: str,
               key: Callable[[FactT, list[Occurrence]], str]) -> None:
    """prefix-hash(content key); facts whose keys collide are told apart by their sentences."""
    keys = [key(fact, members) for fact, members in zip(facts, groups, strict=True)]
    counts = Counter(keys)
    for fact, members, content in zip(facts, groups, keys, strict=True):
        if counts[content] > 1:
            content += "|" + min(text_key(o.source.sentence) for o in members)
        fact.id = f"{prefix}-{short_hash(content)}"


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:ID_HASH_CHARS]


def provenance(members: list[Occurrence], outlets: dict[str, str | None]) -> dict:
    ordered = sorted(members, key=lambda o: (o.position, o.mention.start))
    articles = {o.article for o in members}
    return {
        "sources": [o.source for o in ordered],
        "corroboration": len(articles),
        "outlets": sorted({outlets[a] for a in articles if outlets.get(a)}),
    }


def order(facts: list[FactT], groups: list[list[Occurrence]]) -> list[FactT]:
    """Reading order: position of the first source's article, then offset; id breaks ties."""
    def first(pair: tuple[FactT, list[Occurrence]]) -> tuple:
        fact, members = pair
        return (min((o.position, o.mention.start) for o in members), fact.id)
    return [fact for fact, _ in sorted(zip(facts, groups, strict=True), key=first)]


# --------------------------------------------------------------------------- helpers


def normalised_words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def overlap(a: str, b: str, ignore_numbers: bool = False) -> float:
    """Jaccard overlap of the content words of two texts."""
    content = content_words_without_numbers if ignore_numbers else content_words
    words_a, words_b = content(a), content(b)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


def most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], value))


def most_common_optional(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v]
    return most_common(present) if present else None


class EntityResolver:
    """Maps a speaker/author mention to an entity: by overlapping mention, else by name or alias."""

    def __init__(self, entities: list[Entity], entity_ids: EntityIds) -> None:
        self.entities = {entity.id: entity for entity in entities}
        self.spans: dict[str, list[tuple[int, int, str]]] = {}
        for (article, start, end), entity_id in entity_ids.items():
            self.spans.setdefault(article, []).append((start, end, entity_id))
        for entity in entities:
            for mention in entity.mentions:
                self.spans.setdefault(mention.article, []).append((mention.start, mention.end, entity.id))
        for spans in self.spans.values():
            spans.sort()
        self.names: dict[str, set[str]] = {}
        for entity in entities:
            for name in [entity.name, *entity.aliases]:
                self.names.setdefault(name_key(name), set()).add(entity.id)
        self._named: dict[str, str | None] = {}

    def entity_at(self, article: str, start: int | None, end: int | None) -> str | None:
        """The entity named by the phrase at [start, end): a mention that holds its last word (the head
        of an English noun phrase), so "The Seattle-based company" is not Seattle."""
        if start is None or end is None:
            return None
        for span_start, span_end, entity_id in self.spans.get(article, []):
            if span_start < end and start < span_end and span_end >= end - 1:
                return entity_id
        return None

    def speaker_of(self, occurrence: Occurrence) -> str:
        """Who said or claimed it, as an entity id or a last-name key ("" when not named)."""
        mention = occurrence.mention
        if isinstance(mention, QuoteMention):
            name, start, end = mention.speaker, mention.speaker_start, mention.speaker_end
        else:
            name, start, end = mention.by, mention.by_start, mention.by_end
        entity_id = self.entity_at(occurrence.article, start, end) or self.entity_named(name)
        return entity_id or speaker_key(name)

    def same_speaker(self, a: Occurrence, b: Occurrence) -> bool:
        """Two sources may be one fact unless they name two different speakers."""
        speaker_a, speaker_b = self.speaker_of(a), self.speaker_of(b)
        if not speaker_a or not speaker_b or speaker_a == speaker_b:
            return True
        return speaker_key(self.display_name(speaker_a)) == speaker_key(self.display_name(speaker_b))

    def display_name(self, speaker: str) -> str:
        entity = self.entities.get(speaker)
        return entity.name if entity else speaker

    def entity_named(self, name: str | None) -> str | None:
        if not name:
            return None
        key = name_key(name)
        if key not in self._named:  # speakers repeat: each name is looked up once per story
            self._named[key] = self._entity_with_name(key)
        return self._named[key]

    def _entity_with_name(self, key: str) -> str | None:
        exact = self.names.get(key, set())
        if len(exact) == 1:
            return next(iter(exact))
        # "La Fontaine" for "Marie-Claire La Fontaine": the only name ending in those words.
        endings = {i for n, ids in self.names.items() if n.endswith(" " + key) for i in ids}
        return next(iter(endings)) if len(endings) == 1 else None

    def name_and_id(self, said_by: Iterable[tuple[str, str | None, int | None, int | None]]
                    ) -> tuple[str | None, str | None]:
        """The canonical name and id of the first resolvable speaker; else the most common name."""
        names: list[str] = []
        resolved: list[str] = []
        for article, name, start, end in said_by:
            if name:
                names.append(name)
            entity_id = self.entity_at(article, start, end) or self.entity_named(name)
            if entity_id:
                resolved.append(entity_id)
        if resolved:
            entity_id = most_common(resolved)
            entity = self.entities.get(entity_id)
            return (entity.name if entity else most_common_optional(names)), entity_id
        return most_common_optional(names), None

    def entities_in_sentences(self, members: list[Occurrence]) -> list[str]:
        """Ids of the entities mentioned in the sentences that state the fact."""
        found: set[str] = set()
        for occurrence in members:
            for start, end, entity_id in self.spans.get(occurrence.article, []):
                if occurrence.sentence_start <= start and end <= occurrence.sentence_end:
                    found.add(entity_id)
        return sorted(found)


def name_key(name: str) -> str:
    return " ".join(normalised_words(name))
