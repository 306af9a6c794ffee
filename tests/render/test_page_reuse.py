"""Page Markdown reused from the cache only while everything its template read is unchanged.

Unit tests use invented objects; the site tests build the fixture story and check the invalidation
rules: an unchanged rebuild renders nothing, a changed fact re-renders the pages that show it (and
the few index pages whose listed views hold it), a changed template re-renders everything, and an
incremental build equals a build from nothing, byte for byte."""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from jinja2 import Environment, StrictUndefined

from generator.config import Settings
from generator.pipeline import build_site_files, build_story
from generator.render.fingerprints import Fingerprints, NotReplayable
from generator.render.page_inputs import (
    ReadLog,
    Recorded,
    RecordedQueries,
    Replayer,
    recorded_context,
)
from tests.site.build_tools import fixture_site_project


@dataclass
class Harbour:
    name: str
    depth: float
    berths: set[str] = field(default_factory=set)
    next: Harbour | None = None


@dataclass
class Coast:
    harbours: dict[str, Harbour]
    note: str = ""

    def depth_of(self, name: str) -> float:
        return self.harbours[name].depth


class Lookups:
    def __init__(self, coast: Coast) -> None:
        self.coast = coast

    def deepest(self, limit: int) -> list[str]:
        ranked = sorted(self.coast.harbours.values(), key=lambda h: -h.depth)
        return [h.name for h in ranked[:limit]]

    def remember(self, seen: list[str], name: str) -> bool:
        seen.append(name)
        return True


def test_equal_data_has_one_fingerprint_and_any_change_shows() -> None:
    one = Harbour("Oldport", 7.5, {"north", "south", "east"})
    same = Harbour("Oldport", 7.5, {"east", "south", "north"})  # another insertion order
    assert Fingerprints().of(one) == Fingerprints().of(same)
    assert Fingerprints().of(one) != Fingerprints().of(Harbour("Oldport", 7.25, {"north", "south", "east"}))
    assert Fingerprints().of("7") != Fingerprints().of(7)
    assert Fingerprints().of(["a", "b"]) != Fingerprints().of(["ab"])


def test_cycles_are_fingerprinted_by_content() -> None:
    def ring(depth: float) -> Harbour:
        first, second = Harbour("Oldport", 5.0), Harbour("Newhaven", depth)
        first.next, second.next = second, first
        return first

    assert Fingerprints().of(ring(3.0)) == Fingerprints().of(ring(3.0))
    assert Fingerprints().of(ring(3.0)) != Fingerprints().of(ring(4.0))


def test_a_value_without_a_fingerprint_is_refused() -> None:
    with pytest.raises(NotReplayable):
        Fingerprints().of(object())


def render_recorded(source: str, coast: Coast, **context: object) -> tuple[str, dict[str, str] | None]:
    log = ReadLog(Fingerprints())
    env = Environment(undefined=StrictUndefined)
    env.globals["is_harbour"] = lambda value: isinstance(value, Harbour)  # code, like the site's filters
    log.start()
    page = recorded_context(context, log)
    queries = RecordedQueries(Lookups(coast), Lookups(Recorded(coast, ("coast",), log)),  # type: ignore[arg-type]
                              ("q",), log)
    text = env.from_string(source).render(coast=Recorded(coast, ("coast",), log), q=queries, **page)
    return text, log.finish()


def still_valid(reads: Mapping[str, str], coast: Coast, **context: object) -> bool:
    return Replayer({"coast": coast, "q": Lookups(coast)}, Fingerprints()).unchanged(reads, context)


def a_coast() -> Coast:
    return Coast({"old": Harbour("Oldport", 7.5), "new": Harbour("Newhaven", 3.0),
                  "far": Harbour("Farwick", 12.0)}, note="tidal")


def test_a_page_depends_on_what_its_template_read_and_nothing_else() -> None:
    template = "{{ coast.harbours.get('old').name }} {{ coast.depth_of('new') }} {{ coast.harbours|length }}"
    text, reads = render_recorded(template, a_coast())
    assert text == "Oldport 3.0 3" and reads is not None
    unrelated = a_coast()
    unrelated.note, unrelated.harbours["far"].depth = "calm", 1.0
    assert still_valid(reads, unrelated)
    for change in ("name", "depth", "size"):
        changed = a_coast()
        if change == "name":
            changed.harbours["old"].name = "Old Port"
        elif change == "depth":
            changed.harbours["new"].depth = 3.5
        else:
            changed.harbours["west"] = Harbour("Westby", 2.0)
        assert not still_valid(reads, changed), change


def test_a_page_depends_on_its_own_context_read_field_by_field() -> None:
    mine = Harbour("Oldport", 7.5, next=Harbour("Newhaven", 3.0, {"pier"}))
    _, reads = render_recorded("{{ harbour.name }} then {{ harbour.next.name }}", a_coast(), harbour=mine)
    assert reads is not None
    neighbour_changed = Harbour("Oldport", 7.5, next=Harbour("Newhaven", 9.0, {"dock"}))
    assert still_valid(reads, a_coast(), harbour=neighbour_changed)  # its depth is not shown
    renamed = Harbour("Oldport", 7.5, next=Harbour("New Haven", 3.0))
    assert not still_valid(reads, a_coast(), harbour=renamed)


def test_queries_with_plain_arguments_are_one_read_others_run_on_the_recorded_objects() -> None:
    _, reads = render_recorded("{{ q.deepest(1) }}", a_coast())
    assert reads is not None and list(reads) == ['["q",["c","deepest",[1]]]']
    shallower = a_coast()
    shallower.harbours["new"].depth = 1.0
    assert still_valid(reads, shallower)  # the answer is still Farwick
    deeper = a_coast()
    deeper.harbours["old"].depth = 20.0
    assert not still_valid(reads, deeper)
    _, reads = render_recorded("{% set seen = [] %}{{ q.remember(seen, coast.note) }}", a_coast())
    assert reads is not None and list(reads) == ['["coast",["a","note"]]']  # the list went to the real method


