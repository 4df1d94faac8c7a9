"""Rows of a binary COPY whose fields are an int4 and float8 (or int8) arrays, read into numpy.

`kuona monitor --dsn` asks PostgreSQL for one row per clinic whose columns are arrays (one
element per decision): a few hundred large messages instead of one per decision. Each array
is array_send's layout (one dimension, or two for the inputs: a row per decision; no NULLs:
the query writes NaN instead), read by numpy straight from the received bytes.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from numpy.typing import NDArray

HEADER = 19  # PGCOPY signature, flags, header extension length (no extension)
_HEAD = 12  # dimensions, has-NULLs flag (0), element type; then each dimension's length and
# lower bound (8 bytes)
_ELEMENTS = {  # element type oid: its layout and numpy's type
    701: (np.dtype([("length", ">i4"), ("value", ">f8")]), np.float64),  # float8
    20: (np.dtype([("length", ">i4"), ("value", ">i8")]), np.int64),  # int8
}
Row = tuple[int, list[NDArray[Any]]]


def rows(stream: Iterable[Any]) -> Iterator[Row]:
    """Each row of the COPY `stream` (its chunks of bytes): its first field, an int4, and its
    other fields, float8 (or int8) arrays. The stream is read to its end (the connection is
    then free)."""
    chunks = iter(stream)
    buffer, start = bytearray(), HEADER
    for chunk in chunks:
        buffer += chunk
        while (found := _row(buffer, start)) is not None:
            if isinstance(found, int):  # the trailer
                for _ in chunks:
                    pass
                return
            row, start = found
            yield row
        cut = min(start, len(buffer))  # (the header may not all be here yet)
        del buffer[:cut]
        start -= cut
    raise ValueError("unexpected end of the COPY")


def _row(buffer: bytearray, at: int) -> tuple[Row, int] | int | None:
    """The row at `at` and where the next one starts; -1 at the trailer; None if the row is
    not all in `buffer` yet."""
    if len(buffer) - at < 2:
        return None
    (fields,) = struct.unpack_from(">h", buffer, at)
    if fields == -1:
        return -1
    spans, position = [], at + 2
    for _ in range(fields):
        if len(buffer) - position < 4:
            return None
        (size,) = struct.unpack_from(">i", buffer, position)
        if size < 0:
            raise ValueError("unexpected NULL in the COPY")
        if len(buffer) - position - 4 < size:
            return None
        spans.append((position + 4, size))
        position += 4 + size
    if fields < 1 or spans[0][1] != 4:
        raise ValueError("unexpected COPY row layout")
    (first,) = struct.unpack_from(">i", buffer, spans[0][0])
    return (first, [_array(buffer, where, size) for where, size in spans[1:]]), position


def _array(buffer: bytearray, where: int, size: int) -> NDArray[Any]:
    """The float8 (or int8) array of `size` bytes at `where` (copied out of the buffer): one
    or two dimensions (two: one row per element of the first); an empty one is float8's."""
    dimensions, nulls, kind = struct.unpack_from(">iii", buffer, where)
    if dimensions == 0 and size == _HEAD:
        return np.empty(0)
    if dimensions not in (1, 2) or nulls or kind not in _ELEMENTS:
        raise ValueError("unexpected COPY array layout")
    element, native = _ELEMENTS[kind]
    shape = struct.unpack_from(">" + "ii" * dimensions, buffer, where + _HEAD)[::2]
    count, start = int(np.prod(shape)), where + _HEAD + 8 * dimensions
    if size != start - where + count * element.itemsize:
        raise ValueError("unexpected COPY array layout")
    elements = np.frombuffer(buffer, element, count, start)
    if not (elements["length"] == 8).all():
        raise ValueError("unexpected COPY array layout")
    return elements["value"].astype(native).reshape(shape)
