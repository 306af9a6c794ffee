"""The number reader stays linear on hostile runs of figures: steps counted, not time.

Each rule that looks back from a number (the currency in use, the plural a pronoun stands for, the
person before an age, the earlier quantity a comparison or "that figure" refers to) once walked back
over the whole sentence for every number, so a sentence of thousands of figures cost the square of its
length. The step count here is every line run in the generator's own code (a Python trace), for a run
of 100 figures and of 400: linear code does about four times the work, quadratic code sixteen times.
"""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pytest

from generator.annotate.quantities.find import find_quantities

RUNS = [
    "5% ",  # the run the issue names
    "5 cents ",  # the currency in use, looked back for
    "5 per cent of them, ",  # "them": the plural noun before
    "Jo Reed, 41, ",  # an age: the person just before
    "that figure 5 ",  # "that figure": the earlier number it restates
    "up from 5 visits ",  # a comparison: the earlier number of the same unit
    "fewer than six, ",  # a bare count: the earlier count's noun
    "5 dollars ",  # a currency word several countries share
]


def steps(nlp: Any, text: str) -> int:
    """Lines of the generator's code run while the number reader reads `text` (parsed beforehand)."""
    doc = nlp(text)
    count = 0

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if "/generator/" not in frame.f_code.co_filename:
            return None
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        find_quantities(doc, [])
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("run", RUNS)
def test_a_long_run_of_figures_costs_steps_in_proportion_to_its_length(nlp: Any, run: str) -> None:
    short = steps(nlp, "The figures were " + run * 100 + "in all.")
    long = steps(nlp, "The figures were " + run * 400 + "in all.")
    assert short > 1000  # the reader really read the numbers
    assert long / short < 5, (short, long)  # four times the figures: about four times the steps


def test_the_lookback_answers_are_the_walks_answers(nlp: Any) -> None:
    doc = nlp("The firm paid $5 and 60 cents. Rivals paid 3 euros, then 40 cents, then 2 pesos in "
              "Mexico and 10 cents. Jo Reed, 41, and 30 of them said that figure was 12 workers, up "
              "from 9 workers.")
    mentions = {mention.text: mention for mention in find_quantities(doc, [])}
    assert mentions["60 cents"].unit == "USD"
    assert mentions["40 cents"].unit == "EUR"
    assert mentions["10 cents"].unit == "MXN"
    assert mentions["41"].about == "age of Jo Reed"
