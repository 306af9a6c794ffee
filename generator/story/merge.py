"""Merge the facts found in every article into one set of facts with their sources.

The same number, quotation or claim told by several articles (often copied almost word for word)
becomes one fact carrying every place it was found: `sources` (article, offsets, sentence),
`corroboration` (distinct articles) and `outlets` (distinct outlets).

When are two mentions the same fact?

* quantities: same value, unit and rate, and either the same counted noun (first word of `about`)
  or very similar sentences (word-set overlap); the same counted thing with a *different* value in
  similar context in another article is a conflict: both facts stay and name each other in
  `conflicts_with` (unless the qualifiers make the values compatible: "over 4,000" and "4,120");
* quotes and claims: the same words once normalised (case, punctuation), one text containing the
  other (a shortened copy), or nearly the same word set, said by the same speaker (or one source not
  naming the speaker); claims must also be of the same kind. The same words from two people are two
  facts; for quotes, a copy naming no speaker never links two (`quote_speakers`).

Ids are a short hash of a normalised content key (never offsets or article order), so they survive
adding, removing and reordering articles. The key of a quote or claim holds its speaker's last name
word ("la fontaine" for "La Fontaine" and "Marie-Claire La Fontaine"), which stays the same when a
later article names the speaker more fully. Where the members of a group disagree on a field, the
most frequent variant wins and ties go to the smallest, so the choice does not depend on order.
Facts are listed in reading order: by the position of their first source in `articles`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from generator.models import (
    Article,
    ArticleAnnotations,
    Claim,
    Entity,
    Quantity,
    QuantityMention,
    Quote,
    QuoteMention,
    Sentence,
    Source,
)
from generator.story.derived import find_parts, flag_count_conflicts, flag_part_conflicts
from generator.story.described_speakers import described_person
from generator.story.grouping import (
    SAME_SENTENCE_OVERLAP,
    SAME_TEXT_OVERLAP,
    Occurrence,
    about_key,
    assign_ids,
    group,
    most_common,
    most_common_optional,
    normalised_words,
    order,
    overlap,
    provenance,
    quantity_signature,
    representative,
    text_key,
    text_signature,
)
from generator.story.measures import (
    CONFLICT_CONTEXT_OVERLAP,
    QUALIFIER_BOUNDS,
    beyond_ratio,
    compatible,
    dates_agree,
    disagree,
    measured_words,
    ranges_exclude,
)
from generator.story.quote_speakers import flag_disputed_speakers, names_speaker, split_by_speaker
from generator.story.same_spans import join_same_spans

EntityIds = dict[tuple[str, int, int], str]
MIN_CONTAINED_WORDS = 5  # a shortened copy must keep at least this many words


# --------------------------------------------------------------------------- entry point


def merge_facts(
    articles: list[Article],
    annotations: list[ArticleAnnotations],
    entities: list[Entity],
    entity_ids: EntityIds,
) -> tuple[list[Quantity], list[Quote], list[Claim]]:
    """Quantities, quotes and claims of all articles, each found once with all its sources."""
    outlets = {article.id: article.outlet for article in articles}
    positions = {article.id: index for index, article in enumerate(articles)}
    resolver = EntityResolver(entities, entity_ids)
    by_article = sorted(
        (a for a in annotations if a.article_id in positions), key=lambda a: positions[a.article_id]
    )
    places = frozenset(entity.id for entity in entities if entity.type == "place")
    quantities = merge_quantities(occurrences(by_article, positions, "quantities"), outlets, resolver, places)
    quotes = merge_quotes(occurrences(by_article, positions, "quotes"), outlets, resolver)
    claims = merge_claims(occurrences(by_article, positions, "claims"), outlets, resolver)
    return quantities, quotes, claims


def occurrences(annotations: Iterable[ArticleAnnotations], positions: dict[str, int],
                layer: str) -> list[Occurrence]:
    found: list[Occurrence] = []
    for annotation in annotations:
        for mention in getattr(annotation, layer):
            sentence = sentence_of(annotation.sentences, mention.sentence, mention.start)
            source = Source(
                article=annotation.article_id, start=mention.start, end=mention.end,
                sentence=sentence.text if sentence else mention.text,
                sentence_index=sentence.index if sentence else -1,
            )
            bounds = (sentence.start, sentence.end) if sentence else (mention.start, mention.end)
            found.append(Occurrence(annotation.article_id, positions[annotation.article_id], mention, source,
                                    *bounds))
    return found


def sentence_of(sentences: list[Sentence], index: int, offset: int) -> Sentence | None:
    if 0 <= index < len(sentences):
        return sentences[index]
    return next((s for s in sentences if s.start <= offset < s.end), None)


# --------------------------------------------------------------------------- quantities


def merge_quantities(found: list[Occurrence], outlets: dict[str, str | None],
                     resolver: EntityResolver, places: frozenset[str] = frozenset()) -> list[Quantity]:
    groups = group(found, quantity_bucket, same_quantity, quantity_signature, quantity_profile)
    groups = join_same_spans(groups)  # "a 90-day stay" and "her 90-day stint": one figure
    facts: list[Quantity] = []
    for members in groups:
        best = representative(members, has_key(most_common(quantity_key(o.mention) for o in members)))
        mention = best.mention
        facts.append(Quantity(
            id="", text=mention.text, value=mention.value, value_to=mention.value_to, unit=mention.unit,
            qualifier=mention.qualifier, about=mention.about, rate=mention.rate,
            date=most_common_optional(o.mention.date for o in members),
            entities=resolver.entities_in_sentences(members),
            **provenance(members, outlets),
        ))
    assign_ids(facts, groups, "q", lambda _, members: most_common(quantity_key(o.mention) for o in members))
    flag_conflicts(facts, groups, places)
    return order(facts, groups)


def has_key(key: str) -> Callable[[Occurrence], bool]:
    return lambda occurrence: quantity_key(occurrence.mention) == key


def quantity_bucket(occurrence: Occurrence) -> tuple:
    mention = occurrence.mention
    return (mention.value, mention.value_to, mention.unit, mention.rate)


def same_quantity(a: Occurrence, b: Occurrence) -> bool:
    """One figure told twice: what it counts agrees (or its sentences do), and some value fits both
    wordings ("nearly 100" and "more than 100" are two figures, whatever they count)."""
    if a.mention.value_to is None and ranges_exclude((a.mention.value, a.mention.qualifier),
                                                     (b.mention.value, b.mention.qualifier)):
        return False
    about_a, about_b = about_key(a.mention.about), about_key(b.mention.about)
    if about_a and about_a == about_b:
        return dates_agree(a.mention.date, b.mention.date)
    return overlap(a.source.sentence, b.source.sentence) >= SAME_SENTENCE_OVERLAP


def quantity_profile(occurrence: Occurrence) -> tuple[str, str | None, str, str | None]:
    """Everything `same_quantity` reads from one occurrence besides its bucket (see `join_twins`)."""
    mention = occurrence.mention
    return about_key(mention.about), mention.date, occurrence.source.sentence, mention.qualifier


def quantity_key(mention: QuantityMention) -> str:
    bound = QUALIFIER_BOUNDS.get(mention.qualifier or "", "=")
    value = f"{mention.value:g}" if mention.value_to is None else f"{mention.value:g}-{mention.value_to:g}"
    return f"{value}|{mention.unit or ''}|{mention.rate or ''}|{about_key(mention.about)}|{bound}"


# A fact is compared with at most this many facts of its bucket next to it in value order: the nearest
# values are the ones a reader would weigh against it, and the cost stays linear in the facts.
MAX_NEIGHBOURS = 4


def flag_conflicts(facts: list[Quantity], groups: list[list[Occurrence]],
                   places: frozenset[str] = frozenset()) -> None:
    """Same thing counted with different values in another article: each names the other.

    Candidates are indexed by what they measure (unit, rate and the counted words) and sorted by value;
    a fact is compared only with the next few facts above it within `MAX_CONFLICT_RATIO` of its value,
    so a story with thousands of figures costs about n log n, not n².
    A part stated with its total ("40% of its 500 workers") is compared only with the same part of
    that total, and with bare counts of that part told elsewhere ("200 workers were laid off"), which
    are then not compared with the total (story/derived.py)."""
    articles = [frozenset(o.article for o in members) for members in groups]
    parts = find_parts(facts, groups)
    flag_part_conflicts(facts, groups, parts, places)
    part_and_total = flag_count_conflicts(facts, groups, parts, places)
    for members in conflict_candidates(facts, articles, frozenset(parts)):
        for x, i in enumerate(members):
            for j in members[x + 1:x + 1 + MAX_NEIGHBOURS]:
                if beyond_ratio(facts[i].value, facts[j].value):
                    break
                if articles[i] == articles[j] and len(articles[i]) == 1:
                    continue  # one article giving two values is a series, not a contradiction
                if frozenset((i, j)) in part_and_total:
                    continue  # a count told as a part elsewhere is no count of the whole
                a, b = facts[i], facts[j]
                if conflicting(a, b, groups[i], groups[j]) and disagree(a, b, places):
                    facts[i].conflicts_with.append(facts[j].id)
                    facts[j].conflicts_with.append(facts[i].id)
    for fact in facts:
        fact.conflicts_with = sorted(set(fact.conflicts_with))


def conflict_candidates(facts: list[Quantity], articles: list[frozenset[str]],
                        parts: frozenset[int] = frozenset()) -> list[list[int]]:
    """Indexes of the facts that may disagree, by what they measure, each list sorted by value; only
    single values (no ranges or scores, no parts of a stated total) of lists that come from two
    articles or more."""
    buckets: dict[tuple[object, ...], list[int]] = {}
    for index, fact in enumerate(facts):
        single = fact.value_to is None and fact.unit != "score" and index not in parts
        if single and fact.about and about_key(fact.about):
            buckets.setdefault((fact.unit, fact.rate, measured_words(fact.about)), []).append(index)
    return [sorted(members, key=lambda i: (facts[i].value, facts[i].id)) for members in buckets.values()
            if len(frozenset().union(*(articles[i] for i in members))) > 1]


def conflicting(a: Quantity, b: Quantity, members_a: list[Occurrence], members_b: list[Occurrence]) -> bool:
    if (a.value, a.value_to) == (b.value, b.value_to) or a.unit != b.unit or a.rate != b.rate:
        return False
    if a.value_to is not None or b.value_to is not None or a.unit == "score":
        return False  # ranges and scores are not compared by a single value
    key = about_key(a.about)
    if not key or key != about_key(b.about) or not dates_agree(a.date, b.date):
        return False
    if {o.article for o in members_a} == {o.article for o in members_b} and len(
            {o.article for o in members_a}) == 1:
        return False  # one article giving two values is a series, not a contradiction
    if compatible(a.value, a.qualifier, b.value) or compatible(b.value, b.qualifier, a.value):
        return False
    same_date = a.date is not None and a.date == b.date
    context = max(overlap(x.source.sentence, y.source.sentence, ignore_numbers=True)
                  for x in members_a for y in members_b)
    return same_date or context >= CONFLICT_CONTEXT_OVERLAP


# --------------------------------------------------------------------------- quotes and claims


# A quotation of this many words or fewer that the sentence runs on through ("had too much ‘good
# taste’ to wear a tie") is a term the writer marks, not words anyone said.
MAX_SCARE_QUOTE_WORDS = 3
_OPENING_MARKS = "\"'“‘«"
_CLOSING_MARKS = "\"'”’»"


def is_scare_quote(found: Occurrence[QuoteMention]) -> bool:
    """A few quoted words inside a clause: a word (not a comma or colon of speech) before the opening
    mark and a lower-case word of the same clause right after the closing one."""
    mention = found.mention
    if len(mention.text.split()) > MAX_SCARE_QUOTE_WORDS or mention.completes_verb:
        return False  # "Roe called the plan “a mess”": the speaker's words, however short
    sentence = found.source.sentence
    start, end = mention.start - found.sentence_start, mention.end - found.sentence_start
    if not (0 <= start <= end <= len(sentence)) or sentence[start:end] != mention.text:
        return False
    before = sentence[:start].rstrip(_OPENING_MARKS).rstrip()
    after = sentence[end:].lstrip(_CLOSING_MARKS).lstrip()  # punctuation after the mark ends the clause
    return before[-1:].isalpha() and after[:1].isalpha() and after[:1].islower()


def merge_quotes(found: list[Occurrence], outlets: dict[str, str | None],
                 resolver: EntityResolver) -> list[Quote]:
    found = [occurrence for occurrence in found if not is_scare_quote(occurrence)]
    same_words = group(found, lambda o: "", lambda a, b: same_text(a.mention.text, b.mention.text),
                       text_signature)
    groups: list[list[Occurrence]] = []
    quote_of: list[int] = []  # the index in `same_words` of each group: its copies' words
    for index, members in enumerate(same_words):
        parts = split_by_speaker(members, resolver)
        groups.extend(parts)
        quote_of.extend(index for _ in parts)
    facts: list[Quote] = []
    for members in groups:
        best = representative(members, lambda o: True, prefer_long=True)
        speaker, speaker_id = resolver.name_and_id(
            [(o.article, o.mention.speaker, o.mention.speaker_start, o.mention.speaker_end) for o in members],
            named=[names_speaker(o) for o in members])
        facts.append(Quote(
            id="", text=best.mention.text, speaker=speaker, speaker_id=speaker_id,
            date=most_common_optional(o.mention.date for o in members),
            reported_by=most_common_optional(o.mention.reported_by for o in members),
            mood=best.mention.mood,
            **provenance(members, outlets),
        ))
    assign_ids(facts, groups, "quote",
               lambda fact, members: f"{speaker_key(fact.speaker)}|{text_key(fact.text)}")
    flag_disputed_speakers(facts, quote_of, lambda i: {o.article for o in groups[i]})
    return order(facts, groups)


def merge_claims(found: list[Occurrence], outlets: dict[str, str | None],
                 resolver: EntityResolver) -> list[Claim]:
    groups = group(found, lambda o: (o.mention.kind, o.mention.mood, o.mention.polarity),
                   lambda a, b: same_text(a.mention.text, b.mention.text)
                   and resolver.same_speaker(a, b), text_signature)
    facts: list[Claim] = []
    for members in groups:
        best = representative(members, lambda o: True, prefer_long=True)
        by, by_id = resolver.name_and_id(
            (o.article, o.mention.by, o.mention.by_start, o.mention.by_end) for o in members)
        facts.append(Claim(
            id="", by=by or best.mention.by, by_id=by_id, text=best.mention.text, kind=best.mention.kind,
            mood=best.mention.mood, polarity=best.mention.polarity,
            wants=any(o.mention.wants for o in members),
            **provenance(members, outlets),
        ))
    assign_ids(facts, groups, "c",
               lambda fact, members: f"{_kind_key(fact)}|{speaker_key(fact.by)}|{text_key(fact.text)}")
    return order(facts, groups)


def _kind_key(claim: Claim) -> str:
    """The kind alone for a plain statement, so the ids of stated claims stay what they were."""
    mood = "" if claim.mood in {"statement", claim.kind} else f"/{claim.mood}"
    return claim.kind + mood + ("/not" if claim.polarity == "negative" else "")


def same_text(a: str, b: str) -> bool:
    words_a, words_b = normalised_words(a), normalised_words(b)
    if not words_a or not words_b:
        return False
    if words_a == words_b:
        return True
    shorter, longer = sorted((" ".join(words_a), " ".join(words_b)), key=len)
    if len(shorter.split()) >= MIN_CONTAINED_WORDS and f" {shorter} " in f" {longer} ":
        return True
    return overlap(a, b) >= SAME_TEXT_OVERLAP


def speaker_key(name: str | None) -> str:
    """The last word of the speaker's name: the same for "Smith" and "Jane Smith"."""
    words = normalised_words(name or "")
    return words[-1] if words else ""


