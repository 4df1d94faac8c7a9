"""The national store: every district's records in one PostgreSQL database."""
