"""The fixed file names of a model package and their size limits."""

from __future__ import annotations

MODEL = "model.onnx"
CARD = "card.json"
BACKGROUND = "background.csv"
VALIDATION = "validation.json"
MANIFEST = "manifest.json"
SIGNATURE = "signature"

#: Files covered by the manifest, in the order they are checked.
CONTENT_FILES = (CARD, MODEL, BACKGROUND, VALIDATION)
ALL_FILES = (*CONTENT_FILES, MANIFEST, SIGNATURE)

PACKAGE_SUFFIX = ".kuona"
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_BACKGROUND_ROWS = 200
