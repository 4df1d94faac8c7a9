"""A python-tuf fetcher that reads a repository folder (a USB stick) instead of the network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

from tuf.api.exceptions import DownloadError, DownloadHTTPError
from tuf.ngclient import FetcherInterface

CHUNK = 1 << 16


class FolderFetcher(FetcherInterface):
    """Serves `file:` URLs inside one folder; remembers the last file asked for (to name it)."""

    def __init__(self, folder: Path) -> None:
        """Only files under `folder` are served; anything else is "not found"."""
        self.folder = folder.resolve()
        self.last = ""

    def _fetch(self, url: str) -> Iterator[bytes]:
        path = Path(unquote(urlparse(url).path)).resolve()
        self.last = (
            path.relative_to(self.folder).as_posix() if path.is_relative_to(self.folder) else url
        )
        if not path.is_relative_to(self.folder) or not path.is_file():
            raise DownloadHTTPError(f"not found: {self.last}", 404)
        return self._chunks(path)

    def _chunks(self, path: Path) -> Iterator[bytes]:
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(CHUNK):
                    yield chunk
        except OSError as exc:  # the stick was pulled out while reading
            raise DownloadError(f"unreadable: {self.last}") from exc


def folder_url(folder: Path) -> str:
    """The `file:` URL of a folder, with the trailing slash the updater joins names to."""
    return folder.resolve().as_uri() + "/"
