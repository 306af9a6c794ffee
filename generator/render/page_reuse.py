"""Reusing a page's Markdown from an earlier build when nothing it was rendered from changed.

A page's entry under `.cache/page-markdown/` is keyed by its path, its template, a fingerprint of
its own context (`page_inputs.Fingerprints`) and the rendering's fixed inputs (the templates, the
generator's code, the glossary, the library versions, the context values every page gets). The
entry holds the Markdown and the page's reads of the story-wide objects (`page_inputs.Recorded`);
it is reused only when every read gives the same fingerprint against this build's story. A changed
template or line of code changes every key and so re-renders every page; a changed fact re-renders
the pages whose context holds it or whose reads reach it, and no other.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any, TypeGuard

from generator.cache.keys import PACKAGE_ROOT
from generator.cache.store import Cache, content_key, package_files, source_fingerprint
from generator.cache.templates import use_bytecode_cache
from generator.config import Settings
from generator.render.escape import escape_md
from generator.render.fingerprints import Fingerprints, NotReplayable
from generator.render.page_inputs import (
    ReadLog,
    Recorded,
    RecordedQueries,
    Replayer,
    recorded_context,
    unwrap,
)
from generator.render.queries import SiteQueries

if TYPE_CHECKING:
    from generator.render.site import PageRenderer

NAMESPACE = "page-markdown"
# The context values every page may consult; each read of them is recorded (see page_inputs).
RECORDED_ROOTS = ("story", "site", "settings", "charts")
# Entries kept: about two builds' worth, so that undoing an edit finds the pages again.
BUILDS_KEPT = 2
Rendered = tuple[str, dict[str, str] | None, list[str]]
RenderAll = Callable[[list[int], Callable[[int], Rendered]], list[Rendered]]
GLOSSARY_READ = '["glossary"]'  # the read of the glossary terms a page could contain
_WORDS = re.compile(r"\w+")


@dataclass
class ReuseStats:
    """What the last `finish` did: pages reused from the cache and pages rendered (their paths)."""

    reused: int = 0
    rendered: list[str] = field(default_factory=list)
    checking_seconds: float = 0.0  # CPU seconds spent replaying cached pages' reads


class PageReuse:
    """One build's page cache: attached to a `PageRenderer` before its pages are rendered."""

    def __init__(self, settings: Settings, renderer: PageRenderer) -> None:
        self.cache = Cache(settings.cache_path, NAMESPACE)
        self.fingerprints = Fingerprints()
        self.log = ReadLog(self.fingerprints)
        self.renderer = renderer
        fixed = {name: value for name, value in renderer.common.items() if name not in (*RECORDED_ROOTS, "q")}
        self.fixed_key = content_key(
            source_fingerprint(package_files(PACKAGE_ROOT, ("**/*.py",))),
            source_fingerprint(tuple(path for path in package_files(settings.templates_path, ("**/*",))
                                     if path.is_file())),
            *(f"{name} {metadata.version(name)}" for name in ("jinja2", "markupsafe", "pydantic")),
            sys.version,
            self.fingerprints.hex(fixed),
        )
        self.glossary = renderer.glossary
        # Each term's words, found once: every page's glossary read asks which terms it could hold
        # (as a set, so that asking is one subset test in C: pages times terms adds up).
        self._term_words = [(term, name, frozenset(_WORDS.findall(term))) for term, name in self.glossary]
        # The whole glossary's fingerprint, stored with each page: while it is the same, a page's
        # stored words give the glossary read they gave, and it need not be worked out again.
        self.glossary_digest = self.fingerprints.hex(list(self.glossary))
        self.title_words: set[str] = set()
        renderer.env.filters["h1"] = self._recording_titles(renderer.env.filters["h1"])
        self.stats = ReuseStats()
        real = {name: renderer.common[name] for name in RECORDED_ROOTS}
        real["charts"] = _as_shown(real["charts"])
        self.replayer = Replayer({**real, "q": renderer.common["q"]}, self.fingerprints)
        recorded = {name: Recorded(value, (name,), self.log) for name, value in real.items()}
        on_recorded_site = SiteQueries(recorded["site"])  # type: ignore[arg-type]  # reads like a SiteIndex
        queries = RecordedQueries(renderer.common["q"], on_recorded_site, ("q",), self.log)
        renderer.common.update(recorded, q=queries)

    def page_key(self, index: int) -> str:
        """The page's fixed inputs; what it reads of its own context and the story is checked by
        replaying its reads (`cached_text`)."""
        path, template, context = self.renderer.jobs[index]
        return content_key(self.fixed_key, path, template, *sorted(context))

    def cached_text(self, index: int, key: str) -> str | None:
        entry = self.cache.load_json(key)
        if not isinstance(entry, dict):
            return None
        text, reads, words = entry.get("text"), entry.get("reads"), entry.get("words")
        if not isinstance(text, str) or not _is_reads(reads) or not isinstance(words, list):
            return None
        same_glossary = entry.get("glossary") == self.glossary_digest and GLOSSARY_READ in reads
        if not same_glossary and reads.get(GLOSSARY_READ) != self._glossary_read(set(map(str, words))):
            return None
        story_reads = {path: digest for path, digest in reads.items() if path != GLOSSARY_READ}
        return text if self.replayer.unchanged(story_reads, self.renderer.jobs[index][2]) else None

    def render_recorded(self, index: int) -> Rendered:
        """One page rendered, with what it read of the story-wide objects and its words."""
        self.log.start()
        self.title_words.clear()
        jobs = self.renderer.jobs
        path, template, context = jobs[index]
        jobs[index] = (path, template, recorded_context(context, self.log))
        try:
            text = self.renderer.render_one(index)
        finally:
            jobs[index] = (path, template, context)
            reads = self.log.finish()
        words = set(_WORDS.findall(text)) | self.title_words
        if reads is not None:
            reads[GLOSSARY_READ] = self._glossary_read(words)
        return text, reads, sorted(words)

    def _glossary_read(self, words: set[str]) -> str:
        """The glossary as far as a page with these words can show it. A term reaches a page only
        where all its words stand in it: in its text (the glossary section the renderer appends)
        or in its title before the `h1` filter hides the term there (titles' words are collected
        as they are filtered). The same terms and names give the same page."""
        terms = [(term, name) for term, name, term_words in self._term_words if term_words <= words]
        return self.fingerprints.hex(terms)

    def _recording_titles(self, title_filter: Callable[[object], Any]) -> Callable[[object], Any]:
        def recorded_title(value: object) -> Any:
            self.title_words.update(_WORDS.findall(str(escape_md(unwrap(value)))))
            return title_filter(value)

        return recorded_title

    def finish(self, render_all: RenderAll) -> list[str]:
        """Every queued page's Markdown: reused where its inputs are unchanged, else rendered
        (by `render_all`, on several cores for many pages) and stored for the next build."""
        jobs = self.renderer.jobs
        keys = [self.page_key(index) for index in range(len(jobs))]
        started = time.process_time()
        texts: list[str | None] = [self.cached_text(index, key) for index, key in enumerate(keys)]
        checking = time.process_time() - started
        missing = [index for index, text in enumerate(texts) if text is None]
        rendered = render_all(missing, self.render_recorded)
        for index, (text, reads, words) in zip(missing, rendered, strict=True):
            texts[index] = text
            key = keys[index]
            if reads is not None:
                self.cache.store_json(key, {"text": text, "reads": reads, "words": words,
                                            "glossary": self.glossary_digest})
        self.stats = ReuseStats(len(jobs) - len(missing), [jobs[index][0] for index in missing], checking)
        if missing:
            self.cache.prune(BUILDS_KEPT * len(jobs), slack=len(jobs) // 8)  # see page_cache.prune
        return [text or "" for text in texts]


def attach_page_reuse(settings: Settings, renderer: PageRenderer) -> PageReuse | None:
    """The build's page cache, or None without a cache folder (or with a context value that has
    no fingerprint: then every page is rendered, as without a cache)."""
    if settings.cache_path is None:
        return None
    use_bytecode_cache(renderer.env, settings.cache_path, "pages")
    try:
        return PageReuse(settings, renderer)
    except NotReplayable:
        return None


def _as_shown(charts: Any) -> Any:
    """The charts as pages show them: whether a chart's SVG was drawn in this build or came from
    the cache (`Chart.rendered`) is bookkeeping, and must not make its pages differ."""
    return {page: [chart.model_copy(update={"rendered": False}) for chart in listed]
            for page, listed in charts.items()}


def _is_reads(value: object) -> TypeGuard[dict[str, str]]:
    # The value's classes as one set (C-level loops): thousands of reads per page, every page.
    return isinstance(value, dict) and set(map(type, value)) | set(map(type, value.values())) <= {str}
