"""Article text and files that used to stop or leak from a build (issue 14). Invented text only.

Each case is an article of an otherwise ordinary project, built in process (ingest, spaCy, merge,
charts, render): the build finishes, publishes the article and reports no error. A step that still
fails on some text becomes a warning naming the file and the sentence; the rest builds. Nothing
absolute from the build machine reaches the site, and `mkdocs build --strict` names the file that
stopped it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from generator.annotate.nlp import load_pipeline, parse_texts, split_long_text
from spacy.tokens import Doc

from generator.annotate import document as annotate
from generator.pipeline import BuildResult
from tests.site.build_tools import guarded_build, project_settings, write_project

LEAD = "The Brackwater ferry board met on 12 March 2024. Ona Vell, the board's chair, spoke first.\n\n"
CRASH_CASES = {
    "half-year": "Fares will rise in the 2nd half of 2023 and again in the first half, Vell said.",
    "many-digits": "The board said it owed " + "7" * 400 + " marks to the harbour, Vell said.",
    "repeated-scale": "Vell said the debt was 3 " + "trillion " * 40 + "marks.",
    "dollar-signs": "Fares rose from $5 (up 20%) to $6, then from $7 to $9 (up 28%), Vell said.",
    "deep-parse": "They met " + "Mr " * 1200 + "Quill on 13 March 2024.",
    "percent-run": "Rates rose " + " ".join(["5%"] * 300) + " this year, Vell said.",
    "blank-run": "The board met." + " " * 50_000 + "It ended on 14 March 2024.",
}
STORY_WITH_DOLLAR_CHART = """\
charts:
  - id: fares
    title: Fares from $5 (up 20%) to $6
    series:
      - {label: "$5 to $6", value: 6}
      - {label: "$7 (up 28%)", value: 9}
