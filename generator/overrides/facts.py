"""Applying loaded overrides to the merged Story: facts, additions, featured facts, charts.

Every change is keyed by the stable id the extraction gave; an id that no longer exists is reported as
stale with the closest current id, never dropped in silence. Changed and added objects carry an `Edit`
so that the site can say what the editor did.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Iterable

from generator.models import (
    Article,
    Claim,
    Edit,
    EventDate,
    Fact,
    HomeLineEdit,
    Quantity,
    Quote,
    Source,
    Story,
    TimelineEntry,
)
from generator.overrides.files import OverrideFile, OverrideProblem, stale_hint
from generator.overrides.schema import (
    ArticleMetadata,
    FactSource,
    Hideable,
    HomeLineChange,
    NewClaim,
    NewFact,
    NewQuantity,
    NewQuote,
    NewTimelineEntry,
    StoryFile,
    TimelineChange,
)
from generator.overrides.yaml_reader import KeyPath

FACT_SECTIONS = ("quantities", "quotes", "claims", "timeline")
ARTICLE_FIELDS = ("title", "outlet", "url", "author", "published", "copyright_year")
_NOT_FIELDS = {"hide", "note", "mod"}


# --------------------------------------------------------------------------- articles


def edited_article(article: Article, metadata: Iterable[ArticleMetadata]) -> Article | None:
    """The article with the editor's metadata, or None when an editor hides it."""
    metadata = list(metadata)
    update: dict[str, object] = {}
    hidden = False
    for entry in metadata:
        update.update(
            {name: getattr(entry, name) for name in ARTICLE_FIELDS if name in entry.model_fields_set}
        )
        if "hide" in entry.model_fields_set:
            hidden = entry.hide
    if update.get("published") is not None:
        # The editor knows the date (or, with `published_estimated: true`, has chosen an estimate
        # and wants the site to keep saying so); either way the build has nothing to guess.
        update["published_estimated"] = any(entry.published_estimated for entry in metadata)
    if update.get("title") is None:
        update.pop("title", None)  # the title is required: clearing it keeps the extracted one
    return None if hidden else article.model_copy(update=update, deep=True)


# --------------------------------------------------------------------------- fact changes


def apply_fact_changes(story: Story, file: OverrideFile) -> list[OverrideProblem]:
    problems: list[OverrideProblem] = []
    for section in FACT_SECTIONS:
        facts: list[Fact] = getattr(story, section)
        by_id = {fact.id: fact for fact in facts}
        hidden: set[str] = set()
        for fact_id, change in getattr(file.content, section).items():
            fact = by_id.get(fact_id)
            if fact is None:
                problems.append(_stale_fact(file, section, fact_id, by_id))
            elif change.hide:
                hidden.add(fact_id)
            else:
                problems.extend(_change_fact(fact, change, file, (section, fact_id)))
        if hidden:
            setattr(story, section, [fact for fact in facts if fact.id not in hidden])
            forget_facts(story, hidden)
    return problems


def _stale_fact(file: OverrideFile, section: str, fact_id: str, current: Iterable[str]) -> OverrideProblem:
    message = f"no {_singular(section)} with id '{fact_id}' in the current extraction"
    return file.problem((section, fact_id), message, stale_hint(fact_id, current, "id"), kind="stale")


def _change_fact(fact: Fact, change: Hideable, file: OverrideFile, path: KeyPath) -> list[OverrideProblem]:
    """Set the fields the editor wrote; only those that really change are marked as edited."""
    problems = []
    requested = {
        name: getattr(change, name)
        for name in type(change).model_fields
        if name in change.model_fields_set and name not in _NOT_FIELDS
    }
    if (
        isinstance(change, TimelineChange)
        and isinstance(fact, TimelineEntry)
        and "mod" in change.model_fields_set
    ):
        requested.setdefault("date", fact.date.value)  # a new mod for the same date
    if isinstance(fact, TimelineEntry) and requested.get("date") is not None:
        requested["date"] = event_date(requested["date"], getattr(change, "mod", None))
    changed = []
    for name, value in requested.items():
        current = getattr(fact, name)
        if value is None and type(fact).model_fields[name].is_required():
            problems.append(
                file.problem((*path, name), f"'{name}' cannot be cleared", "give a value instead")
            )
            continue
        value = [] if value is None and isinstance(current, list) else value
        if value != current:
            setattr(fact, name, value)
            changed.append(name)
    if changed or change.note:
        fact.edit = merged_edit(fact.edit, changed, change.note)
    return problems


