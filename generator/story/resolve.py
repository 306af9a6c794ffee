"""Resolve stage: entity mentions of all articles -> one `Entity` per real-world thing.

Mentions are grouped by a normalised name key (case, dots and "the" ignored; common place variants
such as "U.S."/"US"/"United States" mapped to one name), then groups are joined when

* a text declares one name an alias of another ("X, commonly known as Y", "X (ABC)");
* a person's shorter name is the surname part of exactly one fuller person name ("Doe" -> "Jane Doe",
  "García Márquez" -> "Gabriel García Márquez"); an ambiguous surname (two Does) stays apart;
* an organisation's name is the first words of exactly one company name that ends in a designator
  ("Acme" -> "Acme Widgets Inc.");
* a place's name is the city of exactly one "City, Region" place ("Springfield" -> "Springfield,
  Ohio"); the region named there stays a place of its own;
* two full person names can be one person (`names.same_person`: nicknames, initials, middle names,
  spelling variants) and neither can be anyone else of the story;
  no chain of rules joins two full names whose surnames disagree (`person_links.py`);
* organisations share one core name ("Acme Foods Inc." / "Acme Foods"), an acronym abbreviates exactly
  one full name ("ACFE"), a team is named by its city ("Saints" / "New Orleans Saints") or by its
  plural nickname alone ("Heels" / "Tar Heels"); places and organisations are spelt two ways
  ("Jabaliya" / "Jabalya");
* a place the rules read as a team that plays is the one team of the story named by it
  ("Springfield" / "Springfield Otters", `team_names.py`); its mentions that the text puts on the map
  ("the game in Springfield") stay the place (wave 15);
* one care facility is worded two ways ("Lakeview Clinic" / "Lakeview Center"), an organisation's
  words come in another order ("Ministry of Defence" / "Defence Ministry"), or a name is written with
  and without a space ("Trail Blazers" / "Trailblazers"): `name_forms.py`;
* an untyped name is the short form of the one facility whose name it opens ("Lakeview" / "Lakeview
  Recovery Center"), unless the gazetteer knows it as a place;
* then a surname alone goes to the one person of its article with that surname (of two, the one the
  article named last before it, else first after it), else the one of the story, only when the
  article names no one of that surname; a first name alone likewise (article by article: two
  articles about two Does keep theirs). That step lives in `surnames.py`; the name key and
  the union-find in `name_groups.py`.
* last, one full name that articles give conflicting identities (a coach of a team in some, of a
  university in others, and no article naming both) is split into two people, article by article
  (wave 15, `namesakes.py`).

Before grouping, untagged uses of a known surname or of a team named in two articles are added as
mentions wherever they stand alone in the story (`_story_repeats`).

Names that are no names (`entity_types.is_not_a_name`) never become entities. The type comes from the
evidence of the whole story (`entity_types.story_type`: organisation and place cues, a gazetteer,
roles and given names, then a vote).

The canonical name is the fullest form (most words, then most used, then alphabetical), never a
person's nickname form beside the formal given name (`names.informal_forms`: "Maurice", not "Mo").
Everything is sorted on content, never on input order, so the output is the same byte for byte
whatever order the articles come in.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from itertools import combinations

from generator.models import (
    Article,
    ArticleAnnotations,
    Entity,
    EntityMention,
    EntityType,
)
from generator.story import entity_types
from generator.story.entity_record import MentionKey, entity_of, role_index
from generator.story.key_index import KeyIndex
from generator.story.name_forms import (
    facilities_named_by,
    facility_index,
    join_facility_kinds,
    join_reordered_names,
    join_spaced_spellings,
    split_joined_names,
)
from generator.story.name_groups import Found, described_media, mention_key, name_key
from generator.story.names import (
    PersonName,
    acronym_of,
    initials,
    organisation_core,
    same_person,
    spelling_variant_names,
    without_generation,
)
from generator.story.namesakes import split_namesakes
from generator.story.person_links import PersonGuardedUnion
from generator.story.place_regions import town_of_misread_place
from generator.story.short_names import (
    join_institutions_named_for_people,
    media_named_by_outlets,
    states_after_places,
)
from generator.story.surnames import attach_surnames, full_person_names, mark_ambiguous_surnames
from generator.story.team_names import (
    is_plural_nickname,
    join_team_places,
    split_team_places,
    teams_by_nickname,
    type_teams_by_nickname,
)
from generator.story.union_find import UnionFind

_TYPE_ORDER = entity_types.TYPE_ORDER
_CORPORATE_SUFFIXES = frozenset({
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "gmbh", "nv", "sa", "group",
    "holdings", "limited",
})


def resolve_entities(
    articles: list[Article], annotations: list[ArticleAnnotations],
) -> tuple[list[Entity], dict[MentionKey, str]]:
    """Canonical entities over all articles, and (article, start, end) -> entity id for every mention."""
    media = described_media([m.text for a in annotations for m in a.entities])
    lower_case_words = _lower_case_words(articles)
    written = split_joined_names([Found(a.article_id, m) for a in annotations for m in a.entities])
    found = [f for f in written
             if not entity_types.is_not_a_name(f.mention.text, f.mention.type, lower_case_words)
             and (f.mention.text.casefold() in media
                  or not entity_types.is_common_word(f.mention.text, f.mention.label, lower_case_words))]
    if not found:
        return [], {}
    found += _story_repeats(articles, annotations, found, lower_case_words)
    texts = {article.id: article.text for article in articles}
    found = states_after_places(found, texts)
    places = _story_places(found)
    groups = _group(found, annotations, places, texts)
    roles_at = role_index(annotations)
    entities_with_mentions = [entity_of(members, roles_at, places, texts) for members in groups]
    media_named_by_outlets(entities_with_mentions, articles)
    entities = _assign_ids(entities_with_mentions)
    mark_ambiguous_surnames(entities)
    mapping = {(m.article, m.start, m.end): entity.id for entity in entities for m in entity.mentions}
    return entities, mapping


def _story_repeats(articles: list[Article], annotations: list[ArticleAnnotations], found: list[Found],
                   lower_case_words: frozenset[str]) -> list[Found]:
    """Untagged uses of names the story knows, in any article: a person's surname alone ("Quarrel
    threw for 300 yards", first in its sentence, where the small model tags nothing) and a one-word
    organisation named in two articles or more ("Otters clinch a berth"). Not a word the story also
    writes in lower case, nor one inside a longer capitalised name."""
    known = _repeatable_names(found)
    if not known:
        return []
    taken = defaultdict(list)
    for item in found:
        taken[item.article].append((item.mention.start, item.mention.end))
    repeats = []
    for article, annotation in zip(articles, annotations, strict=True):
        spans = taken[article.id]
        for match in _WHOLE_WORD.finditer(article.text):
            word = match.group(1)
            if word not in known:
                continue
            start, end = match.span(1)
            if word.lower() in lower_case_words or any(s < end and start < e for s, e in spans):
                continue
            if _inside_capitalised_run(article.text, start, end):
                continue
            sentence = next((x.index for x in annotation.sentences if x.start <= start < x.end), 0)
            repeats.append(Found(article.id, EntityMention(start=start, end=end, text=word, type=known[word],
                                                            label="", sentence=sentence)))
    return repeats


# A whole word (a possessive, "Quarrel's", is a use of the name too): a known name is a word of letters,
# so a whole word is one when it is in `_repeatable_names`. One plain scan a text, then a dict lookup:
# an alternation of the story's hundreds of names tried at every position was most of resolving the
# entities of an added article at 1,000 articles (the matches are the same: a name ends where its
# word ends, and no match can start inside a word).
_WHOLE_WORD = re.compile(r"(?<![\w'’-])(\w+)(?![\w-])(?!['’](?!s\b))")


def _repeatable_names(found: list[Found]) -> dict[str, EntityType]:
    """Written form -> type of the words worth looking for again (see `_story_repeats`)."""
    surnames: dict[str, EntityType] = {}
    organisations: dict[str, set[str]] = defaultdict(set)
    for item in found:
        words = item.mention.text.split()
        if item.mention.type == "person" and len(words) in (2, 3) and item.mention.label == "PERSON":
            last = words[-1]
            if last[:1].isupper() and last[1:].islower() and len(last) > 2 and last.isalpha():
                surnames[last] = "person"
        elif item.mention.type == "organization" and len(words) == 1 and words[0][:1].isupper() \
                and len(words[0]) > 2 and words[0].isalpha():
            organisations[words[0]].add(item.article)
    known = dict(surnames)
    known.update({word: "organization" for word, seen in organisations.items() if len(seen) > 1
                  and word not in surnames})
    return known


def _inside_capitalised_run(text: str, start: int, end: int) -> bool:
    """Next to another capitalised word on its line: part of a longer name or of a title ("Coach X")."""
    return bool(re.search(r"[A-Z][\w'’.-]*[ \t]+$", text[max(0, start - 40):start])
                or re.match(r"[ \t]+[A-Z]", text[end:end + 3]))


def _lower_case_words(articles: list[Article]) -> frozenset[str]:
    """Words the story writes in lower case: a capitalised one of them alone is a common word."""
    return frozenset(word for article in articles for word in re.findall(r"\b[a-z][a-z'-]+\b", article.text))


# --------------------------------------------------------------------------- grouping


def _story_places(found: list[Found]) -> frozenset[str]:
    """Keys of the names some mention reads as a place ("in Springfield")."""
    return frozenset(mention_key(item.mention) for item in found if item.mention.type == "place")


def _group(found: list[Found], annotations: list[ArticleAnnotations],
           places: frozenset[str], texts: dict[str, str]) -> list[list[Found]]:
    by_key: dict[str, list[Found]] = defaultdict(list)
    for item in found:
        by_key[mention_key(item.mention)].append(item)
    key_types = {key: _vote(items, places) for key, items in by_key.items()}
    _type_people_by_surname(key_types, by_key)
    _type_people_by_given_name(key_types, by_key)
    type_teams_by_nickname(by_key, key_types)
    union = PersonGuardedUnion(full_person_names(key_types))
    for key in sorted(by_key):
        union.find(key)
    _join_declared_aliases(union, annotations, key_types)
    _join_person_variants(union, key_types)
    _join_organisation_forms(union, by_key, key_types)
    _join_spelling_variants(union, key_types)
    team_places = join_team_places(union, by_key, key_types, places)
    _join_short_names(union, key_types, places)
    join_facility_kinds(union, key_types)
    join_reordered_names(union, key_types)
    join_spaced_spellings(union, key_types)
    with_roles = {(a.article_id, r.entity_start, r.entity_end) for a in annotations for r in a.roles}
    join_institutions_named_for_people(union, by_key, key_types, texts, with_roles)
    groups: dict[str, list[Found]] = defaultdict(list)
    for key, items in by_key.items():
        groups[union.find(key)].extend(items)
    attach_surnames(groups, by_key, key_types, union)
    split_team_places(groups, by_key, union, team_places, texts)
    split_namesakes(groups, key_types, annotations)
    return [groups[root] for root in sorted(groups) if groups[root]]


def _type_people_by_surname(key_types: dict[str, EntityType], by_key: dict[str, list[Found]]) -> None:
    """"Jo Quarrel" that the model called a company as often as a person, in a story where "Quarrel"
    alone is a person: a person, when the model named it a person at least once and nothing in the
    name is an organisation's."""
    for key, items in by_key.items():
        words = key.split()
        if key_types[key] not in ("organization", "other") or len(words) < 2 or len(words) > 3:
            continue
        if key_types.get(words[-1]) != "person" or not any(i.mention.label == "PERSON" for i in items):
            continue
        if not any(entity_types.has_organisation_cue(i.mention.text) for i in items):
            key_types[key] = "person"


