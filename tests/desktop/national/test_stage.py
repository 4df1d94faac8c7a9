"""What pass 2 writes for monitoring: the input values' binary float8[] as PostgreSQL reads it."""

from __future__ import annotations

import psycopg

from desktop.national.stage import _float8_array


def test_input_values_in_binary_are_read_back_as_the_same_array(dsn: str) -> None:
    """Values, nulls among them, and no values at all come back from a float8[] column as they
    went in (an empty array for none)."""
    cases: list[list[float | None]] = [[39.0, 0.391, -1e-05, 1e300], [1.0, None, 2.5], [None], []]
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TEMP TABLE a (n int, x float8[])")
        with conn.cursor().copy("COPY a FROM STDIN (FORMAT binary)") as copy:
            copy.set_types(["int4", "bytea"])
            for n, values in enumerate(cases):
                copy.write_row((n, _float8_array(values)))
        found = [x for (x,) in conn.execute("SELECT x FROM a ORDER BY n")]
    assert found == cases
