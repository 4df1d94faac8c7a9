"""The clinic's append-only, hash-chained audit log of clinicians' decisions (plain Python)."""
