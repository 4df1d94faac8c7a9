"""The result of one explanation, and its stable JSON shape for the audit log and the UI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

OUTPUT_SPACES = ("probability", "logit", "raw")

_REQUIRED_KEYS = (
    "model",
    "model_version",
    "prediction",
    "output_space",
    "base_value",
    "contributions",
    "method",
    "exact",
    "warnings",
)


@dataclass(frozen=True)
class Explanation:
    """SHAP contributions of one case, so that base_value + sum(contributions) == prediction."""

    model: str
    model_version: str
    prediction: float
    output_space: str
    base_value: float
    contributions: dict[str, float]
    method: str
    exact: bool
    warnings: list[dict[str, Any]]
    errors: dict[str, float] | None = None
    #: The prediction's range from a calibration set: {"low", "high", "method", "coverage"};
    #: None where there is none (a bare model, a package without calibration.csv).
    interval: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-ready dict of plain Python types; "errors" only when it is set."""
        out: dict[str, Any] = {
            "model": self.model,
            "model_version": self.model_version,
            "prediction": float(self.prediction),
            "output_space": self.output_space,
            "base_value": float(self.base_value),
            "contributions": {str(k): float(v) for k, v in self.contributions.items()},
            "method": self.method,
            "exact": bool(self.exact),
            "warnings": [_plain(w) for w in self.warnings],
            "interval": None if self.interval is None else _plain(self.interval),
        }
        if self.errors is not None:
            out["errors"] = {str(k): float(v) for k, v in self.errors.items()}
        return out

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Explanation:
        """Rebuild an Explanation from to_json() output; raise ValueError on a wrong key set."""
        missing = [k for k in _REQUIRED_KEYS if k not in d]
        unknown = sorted(set(d) - set(_REQUIRED_KEYS) - {"errors", "interval"})
        if missing or unknown:
            raise ValueError(
                f"bad explanation JSON: missing keys {missing}, unknown keys {unknown}"
            )
        if d["output_space"] not in OUTPUT_SPACES:
            raise ValueError(f"bad explanation JSON: unknown output space {d['output_space']!r}")
        errors = d.get("errors")
        return cls(
            model=str(d["model"]),
            model_version=str(d["model_version"]),
            prediction=float(d["prediction"]),
            output_space=str(d["output_space"]),
            base_value=float(d["base_value"]),
            contributions={str(k): float(v) for k, v in d["contributions"].items()},
            method=str(d["method"]),
            exact=bool(d["exact"]),
            warnings=[_plain(w) for w in d["warnings"]],
            errors=None if errors is None else {str(k): float(v) for k, v in errors.items()},
            interval=None if d.get("interval") is None else _plain(d["interval"]),
        )


def _plain(item: Mapping[str, Any]) -> dict[str, Any]:
    """A warning or interval as JSON values: numbers, lists of names and null kept, else text."""

    def value(v: Any) -> Any:
        if v is None or isinstance(v, bool | str):
            return v
        if isinstance(v, int | float):
            return float(v)
        if isinstance(v, list | tuple):
            return [str(x) for x in v]
        return str(v)

    return {str(k): value(v) for k, v in item.items()}