def _type_people_by_given_name(key_types: dict[str, EntityType], by_key: dict[str, list[Found]]) -> None:
    """(wave 11) "Mo Quarrel" that the model read as a place or a company ("with Mo Quarrel"), in a
    story where "Maurice Quarrel" is a person: a name of two or three words that opens with a known
    given name and ends in the surname of a full person name of the story is a person too, unless
    the gazetteer knows the whole as a place or a word of it is an organisation's, a place's, a
    street's or a team's; the person rules then join it to the fuller name."""
    surnames = {key.split()[-1] for key, kind in key_types.items() if kind == "person" and " " in key}
    for key, items in sorted(by_key.items()):
        words = key.split()
        if key_types[key] == "person" or not 2 <= len(words) <= 3 or words[-1] not in surnames:
            continue
        texts = [item.mention.text for item in items]
        if not entity_types.has_person_cue(texts, has_role=False) or entity_types.place_rank(key):
            continue
        cues = (entity_types.has_organisation_cue, entity_types.has_place_cue, entity_types.has_address_cue,
                entity_types.has_team_cue)
        if not any(cue(text) for cue in cues for text in texts):
            key_types[key] = "person"


def _join_person_variants(union: UnionFind[str], key_types: dict[str, EntityType]) -> None:
    """"Bill Dunmore" / "William J. Dunmore", "Peggy" / "Margaret", "J. Doe" / "Jane Doe", two spellings
    of a rare surname: joined when each side can be only one person of the story (a "J. Doe" next to
    both "Jane Doe" and "John Doe" stays apart, and so do they)."""
    names = full_person_names(key_types)
    compatible: dict[str, set[str]] = {key: set() for key in names}
    for bucket in _person_buckets(names):
        for position, key in enumerate(bucket):
            for other in bucket[position + 1:]:
                if same_person(names[key], names[other]):
                    compatible[key].add(other)
                    compatible[other].add(key)
    unambiguous = {key: all(same_person(names[a], names[b]) for a, b in combinations(sorted(partners), 2))
                   for key, partners in compatible.items()}
    for key in sorted(names):
        for other in sorted(compatible[key]):
            if unambiguous[key] and unambiguous[other]:
                union.union(key, other)


