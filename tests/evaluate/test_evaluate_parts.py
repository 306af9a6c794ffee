"""`explainer evaluate`'s --part: one MEANTIME tuning corpus is a part for meantime-timex only."""
from __future__ import annotations

import pytest

from generator import cli
from generator.evaluate import timexes


def test_the_cli_offers_the_timex_evaluations_tuning_corpora() -> None:
    assert cli.MEANTIME_TUNING_SLICES == timexes.TUNING_SLICES


def test_one_tuning_corpus_reaches_the_timex_evaluation(monkeypatch: pytest.MonkeyPatch) -> None:
    passed: list[list[str]] = []
    monkeypatch.setattr(timexes, "main", lambda argv: passed.append(list(argv)) or 0)
    assert cli.main(["evaluate", "meantime-timex", "--part", "airbus", "--classes"]) == cli.EXIT_OK
    assert passed == [["--part", "airbus", "--classes"]]


@pytest.mark.parametrize("name", ["meantime-values", "meantime-entities", "ecbplus-timex", "quotes"])
def test_a_tuning_corpus_as_part_of_another_evaluation_is_refused_with_a_reason(
        name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["evaluate", name, "--part", "apple"]) == cli.EXIT_FAILED
    error = capsys.readouterr().err
    assert "--part apple" in error and "meantime-timex only" in error and name in error
