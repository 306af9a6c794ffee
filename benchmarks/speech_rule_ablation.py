"""Speaker accuracy with each wave-6 reported-speech rule switched off in turn (issue 17).

    .venv/bin/python benchmarks/speech_rule_ablation.py --ids a734-a783
    .venv/bin/python benchmarks/speech_rule_ablation.py --ids a591-a733

Runs `explainer evaluate quotes` on the chosen attributions (tuning part) once with every rule, then
once per rule with that rule alone switched off (patched out in this process only), and prints one row
per run: the difference between the first row and a rule's row is what that rule changes on that
slice. The rules (see docs/evaluation.md, "Issue 17 quotes (wave 6)"):

* participle: "Police say he refused …, saying that …" is his (speakers.clause_before_participle);
* belief hearsay: "It is believed that …", "is thought to" have no teller (BELIEF_VERBS);
* aside after a joining word: "after, police say, pointing a gun …" reports the phrase after it;
* quotation ending a claim: "said that X “will …”" keeps the quotation in the claim;
* chant: "chanted" introduces quoted speech.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from generator.annotate import attribution_asides, claims, quotes
from generator.evaluate.quotes import evaluate, id_range

ANNOTATIONS = Path(__file__).resolve().parents[1] / "tests" / "gold" / "ecbplus_attributions.yml"


def _without_quotation_in_claims(doc: Doc, first: int, last: int, inside: set[int]) -> tuple[int | None, int]:
    """Wave 5's rule: a claim ending in a quotation gives no claim unless a dash leads into it."""
    cut = last - 1
    while cut > first and cut - 1 in inside:
        cut -= 1
    while cut > first and doc[cut - 1].is_punct:
        cut -= 1
    dashes = [t.i for t in doc[max(first, cut - 4):cut] if t.text in claims.DASHES]
    if not dashes:
        return None, 0
    return claims.outside_quotation(doc, *claims.trim(doc, first, dashes[-1]), inside)


SWITCHES: dict[str, list[tuple[Any, str, Any]]] = {
    "participle": [(claims, "clause_before_participle", lambda *_: None),
                   (quotes, "clause_before_participle", lambda *_: None)],
    "belief hearsay": [(claims, "BELIEF_VERBS", frozenset()),
                       (attribution_asides, "BELIEF_VERBS", frozenset())],
    "aside after a joining word": [(attribution_asides, "after_a_joining_word", lambda _: False),
                                   (claims, "JOINING_POS", frozenset())],
    "quotation ending a claim": [(claims, "before_closing_quotation", _without_quotation_in_claims)],
    "chant": [(quotes, "SPEECH_VERBS", quotes.SPEECH_VERBS - {"chant"})],
}


@contextlib.contextmanager
def switched_off(patches: list[tuple[Any, str, Any]]) -> Iterator[None]:
    saved = [(module, name, getattr(module, name)) for module, name, _ in patches]
    for module, name, value in patches:
        setattr(module, name, value)
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def row(label: str, score: Callable[[], tuple[int, int]]) -> str:
    right, total = score()
    return f"| {label} | {right}/{total} | {right / total:.3f} |" if total else f"| {label} | 0/0 | n/a |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ids", type=id_range, nargs="+", required=True)
    args = parser.parse_args(argv)

    def score() -> tuple[int, int]:
        totals = evaluate(ANNOTATIONS, part="tune", ids=args.ids)["tune"]
        return totals.speaker_right, totals.attributions

    print("| run | speaker right | accuracy |\n|---|---|---|")
    print(row("every rule", score))
    for name, patches in SWITCHES.items():
        with switched_off(patches):
            print(row(f"without: {name}", score))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