def _person_buckets(names: dict[str, PersonName]) -> list[list[str]]:
    """Keys that `same_person` could join, so that a story of thousands of people is not compared
    pair by pair: one bucket per last word of the surname, one per first name (for a surname spelt
    two ways)."""
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, parsed in names.items():
        buckets[("last", parsed.last.split()[-1])].append(key)
        buckets[("first", parsed.first)].append(key)
    return [sorted(keys) for _, keys in sorted(buckets.items()) if len(keys) > 1]


def _join_organisation_forms(union: UnionFind[str], by_key: dict[str, list[Found]],
                             key_types: dict[str, EntityType]) -> None:
    """"Acme Foods" / "Acme Foods Inc." (one core name) and "ACFE" / "Acme Cable Fiber Enterprises"
    (an acronym of exactly one full name)."""
    organisations = sorted(k for k, t in key_types.items() if t == "organization")
    by_core: dict[str, list[str]] = defaultdict(list)
    for key in organisations:
        by_core[organisation_core(key, lambda words: entity_types.place_rank(words) > 0)].append(key)
    for core, keys in sorted(by_core.items()):
        for key in keys:
            union.union(keys[0], key)
        if core in key_types and key_types[core] in ("organization", "other"):
            union.union(core, keys[0])
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in organisations:
        for letters in initials(key):
            by_initials[letters].add(key)
    for key in sorted(key_types):
        written = {acronym_of(item.mention.text) for item in by_key[key]}
        if key_types[key] not in ("organization", "other") or written == {None}:
            continue
        letters = key.replace(" ", "")
        owners = {union.find(k) for k in by_initials.get(letters, set()) if k != key}
        if len(owners) == 1:
            union.union(key, owners.pop())


