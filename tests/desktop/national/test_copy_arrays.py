"""Binary COPY rows of float8 arrays, as PostgreSQL sends them, read into numpy."""

from __future__ import annotations

import numpy as np
import psycopg
import pytest

from desktop.national.copy_arrays import rows

_QUERY = """COPY (SELECT g, array_agg(x ORDER BY x), array_agg(-x ORDER BY x)
    FROM (VALUES (1, 0.5::float8), (1, 'NaN'), (1, -1e300), (2, 1e-5), (3, 2.0), (3, 2.0)) v(g, x)
    GROUP BY g ORDER BY g) TO STDOUT (FORMAT binary)"""


def _stream(dsn: str, query: str) -> bytes:
    with psycopg.connect(dsn) as conn, conn.cursor().copy(query) as copy:
        return b"".join(bytes(chunk) for chunk in copy)


@pytest.mark.parametrize("piece", [1, 7, 1 << 20])
def test_rows_of_arrays_are_read_whatever_the_chunks(dsn: str, piece: int) -> None:
    """Every row's int4 and float8 arrays (NaN, tiny and huge values kept bit for bit), read
    the same whether the bytes come at once or a byte at a time."""
    data = _stream(dsn, _QUERY)
    found = list(rows(data[i : i + piece] for i in range(0, len(data), piece)))
    assert [first for first, _ in found] == [1, 2, 3]
    (_, (a, b)), (_, (c, _)), (_, (d, _)) = found
    np.testing.assert_array_equal(a, [-1e300, 0.5, np.nan])
    np.testing.assert_array_equal(b, [1e300, -0.5, np.nan])
    assert c.tolist() == [1e-5] and d.tolist() == [2.0, 2.0] and a.dtype == np.float64


def test_a_null_or_a_cut_stream_is_refused(dsn: str) -> None:
    """A NULL element (not written by monitoring's queries) and a stream that stops before its
    end are errors, never numbers."""
    data = _stream(dsn, "COPY (SELECT 1, ARRAY[1.0, NULL]::float8[]) TO STDOUT (FORMAT binary)")
    with pytest.raises(ValueError, match="array layout"):
        list(rows([data]))
    whole = _stream(dsn, _QUERY)
    with pytest.raises(ValueError, match="end of the COPY"):
        list(rows([whole[:-2]]))


def test_two_dimensional_arrays_keep_their_rows(dsn: str) -> None:
    """An array of arrays (the inputs: a row per decision) comes back as a matrix, rows and
    columns in place; a layout that is not float8 is refused."""
    query = """COPY (SELECT 7, array_agg(x ORDER BY x[1])
        FROM (VALUES (ARRAY[2.0, 'NaN', -3.5]::float8[]), (ARRAY[1.0, 4.0, 1e-300])) v(x))
        TO STDOUT (FORMAT binary)"""
    ((first, (matrix,)),) = list(rows([_stream(dsn, query)]))
    assert first == 7 and matrix.shape == (2, 3)
    np.testing.assert_array_equal(matrix, [[1.0, 4.0, 1e-300], [2.0, np.nan, -3.5]])
    integers = _stream(dsn, "COPY (SELECT 1, ARRAY[[1, 2], [3, 4]]) TO STDOUT (FORMAT binary)")
    with pytest.raises(ValueError, match="array layout"):
        list(rows([integers]))


def test_int8_arrays_are_read_as_exact_integers(dsn: str) -> None:
    """A bigint array (decisions' seqs) comes back as int64, exactly, beyond float8's 2**53."""
    query = """COPY (SELECT 3, ARRAY[1, -7, 9007199254740993, 9223372036854775807]::int8[],
        ARRAY[0.25]::float8[]) TO STDOUT (FORMAT binary)"""
    ((first, (seqs, values)),) = list(rows([_stream(dsn, query)]))
    assert first == 3 and seqs.dtype == np.int64 and values.dtype == np.float64
    assert seqs.tolist() == [1, -7, 2**53 + 1, 2**63 - 1] and values.tolist() == [0.25]
