"""A ward's multilingual page (each name followed by <span lang="en"> and <span
lang="zh-Hans"> translations), its units' staff as 「総務課 18人（17人）」 under a legend of
the brackets' year; and a Word text's staff table under a caption noting its unit
(「【部の体制】（令和８年４月１日現在、単位：人）」). Fictional examples."""

from __future__ import annotations

from loaders.text.document_text import extract_main_text
from tests.recognisers._facts_of import parsed_as_read

_PAGE = (
    '<html lang="ja"><body><main><h2>区役所の窓口と職員数 <span lang="en">Ward Office</span></h2>'
    "<p>職員数は令和8年4月1日現在（かっこ内は令和7年4月1日現在）です。</p><ul>"
    '<li>架空総務課 <span lang="en">General Affairs Division</span> '
    '<span lang="zh-Hans">总务课</span> 18人（17人）</li>'
    '<li>架空年金課 <span lang="en">Pension Division</span> 21人（21人）</li>'
    "</ul></main></body></html>"
)


def test_a_translation_in_a_japanese_page_is_no_part_of_its_text() -> None:
    text = extract_main_text(_PAGE)
    assert "General Affairs" not in text
    assert "总务课" not in text
    assert "架空総務課 18人（17人）" in " ".join(text.split())


def test_a_count_the_same_in_both_years_is_each_years_count() -> None:
    staff = {
        (s.organization, s.fiscal_year, s.count) for s in parsed_as_read(_PAGE, "ku.html").staff
    }
    assert ("架空年金課", 2026, 21) in staff
    assert ("架空年金課", 2025, 21) in staff


def test_a_caption_noting_people_as_its_unit_makes_a_staff_table() -> None:
    text = (
        "第３　部の体制\n\n"
        "【部の体制】（令和８年４月１日現在、単位：人）\n"
        "課名\t係\t令和８年度\t令和７年度\n"
        "架空総務課\t架空庶務係・架空地域係\t１４\t１３\n"
        "架空福祉課\t架空福祉係・架空支援係\t１９\t１８\n"
        "部計\t\t３３\t３１\n"
    )
    staff = {(s.organization, s.fiscal_year, s.count) for s in parsed_as_read(text).staff}
    assert ("架空総務課", 2026, 14) in staff
    assert ("架空福祉課", 2025, 18) in staff
