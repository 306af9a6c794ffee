"""The two value evaluations share their options and their report (evaluate/values.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluate import ecbplus_values, values
from generator.evaluate.values import Counts, print_value_report


def test_the_report_prints_its_heading_table_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    def run(errors: list[str] | None) -> dict[str, float]:
        assert errors == []
        errors.append("missed\t'12 boats'")
        return Counts(system=4, gold=5, value=3, value_unit=2).results(2)

    assert print_value_report(run, lambda results: f"{results['documents']} documents", True) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 documents\n\n| measure | P | R | F1 |")
    assert "| value | 75.00 | 60.00 | 66.67 |" in out and "| value+unit | 50.00 | 40.00 | 44.44 |" in out
    assert out.rstrip().endswith("missed\t'12 boats'")


@pytest.mark.parametrize("main", [values.main, ecbplus_values.main])
def test_a_missing_corpus_is_reported_with_exit_code_two(main, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpus", str(tmp_path / "nowhere"), "--part", "tune"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.strip()
