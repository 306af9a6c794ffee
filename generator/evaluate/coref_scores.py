"""Coreference scores: MUC, B³, CEAFe and their average (the CoNLL F1).

Definitions as in the reference scorer (Pradhan et al., "Scoring Coreference Partitions of Predicted
Mentions: A Reference Implementation", ACL 2014), for key and response mention sets that need not be
the same ("twinless" mentions):

* B³ (Bagga and Baldwin 1998): recall = Σ_K Σ_R |K∩R|² / |K| over Σ|K|; precision the same with the
  roles swapped. A key mention missing from the response lowers recall only.
* MUC (Vilain et al. 1995): recall = Σ_K (|K| − p(K)) / Σ_K (|K| − 1), p(K) the number of pieces
  the response cuts K into, a key mention the response lacks being a piece of its own.
* CEAFe (Luo 2005): the best one-to-one alignment of key and response entities under
  φ4(K, R) = 2|K∩R| / (|K| + |R|); recall = Σφ4 / number of key entities, precision over response
  entities. The alignment is found exactly with the Hungarian algorithm (below; scipy is not a
  dependency of this project).

A clustering is given as a mapping from mention to cluster id; mentions are any hashable values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

Clustering = Mapping[Any, Hashable]  # mention -> cluster id (Any: Mapping's key type is invariant)
Clusters = list[frozenset[Hashable]]


@dataclass(frozen=True)
class PRF:
    """Precision and recall as numerator/denominator pairs, so sums over many documents stay exact."""

    recall_num: float = 0.0
    recall_den: float = 0.0
    precision_num: float = 0.0
    precision_den: float = 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.recall_num + other.recall_num, self.recall_den + other.recall_den,
                   self.precision_num + other.precision_num, self.precision_den + other.precision_den)

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def clusters_of(clustering: Clustering) -> Clusters:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for mention, cluster in clustering.items():
        groups[cluster].add(mention)
    return [frozenset(members) for members in groups.values()]


def b_cubed(key: Clustering, response: Clustering) -> PRF:
    keys, responses = clusters_of(key), clusters_of(response)
    recall = sum(len(k & r) ** 2 / len(k) for k in keys for r in responses)
    precision = sum(len(k & r) ** 2 / len(r) for k in keys for r in responses)
    return PRF(recall, sum(len(k) for k in keys), precision, sum(len(r) for r in responses))


def muc(key: Clustering, response: Clustering) -> PRF:
    keys, responses = clusters_of(key), clusters_of(response)
    recall_num, recall_den = _muc_side(keys, response)
    precision_num, precision_den = _muc_side(responses, key)
    return PRF(recall_num, recall_den, precision_num, precision_den)


def _muc_side(clusters: Clusters, other: Clustering) -> tuple[float, float]:
    """Σ (|C| − pieces of C under `other`) and Σ (|C| − 1); a mention `other` lacks is its own piece."""
    numerator = denominator = 0
    for cluster in clusters:
        pieces = {other[m] for m in cluster if m in other}
        lacking = sum(1 for m in cluster if m not in other)
        numerator += len(cluster) - (len(pieces) + lacking)
        denominator += len(cluster) - 1
    return float(numerator), float(denominator)


def ceaf_e(key: Clustering, response: Clustering) -> PRF:
    keys, responses = clusters_of(key), clusters_of(response)
    similarity = [[2 * len(k & r) / (len(k) + len(r)) for r in responses] for k in keys]
    total = sum(similarity[i][j] for i, j in best_assignment(similarity))
    return PRF(total, float(len(keys)), total, float(len(responses)))


@dataclass(frozen=True)
class CorefScores:
    muc: PRF
    b_cubed: PRF
    ceaf_e: PRF

    def __add__(self, other: CorefScores) -> CorefScores:
        return CorefScores(self.muc + other.muc, self.b_cubed + other.b_cubed, self.ceaf_e + other.ceaf_e)

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


EMPTY_SCORES = CorefScores(PRF(), PRF(), PRF())


def score_all(key: Clustering, response: Clustering) -> CorefScores:
    return CorefScores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))


def best_assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Row/column pairs of a one-to-one assignment with the largest total weight (Hungarian algorithm,
    O(n³), on the square matrix padded with zeros; pairs on padding are left out)."""
    rows = len(weights)
    columns = len(weights[0]) if rows else 0
    size = max(rows, columns)
    if size == 0:
        return []
    largest = max((w for row in weights for w in row), default=0.0)
    # Minimise cost = largest − weight; padding costs `largest` (weight 0).
    cost = [[largest - (weights[i][j] if i < rows and j < columns else 0.0) for j in range(size)]
            for i in range(size)]
    column_of_row = _hungarian_minimum(cost)
    return [(i, j) for i, j in enumerate(column_of_row) if i < rows and j < columns]


def _hungarian_minimum(cost: list[list[float]]) -> list[int]:
    """For a square cost matrix, the column assigned to each row in a minimum-cost assignment
    (the potentials formulation of Kuhn-Munkres, 1-based internally)."""
    n = len(cost)
    infinity = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    row_of_column, way = [0] * (n + 1), [0] * (n + 1)
    for row in range(1, n + 1):
        row_of_column[0] = row
        column = 0
        slack = [infinity] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[column] = True
            current_row, delta, next_column = row_of_column[column], infinity, 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                reduced = cost[current_row - 1][j - 1] - u[current_row] - v[j]
                if reduced < slack[j]:
                    slack[j], way[j] = reduced, column
                if slack[j] < delta:
                    delta, next_column = slack[j], j
            for j in range(n + 1):
                if used[j]:
                    u[row_of_column[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            column = next_column
            if row_of_column[column] == 0:
                break
        while column:
            previous = way[column]
            row_of_column[column] = row_of_column[previous]
            column = previous
    column_of_row = [0] * n
    for j in range(1, n + 1):
        column_of_row[row_of_column[j] - 1] = j - 1
    return column_of_row
