"""Round 52: a yEd GraphML org chart — 課 nested in their 部's group node (the parent given
only by the nesting), counts in the labels, last year's counts only in a declared node
property, posts joined to the groups by edges. Before, the file was read as generic XML:
geometry and colours as fields, no unit with a parent, no count. Every name and figure is
made up."""

from __future__ import annotations

from pathlib import Path

from data_documents import facts_of, lines, write

_CHART = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key attr.name="Description" attr.type="string" for="graph" id="d3"/>
  <key attr.name="職員数（R8.4.1）" attr.type="int" for="node" id="d4"/>
  <key attr.name="前年度（R7.4.1）" attr.type="int" for="node" id="d5"/>
  <key attr.name="description" attr.type="string" for="node" id="d7"/>
  <key for="node" id="d8" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed" id="G">
    <data key="d3">架空市行政組織図（令和8年4月1日現在）</data>
    <node id="n0">
      <data key="d8"><y:ShapeNode><y:Geometry height="40.0" width="110.0" x="0" y="0"/>
        <y:NodeLabel>市　長</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="n1" yfiles.foldertype="group">
      <data key="d4">30</data>
      <data key="d5">28</data>
      <data key="d8"><y:ProxyAutoBoundsNode><y:Realizers active="0">
        <y:GroupNode><y:NodeLabel>架空企画部　30人</y:NodeLabel></y:GroupNode>
        <y:GroupNode><y:NodeLabel>架空企画部</y:NodeLabel></y:GroupNode>
      </y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n1:">
        <node id="n1::n0">
          <data key="d4">16</data>
          <data key="d5">15</data>
          <data key="d7"><![CDATA[令和8年4月1日 架空旧課から名称変更]]></data>
          <data key="d8"><y:ShapeNode>
            <y:NodeLabel>架空政策課&#10;16人</y:NodeLabel></y:ShapeNode></data>
        </node>
        <node id="n1::n1">
          <data key="d4">14</data>
          <data key="d5">13</data>
          <data key="d8"><y:ShapeNode>
            <y:NodeLabel>架空推進課&#10;14人</y:NodeLabel></y:ShapeNode></data>
        </node>
      </graph>
    </node>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>
"""


def _chart(tmp_path: Path) -> Path:
    return write(tmp_path, "soshikizu.graphml", _CHART)


def test_the_graphs_description_is_the_pages_title(tmp_path: Path) -> None:
    assert lines(_chart(tmp_path))[0] == "架空市行政組織図（令和8年4月1日現在）"


def test_no_geometry_or_colour_is_printed(tmp_path: Path) -> None:
    printed = "\n".join(lines(_chart(tmp_path)))
    assert "110.0" not in printed and "height" not in printed


def test_a_box_nested_in_a_group_hangs_from_the_group(tmp_path: Path) -> None:
    units = {(o.name, o.parent) for o in facts_of(_chart(tmp_path)).organizations}
    assert ("架空政策課", "架空企画部") in units
    assert ("架空推進課", "架空企画部") in units


def test_a_groups_open_label_gives_its_count(tmp_path: Path) -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(_chart(tmp_path)).staff}
    assert ("架空企画部", 2026, 30) in staff


def test_a_declared_property_of_last_years_count_counts_that_year(tmp_path: Path) -> None:
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts_of(_chart(tmp_path)).staff}
    assert ("架空政策課", 2025, 15) in staff
    assert ("架空政策課", 2026, 16) in staff


def test_a_name_spread_over_its_box_is_one_name(tmp_path: Path) -> None:
    assert not any(line.startswith("市\t") for line in lines(_chart(tmp_path)))
