"""The person names an earlier build parsed are handed to the next one (story/name_memo.py): a build
after an added article parses only the names it has not seen, and the story is the same as one
resolved with no memo."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Settings
from generator.story import name_memo, names
from tests.site.build_tools import fixture_site_project


def settings_for(project: Path, cache: str) -> Settings:
    return Settings(project_dir=project, cache_dir=Path(cache), workers=1)


def counted_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    parse = names._parse_person

    def counting(text: str) -> names.PersonName | None:
        parsed.append(text)
        return parse(text)

    monkeypatch.setattr(names, "_parse_person", counting)
    return parsed


def fresh_process() -> None:
    """What a new build process starts with: no name parsed yet."""
    names.PARSED.clear()
    names.ASKED.clear()


@pytest.mark.slow
def test_an_added_article_parses_only_new_names_and_gives_the_story_of_no_memo(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = fixture_site_project(tmp_path)
    added = project / "seeds" / "harbour-visit.txt"
    fresh_process()
    pipeline.build_story(settings_for(project, "cache"))
    added.write_text("Harbour Visit\n\nMayor Quentin Harrowgate toured the harbour on Monday with "
                     "Ines Belvane, who said the new pier would open in May.\n", encoding="utf-8")
    fresh_process()
    parsed = counted_parses(monkeypatch)
    story, _ = pipeline.build_story(settings_for(project, "cache"))
    memo_parses = list(parsed)
    fresh_process()
    parsed.clear()
    alone, _ = pipeline.build_story(settings_for(project, "fresh-cache"))
    assert story.model_dump_json() == alone.model_dump_json()
    assert memo_parses and len(memo_parses) < len(parsed)  # only the new article's new names
    assert set(memo_parses) <= set(parsed)
    assert any("Harrowgate" in text for text in memo_parses)


def test_a_memo_value_of_the_wrong_shape_is_skipped() -> None:
    fresh_process()
    taken = name_memo.remember({"Jane Doe": ["jane", [], "doe"], "Odd": [1, [], "x"], "Short": ["a"],
                                "Nobody": None, "Also": ["a", "b", "c"],
                                "Jo Roe Jr.": ["jo", [], "roe", "jr"], "Bad": ["a", [], "b", 4]})
    assert taken == 3
    known = dict(names.PARSED)
    assert known == {"Jane Doe": names.PersonName("jane", (), "doe"), "Nobody": None,
                     "Jo Roe Jr.": names.PersonName("jo", (), "roe", "jr")}
    assert name_memo.remember(["not", "a", "mapping"]) == 0
    fresh_process()


def test_the_memo_asks_only_for_the_names_of_this_build() -> None:
    fresh_process()
    name_memo.remember({"Old Name": ["old", [], "name"]})
    name_memo.begin()
    names.parse_person("Jane Doe")
    assert name_memo.asked_entries() == {"Jane Doe": ["jane", [], "doe"]}
    fresh_process()


def test_the_memo_key_covers_the_parsing_code() -> None:
    sources = {path.name for path in name_memo.memo_sources()}
    assert {"names.py", "given_names.py", "name_memo.py"} <= sources
    assert all(path.is_file() for path in name_memo.memo_sources())
