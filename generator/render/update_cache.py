"""The Updates log's days reused while the parts of the story they are worked out from are unchanged.

`build_updates` reads the articles, the facts, and of the entities only which there are, their
names and mentions (who is new in the story, who a pronoun stands for); an editor's fix of a role or
a description changes none of that, yet working the log out again costs about a third of a second
at 1,000 articles. The days are stored as plain data that names articles and entities by id, and
restored with this build's own Article and Entity objects, so that the pages read today's objects.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.cache.store import Cache
from generator.models import Story
from generator.story.updates import ArticleUpdate, UpdateDay, UpdateLine, build_updates

if TYPE_CHECKING:
    from generator.cache.views import StoryParts

NAMESPACE = "updates-log"
KEPT = 8  # a few builds' worth: undoing an edit finds the log again
# What build_updates reads (cache/views.py). Quotes and claims are kept in the key though only
# the sentences of events and figures make lines today.
UPDATES_PARTS = ("articles", "entities.named", "quantities", "quotes", "claims", "timeline")


def updates_days(story: Story, parts: StoryParts | None, cache_dir: Path | None) -> list[UpdateDay]:
    """`build_updates(story)`, from the cache when `parts` gives a key and the entry is there."""
    if parts is None or cache_dir is None:
        return build_updates(story)
    cache = Cache(cache_dir, NAMESPACE)
    key = parts.key("updates", UPDATES_PARTS)
    days = restored_days(cache.load_json(key), story)
    if days is None:
        days = build_updates(story)
        cache.store_json(key, stored_days(days))
        cache.prune(KEPT, slack=KEPT)
    return days


def stored_days(days: list[UpdateDay]) -> list[dict[str, Any]]:
    return [{"date": day.date.isoformat() if day.date else None,
             "articles": [_stored_update(update) for update in day.articles]} for day in days]


def _stored_update(update: ArticleUpdate) -> dict[str, Any]:
    return {"article": update.article.id,
            "developments": [dataclasses.asdict(line) for line in update.developments],
            "revisions": [dataclasses.asdict(line) for line in update.revisions],
            "new_entities": [entity.id for entity in update.new_entities]}


def restored_days(entry: object, story: Story) -> list[UpdateDay] | None:
    """The stored days with this story's objects; None for an entry that is malformed or names an
    article or entity the story no longer has (then the log is worked out again)."""
    if not isinstance(entry, list):
        return None
    articles = {article.id: article for article in story.articles}
    entities = {entity.id: entity for entity in story.entities}
    try:
        return [UpdateDay(dt.date.fromisoformat(day["date"]) if day["date"] else None,
                          [ArticleUpdate(articles[update["article"]],
                                         [UpdateLine(**line) for line in update["developments"]],
                                         [UpdateLine(**line) for line in update["revisions"]],
                                         [entities[ident] for ident in update["new_entities"]])
                           for update in day["articles"]])
                for day in entry]
    except (KeyError, TypeError, ValueError):
        return None
