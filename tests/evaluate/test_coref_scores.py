"""MUC, B³ and CEAFe on textbook examples, and the assignment solver against brute force."""

from __future__ import annotations

import itertools
import random

import pytest

from generator.evaluate.coref_scores import b_cubed, best_assignment, ceaf_e, muc, score_all


def _clustering(*clusters: str) -> dict[str, str]:
    """ "ABCDE", "FG" -> {A: 0, ..., F: 1, G: 1}: one letter per mention."""
    return {mention: str(index) for index, cluster in enumerate(clusters) for mention in cluster}


# Bagga and Baldwin (1998), figure 2: the response wrongly joins the last two key entities.
KEY = _clustering("ABCDE", "FG", "HIJKL")
RESPONSE = _clustering("ABCDE", "FGHIJKL")


def test_muc_cannot_see_which_entities_were_joined() -> None:
    score = muc(KEY, RESPONSE)
    assert score.recall == 1.0
    assert score.precision == pytest.approx(0.9)  # (4 + 5) / (4 + 6)


def test_b_cubed_on_the_bagga_baldwin_example() -> None:
    score = b_cubed(KEY, RESPONSE)
    assert score.recall == 1.0
    assert score.precision == pytest.approx((5 + 2 * 2 / 7 + 5 * 5 / 7) / 12)  # 0.762, as in the paper
    assert score.f1 == pytest.approx(2 * 0.7619 / 1.7619, abs=1e-3)


def test_ceaf_e_aligns_each_key_entity_to_one_response_entity() -> None:
    score = ceaf_e(KEY, RESPONSE)
    best = 1.0 + 2 * 5 / (5 + 7)  # ABCDE with ABCDE, HIJKL with FGHIJKL; FG stays unaligned
    assert score.recall == pytest.approx(best / 3)
    assert score.precision == pytest.approx(best / 2)


def test_identical_clusterings_score_one_everywhere() -> None:
    scores = score_all(KEY, KEY)
    for part in (scores.muc, scores.b_cubed, scores.ceaf_e):
        assert (part.precision, part.recall) == (1.0, 1.0)
    assert scores.conll_f1 == 1.0


def test_all_singletons_against_one_cluster() -> None:
    singletons = _clustering("A", "B", "C", "D")
    one = _clustering("ABCD")
    assert muc(one, singletons).recall == 0.0
    assert b_cubed(one, singletons).recall == pytest.approx(0.25)
    assert b_cubed(one, singletons).precision == 1.0
    assert b_cubed(singletons, one).precision == pytest.approx(0.25)


def test_twinless_key_mentions_lower_recall_only() -> None:
    key = _clustering("ABC", "DE")
    response = _clustering("AB", "D")  # C and E were never found
    score = b_cubed(key, response)
    assert score.precision == 1.0
    assert score.recall == pytest.approx((4 / 3 + 1 / 2) / 5)
    assert muc(key, response).recall == pytest.approx(1 / 3)  # ABC: pieces AB and C; DE: D and E


def test_sums_over_documents_weigh_by_mentions() -> None:
    first = b_cubed(_clustering("AB"), _clustering("A", "B"))
    second = b_cubed(_clustering("CDEF"), _clustering("CDEF"))
    total = first + second
    assert total.recall == pytest.approx((1 + 4) / 6)


@pytest.mark.parametrize("seed", range(12))
def test_assignment_is_optimal_against_brute_force(seed: int) -> None:
    generator = random.Random(seed)
    rows, columns = generator.randint(1, 5), generator.randint(1, 5)
    weights = [[generator.choice([0.0, 0.25, 0.5, 1.0, generator.random()]) for _ in range(columns)]
               for _ in range(rows)]
    pairs = best_assignment(weights)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    found = sum(weights[i][j] for i, j in pairs)
    small, large = (rows, columns) if rows <= columns else (columns, rows)
    best = 0.0
    for chosen in itertools.permutations(range(large), small):
        pairs_tried = zip(range(small), chosen, strict=True)
        total = sum(weights[a][b] if rows <= columns else weights[b][a] for a, b in pairs_tried)
        best = max(best, total)
    assert found == pytest.approx(best)


def test_assignment_of_nothing() -> None:
    assert best_assignment([]) == []
