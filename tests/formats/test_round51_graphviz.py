"""Round 51: a Graphviz DOT file, an org chart a system generates (boxes joined by edges,
departments framed as clusters labelled with their staff). Before, the file was read as
plain text: its node ids, attribute lists and edge lines as lines of a page, no unit with a
parent, no count. Every name and figure is made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from data_documents import facts_of, lines, write

from loaders.formats import read_source
from loaders.text.errors import DocumentError

_CHART = """// 架空市行政組織図
// 職員数は4月1日現在
digraph soshikizu {
  graph [charset="UTF-8", rankdir=LR,
         label="架空市 行政組織図（令和8年4月1日現在）\\l職員数 合計 120人（令和7年4月1日 118人）"];
  node [shape=box];
  mayor [label="市長", shape=plaintext];
  vice  [label="副市長", shape=plaintext];
  subgraph cluster_kikaku {
    label="架空企画部　30人（R7 28人）";
    kikaku  [label="架空企画部"];
    seisaku [label="架空政策課\\n(16)"];
    seisaku_k1 [label="架空企画係", shape=plaintext];
    digital [label=<架空推進課<BR/><FONT POINT-SIZE="8">14人</FONT>>];
  }
  subgraph cluster_somu {
    label="架空総務部　40人（R7 41人）";
    somu  [label="架空総務部"];
    jinji [label="架空人事課", xlabel="22"];
    kiki  [label="架空危機課\\n(18)"];
  }
  kaikei [label="架空会計課\\n(8)", tooltip="R7 8人"];
  { rank=same; kikaku; somu; }
  mayor -> vice;
  mayor -> kaikei;
  vice -> kikaku;
  vice -> somu;
  kikaku -> seisaku;
  seisaku -> seisaku_k1 [style=dashed];
  kikaku -> digital;
  somu -> jinji;
  somu -> kiki;
}
"""


def _chart(tmp_path: Path) -> Path:
    return write(tmp_path, "soshikizu.dot", _CHART)


def test_the_graphs_label_is_the_pages_title(tmp_path: Path) -> None:
    assert lines(_chart(tmp_path))[0] == "架空市 行政組織図（令和8年4月1日現在）"


def test_each_box_is_a_row_under_the_box_its_edge_hangs_it_from(tmp_path: Path) -> None:
    printed = lines(_chart(tmp_path))
    assert "架空政策課\t(16)\t架空企画部\t" in printed
    assert "架空企画係\t\t架空政策課\t" in printed


def test_an_html_label_and_an_xlabel_are_the_boxes_lines(tmp_path: Path) -> None:
    printed = lines(_chart(tmp_path))
    assert "架空推進課\t14人\t架空企画部\t" in printed
    assert "架空人事課\t22\t架空総務部\t" in printed


def test_a_cluster_label_gives_the_box_of_its_name_the_count(tmp_path: Path) -> None:
    assert "架空企画部\t30人（R7 28人）\t副市長\t" in lines(_chart(tmp_path))


def test_a_rank_statement_naming_boxes_keeps_their_labels(tmp_path: Path) -> None:
    printed = lines(_chart(tmp_path))  # 「{ rank=same; kikaku; somu; }」 after the clusters
    assert "架空総務部\t40人（R7 41人）\t副市長\t" in printed
    assert not any(line.strip().startswith(("kikaku", "somu")) for line in printed)


def test_each_box_follows_the_box_it_hangs_from(tmp_path: Path) -> None:
    printed = lines(_chart(tmp_path))
    under = printed.index("架空企画係\t\t架空政策課\t")
    assert under == printed.index("架空政策課\t(16)\t架空企画部\t") + 1


def test_units_are_read_with_their_parents_and_no_post_is_a_parent(tmp_path: Path) -> None:
    units = {(o.name, o.parent) for o in facts_of(_chart(tmp_path)).organizations}
    assert ("架空政策課", "架空企画部") in units
    assert ("架空企画係", "架空政策課") in units
    assert ("架空企画部", None) in units


def test_each_units_staff_is_read_and_a_bracketed_dated_count_is_that_years(
    tmp_path: Path,
) -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(_chart(tmp_path)).staff}
    assert ("架空政策課", 2026, 16) in staff
    assert ("架空推進課", 2026, 14) in staff
    assert ("架空人事課", 2026, 22) in staff
    assert ("架空企画部", 2026, 30) in staff
    assert ("架空企画部", 2025, 28) in staff


def test_a_dated_comparison_in_the_caption_does_not_date_the_table(tmp_path: Path) -> None:
    # 「合計 120人（令和7年4月1日 118人）」 over the table: the table is of 令和8年4月1日
    staff = facts_of(_chart(tmp_path)).staff
    assert {s.fiscal_year for s in staff if s.organization.endswith("課")} == {2026}


def test_a_broken_graph_is_refused_with_its_file_named(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.dot", "digraph g {\n  a -> [label=;\n")
    with pytest.raises(DocumentError, match=r"broken\.dot"):
        read_source(path)
