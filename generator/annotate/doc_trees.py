"""A parsed document's subtrees and depths, each read once: the statement cutter asks them again and
again of the same tokens (`timex/events.py: _shorten` weighs every kept phrase of a statement once per
cut, up to twelve cuts), and spaCy walks the tree anew on every `.subtree` and `.ancestors`.
Kept in the document's `user_data`; callers only read them. (Kept free of spaCy imports: the story
stage imports modules that use it.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.doc_memo import memo_at

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBTREES = "explainer.subtree-ids"
_DEPTHS = "explainer.depths"


def subtree_ids(token: Token) -> frozenset[int]:
    """`{t.i for t in token.subtree}`, read once per token."""
    return memo_at(token.doc, _SUBTREES, token.i, lambda: frozenset(t.i for t in token.subtree))


def depth(token: Token) -> int:
    """How many ancestors `token` has (`sum(1 for _ in token.ancestors)`), read once per token."""
    return memo_at(token.doc, _DEPTHS, token.i, lambda: sum(1 for _ in token.ancestors))
