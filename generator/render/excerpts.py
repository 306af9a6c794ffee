"""Which sentences of an article its page may quote in `excerpts` mode.

Articles belong to their publishers: an excerpt is the part of an article that the site's facts
rest on, not a copy of it. The page quotes at most `MAX_SHARE` of the article's words and never more
than `MAX_RUN` consecutive sentences; within that budget the sentences that carry the most facts go
first (then the earlier one, as news puts what matters first). Sentences that carry facts but do not
fit keep their anchor at the gap, so every link to them still lands in the right place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.models import Sentence

MAX_SHARE = 0.30  # of the article's words
MAX_RUN = 2  # consecutive sentences in one excerpt


def word_count(text: str) -> int:
    return len(text.split())


def excerpt_sentences(sentences: Sequence[Sentence], weights: Mapping[int, int]) -> set[int]:
    """Indexes of the sentences to quote; `weights` maps each candidate to how many facts it carries."""
    lengths = {sentence.index: word_count(sentence.text) for sentence in sentences}
    budget = MAX_SHARE * sum(lengths.values())
    chosen: set[int] = set()
    used = 0
    for index in sorted(weights, key=lambda i: (-weights[i], i)):
        length = lengths.get(index)
        if length is None or used + length > budget or _run_with(chosen, index) > MAX_RUN:
            continue
        chosen.add(index)
        used += length
    return chosen


def _run_with(chosen: set[int], index: int) -> int:
    """The length of the run of consecutive chosen sentences that `index` would join."""
    before = 0
    while index - before - 1 in chosen:
        before += 1
    after = 0
    while index + after + 1 in chosen:
        after += 1
    return before + 1 + after
