"""The generator's objects are frozen out of the garbage collector while MkDocs works on the pages, and
unfrozen when the build ends, whether it succeeds or fails (a `mkdocs serve` session keeps collecting);
what MkDocs loaded before the generator runs is frozen while it runs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import mkdocs.commands.build as mkdocs_build
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

import generator.build
from generator.config import Settings
from generator.results import BuildResult
from tests.conftest import ROOT

PAGE = "# Invented story\n\nThe council met on Tuesday.\n"
FROZEN_IN_GENERATOR: list[int] = []  # the number of frozen objects when the generator starts


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project whose generator hands MkDocs one invented page, without reading any article."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\nplugins:\n  - explainer:\n"
        f"      templates_dir: {ROOT / 'site-templates'}\n      cache_dir: ''\n",
        encoding="utf-8",
    )

    def one_page(settings: Settings, progress: object = None) -> BuildResult:
        FROZEN_IN_GENERATOR.append(gc.get_freeze_count())
        return BuildResult(files={"index.md": PAGE})

    monkeypatch.setattr(generator.build, "build_site", one_page)
    return tmp_path


@pytest.fixture
def frozen_while_converting(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The number of frozen objects each time MkDocs converts a page."""
    seen: list[int] = []
    convert = mkdocs_build._populate_page

    def recording(*args: Any, **kwargs: Any) -> None:
        seen.append(gc.get_freeze_count())
        convert(*args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_populate_page", recording)
    gc.unfreeze()
    yield seen
    gc.unfreeze()  # a failing assertion must not leave the rest of the session frozen


def build(folder: Path) -> None:
    config = load_config(str(folder / "mkdocs.yml"), site_dir=str(folder / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    mkdocs_build.build(config)


def test_pages_are_converted_with_the_generators_objects_frozen_and_unfrozen_after(
        project: Path, frozen_while_converting: list[int]) -> None:
    FROZEN_IN_GENERATOR.clear()
    build(project)
    assert FROZEN_IN_GENERATOR and FROZEN_IN_GENERATOR[0] > 0  # MkDocs' and the theme's objects
    assert frozen_while_converting and all(count > 0 for count in frozen_while_converting)
    assert gc.get_freeze_count() == 0
    assert "The council met on Tuesday." in (project / "site" / "index.html").read_text(encoding="utf-8")


def test_a_build_failing_after_the_generator_unfreezes_too(
        project: Path, frozen_while_converting: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("a page failed")

    monkeypatch.setattr(mkdocs_build, "_build_page", failing)
    with pytest.raises(RuntimeError, match="a page failed"):
        build(project)
    assert frozen_while_converting and all(count > 0 for count in frozen_while_converting)
    assert gc.get_freeze_count() == 0


def test_a_failing_generator_leaves_nothing_frozen(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(settings: Settings, progress: object = None) -> BuildResult:
        raise RuntimeError("the generator failed")

    monkeypatch.setattr(generator.build, "build_site", failing)
    gc.unfreeze()
    with pytest.raises(Abort):  # MkDocs aborts on the plugin's error
        build(project)
    assert gc.get_freeze_count() == 0
