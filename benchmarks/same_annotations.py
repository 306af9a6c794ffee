"""Whether two checkouts annotate the same articles identically: the proof that a speed-up changed
nothing the extractors find.

    .venv/bin/python benchmarks/same_annotations.py --old /work/main [--new .] [--articles 200] [--tuning]

The first N articles of the benchmark corpus (MEANTIME and ECB+ mixed, benchmarks/corpus.py) are
written to a temporary folder; each checkout then annotates them in a process of its own, this
interpreter with that checkout's `generator` first on the path (the same spaCy, model and
libraries for both): reader, spaCy pass and `annotate_doc`, every layer serialised to JSON. The
two JSON files are compared article by article and layer by layer; the command prints how many
articles differ, the first differences, and exits 1 if any. With --tuning only the parts that may be
run while tuning are taken: MEANTIME's airbus and apple corpora and ECB+'s odd topics, never a
held-out one (gm, stock, even topics).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import Source, load_sources, make_article, write_corpus  # noqa: E402
from benchmarks.sample import sample_parser  # noqa: E402

# Run in each checkout: only functions both old and new trees have (reader, pipeline, annotate_doc).
ANNOTATE = """
import json, sys
from pathlib import Path
import generator
from generator.annotate.document import annotate_doc
from generator.annotate.nlp import load_pipeline, parse_texts
from generator.config import DEFAULT_MODEL
from generator.ingest.reader import load_articles
articles, _ = load_articles(Path(sys.argv[1]))
docs = parse_texts(load_pipeline(DEFAULT_MODEL), (article.text for article in articles))
result = {"code": generator.__file__, "articles": {
    article.id: annotate_doc(doc, article.id, article.published).model_dump(mode="json")
    for article, doc in zip(articles, docs, strict=True)}}
Path(sys.argv[2]).write_text(json.dumps(result, sort_keys=True), encoding="utf-8")
"""


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(__doc__, articles=200, repeat=1)
    parser.add_argument("--old", type=Path, required=True, help="the old checkout (a folder)")
    parser.add_argument("--new", type=Path, default=ROOT, help="the new checkout (default: this one)")
    parser.add_argument("--show", type=int, default=5, help="differences printed")
    parser.add_argument("--tuning", action="store_true",
                        help="MEANTIME airbus and apple, ECB+ odd topics only (no held-out article)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-same-") as folder:
        seeds = Path(folder) / "seeds"
        if args.tuning:
            write_tuning_corpus(seeds, args.articles)
        else:
            write_corpus(seeds, args.articles)
        old = annotations_of(args.old.resolve(), seeds, Path(folder) / "old.json")
        new = annotations_of(args.new.resolve(), seeds, Path(folder) / "new.json")
    differences = compare(old, new)
    for line in differences[:args.show]:
        print(line)
    sentences = sum(len(annotations["sentences"]) for annotations in old.values())
    print(f"{len(old)} articles, {sentences} sentences: "
          f"{len({line.split(':')[0] for line in differences})} article(s) annotated differently")
    return 1 if differences else 0


def write_tuning_corpus(out: Path, count: int) -> None:
    """The first `count` articles of the benchmark corpus's order that belong to the tuning parts."""
    from generator.evaluate import meantime

    folder = meantime.DEFAULT_CORPUS / "intra-doc_annotation"
    paths = [path for corpus in ("airbus", "apple") for path in sorted(folder.glob(f"corpus_{corpus}/*.xml"))]
    tuning_meantime = {f"meantime/{meantime.read_document(path).name}" for path in paths}
    chosen = [source for source in load_sources()
              if source.name in tuning_meantime or _odd_ecbplus_topic(source)]
    if count > len(chosen):
        raise SystemExit(f"the tuning parts hold {len(chosen)} usable articles, not {count}")
    out.mkdir(parents=True, exist_ok=True)
    for index, source in enumerate(chosen[:count]):
        name, content = make_article(index, source)
        (out / name).write_text(content, encoding="utf-8")


def _odd_ecbplus_topic(source: Source) -> bool:
    """"ecbplus/41_5ecb": topic 41."""
    corpus, _, document = source.name.partition("/")
    return corpus == "ecbplus" and int(document.split("_", 1)[0]) % 2 == 1


def annotations_of(checkout: Path, seeds: Path, out: Path) -> dict[str, dict[str, Any]]:
    """Every article's annotations as the checkout's own code makes them."""
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    subprocess.run([sys.executable, "-c", ANNOTATE, str(seeds), str(out)], check=True, cwd=checkout,
                   env=environment)
    result = json.loads(out.read_text(encoding="utf-8"))
    code = Path(result["code"]).resolve()
    if not code.is_relative_to(checkout):
        raise SystemExit(f"{checkout}'s annotations were made by the code in {code.parent}: check PYTHONPATH")
    return dict(result["articles"])


def compare(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[str]:
    """One line per article and layer that differ ("bench-00012: quotes: 3 against 4 items")."""
    lines = [f"{name}: only in {'old' if name in old else 'new'}" for name in sorted(set(old) ^ set(new))]
    for name in sorted(set(old) & set(new)):
        for layer in sorted(set(old[name]) | set(new[name])):
            before, after = old[name].get(layer), new[name].get(layer)
            if before != after:
                lines.append(f"{name}: {layer}: {_describe(before, after)}")
    return lines


def _describe(before: object, after: object) -> str:
    if not (isinstance(before, list) and isinstance(after, list)):
        return f"{before!r} -> {after!r}"
    pairs = zip(before, after, strict=False)  # the shorter list ends the pairs; the counts say the rest
    first = next((i for i, (b, a) in enumerate(pairs) if b != a), min(len(before), len(after)))
    return (f"{len(before)} against {len(after)} items; first difference at {first}: "
            f"{_item(before, first)} -> {_item(after, first)}")


def _item(items: list[object], index: int) -> object:
    return items[index] if index < len(items) else None


if __name__ == "__main__":
    raise SystemExit(main())
