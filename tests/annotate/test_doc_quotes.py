"""doc_quotes: a document's quoted parts and quoted tokens, read once and the same as read afresh."""

from __future__ import annotations

from generator.annotate.doc_quotes import doc_quoted_parts, doc_quoted_token_ids
from generator.annotate.quote_marks import quoted_parts
from generator.annotate.quotes import quoted_token_ids

TEXT = (
    "“The bridge is safe,” the engineer said. The mayor called it 'a relief' on Monday.\n\n"
    '"We will reopen it next week," she added, "if the inspectors agree."'
)


def test_the_kept_parts_and_tokens_are_those_read_afresh(nlp) -> None:
    doc = nlp(TEXT)
    parts = doc_quoted_parts(doc)
    assert parts == quoted_parts(TEXT)
    assert TEXT[parts[0].start:parts[0].end] == "The bridge is safe,"
    inside = doc_quoted_token_ids(doc)
    assert inside == quoted_token_ids(doc, quoted_parts(TEXT))
    assert {doc[i].text for i in inside} >= {"bridge", "reopen", "inspectors"}
    assert "mayor" not in {doc[i].text for i in inside}


def test_each_document_is_read_once(nlp) -> None:
    doc = nlp(TEXT)
    assert doc_quoted_parts(doc) is doc_quoted_parts(doc)
    assert doc_quoted_token_ids(doc) is doc_quoted_token_ids(doc)
    other = nlp("No quotation here.")
    assert doc_quoted_parts(other) == [] and doc_quoted_token_ids(other) == set()
