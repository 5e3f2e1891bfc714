"""The genre is judged from structure: same text, same genre, whatever the file is called."""

from __future__ import annotations

import pytest

from loaders.genre_detection import detect_genre
from loaders.parse import parse_document

CORPUS_GENRES = {
    "kashiwa-chiikizukuri-2017.txt": "department_policy",
    "kashiwara-seisakusuishin-2020.txt": "department_policy",
    "kawasaki-kihonshisaku-VII-1-2.txt": "comprehensive_plan_policy",
    "niigata-gyoseikaikaku-26.txt": "reform_plan_sheet",
    "kawasaki-gyozaiseikaikaku-chiikishakai.txt": "reform_plan_chapter",
}
SAMPLE_GENRES = {
    "fukushi-profile.txt": "department_policy",
    "kenko-policy-sheet.txt": "department_policy",
    "shimin-tabs.txt": "department_policy",
    "toshi-inline-labels.txt": "department_policy",
    "kihonshisaku-page.txt": "comprehensive_plan_policy",
    "reform-sheet.txt": "reform_plan_sheet",
    "reform-chapter.txt": "reform_plan_chapter",
}


@pytest.mark.parametrize(("file", "genre"), CORPUS_GENRES.items())
def test_corpus_document_genre(corpus_source, file: str, genre: str) -> None:
    assert detect_genre(corpus_source(file)) == genre


@pytest.mark.parametrize(("file", "genre"), SAMPLE_GENRES.items())
def test_sample_document_genre(sample_source, file: str, genre: str) -> None:
    assert detect_genre(sample_source(file)) == genre


def test_genre_does_not_depend_on_the_file_name(corpus_source) -> None:
    text = corpus_source("niigata-gyoseikaikaku-26.txt")
    misleading = parse_document(
        text,
        file="kashiwa-chiikizukuri-2017.txt",
        municipality_code="151009",
        municipality="新潟市",
        prefecture="新潟県",
    )
    plain = parse_document(
        text, file="a.txt", municipality_code="151009", municipality="新潟市", prefecture=None
    )
    assert misleading.genre == plain.genre == "reform_plan_sheet"
    assert misleading.evaluations == plain.evaluations


def test_plain_prose_is_generic() -> None:
    assert (
        detect_genre("市では、公園の清掃活動を行っています。\n参加者を募集します。\n") == "generic"
    )


def test_empty_text_is_generic() -> None:
    assert detect_genre("") == "generic"


HEADING_VARIANTS = {
    "施策 2-1-3 健康づくりの推進\n\n(1)がん対策\n\n現状と課題\n\n・検診\n": (
        "comprehensive_plan_policy"
    ),
    "改革項目Ⅲ 効率的な行政運営\n\n改革実施項目名称(細項目)\t窓口業務の委託\n"
    "指標\t委託した窓口数\t1\t2\n": "reform_plan_sheet",
    "取組２　持続可能な財政運営の推進\n\n(1) 歳入確保に向けた取組\n\n取組項目\t取組内容\n"
    "市税収納率の向上\t・口座振替の推進\n": "reform_plan_chapter",
    "令和3年度 港湾局の運営方針\n\n令和3年度当初予算(単位:千円)\n\n一般会計 1,000\n": (
        "department_policy"
    ),
}


@pytest.mark.parametrize(("text", "genre"), HEADING_VARIANTS.items())
def test_heading_variants_of_other_cities_keep_their_genre(text: str, genre: str) -> None:
    assert detect_genre(text) == genre
