"""Grouping occurrences of the same fact across articles: word signatures, candidate pairs, groups,
the representative wording, stable ids, provenance and order."""

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
    Claim,
    ClaimMention,
    Quantity,
    QuantityMention,
    Quote,
    QuoteMention,
    Source,
)
from generator.story.union_find import UnionFind

MentionT = TypeVar("MentionT", QuantityMention, QuoteMention, ClaimMention)

SAME_SENTENCE_OVERLAP = 0.6  # word-set overlap of two sentences telling the same number
SAME_TEXT_OVERLAP = 0.8  # word-set overlap of two quotes or claims in different wording
ID_HASH_CHARS = 10

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
STOP_WORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "by", "with", "that", "this",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "as", "from", "but",
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


def about_key(about: str | None) -> str:
    """The counted noun, roughly singular and lower case: "Encounters (…)" -> "encounter"."""
    words = WORD.findall((about or "").lower())
    if not words:
        return ""
    word = words[0]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def text_key(text: str) -> str:
    return " ".join(normalised_words(text))


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
    union: UnionFind[int] = UnionFind()
    buckets: dict[object, list[int]] = {}
    for index, occurrence in enumerate(ordered):
        buckets.setdefault(bucket(occurrence), []).append(index)
    signatures = {i: signature(o) for i, o in enumerate(ordered)} if signature else {}

    for members in buckets.values():
        if profile is not None:
            members = join_twins(members, ordered, same, profile, union.union)
        pairs = (candidate_pairs(members, signatures) if signature
                 else ((i, j) for x, i in enumerate(members) for j in members[x + 1:]))
        for i, j in sorted(pairs):
            if union.find(i) != union.find(j) and same(ordered[i], ordered[j]):
                union.union(i, j)
    groups: dict[int, list[Occurrence]] = {}
    for index, occurrence in enumerate(ordered):
        groups.setdefault(union.find(index), []).append(occurrence)
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

