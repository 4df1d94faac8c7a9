"""The window's modules load without the numerical stack, so it shows fast on an old laptop."""

from __future__ import annotations

import json
import subprocess
import sys

#: Loaded later, in the catalog worker thread (about 1-2 s on a 2-core laptop).
HEAVY = ("numpy", "onnx", "onnxruntime", "pandas", "sqlite_utils", "shap", "scipy", "sklearn")


def test_importing_the_main_window_loads_no_heavy_module() -> None:
    """A fresh `import desktop.ui.app` brings in none of numpy, onnx, pandas, sqlite_utils..."""
    code = (
        "import json, sys; import desktop.ui.app; "
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
