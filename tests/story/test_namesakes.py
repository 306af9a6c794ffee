"""Issue 16, wave 15, on invented sentences: one full name that articles give conflicting identities
(a coach of one team in some, a coach of a university in others, no article naming both) is two
people; a career (one article naming both employers), two kinds of role, an identity told once, or
two organisations' names sharing a word keep one person. "Jr." and "Sr." are two people. Page titles
of namesakes name what tells them apart."""

from __future__ import annotations

from generator.models import (
    Article,
    ArticleAnnotations,
    Entity,
    EntityMention,
    Mention,
    Role,
    RoleMention,
    Sentence,
)
from generator.render.namesake_titles import namesake_titles
from generator.story.resolve import resolve_entities
from tests.story.story_tools import ORG, P, resolve_names

# One sentence: its text, its names (text, type, label) and the roles (name, role) it states.
Said = tuple[str, list[tuple[str, str, str]], list[tuple[str, str]]]
TEAM = "Corvid Otters"
SCHOOL = "Lakeview University"


def _article(article_id: str, said: list[Said]) -> tuple[Article, ArticleAnnotations]:
    text, sentences, mentions, roles = "", [], [], []
    for index, (sentence, names, stated) in enumerate(said):
        start = len(text)
        text += sentence + " "
        sentences.append(Sentence(index=index, start=start, end=start + len(sentence), text=sentence,
                                  paragraph=0))
        for name, kind, label in names:
            at = start + sentence.index(name)
            mentions.append(EntityMention(start=at, end=at + len(name), text=name, type=kind, label=label,
                                          sentence=index))
        for name, role in stated:
            at = start + sentence.index(name)
            where = start + sentence.index(role)
            roles.append(RoleMention(entity_start=at, entity_end=at + len(name), role=role, start=where,
                                     end=where + len(role), sentence=index))
    article = Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id, text=text,
                      sentences=sentences)
    annotations = ArticleAnnotations(article_id=article_id, sentences=sentences, entities=mentions,
                                     roles=roles)
    return article, annotations


def _people(*articles: list[Said]) -> list[tuple[str, list[str]]]:
    """(name, articles) of each person the story resolves, largest first."""
    pairs = [_article(chr(ord("a") + i), said) for i, said in enumerate(articles)]
    entities, _ = resolve_entities([a for a, _ in pairs], [n for _, n in pairs])
    people = [e for e in entities if e.type == "person"]
    return [(e.name, sorted({m.article for m in e.mentions})) for e in people]


def _coached(org: str, role: str = "Coach") -> list[Said]:
    """An article about "Jim Varrow", the coach of `org`, tied to it in two sentences."""
    return [(f"The {org} fired {role} Jim Varrow on Monday.",
             [(org, ORG, "ORG"), ("Jim Varrow", P, "PERSON")], [("Jim Varrow", role)]),
            (f"Varrow led the {org} for a season.", [("Varrow", P, "PERSON"), (org, ORG, "ORG")], [])]


def test_one_name_coaching_two_unconnected_organisations_is_two_people() -> None:
    people = _people(_coached(TEAM), _coached(TEAM, "Head Coach"), _coached(SCHOOL))
    assert people == [("Jim Varrow", ["a", "b"]), ("Jim Varrow", ["c"])]


def test_an_article_naming_both_employers_is_a_career_and_keeps_one_person() -> None:
    career = [(f"Jim Varrow coached the {TEAM} after {SCHOOL}.",
               [("Jim Varrow", P, "PERSON"), (TEAM, ORG, "ORG"), (SCHOOL, ORG, "ORG")], [])]
    assert _people(_coached(TEAM), _coached(SCHOOL), career) == [("Jim Varrow", ["a", "b", "c"])]


def test_two_kinds_of_role_keep_one_person() -> None:
    assert _people(_coached(TEAM), _coached(SCHOOL, "Senator")) == [("Jim Varrow", ["a", "b"])]


