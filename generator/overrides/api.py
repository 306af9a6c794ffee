"""Editors' YAML overrides: correct, add, hide and pin facts; the corrections survive every rebuild.

Editors cannot edit generated pages (the next build regenerates them), so they write YAML: a story file
(default `seeds/story.yml`) and optional per-article sidecars (`seeds/<article-id>.yml`). The format is
documented in `docs/editing.md`; its JSON Schema (`generator/schema/`) is generated from the models in
`override_schema`.

The stages:

* `load_overrides` reads and validates the files (`override_yaml`, `override_files`);
* `apply_article_metadata` runs before annotation, because publication dates steer date normalisation;
* `apply_overrides` runs on the merged Story (`override_entities`, `override_apply`).
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import yaml

from generator.config import Settings
from generator.models import Article, Claim, Fact, Quantity, Quote, Story, TimelineEntry
from generator.overrides.entities import EntityEditor
from generator.overrides.facts import (
    FACT_SECTIONS,
    apply_additions,
    apply_fact_changes,
    apply_story_settings,
    edited_article,
)
from generator.overrides.files import (
    OverrideFile,
    OverrideProblem,
    Overrides,
    load_overrides,
    stale_hint,
)
from generator.overrides.schema import SCHEMA_DIR, STORY_SCHEMA_FILE, FactSource, write_schemas

__all__ = [
    "OverrideProblem",
    "Overrides",
    "apply_article_metadata",
    "apply_overrides",
    "check",
    "load_overrides",
    "starter_story_yaml",
    "write_schemas",
    "write_starter",
]

DEFAULT_SCHEMA_REF = f"../generator/schema/{STORY_SCHEMA_FILE}"  # from seeds/ in this repository's layout
_SUMMARY_LENGTH = 72


def apply_article_metadata(articles: list[Article], overrides: Overrides) -> list[Article]:
    """Articles with the editor's metadata; hidden ones left out. Runs before annotation."""
    edited = (edited_article(article, overrides.article_metadata(article.id)) for article in articles)
    return [article for article in edited if article is not None]


def apply_overrides(
    story: Story, overrides: Overrides, in_place: bool = False
) -> tuple[Story, list[OverrideProblem]]:
    """The story as the editor wants it, and the overrides that did not apply. A new Story unless
    `in_place` (for a caller that owns `story`: copying a big story's facts costs seconds)."""
    edited = story if in_place else _editable_copy(story)
    problems: list[OverrideProblem] = []
    for file in overrides.files:
        problems.extend(EntityEditor(edited, file).apply())
        problems.extend(apply_fact_changes(edited, file))
    for file in overrides.files:  # after every change, so that an added id never collides with a later one
        problems.extend(apply_additions(edited, file))
    if overrides.story:
        problems.extend(apply_story_settings(edited, overrides.story))
    return edited, problems


def _editable_copy(story: Story) -> Story:
    """A copy of the story that the editors below may change without touching `story`.

    Overrides only read the articles and their time expressions, which are most of a big story's
    size: those are shared, and only the entities, facts and story settings are copied."""
    shared = {"articles", "timexes"}
    copied = {name: copy.deepcopy(getattr(story, name)) for name in Story.model_fields if name not in shared}
    return story.model_copy(update=copied)


# --------------------------------------------------------------------------- check


def check(settings: Settings) -> list[str]:
    """Every error in the seeds and the override files, one message each (empty: all valid).

    Facts are not extracted here (that needs the language model), so a fact id that no longer exists
    is reported by the build, not by `check`; article ids, sources of added facts and the files
    themselves are checked.
    """
    from generator.ingest.reader import load_articles

    articles, ingest_problems = load_articles(settings.seeds_path)
    messages = [problem.describe() for problem in ingest_problems if problem.severity == "error"]
    overrides, problems = load_overrides(
        settings.story_path, settings.overrides_path, [a.id for a in articles]
    )
    problems.extend(check_added_sources(articles, overrides))
    return messages + [problem.describe() for problem in problems if problem.kind != "warning"]


def check_added_sources(articles: list[Article], overrides: Overrides) -> list[OverrideProblem]:
    """Added facts must name an existing article and a sentence that is in it."""
    by_id = {article.id: article for article in articles}
    problems = []
    for file in overrides.files:
        for section in FACT_SECTIONS:
            for index, new in enumerate(getattr(file.content.add, section)):
                problem = _source_problem(file, new.source, ("add", section, index, "source"), by_id)
                if problem:
                    problems.append(problem)
    return problems


