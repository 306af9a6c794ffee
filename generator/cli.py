"""Command line: `explainer` / `python -m generator`.

    build --out DIR        the site's Markdown pages, charts and data files, without MkDocs
                           (--watch: rebuild on every change, for Zensical)
    extract [PATH ...]     every fact as JSON or YAML (fields: docs/contract.md)
    annotate --dct DATE F  the mentions in one raw text, offsets into exactly that text
    check                  validate seeds and overrides; exit 1 on any error
    overrides init         a starter story file listing the current facts and their ids
    evaluate NAME          accuracy against gold annotations (MEANTIME, ECB+; docs/evaluation.md)
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from generator.config import DEFAULT_MODEL, Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# The evaluations run by `evaluate/commands.py` (ECB+, and MEANTIME's cross-document events).
ECBPLUS_EVALUATIONS = ("ecbplus-entities", "ecbplus-events", "quotes", "meantime-events", "ecbplus-values",
                       "ecbplus-timex")
# MEANTIME's tuning corpora, each a --part of its own for meantime-timex (evaluate/timexes.py's
# TUNING_SLICES, named here so that the CLI's start does not import the evaluation).
MEANTIME_TUNING_SLICES = ("airbus", "apple")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130
    except _UserError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED


class _UserError(Exception):
    """Something the user must fix; printed without a traceback."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="explainer", description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=Path("."), help="project folder (default: .)")
    parser.add_argument("--seeds", type=Path, help="folder of articles (default: seeds)")
    parser.add_argument("--templates", type=Path, help="templates folder (default: site-templates)")
    parser.add_argument("--model", default=None, help=f"spaCy model (default: {DEFAULT_MODEL})")
    parser.add_argument("--cache", type=Path, help="cache folder (default: .cache)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    parser.add_argument("--dask-scheduler", metavar="ADDRESS",
                        help="extract on this Dask scheduler's workers (e.g. tcp://host:8786); the cache "
                             "folder must be at the same path on every worker")
    commands = parser.add_subparsers(title="commands")

    build = commands.add_parser("build", help="write the site's Markdown pages and assets to a folder")
    build.add_argument("--out", type=Path, required=True, help="folder to write (created if missing)")
    build.add_argument("--full-text", action="store_true", help="publish whole articles, not excerpts")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument("--watch", action="store_true",
                       help="after building, rebuild whenever a seed, override or template changes "
                            "(for Zensical, whose serve does not run MkDocs plugins)")
    build.set_defaults(handler=_build)

    extract = commands.add_parser("extract", help="print every fact (fields: docs/contract.md)")
    extract.add_argument("paths", nargs="*", type=Path, help="article files or folders (default: seeds)")
    extract.add_argument("--format", choices=("json", "yaml"), default="json")
    extract.set_defaults(handler=_extract)

    annotate = commands.add_parser("annotate", help="annotate one raw text (fields: docs/contract.md)")
    annotate.add_argument("file", help="a text file, or - for standard input")
    annotate.add_argument("--dct", required=True, type=_iso_date, help="publication date YYYY-MM-DD")
    annotate.add_argument("--format", choices=("json", "yaml"), default="json")
    annotate.set_defaults(handler=_annotate)

    check = commands.add_parser("check", help="validate seeds and overrides; exit 1 on any error")
    check.set_defaults(handler=_check)

    overrides = commands.add_parser("overrides", help="editor override files")
    overrides_commands = overrides.add_subparsers(title="overrides commands")
    init = overrides_commands.add_parser(
        "init", help="write a starter story file, or with --article a sidecar (never overwrites)")
    init.add_argument("--out", type=Path, help="where to write (default: the configured story file, "
                                               "or <overrides folder>/<article-id>.yml)")
    init.add_argument("--article", metavar="ID", help="write a starter sidecar for this article id instead")
    init.set_defaults(handler=_overrides_init)

    evaluate = commands.add_parser("evaluate", help="score the extractor against gold annotations")
    evaluate.add_argument("name", choices=("meantime-entities", "meantime-timex", "meantime-values",
                                           *ECBPLUS_EVALUATIONS, "robustness"))
    evaluate.add_argument("--corpus", type=Path, help="corpus folder (default: ../shared/corpora/<corpus>)")
    evaluate.add_argument("--part", choices=("tune", "heldout", "all", *MEANTIME_TUNING_SLICES),
                          help="ECB+: odd topics tune, even held out; MEANTIME timex, values and entities: "
                               "airbus+apple tune, gm+stock held out; meantime-timex also takes one "
                               "tuning corpus, airbus or apple")
    evaluate.add_argument("--topics", type=int, nargs="+", help="ECB+: only these topic numbers")
    evaluate.add_argument("--annotations", type=Path, help="quotes, ecbplus-values: the annotation YAML file")
    evaluate.add_argument("--per-story", action="store_true", help="ECB+: also a row per story")
    evaluate.add_argument("--errors", action="store_true",
                          help="ecbplus-entities, meantime-entities, ecbplus-events, meantime-events, "
                               "ecbplus-timex, quotes: also list the errors by class (tuning part only)")
    evaluate.add_argument("--ids", nargs="+",
                          help="quotes: only these attributions (ranges such as a591-a683)")
    evaluate.add_argument("--classes", action="store_true",
                          help="meantime-timex, ecbplus-timex: count the errors by class (tuning part only)")
    evaluate.add_argument("--cache", type=Path,
                          help="ecbplus-entities, ecbplus-events, meantime-events: keep the articles' "
                               "annotations in this folder and reuse them on the next run")
    evaluate.add_argument("--limit", type=int, help="robustness: only the first N articles of each corpus")
    evaluate.add_argument("--reports-as-events", action="store_true",
                          help="ecbplus-events, meantime-events: align report rows with the event they "
                               "report (the rule before wave 4)")
    evaluate.add_argument("--dates-all", action="store_true",
                          help="meantime-events: also score the date of every gold event mention MEANTIME "
                               "dates, whether or not a row holds it (with --errors: by class)")
    evaluate.add_argument("--all-sentences", action="store_true",
                          help="ecbplus-events: score every annotated sentence, not only the ones ECB+ lists "
                               "as annotated with care (more gold events per story, so splits show)")
    evaluate.set_defaults(handler=_evaluate)
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from error


