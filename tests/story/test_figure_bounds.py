"""Figures whose wordings allow no common value are two figures (wave 6). Invented text."""

from __future__ import annotations

import pytest

from generator.models import ArticleAnnotations
from generator.story.measures import ranges_exclude
from generator.story.merge import merge_facts
from tests.story.test_merge import article, quantity


@pytest.mark.parametrize(("a", "b"), [
    ((100, "nearly"), (100, "more than")),
    ((100, "almost"), (100, "at least")),
    ((50, "up to"), (60, "at least")),
    ((100, "fewer than"), (100, "over")),
])
def test_bounds_that_allow_no_common_value_exclude_each_other(a: tuple, b: tuple) -> None:
    assert ranges_exclude(a, b) and ranges_exclude(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ((100, "about"), (100, "more than")),
    ((100, None), (100, "more than")),  # a bare figure may be rounded
    ((100, "nearly"), (100, None)),
    ((100, "nearly"), (95, "more than")),
    ((100, "at least"), (100, "up to")),  # exactly 100 fits both
])
def test_bounds_that_overlap_do_not_exclude_each_other(a: tuple, b: tuple) -> None:
    assert not ranges_exclude(a, b) and not ranges_exclude(b, a)


def merged(qualifier_a: str | None, qualifier_b: str | None) -> list:
    text_a = "Officials said 100 people were hurt in the crush at the stadium."
    text_b = "Officials said 100 people were hurt in the crush at the stadium gates."
    articles = [article("a", "Daily One", text_a), article("b", "Evening Two", text_b)]
    mentions = [quantity(text, "100 people", 100, "people hurt") for text in (text_a, text_b)]
    mentions[0].qualifier, mentions[1].qualifier = qualifier_a, qualifier_b
    annotations = [ArticleAnnotations(article_id=a.id, quantities=[mention])
                   for a, mention in zip(articles, mentions, strict=True)]
    quantities, _, _ = merge_facts(articles, annotations, [], {})
    return quantities


def test_nearly_and_more_than_the_same_figure_are_two_figures_and_no_disagreement() -> None:
    facts = merged("nearly", "more than")
    assert sorted(fact.qualifier or "" for fact in facts) == ["more than", "nearly"]
    assert all(not fact.conflicts_with for fact in facts)


def test_about_and_more_than_the_same_figure_are_one_figure() -> None:
    [fact] = merged("about", "more than")
    assert fact.corroboration == 2
