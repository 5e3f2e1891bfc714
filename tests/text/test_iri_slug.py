import pytest

from loaders.iri import slug


def test_japanese_is_kept() -> None:
    assert slug("協働推進課") == "協働推進課"


def test_white_space_is_removed() -> None:
    assert slug(" 広報 広聴課\u3000") == "広報広聴課"


def test_full_width_ascii_is_nfkc_normalized() -> None:
    assert slug("ＮＰＯ") == "NPO"


def test_path_and_query_characters_are_percent_encoded() -> None:
    assert slug("a/b?c#d%e") == "a%2Fb%3Fc%23d%25e"


def test_characters_illegal_in_iris_are_percent_encoded() -> None:
    assert slug('<>"{}|\\^`') == "%3C%3E%22%7B%7D%7C%5C%5E%60"


def test_code_characters_are_kept() -> None:
    assert slug("VII-1-(2)") == "VII-1-(2)"


def test_dot_segment_is_encoded() -> None:
    assert slug("..") == "%2E%2E"


def test_empty_name_is_refused() -> None:
    with pytest.raises(ValueError, match="empty name"):
        slug(" \u3000")
