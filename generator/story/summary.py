"""The home page's at-a-glance summary and "what's new".

The summary picks the most central sentences across all articles, TextRank-style (Mihalcea & Tarau
2004): sentences are nodes, edges weigh how many content words and named entities two sentences share
(normalised by their lengths), and PageRank over that graph scores each sentence. A sentence that many
others echo, within and across articles, is what the story is about. Near-duplicates are skipped so
each bullet says something new. A sentence that opens by pointing back at something it does not name
("It", "They", "The outlet") reads oddly on its own, so its score is cut. Long sentences are shortened
at a clause boundary for the bullet; the bullet links to the whole sentence. Everything is
deterministic: fixed iteration count, stable ordering.

"What's new" compares the newest article with the ones published before it: the facts only it
carries (one per sentence; events dated only to a season or a year when there is nothing more precise),
and its sentences that no earlier sentence covers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from generator.annotate.nlp_info import english_stop_words
from generator.models import Article, Fact, Story, TimelineEntry

_STOP_WORDS = english_stop_words()

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d,.]*\d|\d")
_QUOTE_OPENERS = ('"', "“", "‘", "'")
_DAMPING = 0.85
_ITERATIONS = 60
_MAX_GRAPH = 1500  # sentences in the similarity graph; see _graph_sample
_MIN_WORDS = 6
_MAX_WORDS = 45  # longer sentences make poor at-a-glance bullets
_REDUNDANT = 0.5  # share of tokens two bullets may have in common before the later one is dropped
_COVERED = 0.6  # share of a sentence's tokens an earlier sentence must carry to count as "said before"
_ANAPHOR_PENALTY = 0.4  # score factor for a sentence that opens by pointing back (see opens_with_anaphor)
BULLET_WORDS = 30  # a summary bullet is cut to this many words, at a clause boundary when there is one
_MIN_CLAUSE_WORDS = 12  # never cut a bullet shorter than this
# Words that, first in a sentence, refer to something said before it.
_ANAPHORS = frozenset({
    "it", "its", "this", "that", "these", "those", "he", "she", "they", "his", "her", "their", "him",
    "them", "such", "both",
})  # fmt: skip
_CONNECTIVES = frozenset({"but", "and", "however", "meanwhile", "also", "still", "yet", "so", "then"})
# "The outlet said ...": a definite noun that stands for a name given earlier.
_BACK_REFERENCES = frozenset({
    "outlet", "newspaper", "paper", "network", "publication", "report", "agency", "official",
    "spokesperson", "spokesman", "spokeswoman", "broadcaster", "magazine", "website", "statement",
})  # fmt: skip
_LEADING_WORDS = re.compile(r"[^\W\d_]+")
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\s[–—-](?=\s)")


@dataclass(frozen=True)
class SentenceRef:
    """One sentence of one article, with the tokens used to compare it."""

    article: str
    index: int
    text: str
    tokens: frozenset[str]

    @property
    def anchor(self) -> str:
        return f"s{self.index + 1}"


@dataclass(frozen=True)
class SummaryPoint:
    sentence: SentenceRef
    score: float

    @property
    def short(self) -> str:
        """The sentence as a bullet: at most `BULLET_WORDS` words."""
        return shorten(self.sentence.text)


@dataclass
class WhatsNew:
    """What the newest article adds to the ones published before it."""

    article: Article
    earlier: list[Article]
    facts: list[Fact] = field(default_factory=list)
    sentences: list[SentenceRef] = field(default_factory=list)


@lru_cache(maxsize=1 << 16)
def content_tokens(text: str) -> frozenset[str]:
    """Lower-cased content words and numbers of a text, without stop words. (Remembered: the home
    page's summary and its "what's new" both read every sentence of the story.)"""
    tokens = set()
    for match in _WORD.finditer(text):
        token = match.group(0).lower().replace("’", "'").replace(",", "")
        if token[0].isdigit() or (len(token) > 2 and token not in _STOP_WORDS):
            tokens.add(token)
    return frozenset(tokens)


def _entity_tokens(story: Story) -> dict[tuple[str, int], set[str]]:
    """Entity ids mentioned in each (article, sentence index): shared entities link sentences even
    when the text names them differently ("the secretary", "Smith")."""
    by_sentence: dict[tuple[str, int], set[str]] = {}
    articles = {article.id: article for article in story.articles}
    for entity in story.entities:
        for mention in entity.mentions:
            article = articles.get(mention.article)
            sentence = article.sentence_at(mention.start) if article else None
            if sentence is not None:
                by_sentence.setdefault((mention.article, sentence.index), set()).add(f"@{entity.id}")
    return by_sentence


def story_sentences(story: Story) -> list[SentenceRef]:
    """Every sentence of every article, in article order, with its comparison tokens."""
    entities = _entity_tokens(story)
    sentences = []
    for article in story.articles:
        for sentence in article.sentences:
            text = " ".join(sentence.text.split())
            tokens = content_tokens(text) | entities.get((article.id, sentence.index), frozenset())
            sentences.append(SentenceRef(article.id, sentence.index, text, tokens))
    return sentences


def _is_candidate(sentence: SentenceRef) -> bool:
    """Sentences fit for a bullet: long enough to say something, not a bare quotation."""
    words = len(sentence.text.split())
    return _MIN_WORDS <= words <= _MAX_WORDS and not sentence.text.startswith(_QUOTE_OPENERS)


def opens_with_anaphor(text: str) -> bool:
    """Whether a sentence starts by pointing back at something it does not name."""
    words = [word.lower() for word in _LEADING_WORDS.findall(text[:80])[:2]]
    if not words:
        return False
    if words[0] in _ANAPHORS or words[0] in _CONNECTIVES:
        return True
    return words[0] == "the" and len(words) > 1 and words[1] in _BACK_REFERENCES


def shorten(text: str, max_words: int = BULLET_WORDS) -> str:
    """The text cut to `max_words` words, at the last clause boundary (comma, semicolon, colon,
    dash) that keeps at least `_MIN_CLAUSE_WORDS` words, with an ellipsis when cut."""
    words = text.split()
    if len(words) <= max_words:
        return text
    head = " ".join(words[:max_words])
    cut = len(head)
    for match in _CLAUSE_BREAK.finditer(head):
        if len(head[: match.start()].split()) >= _MIN_CLAUSE_WORDS:
            cut = match.start()
    return head[:cut].rstrip(" ,;:–—-") + "…"


def rank_sentences(sentences: list[SentenceRef]) -> list[float]:
    """PageRank scores of the sentence similarity graph, in the order of `sentences`.

    Shared-token counts come from one integer matrix product (exact in float64), so the scores do
    not depend on summation order and stay byte-stable between runs.
    """
    count = len(sentences)
    if not count:
        return []
    vocabulary = {
        token: column for column, token in enumerate(sorted(set().union(*(s.tokens for s in sentences))))
    }
    incidence = np.zeros((count, max(len(vocabulary), 1)), dtype=np.float64)
    for row, sentence in enumerate(sentences):
        incidence[row, [vocabulary[token] for token in sentence.tokens]] = 1.0
    shared = incidence @ incidence.T
    log_lengths = np.log(incidence.sum(axis=1) + 1.0)
    denominator = log_lengths[:, None] + log_lengths[None, :]
    weights = np.divide(shared, denominator, out=np.zeros_like(shared), where=denominator > 0)
    np.fill_diagonal(weights, 0.0)
    totals = weights.sum(axis=1)
    transition = np.divide(weights, totals[:, None], out=np.zeros_like(weights), where=totals[:, None] > 0)
    scores = np.full(count, 1.0 / count)
    for _ in range(_ITERATIONS):
        scores = (1 - _DAMPING) / count + _DAMPING * (transition.T @ scores)
    return [float(score) for score in scores]


def _graph_sample(sentences: list[SentenceRef]) -> list[SentenceRef]:
    """At most `_MAX_GRAPH` sentences, taken round-robin from the top of each article.

    The graph is quadratic in its size; news puts what matters first, so the opening sentences of
    every article are the ones worth comparing when a story grows to hundreds of articles.
    """
    if len(sentences) <= _MAX_GRAPH:
        return sentences
    by_article: dict[str, list[SentenceRef]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article, []).append(sentence)
    sample: list[SentenceRef] = []
    depth = 0
    while len(sample) < _MAX_GRAPH:
        for article_sentences in by_article.values():
            if depth < len(article_sentences) and len(sample) < _MAX_GRAPH:
                sample.append(article_sentences[depth])
        depth += 1
    return sample


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """Share of the smaller token set found in the other one."""
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0


def summarize(story: Story, limit: int = 5) -> list[SummaryPoint]:
    """The `limit` most central sentences across the story, most central first, without repeats."""
    sentences = _graph_sample(story_sentences(story))
    scores = rank_sentences(sentences)
    ranked = sorted(
        (
            SummaryPoint(sentence, score * (_ANAPHOR_PENALTY if opens_with_anaphor(sentence.text) else 1.0))
            for sentence, score in zip(sentences, scores, strict=True)
        ),
        key=lambda point: (-round(point.score, 9), point.sentence.article, point.sentence.index),
    )
    chosen: list[SummaryPoint] = []
    for point in ranked:
        if len(chosen) >= limit:
            break
        if not _is_candidate(point.sentence):
            continue
        if any(_overlap(point.sentence.tokens, kept.sentence.tokens) >= _REDUNDANT for kept in chosen):
            continue
        chosen.append(point)
    return chosen


def publication_order(articles: Iterable[Article]) -> list[Article]:
    """Articles oldest first, ties by id; undated ones first of all, since nothing says they are
    recent. The one order of the whole site: what's new, the article lists and the charts."""
    return sorted(articles, key=lambda article: (article.published or dt.date.min, article.id))


def _all_facts(story: Story) -> Iterator[Fact]:
    yield from story.quantities
    yield from story.quotes
    yield from story.claims
    yield from story.timeline


def whats_new(story: Story, limit: int = 3, fact_limit: int = 6) -> WhatsNew | None:
    """What the newest article adds, or None when there is nothing to compare it with."""
    ordered = publication_order(story.articles)
    if len(ordered) < 2 or ordered[-1].published is None:
        return None
    newest, earlier = ordered[-1], ordered[:-1]
    earlier_ids = {article.id for article in earlier}
    facts = [
        fact
        for fact in _all_facts(story)
        if any(source.article == newest.id for source in fact.sources)
        and not any(source.article in earlier_ids for source in fact.sources)
    ]
    # Sentences that carry a new fact are already shown through that fact.
    carried = {(source.article, source.sentence_index) for fact in facts for source in fact.sources}
    sentences = story_sentences(story)
    before = [sentence.tokens for sentence in sentences if sentence.article in earlier_ids]
    novel = [
        sentence
        for sentence in sentences
        if sentence.article == newest.id
        and (sentence.article, sentence.index) not in carried
        and _is_candidate(sentence)
        and not any(_covered(sentence.tokens, tokens) for tokens in before)
    ]
    precise = [fact for fact in facts if not _is_loose_event(fact)]
    shown = _one_per_sentence(precise or facts, newest.id)
    # Sentences that stand on their own first; the chosen ones keep the article's order.
    chosen = sorted(novel, key=lambda sentence: opens_with_anaphor(sentence.text))[:limit]
    chosen.sort(key=lambda sentence: sentence.index)
    return WhatsNew(article=newest, earlier=earlier, facts=shown[:fact_limit], sentences=chosen)


def _is_loose_event(fact: Fact) -> bool:
    """A dated event known only to a season, a year or wider ("2023 — ..."): it says little that is
    new, so it is left out when the article brings anything more precise."""
    if not isinstance(fact, TimelineEntry):
        return False
    start, end = fact.date.start, fact.date.end
    if start is None or end is None:
        return not re.match(r"^\d{4}-\d{2}", fact.date.value)
    return (end - start).days > 31


def _one_per_sentence(facts: list[Fact], article: str) -> list[Fact]:
    """The first fact from each sentence of the article: a sentence often carries a number, a
    date and a report at once, and listing all three repeats the sentence."""
    seen: set[int] = set()
    kept = []
    for fact in facts:
        indexes = {source.sentence_index for source in fact.sources if source.article == article}
        if indexes & seen:
            continue
        seen |= indexes
        kept.append(fact)
    return kept


def _covered(tokens: frozenset[str], earlier: frozenset[str]) -> bool:
    return bool(tokens) and len(tokens & earlier) / len(tokens) >= _COVERED
