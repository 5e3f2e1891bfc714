"""A plan page whose projects are a bulleted list aligned into year columns under a label in
lenticular brackets (「【事業】　　Ｒ８　　Ｒ９」 over 「・X事業　　1,500　　1,500」), the unit
in a sentence and the division in the 施策 heading: each project by year, its bullet no part
of its name. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    "事業費の単位は千円です。\n"
    "■施策1－1　架空の子育て支援　（担当：架空福祉課）\n"
    "【事業】　　　　　　　　　　　　　　　　　Ｒ８　　　 Ｒ９　　　Ｒ１０\n"
    "・架空祝金支給事業　　　　　　　　　　　1,500　　1,500　　1,500\n"
    "・架空給食費無償化事業　　　　　　　　　2,160　　2,160　　2,200\n"
    "【成果指標】\n"
    "架空出生数（人）　　現状値 8　→　目標値 10\n"
)


def test_each_listed_project_by_year_without_its_bullet() -> None:
    projects = {(p.name, p.fiscal_year, p.budget, p.division)
                for p in parsed_as_read(_PAGE).projects}  # fmt: skip
    assert ("架空祝金支給事業", 2026, 1_500_000, "架空福祉課") in projects
    assert ("架空給食費無償化事業", 2028, 2_200_000, "架空福祉課") in projects
    assert not any(name.startswith("・") for name, *_ in projects)
