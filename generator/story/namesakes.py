"""Two people of one name (issue 16, wave 15): "coach Jim Doe" fired by the Otters in some articles
and "coach Jim Doe" fired by Lakeview University in others are two people when nothing ties them.

A person's full name is split, article by article, when the articles give it conflicting identities:
the organisations named in the sentences that name the person (one of each set in two sentences or
more) fall into two sets or more that no article bridges (an article naming the person with an
organisation of each joins them: a career), and the person holds a role of one kind in each ("coach"
and "head coach"). The sets' names and the words of the roles stated in each must share no
distinctive word: "Otters" / "Springfield Otters" may be one team the rules did not join, and a
"Corvid safety director" beside a hotel named in two articles and with "Corvid Safety" in others is
one man. A person who is a coach with one and a senator with the other stays one (two jobs of one
person are as likely as two people). An article that gives no such identity joins the person whose
organisations it names most, else the one named most. Editors merge the two back with a `merge:`
override (docs/editing.md).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from generator.models import ArticleAnnotations, EntityType
from generator.story.name_groups import Found, mention_key
from generator.story.union_find import UnionFind

# Words two different organisations' names share without being one ("Lakeview University" and
# "Springfield University"); any other shared word keeps the person one.
_GENERIC_WORDS = frozenset({
    "the", "of", "and", "for", "at", "in", "university", "college", "school", "state", "club", "team",
    "city", "county", "national", "new", "north", "south", "east", "west", "united", "association",
    "league", "company", "inc", "group", "department", "council", "board", "&",
    # words of roles
    "head", "former", "chief", "assistant", "deputy", "senior", "vice", "acting", "interim", "general",
    "executive", "associate", "ex", "then", "longtime", "manager", "director", "coach", "president",
})
_ROLE_CUT = re.compile(r"\s+(?:of|at|for|with|in)\s+", re.IGNORECASE)


def split_namesakes(groups: dict[str, list[Found]], key_types: dict[str, EntityType],
                    annotations: list[ArticleAnnotations]) -> None:
    """Split each person group whose articles give it conflicting identities (see the module)."""
    group_type = {root: _group_type(items, key_types) for root, items in groups.items()}
    organisations = {root for root, kind in group_type.items() if kind == "organization"}
    orgs_in_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    org_mentions: dict[str, Counter[str]] = defaultdict(Counter)  # article -> organisation root -> uses
    for root in sorted(organisations):
        for item in groups[root]:
            orgs_in_sentence[(item.article, item.mention.sentence)].add(root)
            org_mentions[item.article][root] += 1
    roles_at = _stated_roles(annotations)
    for root in sorted(groups):
        if group_type[root] != "person" or len(root.split()) < 2:
            continue
        parts = _namesake_parts(groups[root], orgs_in_sentence, org_mentions, roles_at)
        if len(parts) < 2:
            continue
        groups[root] = parts[0]
        for number, part in enumerate(parts[1:], start=2):
            groups[f"{root} (namesake {number})"] = part


def _group_type(items: list[Found], key_types: dict[str, EntityType]) -> EntityType | None:
    kinds = Counter(key_types.get(mention_key(item.mention)) for item in items)
    kinds.pop(None, None)
    if not kinds:
        return None
    return max(sorted(kinds, key=str), key=lambda kind: kinds[kind])


def _stated_roles(annotations: list[ArticleAnnotations]) -> dict[tuple[str, int, int], set[str]]:
    """(article, mention start, end) -> the roles stated for it, in lower case."""
    roles_at: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for annotation in annotations:
        for role in annotation.roles:
            if role.role.strip():
                key = (annotation.article_id, role.entity_start, role.entity_end)
                roles_at[key].add(role.role.casefold())
    return roles_at


def _namesake_parts(items: list[Found], orgs_in_sentence: dict[tuple[str, int], set[str]],
                    org_mentions: dict[str, Counter[str]],
                    roles_at: dict[tuple[str, int, int], set[str]]) -> list[list[Found]]:
    """The person's mentions in two parts or more (largest first), or one part when nothing conflicts."""
    by_article: dict[str, list[Found]] = defaultdict(list)
    for item in items:
        by_article[item.article].append(item)
    if len(by_article) < 2:
        return [items]
    orgs = {article: set().union(*(orgs_in_sentence.get((article, i.mention.sentence), set()) for i in found))
            for article, found in by_article.items()}
    stated = {article: set().union(*(roles_at.get((article, i.mention.start, i.mention.end), set())
                                     for i in found))
              for article, found in by_article.items()}
    roles = {article: {_head(role) for role in stated[article]} - {""} for article in by_article}
    # Every article naming the person with an organisation links the organisations it names (a
    # career); a set of them is an identity when a role is stated in it and one of them is tied to
    # the person in two sentences or more.
    named = sorted(article for article in by_article if orgs[article])
    union: UnionFind[str] = UnionFind()
    by_org: dict[str, str] = {}
    for article in named:
        union.find(article)
        for org in sorted(orgs[article]):
            union.union(article, by_org.setdefault(org, article))
    clusters: dict[str, list[str]] = defaultdict(list)
    for article in named:
        clusters[union.find(article)].append(article)
    # An organisation is an identity when it shares two sentences or more with the person (one
    # sentence may name where something happened, not whom the person works for).
    ties: Counter[str] = Counter()
    for article in named:
        for sentence in sorted({i.mention.sentence for i in by_article[article]}):
            ties.update(orgs_in_sentence.get((article, sentence), set()))
    cluster_list = sorted(members for members in clusters.values()
                          if any(roles[a] for a in members)
                          and any(ties[org] >= 2 for a in members for org in orgs[a]))
    if len(cluster_list) < 2:
        return [items]
    identified = sorted(a for members in cluster_list for a in members)
    cluster_orgs = [set().union(*(orgs[a] for a in members)) for members in cluster_list]
    cluster_roles = [set().union(*(roles[a] for a in members)) for members in cluster_list]
    cluster_words = [orgs_of | {word for a in members for role in stated[a]
                                for word in role.split() if word != _head(role)}
                     for orgs_of, members in zip(cluster_orgs, cluster_list, strict=True)]
    if not set.intersection(*cluster_roles) or _share_a_word(cluster_words):
        return [items]
    members_of = [list(members) for members in cluster_list]
    sizes = [sum(len(by_article[a]) for a in members) for members in cluster_list]
    for article in sorted(set(by_article) - set(identified)):
        fits = [sum(org_mentions[article][org] for org in cluster) for cluster in cluster_orgs]
        best = max(range(len(fits)), key=lambda i: (fits[i], sizes[i], -i))
        if fits[best] == 0 or fits.count(fits[best]) > 1:
            best = max(range(len(sizes)), key=lambda i: (sizes[i], -i))
        members_of[best].append(article)
    parts = [[item for article in sorted(members) for item in by_article[article]] for members in members_of]
    return sorted(parts, key=lambda part: (-len(part), part[0].article, part[0].mention.start))


def _head(role: str) -> str:
    """"head coach of the otters" -> "coach"."""
    words = _ROLE_CUT.split(role.strip(), maxsplit=1)[0].split()
    return words[-1] if words else ""


def _share_a_word(cluster_words: list[set[str]]) -> bool:
    """Two clusters whose organisations' names or roles share a distinctive word may be one identity."""
    words = [{w for key in keys for w in key.split() if w not in _GENERIC_WORDS} for keys in cluster_words]
    return any(words[i] & words[j] for i in range(len(words)) for j in range(i + 1, len(words)))
