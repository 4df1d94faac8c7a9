"""Kuona explainers: SHAP values for ONNX models, knowing nothing of packages or the app."""

from explainers.api import explain
from explainers.explanation import Explanation
from explainers.spec import InputSpec, ModelSpec, OutputSpec

__all__ = ["Explanation", "InputSpec", "ModelSpec", "OutputSpec", "explain"]
