"""Round 53: tables of a PDF shown in pdf.js and saved from the browser, as a budget summary
lays them out. Rows whose cells print two lines (a 局 over its 課, a name wrapped) stand as far
apart as paragraphs do; a header label two lines high is centred between the header's lines;
letters naming columns for formulas (「（Ａ）」) sit under the years; a name may carry a status
mark (「【新規】」) in its column. Before, such a table fell apart into paragraphs and
headings, the 課 of its rows read as a second column of text, and the year columns shifted.
An XPS print's page (its runs 「<Glyphs OriginX OriginY UnicodeString>」) is set on its lines
the same way; before, it read as a table of glyph attributes. Every name and figure is
made up."""

from __future__ import annotations

from pathlib import Path

from data_documents import facts_of, lines, write


def _span(left: float, top: float, text: str, size: float = 14.25) -> str:
    return (f'<span style="left: {left}px; top: {top}px; font-size: {size}px; '
            f'font-family: sans-serif; transform: scaleX(0.98);" role="presentation" '
            f'dir="ltr">{text}</span><br role="presentation">')  # fmt: skip


def _page(number: int, spans: str) -> str:
    return (f'<div class="page" data-page-number="{number}" style="width: 893px; '
            f'height: 1263px;"><div class="textLayer" style="width: 893px; height: 1263px;">'
            f"{spans}</div></div>")  # fmt: skip


def _row(top: float, name: str, budget: str, before: str, bureau: str, division: str,
         *, mark: str = "", rest: str = "") -> str:  # fmt: skip
    """A project row: its name (a status mark before it, a wrapped rest under it), two
    figures right-aligned, its 局 over its 課 in a smaller font."""
    spans = _span(88, top, mark) + _span(151, top, name) if mark else _span(88, top, name)
    if rest:
        spans += _span(151 if mark else 88, top + 19.5, rest)
    return (spans + _span(652 - 7.3 * len(budget), top, budget)
            + _span(718 - (15.3 if before == "－" else 7.3 * len(before)), top, before)
            + _span(726, top, bureau, 12.75) + _span(726, top + 18, division, 12.75))  # fmt: skip


_PROJECTS = _page(1, (
    _span(85, 60, "【新規】新たに取り組む事業　　（単位：千円）", 15.75)
    + _span(85, 90, "基本目標1　架空のまちづくり", 16.5)
    + _span(175, 123, "事　業　名") + _span(582, 123, "令和8年度") + _span(669, 123, "前年度")
    + _span(732, 123, "所　管")
    + _row(150, "架空公園整備事業", "1,842,600", "1,506,300", "架空都市局", "架空公園課")
    + _row(199.5, "架空駅前広場再整", "3,480,200", "2,915,600", "架空都市局", "架空整備課",
           rest="備事業")
    + _row(249, "架空防災拠点整備事業", "238,000", "－", "架空総務局", "架空危機管理課",
           mark="【新規】")
    + _row(298.5, "架空河川改修事業", "1,102,300", "1,254,800", "架空建設局", "架空河川課")
    + _span(85, 360, "基本目標2　架空のくらしづくり", 16.5)
    + _span(100.8, 400, "　架空の取組を進めるため、次の事業に重点的に予算を配分しています。", 15.75)
))

_ACCOUNTS = _page(1, (
    _span(85, 90, "（１）会計別予算額", 15.75) + _span(672, 90, "（単位：百万円、％）", 13.5)
    + _span(151, 135, "区　　分", 15) + _span(333, 126, "令和8年度", 15)
    + _span(435, 126, "令和7年度", 15) + _span(547, 126, "増減額", 15)
    + _span(348, 145.5, "（Ａ）", 13.5) + _span(450, 145.5, "（Ｂ）", 13.5)
    + _span(537, 145.5, "（Ａ）－（Ｂ）", 13.5)
    + _span(91, 172.5, "一般会計", 15) + _span(424.5, 172.5, "684,235", 15)
    + _span(526.5, 172.5, "668,104", 15) + _span(636, 172.5, "16,131", 15)
    + _span(91, 196.5, "特別会計", 15)
    + _span(106.8, 220.5, "架空保険事業", 15) + _span(424.5, 220.5, "121,480", 15)
    + _span(526.5, 220.5, "123,925", 15) + _span(628.5, 220.5, "△2,445", 15)
    + _span(106.8, 244.5, "架空市場事業", 15) + _span(439.5, 244.5, "3,854", 15)
    + _span(541.5, 244.5, "3,602", 15) + _span(658.5, 244.5, "252", 15)
    + _span(91, 268.5, "合計", 15) + _span(417, 268.5, "809,569", 15)
    + _span(519, 268.5, "795,631", 15) + _span(636, 268.5, "13,938", 15)
))


