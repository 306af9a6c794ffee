"""Who said it, and what kind of saying: the story's quotes and claims against hand annotations.

The annotation file (YAML, tests/gold/ecbplus_attributions.yml) holds pointers and labels only,
never article text: each attribution names an ECB+ document, a sentence number and the first and
last token numbers of the words attributed (the `number` attribute of the corpus tokens), with

* `form`: `quote` (words inside quotation marks) or `reported` (indirect speech);
* `speaker`: who uttered the words, as the article names them (its fullest form in the article), or
  `unattributed` when the article does not say;
* `mood`: `assert` (stated), `deny` (denied, "did not say"), `ask` (a question) or `demand`;
* `part`: `tune` or `heldout`, the topic's part in the fixed split (checked when loading).

Scoring, per attribution: the story's quotes and claims whose source overlaps the annotated words in
that article are candidates; a quote is preferred for `form: quote`, a claim for `reported`, then the
largest overlap, then the tightest (in nested speech the innermost attribution holding the words).
Speaker right: names equal after folding case and accents, or one name's words
contain the other's last word ("Holley" for "Shawn Holley"); or (since wave 4) the story entity the
system's speaker is linked to (`speaker_id`, `by_id`) has the gold name among its name and aliases:
the story's own entity resolution joined two spellings ("THR" and "The Hollywood Reporter"), counted
in its own column; `unattributed` is right only when the system names no speaker. Mood: a quote
asserts unless it is a question (its `mood`); a claim's `mood` (denial, question, demand) or, for a
plain statement, its kind maps through MOOD_OF_KIND; a claim of negative polarity ("did not say")
denies. An attribution the system did not find counts as wrong for the speaker and is left out of the mood; so
do the attributions of a story the pipeline crashed on (counted in their own column).

`--ids a591-a683` scores one batch of the file alone; `--errors` (tuning part only) puts each
attribution scored wrong into an error class (`quote_errors`) and counts the classes.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.annotate.nlp import load_pipeline
from generator.config import DEFAULT_MODEL
from generator.evaluate.ecbplus import DEFAULT_CORPUS, PARTS, load_subtopics, part_of_topic
from generator.evaluate.ecbplus_story import StoryRun, run_stories
from generator.evaluate.quote_errors import ErrorClasses, Miss, classify_misses, report_classes
from generator.models import Claim, Quote, Story

FORMS = ("quote", "reported")
MOODS = ("assert", "deny", "ask", "demand")
UNATTRIBUTED = "unattributed"
# The product's claim kinds and the mood each presents a claim in. Kinds added later (a denial, a
# question) are read by their own name.
MOOD_OF_KIND = {"statement": "assert", "report": "assert", "demand": "demand", "denial": "deny",
                "question": "ask"}
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "judge", "officer",
                     "sheriff", "detective", "lt", "sgt", "capt", "chief"})


class AnnotationError(ValueError):
    """The annotation file is malformed; the message names the entry and what to fix."""


@dataclass(frozen=True)
class Attribution:
    id: str
    doc: str
    sentence: int
    first: int
    last: int
    form: str
    speaker: str
    mood: str
    part: str

    @property
    def topic(self) -> int:
        return int(self.doc.split("_")[0])

    @property
    def subtopic(self) -> str:
        return "ecbplus" if self.doc.endswith("ecbplus") else "ecb"


def load_annotations(path: Path) -> list[Attribution]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("attributions"), list):
        raise AnnotationError(f"{path}: expected a mapping with a list under `attributions`")
    return [_attribution(path, index, entry) for index, entry in enumerate(data["attributions"])]


def _attribution(path: Path, index: int, entry: object) -> Attribution:
    where = f"{path}: attributions[{index}]"
    if not isinstance(entry, dict):
        raise AnnotationError(f"{where}: expected a mapping")
    try:
        first, last = (int(n) for n in entry["tokens"])
        item = Attribution(id=str(entry.get("id", index)), doc=str(entry["doc"]),
                           sentence=int(entry["sentence"]), first=first, last=last, form=str(entry["form"]),
                           speaker=str(entry["speaker"]), mood=str(entry["mood"]), part=str(entry["part"]))
    except (KeyError, TypeError, ValueError) as error:
        raise AnnotationError(f"{where}: needs doc, sentence, tokens: [first, last], form, speaker, mood "
                              f"and part ({error})") from error
    problems = [f"form must be one of {FORMS}"] if item.form not in FORMS else []
    problems += [f"mood must be one of {MOODS}"] if item.mood not in MOODS else []
    problems += ["tokens: first is after last"] if item.first > item.last else []
    if item.part != part_of_topic(item.topic):
        problems.append(f"part is {item.part!r} but topic {item.topic} is in {part_of_topic(item.topic)!r}")
    if problems:
        raise AnnotationError(f"{where} ({item.doc}): " + "; ".join(problems))
    return item


def fold(name: str) -> list[str]:
    """Lower-case words without accents, possessives or titles."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode().lower()
    words = [w.strip(".,'\"") for w in text.replace("'s ", " ").split()]
    return [w for w in words if w and w not in _TITLES]


