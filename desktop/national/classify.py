"""The verdicts of a push's records, given by their chain keys and what the store holds.

Set-based, over the whole push at once, in PostgreSQL: see push.py for what each verdict
means. The records refused on their own (`hash_mismatch`, `record_invalid`) get theirs after
the second pass over the district (stage.py); theirs wins over what their keys gave, and no
other record's verdict depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import psycopg

KEY_TABLE = """CREATE TEMP TABLE push_keys (
    device_id text COLLATE "C", seq bigint, uuid text COLLATE "C", hash text COLLATE "C",
    prev_hash text COLLATE "C", own_broken boolean) ON COMMIT DROP"""
#: Every record that is not simply new, with its verdict as its chain keys give it (the
#: records refused on their own get theirs after pass 2): one pass over the push's keys
#: (`own_broken`: its link to the record before it in this push), what the store holds of the
#: push's devices read once, a device's fork point found among the few rows that diverge.
_CLASSIFY = """CREATE TEMP TABLE push_v ON COMMIT DROP AS
WITH held AS MATERIALIZED (
    SELECT device_id, seq, uuid, hash FROM records
    WHERE device_id IN (SELECT device_id FROM pushed)),
c AS MATERIALIZED (
    SELECT s.device_id, s.seq,
        CASE
            WHEN h.uuid = s.uuid AND h.hash = s.hash THEN 'duplicate'
            WHEN h.uuid = s.uuid THEN 'content_changed'
            WHEN h.uuid IS NOT NULL THEN 'fork'
            WHEN CASE WHEN b.hash IS NOT NULL THEN b.hash <> s.prev_hash ELSE s.own_broken END
                THEN 'chain_broken'
        END AS verdict,
        (h.uuid IS NOT NULL AND (h.uuid <> s.uuid OR h.hash <> s.hash))
            OR (b.hash IS NOT NULL AND b.hash <> s.prev_hash) AS diverges
    FROM push_keys s
    LEFT JOIN held h ON h.device_id = s.device_id AND h.seq = s.seq
    LEFT JOIN held b ON b.device_id = s.device_id AND b.seq = s.seq - 1),
forks AS (SELECT device_id, min(seq) AS fork_at FROM c WHERE diverges GROUP BY 1)
SELECT c.device_id, c.seq,
       CASE WHEN c.seq > f.fork_at AND coalesce(c.verdict, 'chain_broken') = 'chain_broken'
            THEN 'rollback' ELSE c.verdict END AS verdict
FROM c LEFT JOIN forks f USING (device_id) WHERE c.verdict IS NOT NULL OR c.seq > f.fork_at"""
#: A new record whose uuid the store holds elsewhere (another device or seq): other content.
_KNOWN_UUID = """INSERT INTO push_v
WITH new AS MATERIALIZED (
    SELECT p.device_id, p.seq, p.uuid FROM push_keys p
    WHERE NOT EXISTS (SELECT 1 FROM push_v v WHERE v.device_id = p.device_id AND v.seq = p.seq))
SELECT device_id, seq, 'content_changed' FROM new
WHERE EXISTS (SELECT 1 FROM records r WHERE r.uuid = new.uuid)"""


@dataclass
class Verdicts:
    """What the classification found of the records that are not new: runs of duplicates per
    device, and every other verdict by (device, seq)."""

    duplicates: dict[str, range | set[int]] = field(default_factory=dict)
    others: dict[tuple[str, int], str] = field(default_factory=dict)

    def of(self, device: str, seq: int) -> str | None:
        """The record's verdict, None for a new record."""
        found = self.others.get((device, seq))
        if found is None:
            run = self.duplicates.get(device)
            return "duplicate" if run is not None and seq in run else None
        return found


def classify(conn: psycopg.Connection[Any]) -> Verdicts:
    """push_v; what Python needs of it: runs of duplicates per device, every other verdict."""
    conn.execute(_CLASSIFY)
    conn.execute(_KNOWN_UUID)
    found = Verdicts()
    runs = (
        "SELECT device_id, min(seq), max(seq), count(*) FROM push_v "
        "WHERE verdict = 'duplicate' GROUP BY 1"
    )
    for device, low, high, count in conn.execute(runs).fetchall():
        if count == high - low + 1:
            found.duplicates[device] = range(low, high + 1)
        else:
            seqs = "SELECT seq FROM push_v WHERE verdict = 'duplicate' AND device_id = %s"
            found.duplicates[device] = {s for (s,) in conn.execute(seqs, [device])}
    others = "SELECT device_id, seq, verdict FROM push_v WHERE verdict <> 'duplicate'"
    found.others = {(d, s): v for d, s, v in conn.execute(others)}
    return found
