"""Starter files for editors (`explainer overrides init`): the story file, or one article's sidecar
(`--article ID`), as comments an editor uncomments.

The words and the layout are the templates `editor/story.yml.j2` and `editor/sidecar.yml.j2` in the
templates folder. Their first line points the YAML language server (VS Code's YAML extension, Neovim,
Helix, JetBrains IDEs) at the JSON Schema, so an editor completes and checks the file with no setup.
This module hands the templates the data and two filters that keep every value safe in YAML:
`yaml` writes one quoted scalar on one line, `summary` one line of comment text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.models import Article, Claim, Fact, Quantity, Quote, Story, TimelineEntry
from generator.overrides.facts import FACT_SECTIONS
from generator.overrides.schema import ARTICLE_SCHEMA_FILE, SCHEMA_DIR, STORY_SCHEMA_FILE
from generator.wording import count

TEMPLATE = "editor/story.yml.j2"
SIDECAR_TEMPLATE = "editor/sidecar.yml.j2"
DEFAULT_SCHEMA_REF = f"../generator/schema/{STORY_SCHEMA_FILE}"  # from seeds/ in this repository's layout
SUMMARY_LENGTH = 72
_LINE_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")


def write_starter(story: Story, path: Path, templates_dir: Path) -> bool:
    """Write a starter story file at `path`; never overwrite one (returns False when it exists)."""
    reference = schema_reference(STORY_SCHEMA_FILE, path)
    return _write_new(path, starter_story_yaml(story, templates_dir, reference))


def write_sidecar_starter(article: Article, path: Path, templates_dir: Path) -> bool:
    """Write a starter sidecar at `path`; never overwrite one (returns False when it exists)."""
    reference = schema_reference(ARTICLE_SCHEMA_FILE, path)
    template = _environment(templates_dir).get_template(SIDECAR_TEMPLATE)
    text = template.render(article=article, schema_ref=reference)
    return _write_new(path, text.rstrip("\n") + "\n")


def schema_reference(schema_file: str, yaml_path: Path) -> str:
    """The schema's path relative to the folder of `yaml_path`, as the language server resolves it."""
    schema = (SCHEMA_DIR / schema_file).resolve()
    return Path(os.path.relpath(schema, yaml_path.parent.resolve())).as_posix()


def _write_new(path: Path, text: str) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:  # "x": fails if the file appeared meanwhile
            handle.write(text)
    except FileExistsError:
        return False
    return True


def _environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)), autoescape=False,  # YAML: values go through `yaml`
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters.update(yaml=yaml_scalar, summary=one_line, count=count)
    return env


def starter_story_yaml(story: Story, templates_dir: Path, schema_ref: str = DEFAULT_SCHEMA_REF) -> str:
    """A story file to start from: the title, and every current fact as comments with its id."""
    env = _environment(templates_dir)
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
