"""Organisations of round 19: a field's label that ends as a unit does (「担当係」 among a form
sheet's label cells) names the kind of unit its value is, no unit (fictional example)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import organizations
from loaders.recognisers.organizations import label_unit
from loaders.structure import read_structure


def test_a_form_sheets_unit_label_is_no_organisation() -> None:
    text = (
        "事業評価シート\n\n"
        "事業名\t\t架空広場事業\t\t\t担当部\t架空建設部\t\t担当課\t架空公園課\n"
        "\t\t\t\t\t担当係\t架空管理係\t\t事業期間\t令和2年度〜\n"
    )
    facts = DocumentFacts("x.tsv", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    organizations.recognise(read_structure(text, labels=all_labels()), facts)
    assert {(o.name, o.parent) for o in facts.organizations} == {
        ("架空建設部", None), ("架空公園課", "架空建設部"), ("架空管理係", "架空公園課"),
    }  # fmt: skip


def test_unit_labels_are_told_from_unit_names() -> None:
    assert label_unit("所管課") and label_unit("担当係")
    assert not label_unit("架空管理係")



def _units(text: str) -> set[tuple[str, str | None]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    organizations.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.name, o.parent) for o in facts.organizations}


def test_the_members_a_sentence_wrapped_at_a_fixed_width_states_have_their_parent() -> None:
    text = (
        "（２）組織の見直し\n"
        "　子育て支援を一体的に進めるため、新たに架空未来局を設置します。架空未来局には、架空企\n"
        "画課、架空支援課及び架空保育課を置き、相談から支援までを一つの局で担います。\n"
        "　施設の点検はこれまで各課で行ってきました。架空建設課には令和６年度から\n"
        "架空保全係（職員２人）を置き、点検と劣化診断を一元的に行っています。\n"
    )
    units = _units(text)
    assert {("架空企画課", "架空未来局"), ("架空支援課", "架空未来局"),
            ("架空保育課", "架空未来局"), ("架空保全係", "架空建設課")} <= units  # fmt: skip
    assert not any(name.startswith("令和") for name, _ in units)
