"""The sentence helpers of generator/story/summary.py: sentences that point back, stop words."""

from __future__ import annotations

import subprocess
import sys

from generator.annotate.nlp_info import english_stop_words
from generator.story.summary import opens_with_anaphor
from tests.conftest import ROOT


def test_sentences_that_point_back_are_recognised() -> None:
    for text in (
        "The outlet highlighted that the talks failed.",
        "It was the third vote this year.",
        "They left before the vote.",
        "This is the largest budget so far.",
        "But the council disagreed.",
    ):
        assert opens_with_anaphor(text), text
    for text in (
        "The council approved the budget.",
        "Mayor Dana Whitfield praised the vote.",
        "Italy's outlet for olive oil grew.",
        "Thousands marched on Sunday.",
    ):
        assert not opens_with_anaphor(text), text


def test_stop_words_are_spacys_without_importing_spacy() -> None:
    code = (
        "import sys\nfrom generator.annotate.nlp_info import english_stop_words\n"
        "words = english_stop_words()\nprint(len(words), 'spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    count, imported = done.stdout.split()
    from spacy.lang.en.stop_words import STOP_WORDS

    assert int(count) == len(STOP_WORDS) and imported == "False"
    assert english_stop_words() == frozenset(STOP_WORDS)
