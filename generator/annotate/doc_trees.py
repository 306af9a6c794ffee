"""A parsed document's subtrees and depths, each read once: the statement cutter asks them again and
again of the same tokens (`timex/events.py: _shorten` weighs every kept phrase of a statement once per
cut, up to twelve cuts), and spaCy walks the tree anew on every `.subtree` and `.ancestors`.
Kept in the document's `user_data`; callers only read them. (Kept free of spaCy imports: the story
stage imports modules that use it.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.doc_memo import memo_at
from generator.annotate.doc_tokens import head_indices

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBTREES = "explainer.subtree-ids"
_DEPTHS = "explainer.depths"


def subtree_ids(token: Token) -> frozenset[int]:
    """`{t.i for t in token.subtree}`, read once per token."""
    return memo_at(token.doc, _SUBTREES, token.i, lambda: frozenset(t.i for t in token.subtree))


def subtree_indices(token: Token) -> frozenset[int]:
    """`frozenset(t.i for t in token.subtree)`, found without spaCy's walk, which passes each token of
    the subtree up through one generator per level (a sentence's root: every token, once per level
    above it). Every token of the subtree stands between the token's left and right edges, and a
    token between them belongs to it exactly when `token` is among its heads: each is walked up (by
    index, `head_indices`) only until a token already decided, one step per token in all."""
    heads = head_indices(token.doc)
    top, first, last = token.i, token.left_edge.i, token.right_edge.i
    inside = {top: True}
    for i in range(first, last + 1):
        path = []
        at = i
        while at not in inside:
            path.append(at)
            head = heads[at]
            if head == at or not first <= head <= last:  # a root, or outside the edges: not below `token`
                inside[at] = False
                break
            at = head
        verdict = inside[at]
        for passed in path:
            inside[passed] = verdict
    return frozenset(i for i, below in inside.items() if below)


def depth(token: Token) -> int:
    """How many ancestors `token` has (`sum(1 for _ in token.ancestors)`), read once per token."""
    return memo_at(token.doc, _DEPTHS, token.i, lambda: sum(1 for _ in token.ancestors))
