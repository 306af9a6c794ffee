"""A quote printed by several outlets with different speakers (issue 17, wave 7): a copy naming no
speaker never links two speakers; the speaker follows the story's weight; both speakers stay shown."""

from __future__ import annotations

from generator.models import Article, ArticleAnnotations, Entity, Mention, QuoteMention, Sentence
from generator.story.merge import merge_facts

WORDS = "The plant will reopen as soon as the inspectors allow it"


def article(article_id: str, text: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id,
                   outlet=f"Outlet {article_id}", text=text,
                   sentences=[Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)])


def telling(article_id: str, speaker: str | None, words: str = WORDS) -> tuple[Article, ArticleAnnotations]:
    """One article quoting the words, said by `speaker` (or by nobody named)."""
    said = f", said {speaker}." if speaker else ", the company said."
    text = f'"{words}"{said}'
    start = 1
    mention = QuoteMention(start=start, end=start + len(words), text=words, sentence=0, speaker=speaker,
                           speaker_start=text.index(speaker) if speaker else None,
                           speaker_end=text.index(speaker) + len(speaker) if speaker else None)
    new = article(article_id, text)
    return new, ArticleAnnotations(article_id=article_id, sentences=new.sentences, quotes=[mention])


def person(ident: str, name: str, mentions: int) -> Entity:
    said = [Mention(article=f"m{i}", start=0, end=len(name), text=name) for i in range(mentions)]
    return Entity(id=ident, name=name, type="person", mentions=said)


REYES = person("e-reyes", "Dana Reyes", 9)  # the story's manager, often named
ORTIZ = person("e-ortiz", "Dana Ortiz", 2)  # an outlet's slip, named twice


def four_outlets(words: str = WORDS) -> tuple[list[Article], list[ArticleAnnotations]]:
    pairs = [telling("a", "Dana Reyes", words), telling("b", "Dana Ortiz", words),
             telling("c", "Dana Ortiz", words), telling("d", None, words)]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def test_a_speakerless_copy_does_not_bridge_two_speakers():
    articles, annotations = four_outlets()
    _, quotes, _ = merge_facts(articles, annotations, [REYES, ORTIZ], {})
    by_speaker = {q.speaker_id: q for q in quotes}
    assert sorted(by_speaker) == ["e-ortiz", "e-reyes"]
    # The unnamed copy joins the speaker the story names most, not the one more outlets printed.
    assert sorted(s.article for s in by_speaker["e-reyes"].sources) == ["a", "d"]
    assert sorted(s.article for s in by_speaker["e-ortiz"].sources) == ["b", "c"]


def test_both_speakers_stay_shown_as_a_disagreement():
    articles, annotations = four_outlets()
    _, quotes, _ = merge_facts(articles, annotations, [REYES, ORTIZ], {})
    reyes, ortiz = sorted(quotes, key=lambda q: q.speaker_id or "", reverse=True)
    assert reyes.conflicts_with == [ortiz.id] and ortiz.conflicts_with == [reyes.id]


def test_a_short_phrase_from_two_people_is_no_disagreement():
    articles, annotations = four_outlets("No comment at all")
    _, quotes, _ = merge_facts(articles, annotations, [REYES, ORTIZ], {})
    assert len(quotes) == 2 and all(not q.conflicts_with for q in quotes)


def test_the_split_does_not_depend_on_article_order():
    articles, annotations = four_outlets()
    forward = merge_facts(articles, annotations, [REYES, ORTIZ], {})
    backward = merge_facts(articles[::-1], annotations[::-1], [ORTIZ, REYES], {})

    def summary(quotes: list) -> list[tuple]:  # sources follow reading order, which the reversal changes
        return sorted((q.id, q.speaker_id, sorted(s.article for s in q.sources), q.conflicts_with)
                      for q in quotes)

    assert summary(forward[1]) == summary(backward[1])


def test_without_named_copies_all_copies_stay_one_quote():
    pairs = [telling("a", None), telling("b", None)]
    _, quotes, _ = merge_facts([p[0] for p in pairs], [p[1] for p in pairs], [], {})
    assert len(quotes) == 1 and quotes[0].speaker is None and quotes[0].corroboration == 2


def test_copies_resolving_to_two_entities_take_the_heavier_one():
    # Two people share a last name, so the copies stay one quote; two outlets name the lesser-known one.
    luis = person("e-luis", "Luis Reyes", 2)
    pairs = [telling("a", "Dana Reyes"), telling("b", "Luis Reyes"), telling("c", "Luis Reyes")]
    _, quotes, _ = merge_facts([p[0] for p in pairs], [p[1] for p in pairs], [REYES, luis], {})
    assert [(q.speaker, q.speaker_id, q.corroboration) for q in quotes] == [("Dana Reyes", "e-reyes", 3)]


def test_a_speaker_guessed_from_another_sentence_or_described_does_not_split_the_quote():
    # Two outlets name the spokesman; one only says "he said" (resolved elsewhere to the story's main
    # person) and one describes him ("her rep"): one quote, by the named spokesman.
    named = [telling("a", "Dana Reyes"), telling("b", "Dana Reyes")]
    guessed_text = f'Dana Ortiz spoke first. "{WORDS}," he said.'
    guessed = QuoteMention(start=guessed_text.index(WORDS), end=guessed_text.index(WORDS) + len(WORDS),
                           text=WORDS, sentence=1, speaker="Dana Ortiz", speaker_start=0, speaker_end=10)
    second = len("Dana Ortiz spoke first. ")
    guessed_article = Article(
        id="c", path="c.txt", format="text", title="c", outlet="Outlet c", text=guessed_text,
        sentences=[Sentence(index=0, start=0, end=second - 1, text=guessed_text[:second - 1], paragraph=0),
                   Sentence(index=1, start=second, end=len(guessed_text), text=guessed_text[second:],
                            paragraph=0)])
    described = telling("d", "her rep")
    articles = [named[0][0], named[1][0], guessed_article, described[0]]
    annotations = [named[0][1], named[1][1],
                   ArticleAnnotations(article_id="c", sentences=guessed_article.sentences, quotes=[guessed]),
                   described[1]]
    heavy_ortiz = person("e-ortiz", "Dana Ortiz", 40)
    _, quotes, _ = merge_facts(articles, annotations, [REYES, heavy_ortiz], {})
    assert [(q.speaker_id, q.corroboration, q.conflicts_with) for q in quotes] == [("e-reyes", 4, [])]
