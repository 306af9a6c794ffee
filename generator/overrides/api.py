"""Editors' YAML overrides: correct, add, hide and pin facts; the corrections survive every rebuild.

Editors cannot edit generated pages (the next build regenerates them), so they write YAML: a story file
(default `seeds/story.yml`) and optional per-article sidecars (`seeds/<article-id>.yml`). The format is
documented in `docs/editing.md`; its JSON Schema (`generator/schema/`) is generated from the models in
`schema`.

The stages:

* `load_overrides` reads and validates the files (`yaml_reader`, `files`);
* `apply_article_metadata` runs before annotation, because publication dates steer date normalisation;
* `apply_overrides` runs on the merged Story (`entities`, `facts`).

The starter story file of `explainer overrides init` is `starter`.
"""

from __future__ import annotations

import copy

from generator.config import Settings
from generator.models import Article, Story
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
from generator.overrides.schema import FactSource, write_schemas

__all__ = [
    "OverrideProblem",
    "Overrides",
    "apply_article_metadata",
    "apply_overrides",
    "check",
    "load_overrides",
    "write_schemas",
]



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