def merged_edit(edit: Edit | None, fields: Iterable[str], note: str | None, added: bool = False) -> Edit:
    current = edit or Edit()
    all_fields = list(dict.fromkeys([*current.fields, *fields]))
    return current.model_copy(
        update={"fields": all_fields, "note": note or current.note, "added": added or current.added}
    )


def forget_facts(story: Story, removed: set[str]) -> None:
    """Hidden facts leave no dangling references behind."""
    story.featured = [fact_id for fact_id in story.featured if fact_id not in removed]
    for fact in all_facts(story):
        if removed & set(fact.conflicts_with):
            fact.conflicts_with = [other for other in fact.conflicts_with if other not in removed]


def all_facts(story: Story) -> list[Fact]:
    return [fact for section in FACT_SECTIONS for fact in getattr(story, section)]


def _singular(section: str) -> str:
    return {"quantities": "quantity", "quotes": "quote", "claims": "claim", "timeline": "timeline entry"}[
        section
    ]


# --------------------------------------------------------------------------- added facts


def apply_additions(story: Story, file: OverrideFile) -> list[OverrideProblem]:
    problems: list[OverrideProblem] = []
    taken = {fact.id for fact in all_facts(story)}
    additions = file.content.add
    for section in FACT_SECTIONS:
        for index, new in enumerate(getattr(additions, section)):
            path: KeyPath = ("add", section, index)
            if new.id in taken:
                problems.append(
                    file.problem(
                        (*path, "id"),
                        f"a fact with id '{new.id}' already exists",
                        "choose a new id, or change that fact under its own id",
                    )
                )
                continue
            sources = resolve_source(story, new, file, (*path, "source"), problems)
            if sources is None:
                continue
            getattr(story, section).append(_new_fact(story, new, sources))
            taken.add(new.id)
    return problems


def resolve_source(
    story: Story, new: NewFact, file: OverrideFile, path: KeyPath, problems: list[OverrideProblem]
) -> list[Source] | None:
    """The fact's provenance; None (with a problem) when the article or sentence cannot be found."""
    reference = new.source
    if reference.note is not None:
        return []
    article_id = reference.article or file.article_id
    if article_id is None:
        problems.append(
            file.problem(path, "the source needs `article` (an article id)", "or use a `note` with a url")
        )
        return None
    article = story.article(article_id)
    if article is None:
        hint = stale_hint(article_id, (a.id for a in story.articles), "article id")
        problems.append(
            file.problem((*path, "article"), f"no article with id '{article_id}'", hint, kind="stale")
        )
        return None
    index = _sentence_position(article, reference, file, path, problems)
    if index is None:
        return None
    sentence = article.sentences[index]
    start, end = _span_in_sentence(sentence.text, getattr(new, "text", ""), sentence.start, sentence.end)
    return [
        Source(
            article=article.id, start=start, end=end, sentence=sentence.text, sentence_index=sentence.index
        )
    ]


def _sentence_position(
    article: Article,
    reference: FactSource,
    file: OverrideFile,
    path: KeyPath,
    problems: list[OverrideProblem],
) -> int | None:
    count = len(article.sentences)
    if reference.sentence is not None:
        if reference.sentence <= count:
            return reference.sentence - 1
        message = f"article '{article.id}' has {count} sentences; there is no sentence {reference.sentence}"
        problems.append(file.problem((*path, "sentence"), message, prefer_value=True))
        return None
    needle = _normalised(reference.text or "")
    for position, sentence in enumerate(article.sentences):
        if needle and needle in _normalised(sentence.text):
            return position
    message = f"no sentence of article '{article.id}' contains this text"
    problems.append(
        file.problem((*path, "text"), message, _closest_sentence(article, needle), prefer_value=True)
    )
    return None


