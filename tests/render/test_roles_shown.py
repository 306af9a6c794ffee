"""A person's roles as the people pages show them (wave 7: "Coach; Head Coach; New Orleans Coach" for one
coach): a role whose words all stand in another role is not listed beside it. Invented story."""

from __future__ import annotations

from generator.models import Role
from generator.render.site import render_site
from generator.render.views import distinct_roles
from tests.render.render_tools import shown, text_of
from tests.stories import make_story, settings


def test_a_role_inside_another_role_is_not_listed_again() -> None:
    assert distinct_roles(["Coach", "Head Coach", "Riverton Coach"]) == ["Head Coach", "Riverton Coach"]
    assert distinct_roles(["Mayor", "mayor", "Deputy Director"]) == ["Mayor", "Deputy Director"]
    assert distinct_roles(["Head Coach", "Coach of the year"]) == ["Head Coach", "Coach of the year"]
    assert distinct_roles([]) == []


def test_the_people_table_lists_each_role_once() -> None:
    story = make_story()
    mayor = next(entity for entity in story.entities if entity.roles and entity.roles[0].role == "Mayor")
    said = mayor.roles[0].sources
    mayor.roles = [Role(role="Mayor", sources=said), Role(role="Riverton Mayor", sources=said),
                   Role(role="mayor", sources=said)]
    page = shown(text_of(render_site(story, settings()), "people/index.md"))
    at = page.index(f">{mayor.name}</a></td>")
    row = page[at:page.index("</tr>", at)]
    assert "Riverton Mayor" in row
    assert "Mayor;" not in row and "; mayor" not in row
