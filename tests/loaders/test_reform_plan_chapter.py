"""Reform-plan chapters: 川崎市's 「取組 …」 chapter and an invented one."""

from __future__ import annotations

from collections.abc import Callable

from loaders.facts import DocumentFacts
from loaders.parse import parse_document

Facts = Callable[[str], DocumentFacts]
KAWASAKI = "kawasaki-gyozaiseikaikaku-chiikishakai.txt"
SAMPLE = "reform-chapter.txt"
CHAPTER = "市民や事業者等の力が発揮できる活力ある地域社会づくり"


def _by_name(facts: DocumentFacts) -> dict[str, object]:
    return {i.name: i for i in facts.initiatives}


def test_chapter_heading_is_the_top_action(corpus: Facts) -> None:
    first = corpus(KAWASAKI).initiatives[0]
    assert (first.name, first.kind, first.parent) == (CHAPTER, "action", None)


def test_numbered_sections_belong_to_the_chapter(corpus: Facts) -> None:
    sections = [i.name for i in corpus(KAWASAKI).initiatives if i.parent == CHAPTER]
    assert sections == [
        "区役所機能の強化と執行体制の確立に向けた取組",
        "地域人材の発掘や育成に向けた取組",
        "多様な主体の参加と協働による課題解決に向けた取組",
        "便利で快適な区役所サービスの提供に向けた取組",
    ]


def test_table_rows_belong_to_the_current_section(corpus: Facts) -> None:
    row = next(i for i in corpus(KAWASAKI).initiatives if i.name == "総合的な子ども支援の推進")
    assert row.parent == "多様な主体の参加と協働による課題解決に向けた取組"


def test_all_table_rows_are_read(corpus: Facts) -> None:
    assert len(corpus(KAWASAKI).initiatives) == 1 + 4 + 20


def test_overview_loses_its_html_list_remnants(corpus: Facts) -> None:
    row = next(i for i in corpus(KAWASAKI).initiatives if i.name == "多様な主体の参加と協働の推進")
    assert row.description is not None
    assert "<ul" not in row.description
    assert row.description.split("\n") == [
        "事業者や大学など多様な主体の参加と協働による地域の課題解決に向けた取組の推進",
        "多様な参加の機会の提供",
    ]


def test_facilities_named_in_an_overview_are_linked(corpus: Facts) -> None:
    row = next(
        i for i in corpus(KAWASAKI).initiatives if i.name == "区役所等庁舎の計画的・効率的な整備"
    )
    assert set(row.facilities) == {"幸区役所", "川崎区役所道路公園センター"}


def test_sample_chapter_rows_and_facilities(sample: Facts) -> None:
    facts = sample(SAMPLE)
    row = next(i for i in facts.initiatives if i.name == "キャッシュレス決済の導入")
    assert row.parent == "窓口手続のオンライン化に向けた取組"
    assert row.facilities == ["東図書館"]
    last = facts.initiatives[-1]
    assert (last.name, last.parent) == ("デジタル研修の実施", "職員のデジタル人材育成に向けた取組")


NUMBERED_CHAPTER = (
    "取組２　持続可能な財政運営の推進\n\n"
    "（１）歳入確保に向けた取組\n\n市税の収納率を高めます。\n\n【主な取組】\n\n"
    "取組事項\t取組の概要・方向性\n市税収納率の向上\t・口座振替の推進\n"
)


def test_numbered_chapter_heading_is_the_top_action() -> None:
    facts = parse_document(
        NUMBERED_CHAPTER,
        file="chapter.txt",
        municipality_code="999995",
        municipality="浜辺市",
        prefecture=None,
    )
    chapter = facts.initiatives[0]
    assert (chapter.name, chapter.number, chapter.parent) == ("持続可能な財政運営の推進", "2", None)
    assert _by_name(facts)["歳入確保に向けた取組"].parent == chapter.name


def test_table_headed_item_and_content_lists_initiatives() -> None:
    text = NUMBERED_CHAPTER.replace("取組事項\t取組の概要・方向性", "取組項目\t取組内容")
    facts = parse_document(
        text, file="c.txt", municipality_code="999995", municipality="浜辺市", prefecture=None
    )
    assert _by_name(facts)["市税収納率の向上"].parent == "歳入確保に向けた取組"
