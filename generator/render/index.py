"""The site index: every page and every fact's place on it, built once per build from the Story.

Resolves ids to pages, sources to sentence anchors, conflicts to the facts they contradict, and
entities to the facts that involve them; decides which entities earn a page and when a fact list
is split by year."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from generator.config import LIST_PAGE_FACTS
from generator.models import (
    Article,
    ArticleTimex,
    Claim,
    Entity,
    Fact,
    Mention,
    Quantity,
    Quote,
    Source,
    Story,
    TimelineEntry,
)
from generator.render.escape import (
    anchor_id,
    glossary_term,
    plain_text,
    safe_url,
)
from generator.render.excerpts import excerpt_sentences
from generator.render.intros import entity_intros
from generator.render.layout import FACT_LISTS
from generator.render.list_parts import fact_list
from generator.render.namesake_titles import namesake_titles
from generator.render.paths import (
    _ACRONYM,
    UniquePaths,
    article_folder,
    entity_folder,
    entity_folders,
    month_key,
    sentence_target,
)
from generator.render.views import (
    ArticleView,
    EntitySection,
    EntityView,
    FactLink,
    FactPart,
    FactView,
    SourceLink,
    describe_fact,
    distinct_roles,
    event_start,
    iter_facts,
    shown_speaker,
)
from generator.story.summary import SentenceRef, told_in_one_sentence
from generator.wording import ENTITY_TYPE_LABELS, ENTITY_TYPE_SECTIONS, human_date

# A place or group earns a page when it is in as many sentences that carry facts as this share of the
# most central place or group (at least CENTRAL_MIN, and CENTRAL_ENOUGH always suffices).
CENTRAL_SHARE = 0.4
CENTRAL_MIN = 3
CENTRAL_ENOUGH = 20
LINKED_SENTENCE_WEIGHT = 1_000  # outweighs any count of facts: see SiteIndex._excerpt_weights
LINKED_RANKS = 1_000  # quoted sentences told apart by the order they are quoted in


def merits_page(entity: Entity, has_role: bool, speaks: bool, fact_sentences: int, central: int) -> bool:
    """Whether an entity gets a page of its own; the people index lists everyone either way.

    People and organisations act in a story: a second mention, a role, a quote or a report is
    enough. Places and groups are mostly setting ("in Europe", "voters"): only those in at least
    `central` sentences that carry facts are worth a page. Laws and other names sit in between.
    """
    if speaks:
        return True
    if entity.type in ("person", "organization"):
        return len(entity.mentions) >= 2 or has_role
    if entity.type in ("place", "group"):
        return fact_sentences >= central
    return len(entity.mentions) >= 2 or fact_sentences >= 2


def central_threshold(counts: Iterable[int]) -> int:
    """How many fact sentences make a place or group central, relative to the most central one."""
    top = max(counts, default=0)
    return max(CENTRAL_MIN, min(math.ceil(CENTRAL_SHARE * top), CENTRAL_ENOUGH))


class SiteIndex:
    """Everything the templates look up, computed once per build and not changed afterwards.

    `linked_sentences` are sentences that pages outside the fact lists link to (the home page's
    lines): their article pages keep them, excerpts mode included, ahead of other sentences.

    In `excerpts` mode (`full_text` false) an article page quotes only its excerpt sentences
    (`excerpt`); any other page quotes an article's sentence only when it is one of them
    (`quotable`), so the site as a whole never shows more of an article than its excerpts."""

    def __init__(
        self, story: Story, linked_sentences: Iterable[SentenceRef] = (), full_text: bool = False,
        list_page_facts: int = LIST_PAGE_FACTS,
    ) -> None:
        self.story = story
        self.full_text = full_text
        self.list_page_facts = list_page_facts
        self._excerpts: dict[str, set[int]] = {}
        # Sentences other pages quote, per article: they come first in an article's excerpts.
        self.home_sentences: dict[str, dict[int, int]] = {}  # article -> sentence -> its rank
        self._linked_count = 0
        self.articles = self._article_views(story.articles)
        self._sentence_entities = self._entities_by_sentence()
        self.facts = [self._fact_view(fact) for fact in iter_facts(story)]
        self.facts_by_id = {view.fact.id: view for view in self.facts}
        self.fact_lists = {kind: self._fact_list(kind) for kind in FACT_LISTS}
        self._link_conflicts()
        self.entities = self._entity_views(story.entities)
        self._attach_facts()
        self._keep_role_sentences()
        # A law's page opens with the sentence that says what it is: one short sentence per law,
        # kept before the home page's (which then say their fact in its own words if need be).
        self.intros = entity_intros(self)
        for sentence in linked_sentences:
            self.articles[sentence.article].sentences.add(sentence.index)
            self.link_sentence(sentence.article, sentence.index)
        # Per-article lookups, so that rendering N articles stays linear in N.
        self.mentions_by_article: dict[str, list[tuple[Mention, EntityView]]] = {}
        for view in self.entities.values():
            for mention in view.entity.mentions:
                self.mentions_by_article.setdefault(mention.article, []).append((mention, view))
        self.timexes_by_article: dict[str, list[ArticleTimex]] = {}
        for timex in story.timexes:
            self.timexes_by_article.setdefault(timex.article, []).append(timex)

    # ------------------------------------------------------------------ articles and sources

    def _article_views(self, articles: Iterable[Article]) -> dict[str, ArticleView]:
        paths = UniquePaths()
        views = {}
        for article in articles:
            month = month_key(article.published)
            views[article.id] = ArticleView(
                article=article,
                page=paths.claim(article_folder(month), article.id),
                month=month,
                date=human_date(article.published),
                url=safe_url(article.url),
            )
        return views

    def sentence_index(self, source: Source) -> int | None:
        view = self.articles.get(source.article)
        if view is None:
            return None
        if 0 <= source.sentence_index < len(view.article.sentences):
            return source.sentence_index
        sentence = view.article.sentence_at(source.start)
        return sentence.index if sentence else None

    def source_link(self, source: Source) -> SourceLink | None:
        view = self.articles.get(source.article)
        if view is None:
            return None
        index = self.sentence_index(source)
        return SourceLink(
            article=source.article,
            outlet=plain_text(view.article.outlet),
            title=plain_text(view.article.title),
            date=view.date,
            estimated=view.article.published_estimated,
            target=sentence_target(view.page, index),
            sentence=plain_text(source.sentence),
            sentence_index=index,
        )

    def _source_links(self, sources: Iterable[Source]) -> list[SourceLink]:
        links: dict[tuple[str, str], SourceLink] = {}
        seen: set[tuple[str, int | None]] = set()
        for source in sources:
            # One link per sentence, made once: a fact found thousands of times in one long sentence
            # would otherwise clean that sentence thousands of times.
            sentence_key = (source.article, self.sentence_index(source))
            if sentence_key in seen:
                continue
            seen.add(sentence_key)
            link = self.source_link(source)
            if link is not None:
                links.setdefault((link.article, link.target), link)
        return list(links.values())

    # ------------------------------------------------------------------ facts

    def _fact_view(self, fact: Fact) -> FactView:
        kind, headline, text, detail, date = describe_fact(fact)
        sources = self._source_links(fact.sources)
        view = FactView(
            id=anchor_id(fact.id),
            kind=kind,
            headline=headline,
            text=text,
            detail=detail,
            date=date,
            sources=sources,
            corroboration=max(fact.corroboration, len({link.article for link in sources})),
            outlets=sorted({plain_text(outlet) for outlet in fact.outlets if outlet}),
            edit=fact.edit,
            fact=fact,
        )
        view.entities = self._fact_entities(fact)
        if isinstance(fact, Quote) and sources and sources[0].date:
            view.headline += f", {sources[0].date}"  # tells apart several quotes by the same speaker
        if isinstance(fact, Quote):
            view.speaker, view.speaker_id = shown_speaker(fact.speaker, fact.speaker_id), fact.speaker_id
        elif isinstance(fact, Claim):
            view.speaker, view.speaker_id = shown_speaker(fact.by, fact.by_id), fact.by_id
        for source in fact.sources:
            index = self.sentence_index(source)
            article = self.articles.get(source.article)
            if article is not None and index is not None:
                article.sentences.add(index)
                if view.id not in article.fact_ids:
                    article.fact_ids.add(view.id)
                    article.facts.append(view)
        return view

    def _fact_list(self, kind: str) -> FactPart:
        """The list page of one kind of fact; a long list split by period (render/list_parts.py)."""
        return fact_list(kind, self.facts_of_kind(kind), self._fact_date, self.list_page_facts)

    def _fact_date(self, view: FactView) -> dt.date | None:
        """An event's start; for other facts the day of the first article that reported them."""
        if view.kind == "event":
            return event_start(view)
        dates = [self.articles[link.article].article.published for link in view.sources
                 if link.article in self.articles]
        return min((date for date in dates if date is not None), default=None)

    def _link_conflicts(self) -> None:
        for view in self.facts:
            for other_id in view.fact.conflicts_with:
                other = self.facts_by_id.get(other_id)
                if other is None or other is view or told_in_one_sentence(view.fact, other.fact):
                    continue  # one sentence giving two figures is no disagreement of sources
                view.conflicts.append(FactLink(other.id, other.headline, other.target))

    # ------------------------------------------------------------------ entities

    def _entities_by_sentence(self) -> dict[tuple[str, int], list[str]]:
        found: dict[tuple[str, int], list[str]] = {}
        for entity in self.story.entities:
            for mention in entity.mentions:
                view = self.articles.get(mention.article)
                sentence = view.article.sentence_at(mention.start) if view else None
                if sentence is not None:
                    ids = found.setdefault((mention.article, sentence.index), [])
                    if entity.id not in ids:
                        ids.append(entity.id)
        return found

    def _fact_entities(self, fact: Fact) -> list[str]:
        explicit: list[str | None] = []
        if isinstance(fact, Quantity | TimelineEntry):
            explicit.extend(fact.entities)
        if isinstance(fact, Quote):
            explicit.append(fact.speaker_id)
        if isinstance(fact, Claim):
            explicit.append(fact.by_id)
        ids = [ident for ident in explicit if ident]
        for source in fact.sources:
            index = self.sentence_index(source)
            if index is not None:
                ids.extend(self._sentence_entities.get((source.article, index), []))
        return list(dict.fromkeys(ids))

    def _entity_views(self, entities: Iterable[Entity]) -> dict[str, EntityView]:
        entities = list(entities)
        with_page = self._entities_meriting_pages(entities)
        folders = entity_folders(entities, with_page)
        paths = UniquePaths()
        views = {}
        names = {entity.id: plain_text(entity.name) for entity in entities}
        titles = namesake_titles(entities, names)
        for entity in entities:
            roles = distinct_roles([plain_text(role.role) for role in entity.roles if role.role.strip()])
            views[entity.id] = EntityView(
                id=anchor_id(entity.id),
                entity=entity,
                name=titles.get(entity.id, names[entity.id]),
                type_label=ENTITY_TYPE_LABELS.get(entity.type, "Other"),
                roles=roles,
                aliases=[plain_text(alias) for alias in entity.aliases if plain_text(alias) != entity.name],
                mention_count=len(entity.mentions),
                articles=self._in_publication_order({mention.article for mention in entity.mentions}),
                page=paths.claim(folders[entity.id], entity.id) if entity.id in with_page else None,
                link=safe_url(entity.link),
            )
        return views

    def _entities_meriting_pages(self, entities: list[Entity]) -> set[str]:
        speakers = {view.speaker_id for view in self.facts if view.speaker_id}
        sentences: dict[str, set[str]] = {}
        for fact in self.facts:
            for ident in fact.entities:
                sentences.setdefault(ident, set()).update(link.target for link in fact.sources)
        central = central_threshold(
            len(sentences.get(e.id, ())) for e in entities if e.type in ("place", "group")
        )
        return {
            entity.id
            for entity in entities
            if merits_page(
                entity,
                any(role.role.strip() for role in entity.roles),
                entity.id in speakers,
                len(sentences.get(entity.id, ())),
                central,
            )
        }

    def _in_publication_order(self, article_ids: Iterable[str]) -> list[str]:
        def key(ident: str) -> tuple[bool, dt.date, str]:
            view = self.articles.get(ident)
            published = view.article.published if view else None
            return (published is None, published or dt.date.min, ident)

        return sorted(article_ids, key=key)

    def _attach_facts(self) -> None:
        for view in self.facts:
            for ident in view.entities:
                entity = self.entities.get(ident)
                if entity is not None:
                    entity.facts.append(view)

    def _keep_role_sentences(self) -> None:
        """Entity pages link each role to the sentence that states it: keep those in excerpts."""
        for entity in self.story.entities:
            for role in entity.roles:
                for source in role.sources:
                    index = self.sentence_index(source)
                    article = self.articles.get(source.article)
                    if article is not None and index is not None:
                        article.sentences.add(index)

    # ------------------------------------------------------------------ excerpts

    def link_sentence(self, article: str, index: int) -> None:
        """Note a sentence another page quotes; the first noted rank first (see _excerpt_weights)."""
        self._linked_count += 1
        self.home_sentences.setdefault(article, {}).setdefault(index, self._linked_count)

    def excerpt(self, article_id: str) -> set[int] | None:
        """Indexes of the sentences an article's page quotes; None when articles are shown whole."""
        if self.full_text:
            return None
        if article_id not in self._excerpts:
            view = self.articles[article_id]
            weights = self._excerpt_weights(view)
            self._excerpts[article_id] = excerpt_sentences(view.article.sentences, weights)
        return self._excerpts[article_id]

    def quotable(self, article_id: str, index: int | None) -> bool:
        """Whether a page may quote this sentence whole: articles are shown whole, or it is one of
        its article's excerpt sentences."""
        if article_id not in self.articles or index is None:
            return False
        excerpt = self.excerpt(article_id)
        return excerpt is None or index in excerpt

    def quotable_link(self, link: SourceLink) -> bool:
        return self.quotable(link.article, link.sentence_index)

    def _excerpt_weights(self, view: ArticleView) -> dict[int, int]:
        """Candidate sentence -> how many of the site's facts rest on it (sentences that other pages
        link to for roles or the home page carry no fact of their own, but still compete)."""
        weights = dict.fromkeys(view.sentences, 0)
        for fact in view.facts:
            for source in fact.fact.sources:
                sentence = self.sentence_index(source) if source.article == view.article.id else None
                if sentence is not None and sentence in weights:
                    weights[sentence] += 1
        # A sentence another page quotes is what a reader following its link expects to find: it
        # goes before every other candidate while the excerpt share allows.
        # Among them, the one quoted first (the home page's newest news) wins.
        for sentence, rank in self.home_sentences.get(view.article.id, {}).items():
            if sentence in weights:
                weights[sentence] += LINKED_SENTENCE_WEIGHT * (LINKED_RANKS - min(rank, LINKED_RANKS - 1))
        return weights

    # ------------------------------------------------------------------ lookups for templates

    def sentence_link(self, article_id: str, index: int) -> str:
        """Where a line that quotes or stands for an article's sentence links to."""
        return sentence_target(self.articles[article_id].page, index)

    def entity_page(self, ident: str | None) -> str | None:
        view = self.entities.get(ident) if ident else None
        return view.page if view else None

    def entity_name(self, ident: str) -> str:
        view = self.entities.get(ident)
        return view.name if view else ident

    def facts_of_kind(self, kind: str) -> list[FactView]:
        return [view for view in self.facts if view.kind == kind]

    def major_entities(self) -> list[EntityView]:
        return [view for view in self.entities.values() if view.page]

    def entity_sections(self) -> list[EntitySection]:
        """One index page per entity type with pages, plus one per initial when the type is split."""
        sections = []
        for entity_type, views in self.entities_with_pages().items():
            label = ENTITY_TYPE_SECTIONS.get(entity_type, "Other names")
            top = EntitySection(entity_folder(entity_type), label, entity_type, views)
            by_folder: dict[str, list[EntityView]] = {}
            for view in views:
                assert view.page is not None
                by_folder.setdefault(view.page.rsplit("/", 1)[0], []).append(view)
            parts = [
                EntitySection(folder, f"{label}: {folder.rsplit('/', 1)[1].upper()}", entity_type, members)
                for folder, members in sorted(by_folder.items())
                if folder != top.folder
            ]
            top.parts = parts
            sections += [top, *parts]
        return sections

    def entities_with_pages(self) -> dict[str, list[EntityView]]:
        """Entities with a page, by type (in the order of ENTITY_TYPE_SECTIONS), most mentioned first."""
        by_type: dict[str, list[EntityView]] = {kind: [] for kind in ENTITY_TYPE_SECTIONS}
        for view in self.major_entities():
            by_type.setdefault(view.entity.type, []).append(view)
        for views in by_type.values():
            views.sort(key=lambda v: (-v.mention_count, v.name.casefold(), v.id))
        return {kind: views for kind, views in by_type.items() if views}

    def glossary(self) -> list[tuple[str, str]]:
        """(term, canonical name) for acronyms and nicknames: aliases sharing no word with the name."""
        terms: dict[str, str] = {}
        for view in self.entities.values():
            name = glossary_term(view.name)
            if name is None:
                continue
            name_words = {word.lower() for word in name.split()}
            for alias in view.aliases:
                term = glossary_term(alias)
                # Terms are matched in escaped page text, where punctuation is encoded: only plain
                # words can match, so only those are worth defining.
                if term is None or not all(part.isalnum() for part in term.split()):
                    continue
                is_nickname = not name_words & {word.lower() for word in term.split()}
                if (_ACRONYM.match(term) and term.isupper()) or (is_nickname and len(term.split()) <= 3):
                    terms.setdefault(term, name)
        return sorted(terms.items())

