"""Annotate stage: one parsed article in, every mention the extractors find out.

Each extractor adds one layer and nothing else; this module only wires them in order, because
later layers read earlier ones (quotes need entities to name speakers, quantities need timexes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

from generator.annotate.claims import find_claims
from generator.annotate.doc_text import doc_text
from generator.annotate.doc_tokens import doc_sents
from generator.annotate.entities import find_aliases, find_entities, find_roles
from generator.annotate.quantities.find import find_quantities
from generator.annotate.quotes import find_quotes
from generator.annotate.timex.find import find_timexes
from generator.annotate.wants import mark_wants
from generator.models import ArticleAnnotations, Sentence


def annotate_doc(doc: Doc, article_id: str, published: dt.date | None) -> ArticleAnnotations:
    """All layers of annotation for one parsed text; offsets are into `doc.text`.

    A layer that fails on this text is left empty and reported (see `guarded_layer`): one odd
    article must not stop the build, nor cost the article its other facts.
    """
    problems: list[str] = []
    sentences = split_sentences(doc)
    timexes = guarded_layer("dates", lambda d: find_timexes(doc_text(d), published, d), doc, problems, True)
    entities = guarded_layer("names", find_entities, doc, problems, alone=True)
    roles = guarded_layer("roles", lambda d: find_roles(d, entities), doc, problems)
    aliases = guarded_layer("aliases", lambda d: find_aliases(d, entities), doc, problems)
    quantities = guarded_layer("numbers", lambda d: find_quantities(d, timexes), doc, problems)
    quotes = guarded_layer("quotes", lambda d: find_quotes(d, entities, timexes), doc, problems)
    claims = guarded_layer("claims", lambda d: mark_wants(d, find_claims(d, entities)), doc, problems)
    for layer in (timexes, entities, quantities, quotes, claims):
        for item in layer:
            item.sentence = sentence_index(sentences, item.start)
    return ArticleAnnotations(
        article_id=article_id, sentences=sentences, entities=entities, roles=roles, aliases=aliases,
        timexes=timexes, quantities=quantities, quotes=quotes, claims=claims, problems=problems,
    )


Layer = TypeVar("Layer")


def guarded_layer(
    name: str, extract: Callable[[Doc], list[Layer]], doc: Doc, problems: list[str], alone: bool = False
) -> list[Layer]:
    """`extract(doc)`, or nothing with a message in `problems` if it raises.

    For a step that reads nothing but the text (`alone`), the message names the first sentence on
    which the step fails by itself, when one does: the editor can find it and rewrite or report it.
    """
    try:
        return extract(doc)
    except Exception as error:  # any bug or limit met by one article's text; reported, not hidden
        where = _failing_sentence(extract, doc) if alone else ""
        problems.append(
            f"{where}finding {name} failed ({type(error).__name__}: {str(error)[:200]}); this article's "
            f"{name} are left out and the rest of it is used"
        )
        return []


def _failing_sentence(extract: Callable[[Doc], list[Layer]], doc: Doc) -> str:
    for number, sentence in enumerate(doc.sents, start=1):
        try:
            extract(sentence.as_doc())
        except Exception:  # the sentence we are looking for
            return f"sentence {number} (\"{' '.join(sentence.text.split())[:80]}\"): "
    return ""


def split_sentences(doc: Doc) -> list[Sentence]:
    """Sentences as character spans, trimmed of surrounding whitespace, numbered from 0."""
    sentences: list[Sentence] = []
    paragraph = 0
    text = doc_text(doc)
    for span in doc_sents(doc):
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
