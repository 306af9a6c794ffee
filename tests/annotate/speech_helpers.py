"""The quotations and claims of an invented text, as the speech tests read them.

Two ways of parsing: `quotes`, `quotes_by_text` and `claims` look the speakers up among spaCy's own
entities with hand-given timexes (`tests.fixtures.facts.demo.parse`: the tests do not move when the
entity or timex stages change); `tagged_quotes`, `tagged_claims` and `claim_pairs` use the project's
entity stage (`find_entities`), no timexes, as the wave-5-to-8 rules were written against it.
"""

from __future__ import annotations

from spacy.language import Language

from generator.annotate.claims import find_claims
from generator.annotate.entities import find_entities
from generator.annotate.quotes import find_quotes
from generator.models import ClaimMention, QuoteMention
from tests.fixtures.facts.demo import parse


def quotes(nlp: Language, text: str) -> list[QuoteMention]:
    parsed = parse(nlp, text)
    return find_quotes(parsed.doc, parsed.entities, parsed.timexes)


def quotes_by_text(nlp: Language, text: str) -> dict[str, QuoteMention]:
    return {quote.text: quote for quote in quotes(nlp, text)}


def claims(nlp: Language, text: str) -> list[ClaimMention]:
    parsed = parse(nlp, text)
    return find_claims(parsed.doc, parsed.entities)


def tagged_quotes(nlp: Language, text: str) -> list[QuoteMention]:
    doc = nlp(text)
    return find_quotes(doc, find_entities(doc), [])


def tagged_claims(nlp: Language, text: str) -> list[ClaimMention]:
    doc = nlp(text)
    return find_claims(doc, find_entities(doc))


def claim_pairs(nlp: Language, text: str) -> list[tuple[str, str]]:
    """Each claim as (who told it, its words); "" for an unnamed teller."""
    return [(claim.by, claim.text) for claim in tagged_claims(nlp, text)]
