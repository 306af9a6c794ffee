"""What annotating one new article costs before its first token is parsed: imports and model load.

    .venv/bin/python benchmarks/spacy_cost.py [--repeat 3] [--model en_core_web_sm]

Each step runs in a fresh process, `--repeat` times (the fastest counts), and its CPU seconds (user +
system of that process, start-up excluded: measured inside it) are printed:
  import spacy                    `import spacy`
  load the model                  the project's load_pipeline (spacy.load, plus its own component)
  load, unused pipes excluded     the same with spaCy's `exclude=` of the pipes the model ships
                                  disabled (senter), which the extractors never run
  import the annotators           the generator's annotate package (after spaCy, as a build does)
  annotate one article            one invented article through the whole extraction, model loaded
The figures answer whether loading only some pipes is worth it: the model's enabled pipes (tagger,
parser, attribute ruler, lemmatizer, NER and the tok2vec they share) are all read by the extractors
(parts of speech, dependencies, lemmas, entities).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "Mayor Helen Ortiz said on Tuesday that 1,200 residents had been evacuated after the river rose "
    "three metres overnight. The council will vote on a $5 million relief fund next week, officials said."
)
_PRELUDE = ("import resource\ndef cpu():\n    u = resource.getrusage(resource.RUSAGE_SELF)\n"
            "    return u.ru_utime + u.ru_stime\n")
STEPS = {
    "import spacy": ("", "import spacy"),
    "load the model (load_pipeline)": (
        "from generator.annotate.nlp import load_pipeline", "load_pipeline(MODEL)"),
    "load the model package alone": ("import spacy", "spacy.load(MODEL_PACKAGE)"),
    "load it, unused pipes excluded": ("import spacy", "spacy.load(MODEL_PACKAGE, exclude=['senter'])"),
    "import the annotators": ("import spacy", "import generator.annotate.document"),
    "annotate one article, model loaded": (
        "from generator.annotate.batch import annotate_text\nannotate_text('Warm-up.', None, MODEL)",
        "annotate_text(ARTICLE, None, MODEL)",
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm")
    args = parser.parse_args(argv)
    print(f"| step (fresh process) | CPU s (fastest of {args.repeat}) |\n|---|---|")
    for name, (setup, measured) in STEPS.items():
        seconds = min(step_seconds(setup, measured, args.model) for _ in range(max(1, args.repeat)))
        print(f"| {name} | {seconds:.2f} |", flush=True)
    return 0


def step_seconds(setup: str, measured: str, model: str) -> float:
    from generator.config import MODEL_REPACKAGINGS

    code = (f"{_PRELUDE}MODEL = {model!r}\nMODEL_PACKAGE = {MODEL_REPACKAGINGS.get(model, model)!r}\n"
            f"ARTICLE = {ARTICLE!r}\n{setup}\nstart = cpu()\n{measured}\nprint(cpu() - start)\n")
    completed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                               check=True)
    return float(completed.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
