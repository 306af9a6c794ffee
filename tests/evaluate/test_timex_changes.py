"""benchmarks/timex_changes.py: the expressions of every sentence of a MEANTIME tuning corpus, two
checkouts compared; the held-out corpora cannot be listed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.evaluate.meantime import DEFAULT_CORPUS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import timex_changes  # noqa: E402


@pytest.mark.parametrize("part", ["gm", "stock", "heldout"])
def test_the_held_out_corpora_are_not_listed(part: str) -> None:
    with pytest.raises(SystemExit):
        timex_changes.main(["--old", str(ROOT), "--part", part])


@pytest.mark.slow
@pytest.mark.skipif(not (DEFAULT_CORPUS / "intra-doc_annotation").is_dir(),
                    reason=f"MEANTIME not available at {DEFAULT_CORPUS}")
def test_one_checkout_against_itself_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert timex_changes.main(["--old", str(ROOT), "--new", str(ROOT), "--part", "airbus"]) == 0
    printed = capsys.readouterr().out
    assert "0 lines out, 0 lines in" in printed
    assert " 0 expressions before" not in printed  # the corpus was read and tagged
