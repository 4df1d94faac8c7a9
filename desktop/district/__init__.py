"""The district side: its database of imported bundles, the import, and the report over it."""
