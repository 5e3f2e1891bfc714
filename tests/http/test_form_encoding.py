"""The C form decoder reads every form exactly as `urllib.parse.parse_qsl` does."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from hypothesis import given
from hypothesis import strategies as st

from service.http.form_encoding import decode_form

# the characters that make form decoding interesting, and a few plain ones
FORM_BYTES = st.lists(
    st.sampled_from(
        [
            b"%",
            b"=",
            b"&",
            b"+",
            b" ",
            b"\r",
            b"\n",
            b"a",
            b"Z",
            b"3",
            b"D",
            b"e",
            b"f",
            b"0",
            b"9",
            b"%E5",
            b"%9c",
            b"%B0",
            b"%3D",
            b"%25",
            b"%2",
        ]
    ),
    max_size=40,
).map(b"".join)


def reference(data: bytes, errors: str) -> list[tuple[str, str]]:
    return parse_qsl(data.decode("ascii"), keep_blank_values=True, errors=errors)


@given(FORM_BYTES)
def test_any_ascii_form_decodes_as_parse_qsl_does_or_is_left_to_it(data: bytes) -> None:
    decoded = decode_form(data)
    if decoded is not None:
        assert decoded == reference(data, "replace")


@given(st.dictionaries(st.text(max_size=10), st.text(max_size=30), max_size=4))
def test_forms_that_clients_encode_take_the_fast_path(fields: dict[str, str]) -> None:
    data = urlencode(fields).encode("ascii")
    assert decode_form(data) == reference(data, "replace")


def test_japanese_query_is_decoded() -> None:
    data = urlencode({"query": 'SELECT * { ?s ?p "地域コミュニティ"@ja }'}).encode()
    assert decode_form(data) == [("query", 'SELECT * { ?s ?p "地域コミュニティ"@ja }')]


def test_lone_percent_is_left_to_parse_qsl() -> None:
    assert decode_form(b"query=100%") is None


def test_non_ascii_bytes_are_left_to_parse_qsl() -> None:
    assert decode_form("query=地域".encode()) is None


def test_invalid_utf8_escape_is_an_error_when_asked_strict() -> None:
    import pytest

    with pytest.raises(UnicodeDecodeError):
        decode_form(b"query=%E5%9C", errors="strict")