def same_entity(gold: str, entity_id: str | None, story: Story) -> bool:
    """The system's speaker is the story entity the gold name is a name of: the story's own entity
    resolution joined the two spellings ("THR" and "The Hollywood Reporter"), and the site shows the
    quote under that entity."""
    if gold == UNATTRIBUTED or entity_id is None:
        return False
    entity = next((e for e in story.entities if e.id == entity_id), None)
    return entity is not None and any(same_speaker(gold, name) for name in (entity.name, *entity.aliases))


def same_speaker(gold: str, system: str | None) -> bool:
    if gold == UNATTRIBUTED:
        return not system
    if not system:
        return False
    g, s = fold(gold), fold(system)
    if not g or not s:
        return False
    return g == s or g[-1] in s or s[-1] in g


@dataclass
class QuoteTotals:
    attributions: int = 0  # annotated words the ingested body holds
    not_in_body: int = 0  # annotated words ingest took as headline or date line (not scored)
    found: int = 0
    speaker_right: int = 0
    moods_scored: int = 0
    mood_right: int = 0
    reversed: int = 0  # denied or asked, presented as stated
    crashed: int = 0  # in a story the pipeline crashed on (counted as not found)
    right_by_entity: int = 0  # speaker right only through the story's entity ("THR" = The Hollywood Reporter)
    wrong: list[str] = field(default_factory=list)  # one line per attribution not fully right
    misses: list[Miss] = field(default_factory=list)  # the same attributions, for `--errors`

    def add(self, other: QuoteTotals) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_run(run: StoryRun, attributions: list[Attribution]) -> QuoteTotals:
    totals = QuoteTotals()
    by_doc = {mapped.document.name: (article_id, mapped) for article_id, mapped in run.documents.items()}
    for item in attributions:
        article_id, mapped = by_doc[item.doc]
        tokens = [t.t_id for t in mapped.document.tokens
                  if t.sentence == item.sentence and item.first <= t.number <= item.last]
        spans = [mapped.token_spans[t] for t in tokens if t in mapped.token_spans]
        if not spans:
            totals.not_in_body += 1
            continue
        totals.attributions += 1
        found = _best_candidate(run, article_id, (spans[0][0], spans[-1][1]), item.form, mapped.article.text)
        span = (spans[0][0], spans[-1][1])
        if found is None:
            totals.misses.append(Miss(item.id, article_id, item.sentence, span, item.speaker, None, False))
            totals.wrong.append(f"| {item.id} | {item.doc} | {item.sentence} | {item.speaker} | not found | "
                                f"{item.mood} | |")
            continue
        totals.found += 1
        speaker, speaker_id, mood = (found.speaker, found.speaker_id, MOOD_OF_KIND[found.mood]) \
            if isinstance(found, Quote) else (found.by, found.by_id, claim_mood(found))
        by_name = same_speaker(item.speaker, speaker)
        by_entity = not by_name and same_entity(item.speaker, speaker_id, run.story)
        right = by_name or by_entity
        totals.speaker_right += right
        totals.right_by_entity += by_entity
        totals.moods_scored += 1
        totals.mood_right += mood == item.mood
        totals.reversed += item.mood in {"deny", "ask"} and mood == "assert"
        if not right or mood != item.mood:
            totals.misses.append(Miss(item.id, article_id, item.sentence, span, item.speaker, found, right))
            totals.wrong.append(f"| {item.id} | {item.doc} | {item.sentence} | {item.speaker} | "
                                f"{speaker or UNATTRIBUTED} | {item.mood} | {mood} |")
    return totals


def claim_mood(claim: Claim) -> str:
    """The annotation's mood for a claim: "did not say" and denials deny, questions ask."""
    if claim.polarity == "negative":
        return "deny"
    if claim.mood != "statement":
        return MOOD_OF_KIND.get(claim.mood, claim.mood)
    return MOOD_OF_KIND.get(claim.kind, claim.kind)


def _best_candidate(run: StoryRun, article: str, span: tuple[int, int], form: str,
                    text: str) -> Quote | Claim | None:
    """The fact the annotated words are attributed by. Overlaps count letters and digits only, so
    that a quote mark or a space inside or outside a span does not decide."""
    def letters(start: int, end: int) -> int:
        return sum(char.isalnum() for char in text[start:end])

    candidates: list[tuple[bool, int, int, str, Quote | Claim]] = []
    facts: list[Quote | Claim] = [*run.story.quotes, *run.story.claims]
    for fact in facts:
        overlaps = [(letters(max(s.start, span[0]), min(s.end, span[1])), letters(s.start, s.end))
                    for s in fact.sources if s.article == article]
        shared, length = max(overlaps, default=(0, 0))
        if shared > 0:
            preferred = isinstance(fact, Quote) == (form == "quote")
            # Nested speech: the innermost attribution holding the words is the one that applies.
            candidates.append((not preferred, -shared, length - shared, fact.id, fact))
    return min(candidates, key=lambda c: c[:4])[4] if candidates else None


