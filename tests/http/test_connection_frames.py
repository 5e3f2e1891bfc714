"""The event loop reads the store host's pipe as `Connection.recv` would, frame by frame."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import struct

from service.http.connection_frames import FrameReader


def test_messages_sent_by_a_connection_are_read_back_whole() -> None:
    ours, theirs = multiprocessing.Pipe(duplex=True)
    theirs.send((1, "end", ({"kind": "boolean"}, b"true")))
    theirs.send((2, "data", (None, b"x" * 100_000)))  # sent as header and body, two writes
    reader = FrameReader(ours.fileno())
    messages: list[object] = []
    while len(messages) < 2:
        messages += reader.read() or []
    assert messages == [
        (1, "end", ({"kind": "boolean"}, b"true")),
        (2, "data", (None, b"x" * 100_000)),
    ]


def test_a_frame_cut_between_reads_waits_for_its_end() -> None:
    read_end, write_end = os.pipe()
    payload = pickle.dumps((7, "end", (None, b"answer")))
    frame = struct.pack("!i", len(payload)) + payload
    reader = FrameReader(read_end)
    os.write(write_end, frame[:6])
    assert reader.read() == []
    os.write(write_end, frame[6:])
    assert reader.read() == [(7, "end", (None, b"answer"))]


def test_a_long_frame_header_is_understood() -> None:
    read_end, write_end = os.pipe()
    payload = pickle.dumps("big")
    os.write(write_end, struct.pack("!i", -1) + struct.pack("!Q", len(payload)) + payload)
    assert FrameReader(read_end).read() == ["big"]


def test_end_of_file_is_none() -> None:
    read_end, write_end = os.pipe()
    os.close(write_end)
    assert FrameReader(read_end).read() is None
