"""The starter story file (`explainer overrides init`): the story as comments an editor uncomments.

The words and the layout are the template `editor/story.yml.j2` in the templates folder; this module
hands it the story and two filters that keep every value safe in YAML: `yaml` writes one quoted
scalar on one line, `summary` one line of comment text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.models import Claim, Fact, Quantity, Quote, Story, TimelineEntry
from generator.overrides.facts import FACT_SECTIONS
from generator.overrides.schema import SCHEMA_DIR, STORY_SCHEMA_FILE
from generator.wording import count

TEMPLATE = "editor/story.yml.j2"
DEFAULT_SCHEMA_REF = f"../generator/schema/{STORY_SCHEMA_FILE}"  # from seeds/ in this repository's layout
SUMMARY_LENGTH = 72
_LINE_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")


def write_starter(story: Story, path: Path, templates_dir: Path) -> bool:
    """Write a starter story file at `path`; never overwrite one (returns False when it exists)."""
    schema = (SCHEMA_DIR / STORY_SCHEMA_FILE).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    reference = Path(os.path.relpath(schema, path.parent.resolve())).as_posix()
    try:
        with path.open("x", encoding="utf-8") as handle:  # "x": fails if the file appeared meanwhile
            handle.write(starter_story_yaml(story, templates_dir, reference))
    except FileExistsError:
        return False
    return True


def starter_story_yaml(story: Story, templates_dir: Path, schema_ref: str = DEFAULT_SCHEMA_REF) -> str:
    """A story file to start from: the title, and every current fact as comments with its id."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)), autoescape=False,  # YAML: values go through `yaml`
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters.update(yaml=yaml_scalar, summary=one_line, count=count)
    sections = [(section, getattr(story, section)) for section in FACT_SECTIONS]
    text = env.get_template(TEMPLATE).render(
        story=story, schema_ref=schema_ref, sections=sections, fact_fields=fact_fields,
    )
    return text.rstrip("\n") + "\n"


def fact_fields(fact: Fact) -> list[tuple[str, object]]:
    """The fields an editor most often corrects, with their current values."""
    if isinstance(fact, Quantity):
        return [("value", int(fact.value) if fact.value.is_integer() else fact.value)]
    if isinstance(fact, Quote):
        return [("speaker", fact.speaker)]
    if isinstance(fact, Claim):
        return [("by", fact.by)]
    assert isinstance(fact, TimelineEntry)
    fields: list[tuple[str, object]] = [("date", fact.date.value)]
    if fact.date.mod:
        fields.append(("mod", fact.date.mod))
    return fields


def one_line(text: str) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= SUMMARY_LENGTH else line[: SUMMARY_LENGTH - 1] + "…"


def yaml_scalar(value: object) -> str:
    """One YAML scalar, quoted when needed, on one line (a value written into a comment must not
    end it: line breaks become escapes in a double-quoted scalar)."""
    if isinstance(value, str) and any(mark in value for mark in _LINE_BREAKS):
        return json.dumps(value, ensure_ascii=True)  # a JSON string is a YAML double-quoted scalar
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1_000_000)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()
