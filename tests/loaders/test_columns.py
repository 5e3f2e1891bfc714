"""Two columns of a page printed side by side: found, and read one after the other."""

from __future__ import annotations

from loaders.genres.columns import column_regions, unfold

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
