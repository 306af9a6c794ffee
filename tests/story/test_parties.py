"""Who may be shown as a speaker or a side (wave 6): the render side refuses what no one could have
said. Invented parties and an invented story."""

from __future__ import annotations

import pytest

from generator.models import Claim
from generator.story.briefing import build_briefing
from generator.story.parties import can_speak, is_a_side
from tests.stories import source
from tests.story.harbour_story import harbour_story


@pytest.mark.parametrize("described", ["the February 2007 presidential election", "the 2019 census",
                                       "May 2007", "the March vote", "", "   "])
def test_a_dated_or_empty_speaker_is_no_speaker(described: str) -> None:
    assert not can_speak(described)


@pytest.mark.parametrize("described", ["the spokeswoman", "Witnesses", "a senior official",
                                       "Alda May", "The officers"])
def test_people_and_bodies_described_by_words_can_speak(described: str) -> None:
    assert can_speak(described) and is_a_side(described)


@pytest.mark.parametrize("described", ["the video", "A new poll", "the presidential election",
                                       "the coroner's report"])
def test_a_record_or_a_happening_is_no_side(described: str) -> None:
    assert can_speak(described) or "election" in described
    assert not is_a_side(described)


def test_what_each_side_wants_has_no_line_under_an_empty_or_a_thing_s_heading() -> None:
    story = harbour_story()
    late = next(article for article in story.articles if article.id == "late")
    for ident, party in (("c-none", ""), ("c-video", "the video"), ("c-vote", "the June 2025 vote")):
        story.claims.append(Claim(id=ident, by=party, text="the union would not back down", kind="demand",
                                  sources=[source(late, "the union would not back down")]))
    found = {section.key: section for section in build_briefing(story)}
    parties = [party for party, _ in found["wants"].groups()]
    assert parties == ["Mara Voss"]

