"""The warm path: an unchanged project is rebuilt from the stamp of its files, without the pipeline."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import build, pipeline
from generator.cache import stamp
from generator.config import Settings
from tests.conftest import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copytree(ROOT / "site-templates", project / "site-templates")
    return project


def settings_for(project: Path) -> Settings:
    return Settings(project_dir=project, workers=1)


def forbid_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object, **__: object) -> None:
        raise AssertionError("the pipeline ran on a warm rebuild")

    monkeypatch.setattr(pipeline, "build_site_files", fail)


def test_an_unchanged_project_is_rebuilt_from_the_stamp_with_the_same_result(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = build.build_site(settings_for(project))
    forbid_pipeline(monkeypatch)
    second = build.build_site(settings_for(project))
    assert second.files == first.files
    assert (second.warnings, second.errors, second.updated) == (first.warnings, first.errors, first.updated)
    assert second.stats.articles == first.stats.articles == 2


@pytest.mark.parametrize("edit", ["article text", "sidecar", "story file", "new override", "template",
                                  "new article"])
def test_any_edited_input_misses_the_stamp(project: Path, edit: str) -> None:
    build.build_site(settings_for(project))
    seeds = project / "seeds"
    article = sorted(seeds.glob("*.txt"))[0]
    if edit == "article text":
        article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    elif edit == "sidecar":
        sidecar = article.with_suffix(".yml")
        sidecar.write_text(sidecar.read_text(encoding="utf-8") + "outlet: Elsewhere\n", encoding="utf-8")
    elif edit == "story file":
        (seeds / "story.yml").write_text("title: Edited title\n", encoding="utf-8")
    elif edit == "new override":
        (seeds / "extra.yml").write_text("title: x\n", encoding="utf-8")
    elif edit == "template":
        template = project / "site-templates" / "pages" / "home.md.j2"
        template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    else:
        (seeds / "late.md").write_text("---\ntitle: Late\npublished: 2024-02-01\n---\n\nA short text.\n",
                                       encoding="utf-8")
    current = stamp.input_stamp(settings_for(project))
    assert stamp.stamped_build(settings_for(project), current) is None


def test_a_file_touched_without_a_change_misses_the_stamp_but_not_the_content_cache(project: Path) -> None:
    first = build.build_site(settings_for(project))
    article = sorted((project / "seeds").glob("*.txt"))[0]
    os.utime(article, ns=(1, 1))
    assert stamp.stamped_build(settings_for(project), stamp.input_stamp(settings_for(project))) is None
    again = build.build_site(settings_for(project))  # the content-keyed site entry answers
    assert again.files == first.files


@pytest.mark.parametrize("damage", ["stamp record", "site entry"])
def test_a_damaged_entry_falls_back_to_the_pipeline(project: Path, damage: str) -> None:
    first = build.build_site(settings_for(project))
    cache = project / ".cache"
    for path in (cache / ("stamps" if damage == "stamp record" else "site")).glob("*/*.json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        document["value"] = {"texts": "not a mapping"} if damage == "site entry" else ["no", "record"]
        path.write_text(json.dumps(document), encoding="utf-8")
    current = stamp.input_stamp(settings_for(project))
    assert stamp.stamped_build(settings_for(project), current) is None
    assert build.build_site(settings_for(project)).files == first.files


def build_in_fresh_process(project: Path, show: str) -> list[str]:
    """Build the project in a new interpreter and print `show`, a Python expression over `build` (the
    BuildResult) and `loaded(name)` (whether a module was imported), split into words."""
    code = (
        "import sys; from pathlib import Path\n"
        "from generator.config import Settings\nfrom generator.build import build_site\n"
        "build = build_site(Settings(project_dir=Path(sys.argv[1]), workers=1))\n"
        "loaded = sys.modules.__contains__\n"
        f"print(*({show}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(project)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return done.stdout.split()


def test_the_warm_path_imports_neither_pydantic_nor_spacy(project: Path) -> None:
    build.build_site(settings_for(project))
    count, pydantic_loaded, spacy_loaded = build_in_fresh_process(
        project, "len(build.files), loaded('pydantic'), loaded('spacy')")
    assert int(count) > 10
    assert (pydantic_loaded, spacy_loaded) == ("False", "False")


def test_an_override_edit_rebuilds_without_spacy_or_matplotlib(project: Path) -> None:
    # The annotations and the chart drawings are cached: re-rendering needs neither library.
    build.build_site(settings_for(project))
    (project / "seeds" / "story.yml").write_text("title: A new title\n", encoding="utf-8")
    shown = build_in_fresh_process(
        project, "'A new title' in build.files['index.md'], loaded('spacy'), loaded('matplotlib')")
    assert shown == ["True", "False", "False"]
