"""The clinic's side of model updates over USB: python-tuf's updater reading a folder, the
trusted catalog kept under KUONA_HOME, each package's status (active, recalled, stale)."""
