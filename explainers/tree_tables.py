"""A tree ensemble's margin as a sum of small lookup tables over threshold intervals.

Every split asks only which side of its threshold a (float32) value falls on, so the margin is
a function of each value's interval between the ensemble's thresholds for that feature (its
"key"). Trees are summed, once, into a few tables, each over the features its trees read and
cut only at those trees' thresholds; a row's margin is then one look-up per table instead of a
walk down every tree. The tables hold exactly the trees' leaf sums (float64), so enumerating
coalitions over them is exact.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from explainers.enumeration import RowMaker
from explainers.onnx_trees import Tree

MAX_CELLS = 1 << 16  # a tree whose own key grid is larger than this gives no tables
_MERGE_CELLS = 1 << 13  # trees share a table while its grid stays this small
_TOTAL_CELLS = 1 << 21  # all tables together (16 MB of float64)


@dataclass(frozen=True)
class TreeTables:
    """Keys per feature and, per feature, where each key lands in every table."""

    cuts: tuple[NDArray[np.float64], ...]  # per feature: sorted distinct float32 thresholds
    steps: tuple[NDArray[np.int64], ...]  # per feature: [n_keys, n_tables] offset in each table
    offsets: NDArray[np.int64]  # [n_tables]: where each table starts in `values`
    values: NDArray[np.float64]  # every table, flattened and concatenated
    base_offset: float

    def keys(self, rows: NDArray[np.float64]) -> NDArray[np.float64]:
        """[N, n_features] key of each value: how many of the feature's cuts lie below it.

        A missing value (NaN) has a key of its own, one past the last interval: every split
        sends it down its default branch, as onnxruntime does.
        """
        x = np.asarray(rows, dtype=np.float32).astype(np.float64)
        out = np.zeros(x.shape, dtype=np.float64)
        for j, cut in enumerate(self.cuts):
            if len(cut):
                column = x[:, j]
                out[:, j] = np.where(
                    np.isnan(column), len(cut) + 1, np.searchsorted(cut, column, side="left")
                )
        return out

    def start_index(self, keys: NDArray[np.float64]) -> NDArray[np.int64]:
        """[N, n_tables]: where rows given as keys (see `keys`) land in every table."""
        k = keys.astype(np.int64)
        index = np.broadcast_to(self.offsets, (len(k), len(self.offsets))).copy()
        for j, step in enumerate(self.steps):
            if step.shape[0] > 2:  # 2: a feature no tree cuts (its one interval, missing)
                index += step[k[:, j]]
        return index

    def margin_of_index(self, index: NDArray[np.int64]) -> NDArray[np.float64]:
        """The ensemble's margin for rows given by their place in every table."""
        return np.asarray(self.values[index].sum(axis=1) + self.base_offset, dtype=np.float64)

    def margin(self, rows: NDArray[np.float64]) -> NDArray[np.float64]:
        """The ensemble's margin for rows of feature values (NaN: missing)."""
        return self.margin_of_index(self.start_index(self.keys(rows)))

    def row_maker(
        self, background_keys: NDArray[np.float64], case_keys: NDArray[np.float64]
    ) -> RowMaker:
        """Coalition rows for `coalition_values`, laid out as places in the tables: taking
        feature j from the case moves a background row's place by a fixed step per table."""
        start = self.start_index(background_keys)
        bg = background_keys.astype(np.int64)
        case = case_keys.astype(np.int64)
        delta = np.zeros((len(bg), len(self.steps), len(self.offsets)), dtype=np.int64)
        for j, step in enumerate(self.steps):
            if step.shape[0] > 2:  # 2: a feature no tree cuts (its one interval, missing)
                delta[:, j] = step[case[j]][None, :] - step[bg[:, j]]

        def make(indices: NDArray[np.int64], diff: NDArray[np.bool_], k: int) -> NDArray[np.int64]:
            m = len(indices)
            out = np.empty((m, 1 << k, len(self.offsets)), dtype=np.int64)
            out[:, 0] = start[indices]
            where = np.nonzero(diff)[1].reshape(m, k)
            for level in range(k):
                lo, hi = 1 << level, 2 << level
                step = delta[indices, where[:, level]][:, None, :]
                np.add(out[:, :lo], step, out=out[:, lo:hi])
            return out.reshape(m << k, len(self.offsets))

        return make


@dataclass
class _Table:
    """Trees sharing one table, and the thresholds per feature that the table is cut at."""

    cuts: dict[int, set[float]] = field(default_factory=dict)
    trees: list[Tree] = field(default_factory=list)

    def cells_with(self, other: dict[int, set[float]]) -> int:
        keys = set(self.cuts) | set(other)
        return math.prod(len(self.cuts.get(f, set()) | other.get(f, set())) + 2 for f in keys)


def _cuts_of(tree: Tree) -> dict[int, set[float]]:
    out: dict[int, set[float]] = {}
    for f, t in zip(tree.features.tolist(), tree.thresholds.tolist(), strict=True):
        if f >= 0:
            out.setdefault(int(f), set()).add(float(t))
    return out


