"""The district's screens: its keys, the import of bundles, reconciliation and report."""
