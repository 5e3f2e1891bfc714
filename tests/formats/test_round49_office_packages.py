"""PowerPoint's XML save (a flat `pkg:package`) read as its slides: the title a heading,
text boxes' paragraphs as lines (a deeper level an item), tables as tables, slides in order,
the speaker notes after their slide; the package's relationships and styles not at all.
Fictional words and figures."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def _part(name: str, body: str) -> str:
    return (f'<pkg:part pkg:name="{name}" pkg:contentType="application/xml"><pkg:xmlData>'
            f"{body}</pkg:xmlData></pkg:part>")  # fmt: skip


def _slide(*shapes: str) -> str:
    return (f'<p:sld xmlns:a="{_A}" xmlns:p="{_P}"><p:cSld><p:spTree>{"".join(shapes)}'
            "</p:spTree></p:cSld></p:sld>")  # fmt: skip


def _box(y: int, *paragraphs: str, title: bool = False, level: int = 0) -> str:
    ph = '<p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>' if title else ""
    runs = "".join(f'<a:p><a:pPr lvl="{level}"/><a:r><a:t>{t}</a:t></a:r></a:p>'
                   for t in paragraphs)  # fmt: skip
    return (f'<p:sp>{ph}<p:spPr><a:xfrm><a:off x="0" y="{y}"/></a:xfrm></p:spPr>'
            f"<p:txBody>{runs}</p:txBody></p:sp>")  # fmt: skip


def _table(y: int, rows: list[list[str]]) -> str:
    body = "".join("<a:tr>" + "".join(f"<a:tc><a:txBody><a:p><a:r><a:t>{c}</a:t></a:r></a:p>"
                                      "</a:txBody></a:tc>" for c in row) + "</a:tr>"
                   for row in rows)  # fmt: skip
    return (f'<p:graphicFrame><p:xfrm><a:off x="0" y="{y}"/></p:xfrm><a:graphic><a:graphicData>'
            f"<a:tbl>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")  # fmt: skip


_PACKAGE = (
    '<?xml version="1.0"?><?mso-application progid="PowerPoint.Show"?>'
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
    + _part("/ppt/presentation.xml", f'<p:presentation xmlns:p="{_P}"/>')
    + _part("/ppt/slides/slide2.xml", _slide(
        _table(900, [["課", "令和8年度"], ["架空政策課", "14"]]),
        _box(100, "局の体制", title=True)))
    + _part("/ppt/slides/slide1.xml", _slide(
        _box(100, "架空局長マニフェスト", title=True),
        _box(500, "局の使命"), _box(700, "施策5-2　架空の推進", level=1)))
    + _part("/ppt/notesSlides/notesSlide2.xml", _slide(_box(0, "架空の補足です。", "2")))
    + "</pkg:package>"
)  # fmt: skip


def test_slides_read_in_order_as_pages(tmp_path: Path) -> None:
    path = tmp_path / "deck.xml"
    path.write_text(_PACKAGE, encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert lines[:3] == ["架空局長マニフェスト", "局の使命", "• 施策5-2　架空の推進"]
    assert lines[3:6] == ["局の体制", "課\t令和8年度", "架空政策課\t14"]
    assert lines[6:] == ["架空の補足です。"]  # the notes after their slide, no page number