def _join_declared_aliases(union: PersonGuardedUnion, annotations: list[ArticleAnnotations],
                           key_types: dict[str, EntityType]) -> None:
    for annotation in annotations:
        texts = {(m.start, m.end): m.text for m in annotation.entities}
        for alias in annotation.aliases:
            owner = texts.get((alias.entity_start, alias.entity_end))
            alias_key = name_key(alias.alias)
            if owner and alias_key in key_types and name_key(owner) in key_types:
                union.join_declared(name_key(owner), alias_key)


def _join_short_names(union: UnionFind[str], key_types: dict[str, EntityType],
                      places: frozenset[str] = frozenset()) -> None:
    """Surname -> the one full person name ending in it; "Acme" -> "Acme Inc."; "Springfield" ->
    "Springfield, Ohio"."""
    facilities = facility_index(key_types)
    index = KeyIndex(key_types)  # each key is tested only against the keys sharing a word with it
    # Longer names first, so that a short name's fuller forms are already one group when it is tested
    # ("Trail Blazers" joins "Portland Trail Blazers" before "Blazers" looks for its fuller forms).
    for key in sorted(key_types, key=lambda k: (-len(k.split()), k)):
        fuller = _fuller_forms(key, key_types, facilities, places, index)
        if len({union.find(k) for k in fuller}) == 1:
            union.union(key, fuller[0])