"""


@pytest.fixture(scope="module")
def crash_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    folder = tmp_path_factory.mktemp("crash-cases")
    articles = {f"{name}.txt": f"A {name} article\n\n{LEAD}{text}\n" for name, text in CRASH_CASES.items()}
    project = write_project(folder, articles)
    (project / "seeds" / "story.yml").write_text(STORY_WITH_DOLLAR_CHART, encoding="utf-8")
    return guarded_build(project_settings(project, cache_dir=None))


def published_ids(result: BuildResult) -> set[str]:
    facts = json.loads(result.files["data/facts.json"])
    return {article["id"] for article in facts["articles"]}


def test_text_that_stopped_builds_now_builds_and_is_published(crash_build: BuildResult) -> None:
    assert crash_build.errors == [], crash_build.errors
    assert published_ids(crash_build) == set(CRASH_CASES)
    failures = [w for w in crash_build.warnings if "failed" in w]
    assert failures == [], failures


def test_halves_of_a_year_are_dated(crash_build: BuildResult) -> None:
    facts = json.loads(crash_build.files["data/facts.json"])
    values = {timex["value"] for timex in facts.get("timexes", []) if timex["article"] == "half-year"}
    assert {"2023-H2", "2024-H1"} <= values, values


def test_dollar_signs_are_drawn_as_text_in_charts(crash_build: BuildResult) -> None:
    svg = next(data for path, data in crash_build.files.items() if path.endswith("editor-fares.svg"))
    text = svg.decode() if isinstance(svg, bytes) else svg
    assert "$5 to $6" in text and "$7 (up 28%)" in text


def test_a_number_too_large_to_show_is_left_out_not_infinite(crash_build: BuildResult) -> None:
    facts = json.loads(crash_build.files["data/facts.json"])
    values = [q["value"] for q in facts["quantities"]]
    assert all(abs(value) <= 1e15 for value in values), values


def test_a_failing_extraction_step_is_a_warning_naming_file_and_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = annotate.find_entities

    def fails_on_a_word(doc: Doc) -> list[object]:
        if "Zorblax" in doc.text:
            raise ValueError("invented failure")
        return original(doc)

    monkeypatch.setattr(annotate, "find_entities", fails_on_a_word)
    project = write_project(tmp_path, {
        "odd.txt": f"An odd article\n\n{LEAD}The word Zorblax appears here.\n",
        "plain.txt": f"A plain article\n\n{LEAD}Nothing odd is said.\n",
    })
    result = guarded_build(project_settings(project, cache_dir=None))
    assert result.errors == []
    assert published_ids(result) == {"odd", "plain"}
    failures = [w for w in result.warnings if "failed" in w]
    assert len(failures) == 1, result.warnings
    expected = 'seeds/odd.txt: sentence 3 ("The word Zorblax appears here."): finding names failed'
    assert failures[0].startswith(expected), failures[0]


def test_long_text_is_cut_at_paragraph_breaks_and_joins_back_exactly() -> None:
    text = "".join(f"Paragraph {n} says {'words ' * (n % 7)}end.\n\n" for n in range(300))
    pieces = split_long_text(text, limit=500)
    assert "".join(pieces) == text
    assert all(len(piece) <= 500 and piece.endswith("\n\n") for piece in pieces[:-1])
    unbroken = "x" * 1200
    assert split_long_text(unbroken, limit=500) == ["x" * 500, "x" * 500, "x" * 200]


def test_a_text_parsed_in_pieces_keeps_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(f"Ona Vell met Ray Quill in Brackwater on {n + 1} May 2024.\n\n" for n in range(40))
    nlp = load_pipeline("en_core_web_sm")
    whole = nlp(text)
    monkeypatch.setattr("generator.annotate.nlp.CHUNK_CHARS", 300)
    pieced = next(parse_texts(nlp, [text]))
    assert pieced.text == text
    assert [(e.start_char, e.end_char, e.label_) for e in pieced.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents]
    assert [s.start_char for s in pieced.sents] == [s.start_char for s in whole.sents]


@pytest.mark.slow
def test_an_article_over_spacys_million_characters_builds(tmp_path: Path) -> None:
    paragraph = "The ferry board met again and talked about fares for a long time without a result. " * 12
    text = "A very long article\n\n" + LEAD + (paragraph + "\n\n") * 1020
    assert len(text) > 1_010_000
    project = write_project(tmp_path, {"long.txt": text})
    result = guarded_build(project_settings(project, cache_dir=None))
    assert result.errors == [] and published_ids(result) == {"long"}


# --------------------------------------------------------------------------- mkdocs: leaks, strict


def mkdocs(project: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *options, "-d", str(project / "site")], cwd=project,
        capture_output=True, text=True, timeout=600, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def linked_project(folder: Path) -> Path:
    from tests.browser.site_tools import make_project

    outside = folder / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Outside secret\n\nThe invented secret sentence.\n", encoding="utf-8")
    (outside / "meta.yml").write_text("title: Title read through a link\n", encoding="utf-8")
    seeds = folder / "seeds"
    seeds.mkdir()
    (seeds / "harbour.txt").write_text(f"Harbour news\n\n{LEAD}", encoding="utf-8")
    (seeds / "harbour.yml").symlink_to(outside / "meta.yml")
    (seeds / "linked.txt").symlink_to(outside / "secret.txt")
    return make_project(folder / "project", seeds)


def test_no_absolute_path_or_linked_file_reaches_the_site(tmp_path: Path) -> None:
    project = linked_project(tmp_path)
    completed = mkdocs(project)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "seeds/harbour.yml" in completed.stderr and "seeds/linked.txt" in completed.stderr
    leaks = []
    for path in sorted((project / "site").rglob("*")):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            markers = (str(tmp_path), str(tmp_path.resolve()), "Title read through a link", "invented secret")
            for marker in markers:
                if marker in text:
                    leaks.append(f"{path.relative_to(project)}: {marker}")
    assert not leaks, leaks


def test_the_strict_failure_names_the_file(tmp_path: Path) -> None:
    project = linked_project(tmp_path)
    completed = mkdocs(project, "--strict")
    assert completed.returncode != 0
    last_line = completed.stderr.strip().splitlines()[-1]
    assert "seeds/harbour.yml" in last_line or "harbour.yml" in last_line, last_line
    assert "seeds/linked.txt" in last_line, last_line


def test_dates_at_the_ends_of_the_calendar_in_text_do_not_stop_the_build(tmp_path: Path) -> None:
    ends = "The plan runs to 9999-12 and began in 0001; Vell spoke on 31 December 9999."
    text = f"Calendar ends\n\n{LEAD}{ends}\n"
    project = write_project(tmp_path, {"ends.txt": text})
    result = guarded_build(project_settings(project, cache_dir=None, workers=1))
    assert result.errors == [] and published_ids(result) == {"ends"}
    assert [w for w in result.warnings if "failed" in w] == []
