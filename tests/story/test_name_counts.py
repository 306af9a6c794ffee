"""Key numbers as readers meet them (wave 6): they count things, never a person's name ("a record of 24
Voss" misread as 24 of something called Voss stays on the numbers page but leads no list), and a
number leads with the figure as its sentence says it. Invented stories."""

from __future__ import annotations

import datetime as dt

from generator.models import Quantity, Story
from generator.render.index import SiteIndex
from generator.render.queries import SiteQueries
from generator.story.briefing import build_briefing
from tests.stories import make_article, source
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


def test_a_number_leads_with_the_figure_as_its_sentence_says_it() -> None:
    # one fact merged from two wordings: the line's sentence says "Nearly 40", so its lead does too
    long = make_article("a", "Ships", "Vale Times", "The strike held up more than 40 ships in the bay on "
                        "Monday, the harbour office said.", dt.date(2025, 6, 3))
    short = make_article("b", "Ships", "Coast Daily", "Nearly 40 ships waited.",
                         dt.date(2025, 6, 3))
    ships = Quantity(id="q-ships", text="more than 40", value=40, qualifier="more than", about="ships",
                     sources=[source(long, "more than 40"), source(short, "Nearly 40")], corroboration=2)
    story = Story(title="Ships", articles=[long, short], quantities=[ships])
    found = {section.key: section for section in build_briefing(story)}
    line = found["numbers"].lines[0]
    assert (line.lead, line.text) == ("Nearly 40", "Nearly 40 ships waited.")
