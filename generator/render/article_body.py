"""An article's text cut into anchored sentences and marked spans, ready for its template.

Each sentence becomes a block with the anchor `s<N>` (N = sentence index + 1) that every fact links
to. Inside a sentence, entity mentions link to the entity's page and numbers and dates carry their
normalised value as a tooltip. This module only cuts the text; the template decides how it looks.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

from generator.models import Sentence
from generator.render.excerpts import word_count
from generator.render.index import SiteIndex
from generator.render.views import ArticleView
from generator.wording import date_tooltip

SegmentKind = Literal["text", "entity", "value"]
_PRIORITY = {"value": 0, "entity": 1}  # a number inside a name ("G7") reads better as the name


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: SegmentKind
    title: str = ""
    target: str | None = None


@dataclass(frozen=True)
class Segment:
    text: str
    kind: SegmentKind = "text"
    title: str = ""
    target: str | None = None


@dataclass
class SentenceBlock:
    index: int
    segments: list[Segment]

    @property
    def anchor(self) -> str:
        return f"s{self.index + 1}"


@dataclass
class ParagraphBlock:
    sentences: list[SentenceBlock] = field(default_factory=list)
    gap_before: bool = False  # excerpts: sentences were left out before this paragraph
    # excerpts: anchors (s<N>) of sentences left out before this paragraph that facts link to
    omitted_before: list[str] = field(default_factory=list)


@dataclass
class ArticleBody:
    paragraphs: list[ParagraphBlock]
    gap_after: bool  # excerpts: the article goes on after the last excerpt
    excerpted: bool
    omitted_after: list[str] = field(default_factory=list)
    words_shown: int = 0
    words_total: int = 0


def _entity_marks(index: SiteIndex, article_id: str) -> list[Mark]:
    return [
        Mark(mention.start, mention.end, "entity", view.name, view.page)
        for mention, view in index.mentions_by_article.get(article_id, [])
        if view.page
    ]


def _value_marks(index: SiteIndex, view: ArticleView) -> list[Mark]:
    marks = [
        Mark(source.start, source.end, "value", fact.detail)
        for fact in view.facts
        if fact.kind == "number"
        for source in fact.fact.sources
        if source.article == view.article.id
    ]
    for timex in index.timexes_by_article.get(view.article.id, []):
        marks.append(Mark(timex.start, timex.end, "value", date_tooltip(timex.value, timex.mod)))
    return marks


def _non_overlapping(marks: list[Mark], text_length: int) -> list[Mark]:
    """Longest-first greedy choice of marks that do not overlap (overlapping HTML would not nest)."""
    valid = [mark for mark in marks if 0 <= mark.start < mark.end <= text_length]
    ordered = sorted(valid, key=lambda m: (-(m.end - m.start), _PRIORITY[m.kind], m.start, m.title))
    # The chosen marks never overlap, so kept sorted by start only the two neighbours of a new mark
    # can collide with it: a bisect per mark instead of a scan over all chosen (long articles).
    starts: list[int] = []
    chosen: list[Mark] = []
    for mark in ordered:
        position = bisect.bisect_left(starts, mark.start)
        before = chosen[position - 1] if position > 0 else None
        after = chosen[position] if position < len(chosen) else None
        if (before is None or before.end <= mark.start) and (after is None or after.start >= mark.end):
            starts.insert(position, mark.start)
            chosen.insert(position, mark)
    return chosen


def _segments(text: str, sentence: Sentence, marks: list[Mark]) -> list[Segment]:
    segments = []
    position = sentence.start
    for mark in marks:
        if mark.start < sentence.start or mark.end > sentence.end:
            continue
        if mark.start > position:
            segments.append(Segment(text[position : mark.start]))
        segments.append(Segment(text[mark.start : mark.end], mark.kind, mark.title, mark.target))
        position = mark.end
    if position < sentence.end:
        segments.append(Segment(text[position : sentence.end]))
    return segments


def article_body(index: SiteIndex, view: ArticleView, full_text: bool) -> ArticleBody:
    """The sentences to show (all of them, or the excerpts that carry facts) with their marks."""
    article = view.article
    marks = _non_overlapping(_entity_marks(index, article.id) + _value_marks(index, view), len(article.text))
    chosen = None if full_text else index.excerpt(article.id)
    paragraphs: list[ParagraphBlock] = []
    omitted: list[str] = []
    previous: Sentence | None = None
    for sentence in article.sentences:
        if chosen is not None and sentence.index not in chosen:
            if sentence.index in view.sentences:
                omitted.append(f"s{sentence.index + 1}")
            continue
        skipped = sentence.index != (previous.index + 1 if previous else 0)
        if previous is None or skipped or sentence.paragraph != previous.paragraph:
            paragraphs.append(ParagraphBlock(gap_before=skipped, omitted_before=omitted))
            omitted = []
        block = SentenceBlock(sentence.index, _segments(article.text, sentence, marks))
        paragraphs[-1].sentences.append(block)
        previous = sentence
    last_index = article.sentences[-1].index if article.sentences else -1
    gap_after = previous is not None and previous.index != last_index
    return ArticleBody(
        paragraphs, gap_after or (previous is None and bool(omitted)), excerpted=not full_text,
        omitted_after=omitted,
        words_shown=sum(word_count(s.text) for s in article.sentences if chosen is None or s.index in chosen),
        words_total=sum(word_count(s.text) for s in article.sentences),
    )
