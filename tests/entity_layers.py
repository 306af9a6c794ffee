"""An article with only its entity, role and alias layers, for the entity and resolve tests."""

from __future__ import annotations

from spacy.language import Language

from generator.annotate.document import split_sentences
from generator.annotate.entities import find_aliases, find_entities, find_roles
from generator.models import Article, ArticleAnnotations


def entity_annotations(nlp: Language, article_id: str, text: str) -> tuple[Article, ArticleAnnotations]:
    """An article and its entity, role and alias layers (the other layers left empty on purpose)."""
    doc = nlp(text)
    entities = find_entities(doc)
    article = Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id, text=text)
    annotations = ArticleAnnotations(
        article_id=article_id, sentences=split_sentences(doc), entities=entities,
        roles=find_roles(doc, entities), aliases=find_aliases(doc, entities),
    )
    return article, annotations