def settings_from(args: argparse.Namespace, **extra: Any) -> Settings:
    project = args.project.resolve()
    values: dict[str, Any] = {"project_dir": project}
    if args.seeds:
        values["seeds_dir"] = args.seeds
    if args.templates:
        values["templates_dir"] = args.templates
    if args.model:
        values["model"] = args.model
    if args.cache:
        values["cache_dir"] = args.cache
    if args.no_cache:
        values["cache_dir"] = None
    if args.dask_scheduler:
        values["dask_scheduler"] = args.dask_scheduler
    values.update(extra)
    return Settings(**values)


# --------------------------------------------------------------------------- commands


def _build(args: argparse.Namespace) -> int:
    from generator.build import build_site
    from generator.writer import write_owned_files

    settings = settings_from(args, article_text="full" if args.full_text else "excerpts")

    def build_once() -> None:
        with _progress_bar(args.quiet) as progress:
            result = build_site(settings, progress)
        _print_problems(result.warnings, result.errors)
        written = write_owned_files(args.out, result.files)
        print(f"wrote {written.changed} of {len(result.files)} files to {args.out} "
              f"({result.stats.articles} articles, {result.stats.from_cache} from cache)", file=sys.stderr)

    build_once()
    if args.watch:
        from generator.watch import watch

        inputs = [settings.seeds_path, settings.overrides_path, settings.story_path, settings.templates_path]
        # A process started with Ctrl-C ignored (a parent that ignores SIGINT passes that on through
        # exec, and Python then keeps it) could never end its watch: Ctrl-C is how a watch ends.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how a watch ends: not a failure
            watch(list(dict.fromkeys(inputs)), build_once, ignore=args.out.resolve())
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from generator.contract import story_contract
    from generator.pipeline import build_story_from_paths

    settings = settings_from(args)
    story, result = build_story_from_paths(settings, args.paths)
    _print_problems(result.warnings, result.errors)
    _dump(story_contract(story), args.format)
    return EXIT_OK


