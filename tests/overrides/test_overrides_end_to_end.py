"""Editors' corrections, end to end: extract, write overrides by stable id, rebuild, read the HTML."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def run(args: list[str], cwd: Path) -> str:
    completed = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr[-4000:]
    return completed.stdout


def page_text(site: Path, relative: str) -> str:
    raw = (site / relative / "index.html").read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def test_corrections_survive_the_rebuild_and_are_marked(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    shutil.copytree(SEEDS, project / "seeds", ignore=shutil.ignore_patterns("story.yml"))
    shutil.copytree(ROOT / "site-templates", project / "site-templates")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    facts = json.loads(run(["-m", "generator", "--project", str(project), "extract"], project))

    number = next(q for q in facts["quantities"] if q["unit"] == "USD")
    quote = facts["quotes"][0]
    claim = facts["claims"][-1]
    event = facts["timeline"][0]
    person = next(e for e in facts["entities"] if e["type"] == "person" and e["roles"])
    story = f"""
title: Corrected story
quantities:
  {number["id"]}:
    value: 21000000000
    note: The ministry's figure.
quotes:
  {quote["id"]}:
    speaker: Editor Verified Speaker
entities:
  {person["id"]}:
    roles: [Chief Negotiator]
claims:
  {claim["id"]}:
    hide: true
timeline:
  {event["id"]}:
    date: 2022-11-03
add:
  timeline:
    - id: editor-added-event
      date: 2024-02-01
      text: Negotiators met again in a follow-up round.
      source:
        note: Press release of the ministry
        url: https://example.org/press
"""
    (project / "seeds" / "story.yml").write_text(story, encoding="utf-8")
    completed = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                               capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr[-4000:]
    site = project / "site"

    numbers = page_text(site, "numbers")
    assert "21,000,000,000" in numbers or "21 billion" in numbers or "$21 billion" in numbers
    assert "corrected by the editor" in numbers.lower()
    assert "The ministry's figure." in numbers

    quotes = page_text(site, "quotes")
    assert "Editor Verified Speaker" in quotes

    people = page_text(site, "people")
    assert "Chief Negotiator" in people

    reported = page_text(site, "reported")
    assert claim["text"][:40] not in reported  # the hidden claim is gone

    timeline = page_text(site, "timeline")
    assert "Negotiators met again in a follow-up round." in timeline
    assert "added by the editor" in timeline.lower()
    assert "2022" in timeline  # the corrected date has its own place in the chronology

    home = page_text(site, "")
    assert "Corrected story" in home

    # The corrections are keyed by stable ids: a second build from the same files keeps them.
    again = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project,
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr[-4000:]
    assert "Editor Verified Speaker" in page_text(site, "quotes")
