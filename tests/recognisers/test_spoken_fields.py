"""Records read out one field a sentence (text versions made for screen readers)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import projects
from loaders.recognisers.spoken_fields import spoken_field
from loaders.structure import read_structure


def _projects(text: str) -> set[tuple[str, int | None, str | None]]:
    facts = DocumentFacts("x.txt", "999989", "青葉台市", None, text, "generic", fiscal_year=2024)
    projects.recognise(read_structure(text, labels=all_labels()), facts)
    return {(p.name, p.budget, p.division) for p in facts.projects}


def test_fields_read_out_as_sentences_make_a_project_record() -> None:
    text = (
        "■音声読み上げ用\n"
        "事業名は、架空水路改修事業です。\n"
        "事業費は、1億2,000万円です。\n"
        "老朽化した水路を改修します。完成は来年の予定です。\n"
        "所管は、架空建設部 架空水路課です。\n"
        "事業名は、架空図書交流事業です。\n"
        "事業費は、450万円です。\n"
    )
    assert _projects(text) == {
        ("架空水路改修事業", 120_000_000, "架空水路課"),
        ("架空図書交流事業", 4_500_000, None),
    }


def test_a_sentence_of_an_unknown_label_is_no_field() -> None:
    assert spoken_field("架空公園は、市の北にあります。") is None
    assert spoken_field("事業名は、架空事業です。そして続きます。") is None
