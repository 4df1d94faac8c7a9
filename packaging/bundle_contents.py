"""What goes into the one-folder app and what is left out (read by packaging/kuona.spec).

The app imports QtCore, QtGui and QtWidgets, never shap in the default build, and no network.
`kuona --self-test` in the built app proves that nothing it needs was left out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Never imported by the app (test and notebook tools, Tk, Qt modules Kuona does not use).
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "IPython",
    "matplotlib",
    "pytest",
    "hypothesis",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtQml",
    "PySide6.QtQuick",
]
#: shap and what only shap brings: without them tree ensembles in margin space are enumerated
#: (exact up to 14 features, sampled beyond), see packaging/README.md.
SHAP_STACK = ["shap", "sklearn", "scipy", "pandas", "numba", "llvmlite", "slicer", "cloudpickle"]

#: Qt plugins kept, by plugin folder: file name prefixes (Linux `lib` stripped), or None for all.
#: Folders not listed are left out whole (tls and networkinformation: Kuona never uses the
#: network; generic and egldeviceintegrations: input and GPU backends of eglfs/linuxfb only).
QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"),
    "platformthemes": ("qxdgdesktopportal",),  # not qgtk3: it would pull this machine's GTK
    "platforminputcontexts": None,  # compose keys (accents) and IBus
    "imageformats": ("qsvg", "qico"),  # PNG is built into QtGui
    "iconengines": None,
    "styles": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}


def keep_plugin(plugin_type: str, filename: str) -> bool:
    """Is this Qt plugin (its folder and file name) part of the app?"""
    if plugin_type not in QT_PLUGINS:
        return False
    prefixes = QT_PLUGINS[plugin_type]
    name = filename.removeprefix("lib")
    return prefixes is None or name.startswith(prefixes)


def qt_translations(languages: tuple[str, ...]) -> set[str]:
    """Qt's own catalogues the app loads (desktop/ui/widgets/translations.py: qtbase_LANG)."""
    return {f"qtbase_{language}.qm" for language in languages}


def keep_data(dest: str, *, languages: tuple[str, ...]) -> bool:
    """Is this data file (its path in the bundle) part of the app?"""
    parts = Path(dest).parts
    if parts[:3] == ("PySide6", "Qt", "translations"):
        return parts[-1] in qt_translations(languages)
    return True


def datas(root: Path) -> list[tuple[str, str]]:
    """Kuona's own files: the signed catalog, the trust store, the card schema, the message
    catalogues, the lesson, the training case libraries and the compiled .qm translations
    (build them first: i18n.update.release)."""
    found = [
        (root / "models" / "catalog", "models/catalog"),
        (root / "models" / "trust", "models/trust"),
        (root / "models" / "card.schema.json", "models"),
        (root / "i18n" / "messages", "i18n/messages"),
        (root / "i18n" / "lesson", "i18n/lesson"),
        (root / "desktop" / "training" / "library", "desktop/training/library"),
        *((qm, "i18n") for qm in sorted((root / "i18n").glob("kuona_*.qm"))),
    ]
    missing = [str(src) for src, _ in found if not src.exists()]
    if missing or not any(src.suffix == ".qm" for src, _ in found):
        raise SystemExit(f"bundle: missing {missing or 'the .qm translations'}")
    return [(str(src), dest) for src, dest in found]


def filter_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins above, before it resolves their
    libraries (filtering afterwards would keep what only a dropped plugin needed)."""
    from PyInstaller.utils.hooks import qt  # noqa: PLC0415 - only inside a PyInstaller build

    info_class: Any = getattr(qt, "QtLibraryInfo", None)
    original: Callable[..., list[tuple[str, str]]] | None = getattr(
        info_class, "collect_plugins", None
    )
    if original is None:
        raise SystemExit("bundle: this PyInstaller has no QtLibraryInfo.collect_plugins")

    def collect_plugins(self: object, plugin_type: str) -> list[tuple[str, str]]:
        kept = original(self, plugin_type)
        return [(src, dst) for src, dst in kept if keep_plugin(plugin_type, Path(src).name)]

    info_class.collect_plugins = collect_plugins
