"""A ward head's video message published as WebVTT captions: the header, style and note
blocks, cue numbers and timings are no text; a speaker's sentence split over cues is one
line; an on-screen title keeps its lines (its project, amount and division are read).
Fictional examples."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source
from loaders.formats.captions import is_captions, render_captions
from tests.recognisers._facts_of import parsed_as_read

_VTT = (
    "WEBVTT\nKind: captions\nLanguage: ja\n\n"
    "STYLE\n::cue(.telop) {\n  color: #ffff00;\n}\n\n"
    "NOTE\n字幕データ作成：架空課\n\n"
    "1\n00:00:09.700 --> 00:00:14.500 line:85%\n<v 架空区長>皆さん、こんにちは。\n\n"
    "2\n00:00:19.600 --> 00:00:23.900 line:85%\n<v 架空区長>架空区がめざす姿は、\n「架空の、\n\n"
    "3\n00:00:24.200 --> 00:00:27.700 line:85%\n<v 架空区長>住み続けたいまち」です。\n\n"
    "4\n00:01:04.300 --> 00:01:13.100 line:8% position:50% align:center\n"
    "<c.telop>架空ひろば運営事業　1,280万円</c>\n<c.telop>（担当：架空支援課）</c>\n"
)


def test_a_webvtt_file_is_known_by_its_first_line() -> None:
    assert is_captions(_VTT) and not is_captions("架空課\n00:00 --> 00:01\n")


def test_timings_numbers_and_header_blocks_are_no_text() -> None:
    text = render_captions(_VTT)
    assert "-->" not in text and "WEBVTT" not in text and "color" not in text
    assert "字幕データ" not in text


def test_a_speakers_sentence_over_cues_is_one_line() -> None:
    assert "架空区がめざす姿は、「架空の、住み続けたいまち」です。" in render_captions(_VTT)


def test_an_on_screen_titles_project_is_read(tmp_path: Path) -> None:
    path = tmp_path / "message.ja.vtt"
    path.write_text(_VTT, encoding="utf-8")
    assert "<c.telop>" not in read_source(path).text
    projects = {(p.name, p.budget, p.division) for p in parsed_as_read(_VTT, "m.vtt").projects}
    assert ("架空ひろば運営事業", 12_800_000, "架空支援課") in projects
