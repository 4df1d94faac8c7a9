"""The fixed file names of a model package and their size limits."""

from __future__ import annotations

MODEL = "model.onnx"
CARD = "card.json"
BACKGROUND = "background.csv"
VALIDATION = "validation.json"
CALIBRATION = "calibration.csv"
MANIFEST = "manifest.json"
SIGNATURE = "signature"

#: Files covered by the manifest, in the order they are checked.
CONTENT_FILES = (CARD, MODEL, BACKGROUND, VALIDATION)
#: Content files a package may have; when present they are in the manifest and signed too.
OPTIONAL_FILES = (CALIBRATION,)
ALL_FILES = (*CONTENT_FILES, *OPTIONAL_FILES, MANIFEST, SIGNATURE)

PACKAGE_SUFFIX = ".kuona"
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_BACKGROUND_ROWS = 200
MAX_CALIBRATION_ROWS = 5000
