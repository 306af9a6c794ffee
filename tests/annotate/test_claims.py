"""Claims: who reported, demanded or stated what."""

from __future__ import annotations

import pytest
import yaml

from generator.annotate.claims import find_claims
from generator.models import ClaimMention
from tests.annotate import speech_helpers
from tests.conftest import GOLD
from tests.fixtures.facts.demo import demo_articles, parse

GOLD = yaml.safe_load((GOLD / "demo_facts.yml").read_text(encoding="utf-8"))


def claims(nlp, text: str) -> list[ClaimMention]:
    """The claims, each checked to be the text at its offsets."""
    found = speech_helpers.claims(nlp, text)
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
    assert found and all(c.kind == "demand" for c in found)
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


def test_wants_is_a_demand_but_wanting_to_act_is_not(nlp):
    text = ("The agency wants local officials to clear drainage canals and keep schools closed. "
            "The union said it wants a pay deal and shorter shifts. The company wants to expand abroad.")
    found = claims(nlp, text)
    assert [(c.kind, c.by, c.text) for c in found] == [
        ("demand", "The agency", "clear drainage canals"),
        ("demand", "The agency", "keep schools closed"),
        ("statement", "The union", "it wants a pay deal and shorter shifts"),
        ("demand", "The union", "a pay deal"),  # "it" inside what the union said is the union
        ("demand", "The union", "shorter shifts"),
    ]


def test_a_demand_coordinated_with_a_second_demand_verb(nlp):
    text = "Collins urged supporters to buy tickets early and called on the league to add more trains."
    found = claims(nlp, text)
    assert [(c.kind, c.by, c.text) for c in found] == [
        ("demand", "Collins", "buy tickets early"),
        ("demand", "Collins", "add more trains"),
    ]


def test_report_kinds_depend_on_who_reports(nlp):
    text = ("MANILA — The storm killed at least 23 people, officials said. "
            "Acme Corp reported record profit in the third quarter. "
            "Sales beat estimates, according to data compiled by Refinitiv. "
            "The ruling affects 180,000 drivers, according to the Drivers Alliance.")
    found = claims(nlp, text)
    assert [(c.kind, c.by, c.text) for c in found] == [
        ("statement", "officials", "The storm killed at least 23 people"),  # the dateline is left out
        ("statement", "Acme Corp", "record profit in the third quarter"),  # a company reporting results
        ("report", "Refinitiv", "Sales beat estimates"),
        ("statement", "the Drivers Alliance", "The ruling affects 180,000 drivers"),  # not a news outlet
    ]


def test_according_to_an_outlet_that_was_told_things_is_a_report(nlp):
    text = ('Kane told the BBC he was sorry. According to the BBC, the party lost six seats in the north.')
    found = claims(nlp, text)
    assert ("report", "BBC", "the party lost six seats in the north") in [
        (c.kind, c.by, c.text) for c in found]


def test_the_company_is_the_company_named_before(nlp):
    text = ("Northwind Systems Inc beat forecasts on Thursday. The Seattle-based company said revenue rose "
            "to a record. The Drivers Alliance sued the state. The alliance said the law was unfair.")
    found = claims(nlp, text)
    assert [(c.by, c.text) for c in found] == [
        ("Northwind Systems Inc", "revenue rose to a record"),
        ("The Drivers Alliance", "the law was unfair"),
    ]
