"""The ECB+ evaluations behind `explainer evaluate NAME`: the CLI's options passed to each module."""

from __future__ import annotations

import argparse
import importlib

MODULES = {"ecbplus-entities": "ecbplus_entities", "ecbplus-events": "ecbplus_events", "quotes": "quotes",
           "meantime-events": "meantime_events", "ecbplus-values": "ecbplus_values",
           "ecbplus-timex": "ecbplus_timex"}

EVENT_EVALUATIONS = ("ecbplus-events", "meantime-events")  # the ones with --reports-as-events


def run_evaluation(args: argparse.Namespace) -> int:
    extra = ["--corpus", str(args.corpus)] if args.corpus else []
    extra += ["--part", args.part] if args.part else []
    extra += ["--topics", *map(str, args.topics)] if args.topics else []
    extra += ["--annotations", str(args.annotations)] if args.annotations else []
    extra += ["--per-story"] if args.per_story else []
    extra += ["--errors"] if getattr(args, "errors", False) else []  # entities, events, timex, quotes
    extra += ["--classes"] if getattr(args, "classes", False) else []  # the timex evaluations only
    extra += ["--cache", str(args.cache)] if getattr(args, "cache", None) else []
    extra += ["--ids", *args.ids] if getattr(args, "ids", None) else []  # quotes only
    if args.name in EVENT_EVALUATIONS:
        extra += ["--reports-as-events"] if getattr(args, "reports_as_events", False) else []
    if args.name == "ecbplus-events":
        extra += ["--all-sentences"] if getattr(args, "all_sentences", False) else []
    extra += ["--dates-all"] if getattr(args, "dates_all", False) else []  # meantime-events only
    module = importlib.import_module(f"generator.evaluate.{MODULES[args.name]}")
    return int(module.main(extra))
