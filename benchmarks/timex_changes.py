"""What a timex rule changes where no gold can say: the time expressions of every sentence of a MEANTIME
tuning corpus (MEANTIME annotates only the first six sentences of each article), tagged by two
checkouts, and the lines that differ.

    .venv/bin/python benchmarks/timex_changes.py --old /work/main [--new .] [--part airbus]

Each checkout tags the corpus in a process of its own, this interpreter with that checkout's
`generator` first on the path (the same spaCy and model for both): MEANTIME reader, spaCy pass and
`find_timexes`. One line per expression below the date line: publication date, `gold` when the
sentence is one MEANTIME annotated (its figures are `explainer evaluate meantime-timex`'s) or `-`,
type, value, modifier, the words and the words around them. Only the tuning corpora (airbus, apple)
can be listed: the held-out ones are not read.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TUNING_CORPORA = ("airbus", "apple")
ANNOTATED_SENTENCES = 6  # title, date line and the first sentences: what MEANTIME annotates

# Run in each checkout: only functions both old and new trees have (reader, pipeline, find_timexes).
LIST = f"""
import sys
from pathlib import Path
from generator.annotate.nlp import load_pipeline
from generator.annotate.timex.find import find_timexes
from generator.evaluate.meantime import iter_documents
documents = [d for d in iter_documents() if d.path.parent.name == "corpus_" + sys.argv[1]]
nlp = load_pipeline("en_core_web_sm")
lines = []
for document, doc in zip(documents, nlp.pipe([d.text for d in documents], batch_size=16), strict=True):
    heading_end = document.sentences[1][1]
    annotated_end = document.sentences[:{ANNOTATED_SENTENCES}][-1][1]
    for t in find_timexes(document.text, document.dct, doc):
        if t.start < heading_end:
            continue
        where = "gold" if t.start < annotated_end else "-"
        around = document.text[max(0, t.start - 50):t.end + 30].replace("\\n", " ")
        fields = [str(document.dct), where, t.type, t.value, t.mod or "", repr(t.text), repr(around)]
        lines.append("\\t".join(fields))
Path(sys.argv[2]).write_text("\\n".join(lines) + "\\n", encoding="utf-8")
"""


def listing(checkout: Path, part: str, out: Path) -> list[str]:
    """The listing of one checkout, tagged in a process whose `generator` is that checkout's."""
    program = f"import sys; sys.path.insert(0, {str(checkout)!r})\n{LIST}"
    subprocess.run([sys.executable, "-c", program, part, str(out)], check=True, cwd=checkout)
    return out.read_text(encoding="utf-8").splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", type=Path, required=True, help="the old checkout (a folder)")
    parser.add_argument("--new", type=Path, default=ROOT, help="the new checkout (default: this one)")
    parser.add_argument("--part", choices=TUNING_CORPORA, default="airbus", help="MEANTIME tuning corpus")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-timex-") as folder:
        old = listing(args.old.resolve(), args.part, Path(folder) / "old.txt")
        new = listing(args.new.resolve(), args.part, Path(folder) / "new.txt")
    changed = [line for line in difflib.unified_diff(old, new, "old", "new", n=0, lineterm="")
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    print(f"MEANTIME {args.part}: {len(old)} expressions before, {len(new)} after (every sentence below "
          f"the date line); {sum(line.startswith('-') for line in changed)} lines out, "
          f"{sum(line.startswith('+') for line in changed)} lines in")
    print("\n".join(changed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
