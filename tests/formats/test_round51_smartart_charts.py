"""Round 51: a SmartArt org chart's data part (`diagrams/data1.xml` of a PowerPoint file):
boxes as points, hanging from each other by untyped connections. Before, the part printed as
XML elements (points, connections, DrawingML runs) with no unit under another; a department's
total 「（計 92人）」 and a count tagged 「7人【新設】」 were no counts. Also: a data set's
「対象年度」 field dates the document. Every name and figure is made up."""

from __future__ import annotations

from pathlib import Path

from data_documents import facts_of, lines, write

from loaders.text.fiscal_year import document_year

_NS = ('xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')  # fmt: skip


def _point(key: str, *lines: str, kind: str = "") -> str:
    paragraphs = "".join(f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" for line in lines)
    typed = f' type="{kind}"' if kind else ""
    return f'<dgm:pt modelId="{key}"{typed}><dgm:t>{paragraphs}</dgm:t></dgm:pt>'


def _link(source: str, target: str, order: int, kind: str = "") -> str:
    typed = f' type="{kind}"' if kind else ""
    return (f'<dgm:cxn modelId="c-{source}-{target}"{typed} srcId="{source}" destId="{target}"'
            f' srcOrd="{order}" destOrd="0"/>')  # fmt: skip


_CHART = (
    f'<?xml version="1.0" encoding="UTF-8"?><dgm:dataModel {_NS}><dgm:ptLst>'
    + _point("doc", kind="doc")
    + _point("title", "架空市行政組織図", "（令和8年4月1日現在）")
    + _point("mayor", "市長")
    + _point("vice", "副市長")
    + _point("somu", "架空総務部", "（計 30人）")
    + _point("jinji", "架空人事課", "16人")
    + _point("new", "架空振興課", "14人【新設】")
    + _point("kakari", "架空人事係")
    + _point("trans", kind="parTrans")
    + _point("gikai", "架空議会事務局", "9人")
    + "</dgm:ptLst><dgm:cxnLst>"
    + _link("doc", "title", 0) + _link("doc", "mayor", 1) + _link("doc", "gikai", 2)
    + _link("mayor", "vice", 0) + _link("vice", "somu", 0)
    + _link("somu", "jinji", 0) + _link("somu", "new", 1) + _link("jinji", "kakari", 0)
    + _link("title", "somu", 0, kind="presOf")
    + "</dgm:cxnLst></dgm:dataModel>"
)


def _chart(tmp_path: Path) -> Path:
    return write(tmp_path, "data1.xml", _CHART)


def test_the_charts_title_box_is_the_pages_title(tmp_path: Path) -> None:
    printed = lines(_chart(tmp_path))
    assert printed[0] == "架空市行政組織図"
    assert not any(line.startswith("架空市行政組織図\t") for line in printed)


def test_each_box_is_a_row_under_the_box_it_hangs_from(tmp_path: Path) -> None:
    printed = lines(_chart(tmp_path))
    assert "架空人事課\t16人\t架空総務部\t" in printed
    under = printed.index("架空人事係\t\t架空人事課\t")
    assert under == printed.index("架空人事課\t16人\t架空総務部\t") + 1


def test_a_drawing_connection_hangs_no_box(tmp_path: Path) -> None:
    assert "架空総務部\t（計 30人）\t副市長\t" in lines(_chart(tmp_path))


def test_a_departments_total_and_a_tagged_count_are_its_staff(tmp_path: Path) -> None:
    staff = {(s.organization, s.count) for s in facts_of(_chart(tmp_path)).staff}
    assert ("架空総務部", 30) in staff
    assert ("架空振興課", 14) in staff
    assert ("架空議会事務局", 9) in staff


def test_units_are_read_with_their_parents(tmp_path: Path) -> None:
    units = {(o.name, o.parent) for o in facts_of(_chart(tmp_path)).organizations}
    assert ("架空人事課", "架空総務部") in units
    assert ("架空人事係", "架空人事課") in units


def test_a_target_year_field_among_a_data_sets_fields_dates_it() -> None:
    text = (
        "データセット\n名称：架空市総合戦略 KPI進捗状況\n計画期間：令和3年度～令和7年度\n"
        "対象年度：令和6年度\n公開日：2025年7月31日\n"
    )
    assert document_year(text) == 2024
