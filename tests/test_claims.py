"""Claims: who reported, demanded or stated what."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.extract.claims import find_claims
from generator.models import ClaimMention
from tests.fixtures.facts.demo import demo_articles, parse

GOLD = yaml.safe_load((Path(__file__).parent / "gold" / "demo_facts.yml").read_text(encoding="utf-8"))


def claims(nlp, text: str) -> list[ClaimMention]:
    parsed = parse(nlp, text)
    found = find_claims(parsed.doc, parsed.entities)
    for claim in found:
        assert text[claim.start:claim.end] == claim.text
    return found


def test_reports_and_outlet_anaphora(nlp):
    text = ("According to a report by Reuters, the factory will close in March. "
            "The agency said that about 400 workers would lose their jobs. "
            "The union is planning a strike, Politico reported on Monday.")
    found = claims(nlp, text)
    assert [(c.kind, c.by, c.text) for c in found] == [
        ("report", "Reuters", "the factory will close in March"),
        ("report", "Reuters", "about 400 workers would lose their jobs"),
        ("report", "Politico", "The union is planning a strike"),
    ]
    # "The agency" is resolved to the outlet that reported before it, with that mention's offsets.
    assert text[found[1].by_start:found[1].by_end] == "Reuters"


def test_demands_are_split_into_their_items(nlp):
    text = ("The union urged the company to raise wages, restore the pension plan and rehire the fired "
            "drivers. Residents called for a new school and a safer crossing.")
    found = claims(nlp, text)
    assert all(c.kind == "demand" for c in found)
    assert [(c.by, c.text) for c in found] == [
        ("The union", "raise wages"),
        ("The union", "restore the pension plan"),
        ("The union", "rehire the fired drivers"),
        ("Residents", "a new school"),
        ("Residents", "a safer crossing"),
    ]


def test_statements_and_quoted_speech(nlp):
    text = ('Chief Justice Anna Reyes said that the ruling would stand. "This is settled law," she said. '
            "The court announced a review of its procedures.")
    found = claims(nlp, text)
    assert [(c.kind, c.by, c.text) for c in found] == [
        ("statement", "Anna Reyes", "the ruling would stand"),
        ("statement", "The court", "a review of its procedures"),
    ]


@pytest.mark.parametrize("article_id", sorted(GOLD["articles"]))
def test_demo_gold(nlp, article_id):
    article = next(a for a in demo_articles() if a.id == article_id)
    parsed = parse(nlp, article.text)
    found = find_claims(parsed.doc, parsed.entities)
    gold = GOLD["articles"][article_id]["claims"]
    assert len(found) == len(gold), [c.text for c in found]
    for claim, expected in zip(found, gold, strict=True):
        assert (claim.kind, claim.by) == (expected["kind"], expected["by"])
        assert article.text[claim.by_start:claim.by_end] == expected["by"]
        if "text" in expected:
            assert claim.text == expected["text"]
        else:
            assert claim.text.startswith(expected["text_starts"])
