"""Key numbers count things, never a person's name (wave 6): "a record of 24 Voss" misread as 24 of
something called Voss stays on the numbers page but leads no list. Invented story."""

from __future__ import annotations

from generator.models import Quantity
from generator.render.index import SiteIndex
from generator.render.queries import SiteQueries
from generator.story.briefing import build_briefing
from tests.stories import source
from tests.story.harbour_story import harbour_story


def test_a_count_of_a_person_s_name_is_no_key_number() -> None:
    story = harbour_story()
    late = next(article for article in story.articles if article.id == "late")
    story.quantities.append(Quantity(id="q-voss", text="24", value=24, about="Voss", corroboration=5,
                                     sources=[source(late, "Voss said")]))
    found = {section.key: section for section in build_briefing(story)}
    assert "q-voss" not in [line.id for line in found["numbers"].lines]
    assert found["numbers"].lines  # the other numbers stay
    keys = [view.fact.id for view in SiteQueries(SiteIndex(story)).key_numbers()]
    assert keys and "q-voss" not in keys