def evaluate(annotations: Path, corpus: Path = DEFAULT_CORPUS, part: str = "all",
             topics: Sequence[int] | None = None, model: str = DEFAULT_MODEL,
             ids: Sequence[tuple[int, int]] = (), classes: ErrorClasses | None = None,
             ) -> dict[str, QuoteTotals]:
    """Totals per part ("tune", "heldout") over the annotations of the chosen part, topics and id
    ranges; `classes`, when given, receives the error class of every attribution scored wrong."""
    items = [a for a in load_annotations(annotations)
             if (part == "all" or a.part == part) and (not topics or a.topic in topics)
             and in_ranges(a.id, ids)]
    grouped: dict[tuple[int, str], list[Attribution]] = defaultdict(list)
    for item in items:
        grouped[(item.topic, item.subtopic)].append(item)
    totals = {name: QuoteTotals() for name in ("tune", "heldout")}
    subtopics = [s for s in load_subtopics(corpus, part, sorted({t for t, _ in grouped}))
                 if (s.topic, s.subtopic) in grouped]
    failures: list[str] = []
    for run in run_stories(subtopics, failures, model):
        items = grouped[(run.subtopic.topic, run.subtopic.subtopic)]
        scored = score_run(run, items)
        totals[run.subtopic.part].add(scored)
        if classes is not None:
            classes.add(classify_misses(scored.misses, run.documents, load_pipeline(model), same_speaker))
    for failure in failures:  # every annotation of a story the pipeline crashed on counts as missed
        name = failure.split(" ", 1)[0]
        story = next(s for s in subtopics if s.name == name)
        missed = grouped[(story.topic, story.subtopic)]
        totals[story.part].add(QuoteTotals(attributions=len(missed), crashed=len(missed)))
    return totals


def in_ranges(item_id: str, ranges: Sequence[tuple[int, int]]) -> bool:
    """The attribution's number ("a612" -> 612) is in one of the ranges (all when there are none)."""
    number = int("".join(c for c in item_id if c.isdigit()) or -1)
    return not ranges or any(first <= number <= last for first, last in ranges)


def id_range(text: str) -> tuple[int, int]:
    """ "a591-a683" (or "a600") as numbers, for `--ids`."""
    first, _, last = text.partition("-")
    try:
        numbers = [int(part.strip().lstrip("aA")) for part in (first, last or first)]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected an id range such as a591-a683") from None
    return numbers[0], numbers[1]


def report(totals: dict[str, QuoteTotals]) -> str:
    lines = ["| part | attributions | found | speaker accuracy | mood accuracy (found) | "
             "denied/asked shown as stated | in a headline (not scored) | "
             "in stories the pipeline crashed on | speaker right only through the story's entity |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, t in totals.items():
        if t.attributions or t.not_in_body:
            lines.append(f"| {name} | {t.attributions} | {t.found} | "
                         f"{_share(t.speaker_right, t.attributions)} | "
                         f"{_share(t.mood_right, t.moods_scored)} | {t.reversed} | {t.not_in_body} | "
                         f"{t.crashed} | {t.right_by_entity} |")
    return "\n".join(lines) + "\n"


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="explainer evaluate quotes", description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=Path, required=True, help="the attribution YAML file")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="ECB+ folder")
    parser.add_argument("--part", choices=PARTS, default="all")
    parser.add_argument("--topics", type=int, nargs="+", help="only these topic numbers")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--per-story", action="store_true", help="also list every attribution not right")
    parser.add_argument("--ids", type=id_range, nargs="+", default=[],
                        help="only these attributions (ranges such as a591-a683)")
    parser.add_argument("--errors", action="store_true",
                        help="also count the attributions not right by error class (tuning part only)")
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    if args.errors and args.part != "tune":
        print("--errors reads the errors, so it runs on the tuning part only: add --part tune",
              file=sys.stderr)
        return 2
    classes = ErrorClasses() if args.errors else None
    try:
        totals = evaluate(args.annotations, args.corpus, args.part, args.topics, args.model,
                          args.ids, classes)
    except (FileNotFoundError, AnnotationError) as error:
        print(error, file=sys.stderr)
        return 2
    print(report(totals))
    if classes is not None:
        print(report_classes(classes))
    if args.per_story:
        print("| id | document | sentence | speaker | system's speaker | mood | system's mood |\n"
              "|---|---|---|---|---|---|---|")
        print("\n".join(line for part in totals.values() for line in part.wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