def _annotate(args: argparse.Namespace) -> int:
    from generator.annotate.batch import annotate_text
    from generator.contract import annotations_contract

    text = _read_raw_text(args.file)
    annotations = annotate_text(text, args.dct, settings_from(args).model)
    _dump(annotations_contract(annotations), args.format)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from generator.overrides.api import check

    messages = check(settings_from(args))
    for message in messages:
        print(message, file=sys.stderr)
    if messages:
        print(f"{len(messages)} problem(s) found", file=sys.stderr)
        return EXIT_FAILED
    print("seeds and overrides are valid", file=sys.stderr)
    return EXIT_OK


def _overrides_init(args: argparse.Namespace) -> int:
    from generator.overrides.starter import write_starter
    from generator.pipeline import build_story

    settings = settings_from(args)
    if args.article:
        return _sidecar_init(settings, args.article, args.out)
    target = args.out or settings.story_path
    if target.exists():
        raise _UserError(f"{target} exists; not overwriting it (move it away or pass --out NEW_FILE)")
    story, _ = build_story(settings)
    if not write_starter(story, target, settings.templates_path):
        raise _UserError(f"{target} exists; not overwriting it")
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


def _sidecar_init(settings: Settings, article_id: str, out: Path | None) -> int:
    from difflib import get_close_matches

    from generator.ingest.reader import load_articles
    from generator.overrides.starter import write_sidecar_starter

    articles = {article.id: article for article in load_articles(settings.seeds_path)[0]}
    if article_id not in articles:
        close = get_close_matches(article_id, list(articles), n=1)
        hint = f" (closest: {close[0]})" if close else f" (ids are the file names in {settings.seeds_path})"
        raise _UserError(f"no article with id {article_id!r}{hint}")
    target = out or settings.overrides_path / f"{article_id}.yml"
    if not write_sidecar_starter(articles[article_id], target, settings.templates_path):
        raise _UserError(f"{target} exists; not overwriting it (edit it, or pass --out NEW_FILE)")
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    if args.part in MEANTIME_TUNING_SLICES and args.name != "meantime-timex":
        raise _UserError(f"--part {args.part} (one MEANTIME tuning corpus) is for meantime-timex only; "
                         f"{args.name} takes --part tune, heldout or all")
    if args.name in ECBPLUS_EVALUATIONS:
        from generator.evaluate.commands import run_evaluation

        return run_evaluation(args)
    if args.name == "robustness":
        from generator.evaluate.robustness import main as evaluate_robustness

        return int(evaluate_robustness(["--limit", str(args.limit)] if args.limit else []))
    extra = ["--corpus", str(args.corpus)] if args.corpus else []
    if args.name == "meantime-timex" and args.part:
        extra += ["--part", args.part]
    if args.name == "meantime-timex" and args.classes:
        extra += ["--classes"]
    if args.name == "meantime-entities":
        from generator.evaluate.entities import main as evaluate_entities

        extra += (["--part", args.part] if args.part else []) + (["--errors"] if args.errors else [])
        return int(evaluate_entities(extra) or 0)
    if args.name == "meantime-values":
        from generator.evaluate.values import main as evaluate_values

        return int(evaluate_values(extra + (["--part", args.part] if args.part else [])))
    from generator.evaluate.timexes import main as evaluate_timexes

    return int(evaluate_timexes(extra) or 0)


# --------------------------------------------------------------------------- helpers


def _read_raw_text(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise _UserError(f"{path}: no such file") from error
    except UnicodeDecodeError as error:
        raise _UserError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start}); "
                         f"convert it to UTF-8 first") from error


def _dump(data: object, form: str) -> None:
    if form == "yaml":
        sys.stdout.write(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    else:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _print_problems(warnings: list[str], errors: list[str]) -> None:
    for message in warnings:
        print(f"warning: {message}", file=sys.stderr)
    for message in errors:
        print(f"error: {message}", file=sys.stderr)


class _progress_bar:
    """A tqdm bar on stderr for long extractions; silent when quiet or not on a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet or not sys.stderr.isatty()
        self.bar: Any = None

    def __enter__(self) -> Any:
        return None if self.quiet else self.update

    def update(self, done: int, total: int) -> None:
        if self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", desc="extracting", file=sys.stderr)
        self.bar.n = done
        self.bar.refresh()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()


if __name__ == "__main__":
    raise SystemExit(main())