def test_an_identity_told_in_one_sentence_only_splits_nothing() -> None:
    once = _coached(SCHOOL)[:1]
    assert _people(_coached(TEAM), once) == [("Jim Varrow", ["a", "b"])]


def test_organisations_sharing_a_word_may_be_one_and_keep_one_person() -> None:
    assert _people(_coached(TEAM), _coached("Otters Club")) == [("Jim Varrow", ["a", "b"])]


def test_a_role_naming_the_other_side_s_organisation_keeps_one_person() -> None:
    # "Corvid safety director" beside a hotel named twice is the director of "Corvid Safety" elsewhere.
    hotel = [("A call came from the Wren Hotel, Corvid safety director Jim Varrow said.",
              [("Wren Hotel", ORG, "ORG"), ("Jim Varrow", P, "PERSON")],
              [("Jim Varrow", "Corvid safety director")]),
             ("Guests left the Wren Hotel, Varrow said.",
              [("Wren Hotel", ORG, "ORG"), ("Varrow", P, "PERSON")], [])]
    office = _coached("Corvid Safety", "Director")
    assert _people(office, hotel) == [("Jim Varrow", ["a", "b"])]


def test_an_article_without_an_identity_joins_the_one_whose_organisation_it_names() -> None:
    about_school = [("Jim Varrow sued.", [("Jim Varrow", P, "PERSON")], []),
                    (f"{SCHOOL} said nothing.", [(SCHOOL, ORG, "ORG")], [])]
    nothing = [("Jim Varrow sued.", [("Jim Varrow", P, "PERSON")], [])]
    people = _people(_coached(TEAM), _coached(TEAM), _coached(SCHOOL), about_school, nothing)
    assert people == [("Jim Varrow", ["a", "b", "e"]), ("Jim Varrow", ["c", "d"])]


def _entity(ident: str, name: str, kind: str, articles: list[str], roles: tuple[str, ...] = ()) -> Entity:
    return Entity(id=ident, name=name, type=kind, roles=[Role(role=r) for r in roles],  # type: ignore[arg-type]
                  mentions=[Mention(article=a, start=0, end=1, text=name) for a in articles])


def test_namesakes_page_titles_name_their_own_organisation_else_their_own_role() -> None:
    entities = [_entity("jim-varrow", "Jim Varrow", "person", ["a", "b"], ("Coach",)),
                _entity("jim-varrow-2", "Jim Varrow", "person", ["c"], ("Coach", "Dean")),
                _entity("otters", "Corvid Otters", "organization", ["a", "b"]),
                _entity("league", "Pine League", "organization", ["a", "c"]),
                _entity("ana-roe", "Ana Roe", "person", ["a"])]
    names = {e.id: e.name for e in entities}
    assert namesake_titles(entities, names) == {"jim-varrow": "Jim Varrow (Corvid Otters)",
                                                "jim-varrow-2": "Jim Varrow (Dean)"}


def test_junior_and_senior_are_two_people_and_their_articles_keep_their_surnames() -> None:
    son = [("Olin Brask Jr.", P, "PERSON"), ("Brask", P, "PERSON")]
    father = [("Olin Brask Sr.", P, "PERSON"), ("Brask", P, "PERSON")]
    assert resolve_names(son, father) == [("Olin Brask Jr.", P, 2), ("Olin Brask Sr.", P, 2)]
    # The plain name beside both could be either, and stays its own.
    assert resolve_names(son, father, [("Olin Brask", P, "PERSON")]) == [
        ("Olin Brask", P, 1), ("Olin Brask Jr.", P, 2), ("Olin Brask Sr.", P, 2)]
    # Beside one of them it is that one, and so is the surname of an article naming him so.
    assert resolve_names([("Olin Brask III", P, "PERSON"), ("Olin Brask", P, "PERSON")],
                         [("Brask", P, "PERSON")]) == [("Olin Brask III", P, 3)]
