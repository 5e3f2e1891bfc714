"""Where a unit belongs, read from the rows that print it: a 局's staff table under its
「局の体制」 caption, 部 rows over their 課 rows (the indent lost), holds the 課 under the 部
before the 局 the page is about; an office of no rank (児童相談所) holds the 係 its row lists;
a 課 named for the centre it runs (「こども家庭センター推進課」) is one unit; and of two
parents two documents state, the finer is kept. Fictional examples."""

from __future__ import annotations

from pathlib import Path

from loaders.resources import queries_dir
from loaders.text.names import find_organizations
from tests.formats.contract_rows import ingest_folder, write_manifest
from tests.recognisers._facts_of import parsed_as_read

_POLICY = (
    "令和8年度\n架空こども局 運営方針\n\n"
    "１　局の体制（各年度４月１日現在、単位：人）\n"
    "部・課等\t令和8年度\t令和7年度\t増減\n"
    "架空未来部\t92\t87\t+5\n"
    "架空企画課\t34\t32\t+2\t（企画係・計画推進係）\n"
    "架空保育課\t58\t55\t+3\t（保育運営係・保育施設係）\n"
    "架空家庭部\t96\t88\t+8\n"
    "架空児童相談所\t96\t88\t+8\t（相談措置係・一時保護係）\n"
    "局計\t190\t177\t+13\n"
)


def _parents(text: str) -> dict[str, str | None]:
    return {o.name: o.parent for o in parsed_as_read(text).organizations}


def test_a_department_row_holds_the_division_rows_under_it() -> None:
    parents = _parents(_POLICY)
    assert parents.get("架空保育課") == "架空未来部"
    assert parents.get("架空児童相談所") == "架空家庭部"


def test_an_office_of_no_rank_holds_the_sections_its_row_lists() -> None:
    assert _parents(_POLICY).get("一時保護係") == "架空児童相談所"


def test_a_division_named_for_the_centre_it_runs_is_one_unit() -> None:
    names = [m.name for m in find_organizations("（386,240千円/こども家庭センター推進課）")]
    assert names == ["こども家庭センター推進課"]
    assert [m.name for m in find_organizations("区役所区民課")] == ["区民課"]


def test_of_two_stated_parents_the_finer_is_kept(tmp_path: Path) -> None:
    (tmp_path / "policy.txt").write_text(_POLICY, encoding="utf-8")
    (tmp_path / "budget.txt").write_text(
        "令和8年度当初予算の概要\n主な事業\n"
        "事業名\t予算額（千円）\t所管局\t所管課\n"
        "架空保育事業\t1,284,500\t架空こども局\t架空保育課\n",
        encoding="utf-8",
    )
    write_manifest(tmp_path, [("policy.txt", "999989", "架空台市", "架空県"),
                              ("budget.txt", "999989", "架空台市", "架空県")])  # fmt: skip
    _, store = ingest_folder(tmp_path)
    try:
        query = (queries_dir() / "organizations.rq").read_text(encoding="utf-8")
        rows = {(r["organization"], r["parent"]) for r in store.select(query)}
    finally:
        store.close()
    assert ("架空保育課", "架空未来部") in rows
    assert ("架空保育課", "架空こども局") not in rows
