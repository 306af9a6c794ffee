"""Where the project's own extractors spend their time: each layer's CPU seconds and its costliest
functions, under cProfile.

    .venv/bin/python benchmarks/extractor_profile.py [--articles 40] [--repeat 1] [--top 8] [--plain]

The first N articles of the benchmark corpus are parsed by spaCy (not profiled), then annotated by
`annotate_doc` with one profiler per layer (dates, names, roles, aliases, numbers, quotes, claims;
each switched on only while its own layer runs), --repeat times over the same parsed texts. The first
table gives each layer's CPU seconds under the profiler (which slows pure-Python code more than
spaCy's compiled attribute access, so the shares are indicative; `extractor_share.py` gives the
unprofiled total); the next gives, per layer, the functions with the most time of their own
(`tottime`), then the project's functions with the most time inside them and what they call
(`cumtime`), largest first.

With `--plain` no profiler runs: each layer's CPU seconds only, as a build spends them (the profiler
inflates every call into spaCy's Cython, e.g. each `Token` made), after one unmeasured warm-up pass
(the rules' patterns read and compiled once, as a build's workers inherit them); the fastest of
--repeat passes counts for each layer.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.sample import sample_articles, sample_parser  # noqa: E402
from generator.config import DEFAULT_MODEL  # noqa: E402


class LayerProfiles:
    """One cProfile profiler and one CPU clock per layer name, wrapped around `guarded_layer`."""

    def __init__(self, guarded_layer: Callable[..., list[Any]], profiled: bool = True) -> None:
        self.guarded_layer = guarded_layer
        self.profiled = profiled
        self.profiles: dict[str, cProfile.Profile] = {}
        self.seconds: dict[str, float] = {}

    def __call__(self, name: str, extract: Callable[..., list[Any]], *args: Any, **kwargs: Any) -> list[Any]:
        profile = self.profiles.setdefault(name, cProfile.Profile())
        start = time.process_time()
        if self.profiled:
            profile.enable()
        try:
            return self.guarded_layer(name, extract, *args, **kwargs)
        finally:
            profile.disable()
            self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = sample_parser(__doc__, articles=40, repeat=1)
    parser.add_argument("--top", type=int, default=8, help="functions listed per layer")
    parser.add_argument("--plain", action="store_true", help="no profiler: each layer's CPU seconds only")
    args = parser.parse_args(argv)
    articles = sample_articles(args.articles)
    if args.plain:
        print(plain_layer_table(articles, max(1, args.repeat)))
        return 0
    from generator.annotate import document
    from generator.annotate.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(DEFAULT_MODEL)
    start = time.process_time()
    docs = list(parse_texts(nlp, (article.text for article in articles)))
    spacy_seconds = time.process_time() - start
    layers = LayerProfiles(document.guarded_layer)
    document.guarded_layer = layers  # annotate_doc looks it up at each call
    start = time.process_time()
    try:
        for _ in range(max(1, args.repeat)):
            for article, doc in zip(articles, docs, strict=True):
                document.annotate_doc(doc, article.id, article.published)
    finally:
        document.guarded_layer = layers.guarded_layer
    total = (time.process_time() - start) / max(1, args.repeat)
    print(layer_table(layers, total, spacy_seconds, max(1, args.repeat), len(articles)))
    for name in sorted(layers.seconds, key=lambda layer: -layers.seconds[layer]):
        print(f"\n{name}\n" + function_table(layers.profiles[name], args.top, max(1, args.repeat)))
    return 0


def plain_layer_table(articles: list[Any], repeat: int) -> str:
    """Each layer's least CPU seconds over `repeat` unprofiled passes (after a warm-up pass)."""
    from generator.annotate import document
    from generator.annotate.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(DEFAULT_MODEL)
    start = time.process_time()
    docs = list(parse_texts(nlp, (article.text for article in articles)))
    spacy_seconds = time.process_time() - start
    parsed_state = [dict(doc.user_data) for doc in docs]
    passes: list[tuple[float, dict[str, float]]] = []
    for _ in range(repeat + 1):
        for doc, state in zip(docs, parsed_state, strict=True):  # the extractors' per-Doc tables made
            doc.user_data.clear()                                 # afresh in every pass, as in a build
            doc.user_data.update(state)
        layers = LayerProfiles(document.guarded_layer, profiled=False)
        document.guarded_layer = layers
        start = time.process_time()
        try:
            for article, doc in zip(articles, docs, strict=True):
                document.annotate_doc(doc, article.id, article.published)
        finally:
            document.guarded_layer = layers.guarded_layer
        passes.append((time.process_time() - start, layers.seconds))
    measured = passes[1:]  # the first pass reads and compiles the rules' patterns
    lines = [f"{len(articles)} articles; spaCy {spacy_seconds:.2f} CPU s; unprofiled, least of {repeat} "
             f"pass(es) after a warm-up:\n", "| layer | CPU s |", "|---|---|"]
    for name in sorted(measured[0][1], key=lambda layer: -min(seconds[layer] for _, seconds in measured)):
        lines.append(f"| {name} | {min(seconds[name] for _, seconds in measured):.3f} |")
    total = min(total for total, _ in measured)
    lines.append(f"| all (sentences, wiring included) | {total:.3f} |")
    lines.append(f"| all / spaCy | {total / spacy_seconds:.3f} |")
    return "\n".join(lines)


def layer_table(layers: LayerProfiles, total: float, spacy_seconds: float, repeat: int, articles: int) -> str:
    lines = [f"{articles} articles; spaCy {spacy_seconds:.2f} CPU s (unprofiled); per pass, profiled:\n",
             "| layer | CPU s | share of the extractors |", "|---|---|---|"]
    for name, seconds in sorted(layers.seconds.items(), key=lambda item: -item[1]):
        lines.append(f"| {name} | {seconds / repeat:.3f} | {seconds / repeat / total:.0%} |")
    rest = total - sum(layers.seconds.values()) / repeat
    lines.append(f"| (sentences, wiring) | {rest:.3f} | {rest / total:.0%} |")
    lines.append(f"| all | {total:.3f} | 100% |")
    return "\n".join(lines)


def function_table(profile: cProfile.Profile, top: int, repeat: int) -> str:
    """The `top` functions by time of their own, then the project's own functions by time inside them
    (what they cost with the spaCy attributes and helpers they call), without the layer's entry point."""
    stats: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    own = sorted(stats.items(), key=lambda item: -item[1][2])[:top]
    inside = [item for item in sorted(stats.items(), key=lambda item: -item[1][3])
              if "generator/annotate/" in item[0][0] and not item[0][0].endswith("document.py")][1:top + 1]
    return _rows(own, repeat) + "\n\nproject functions by time inside them:\n" + _rows(inside, repeat)


def _rows(rows: list[tuple[tuple[str, int, str], tuple[int, int, float, float, Any]]], repeat: int) -> str:
    lines = ["| function | calls | tottime s | cumtime s |", "|---|---|---|---|"]
    for (path, line, function), (_, calls, tottime, cumtime, _) in rows:
        lines.append(f"| {_short(path)}:{line} {function} | {calls // repeat} | {tottime / repeat:.3f} "
                     f"| {cumtime / repeat:.3f} |")
    return "\n".join(lines)


def _short(path: str) -> str:
    """`generator/annotate/claims.py` rather than the whole path; built-ins as cProfile names them."""
    marker = path.rfind("generator/")
    if marker >= 0:
        return path[marker:]
    return path.rsplit("site-packages/", 1)[-1]


if __name__ == "__main__":
    raise SystemExit(main())