class EntityResolver:
    """Maps a speaker/author mention to an entity: by overlapping mention, else by name or alias."""

    def __init__(self, entities: list[Entity], entity_ids: EntityIds) -> None:
        self.entities = {entity.id: entity for entity in entities}
        self.spans: dict[str, list[tuple[int, int, str]]] = {}
        for (article, start, end), entity_id in entity_ids.items():
            self.spans.setdefault(article, []).append((start, end, entity_id))
        for entity in entities:
            for mention in entity.mentions:
                self.spans.setdefault(mention.article, []).append((mention.start, mention.end, entity.id))
        for spans in self.spans.values():
            spans.sort()
        self.names: dict[str, set[str]] = {}
        for entity in entities:
            for name in [entity.name, *entity.aliases]:
                self.names.setdefault(name_key(name), set()).add(entity.id)
        self._endings = names_by_ending(self.names)
        self._named: dict[str, str | None] = {}
        self._described: dict[tuple[str, str], str | None] = {}

    def entity_at(self, article: str, start: int | None, end: int | None) -> str | None:
        """The entity named by the phrase at [start, end): a mention that holds its last word (the head
        of an English noun phrase), so "The Seattle-based company" is not Seattle."""
        if start is None or end is None:
            return None
        for span_start, span_end, entity_id in self.spans.get(article, []):
            if span_start < end and start < span_end and span_end >= end - 1:
                return entity_id
        return None

    def speaker_of(self, occurrence: Occurrence) -> str:
        """Who said or claimed it, as an entity id or a last-name key ("" when not named)."""
        mention = occurrence.mention
        if isinstance(mention, QuoteMention):
            name, start, end = mention.speaker, mention.speaker_start, mention.speaker_end
        else:
            name, start, end = mention.by, mention.by_start, mention.by_end
        entity_id = self.entity_at(occurrence.article, start, end) or self.entity_named(name)
        return entity_id or speaker_key(name)

    def same_speaker(self, a: Occurrence, b: Occurrence) -> bool:
        """Two sources may be one fact unless they name two different speakers."""
        speaker_a, speaker_b = self.speaker_of(a), self.speaker_of(b)
        if not speaker_a or not speaker_b or speaker_a == speaker_b:
            return True
        return speaker_key(self.display_name(speaker_a)) == speaker_key(self.display_name(speaker_b))

    def weight(self, speaker: str) -> int:
        """How much the story tells of a speaker: its entity's mentions (0 for a name alone)."""
        entity = self.entities.get(speaker)
        return len(entity.mentions) if entity else 0

    def display_name(self, speaker: str) -> str:
        entity = self.entities.get(speaker)
        return entity.name if entity else speaker

    def entity_named(self, name: str | None) -> str | None:
        if not name:
            return None
        key = name_key(name)
        if key not in self._named:  # speakers repeat: each name is looked up once per story
            self._named[key] = self._entity_with_name(key)
        return self._named[key]

    def _entity_with_name(self, key: str) -> str | None:
        exact = self.names.get(key, set())
        if len(exact) == 1:
            return next(iter(exact))
        # "La Fontaine" for "Marie-Claire La Fontaine": the only name ending in those words.
        endings = self._endings.get(key, set())
        return next(iter(endings)) if len(endings) == 1 else None

    def name_and_id(self, said_by: Iterable[tuple[str, str | None, int | None, int | None]],
                    named: list[bool] | None = None) -> tuple[str | None, str | None]:
        """The canonical name and id of the resolved speaker; where copies resolve to different
        entities (an outlet's error), first one that a copy `named` in full (not a pronoun's guess),
        then the one with the most weight in the story, then the most copies; else the most common
        name."""
        names: list[str] = []
        resolved: list[str] = []
        by_name: set[str] = set()
        tellings = list(said_by)
        for index, (article, name, start, end) in enumerate(tellings):
            if name:
                names.append(name)
            entity_id = self.entity_at(article, start, end) or self.entity_named(name) \
                or self.described(article, name)
            if entity_id:
                resolved.append(entity_id)
                if named is not None and named[index]:
                    by_name.add(entity_id)
        if resolved:
            copies = Counter(resolved)
            entity_id = min(copies, key=lambda e: (e not in by_name, -self.weight(e), -copies[e], e))
            entity = self.entities.get(entity_id)
            return (entity.name if entity else most_common_optional(names)), entity_id
        named_names = [name for index, (_, name, _, _) in enumerate(tellings) if named and named[index]]
        return most_common_optional(named_names or names), None

    def described(self, article: str, name: str | None) -> str | None:
        """ "Jane Roe's lawyer": the one person of that role the article names (described_speakers)."""
        if not name:
            return None
        key = (article, name)
        if key not in self._described:  # descriptions repeat: each is looked up once per article
            people = sorted({entity_id for _, _, entity_id in self.spans.get(article, [])})
            self._described[key] = described_person(name, people, self.entities)
        return self._described[key]

    def entities_in_sentences(self, members: list[Occurrence]) -> list[str]:
        """Ids of the entities mentioned in the sentences that state the fact."""
        found: set[str] = set()
        for occurrence in members:
            for start, end, entity_id in self.spans.get(occurrence.article, []):
                if occurrence.sentence_start <= start and end <= occurrence.sentence_end:
                    found.add(entity_id)
        return sorted(found)


def name_key(name: str) -> str:
    return " ".join(normalised_words(name))


def names_by_ending(names: dict[str, set[str]]) -> dict[str, set[str]]:
    """The ids of every name under each of its endings after a space ("la fontaine" and "fontaine"
    for "marie-claire la fontaine"): the ids of the names `n` with `n.endswith(" " + key)`, found by
    one probe instead of a scan of the story's names for each speaker looked up."""
    endings: dict[str, set[str]] = {}
    for name, ids in names.items():
        space = name.find(" ")
        while space != -1:
            endings.setdefault(name[space + 1:], set()).update(ids)
            space = name.find(" ", space + 1)
    return endings
