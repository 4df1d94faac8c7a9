"""Kuona explainers: SHAP values for ONNX models, knowing nothing of packages or the app.

`Explanation` is imported at once; the rest (onnx, onnxruntime, numpy) only when first used,
so that a window can import the result type without paying for the numerical stack.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from explainers.explanation import Explanation

if TYPE_CHECKING:
    from explainers.api import explain
    from explainers.spec import InputSpec, ModelSpec, OutputSpec

__all__ = ["Explanation", "InputSpec", "ModelSpec", "OutputSpec", "explain"]

_LAZY = {
    "explain": "explainers.api",
    "InputSpec": "explainers.spec",
    "ModelSpec": "explainers.spec",
    "OutputSpec": "explainers.spec",
}


def __getattr__(name: str) -> Any:
    """Import the heavier public names on first use (PEP 562)."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'explainers' has no attribute {name!r}")
