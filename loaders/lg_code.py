"""全国地方公共団体コード (local government codes): check digits and the e-Stat area IRI.

The sixth digit is a check digit, so a mistyped code in a manifest is caught before a whole
document is filed under the wrong city.
"""

from __future__ import annotations

import re

STANDARD_AREA_BASE = "http://data.e-stat.go.jp/lod/sac/C"
_WEIGHTS = (6, 5, 4, 3, 2)
_FIRST5 = re.compile(r"[0-9]{5}")
_CODE = re.compile(r"[0-9]{6}")


def check_digit(first5: str) -> int:
    """The check digit of a code's first five digits (weights 6..2, modulus 11)."""
    if not _FIRST5.fullmatch(first5):
        raise ValueError(f"expected the first 5 digits of a local government code, got {first5!r}")
    remainder = sum(int(d) * w for d, w in zip(first5, _WEIGHTS, strict=True)) % 11
    return (11 - remainder) % 10


def is_valid_lg_code(code: str) -> bool:
    """True for six ASCII digits whose last digit is the check digit of the first five."""
    return bool(_CODE.fullmatch(code)) and check_digit(code[:5]) == int(code[5])


def standard_area_iri(code: str) -> str:
    """The e-Stat standard area code IRI of a municipality (the code without its check digit)."""
    if not is_valid_lg_code(code):
        raise ValueError(f"not a valid local government code: {code!r}")
    return STANDARD_AREA_BASE + code[:5]
