"""A role's normal form reads like a title: content words capitalised, grammatical words as written,
no determiner or possessive in front (invented phrases)."""
from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.roles import normal_role


@pytest.mark.parametrize(("phrase", "role"), [
    ("head of press at the harbour and its chief spokesman",
     "Head of Press at the Harbour and its Chief Spokesman"),
    ("its chief executive", "Chief Executive"),
    ("Its Chief Executive", "Chief Executive"),
    ("Their deputy mayor", "Deputy Mayor"),
    ("our new director of communications with the board", "New Director of Communications with the Board"),
    ("the mill's head of sales for Europe", "Head of Sales for Europe"),
])
def test_role_reads_like_a_title(nlp: Language, phrase: str, role: str) -> None:
    assert normal_role(nlp(phrase)[:]) == role
