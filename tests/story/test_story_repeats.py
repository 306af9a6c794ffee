"""Untagged uses of names the story knows (resolve._story_repeats): found as whole words only, a
possessive counting, on invented text."""

from __future__ import annotations

from generator.models import Article, ArticleAnnotations, EntityMention
from generator.story.name_groups import Found
from generator.story.resolve import _story_repeats


def _found(article: str, text: str, start: int, kind: str, label: str) -> Found:
    return Found(article, EntityMention(start=start, end=start + len(text), text=text, type=kind,  # type: ignore[arg-type]
                                        label=label, sentence=0))


def test_a_known_name_is_found_as_a_whole_word_and_in_a_possessive() -> None:
    tagged = "Coach Dana Brambleton spoke. "
    text = (tagged + "Brambleton's plan worked. Bramble said no. Brambletons won. Brambleton-led drive. "
            "Brambleton2 scored. ox-Brambleton ran. Brambleton'x. Then, Brambleton’s kick held. "
            "Then, Brambleton")
    article = Article(id="a", path="a.txt", format="text", title="a", text=text)
    found = [_found("a", "Dana Brambleton", tagged.index("Dana"), "person", "PERSON")]
    repeats = _story_repeats([article], [ArticleAnnotations(article_id="a")], found, frozenset())
    starts = [f.mention.start for f in repeats]
    expected = [text.index("Brambleton's"), text.index("Brambleton’s"), text.rindex("Brambleton")]
    assert starts == expected
    assert {f.mention.text for f in repeats} == {"Brambleton"}
    assert all(f.mention.type == "person" for f in repeats)


def test_a_one_word_organisation_named_in_two_articles_is_looked_for_again() -> None:
    texts = {"a": "Quillworks said so. Since then Quillworks grew.", "b": "Quillworks hired staff."}
    articles = [Article(id=i, path=f"{i}.txt", format="text", title=i, text=t) for i, t in texts.items()]
    found = [_found(i, "Quillworks", 0, "organization", "ORG") for i in texts]
    repeats = _story_repeats(articles, [ArticleAnnotations(article_id=i) for i in texts], found, frozenset())
    assert [(f.article, f.mention.start) for f in repeats] == [("a", texts["a"].rindex("Quillworks"))]
