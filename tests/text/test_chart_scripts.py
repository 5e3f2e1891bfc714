"""A Google chart's data in the page script is read as a table where the chart is drawn."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text

_ORG_PAGE = """<html><head><script>
google.charts.load('current', {packages:["orgchart"]});
function drawChart() {
  var data = new google.visualization.DataTable();
  data.addColumn('string', 'Name');
  data.addColumn('string', 'Manager');
  data.addColumn('string', 'ToolTip');
  data.addRows([
    [{'v':'top', 'f':'架空市長'}, '', ''],
    [{v:'bu1', f:'架空企画部<div class="cnt">23人</div>'}, 'top', '架空企画部長'],
    [{v:'ka1', f:'架空政策課<div class="cnt">9人</div>'}, 'bu1', ''],
    [{v:'ka2', f:'架空広報課<div class="cnt">6人</div>'}, 'bu1', ''],
  ]);
  var chart = new google.visualization.OrgChart(document.getElementById('chart_div'));
  chart.draw(data, {allowHtml:true});
  chart.collapse(1, true);
}
</script></head><body><main><h1>組織図</h1>
<div id="chart_div"><table class="google-visualization-orgchart-table"><tr>
<td class="google-visualization-orgchart-node">架空市長</td></tr></table></div>
</main></body></html>"""

_BAR_PAGE = """<html><body><main><h1>利用者数の推移</h1><div id="bars"></div>
<script>
var data = google.visualization.arrayToDataTable([
  ['年度', '架空センター利用者数'],
  ['令和5年度', 41270],
  ['令和6年度', 43815],
]);
new google.visualization.ColumnChart(document.getElementById("bars")).draw(data, {});
</script></main></body></html>"""


def test_an_org_charts_nodes_are_read_from_the_script_with_their_parents_names() -> None:
    lines = extract_main_text(_ORG_PAGE).splitlines()
    assert "組織名\t職員数\t上位組織\t備考" in lines
    assert "架空政策課\t9人\t架空企画部\t" in lines
    assert "架空企画部\t23人\t架空市長\t架空企画部長" in lines


def test_the_drawn_chart_gives_way_to_its_data() -> None:
    text = extract_main_text(_ORG_PAGE)
    # the drawn node is gone; the root (a post, no parent) is named where its child cites it
    assert text.count("架空市長") == 1


def test_a_charts_data_array_is_a_table_its_first_row_the_header() -> None:
    lines = extract_main_text(_BAR_PAGE).splitlines()
    assert "年度\t架空センター利用者数" in lines
    assert "令和6年度\t43815" in lines


def test_a_script_that_draws_no_chart_prints_nothing() -> None:
    page = _BAR_PAGE.replace("ColumnChart(document.getElementById(\"bars\"))", "ColumnChart(x)")
    assert "43815" not in extract_main_text(page)
