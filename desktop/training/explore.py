"""The what-if panel's state: a case as recorded, its values as the trainer changed them, and the
latest re-explanation. Plain state the panel follows; the work itself is `whatif.what_if`.

Each change of a feature is measured from where that feature's change began (its "anchor": the
values and explanation just before the trainer first touched it), so a slider dragged from 120
to 180 says what the whole move did, not only its last step. Touching another feature moves the
anchor to the values as they now are. Requests carry increasing tickets; a result older than the
one shown (or from before a reset) is dropped, so a slow result never replaces a newer one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.observable import Listener, Observable
from desktop.training.whatif import check_value

if TYPE_CHECKING:
    from collections.abc import Mapping

    from desktop.training.whatif import WhatIf
    from explainers import Explanation
    from models.verify import VerifiedPackage


def _equal(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


def _same(base: dict[str, float], result: WhatIf, feature: str) -> bool:
    """`result` was computed from `base` with `feature` changed."""
    return result.feature == feature and all(
        _equal(result.inputs[k], v) for k, v in base.items() if k != feature
    )


@dataclass(frozen=True)
class Request:
    """One change to compute: `what_if(package, base, feature=, value=, before=)`."""

    ticket: int
    feature: str
    value: float
    base: dict[str, float]
    before: Explanation | None


@dataclass
class Exploration(Observable):
    """The recorded case, the current values and the latest what-if result; listeners hear
    every change."""

    package: VerifiedPackage
    recorded: dict[str, float] = field(default_factory=dict)
    recorded_explanation: Explanation | None = None
    inputs: dict[str, float] = field(default_factory=dict)
    latest: WhatIf | None = None
    error: str | None = None
    _anchor: tuple[str, dict[str, float], Explanation | None] | None = None
    _ticket: int = 0
    _shown: int = 0
    _listeners: list[Listener] = field(default_factory=list)

    @property
    def explanation(self) -> Explanation | None:
        """The explanation of the values as last computed (the recorded one before any change)."""
        return self.latest.after if self.latest is not None else self.recorded_explanation

    @property
    def busy(self) -> bool:
        """A change was requested whose result has not been shown yet."""
        return self._ticket > self._shown

    @property
    def changed_features(self) -> list[str]:
        """Features whose current value differs from the recorded case, in card order."""
        return [
            f for f in self.package.card.feature_ids if not _equal(self.inputs[f], self.recorded[f])
        ]

    def start(self, inputs: Mapping[str, float], explanation: Explanation | None) -> None:
        """Begin on a (new) recorded case; results still running for the old one are dropped."""
        self.recorded = {k: float(v) for k, v in inputs.items()}
        self.recorded_explanation = explanation
        self.reset()

    def reset(self) -> None:
        """Back to the recorded values."""
        self.inputs = dict(self.recorded)
        self.latest, self.error, self._anchor = None, None, None
        self._shown = self._ticket
        self._changed()

    def request(self, feature: str, value: float) -> Request:
        """Set `feature` to `value`; the Request says what to compute. Refused (TrainingError)
        for a feature the model lacks or a value a yes/no or category cannot take.

        Listeners are not called: they hear the result (`busy` is true until then). Redrawing
        the screen for a request takes the CPU the re-explanation needs (on 2 cores it delayed
        the start of the explanation by 11-19 ms and slowed it about twice)."""
        check_value(self.package, feature, value)
        if self._anchor is None or self._anchor[0] != feature:
            current = self.explanation if not self.busy else None
            self._anchor = (feature, dict(self.inputs), current)
        _, base, before = self._anchor
        self.inputs[feature] = float(value)
        self._ticket += 1
        return Request(self._ticket, feature, float(value), dict(base), before)

    def finish(self, ticket: int, result: WhatIf) -> bool:
        """Show `result` unless a newer one is shown already (False: dropped as stale)."""
        if ticket <= self._shown:
            return False
        self._shown, self.latest, self.error = ticket, result, None
        anchor = self._anchor
        if anchor is not None and anchor[2] is None and _same(anchor[1], result, anchor[0]):
            self._anchor = (anchor[0], anchor[1], result.before)  # saves one explanation next time
        self._changed()
        return True

    def fail(self, ticket: int, error: str) -> bool:
        """The change for `ticket` could not be explained (`error` names the problem)."""
        if ticket <= self._shown:
            return False
        self._shown, self.error = ticket, error
        self._changed()
        return True
