"""A brute-force Shapley oracle over any function of feature rows, independent of the explainer."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray


def shapley_oracle(
    value_of_rows: Callable[[list[list[float]]], list[float]],
    background: NDArray[np.float64],
    case: NDArray[np.float64],
) -> tuple[float, float, list[float]]:
    """Brute-force Shapley values over features (players), fsum, one evaluation per subset."""
    n = len(case)
    cache: dict[frozenset[int], float] = {}

    def value(subset: frozenset[int]) -> float:
        if subset not in cache:
            rows = [[case[j] if j in subset else b[j] for j in range(n)] for b in background]
            cache[subset] = math.fsum(value_of_rows(rows)) / len(rows)
        return cache[subset]

    phi = []
    for i in range(n):
        others = [j for j in range(n) if j != i]
        terms = []
        for size in range(n):
            w = math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
            for combo in itertools.combinations(others, size):
                s = frozenset(combo)
                terms.append(w * (value(s | {i}) - value(s)))
        phi.append(math.fsum(terms))
    return value_of_rows([list(case)])[0], value(frozenset()), phi
