"""Plain state that views follow: listeners called after every change (napari's pattern: the
view subscribes to the state; the state never knows what a view is)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Listener = Callable[[], None]


class Observable:
    """Mixin for a dataclass with a `_listeners: list[Listener]` field."""

    _listeners: list[Listener]

    def subscribe(self, listener: Listener) -> None:
        """Call `listener()` after every change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()


class Followable(Protocol):
    """Anything a view can follow (an Observable, a Consultation)."""

    def subscribe(self, listener: Listener) -> None:
        """Call `listener()` after every change."""

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""


def follow[S: Followable](old: S | None, new: S | None, listener: Listener) -> S | None:
    """Move `listener` from `old` to `new` (either may be None) and return `new`."""
    if old is not None:
        old.unsubscribe(listener)
    if new is not None:
        new.subscribe(listener)
    return new
