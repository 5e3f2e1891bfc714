"""A draw.io diagram file read as its pages show: texts in order, a table shape as a
table, an org chart's boxes as a table of each box and the box it hangs from (by the edges
between them, or by the container it is drawn in); a compressed page reads the same.
Fictional example."""

from __future__ import annotations

import base64
import zlib
from pathlib import Path
from urllib.parse import quote

import pytest

from loaders.formats import read_source
from loaders.parse import parse_document
from loaders.text.errors import DocumentError

_MODEL = (
    '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
    '<mxCell id="t" value="&lt;b&gt;架空町 組織図&lt;/b&gt;" style="text;html=1;" vertex="1"'
    ' parent="1"><mxGeometry x="10" y="0" width="200" height="30" as="geometry"/></mxCell>'
    '<mxCell id="a" value="町長" style="rounded=1;html=1;" vertex="1" parent="1">'
    '<mxGeometry x="300" y="40" width="100" height="40" as="geometry"/></mxCell>'
    '<mxCell id="b" value="架空総務課&lt;br&gt;12人" style="rounded=0;html=1;" vertex="1"'
    ' parent="1"><mxGeometry x="100" y="140" width="100" height="40" as="geometry"/></mxCell>'
    '<object label="架空住民課&lt;br&gt;9人" 係="架空窓口係" id="c"><mxCell style="html=1;"'
    ' vertex="1" parent="1"><mxGeometry x="400" y="140" width="100" height="40"'
    ' as="geometry"/></mxCell></object>'
    '<mxCell id="d" value="架空庶務係&lt;br&gt;5人" style="html=1;" vertex="1" parent="1">'
    '<mxGeometry x="100" y="240" width="100" height="40" as="geometry"/></mxCell>'
    '<mxCell id="e1" style="edgeStyle=elbowEdgeStyle;" edge="1" parent="1" source="a"'
    ' target="b"><mxGeometry relative="1" as="geometry"/></mxCell>'
    '<mxCell id="e2" edge="1" parent="1" source="c" target="a"><mxGeometry relative="1"'
    ' as="geometry"/></mxCell>'
    '<mxCell id="e3" edge="1" parent="1" source="b" target="d"><mxGeometry relative="1"'
    ' as="geometry"/></mxCell>'
    "</root></mxGraphModel>"
)
_FILE = (
    f'<mxfile host="app.diagrams.net"><diagram name="組織図" id="p1">{_MODEL}</diagram></mxfile>'
)


def _read(tmp_path: Path, text: str) -> str:
    path = tmp_path / "chart.drawio"
    path.write_text(text, encoding="utf-8")
    return read_source(path).text


def test_boxes_joined_by_edges_are_rows_citing_the_box_above(tmp_path: Path) -> None:
    lines = _read(tmp_path, _FILE).splitlines()
    assert lines[0] == "架空町 組織図"  # the page's texts in the order it shows them
    assert "組織名\t職員数\t上位組織\t備考" in lines
    assert "架空総務課\t12人\t町長\t" in lines
    assert "架空住民課\t9人\t町長\t係：架空窓口係" in lines  # an edge drawn upwards, too
    assert "架空庶務係\t5人\t架空総務課\t" in lines


def test_a_unit_hangs_from_the_unit_its_row_cites() -> None:
    text = (
        "組織名\t職員数\t上位組織\t備考\n架空総務課\t12人\t町長\t\n架空住民課\t9人\t町長\t\n"
        "架空庶務係\t5人\t架空総務課\t\n架空窓口係\t4人\t架空住民課\t\n"
    )
    facts = parse_document(text, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents["架空庶務係"] == "架空総務課"
    assert parents["架空総務課"] is None  # a post (町長) is no unit


def test_a_compressed_page_reads_as_the_plain_one(tmp_path: Path) -> None:
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = deflater.compress(quote(_MODEL).encode()) + deflater.flush()
    page = base64.b64encode(packed).decode()
    compressed = f'<mxfile><diagram name="組織図">{page}</diagram></mxfile>'
    assert _read(tmp_path, compressed) == _read(tmp_path, _FILE)


def test_a_page_that_is_not_a_diagram_is_an_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"chart\.drawio"):
        _read(tmp_path, '<mxfile><diagram name="p">not base64 !!</diagram></mxfile>')
