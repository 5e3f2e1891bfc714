"""The unit in charge printed unlabelled among the parts of a bracket after a project."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.recognisers.bracket_units import unlabelled_unit
from loaders.structure import read_structure
from loaders.text.document_text import extract_main_text


def _projects(text: str) -> set[tuple[str, int | None, str | None]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.budget, p.division) for p in facts.projects}


def test_an_unlabelled_unit_beside_a_labelled_amount_in_a_bracket_is_the_division() -> None:
    text = (
        "第２　重点の取組\n"
        "　(ア)　架空港湾清掃事業　　〔予算額　3,300万円／架空港湾課〕\n"
        "　(イ)　架空灯台修繕事業　　〔予算額　1億2,000万円／架空港湾課〕\n"
    )
    assert _projects(text) == {
        ("架空港湾清掃事業", 33_000_000, "架空港湾課"),
        ("架空灯台修繕事業", 120_000_000, "架空港湾課"),
    }


def test_a_bracket_of_an_amount_and_a_unit_after_a_name_gives_both() -> None:
    text = (
        "<h2>ことしの事業</h2>\n"
        "<p><b>架空図書館改修事業</b>［2,500万円・架空文化課］<br>\n"
        "閲覧室を改修します。</p>\n"
    )
    assert _projects(extract_main_text(text)) == {("架空図書館改修事業", 25_000_000, "架空文化課")}


def test_a_listed_project_takes_its_brackets_unlabelled_unit_over_a_neighbour_field() -> None:
    text = (
        "* 担当部署：架空部 架空一課、架空部 架空二課\n"
        "* 関連事業：架空窓口改善事業（令和6年度予算額 8,800千円、架空二課）\n"
    )
    assert _projects(text) == {("架空窓口改善事業", 8_800_000, "架空二課")}


def test_a_name_holding_a_middle_dot_is_no_bracket_of_fields() -> None:
    assert unlabelled_unit("架空子育て・架空保育課") is None
    assert unlabelled_unit("予算 2,000万円／架空課") == (11, "架空課")


def test_a_dash_between_a_listed_name_and_its_amount_is_a_leader_not_part_of_the_name() -> None:
    text = (
        "＜関係する予算（令和6年度決算額）＞\n"
        "◇架空広場整備事業 ― 86,412千円［架空緑地課］\n"
        "◇架空文庫運営事業 － 1,204,377千円（架空文化課）\n"
    )
    assert {(name, budget, division) for name, budget, division in _projects(text)} == {
        ("架空広場整備事業", 86_412_000, "架空緑地課"),
        ("架空文庫運営事業", 1_204_377_000, "架空文化課"),
    }


def test_a_unit_bracket_before_a_labelled_amount_leaves_the_amount_to_the_project() -> None:
    """The bracket of unit names is the division, the labelled amount after it the budget."""
    text = (
        "<ul><li><strong>1-2-3　架空の暮らし</strong><ul>\n"
        "<li>架空配食事業（架空福祉課）　令和5年度決算額 21,560千円</li>\n"
        "<li>架空通報事業（架空福祉課）　令和5年度決算額 6,930千円</li>\n"
        "</ul></li></ul>\n"
    )
    assert _projects(extract_main_text(text)) == {
        ("架空配食事業", 21_560_000, "架空福祉課"),
        ("架空通報事業", 6_930_000, "架空福祉課"),
    }
