"""Helpers the story-stage tests share: invented articles annotated by the real tagger, their
timeline, and name resolution over invented mentions."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.annotate.document import sentence_index, split_sentences
from generator.annotate.timex.find import find_timexes
from generator.models import Article, ArticleAnnotations, EntityMention, TimelineEntry
from generator.story.resolve import resolve_entities
from generator.story.timeline import build_timeline

P, ORG, G = "person", "organization", "place"


Mentions = list[tuple[str, str, str]]  # (text, type, label)


def annotations_of(article_id: str, mentions: Mentions) -> ArticleAnnotations:
    entities, position = [], 0
    for text, entity_type, label in mentions:
        entities.append(EntityMention(start=position, end=position + len(text), text=text, type=entity_type,
                                      label=label, sentence=0))
        position += len(text) + 1
    return ArticleAnnotations(article_id=article_id, entities=entities)


def resolve_names(*articles: Mentions, text: str = "") -> list[tuple[str, str, int]]:
    """(name, type, mentions) of the entities of articles "a", "b", ... in the resolver's order."""
    ids = [chr(ord("a") + i) for i in range(len(articles))]
    story = [Article(id=i, path=f"{i}.txt", format="text", title=i, text=text) for i in ids]
    entities, _ = resolve_entities(story, [annotations_of(i, m) for i, m in zip(ids, articles, strict=True)])
    return sorted((e.name, e.type, len(e.mentions)) for e in entities)


def annotated_article(nlp: Language, article_id: str, text: str, published: dt.date | None,
                      outlet: str | None = None) -> tuple[Article, ArticleAnnotations]:
    """An invented article with the sentences, dates and names the timeline reads, from the real tagger."""
    doc = nlp(text)
    sentences = split_sentences(doc)
    timexes = find_timexes(text, published, doc)
    for timex in timexes:
        timex.sentence = sentence_index(sentences, timex.start)
    entities = [EntityMention(start=e.start_char, end=e.end_char, text=e.text, label=e.label_, type="other",
                              sentence=sentence_index(sentences, e.start_char))
                for e in doc.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}]
    article = Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id,
                      outlet=outlet, published=published, text=text, sentences=sentences)
    annotations = ArticleAnnotations(article_id=article_id, sentences=sentences, timexes=timexes,
                                     entities=entities)
    return article, annotations


def timeline_of(pairs: list[tuple[Article, ArticleAnnotations]]) -> list[TimelineEntry]:
    """The timeline of invented articles, each name its own entity."""
    articles = [a for a, _ in pairs]
    annotations = [n for _, n in pairs]
    entity_ids = {(n.article_id, e.start, e.end): "e-" + e.text.lower().replace(" ", "-")
                  for n in annotations for e in n.entities}
    return build_timeline(articles, annotations, entity_ids)


def article_with_names(text: str,
                       names: list[tuple[str, str, str, int]]) -> tuple[Article, ArticleAnnotations]:
    """An invented article and its mentions, each (text, type, label, which occurrence of the text)."""
    mentions = []
    for name, kind, label, occurrence in names:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(name, start + 1)
        mentions.append(EntityMention(start=start, end=start + len(name), text=name, type=kind, label=label,
                                      sentence=0))
    return (Article(id="a", path="a.txt", format="text", title="a", text=text),
            ArticleAnnotations(article_id="a", entities=mentions))
