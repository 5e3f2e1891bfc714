"""A tri-fold leaflet's KPIs: 「ＫＰＩ　X件数」, then on the next line where the indicator
stands and where it should go, each dated in brackets, an arrow between (「12件（R5）▶ 40件
（R11）」); and its lines hard-wrapped at the panel's width. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import observed_rows

_PARAGRAPHS = [
    "基本目標１",
    "しごとをつくり、安心して働けるまち",
    "",
    "施策（１）架空産業の競争力強化",
    "● 架空の販路拡大",
    "● 架空の事業承継支援",
    "ＫＰＩ　架空直売所の年間販売額",
    "　4.2億円（R5）▶ 5.0億円（R11）",
    "",
    "施策（２）架空の雇用と創業の創出",
    "● 架空オフィスの誘致と創業塾の開催",
    "ＫＰＩ　市の支援による架空の創業件数",
    "　12件（R5）▶ 40件（R11）",
    "",
]


def _wrapped(paragraph: str, width: int = 24) -> list[str]:
    """A paragraph broken where a panel of `width` printed places ends, as a leaflet's text
    layer breaks it."""
    lines, line, used = [], "", 0
    for ch in paragraph:
        size = 1 if ch.isascii() else 2
        if used + size > width:
            lines.append(line)
            line, used = "", 0
        line, used = line + ch, used + size
    return [*lines, line]


_PANEL = "".join(line + "\n" for p in _PARAGRAPHS * 3 for line in _wrapped(p))


def test_the_arrow_pairs_first_value_is_the_baseline_and_its_last_the_target() -> None:
    observed = observed_rows(_PANEL)
    assert ("市の支援による架空の創業件数", 2023, "baseline", 12) in observed
    assert ("市の支援による架空の創業件数", 2029, "target", 40) in observed


def test_a_name_and_values_wrapped_at_the_panels_width_are_read_whole() -> None:
    observed = observed_rows(_PANEL)
    assert ("架空直売所の年間販売額", 2023, "baseline", 4.2) in observed
    assert ("架空直売所の年間販売額", 2029, "target", 5.0) in observed
