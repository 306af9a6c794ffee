"""`build --out` writes only what the generator owns, atomically, never outside its folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.writer import MANIFEST, UnsafePath, write_owned_files


def test_writes_then_leaves_unchanged_files_alone(tmp_path: Path) -> None:
    report = write_owned_files(tmp_path, {"index.md": "# Home\n", "charts/a.svg": b"<svg/>"})
    assert report.changed == 2
    assert (tmp_path / "charts" / "a.svg").read_bytes() == b"<svg/>"
    again = write_owned_files(tmp_path, {"index.md": "# Home\n", "charts/a.svg": b"<svg/>"})
    assert (again.changed, again.unchanged) == (0, 2)


def test_never_overwrites_a_file_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("written by a person", encoding="utf-8")
    report = write_owned_files(tmp_path, {"index.md": "# Home\n"})
    assert report.skipped == ["index.md"]
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "written by a person"


def test_removes_only_its_own_stale_files(tmp_path: Path) -> None:
    write_owned_files(tmp_path, {"old.md": "old", "kept.md": "kept"})
    (tmp_path / "notes.md").write_text("mine", encoding="utf-8")
    report = write_owned_files(tmp_path, {"kept.md": "kept"})
    assert report.removed == 1
    assert not (tmp_path / "old.md").exists()
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == "mine"
    assert "old.md" not in (tmp_path / MANIFEST).read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", ["../escape.md", "/etc/passwd", "a/../../b.md"])
def test_refuses_paths_outside_the_folder(tmp_path: Path, bad: str) -> None:
    with pytest.raises(UnsafePath):
        write_owned_files(tmp_path / "out", {bad: "x"})
    assert not (tmp_path / "escape.md").exists()