def _group(trees: tuple[Tree, ...]) -> list[_Table] | None:
    """Largest trees first, each joins the table whose grid grows least (staying within
    _MERGE_CELLS, or within its own size when the tree adds no cut), or starts a table."""
    cut_sets = [_cuts_of(t) for t in trees]
    own = [_Table().cells_with(c) for c in cut_sets]
    if max(own, default=1) > MAX_CELLS:
        return None
    tables: list[_Table] = []
    for i in sorted(range(len(trees)), key=lambda i: -own[i]):
        best: tuple[int, _Table] | None = None
        for table in tables:
            cells = table.cells_with(cut_sets[i])
            if cells <= max(_MERGE_CELLS, table.cells_with({})) and (
                best is None or cells < best[0]
            ):
                best = (cells, table)
        if best is None:
            best = (own[i], _Table())
            tables.append(best[1])
        for f, found in cut_sets[i].items():
            best[1].cuts.setdefault(f, set()).update(found)
        best[1].trees.append(trees[i])
    if sum(t.cells_with({}) for t in tables) > _TOTAL_CELLS:
        return None
    return tables


def _add_tree(table: NDArray[np.float64], tree: Tree, axes: dict[int, NDArray[np.float64]]) -> None:
    """Add the tree's leaf values to the table: each leaf covers a box of keys.

    `axes` maps each feature the tree reads to (axis position, the table's cuts on that axis);
    "x <= t" going left means "key <= index of t among the cuts". On each axis a box is a
    range of keys and, if the missing value's path leads there, the missing key (the last).
    """
    order = {f: i for i, f in enumerate(axes)}
    full = tuple((0, n - 2, True) for n in table.shape)
    stack: list[tuple[int, tuple[tuple[int, int, bool], ...]]] = [(0, full)]
    while stack:
        node, box = stack.pop()
        left = int(tree.children_left[node])
        if left < 0:
            parts = [
                _slices(lo, hi, missing, n)
                for (lo, hi, missing), n in zip(box, table.shape, strict=True)
            ]
            for cells in itertools.product(*parts):
                table[cells] += float(tree.values[node, 0])
            continue
        feature = int(tree.features[node])
        axis = order[feature]
        t = int(np.searchsorted(axes[feature], tree.thresholds[node]))
        lo, hi, missing = box[axis]
        right = int(tree.children_right[node])
        default = int(tree.children_default[node])
        for child, (low, high) in ((left, (lo, min(hi, t))), (right, (max(lo, t + 1), hi))):
            side = (low, high, missing and default == child)
            if low <= high or side[2]:  # a box with no key on this axis holds no cell
                stack.append((child, (*box[:axis], side, *box[axis + 1 :])))


def _slices(lo: int, hi: int, missing: bool, n: int) -> list[slice]:
    """One axis of a leaf's box as slices: keys lo..hi and, if `missing`, the missing key n - 1
    (one slice when they touch, as at the root)."""
    if missing and hi == n - 2:
        return [slice(lo, n)]
    out = [slice(lo, hi + 1)] if lo <= hi else []
    return [*out, slice(n - 1, n)] if missing else out


def build_tables(trees: tuple[Tree, ...], base_offset: float, n_features: int) -> TreeTables | None:
    """Tables for an ensemble, or None when some tree reads too many fine-grained features."""
    constant = math.fsum(float(t.values[0, 0]) for t in trees if t.children_left[0] < 0)
    grouped = _group(tuple(t for t in trees if t.children_left[0] >= 0))
    if grouped is None:
        return None
    every: list[set[float]] = [set() for _ in range(n_features)]
    for table in grouped:
        for f, found in table.cuts.items():
            every[f] |= found
    cuts = tuple(np.array(sorted(c), dtype=np.float64) for c in every)
    steps = [np.zeros((len(c) + 2, len(grouped)), dtype=np.int64) for c in cuts]
    flat: list[NDArray[np.float64]] = []
    for i, table in enumerate(grouped):
        axes = {f: np.array(sorted(table.cuts[f]), dtype=np.float64) for f in sorted(table.cuts)}
        values = np.zeros([len(c) + 2 for c in axes.values()], dtype=np.float64)
        for tree in table.trees:
            _add_tree(values, tree, axes)
        stride = 1
        for f in reversed(axes):  # C order: the last axis varies fastest
            below = np.searchsorted(axes[f], cuts[f], side="right")  # local key of each key
            steps[f][:, i] = np.concatenate([[0], below, [len(axes[f]) + 1]]) * stride
            stride *= len(axes[f]) + 2
        flat.append(values.reshape(-1))
    sizes = [len(v) for v in flat]
    offsets = np.cumsum([0, *sizes])[:-1].astype(np.int64)
    values = np.concatenate(flat) if flat else np.zeros(0)
    return TreeTables(cuts, tuple(steps), offsets, values, float(base_offset) + constant)
