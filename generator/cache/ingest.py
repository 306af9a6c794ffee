"""Reading an article file again only when its bytes, its place or the ingest code changed.

Every rebuild that misses the whole-site cache (a new article, an editor's fix) read and parsed
every seed file again: decoding, front matter, Markdown or HTML, bylines, datelines. That is the same
work for the same bytes each time, and it grows with the story (about 3 ms an article). An entry under
`.cache/articles/` holds what `ingest.reader.read_article` made of one file (the article and the
notes it appended to the problems, or the problem that refused the file), keyed by:
  - the file's bytes (read in full: a file saved with the same size and time still misses);
  - its path, the path it resolves to (a link re-pointed elsewhere misses) and the seeds folder's;
  - the ingest code and the data models (`ingest/**/*.py`, `models.py`).
A file larger than ingest's own size limit for any format is read as before, never cached: the
limit is ingest's to enforce, on the file as it is now.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from generator.cache.keys import PACKAGE_ROOT
from generator.cache.store import Cache, content_key, package_files, source_fingerprint
from generator.ingest.files import MAX_ARTICLE_BYTES, MAX_MARKDOWN_BYTES
from generator.ingest.problems import IngestError
from generator.ingest.reader import read_article
from generator.models import Article, IngestProblem

NAMESPACE = "articles"
INGEST_SOURCES = ("ingest/**/*.py", "models.py")
# Entries kept: this many per article read in the build, so that undoing an edit finds them again.
ENTRIES_PER_ARTICLE = 2
ReadArticle = Callable[..., Article]


class CachedReader:
    """`read_article` with its results kept in the cache; call `prune` after reading a folder."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache = Cache(cache_dir, NAMESPACE)
        self.code = source_fingerprint(package_files(PACKAGE_ROOT, INGEST_SOURCES))
        self.limit = max(MAX_ARTICLE_BYTES, MAX_MARKDOWN_BYTES)
        self.read, self.stored = 0, 0

    def __call__(self, path: Path, seeds_dir: Path, *,
                 problems: list[IngestProblem] | None = None) -> Article:
        self.read += 1
        key = self._key(path, seeds_dir)
        if key is None:
            return read_article(path, seeds_dir, problems=problems)
        entry = self._entry(key)
        if entry is None:
            entry = self._read_and_store(key, path, seeds_dir)
        article, notes, refusal = entry
        if problems is not None:
            problems.extend(notes)
        if refusal is not None:
            raise IngestError(refusal)
        assert article is not None
        return article

    def prune(self) -> None:
        if self.stored:
            self.cache.prune(keep=ENTRIES_PER_ARTICLE * max(self.read, 1))

    def _key(self, path: Path, seeds_dir: Path) -> str | None:
        try:
            if not path.is_file() or path.stat().st_size > self.limit:
                return None
            data = path.read_bytes()
        except OSError:
            return None  # ingest itself says what is wrong with the file
        # As bytes: a file name that is not valid UTF-8 arrives with surrogate escapes.
        return content_key(self.code, os.fsencode(path), os.fsencode(os.path.realpath(path)),
                           os.fsencode(seeds_dir.resolve()), os.fsencode(seeds_dir), data)

    def _entry(self, key: str) -> tuple[Article | None, list[IngestProblem], IngestProblem | None] | None:
        from pydantic import ValidationError

        value = self.cache.load_json(key)
        if not isinstance(value, dict) or not isinstance(value.get("notes"), list):
            return None
        try:
            notes = [IngestProblem.model_validate(note) for note in value["notes"]]
            if value.get("refusal") is not None:
                return None, notes, IngestProblem.model_validate(value["refusal"])
            return Article.model_validate(value.get("article")), notes, None
        except ValidationError:
            return None

    def _read_and_store(self, key: str, path: Path, seeds_dir: Path
                        ) -> tuple[Article | None, list[IngestProblem], IngestProblem | None]:
        notes: list[IngestProblem] = []
        try:
            article: Article | None = read_article(path, seeds_dir, problems=notes)
            refusal = None
        except IngestError as error:
            article, refusal = None, error.problem
        self.cache.store_json(key, {
            "article": article.model_dump(mode="json") if article is not None else None,
            "notes": [note.model_dump(mode="json") for note in notes],
            "refusal": refusal.model_dump(mode="json") if refusal is not None else None,
        })
        self.stored += 1
        return article, notes, refusal