def _viewer(*pages: str) -> str:
    return ('<html><body><div id="viewer" class="pdfViewer">' + "".join(pages)
            + "</div></body></html>")  # fmt: skip


def _projects(tmp_path: Path) -> set[tuple[str, int | None, int | None, str | None]]:
    facts = facts_of(write(tmp_path, "gaiyo.html", _viewer(_PROJECTS)))
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_rows_of_two_line_cells_standing_apart_stay_one_table(tmp_path: Path) -> None:
    found = _projects(tmp_path)
    assert ("架空河川改修事業", 2026, 1102300000, "架空河川課") in found
    assert ("架空河川改修事業", 2025, 1254800000, "架空河川課") in found


def test_a_rows_division_under_its_bureau_is_its_division(tmp_path: Path) -> None:
    assert ("架空公園整備事業", 2026, 1842600000, "架空公園課") in _projects(tmp_path)


def test_a_name_wrapped_in_its_column_is_one_name(tmp_path: Path) -> None:
    assert ("架空駅前広場再整備事業", 2026, 3480200000, "架空整備課") in _projects(tmp_path)


def test_a_status_mark_before_a_name_keeps_the_rows_columns(tmp_path: Path) -> None:
    assert ("架空防災拠点整備事業", 2026, 238000000, "架空危機管理課") in _projects(tmp_path)


def test_the_divisions_column_is_no_second_column_of_text(tmp_path: Path) -> None:
    names = {name for name, *_ in _projects(tmp_path)}
    assert names == {"架空公園整備事業", "架空駅前広場再整備事業", "架空防災拠点整備事業",
                     "架空河川改修事業"}  # fmt: skip


def _budgets(tmp_path: Path) -> set[tuple[int | None, str, int | None]]:
    facts = facts_of(write(tmp_path, "gaiyo.html", _viewer(_ACCOUNTS)))
    return {(b.fiscal_year, b.account, b.amount) for b in facts.budgets}


def test_a_label_centred_between_header_lines_leaves_the_years_over_their_figures(
    tmp_path: Path,
) -> None:
    found = _budgets(tmp_path)
    assert (2026, "一般会計", 684235000000) in found
    assert (2025, "一般会計", 668104000000) in found
    assert (2025, "架空市場事業", 3602000000) in found


def test_no_figure_of_a_column_goes_to_another_year(tmp_path: Path) -> None:
    found = _budgets(tmp_path)
    assert (2025, "一般会計", 684235000000) not in found
    assert not any(amount == 16131000000 for _, _, amount in found)


def _glyphs(x: float, y: float, text: str, size: float = 9.33) -> str:
    return (f'<Glyphs Fill="#ff000000" FontUri="/Resources/0F.odttf" '
            f'FontRenderingEmSize="{size}" OriginX="{x}" OriginY="{y}" UnicodeString="{text}" />')


_XPS = (
    '<FixedPage Width="1122.56" Height="793.76" xmlns="http://schemas.microsoft.com/xps/2005/06"'
    ' xml:lang="ja-JP"><Canvas>'
    + _glyphs(28.8, 52, "令和７年度　架空事業評価結果一覧", 16)
    + _glyphs(33.8, 110.5, "No.") + _glyphs(113.8, 110.5, "事業名")
    + _glyphs(225.2, 110.5, "所管課") + _glyphs(401.1, 110.5, "R6決算")
    + _glyphs(873.5, 110.5, "評価")
    + _glyphs(38.5, 143, "1") + _glyphs(55.8, 143, "架空活動支援事業")
    + _glyphs(205.8, 143, "架空協働課") + _glyphs(419.8, 143, "51,340") + _glyphs(880, 143, "A")
    + _glyphs(38.5, 170, "2") + _glyphs(55.8, 170, "架空交流推進事業")
    + _glyphs(205.8, 170, "架空交流課") + _glyphs(419.8, 170, "38,920") + _glyphs(880, 170, "C")
    + "</Canvas></FixedPage>"
)


def test_an_xps_pages_glyph_runs_are_set_on_their_lines(tmp_path: Path) -> None:
    printed = [line.split() for line in lines(write(tmp_path, "hyoka.fpage", _XPS))]
    assert ["1", "架空活動支援事業", "架空協働課", "51,340", "A"] in printed


def test_an_xps_pages_table_gives_its_grades(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "hyoka.fpage", _XPS))
    assert ("架空交流推進事業", "C") in {(e.initiative, e.grade) for e in facts.evaluations}