def _source_problem(
    file: OverrideFile, source: FactSource, path: tuple[str | int, ...], articles: dict[str, Article]
) -> OverrideProblem | None:
    if source.note is not None:
        return None
    article_id = source.article or file.article_id
    if article_id is None:
        return file.problem(path, "the source needs `article` (an article id)", "or use a `note` with a url")
    article = articles.get(article_id)
    if article is None:
        hint = stale_hint(article_id, articles, "article id")
        return file.problem((*path, "article"), f"no article with id '{article_id}'", hint, kind="stale")
    text = source.text
    if text and " ".join(text.casefold().split()) not in " ".join(article.text.casefold().split()):
        return file.problem(
            (*path, "text"), f"article '{article_id}' does not contain this text", prefer_value=True
        )
    number = source.sentence
    if number and article.sentences and number > len(article.sentences):
        message = (
            f"article '{article_id}' has {len(article.sentences)} sentences; there is no sentence {number}"
        )
        return file.problem((*path, "sentence"), message, prefer_value=True)
    return None


# --------------------------------------------------------------------------- starter file


def write_starter(story: Story, path: Path) -> bool:
    """Write a starter story file at `path`; never overwrite one (returns False when it exists)."""
    schema = (SCHEMA_DIR / STORY_SCHEMA_FILE).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    reference = Path(os.path.relpath(schema, path.parent.resolve())).as_posix()
    try:
        with path.open("x", encoding="utf-8") as handle:  # "x": fails if the file appeared meanwhile
            handle.write(starter_story_yaml(story, reference))
    except FileExistsError:
        return False
    return True


def starter_story_yaml(story: Story, schema_ref: str = DEFAULT_SCHEMA_REF) -> str:
    """A story file to start from: the title, and every current fact as comments with its id."""
    lines = [
        f"# yaml-language-server: $schema={schema_ref}",
        "#",
        "# Corrections to the extracted story, keyed by ids that stay the same from build to build.",
        "# Uncomment an entry and edit it. The format is documented in docs/editing.md.",
        "",
        f"title: {_scalar(story.title)}" if story.title else "# title: The story's title",
        f"dek: {_scalar(story.dek)}" if story.dek else "# dek: One or two sentences under the title.",
        "",
        *_featured_lines(story),
        *_article_lines(story),
        *_entity_lines(story),
    ]
    for section in FACT_SECTIONS:
        lines.extend(_fact_lines(section, getattr(story, section)))
    return "\n".join(lines).rstrip("\n") + "\n"


def _featured_lines(story: Story) -> list[str]:
    lines = ["# featured:  # fact ids for the home page, in order"]
    lines += [f"#   - {_scalar(fact_id)}" for fact_id in story.featured] or ["#   - a-fact-id"]
    return [*lines, ""]


def _article_lines(story: Story) -> list[str]:
    if not story.articles:
        return []
    lines = ["# articles:  # or one sidecar file per article: <article-id>.yml"]
    for article in story.articles:
        lines.append(f"#   {_scalar(article.id)}:  # {_summary(article.title)}")
        published = article.published.isoformat() if article.published else None
        status = (
            "  # not stated" if published is None else "  # estimated" if article.published_estimated else ""
        )
        lines.append(f"#     published: {_scalar(published)}{status}")
    return [*lines, ""]


def _entity_lines(story: Story) -> list[str]:
    if not story.entities:
        return []
    lines = ["# entities:"]
    for entity in story.entities:
        roles = f"; {', '.join(entity.role_names)}" if entity.roles else ""
        mentions = len(entity.mentions)
        summary = f"{entity.type}, {mentions} mention{'' if mentions == 1 else 's'}{roles}"
        lines += [f"#   {_scalar(entity.id)}:  # {_summary(summary)}", f"#     name: {_scalar(entity.name)}"]
    return [*lines, ""]


def _fact_lines(section: str, facts: list[Fact]) -> list[str]:
    if not facts:
        return []
    lines = [f"# {section}:"]
    for fact in facts:
        fields, summary = _fact_summary(fact)
        lines.append(f"#   {_scalar(fact.id)}:  # {_summary(summary)}")
        lines += [f"#     {key}: {_scalar(value)}" for key, value in fields]
    return [*lines, ""]


def _fact_summary(fact: Fact) -> tuple[list[tuple[str, object]], str]:
    """The fields an editor most often corrects, with their values, and a one-line summary."""
    if isinstance(fact, Quantity):
        value = int(fact.value) if fact.value.is_integer() else fact.value
        return [("value", value)], " ".join(part for part in (fact.text, fact.about) if part)
    if isinstance(fact, Quote):
        return [("speaker", fact.speaker)], f"{fact.speaker or 'unattributed'}: “{fact.text}”"
    if isinstance(fact, Claim):
        return [("by", fact.by)], f"{fact.kind} by {fact.by}: {fact.text}"
    assert isinstance(fact, TimelineEntry)
    fields: list[tuple[str, object]] = [("date", fact.date.value)]
    if fact.date.mod:
        fields.append(("mod", fact.date.mod))
    return fields, f"{fact.date.value}: {fact.text}"


def _summary(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _SUMMARY_LENGTH else line[: _SUMMARY_LENGTH - 1] + "…"


def _scalar(value: object) -> str:
    """One YAML scalar, quoted when needed, on one line."""
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1_000_000)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()
