"""Two columns of a page printed side by side: found, and read one after the other."""

from __future__ import annotations

from loaders.genres.columns import across_columns, column_regions, unfold, unfold_all

_PAGE = (
    "架空交流推進事業                           架空広場整備補助金\n"
    "　市外の大学と連携し、学生が地域の         　広場の照明を更新する団体に費用\n"
    "行事に参加できる仕組みを整えます。         の一部を補助します。\n"
    "　予算額　１，２００万円                     予算額　３００万円\n"
    "　（架空交流課）                             （架空公園課）\n"
)


def test_two_columns_of_running_text_are_one_region() -> None:
    regions = column_regions(_PAGE)
    assert [(r.first, r.last) for r in regions] == [(0, 4)]


def test_an_unfolded_region_prints_the_left_column_before_the_right() -> None:
    text, origin = unfold(_PAGE, column_regions(_PAGE)[0])
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines[0] == "架空交流推進事業" and lines[5] == "架空広場整備補助金"
    assert all(_PAGE[origin[i]] == ch for i, ch in enumerate(text) if ch != "\n")


def test_labels_before_their_values_are_no_columns() -> None:
    pairs = [
        ("事業名", "架空交流推進事業"),
        ("担当課", "架空交流課"),
        ("担当係", "交流係"),
        ("事業の目的", "市外の学生を受け入れる"),
        ("事業の内容", "交流行事の開催"),
    ]
    text = "".join(f"{label}　　　　　　{value}\n" for label, value in pairs)
    assert column_regions(text) == []


def test_a_table_aligned_with_spaces_is_no_columns() -> None:
    text = "".join(f"架空{n}課の窓口件数            {n * 120:>6}\n" for n in range(1, 7))
    assert column_regions(text) == []


def _pair(left: str, right: str = "") -> str:
    """A line of two columns, the right one starting at display column 44."""
    width = sum(2 if ord(ch) > 0x2000 else 1 for ch in left)
    return (left + " " * (44 - width) + right).rstrip() + "\n"


_LEFT_RUNS_ON = (
    "はじめに\n"
    + _pair("星見台の整備", "桟橋の修繕")
    + _pair("  観測会を年4回開き、参加者が増えた。", "桟橋の点検を終えた。")
    + _pair("  担当：星見課", "担当：港湾課")
    + _pair("  街灯の更新も進めた。", "評価：B")
    + _pair("  評価：A")
    + "\nおわりに\n"
)


def test_a_whole_text_unfolds_with_every_character_quoted_from_the_original() -> None:
    found = unfold_all(_LEFT_RUNS_ON)
    assert found is not None
    text, origin = found
    assert len(origin) == len(text)
    assert all(_LEFT_RUNS_ON[origin[i]] == ch for i, ch in enumerate(text) if ch != "\n")
    assert text.startswith("はじめに\n") and text.rstrip().endswith("おわりに")


def test_the_left_columns_last_lines_below_the_right_columns_end_stay_in_the_left() -> None:
    found = unfold_all(_LEFT_RUNS_ON)
    assert found is not None
    lines = [line.strip() for line in found[0].split("\n") if line.strip()]
    assert lines.index("評価：A") < lines.index("桟橋の修繕")


def test_a_text_without_two_columns_unfolds_to_nothing() -> None:
    assert unfold_all("はじめに\n星見台の整備\n　担当：星見課\n") is None


def test_a_name_holding_a_column_wide_gap_runs_across_two_columns() -> None:
    assert across_columns("星見台の整備              2-1 桟橋の修繕")
    assert across_columns("星見台の整備　　桟橋の修繕")
    assert not across_columns("星見台の整備 と 桟橋の修繕")
