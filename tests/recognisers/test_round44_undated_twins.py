"""A target printed without its year (「目標値 60」) where the page says elsewhere which year
its targets are of: one reader dates it, another may not; the value is one target, dated,
not a second one without a year. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PAGE = """<!DOCTYPE html><html><body><main>
<h1>架空村 施策評価（令和7年度）</h1>
<p>成果指標の「基準値」は計画策定時（令和2年度）の値、「目標値」は計画の最終年度（令和12年度）の値です。</p>
<h2>基本目標Ⅰ　架空の村</h2>
<h3>Ⅰ-1　架空森林の保全</h3>
<ul><li><p>
成果指標：架空間伐面積（ha）　基準値 42　→　令和7年度実績 51.6　／　目標値 60</p></li></ul>
<h3>Ⅰ-2　架空環境の向上</h3>
<ul><li><p>
成果指標：架空資源化率（％）　基準値 18.4　→　令和7年度実績 21.2　／　目標値 25.0</p></li></ul>
</main></body></html>"""


def test_a_target_is_read_once_with_its_year() -> None:
    facts = parsed_as_read(_PAGE, "x.html")
    targets = [(o.fiscal_year, o.value) for o in facts.observations
               if o.indicator.startswith("架空間伐面積") and o.kind == "target"]  # fmt: skip
    assert targets == [(2030, 60)]
