"""Scare quotes are no quotes (wave 6): a few quoted words the sentence runs on through are a term the
writer marks ("too much ‘common sense’ to point"), shown on no page as anyone's words. Invented text."""

from __future__ import annotations

import pytest

from generator.models import Article, ArticleAnnotations, QuoteMention, Sentence
from generator.story.merge import merge_facts


def quoted(text: str, words: str, speaker: str = "Vera Lund") -> list[str]:
    article = Article(id="a", path="a.txt", format="text", title="a", outlet="Vale Times", text=text,
                      sentences=[Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)])
    start = text.index(words)
    mention = QuoteMention(start=start, end=start + len(words), text=words, sentence=0, speaker=speaker)
    annotations = ArticleAnnotations(article_id="a", sentences=article.sentences, quotes=[mention])
    _, quotes, _ = merge_facts([article], [annotations], [], {})
    return [quote.text for quote in quotes]


@pytest.mark.parametrize(("text", "words"), [
    ("Vera Lund said his cousin had too much ‘good taste’ to wear a tie at dinner.", "good taste"),
    ('Vera Lund said the pier was "badly built" and should close.', "badly built"),
])
def test_a_few_quoted_words_inside_a_clause_are_no_quote(text: str, words: str) -> None:
    assert quoted(text, words) == []


@pytest.mark.parametrize(("text", "words"), [
    ('Vera Lund said, "No comment," and left the hall.', "No comment,"),  # speech after "said,"
    ('"Never again," Vera Lund said.', "Never again,"),
    ("The pier is “badly built”.", "badly built"),  # the clause ends at the mark
    ('Vera Lund said the pier was "built badly by people who did not care" and left.',
     "built badly by people who did not care"),  # longer than a term
])
def test_speech_and_longer_quotations_stay_quotes(text: str, words: str) -> None:
    assert quoted(text, words) == [words]
