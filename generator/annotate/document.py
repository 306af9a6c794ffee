"""Annotate stage: one parsed article in, every mention the extractors find out.

Each extractor adds one layer and nothing else; this module only wires them in order, because
later layers read earlier ones (quotes need entities to name speakers, quantities need timexes).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from generator.annotate.claims import find_claims
from generator.annotate.doc_text import doc_text
from generator.annotate.entities import find_aliases, find_entities, find_roles
from generator.annotate.quantities.find import find_quantities
from generator.annotate.quotes import find_quotes
from generator.annotate.timex.find import find_timexes
from generator.models import ArticleAnnotations, Sentence


def annotate_doc(doc: Doc, article_id: str, published: dt.date | None) -> ArticleAnnotations:
    """All layers of annotation for one parsed text; offsets are into `doc.text`."""
    sentences = split_sentences(doc)
    timexes = find_timexes(doc_text(doc), published, doc)
    entities = find_entities(doc)
    roles = find_roles(doc, entities)
    aliases = find_aliases(doc, entities)
    quantities = find_quantities(doc, timexes)
    quotes = find_quotes(doc, entities, timexes)
    claims = find_claims(doc, entities)
    for layer in (timexes, entities, quantities, quotes, claims):
        for item in layer:
            item.sentence = sentence_index(sentences, item.start)
    return ArticleAnnotations(
        article_id=article_id, sentences=sentences, entities=entities, roles=roles, aliases=aliases,
        timexes=timexes, quantities=quantities, quotes=quotes, claims=claims,
    )


def split_sentences(doc: Doc) -> list[Sentence]:
    """Sentences as character spans, trimmed of surrounding whitespace, numbered from 0."""
    sentences: list[Sentence] = []
    paragraph = 0
    text = doc_text(doc)
    for span in doc.sents:
        start, end = span.start_char, span.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if sentences and "\n\n" in text[sentences[-1].end:start]:
            paragraph += 1
        sentences.append(Sentence(index=len(sentences), start=start, end=end,
                                  text=text[start:end], paragraph=paragraph))
    return sentences


def sentence_index(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence holding `offset` (the nearest one before it for inter-sentence space)."""
    low, high = 0, len(sentences) - 1
    found = -1
    while low <= high:
        middle = (low + high) // 2
        if sentences[middle].start <= offset:
            found = middle
            low = middle + 1
        else:
            high = middle - 1
    return found
