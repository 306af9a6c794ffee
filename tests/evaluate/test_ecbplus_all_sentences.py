"""`evaluate ecbplus-events --all-sentences`: every annotated sentence is scored, not only the ones the
corpus lists as annotated with care (the invented mini corpus of test_ecbplus_eval, with a shorter list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluate import ecbplus_events
from generator.evaluate.ecbplus import load_subtopics
from generator.evaluate.ecbplus_story import run_subtopic
from tests.evaluate.test_ecbplus_eval import write_mini_corpus


@pytest.fixture(scope="module")
def short_list_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The resignation is told in sentence 3 of both articles; the list names sentence 4 only."""
    return write_mini_corpus(tmp_path_factory.mktemp("ecbplus_short_list"), (4,))


def test_every_sentence_brings_in_the_events_the_list_leaves_out(short_list_corpus: Path) -> None:
    (subtopic,) = load_subtopics(short_list_corpus, "all")
    run = run_subtopic(subtopic)
    listed = ecbplus_events.score_story(run)
    assert (listed.multi_article_events, listed.aligned_sources) == (0, 0)  # sentence 3 is not listed
    every = ecbplus_events.score_story(run, all_sentences=True)
    assert every.multi_article_events == 1 and every.matched_events == 1  # the resignation, both articles
    assert every.sources_in_scored > listed.sources_in_scored and every.aligned_sources >= 1
    assert every.rows_per_event >= 1.0


def test_the_cli_option_says_what_it_scored(short_list_corpus: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    command = ["evaluate", "ecbplus-events", "--corpus", str(short_list_corpus), "--part", "all"]
    assert main(command) == 0
    listed = capsys.readouterr().out
    assert main([*command, "--all-sentences"]) == 0
    every = capsys.readouterr().out
    assert "every sentence (--all-sentences)" in every and "every sentence" not in listed
    assert "| of those, matched by a timeline row | 0 |" in listed
    assert "| of those, matched by a timeline row | 1 |" in every
