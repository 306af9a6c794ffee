"""The MEANTIME type confusion (`explainer evaluate meantime-entities --errors`), on invented mentions."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from generator.evaluate.entities import main
from generator.evaluate.meantime_entity_types import NOT_FOUND, confusion_report, document_confusion


@dataclass(frozen=True)
class M:
    start: int
    end: int
    type: str


TEXT = "Vantrobe Foods hired Lindra Quell in Harrowgate."


def test_each_gold_name_takes_the_type_of_the_overlapping_mention_that_ends_last() -> None:
    gold = [M(0, 14, "ORG"), M(21, 33, "PER"), M(37, 47, "LOC")]
    ours = [M(0, 8, "PER"), M(21, 33, "PER")]  # the company typed a person; the town not found
    confusion = document_confusion("doc", TEXT, gold, ours)
    assert confusion.counts == {("ORG", "PER"): 1, ("PER", "PER"): 1, ("LOC", NOT_FOUND): 1}
    assert (confusion.found, confusion.right) == (2, 1)
    assert confusion.errors == ["doc: 'Vantrobe Foods' gold ORG, ours PER"]


def test_a_descriptor_inside_the_gold_span_does_not_give_the_type() -> None:
    text = "German airline Lufthansa said"  # gold ORG spans the whole phrase
    confusion = document_confusion("doc", text, [M(0, 24, "ORG")], [M(0, 6, "group"), M(15, 24, "ORG")])
    assert confusion.counts == {("ORG", "ORG"): 1}


def test_the_report_puts_the_wrong_types_first_and_lists_them_on_request() -> None:
    confusion = document_confusion("doc", TEXT, [M(0, 14, "ORG"), M(21, 33, "PER")],
                                   [M(0, 14, "group"), M(21, 33, "PER")])
    lines = confusion_report("corpus_x", confusion, list_errors=True)
    assert lines[0].endswith("accuracy 0.500 (1/2 found gold names)")
    assert lines[lines.index("|---|---|---|") + 1] == "| ORG | group | 1 |"
    assert "- doc: 'Vantrobe Foods' gold ORG, ours group" in lines
    assert not any(line.startswith("- ") for line in confusion_report("x", confusion, list_errors=False))


def test_errors_are_listed_on_the_tuning_part_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--part", "heldout", "--errors"]) == 2
    assert "tuning part only" in capsys.readouterr().err
