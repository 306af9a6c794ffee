"""Speaker accuracy with each wave-6 and wave-7 reported-speech rule switched off in turn (issue 17).

    .venv/bin/python benchmarks/speech_rule_ablation.py --ids a734-a783
    .venv/bin/python benchmarks/speech_rule_ablation.py --ids a591-a733

Runs `explainer evaluate quotes` on the chosen attributions (tuning part) once with every rule, then
once per rule with that rule alone switched off (patched out in this process only), and prints one row
per run: the difference between the first row and a rule's row is what that rule changes on that
slice. The rules kept (see docs/evaluation.md, "Issue 17 quotes (wave 6)"):

* belief hearsay: "It is believed that …", "is thought to" have no teller (BELIEF_VERBS);
* chant: "chanted" introduces quoted speech.

Wave 7 (docs/evaluation.md, "Issue 17 quotes (wave 7)"); the row "without: every wave-7 rule" is the
code as it was before them:

* pronoun by the parse: "he"/"she" takes the nearest agreeing subject (main or subordinate clause,
  inverted "said X"), never a name in the clause its own verb reports (`pronoun_antecedents`);
* title stop: "Sgt." and the like stay one token, so no sentence ends inside "Sgt. Jane Roe"
  (`sentence_titles`).

Commit 728b371 holds this script with four wave-7 candidate rules that were dropped (a person in
apposition inside a description, a claim in a relative clause, an inverted "said X" with no parsed
subject, "ask anyone … to <act>") and the code they switch off: `git checkout 728b371` for their rows.
Commit 3926921 holds the second pass of the pronoun rule that was dropped too (a surname repeated
alone, a description that speaks, as antecedents; rows "pronoun: …").

Wave 8 (docs/evaluation.md, "Issue 17 quotes (wave 8)"): commits d05ed05 and cf596d9 hold this script
with the six wave-8 candidates and their switches (rows "surname repeated alone", "description that
speaks", "possessor that is no name", "prosecutor = district attorney", "organisation in a
description", "claims split by teller", "every wave-8 rule"); none gained on a slice not read while
writing it, and all were taken out again: `git checkout cf596d9` for their rows.

Wave 9 (docs/evaluation.md, "Issue 17 quotes (wave 9)"):

* quotation completing its verb: "Roe called the plan “a mess”", "described it as “narrow”", "chanted
  “out”": the object of a verb of saying or naming is its subject's words, however short, never a
  scare quote (`quote_complements`);

Wave 10 (docs/evaluation.md, "Issue 17 quotes (wave 10)"):

* accusation: "X accused Y of <act>", "X blamed Y for <act>" is X's claim (`accusations`);
* quotation that is a sentence: a short quotation standing as a sentence of its own ("“No.”")
  goes on with the speaker before (`quotes.is_own_sentence`).

Wave 11 (docs/evaluation.md, "Issue 17 quotes (wave 11)"):

* numeral opening an inverted subject: "'…,' said one young man, …" (`speech_subjects`);
* trailing attribution: "<claim>, said Jane Roe, <a long description>." and "<claim>, chairman Ray
  Okafor announced on …" read from the words when the parse loses them (`trailing_attributions`);
* passive disclosure: "It has been revealed/announced/confirmed that …" has no teller.

Wave 12 (docs/evaluation.md, "Issue 17 quotes (wave 12)"):

* perfect participle: "Having told reporters he would stay, Roe left" speaks for Roe (`claim_content`);
* organisation it: "Acme Corp filed its report. … It also says that …" (`pronoun_antecedents`);
* noun claim: "Roe's suggestion was that …", "Roe's claim that …" (`claim_nouns`);
* stance lead-in: "Roe agreed with the ruling. “…”" is Roe's quotation (`quotes.STANCE_VERBS`);
* age epithet: "said the 34-year-old" is the person just named (`described_antecedents`);
* participle aside: "Roe, probably playing her last game, said …" is Roe's claim (`claim_content`);
* colon before a quotation: "X stated that …, with a spokesman stating: “…”" keeps X's claim, cut
  at the colon (`claim_content.before_closing_quotation`);
* relative clause before a trailing verb: "Roe, who replaced Poe, said the charges were …" is no
  trailing attribution of the relative clause (`trailing_attributions.is_clause`).

Wave 13 (docs/evaluation.md, "Issue 17 quotes (wave 13)"):

* instruction: "told the driver to stop" is a demand (`speech_acts`);
* charge with a clause: "<claim>, prosecutors charge." (`speech_acts`);
* quotation in a reported clause: "Roe reported that “…”" (`reporting_clauses.REPORTING_VERBS`);
* verb read as a noun: "<claim>, KTMB reports, …" (`trailing_attributions.noun_read_verb`);
* team epithet: "…, the team announced" is the organisation just named (`described_antecedents`);
* given name speaks: "Darcy Davies" typed an organisation but speaking is a person to "she"
  (`speakers.person_like_name`).

Wave 15 (speech-verb words the parse hid; `--topics` scores whole topics, e.g. the read slice
`--topics 1 5 9 13 21 25 29 33 41 45`):

* according to aside: "In fact, according to X, <claim>", "The fire, according to X, started …"
  (`attribution_asides.according_aside`);
* clause read as object: "The audit noted efforts to sell it had failed" (`claim_content.misread_clause`);
* that read as relative: "told a friend before the attack that <claim>" (`claim_content.misread_relative`);
* gerund after a preposition: "After telling X that <claim>, Roe left" (`claim_content.adverbial_gerund`);
* speech in a relative clause: "a rule that critics claim [weakened …]"
  (`claim_content.relative_speech_clause`); relative complement start: "a deal that the union says
  [will cost jobs]" (`right_content_start`). Left off: RELATIVE_CLAUSE_ENDS, "The players who said
  [they were tired] left" cut at the relative clause's end (check slice 480 -> 479 with it).

Commit 5b03869 holds this script with four dropped wave-10 candidates and their switches ("relative
who", "gender by given name", "quoted title after the verb", "verbs of informing"); none gained on
the slices not read while writing them: `git checkout 5b03869` for their rows.

Commit 19cfdff holds this script with a dropped wave-9 candidate and its switch ("comma inside the
closing mark": "known as “the Hub,” the mill …" runs on, so a short quotation there is a scare
quote); it lost on the slice not read while writing it: `git checkout 19cfdff` for its rows.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from generator.annotate import (
    attribution_asides,
    claim_content,
    claim_nouns,
    claims,
    described_antecedents,
    described_people,
    nlp,
    pronoun_antecedents,
    quotes,
    reporting_clauses,
    speakers,
    speech_acts,
    speech_subjects,
    trailing_attributions,
)
from generator.evaluate.quotes import evaluate, id_range

ANNOTATIONS = Path(__file__).resolve().parents[1] / "tests" / "gold" / "ecbplus_attributions.yml"


SWITCHES: dict[str, list[tuple[Any, str, Any]]] = {
    "belief hearsay": [(claims, "BELIEF_VERBS", frozenset()),
                       (attribution_asides, "BELIEF_VERBS", frozenset())],
    "chant": [(quotes, "SPEECH_VERBS", quotes.SPEECH_VERBS - {"chant"}),
              (speech_subjects, "SPEECH_VERBS", speech_subjects.SPEECH_VERBS - {"chant"})],
}
WAVE7: dict[str, list[tuple[Any, str, Any]]] = {
    "pronoun by the parse": [(speakers, "parse_antecedent", lambda *_: None),
                             (speakers, "agrees", lambda *_: True)],
    "title stop": [(nlp, "keep_title_abbreviations", lambda _: None)],
}
SWITCHES.update(WAVE7)
SWITCHES["every wave-7 rule"] = [patch for patches in WAVE7.values() for patch in patches]
WAVE8: dict[str, list[tuple[Any, str, Any]]] = {
    "company epithet": [(described_antecedents, "EPITHETS", False)],
}
SWITCHES.update(WAVE8)
SWITCHES["every wave-8 rule"] = [patch for patches in WAVE8.values() for patch in patches]
WAVE9: dict[str, list[tuple[Any, str, Any]]] = {
    "quotation completing its verb": [(quotes, "completed_verb", lambda *_: None)],
}
SWITCHES.update(WAVE9)
SWITCHES["every wave-9 rule"] = [patch for patches in WAVE9.values() for patch in patches]
WAVE10: dict[str, list[tuple[Any, str, Any]]] = {
    "accusation": [(claims, "accused_act", lambda _: None)],
    "quotation that is a sentence": [(quotes, "OWN_SENTENCE_QUOTES", False)],
}
SWITCHES.update(WAVE10)
SWITCHES["every wave-10 rule"] = [patch for patches in WAVE10.values() for patch in patches]
WAVE11: dict[str, list[tuple[Any, str, Any]]] = {
    "numeral opening an inverted subject": [(speech_subjects, "NUMERAL_DETERMINERS", False)],
    "trailing attribution": [(trailing_attributions, "TRAILING_ATTRIBUTIONS", False)],
    "passive disclosure": [(attribution_asides, "DISCLOSURE_VERBS", frozenset())],
}
SWITCHES.update(WAVE11)
SWITCHES["every wave-11 rule"] = [patch for patches in WAVE11.values() for patch in patches]
WAVE12: dict[str, list[tuple[Any, str, Any]]] = {
    "perfect participle": [(claim_content, "PERFECT_PARTICIPLES", False)],
    "organisation it": [(pronoun_antecedents, "ORGANISATION_IT", False)],
    "noun claim": [(claim_nouns, "NOUN_CLAIMS", False)],
    "stance lead-in": [(quotes, "STANCE_LEAD_INS", False)],
    "age epithet": [(described_antecedents, "AGE_EPITHETS", False)],
    "participle aside": [(claim_content, "PARTICIPLE_ASIDES", False)],
    "colon before a quotation": [(claim_content, "COLON_LEAD_INS", False)],
    "relative clause before a trailing verb": [(trailing_attributions, "RELATIVE_SUBJECTS", False)],
}
SWITCHES.update(WAVE12)
SWITCHES["every wave-12 rule"] = [patch for patches in WAVE12.values() for patch in patches]
WAVE13: dict[str, list[tuple[Any, str, Any]]] = {
    "instruction": [(speech_acts, "INSTRUCTIONS", False)],
    "charge with a clause": [(speech_acts, "CLAUSE_STATEMENTS", False)],
    "quotation in a reported clause": [(reporting_clauses, "REPORTED_CLAUSE_QUOTES", False)],
    "verb read as a noun": [(trailing_attributions, "NOUN_READ_VERBS", False)],
    "team epithet": [(described_antecedents, "TEAM_EPITHETS_ON", False)],
    "given name speaks": [(speakers, "GIVEN_NAME_SPEAKERS", False)],
}
SWITCHES.update(WAVE13)
SWITCHES["every wave-13 rule"] = [patch for patches in WAVE13.values() for patch in patches]
WAVE14: dict[str, list[tuple[Any, str, Any]]] = {
    "described antecedent": [(described_people, "DESCRIBED_ANTECEDENTS", False)],
    "role tie": [(described_people, "ROLE_TIES", False)],
    "name gender": [(described_people, "NAME_GENDER", False)],
    "stranded subject": [(claim_content, "STRANDED_SUBJECTS", False)],
    "description naming its person": [(described_people, "NAMED_DESCRIPTIONS", False)],
}
SWITCHES.update(WAVE14)
SWITCHES["every wave-14 rule"] = [patch for patches in WAVE14.values() for patch in patches]
WAVE15: dict[str, list[tuple[Any, str, Any]]] = {
    "according to aside": [(claims, "ACCORDING_ASIDES", False)],
    "clause read as object": [(claim_content, "SUBJECTLESS_CLAUSES", False)],
    "that read as relative": [(claim_content, "MISREAD_RELATIVES", False)],
    "gerund after a preposition": [(claim_content, "ADVERBIAL_GERUNDS", False)],
    "speech in a relative clause": [(claim_content, "RELATIVE_SPEECH", False)],
    "relative complement start": [(claim_content, "RELATIVE_COMPLEMENTS", False)],
}
SWITCHES.update(WAVE15)
SWITCHES["every wave-15 rule"] = [patch for patches in WAVE15.values() for patch in patches]


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
    parser.add_argument("--ids", type=id_range, nargs="+", default=[])
    parser.add_argument("--topics", type=int, nargs="+", help="only these ECB+ topics (wave 15)")
    parser.add_argument("--only", nargs="+", choices=sorted(SWITCHES), default=sorted(SWITCHES),
                        metavar="RULE", help="switch off only these rules in turn (default: all)")
    args = parser.parse_args(argv)

    def score() -> tuple[int, int]:
        nlp.load_pipeline.cache_clear()  # the tokenizer's special cases are added when it loads
        totals = evaluate(ANNOTATIONS, part="tune", topics=args.topics, ids=args.ids)["tune"]
        return totals.speaker_right, totals.attributions

    print("| run | speaker right | accuracy |\n|---|---|---|")
    print(row("every rule", score))
    for name, patches in SWITCHES.items():
        if name not in args.only:
            continue
        with switched_off(patches):
            print(row(f"without: {name}", score))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
