"""Where Kuona keeps its data: the platform's user data folder, or KUONA_HOME when set."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path


def home() -> Path:
    """The data folder (created on first use)."""
    override = os.environ.get("KUONA_HOME")
    path = Path(override) if override else user_data_path("Kuona", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def trust_folder() -> Path:
    """Extra steward public keys this installation trusts (besides the built-in ones)."""
    return home() / "trust"


def user_models_folder() -> Path:
    """Packages the user installed, next to the shipped catalog."""
    return home() / "models"


def model_folders() -> list[Path]:
    """Every folder the app looks in for packages: the shipped catalog, then the user's."""
    from models.catalog import BUILTIN_CATALOG  # noqa: PLC0415 - keeps onnx off the start-up path

    return [BUILTIN_CATALOG, user_models_folder()]
