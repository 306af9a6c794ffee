"""Score the quantity extractor on quantities annotated by hand in ECB+ articles of held-out topics.

    python -m generator.evaluate.ecbplus_values [--annotations FILE] [--corpus PATH] [--errors]

The annotation file (YAML, tests/gold/ecbplus_quantities.yml) holds pointers and labels only, never
article text: `documents` lists the annotated documents (every sentence of each, except the date lines
listed in `skip`), `quantities` each figure as a document, a sentence number and the first and last
token numbers (the `number` attribute of the corpus tokens), with its `value` (and `value_to` for a
range), `unit` and what it `counts`; `vague: true` marks number words that are no definite quantity
("dozens of", "one of them"), on which a system quantity is neither right nor wrong.

Each document is read where it lies, its sentences joined into text (one per paragraph; a figure the
corpus split at its comma or decimal point, "120 , 000", and a word split at its hyphen, "eight - year",
are joined back as a saved page writes them),
and annotated by the project's real `annotate` step with no publication date. Scoring, like the
MEANTIME values: a system quantity overlapping a gold one (one to one, largest overlap first) is right
for *value* when its value or range end equals the gold value or range end (within 0.5 %), and for
*value+unit* when its unit also names the gold unit (spellings folded: "mi" and "miles", "ft²" and
"sq ft"); a system quantity overlapping nothing annotated is spurious; a gold quantity with no system
quantity is missed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.config import DEFAULT_MODEL
from generator.evaluate.ecbplus import (
    _CLITICS,
    _NO_SPACE_AFTER,
    _NO_SPACE_BEFORE,
    _PTB_QUOTES,
    DEFAULT_CORPUS,
    SENTENCE_LIST,
    EcbDocument,
    part_of_topic,
    read_document,
    read_sentence_list,
)
from generator.evaluate.values import Counts, print_value_report, value_arguments
from generator.models import QuantityMention

DEFAULT_ANNOTATIONS = Path(__file__).resolve().parents[2] / "tests" / "gold" / "ecbplus_quantities.yml"
RELATIVE_TOLERANCE = 0.005
FIGURE = re.compile(r"\d+")
# The same unit spelt several ways (symbol, singular, plural): folded to one name before comparing.
UNIT_SPELLINGS = {
    "mi": "mile", "miles": "mile", "mile": "mile", "mph": "mile/hour", "mi/h": "mile/hour",
    "miles per hour": "mile/hour", "km": "kilometre", "kilometres": "kilometre", "kilometers": "kilometre",
    "m": "metre", "metres": "metre", "meters": "metre", "sq ft": "square foot", "ft²": "square foot",
    "square feet": "square foot", "sq_ft": "square foot", "nmi": "nautical mile",
    "nautical miles": "nautical mile", "t": "tonne", "tonnes": "tonne", "tons": "tonne",
    "megapixel": "megapixel", "megapixels": "megapixel", "mp": "megapixel", "mpx": "megapixel",
    "mpixel": "megapixel",
    "degree": "degree", "degrees": "degree", "°": "degree",
}


class AnnotationError(ValueError):
    """The annotation file is malformed; the message names the entry and what to fix."""


@dataclass(frozen=True)
class GoldQuantity:
    doc: str
    sentence: int
    first: int
    last: int
    value: float
    value_to: float | None
    unit: str | None
    vague: bool


@dataclass
class Annotations:
    documents: dict[str, frozenset[int]]  # document -> sentence numbers left out (date lines)
    quantities: list[GoldQuantity]


def load_annotations(path: Path) -> Annotations:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list) \
            or not isinstance(data.get("quantities"), list):
        raise AnnotationError(f"{path}: expected a mapping with lists under `documents` and `quantities`")
    documents: dict[str, frozenset[int]] = {}
    for index, entry in enumerate(data["documents"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("doc"), str):
            raise AnnotationError(f"{path}: documents entry {index + 1}: needs `doc: TOPIC_Necb[plus]`")
        documents[entry["doc"]] = frozenset(int(n) for n in entry.get("skip", []))
    quantities = [_quantity(path, index, entry, documents) for index, entry in enumerate(data["quantities"])]
    return Annotations(documents, quantities)


def _quantity(path: Path, index: int, entry: object, documents: dict[str, frozenset[int]]) -> GoldQuantity:
    where = f"{path}: quantities entry {index + 1}"
    if not isinstance(entry, dict):
        raise AnnotationError(f"{where}: expected a mapping")
    missing = [key for key in ("doc", "sentence", "tokens", "value") if key not in entry]
    if missing:
        raise AnnotationError(f"{where}: missing {', '.join(missing)}")
    if entry["doc"] not in documents:
        raise AnnotationError(f"{where}: document {entry['doc']} is not listed under `documents`")
    tokens = entry["tokens"]
    if not (isinstance(tokens, list) and len(tokens) == 2 and all(isinstance(t, int) for t in tokens)
            and tokens[0] <= tokens[1]):
        raise AnnotationError(f"{where}: `tokens` must be [first, last] token numbers, first <= last")
    vague = bool(entry.get("vague", False))
    if not vague and "unit" not in entry:
        raise AnnotationError(f"{where}: give `unit` (null for a count) or mark the entry `vague: true`")
    value_to = entry.get("value_to")
    return GoldQuantity(str(entry["doc"]), int(entry["sentence"]), tokens[0], tokens[1],
                        float(entry["value"]), float(value_to) if value_to is not None else None,
                        entry.get("unit"), vague)


# --------------------------------------------------------------------------- text


@dataclass
class DocumentText:
    text: str
    token_spans: dict[tuple[int, int], tuple[int, int]]  # (sentence, token number) -> offsets
    sentence_spans: dict[int, tuple[int, int]] = field(default_factory=dict)


def document_text(document: EcbDocument, skip: frozenset[int]) -> DocumentText:
    """The article as text, one sentence per paragraph, figures split by the corpus joined back."""
    pieces: list[str] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    sentence_spans: dict[int, tuple[int, int]] = {}
    position = 0
    for number, tokens in sorted(document.sentences().items()):
        if number in skip:
            continue
        if pieces:
            pieces.append("\n\n")
            position += 2
        start = position
        words = [_PTB_QUOTES.get(t.text, t.text) for t in tokens]
        for k, (token, word) in enumerate(zip(tokens, words, strict=True)):
            separator = "" if k == 0 or _glued(words, k) else " "
            pieces.append(separator + word)
            position += len(separator)
            spans[(number, token.number)] = (position, position + len(word))
            position += len(word)
        sentence_spans[number] = (start, position)
    return DocumentText("".join(pieces), spans, sentence_spans)


def _glued(words: list[str], k: int) -> bool:
    word, previous = words[k], words[k - 1]
    following = words[k + 1] if k + 1 < len(words) else ""
    if word in {",", "."} and FIGURE.fullmatch(previous) and FIGURE.fullmatch(following):
        return word == "." or len(following) == 3  # "120 , 000" -> "120,000"; "6 . 1" -> "6.1"
    if previous in {",", "."} and FIGURE.fullmatch(word) and k >= 2 and FIGURE.fullmatch(words[k - 2]):
        return previous == "." or len(word) == 3
    if _is_hyphen(words, k) or _is_hyphen(words, k - 1):
        return True  # "eight - year" -> "eight-year"; a dash is written "- -" in the corpus
    return word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER or (
        previous in {"’", "'"} and word.lower() in _CLITICS)


def _is_hyphen(words: list[str], k: int) -> bool:
    """A lone "-" between two words or figures: the corpus split a hyphenated word there."""
    return 0 < k < len(words) - 1 and words[k] == "-" and words[k - 1][-1:].isalnum() \
        and words[k + 1][:1].isalnum()


# --------------------------------------------------------------------------- scoring


def folded_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    lowered = " ".join(unit.lower().split())
    return UNIT_SPELLINGS.get(lowered, lowered)


def value_right(mention: QuantityMention, gold: GoldQuantity) -> bool:
    system = [mention.value] + ([mention.value_to] if mention.value_to is not None else [])
    wanted = [gold.value] + ([gold.value_to] if gold.value_to is not None else [])
    return any(abs(s - w) <= RELATIVE_TOLERANCE * max(abs(w), 1e-9) for s in system for w in wanted)


def unit_right(mention: QuantityMention, gold: GoldQuantity) -> bool:
    return folded_unit(mention.unit) == folded_unit(gold.unit)


def compare(system: Sequence[QuantityMention], gold: Sequence[tuple[GoldQuantity, tuple[int, int]]],
            text: str, errors: list[str] | None = None) -> Counts:
    """Counts for one document: `gold` pairs each annotation with its offsets in `text`."""
    definite = [(g, span) for g, span in gold if not g.vague]
    vague = [span for g, span in gold if g.vague]
    counts = Counts(gold=len(definite))
    matched: set[int] = set()
    for mention in sorted(system, key=lambda m: m.start):
        free = [k for k, (_, (start, end)) in enumerate(definite)
                if k not in matched and min(mention.end, end) > max(mention.start, start)]
        if not free:
            if not any(min(mention.end, end) > max(mention.start, start) for start, end in vague) and \
                    not any(min(mention.end, e) > max(mention.start, s) for _, (s, e) in definite):
                counts.system += 1
                _note(errors, "spurious", mention, None, text)
            continue
        best = max(free, key=lambda k: min(mention.end, definite[k][1][1])
                   - max(mention.start, definite[k][1][0]))
        matched.add(best)
        counts.system += 1
        annotation = definite[best][0]
        right = value_right(mention, annotation)
        counts.value += right
        counts.value_unit += right and unit_right(mention, annotation)
        if not (right and unit_right(mention, annotation)):
            _note(errors, "wrong", mention, annotation, text)
    for k, (annotation, (start, end)) in enumerate(definite):
        if k not in matched and errors is not None:
            errors.append(f"missed\t{text[start:end]!r} {annotation.value:g} {annotation.unit}\t"
                          f"{text[max(0, start - 40):end + 20]!r}")
    return counts


def _note(errors: list[str] | None, kind: str, mention: QuantityMention, gold: GoldQuantity | None,
          text: str) -> None:
    if errors is None:
        return
    expected = f" | gold {gold.value:g}-{gold.value_to} {gold.unit}" if gold else ""
    errors.append(f"{kind}\t{mention.text!r} {mention.value:g} {mention.unit}{expected}\t"
                  f"{text[max(0, mention.start - 40):mention.end + 20]!r}")


def evaluate(annotations: Path = DEFAULT_ANNOTATIONS, corpus: Path = DEFAULT_CORPUS, part: str = "heldout",
             errors: list[str] | None = None) -> dict[str, float]:
    from generator.annotate.document import annotate_doc
    from generator.annotate.nlp import load_pipeline, parse_texts

    gold = load_annotations(annotations)
    names = [name for name in gold.documents if part == "all" or part_of_topic(_topic(name)) == part]
    scored = read_sentence_list(corpus / SENTENCE_LIST)
    texts = [document_text(read_document(_path(corpus, name), scored), gold.documents[name])
             for name in names]
    total = Counts()
    docs = parse_texts(load_pipeline(DEFAULT_MODEL), [t.text for t in texts])
    for name, text, doc in zip(names, texts, docs, strict=True):
        system = annotate_doc(doc, name, None).quantities
        spans = [(g, _span(text, g)) for g in gold.quantities if g.doc == name]
        total.add(compare(system, spans, text.text, errors))
    return total.results(len(names))


def _topic(name: str) -> int:
    return int(name.split("_")[0])


def _path(corpus: Path, name: str) -> Path:
    path = corpus / "topics" / str(_topic(name)) / f"{name}.xml"
    if not path.is_file():
        raise FileNotFoundError(f"ECB+ document {name} not found at {path}")
    return path


def _span(text: DocumentText, gold: GoldQuantity) -> tuple[int, int]:
    first = text.token_spans.get((gold.sentence, gold.first))
    last = text.token_spans.get((gold.sentence, gold.last))
    if first is None or last is None:
        raise AnnotationError(f"{gold.doc} sentence {gold.sentence}: tokens {gold.first}-{gold.last} are not "
                              "in the text (a skipped sentence, or a token number the sentence lacks)")
    return first[0], last[1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = value_arguments(
        "python -m generator.evaluate.ecbplus_values", __doc__, DEFAULT_CORPUS, "ECB+ folder",
        ("tune", "heldout", "all"),
        "documents of odd (tune) or even (heldout) topics; the file holds held-out ones",
        "list every wrong, missed or spurious quantity")
    parser.add_argument("--annotations", type=Path, default=DEFAULT_ANNOTATIONS,
                        help="the quantity YAML file")
    args, _ = parser.parse_known_args(argv)  # the shared ECB+ options (--topics, --per-story) do not apply
    return print_value_report(
        lambda errors: evaluate(args.annotations, args.corpus, args.part, errors),
        lambda results: f"ECB+ hand-annotated quantities, part {args.part}: {results['documents']} "
                        f"documents, {results['gold']} gold quantities ({args.annotations.name})",
        args.errors, (FileNotFoundError, AnnotationError))


if __name__ == "__main__":
    sys.exit(main())
