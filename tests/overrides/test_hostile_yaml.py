"""Editor YAML that cannot be drawn, dated or trusted (issue 14): refused with file and line.

A number too large to draw, a date past the calendar, two chart ids that make one file name, and
override files that are links to somewhere else. Invented content only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.overrides.api import OverrideProblem, load_overrides

ARTICLE_IDS = ["alpha", "beta"]
SOURCE = "    source: {note: Invented note}\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of_story(folder: Path, text: str) -> list[OverrideProblem]:
    _, problems = load_overrides(write(folder, "story.yml", text), folder, ARTICLE_IDS)
    return problems


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("charts:\n  - id: big\n    title: Big\n    series:\n      - {label: a, value: 1e308}\n", 5,
         "less than or equal to 1000000000000000"),
        ("add:\n  quantities:\n  - id: q-inf\n    text: lots\n    value: .inf\n" + SOURCE, 5, "finite"),
        ("add:\n  quantities:\n  - id: q-nan\n    text: some\n    value: .nan\n" + SOURCE, 5, "finite"),
        ("quantities:\n  q-1:\n    value_to: -1e200\n", 3, "at least -1000000000000000"),
        ('add:\n  timeline:\n  - id: t-far\n    date: "9999-12"\n    text: Far off.\n' + SOURCE, 4,
         "year 9999"),
        ("timeline:\n  t-1:\n    date: 0001-01-01\n", 3, "year 1 is outside"),
        ("articles:\n  alpha:\n    published: 9999-12-31\n", 3, "year 9999"),
        ("articles:\n  alpha:\n    published: 0001-01-01\n", 3, "year 1 is outside"),
    ],
)
def test_values_that_cannot_be_drawn_or_dated_are_refused_with_their_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    problems = problems_of_story(tmp_path, text)
    assert len(problems) == 1, [p.describe() for p in problems]
    described = problems[0].describe()
    assert described.startswith(f"{tmp_path / 'story.yml'}:{line}:"), described
    assert words in described, described


def test_a_sidecar_published_outside_the_calendar_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "alpha.yml", "title: Invented\npublished: 0001-01-01\n")
    _, problems = load_overrides(tmp_path / "story.yml", tmp_path, ARTICLE_IDS)
    assert [p.describe().split(": error")[0] for p in problems] == [f"{tmp_path / 'alpha.yml'}:2:12"]


def test_chart_ids_that_make_the_same_file_name_are_an_error_naming_both(tmp_path: Path) -> None:
    series = "    series: [{label: a, value: 1}]\n"
    text = f"charts:\n  - id: dup chart\n    title: One\n{series}  - id: Dup-Chart!\n    title: Two\n{series}"
    problems = problems_of_story(tmp_path, text)
    assert len(problems) == 1, [p.describe() for p in problems]
    described = problems[0].describe()
    assert "'dup chart'" in described and "'Dup-Chart!'" in described and "editor-dup-chart" in described
    assert f"story.yml:{2}:" in described or "story.yml:1:" in described, described


def test_dollar_signs_in_a_chart_label_are_accepted(tmp_path: Path) -> None:
    text = ("charts:\n  - id: fares\n    title: Fares from $5 (up 20%) to $6\n"
            "    series: [{label: $5 to $6, value: 6}]\n")
    assert problems_of_story(tmp_path, text) == []


SECRET = "invented-secret-line: never to be printed"


@pytest.mark.parametrize("name", ["story.yml", "alpha.yml"])
def test_linked_override_files_are_refused_without_reading_them(tmp_path: Path, name: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = write(outside, "target.yml", f"title: {SECRET}\n# {SECRET}\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).symlink_to(target)
    overrides, problems = load_overrides(seeds / "story.yml", seeds, ARTICLE_IDS)
    assert overrides.files == []
    assert len(problems) == 1, [p.describe() for p in problems]
    described = problems[0].describe()
    assert described.startswith(f"{seeds / name}: error: is a link"), described
    assert "invented-secret" not in described and str(outside) not in described
