"""USB sync of the audit log: district keys, encrypted signed bundles, import, receipts, report."""
