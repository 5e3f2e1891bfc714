"""A 重点取組 numbered (1), the plan's 施策 it serves cited on the line under it, then its own
measures numbered in circles (「① …」, each perhaps with a line describing it): the measures
are initiatives filed under the same 施策, not under the last code the page printed.
Fictional examples."""

from __future__ import annotations

from loaders.parse import parse_document


def _codes(text: str) -> dict[str, list[str]]:
    facts = parse_document(text, file="plan.txt", municipality_code="999989",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    return {i.name: i.policy_codes for i in facts.initiatives}


def test_circled_measures_under_a_bracketed_citation_line() -> None:
    text = (
        "令和８年度　架空局運営方針\n"
        "４　重点取組\n"
        "（１） 架空社会の実現に向けた取組の加速\n"
        "【総合計画　施策４－２－１　架空社会の実現】\n"
        "① 架空エネルギーの導入拡大\n"
        "② 架空省エネルギー行動の促進\n"
        "主な事業\t令和８年度\t令和７年度\t担当課\n"
        "架空先行地域推進事業\t1,173,500\t876,200\t架空推進課\n"
        "（２） 架空資源循環の推進\n"
        "【総合計画　施策４－２－２　架空循環型社会の形成】\n"
        "① 架空ごみの減量\n"
        "主な事業\t令和８年度\t令和７年度\t担当課\n"
        "架空ごみ減量推進事業\t297,400\t284,100\t架空循環課\n"
    )
    codes = _codes(text)
    assert codes.get("架空エネルギーの導入拡大") == ["4-2-1"]
    assert codes.get("架空省エネルギー行動の促進") == ["4-2-1"]
    assert codes.get("架空ごみの減量") == ["4-2-2"]


def test_circled_measures_with_descriptions_under_a_cited_field() -> None:
    text = (
        "令和８年度　架空区運営方針（案）\n"
        "５　重点取組\n"
        "（１）地域で支え合う架空のまちづくり\n"
        "　　【総合計画】施策２－３－１　架空福祉の推進\n"
        "　①　架空ネットワークの強化\n"
        "　　　協力事業者を拡大し、連絡体制を再点検します。\n"
        "　②　架空交流の場づくり\n"
        "　　　集会所を活用したサロンの立ち上げを支援します。\n"
        "（２）架空の魅力発信\n"
        "　　【総合計画】施策３－２－３　架空観光の振興\n"
        "　①　架空まつりの開催\n"
        "　　　区民まつりを開催します。\n"
    )
    codes = _codes(text)
    assert codes.get("架空ネットワークの強化") == ["2-3-1"]
    assert codes.get("架空交流の場づくり") == ["2-3-1"]
