"""The district's copy of a device's chain, checked record by record (as the clinic's verify()).

Every stored record must be intact (format 3: its hash covers the digests, so a record whose
note stayed home or whose values were erased still verifies) and link to the stored record
before it. Missing seqs are gaps, which the import report lists, not problems of this check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.audit.entry import from_row
from desktop.audit.errors import ChainProblem, Problem
from desktop.audit.record import GENESIS, AuditRecord

if TYPE_CHECKING:
    from desktop.district.database import DistrictDB


def chain_problems(db: DistrictDB, device_id: str) -> list[Problem]:
    """What is wrong with the stored records of this device; empty when they verify."""
    problems: list[Problem] = []
    prev: tuple[int, str] = (0, GENESIS)
    query = "SELECT * FROM records WHERE device_id = ? ORDER BY seq"
    for row in db.db.query(query, [device_id]):
        record = AuditRecord(from_row(row))
        if not record.intact():
            problems.append(Problem(ChainProblem.HASH_MISMATCH, record.seq))
        if prev[0] == record.seq - 1 and record.prev_hash != prev[1]:
            problems.append(Problem(ChainProblem.CHAIN_BROKEN, record.seq))
        prev = (record.seq, record.hash)
    return problems
