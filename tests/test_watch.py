"""The polling watch loop behind `explainer build --out DIR --watch` (Zensical users' live rebuild)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from generator.watch import changed_paths, snapshot, watch


def wait_until(condition, seconds: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    seeds = tmp_path / "seeds"
    templates = tmp_path / "templates" / "pages"
    seeds.mkdir()
    templates.mkdir(parents=True)
    (seeds / "ferry.txt").write_text("The ferry ran late on Monday.", encoding="utf-8")
    (templates / "home.md.j2").write_text("# {{ title }}", encoding="utf-8")
    story = tmp_path / "story.yml"
    story.write_text("title: Ferries\n", encoding="utf-8")
    return {"seeds": seeds, "templates": tmp_path / "templates", "story": story, "out": tmp_path / "out"}


def test_snapshot_sees_files_in_folders_and_single_files(inputs: dict[str, Path]) -> None:
    seen = snapshot([inputs["seeds"], inputs["templates"], inputs["story"]])
    assert {path.name for path in seen} == {"ferry.txt", "home.md.j2", "story.yml"}


def test_changes_additions_and_removals_are_found(inputs: dict[str, Path]) -> None:
    folders = [inputs["seeds"], inputs["templates"]]
    before = snapshot(folders)
    (inputs["seeds"] / "ferry.txt").write_text("The ferry ran late on Tuesday, again.", encoding="utf-8")
    (inputs["seeds"] / "bridge.md").write_text("A bridge closed.", encoding="utf-8")
    (inputs["templates"] / "pages" / "home.md.j2").unlink()
    names = [path.name for path in changed_paths(before, snapshot(folders))]
    assert names == ["bridge.md", "ferry.txt", "home.md.j2"]
    assert changed_paths(before, before) == []


def test_the_output_folder_is_ignored_even_inside_an_input(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "out").mkdir(parents=True)
    (project / "notes.txt").write_text("kept", encoding="utf-8")
    (project / "out" / "index.md").write_text("# Old", encoding="utf-8")
    assert [p.name for p in snapshot([project], ignore=project / "out")] == ["notes.txt"]


def test_watch_rebuilds_after_a_change_and_survives_a_failing_rebuild(
    inputs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    rebuilds: list[str] = []

    def rebuild() -> None:
        text = inputs["story"].read_text(encoding="utf-8")
        rebuilds.append(text)
        if "broken" in text:
            raise ValueError("story.yml: line 1: cannot read it")

    stop = threading.Event()
    loop = threading.Thread(target=watch, args=([inputs["seeds"], inputs["story"]], rebuild),
                            kwargs={"interval": 0.05, "stop": stop})
    loop.start()
    try:
        time.sleep(0.2)
        assert rebuilds == []  # nothing changed yet: no rebuild
        inputs["story"].write_text("title: broken\n", encoding="utf-8")
        assert wait_until(lambda: len(rebuilds) == 1)
        inputs["story"].write_text("title: Ferries and bridges\n", encoding="utf-8")
        assert wait_until(lambda: len(rebuilds) == 2)
    finally:
        stop.set()
        loop.join(timeout=5)
    assert not loop.is_alive()
    assert rebuilds == ["title: broken\n", "title: Ferries and bridges\n"]
    err = capsys.readouterr().err
    assert "error: rebuild failed: story.yml: line 1: cannot read it" in err
    assert f"changed: {inputs['story']}; rebuilding" in err
    assert "rebuilt in" in err
