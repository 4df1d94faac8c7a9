"""What an import found, per device: the reconciliation of counts that ends every import.

"Sync complete" must never hide missing records (vaccine_registry #88): each device's tally
says what was added, skipped as a duplicate, found missing (gaps) or tampered with, and which
bundles were refused and why, as Anki's post-sync sanity check does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.audit.record import GENESIS


@dataclass
class DeviceTally:
    """The reconciliation of one device after an import."""

    device_id: str
    bundles: int = 0
    added: int = 0
    duplicates: int = 0
    tampering: list[dict[str, Any]] = field(default_factory=list)
    gaps: list[tuple[int, int]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    head: tuple[int, str] = (0, GENESIS)
    folders: list[Path] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """As printed by `kuona audit import --json`."""
        return {
            "device_id": self.device_id,
            "bundles_imported": self.bundles,
            "added": self.added,
            "duplicates": self.duplicates,
            "tampering": self.tampering,
            "gaps": [{"from": a, "to": b} for a, b in self.gaps],
            "refused": self.refused,
            "head_seq": self.head[0],
            "head_hash": self.head[1],
        }


@dataclass
class ImportResult:
    """Every device's tally, and bundles refused before their device was known."""

    devices: dict[str, DeviceTally] = field(default_factory=dict)
    refused: list[dict[str, str]] = field(default_factory=list)
    #: Bundle files found, and how many were dealt with (imported or refused).
    total: int = 0
    done: int = 0
    #: should_stop() ended the import before every file was dealt with.
    stopped: bool = False

    def tally(self, device_id: str) -> DeviceTally:
        """The device's tally, created on first use."""
        return self.devices.setdefault(device_id, DeviceTally(device_id))

    def to_json(self) -> dict[str, Any]:
        """As printed by `kuona audit import --json`."""
        return {
            "devices": [self.devices[d].to_json() for d in sorted(self.devices)],
            "refused": self.refused,
            "bundles_found": self.total,
            "bundles_done": self.done,
            "stopped": self.stopped,
        }
