"""Excerpts mode: which sentences an article page may quote (invented text)."""

from __future__ import annotations

from generator.models import Sentence
from generator.render.excerpts import MAX_RUN, MAX_SHARE, excerpt_sentences, word_count


def sentences_of(*texts: str) -> list[Sentence]:
    found, offset = [], 0
    for index, text in enumerate(texts):
        found.append(Sentence(index=index, start=offset, end=offset + len(text), text=text, paragraph=0))
        offset += len(text) + 1
    return found


TEN_WORDS = "The ferry from Oakport carried ninety people across the bay."


def test_the_busiest_sentences_fit_the_word_budget() -> None:
    sentences = sentences_of(*[TEN_WORDS] * 10)  # 100 words: at most 30 may be quoted
    chosen = excerpt_sentences(sentences, {0: 1, 3: 5, 5: 2, 7: 4, 9: 3})
    assert chosen == {3, 7, 9}  # the three that carry the most facts; 5 and 0 would pass 30 words
    assert sum(word_count(sentences[i].text) for i in chosen) <= MAX_SHARE * 100


def test_never_more_than_two_consecutive_sentences() -> None:
    sentences = sentences_of(*["A short line."] * 40)
    chosen = excerpt_sentences(sentences, dict.fromkeys(range(40), 1))
    assert chosen
    run = longest = 0
    for index in range(40):
        run = run + 1 if index in chosen else 0
        longest = max(longest, run)
    assert longest == MAX_RUN


def test_a_long_sentence_that_does_not_fit_gives_way_to_shorter_ones() -> None:
    long_one = " ".join(["word"] * 40)
    sentences = sentences_of(long_one, *[TEN_WORDS] * 6)  # 100 words
    assert excerpt_sentences(sentences, {0: 9, 2: 1, 4: 1}) == {2, 4}


def test_nothing_is_chosen_without_candidates() -> None:
    assert excerpt_sentences(sentences_of(TEN_WORDS, TEN_WORDS), {}) == set()
