"""Run the project's real pipeline on one ECB+ sub-topic, as a user with those articles would.

Each article's tokens are joined into text (one sentence per paragraph; the headline and date line
first, as a saved article has them) and written to a temporary folder that is deleted afterwards;
`ingest` reads it like any seed (headline and date line become the title and the publication date),
then annotate -> resolve -> merge -> timeline build the Story, with no cache and no editor overrides.
Gold tokens are mapped to offsets in the ingested text through the paragraphs ingest kept; sentences
ingest took as furniture (headline, date line) are not in the body and are not scored.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import DEFAULT_MODEL, Settings
from generator.evaluate.ecbplus import (
    EcbDocument,
    GoldMention,
    SubTopic,
    article_file_text,
    locate_sentences,
    sentence_texts,
)
from generator.ingest.reader import read_article
from generator.models import Article, IngestProblem, Story
from generator.pipeline import story_from_articles

Span = tuple[int, int]


@dataclass
class DocumentMap:
    """Where one gold document's tokens and scored sentences are in its ingested article."""

    document: EcbDocument
    article: Article
    token_spans: dict[str, Span] = field(default_factory=dict)  # t_id -> offsets in article.text
    sentence_spans: dict[int, Span] = field(default_factory=dict)  # sentence number -> offsets

    def mention_span(self, mention: GoldMention) -> Span | None:
        spans = [self.token_spans[t] for t in mention.tokens if t in self.token_spans]
        if len(spans) != len(mention.tokens):
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)

    def scored_spans(self) -> list[Span]:
        return [span for number, span in sorted(self.sentence_spans.items())
                if number in self.document.scored_sentences]

    def in_scored_sentence(self, start: int) -> bool:
        return any(s <= start < e for s, e in self.scored_spans())

    def is_scored(self, mention: GoldMention) -> bool:
        return mention.sentence in self.document.scored_sentences and self.mention_span(mention) is not None


@dataclass
class StoryRun:
    subtopic: SubTopic
    story: Story
    documents: dict[str, DocumentMap]  # article id -> map
    warnings: list[str]


def run_subtopic(subtopic: SubTopic, model: str = DEFAULT_MODEL, cache_dir: Path | None = None) -> StoryRun:
    """`cache_dir`: the build cache to reuse each article's annotations from (none by default, as a
    first build; a folder makes a rerun after a change to the story stage quick)."""
    with tempfile.TemporaryDirectory(prefix="explainer-ecbplus-") as folder:
        root = Path(folder)
        seeds = root / "seeds"
        seeds.mkdir()
        maps: list[DocumentMap] = []
        problems: list[IngestProblem] = []
        for document in subtopic.documents:
            sentences = sentence_texts(document)
            path = seeds / f"{document.name}.txt"
            path.write_text(article_file_text(sentences), encoding="utf-8")
            article = read_article(path, seeds, problems=problems)
            if document.url:
                article = article.model_copy(update={"url": document.url})
            maps.append(_document_map(document, article, sentences))
        # A cache folder (kept by the caller) reuses the articles' annotations from run to run: a
        # change to the story stage then re-runs only the story stage.
        settings = Settings(project_dir=root, cache_dir=cache_dir, workers=1, model=model)
        story, result = story_from_articles(settings, [m.article for m in maps], problems)
    return StoryRun(subtopic, story, {m.article.id: m for m in maps}, result.warnings)


def _document_map(document: EcbDocument, article: Article, sentences: list) -> DocumentMap:
    paragraphs = [(p.start, p.end) for p in article.paragraphs]
    starts = locate_sentences(sentences, paragraphs, article.text)
    mapped = DocumentMap(document, article)
    for sentence in sentences:
        if sentence.number not in starts:
            continue
        offset = starts[sentence.number]
        mapped.sentence_spans[sentence.number] = (offset, offset + len(sentence.text))
        for t_id, (start, end) in sentence.token_spans.items():
            mapped.token_spans[t_id] = (offset + start, offset + end)
    return mapped


def run_stories(subtopics: Iterable[SubTopic], failures: list[str],
                model: str = DEFAULT_MODEL, cache_dir: Path | None = None) -> Iterator[StoryRun]:
    """The runs of the sub-topics that the pipeline gets through. A sub-topic on which it raises (one
    sentence can stop a whole build today) is named in `failures` and left out of the figures, which
    the reports say."""
    for subtopic in subtopics:
        try:
            yield run_subtopic(subtopic, model, cache_dir)
        except Exception as error:  # any crash of the pipeline is a finding, not a reason to stop
            failures.append(f"{subtopic.name} ({type(error).__name__}: {error})")
