"""The merged story is cached before the editor's overrides: an editor's fix re-applies overrides to
it without annotating or merging again, and gives the same bytes as a build from nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Settings
from generator.models import ArticleAnnotations
from tests.site.build_tools import fixture_site_project

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return fixture_site_project(tmp_path)


def settings_for(project: Path, cache: str) -> Settings:
    return Settings(project_dir=project, cache_dir=Path(cache), workers=1)


def forbid_merging(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object, **__: object) -> None:
        raise AssertionError("the story was merged again")

    monkeypatch.setattr(pipeline, "assemble_story", fail)
    monkeypatch.setattr(pipeline, "annotate_articles", fail)


def corrected_role(project: Path) -> None:
    """An editor's fix: a person found in the story gets a corrected role."""
    story = pipeline.build_story(settings_for(project, "scratch"))[0]
    person = next(e for e in story.entities if e.type == "person")
    (project / "seeds" / "story.yml").write_text(
        f"entities:\n  {person.id}:\n    roles: [Harbour Master]\n", encoding="utf-8")


def test_an_editor_fix_reuses_the_merged_story_and_gives_the_bytes_of_a_fresh_build(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = pipeline.build_site_files(settings_for(project, "cache"))
    assert not before.stats.story_from_cache
    corrected_role(project)
    with monkeypatch.context() as patched:
        forbid_merging(patched)
        fixed = pipeline.build_site_files(settings_for(project, "cache"))
    assert fixed.stats.story_from_cache
    fresh = pipeline.build_site_files(settings_for(project, "fresh-cache"))
    assert not fresh.stats.story_from_cache
    assert fixed.files == fresh.files != before.files
    assert any("Harbour Master" in str(content) for content in fixed.files.values())


def test_a_changed_article_merges_again_and_annotates_only_that_article(project: Path) -> None:
    pipeline.build_site_files(settings_for(project, "cache"))
    article = project / "seeds" / "riverton-flood.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nThe river fell by evening.\n",
                       encoding="utf-8")
    rebuilt = pipeline.build_site_files(settings_for(project, "cache"))
    assert not rebuilt.stats.story_from_cache
    assert (rebuilt.stats.annotated, rebuilt.stats.from_cache) == (1, 2)
    assert rebuilt.files == pipeline.build_site_files(settings_for(project, "fresh-cache")).files


def test_a_changed_article_date_misses_the_cached_story(project: Path) -> None:
    pipeline.build_site_files(settings_for(project, "cache"))
    (project / "seeds" / "riverton-flood.yml").write_text("published: 2025-04-18\n", encoding="utf-8")
    assert not pipeline.build_site_files(settings_for(project, "cache")).stats.story_from_cache


def test_problems_met_in_extraction_are_reported_again_when_the_story_is_reused(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    annotate = pipeline.annotate_articles

    def with_a_problem(*args: object, **kwargs: object) -> list[ArticleAnnotations]:
        found = annotate(*args, **kwargs)  # type: ignore[arg-type]
        return [found[0].model_copy(update={"problems": ["the dates layer failed"]}), *found[1:]]

    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "annotate_articles", with_a_problem)
        first = pipeline.build_site_files(settings_for(project, "cache"))
    corrected_role(project)
    with monkeypatch.context() as patched:
        forbid_merging(patched)
        fixed = pipeline.build_site_files(settings_for(project, "cache"))
    assert fixed.stats.story_from_cache
    reported = [message for message in fixed.warnings if "the dates layer failed" in message]
    assert reported == [message for message in first.warnings if "the dates layer failed" in message]
    assert len(reported) == 1 and reported[0].endswith(".md: the dates layer failed")


def test_the_cached_story_entry_gives_back_the_same_story_with_infinite_figures() -> None:
    """The entry is written by pydantic's compiled serialiser: an infinite or undefined figure must
    come back as itself (its default writes null, which a `value_to` would read as "no range")."""
    from tests.stories import make_story

    story = make_story()
    first = story.quantities[0]
    story.quantities[0] = first.model_copy(update={"value": float("-inf"), "value_to": float("inf")})
    problems = ["seeds/an-article.md: the dates layer failed"]
    text = pipeline._story_entry(story, problems)
    assert "Infinity" in text
    restored = pipeline._cached_story(text)
    assert restored is not None
    assert restored[1] == problems
    assert restored[0] == story
    assert restored[0].model_dump(mode="json") == story.model_dump(mode="json")


@pytest.mark.parametrize("text", [None, "", "{", '{"story": 3, "problems": []}', '{"problems": []}'])
def test_a_missing_or_malformed_story_entry_is_merged_again(text: str | None) -> None:
    assert pipeline._cached_story(text) is None
