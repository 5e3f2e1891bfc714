"""A text file put on the web inside <pre> (old CMS pages, plain-text notices) is read as the
text file is: its line breaks and aligned columns are its layout, not white space to fold."""

from __future__ import annotations

import html

from loaders.parse import parse_document
from loaders.text.document_text import extract_main_text

TEXT = """令和7年度 架空市 組織と職員数

１　組織別職員数（令和7年4月1日現在、単位：人）

    組　織                令和7年度    令和6年度
    架空総務部                 40           38
    　架空総務課               22           21
    　架空人事課               18           17

２　主な事業
    事業名                    担当課          予算額（千円）
    架空広場整備事業          架空総務課          12,000
    架空研修推進事業          架空人事課           3,500
"""
CITY = {"municipality_code": "999989", "municipality": "青葉台市", "prefecture": None}


def _facts(text: str):  # type: ignore[no-untyped-def]
    return parse_document(text, file="x", **CITY)


def _as_pre_page(text: str) -> str:
    body = f"<main><h1>組織</h1><pre>{html.escape(text)}</pre></main>"
    return extract_main_text(f"<!DOCTYPE html><html><body>{body}</body></html>")


def test_a_pre_page_gives_the_staff_counts_of_its_text() -> None:
    counts = {(s.organization, s.count) for s in _facts(TEXT).staff}
    assert counts
    assert {(s.organization, s.count) for s in _facts(_as_pre_page(TEXT)).staff} == counts


def test_a_pre_page_gives_the_projects_of_its_text() -> None:
    projects = {(p.name, p.budget) for p in _facts(TEXT).projects}
    assert projects
    assert {(p.name, p.budget) for p in _facts(_as_pre_page(TEXT)).projects} == projects