def _closest_sentence(article: Article, needle: str) -> str:
    texts = [_normalised(sentence.text) for sentence in article.sentences]
    found = difflib.get_close_matches(needle, texts, n=1, cutoff=0.0)
    if not found:
        return "the article has no sentences"
    number = texts.index(found[0]) + 1
    excerpt = article.sentences[number - 1].text
    excerpt = excerpt if len(excerpt) <= 70 else excerpt[:67] + "..."
    return f"closest: sentence {number}, {excerpt!r}; or give `sentence: {number}`"


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _span_in_sentence(sentence: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The fact's own words inside the sentence when they are there verbatim, else the whole sentence."""
    offset = sentence.find(text) if text else -1
    return (start + offset, start + offset + len(text)) if offset >= 0 else (start, end)


def _new_fact(story: Story, new: NewFact, sources: list[Source]) -> Fact:
    articles = [a for a in story.articles if a.id in {source.article for source in sources}]
    common = {
        "id": new.id,
        "sources": sources,
        "corroboration": len(articles),
        "outlets": sorted({a.outlet for a in articles if a.outlet}),
        "edit": Edit(added=True, note=_added_note(new), url=new.source.url),
    }
    values = new.model_dump(exclude={"id", "source", "note", "mod"})
    if isinstance(new, NewQuantity):
        return Quantity(**common, **values)
    if isinstance(new, NewQuote):
        return Quote(**common, **values)
    if isinstance(new, NewClaim):
        return Claim(**common, **values)
    assert isinstance(new, NewTimelineEntry)
    values.update(date=event_date(new.date, new.mod), timex=new.timex or new.date)
    return TimelineEntry(**common, **values, reported=articles[0].published if articles else None)


def _added_note(new: NewFact) -> str | None:
    notes = [note for note in (new.source.note, new.note) if note]
    return " — ".join(notes) if notes else None


# --------------------------------------------------------------------------- story-wide settings


def apply_story_settings(story: Story, file: OverrideFile) -> list[OverrideProblem]:
    content = file.content
    assert isinstance(content, StoryFile)
    problems: list[OverrideProblem] = []
    if content.title is not None:
        story.title = content.title
    if "dek" in content.model_fields_set:
        story.dek = content.dek
    if content.featured is not None:
        problems.extend(_set_featured(story, file, content.featured))
    if content.home:
        problems.extend(_set_home_lines(story, file, content.home))
    if content.charts:
        by_id = {chart.id: chart for chart in story.charts}
        by_id.update({chart.id: chart.model_copy(deep=True) for chart in content.charts})
        story.charts = list(by_id.values())
    return problems


def _set_featured(story: Story, file: OverrideFile, wanted: list[str]) -> list[OverrideProblem]:
    problems = []
    facts = {fact.id: fact for fact in all_facts(story)}
    featured: list[str] = []
    for index, fact_id in enumerate(wanted):
        if fact_id in featured:
            problems.append(file.problem(("featured", index), f"'{fact_id}' is listed twice", kind="warning"))
        elif fact_id in facts:
            featured.append(fact_id)
        else:
            message = f"featured fact '{fact_id}' does not exist (or is hidden)"
            problems.append(
                file.problem(("featured", index), message, stale_hint(fact_id, facts, "id"), "stale")
            )
    story.featured = featured
    for fact in facts.values():
        fact.featured = fact.id in featured
    return problems


def _set_home_lines(
    story: Story, file: OverrideFile, wanted: dict[str, HomeLineChange]
) -> list[OverrideProblem]:
    """The editor's home page lines, keyed by a fact id or an entity id; an unknown id is reported."""
    problems = []
    known = {fact.id for fact in all_facts(story)} | {entity.id for entity in story.entities}
    for line_id, change in wanted.items():
        if line_id in known:
            story.home[line_id] = HomeLineEdit(**change.model_dump())
        else:
            message = f"home page line '{line_id}' is not a fact or entity id (or it is hidden)"
            hint = stale_hint(line_id, known, "id")
            problems.append(file.problem(("home", line_id), message, hint, "stale"))
    return problems


# --------------------------------------------------------------------------- dates


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def event_date(value: str, mod: str | None) -> EventDate:
    """An EventDate for a TIMEX3 value an editor wrote: the calendar span it covers and its EDTF form."""
    start, end = _span(value)
    edtf = f"{start.isoformat()}/{end.isoformat()}" if _WEEK.match(value) and start and end else value
    if mod == "APPROX":
        edtf += "~"
    return EventDate(value=value, mod=mod, edtf=edtf, start=start, end=end)


def _span(value: str) -> tuple[dt.date | None, dt.date | None]:
    try:
        if match := _DAY.match(value):
            day = dt.date(*map(int, match.groups()))
            return day, day
        if match := _MONTH.match(value):
            year, month = map(int, match.groups())
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if match := _YEAR.match(value):
            year = int(match.group(1))
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if match := _WEEK.match(value):
            year, week = map(int, match.groups())
            return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
    except ValueError:
        pass  # the schema checks the shape; an impossible date (2024-02-31) keeps no span
    return None, None
