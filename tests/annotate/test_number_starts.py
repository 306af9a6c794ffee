"""The number scan tries only the tokens an expression can start at, and finds what trying every
token finds (invented text with every kind of number expression)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.annotate.quantities.scan import NumberExpression, number_expression_at, scan_number_expressions

TEXT = (
    "About 250,000 people and twenty-five schools were hit; the firm lost $3.5bn, or 12 per cent, and "
    "half a million euros, a third of its staff and half of the shops closed. Two-thirds of voters and "
    "one fifth of the towns agreed. The Otters won 3-2 after a 10-15% rise, between $35bn and $36bn, "
    "7,000 to 9,000 fans, -36 points and a dozen goals. RM23.50, 10kW, 24pc, +3 and US$5 million went "
    "to a 41-year-old driver, a 500,000-square-foot yard and forty and five more; three hundred and "
    "fifty thousand tonnes, .5 of a mile, 1.5m barrels and nineteen workers left."
)


def _every_token(doc: Doc, blocked: set[int]) -> list[NumberExpression]:
    """The scan as it was: every reader tried at every token."""
    found: list[NumberExpression] = []
    i = 0
    while i < len(doc):
        expression = number_expression_at(doc, i, blocked)
        if expression is None:
            i += 1
        else:
            found.append(expression)
            i = expression.end
    return found


def test_scanning_only_possible_starts_finds_what_every_token_finds(nlp: Language) -> None:
    doc = nlp(TEXT)
    expressions = scan_number_expressions(doc, set())
    assert len(expressions) > 20
    assert expressions == _every_token(doc, set())
    blocked = {token.i for token in doc if token.like_num and token.i % 3 == 0}
    assert scan_number_expressions(doc, blocked) == _every_token(doc, blocked)