def _fuller_forms(key: str, key_types: dict[str, EntityType], facilities: dict[str, list[str]],
                  places: frozenset[str], index: KeyIndex) -> list[str]:
    words = key.split()
    entity_type = key_types[key]
    if misread_town := town_of_misread_place(key, entity_type, index, places):
        return misread_town
    if entity_type == "person":  # a closing "Jr." is no part of the surname ("Doe" of "John Doe Jr.")
        return [k for k, t in index.people_ending_with(words)
                if t == "person" and len(k.split()) > len(words)
                and without_generation(k.split())[-len(words):] == words]
    if entity_type == "organization":
        return [k for k, t in index.sharing_an_end(words)
                if t == "organization" and len(k.split()) > len(words) and (
                    (k.split()[:len(words)] == words and k.split()[-1] in _CORPORATE_SUFFIXES)
                    or (k.split()[:-1] == words and k.split()[-1] in entity_types.INSTITUTION_HEADS)
                    or _is_place_and_name(k.split(), words, key_types)
                    or _is_team_nickname(k.split(), words))]
    if entity_type == "other" and len(words) > 1:
        # An untyped run of two names or more that ends a person's full name is that person's
        # double surname written alone ("Ruiz Peralta" of "Ana Ruiz Peralta").
        people = [k for k, t in index.ending_with(words)
                  if t == "person" and len(k.split()) > len(words) and k.split()[-len(words):] == words]
        if people:
            return people
    if entity_type in ("place", "other"):
        in_region = [k for k, t in index.in_region_of(key) if t == "place" and k.startswith(key + ", ")]
        if entity_type == "place":
            return in_region or teams_by_nickname(key, index)
        return in_region or facilities_named_by(key, key_types, facilities, places)
    return []


def _is_team_nickname(full: list[str], short: list[str]) -> bool:
    """"Heels" of "Tar Heels": a team's plural nickname alone is its last word."""
    return len(short) == 1 and full[-1] == short[0] and is_plural_nickname(short[0])


def _join_spelling_variants(union: UnionFind[str], key_types: dict[str, EntityType]) -> None:
    """A place or organisation written two ways by two outlets ("Jabaliya"/"Jabalya" camp)."""
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key, entity_type in key_types.items():
        if entity_type in ("place", "organization", "other") and key:
            buckets[(key[0], len(key.split()))].append(key)
    for _, keys in sorted(buckets.items()):
        keys.sort()
        for position, key in enumerate(keys):
            for other in keys[position + 1:]:
                # One of them must be typed a place or an organisation, and the other alike or untyped.
                kinds = {key_types[key], key_types[other]}
                if len(kinds - {"other"}) == 1 and spelling_variant_names(key, other):
                    union.union(key, other)


def _is_place_and_name(full: list[str], short: list[str], key_types: dict[str, EntityType]) -> bool:
    """"New Orleans Saints" is "Saints" of New Orleans: a team or branch named by its city (a place of
    the gazetteer or of the story: "Lakeview Harbor Clinic" is "Harbor Clinic" when Lakeview is)."""
    if full[-len(short):] != short:
        return False
    place = " ".join(full[:-len(short)])
    return entity_types.place_rank(place) > 0 or key_types.get(place) == "place"


def _vote(items: list[Found], places: frozenset[str]) -> EntityType:
    """The mentions' vote; a name that opens with a known given name ("Jane Roe", found as a bare
    proper noun or taken for a company by the model) is a person unless it ends like an
    organisation's name, as `entity_types.story_type` decides, so that its surname alone can join it."""
    voted = entity_types.vote((item.mention.type, item.mention.label) for item in items)
    texts = [item.mention.text for item in items]
    if entity_types.is_team(texts, [(i.mention.type, i.mention.label) for i in items], places):
        return "organization"  # "Springfield Otters", whatever a rule said
    if any(entity_types.has_address_cue(t) for t in texts) and voted != "organization":
        return "place"  # a street is no person, whose surname alone could join it
    if (voted in ("other", "organization") and entity_types.has_person_cue(texts, has_role=False)
            and not any(entity_types.has_organisation_cue(t) for t in texts)):
        return "person"
    return voted


# --------------------------------------------------------------------------- ids and order


def slugify(name: str) -> str:
    """ASCII, lower-case, hyphen-separated: "Ana María Pérez" -> "ana-maria-perez"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "entity"


def _assign_ids(entities: list[Entity]) -> list[Entity]:
    """Slug of the name; colliding slugs get -2, -3 ... in an order that depends only on content."""
    by_slug: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        by_slug[slugify(entity.name)].append(entity)
    for slug, same in by_slug.items():
        same.sort(key=lambda e: (-len(e.mentions), _TYPE_ORDER.index(e.type), e.name,
                                 [(m.article, m.start) for m in e.mentions]))
        for number, entity in enumerate(same, start=1):
            entity.id = slug if number == 1 else f"{slug}-{number}"
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name.casefold(), e.name, e.id))
