"""Microseconds per token of the quote and claim extractors (find_quotes + find_claims) on ECB+ texts.

    .venv/bin/python benchmarks/speech_speed.py --topics 1 3 5

Each article of the chosen topics is joined into text (one sentence per paragraph, as the
evaluations do), parsed once and given its names and dates; then only find_quotes and find_claims
are timed, once per article (their per-text caches start empty). To compare two checkouts, run
this same file with each checkout's interpreter, alternating, e.g.

    /work/main/.venv/bin/python benchmarks/speech_speed.py --topics 1 3 5
    .venv/bin/python benchmarks/speech_speed.py --topics 1 3 5

(the script's own folder is on the path, not the checkout, so each interpreter times its own
package). Uses only functions that exist on both sides.
"""

from __future__ import annotations

import argparse
import time

from generator.annotate.claims import find_claims
from generator.annotate.doc_text import doc_text
from generator.annotate.entities import find_entities
from generator.annotate.nlp import load_pipeline
from generator.annotate.quotes import find_quotes
from generator.annotate.timex.find import find_timexes
from generator.config import DEFAULT_MODEL
from generator.evaluate.ecbplus import DEFAULT_CORPUS, load_subtopics, sentence_texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--topics", type=int, nargs="+", default=[1, 3, 5])
    args = parser.parse_args(argv)
    nlp = load_pipeline(DEFAULT_MODEL)
    tokens = quotes = claims = 0
    seconds = 0.0
    for subtopic in load_subtopics(DEFAULT_CORPUS, "all", args.topics):
        for document in subtopic.documents:
            doc = nlp("\n\n".join(sentence.text for sentence in sentence_texts(document)))
            entities = find_entities(doc)
            timexes = find_timexes(doc_text(doc), None, doc)
            start = time.perf_counter()
            quotes += len(find_quotes(doc, entities, timexes))
            claims += len(find_claims(doc, entities))
            seconds += time.perf_counter() - start
            tokens += len(doc)
    print(f"| topics | tokens | quotes | claims | seconds | µs per token |\n|---|---|---|---|---|---|\n"
          f"| {' '.join(map(str, args.topics))} | {tokens} | {quotes} | {claims} | {seconds:.2f} | "
          f"{seconds / tokens * 1e6:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
