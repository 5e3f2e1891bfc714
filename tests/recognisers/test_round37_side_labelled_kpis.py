"""The national form of a grant's effect check: 「重要業績評価指標（KPI）」 down the side of the
rows (its column blank under it), then 「指標（単位） | 事業開始前（時点） | 令和5年度 目標値 |
実績値 …」. Each indicator is read from the 指標 column; the value before the project began,
its year bracketed under it, is the baseline. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import observed_rows

_PAGE = (
    "<html><body><main><h3>（1）架空販路拡大事業</h3><table><tbody>"
    '<tr><th scope="row">交付金の種類</th><td colspan="6">架空交付金</td></tr>'
    '<tr><th scope="row">事業期間</th><td colspan="6">令和5年度～令和7年度</td></tr>'
    '<tr><th scope="row">担当課</th><td colspan="6">架空部　架空課</td></tr>'
    '<tr><th scope="row">事業の概要</th><td colspan="6">特産品の販路開拓を支援する。</td></tr>'
    '<tr><th scope="rowgroup" rowspan="3">重要業績評価指標<br>（KPI）</th>'
    '<th rowspan="2">指標（単位）</th><th rowspan="2">事業開始前<br>（時点）</th>'
    '<th colspan="2">令和5年度</th><th colspan="2">令和6年度</th></tr>'
    "<tr><th>目標値</th><th>実績値</th><th>目標値</th><th>実績値</th></tr>"
    "<tr><td>架空商品の販売額（百万円）</td><td>142<br>（令和4年度）</td>"
    "<td>160</td><td>171</td><td>180</td><td>188</td></tr>"
    '<tr><th scope="row">事業の効果</th><td colspan="6">１　効果的であった</td></tr>'
    '<tr><th scope="row">今後の方針</th><td colspan="6">事業の継続</td></tr>'
    "</tbody></table></main></body></html>"
)


def test_each_years_target_and_actual_are_read_from_the_indicator_column() -> None:
    rows = {(name.split("(")[0].split("（")[0], year, kind, value)
            for name, year, kind, value in observed_rows(_PAGE, "k.html")}  # fmt: skip
    assert {("架空商品の販売額", 2023, "actual", 171.0),
            ("架空商品の販売額", 2024, "target", 180.0)} <= rows  # fmt: skip


def test_the_value_before_the_project_began_is_the_baseline() -> None:
    rows = {(year, kind, value) for _, year, kind, value in observed_rows(_PAGE, "k.html")}
    assert (2022, "baseline", 142.0) in rows