def test_a_call_argument_that_cannot_be_written_down_makes_the_page_uncacheable() -> None:
    _, reads = render_recorded("{{ coast.harbours.get(marker) }}", a_coast(), marker=object())
    assert reads is None


def test_a_template_cannot_change_the_story() -> None:
    with pytest.raises(TypeError):
        render_recorded("{% set x = coast.__setattr__('note', 'x') %}", a_coast())


# --------------------------------------------------------------------------- the fixture story


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return fixture_site_project(tmp_path)


def build(project: Path, cache: str = ".cache") -> tuple[dict[str, str | bytes], list[str]]:
    result = build_site_files(Settings(project_dir=project, cache_dir=Path(cache), workers=1))
    return result.files, result.stats.pages_rendered


def rebuild(project: Path) -> tuple[dict[str, str | bytes], list[str]]:
    """A build that misses the whole-site cache, so that the pages are rendered or reused."""
    shutil.rmtree(project / ".cache" / "site", ignore_errors=True)
    return build(project)


def pages(files: Mapping[str, str | bytes]) -> set[str]:
    return {path for path in files if path.endswith(".md")}


@pytest.mark.slow
def test_an_unchanged_story_renders_no_page_and_gives_the_same_files(project: Path) -> None:
    first, rendered = build(project)
    assert set(rendered) == pages(first)
    again, rendered = rebuild(project)
    assert rendered == [] and again == first


@pytest.mark.slow
def test_a_changed_fact_re_renders_the_pages_that_show_it_and_gives_a_fresh_builds_bytes(
        project: Path) -> None:
    before, _ = build(project)
    story, _ = build_story(Settings(project_dir=project, cache_dir=Path("scratch"), workers=1))
    fact = story.quantities[0]
    (project / "seeds" / "story.yml").write_text(f"quantities:\n  {fact.id}:\n    value: 987654\n",
                                                 encoding="utf-8")
    after, rendered = rebuild(project)
    changed = {path for path in pages(after) if after[path] != before[path]}
    showing = {path for path in pages(after) if "987,654" in str(after[path])}
    assert showing and showing <= changed <= set(rendered)
    # Besides the pages that show it, only index pages whose listed views carry the fact: no other
    # article or person page.
    extra = set(rendered) - changed
    assert all(path.endswith("index.md") or path.count("/") == 0 for path in extra), extra
    assert len(rendered) < len(pages(after)) / 2
    assert after == build(project, "fresh-cache")[0]


@pytest.mark.slow
def test_a_changed_template_re_renders_every_page(project: Path) -> None:
    first, _ = build(project)
    layout = project / "site-templates" / "layouts" / "page.md.j2"
    layout.write_text(layout.read_text(encoding="utf-8") + "\nEvery page says this.\n", encoding="utf-8")
    after, rendered = rebuild(project)
    assert set(rendered) == pages(first)
    assert all("Every page says this." in str(after[path]) for path in rendered)


@pytest.mark.slow
def test_a_corrupt_or_tampered_entry_is_rendered_again(project: Path) -> None:
    first, _ = build(project)
    entries = sorted((project / ".cache" / "page-markdown").glob("*/*.json"))
    entries[0].write_text("{not json", encoding="utf-8")
    document = json.loads(entries[1].read_text(encoding="utf-8"))
    document["value"]["reads"] = {'["site",["c","__init__",[]]]': "0" * 32}
    entries[1].write_text(json.dumps(document), encoding="utf-8")
    again, rendered = rebuild(project)
    assert len(rendered) == 2 and again == first


@pytest.mark.slow
def test_a_page_stored_under_another_glossary_has_its_glossary_read_worked_out_again(project: Path) -> None:
    """A page's glossary read is taken as stored only under the same glossary (its fingerprint is
    stored with the page); under another, it is worked out again from the page's words."""
    first, _ = build(project)
    entries = sorted((project / ".cache" / "page-markdown").glob("*/*.json"))
    for position, entry in enumerate(entries[:2]):
        document = json.loads(entry.read_text(encoding="utf-8"))
        assert document["value"]["glossary"]
        document["value"]["glossary"] = "another glossary"
        if position == 0:  # a read that the page's words do not give
            document["value"]["reads"]['["glossary"]'] = "0" * 32
        entry.write_text(json.dumps(document), encoding="utf-8")
    again, rendered = rebuild(project)
    assert len(rendered) == 1 and again == first


def test_python_code_given_a_recorded_object_sees_its_class() -> None:
    template = "{{ coast.harbours is mapping }} {{ is_harbour(coast.harbours.get('old')) }}"
    text, reads = render_recorded(template, a_coast())
    assert text == "True True" and reads is not None


def test_a_context_value_without_a_fingerprint_makes_the_page_uncacheable() -> None:
    assert render_recorded("{{ 1 }}", a_coast(), helper=lambda: None)[1] is None


@pytest.mark.slow
def test_pages_rendered_in_forked_processes_are_recorded_like_the_others(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.render import site

    one_core, _ = build(project, "one-core")
    monkeypatch.setattr(site, "PARALLEL_PAGES", 1)
    forked = build_site_files(Settings(project_dir=project, cache_dir=Path("forked"), workers=2))
    assert forked.files == one_core
    shutil.rmtree(project / "forked" / "site")
    again = build_site_files(Settings(project_dir=project, cache_dir=Path("forked"), workers=2))
    assert again.stats.pages_rendered == [] and again.files == one_core
