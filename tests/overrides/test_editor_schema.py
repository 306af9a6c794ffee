"""Editors' tooling: every override file's first line points the YAML language server at an existing
JSON Schema, and that schema (what the editor checks against) accepts the demo's files and the starter
files, and refuses a misspelled key."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.models import Article, Story
from generator.overrides.schema import ARTICLE_SCHEMA_FILE, SCHEMA_DIR, STORY_SCHEMA_FILE, schema_documents
from generator.overrides.starter import write_sidecar_starter, write_starter
from generator.overrides.yaml_reader import load_yaml_text
from tests.conftest import FIXTURES, ROOT, SEEDS

TEMPLATES = ROOT / "site-templates"

MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")
DEMO_YAML = sorted(SEEDS.glob("*.yml"))


def schema_of(yaml_file: Path) -> Path:
    """The schema the language server would load for `yaml_file`, from its first line."""
    first = yaml_file.read_text(encoding="utf-8").splitlines()[0]
    match = MODELINE.match(first)
    assert match, f"{yaml_file.name}: first line is not a yaml-language-server modeline: {first!r}"
    return (yaml_file.parent / match.group(1)).resolve()


def validate(yaml_text: str, schema_file: Path) -> None:
    """Validate as the editor does: the file's data against the JSON Schema (dates read as text,
    as the build reads them)."""
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    data: Any = load_yaml_text(yaml_text).data
    jsonschema.validate({} if data is None else data, schema)


def uncommented_fields(text: str) -> str:
    """The starter with its commented-out fields switched on (`# title: x` -> `title: x`)."""
    return "\n".join(re.sub(r"^# (\w+: )", r"\1", line) for line in text.splitlines()) + "\n"


def test_the_schema_files_are_what_the_models_generate() -> None:
    for name, text in schema_documents().items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == text, f"regenerate {name} (docs/editing.md)"


@pytest.mark.parametrize("yaml_file", DEMO_YAML, ids=[path.name for path in DEMO_YAML])
def test_each_demo_file_points_at_its_schema_and_passes_it(yaml_file: Path) -> None:
    schema = schema_of(yaml_file)
    expected = STORY_SCHEMA_FILE if yaml_file.name == "story.yml" else ARTICLE_SCHEMA_FILE
    assert schema == (SCHEMA_DIR / expected).resolve()
    assert schema.is_file()
    validate(yaml_file.read_text(encoding="utf-8"), schema)


def test_the_schema_refuses_a_misspelled_key() -> None:
    with pytest.raises(jsonschema.ValidationError, match="titel"):
        validate("titel: Ferry strike ends\n", SCHEMA_DIR / ARTICLE_SCHEMA_FILE)
    with pytest.raises(jsonschema.ValidationError, match="valeu"):
        validate("quantities:\n  q-1:\n    valeu: 3\n", SCHEMA_DIR / STORY_SCHEMA_FILE)


def ferry_article() -> Article:
    return Article(id="003_ferry-strike", path="seeds/003_ferry-strike.txt", format="text",
                   title="Ferry crews strike: sailings cancelled # all day", outlet="Harbour Post",
                   url="https://harbour-post.example/ferry", published=dt.date(2025, 5, 2),
                   published_estimated=True, text="Ferry crews walked out on Friday.")


@pytest.mark.parametrize("where", ["seeds", "editor/corrections"])
def test_starter_sidecar_points_at_the_article_schema_from_where_it_lies(tmp_path: Path, where: str) -> None:
    sidecar = tmp_path / where / "003_ferry-strike.yml"
    assert write_sidecar_starter(ferry_article(), sidecar, TEMPLATES)
    assert schema_of(sidecar) == (SCHEMA_DIR / ARTICLE_SCHEMA_FILE).resolve()
    text = sidecar.read_text(encoding="utf-8")
    validate(text, schema_of(sidecar))
    switched_on = uncommented_fields(text)
    assert "\ntitle: 'Ferry crews strike: sailings cancelled # all day'\n" in switched_on
    assert "\npublished: 2025-05-02  # estimated by the build\n" in switched_on
    validate(switched_on, schema_of(sidecar))  # every field it offers is one the schema accepts
    assert not write_sidecar_starter(ferry_article(), sidecar, TEMPLATES)  # never overwrites
    assert sidecar.read_text(encoding="utf-8") == text


def test_starter_story_file_points_at_the_story_schema(tmp_path: Path) -> None:
    story_file = tmp_path / "notes" / "story.yml"
    story = Story(title="Ferry strike", articles=[ferry_article()])
    assert write_starter(story, story_file, TEMPLATES)
    assert schema_of(story_file) == (SCHEMA_DIR / STORY_SCHEMA_FILE).resolve()
    validate(story_file.read_text(encoding="utf-8"), schema_of(story_file))


def test_overrides_init_article_writes_a_sidecar_that_check_accepts(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    for name in ("council-vote.md", "riverton-flood.txt"):
        (project / "seeds" / name).write_bytes((FIXTURES / "site" / name).read_bytes())
    shutil.copytree(TEMPLATES, project / "site-templates")  # a project carries its templates

    def explainer(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "generator", "--project", str(project), *args],
                              capture_output=True, text=True)

    written = explainer("overrides", "init", "--article", "council-vote")
    assert written.returncode == 0, written.stderr
    sidecar = project / "seeds" / "council-vote.yml"
    assert schema_of(sidecar) == (SCHEMA_DIR / ARTICLE_SCHEMA_FILE).resolve()
    assert explainer("check").returncode == 0
    again = explainer("overrides", "init", "--article", "council-vote")
    assert again.returncode == 1 and "not overwriting" in again.stderr
    unknown = explainer("overrides", "init", "--article", "council-vot")
    assert unknown.returncode == 1 and "closest: council-vote" in unknown.stderr
