"""The `kuona` command: one module per group of sub-commands (models, explain, audit, training)."""
