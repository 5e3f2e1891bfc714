"""Messages of a `multiprocessing.connection.Connection`, read by an event loop.

The store host answers over a multiprocessing pipe. Reading it with `Connection.recv()`
needs a thread that then wakes the event loop — two wake-ups per answer, which on a small
query cost as much as the query. `FrameReader` decodes the same frames from whatever bytes
the loop's readiness callback finds, so the loop reads the pipe itself.
"""

from __future__ import annotations

import os
import pickle
import select
import struct
from typing import Any

# read into one buffer kept for the purpose: a fresh 1 MiB `bytes` per read is an mmap
# and an munmap, which cost more than the read
READ_BYTES = 256 * 1024
_SHORT = struct.Struct("!i")  # Connection._send_bytes: a signed 32-bit size …
_LONG = struct.Struct("!Q")  # … or -1 and then a 64-bit size, for 2 GiB and more


class FrameReader:
    """Whole pickled messages out of the bytes read so far from one connection."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = bytearray()
        self._scratch = memoryview(bytearray(READ_BYTES))

    def read(self) -> list[Any] | None:
        """The messages completed by what can be read now; None at end of file."""
        count = os.readv(self.fd, [self._scratch])
        if not count:
            return None
        buffer = self._buffer
        buffer += self._scratch[:count]
        messages = []
        start = 0
        while len(buffer) - start >= _SHORT.size:
            (size,) = _SHORT.unpack_from(buffer, start)
            header = _SHORT.size
            if size == -1:
                if len(buffer) - start < header + _LONG.size:
                    break
                (size,) = _LONG.unpack_from(buffer, start + header)
                header += _LONG.size
            end = start + header + size
            if len(buffer) < end:
                break
            messages.append(pickle.loads(buffer[start + header : end]))
            start = end
        if start:
            del buffer[:start]
        return messages


_WAIT_S = 1.0


def send_frame(fd: int, data: bytes) -> None:
    """Write one frame as `Connection.send_bytes` would, all of it, on a blocking or a
    non-blocking descriptor (an event loop may have made it non-blocking to read it).

    `Connection.send_bytes` takes EAGAIN for an error and may leave half a frame in the
    pipe; here a full pipe is waited on until the reader has made room. A reader that is
    gone raises `BrokenPipeError` (an `OSError`), as before.
    """
    size = len(data)
    header = _SHORT.pack(size) if size <= 0x7FFFFFFF else _SHORT.pack(-1) + _LONG.pack(size)
    for part in (memoryview(header), memoryview(data)):
        while part:
            try:
                written = os.write(fd, part)
            except BlockingIOError:
                select.select([], [fd], [], _WAIT_S)
                continue
            part = part[written:]
