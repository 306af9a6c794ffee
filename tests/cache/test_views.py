"""Whole-story views reused by the digests of the story parts they read (cache/views.py): the charts,
the Updates log's days and facts.json's fields. A view is reused only while every part it reads is
unchanged, and gives the bytes a build without the cache gives."""

from __future__ import annotations

import json
from pathlib import Path

from generator.cache.views import StoryParts
from generator.charts.build import CHART_PARTS, build_charts
from generator.charts.specs import chart_specs
from generator.models import Role, Story
from generator.render.data_files import story_json
from generator.render.index import SiteIndex
from generator.render.update_cache import UPDATES_PARTS, restored_days, stored_days, updates_days
from generator.story.updates import build_updates
from tests.stories import make_story, settings, source


def _edit_what_the_views_do_not_read(story: Story) -> None:
    """What an editor's fix of people changes: roles, descriptions, links, notes."""
    for entity in story.entities:
        entity.roles = [Role(role="Treasurer", sources=[source(story.articles[0], "The meeting ran late")])]
        entity.description = "An invented description."
        entity.link = "https://example.org/someone"
        entity.may_be = ["someone-else"]


def test_the_views_keys_ignore_what_they_do_not_read_and_their_results_agree() -> None:
    story = make_story()
    def keys_of(story: Story) -> tuple[str, str]:
        return StoryParts(story).key("charts", CHART_PARTS), StoryParts(story).key("updates", UPDATES_PARTS)

    keys = keys_of(story)
    specs, days = chart_specs(story), stored_days(build_updates(story))
    _edit_what_the_views_do_not_read(story)
    # Same keys: the views would be reused; and rightly, since working them out again gives the same.
    assert keys_of(story) == keys
    assert chart_specs(story) == specs
    assert stored_days(build_updates(story)) == days


def test_a_part_a_view_reads_changes_its_key() -> None:
    story = make_story()
    before = {part: StoryParts(story).digest(part) for part in ("entities.named", "entities", "quantities")}
    story.entities[0].name = "Dana Whitfield-Cruz"
    after = {part: StoryParts(story).digest(part) for part in before}
    assert after["entities.named"] != before["entities.named"] and after["entities"] != before["entities"]
    assert after["quantities"] == before["quantities"]
    story.quantities[0].text = "$4.3 million"
    assert StoryParts(story).digest("quantities") != after["quantities"]


def test_cached_charts_equal_fresh_ones_and_follow_a_changed_fact(tmp_path: Path) -> None:
    story = make_story()
    fresh = build_charts(story, tmp_path / "fresh")
    first = build_charts(story, tmp_path, StoryParts(story))
    again = build_charts(story, tmp_path, StoryParts(story))
    shown = [chart.model_copy(update={"rendered": False}) for chart in fresh]
    assert [chart.model_copy(update={"rendered": False}) for chart in first] == shown == again
    assert not any(chart.rendered for chart in again)  # nothing drawn: the list came from the cache
    story.quantities[0].value = 4_300_000
    story.quantities[0].text = "$4.3 million"
    changed = build_charts(story, tmp_path, StoryParts(story))
    assert changed == [chart.model_copy(update={"rendered": False})
                       for chart in build_charts(story, tmp_path / "fresh2")]


def test_the_updates_log_comes_back_with_this_builds_objects(tmp_path: Path) -> None:
    story = make_story()
    first = updates_days(story, StoryParts(story), tmp_path)
    story = make_story()  # the next build's own objects
    _edit_what_the_views_do_not_read(story)
    again = updates_days(story, StoryParts(story), tmp_path)
    assert stored_days(again) == stored_days(first)
    objects = {id(article) for article in story.articles} | {id(entity) for entity in story.entities}
    assert all(id(update.article) in objects and all(id(e) in objects for e in update.new_entities)
               for day in again for update in day.articles)
    assert any(update.new_entities for day in again for update in day.articles)
    assert restored_days([{"date": None, "articles": [{"article": "gone"}]}], story) is None


def test_facts_json_from_cached_fields_has_a_fresh_dumps_bytes(tmp_path: Path) -> None:
    for mode in ("excerpts", "full"):
        story = make_story()
        uncached = settings(article_text=mode, cache_dir=None)
        cached = settings(article_text=mode, cache_dir=tmp_path / mode)
        full = mode == "full"
        whole = story_json(story, uncached, SiteIndex(story, full_text=full))
        assert json.loads(whole)["entities"] and whole.endswith("}\n")
        assert story_json(story, cached, SiteIndex(story, full_text=full), StoryParts(story)) == whole
        assert story_json(story, cached, SiteIndex(story, full_text=full), StoryParts(story)) == whole
        _edit_what_the_views_do_not_read(story)  # the entities' field changes, and only it is redone
        edited = story_json(story, uncached, SiteIndex(story, full_text=full))
        assert edited != whole
        assert story_json(story, cached, SiteIndex(story, full_text=full), StoryParts(story)) == edited
