"""Import, export and report take on_progress / should_stop as plain functions (no widgets)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.district.importer import STOP_EVERY, import_paths
from desktop.district.report import PROGRESS_EVERY, district_report
from desktop.sync.errors import Cancelled
from desktop.sync.export import export_bundle
from tests.desktop.sync.helpers import append, dump, make_clinic, make_district, open_district


class StopAfter:
    """A should_stop that says yes from its n-th call on, counting its calls."""

    def __init__(self, n: int) -> None:
        self.n, self.calls = n, 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.calls >= self.n


def _db_path(root: Path) -> Path:
    return root / "district-home" / "district" / "district.sqlite"


def test_import_reports_progress_per_bundle(tmp_path: Path) -> None:
    """on_progress gets (1, 3), (2, 3), (3, 3) for three bundle files."""
    district = make_district(tmp_path)
    stick = tmp_path / "stick"
    for name in ("a", "b", "c"):
        make_clinic(tmp_path, 2, name=name).export(stick, district)
    seen: list[tuple[int, int]] = []
    with open_district(tmp_path) as db:
        result = import_paths(
            db, [stick], district_private=district, on_progress=lambda d, t: seen.append((d, t))
        )
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert (result.total, result.done, result.stopped) == (3, 3, False)


def test_stop_inside_a_bundle_rolls_that_bundle_back(tmp_path: Path) -> None:
    """Stopped part-way through the second bundle: the first stays imported, the district holds
    nothing of the second, and the result says it stopped."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 3)
    first_path = clinic.export(tmp_path / "s1", district)
    clinic.store.acknowledge(seq=3, hash=clinic.store.head()[1])
    append(clinic.store, 3 * STOP_EVERY)
    second_path = clinic.export(tmp_path / "s2", district)
    with open_district(tmp_path) as db:
        import_paths(db, [first_path], district_private=district)
    before = dump(_db_path(tmp_path))
    # Polls: before bundle 1, record 0 of bundle 1, end of bundle 1, before bundle 2, then
    # records 0, 256, 512 of bundle 2: stop there, well inside it.
    stop = StopAfter(7)
    with open_district(tmp_path) as db:
        result = import_paths(
            db, [second_path, first_path], district_private=district, should_stop=stop
        )
    assert stop.calls == 7
    assert result.stopped and (result.done, result.total) == (1, 2)
    (tally,) = result.devices.values()
    assert (tally.bundles, tally.duplicates, tally.added, tally.head[0]) == (1, 3, 0, 3)
    assert dump(_db_path(tmp_path)) == before
    with open_district(tmp_path) as db:
        (again,) = import_paths(db, [second_path], district_private=district).devices.values()
    assert (again.added, again.head[0]) == (3 * STOP_EVERY, 3 + 3 * STOP_EVERY)


def test_stop_before_the_first_bundle_imports_nothing(tmp_path: Path) -> None:
    """should_stop() true at once: no bundle is read, the district database is unchanged."""
    district = make_district(tmp_path)
    path = make_clinic(tmp_path, 4).export(tmp_path / "stick", district)
    with open_district(tmp_path) as db:
        pass
    before = dump(_db_path(tmp_path))
    with open_district(tmp_path) as db:
        result = import_paths(db, [path], district_private=district, should_stop=lambda: True)
    assert (result.stopped, result.done, result.devices) == (True, 0, {})
    assert dump(_db_path(tmp_path)) == before


def test_export_progress_counts_records_then_the_write(tmp_path: Path) -> None:
    """Export reports records read page by page, then one step for the written bundle."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 1500)
    seen: list[tuple[int, int]] = []
    (tmp_path / "stick").mkdir()
    path = export_bundle(
        clinic.store,
        to_dir=tmp_path / "stick",
        device_key=clinic.key,
        district_public=district.public,
        on_progress=lambda d, t: seen.append((d, t)),
    )
    assert path is not None and path.exists()
    assert seen == [(0, 1500), (1000, 1500), (1500, 1501), (1501, 1501)]


@pytest.mark.parametrize("calls", [1, 2, 3])
def test_stopped_export_writes_no_file(tmp_path: Path, calls: int) -> None:
    """Stopped while reading (1st or 2nd page) or just before writing: Cancelled, the stick
    stays empty and the records stay exportable."""
    district = make_district(tmp_path)
    clinic = make_clinic(tmp_path, 1500)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(Cancelled):
        export_bundle(
            clinic.store,
            to_dir=stick,
            device_key=clinic.key,
            district_public=district.public,
            should_stop=StopAfter(calls),
        )
    assert os.listdir(stick) == []
    assert clinic.export(stick, district).exists()


def test_report_progress_and_stop(tmp_path: Path) -> None:
    """The report counts rows read through on_progress and gives up on should_stop()."""
    district = make_district(tmp_path)
    total = PROGRESS_EVERY + 10
    clinic = make_clinic(tmp_path, total)
    with open_district(tmp_path) as db:
        import_paths(db, [clinic.export(tmp_path / "stick", district)], district_private=district)
        seen: list[tuple[int, int]] = []
        report = district_report(db, on_progress=lambda d, t: seen.append((d, t)))
        assert report["records"] == total
        assert seen == [(PROGRESS_EVERY, total), (total, total)]
        with pytest.raises(Cancelled):
            district_report(db, should_stop=lambda: True)
