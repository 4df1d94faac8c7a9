"""grouped_drift.classes: the counts np.searchsorted gives, found by a grid instead."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from desktop.monitoring.grouped_drift import classes

RNG = np.random.default_rng(5)
SPECIAL = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 1e308, -1e308, 5e-324, 1.0, 2.0, 3.5])
REFERENCES = {
    "continuous": np.sort(RNG.normal(size=400)),
    "ties": np.sort(RNG.integers(0, 12, 300).astype(float)),
    "two values": np.array([0.0, 0.0, 1.0, 1.0, 1.0]),
    "one value": np.array([3.5] * 60),
    "clustered": np.sort(np.r_[np.linspace(0, 1e-9, 50), [1e9]]),  # one cell holds 50 points
    "with infinities": np.sort(np.r_[-np.inf, RNG.normal(size=80), np.inf, np.inf]),
    "huge range": np.array([-1.7e308, -1.0, 0.0, 1.0, 1.7e308]),
    "empty": np.empty(0),
}

Array = NDArray[np.float64]
Found = tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64] | None]


def search(reference: Array, values: Array, edges: Array | None = None) -> Found:
    """Per value, as np.searchsorted would give them (NaN after everything): how many sorted
    `reference` values are < it ("left") and <= it ("right"), and with sorted `edges`, how
    many edges are <= it; from classes() among the distinct values of both."""
    points = np.unique(reference if edges is None else np.concatenate([reference, edges]))
    if len(points) == 0:
        none = np.zeros(len(values), dtype=np.int64)
        return none, none, None if edges is None else none
    found = classes(points, values)
    below, equal = found >> 1, (found & 1).astype(bool)  # points < value; value a point
    hit = np.minimum(below, len(points) - 1)
    # points[k] bounds: reference (edges) values < points[k], and <= it; k = len: all
    ref_below = np.searchsorted(reference, np.append(points, np.inf), "left")
    ref_below[-1] = len(reference)
    at = ref_below[below]
    after = np.where(equal, np.searchsorted(reference, points, "right")[hit], at)
    if edges is None:
        return at, after, None
    edge_below = np.searchsorted(edges, np.append(points, np.inf), "left")
    edge_below[-1] = len(edges)
    binned = np.where(equal, np.searchsorted(edges, points, "right")[hit], edge_below[below])
    return at, after, binned


@pytest.mark.parametrize("name", REFERENCES)
def test_the_counts_equal_searchsorted_for_every_kind_of_value(name: str) -> None:
    """Below, at-or-below and the decile bin of values drawn from the reference, between
    its values, far outside, NaN and infinite, equal np.searchsorted's (left, right, edges)."""
    reference = REFERENCES[name]
    finite = reference[np.isfinite(reference)]
    edges = np.unique(np.quantile(finite, np.linspace(0, 1, 11)[1:-1])) if len(finite) else finite
    values = np.concatenate(
        [
            RNG.choice(reference, 500) if len(reference) else np.empty(0),
            RNG.normal(scale=3, size=500),
            np.nextafter(reference, np.inf),
            np.nextafter(reference, -np.inf),
            edges,
            np.nextafter(edges, np.inf),
            SPECIAL,
        ]
    )
    RNG.shuffle(values)
    at, after, binned = search(reference, values, edges)
    assert np.array_equal(at, np.searchsorted(reference, values, "left"))
    assert np.array_equal(after, np.searchsorted(reference, values, "right"))
    assert binned is not None
    assert np.array_equal(binned, np.searchsorted(edges, values, "right"))
    assert search(reference, values)[2] is None


@pytest.mark.parametrize("together", [2, 3, 8, 9])
def test_classes_where_a_cell_of_the_finest_grid_holds_several_points(together: int) -> None:
    """Points so close that no grid separates them (a cell holds `together` of them, compared
    one by one, or np.searchsorted past 8): each value's class is 2 k below k points, 2 k + 1
    on points[k], as np.searchsorted finds it."""
    tight = 5e-324 * np.arange(together)
    points = np.unique(np.r_[tight, 1.0 + tight, RNG.normal(size=60)])
    values = np.concatenate(
        [points, np.nextafter(points, np.inf), np.nextafter(points, -np.inf), SPECIAL]
    )
    values = np.concatenate([values, RNG.normal(scale=2, size=500)])
    below = np.searchsorted(points, values, "left")
    on = (below < len(points)) & (points[np.minimum(below, len(points) - 1)] == values)
    expected = np.where(np.isnan(values), 2 * len(points), 2 * below + on)
    assert np.array_equal(classes(points, values), expected)
