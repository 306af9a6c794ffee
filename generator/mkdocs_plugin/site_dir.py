"""Keeping the site folder's files (and folders) between builds, so that a rebuild writes into them.

A `mkdocs build` empties the site folder and writes every file again: at 1,000 articles some 11,000
files and folders deleted and created anew on every build, even when nothing changed. On ext4, every
new file or folder makes the inode allocator look past the inodes deleted in the last few seconds
(`recently_deleted`), and after each build there were thousands more of them: back-to-back warm
builds of one project cost more system time each, by a quarter of a second per build at 200
articles (benchmarks/warm_series.py).

So the previous build's files are set aside before MkDocs empties the folder (moved, top-level entry
by entry, into a hidden folder, which MkDocs' cleaning skips) and moved back once it has: MkDocs then
writes each page into the file already there (same inode, truncated and written), and creates
nothing that exists. After the build, every file of the previous build that this build did not write
again (its modification time and inode unchanged) is deleted, and folders left empty by that, so
the folder holds exactly what a build from an empty folder writes. Renames neither allocate nor free
inodes. MkDocs itself writes every page unconditionally (a plugin's hooks cannot skip one page's
write without MkDocs logging that page as skipped); `unchanged_writes.py` leaves unwritten the
files whose bytes are already there, and `drop_stale` is told which files those are.

A `--dirty` build does not empty the folder and keeps files it did not write on purpose: nothing
here runs for it. Hidden top-level entries (a `.git` of a deployment checkout) are left where they
are, as MkDocs' own cleaning leaves them.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Collection, Iterable
from pathlib import Path, PurePosixPath

HOLDING = ".explainer-previous-build"

# (modification time in ns, inode, kind) of each file, by path relative to the site folder
Stamp = tuple[int, int, int]
Stamps = dict[str, Stamp]


class KeptSite:
    """One build's handling of its site folder: set_aside, restore, then drop_stale (or give_back)."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.holding = site_dir / HOLDING
        self.previous: Stamps = {}
        self.held = False  # previous files are in the holding folder
        self.restored = False  # previous files are back in place, stale ones still among them

    def set_aside(self) -> None:
        """Before MkDocs empties the folder: note each file's stamp, then move the entries away."""
        if not self.site_dir.is_dir():
            return
        shutil.rmtree(self.holding, ignore_errors=True)  # left by a build that was killed
        entries = visible_entries(self.site_dir)
        self.previous = file_stamps(self.site_dir, entries)
        if not entries:
            return
        self.holding.mkdir()
        for entry in entries:
            entry.rename(self.holding / entry.name)
        self.held = True

    def restore(self, destinations: Iterable[str] = ()) -> None:
        """After MkDocs emptied the folder and before it writes: the entries back in place. An entry
        something else created meanwhile stays; the previous one is deleted with the holding folder.
        `destinations` (paths relative to the folder) are the files this build will write: a previous
        file where one of them needs a folder, or a previous folder where one is a file, goes now, as
        MkDocs could not write there (or would write into the folder)."""
        if not self.held:
            return
        for entry in sorted(self.holding.iterdir()):
            target = self.site_dir / entry.name
            if not os.path.lexists(target):
                entry.rename(target)
        shutil.rmtree(self.holding, ignore_errors=True)
        self.held, self.restored = False, True
        _clear_the_way(self.site_dir, destinations)

    def drop_stale(self, kept: Collection[str] = ()) -> int:
        """After the build: delete the previous build's files this one did not write; how many.
        `kept` (paths relative to the folder) are files this build produced by leaving them as they
        were, their bytes being the ones it would have written (unchanged_writes.py)."""
        if not self.restored:
            return 0
        self.restored = False
        dropped = 0
        for relative, stamp in sorted(self.previous.items()):
            path = self.site_dir / relative
            if relative not in kept and _stamp_of(path) == stamp:
                path.unlink()
                dropped += 1
                _remove_empty_parents(path.parent, self.site_dir)
        return dropped

    def give_back(self, kept: Collection[str] = ()) -> None:
        """The build failed: the previous files back if they are still set aside (MkDocs wrote nothing
        yet: the folder holds the previous site, as before the build), else the stale ones deleted."""
        if self.held:
            self.restore()
            self.restored = False
        else:
            self.drop_stale(kept)


def visible_entries(folder: Path) -> list[Path]:
    """The top-level entries MkDocs' cleaning deletes: all but hidden ones."""
    return sorted(entry for entry in folder.iterdir() if not entry.name.startswith("."))


def file_stamps(root: Path, entries: list[Path]) -> Stamps:
    stamps: Stamps = {}
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            for folder, _, names in os.walk(entry):
                for name in names:
                    path = Path(folder, name)
                    stamp = _stamp_of(path)
                    if stamp is not None:
                        stamps[path.relative_to(root).as_posix()] = stamp
        else:
            stamp = _stamp_of(entry)
            if stamp is not None:
                stamps[entry.name] = stamp
    return stamps


def _clear_the_way(root: Path, destinations: Iterable[str]) -> None:
    """Remove what stands where this build writes a file of another kind (file against folder)."""
    files = set(destinations)
    folders = {parent.as_posix() for name in files for parent in PurePosixPath(name).parents} - {"."}
    for folder in sorted(folders):
        path = root / folder
        if os.path.lexists(path) and (path.is_symlink() or not path.is_dir()):
            path.unlink()
    for name in sorted(files):
        path = root / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)


def _stamp_of(path: Path) -> Stamp | None:
    try:
        status = path.lstat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_ino, stat.S_IFMT(status.st_mode)


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:  # not empty (or gone): its parents are not empty either
            return
        folder = folder.parent
