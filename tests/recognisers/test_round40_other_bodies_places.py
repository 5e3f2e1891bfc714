"""An open-data list of places (AEDs, toilets) whose 団体名 column tells whose each row is:
the rows another body set up (the prefecture's school, the post office, a golf club) are
no facilities of the document's own body; its own rows are. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_LIST = (
    '"NO","市区町村名","名称","名称_カナ","住所","設置位置","団体名","備考"\n'
    '"1","架空台市","架空台市中央公民館","カクウダイシチュウオウコウミンカン","中町2-5","1階","架空台市",""\n'
    '"2","架空台市","架空台市総合体育館","カクウダイシソウゴウタイイクカン","北原1820","玄関","架空台市",""\n'
    '"3","架空台市","架空台市立図書館","カクウダイシリツトショカン","中町4-2","入口","架空台市",""\n'
    '"4","架空台市","架空県立架空高等学校","カクウケンリツカクウコウトウガッコウ","南1","職員室前","架空県",""\n'
    '"5","架空台市","架空郵便局","カクウユウビンキョク","中町3-1","窓口","日本郵便株式会社",""\n'
    '"6","架空台市","架空ゴルフ倶楽部","カクウゴルフクラブ","西山1","受付","株式会社架空開発",""\n'
)


def _places() -> set[str]:
    return {f.name for f in parsed_as_read(_LIST, "x.csv").facilities}


def test_the_bodys_own_rows_are_its_facilities() -> None:
    assert {"架空台市中央公民館", "架空台市総合体育館"} <= _places()


def test_a_row_another_body_set_up_is_no_facility_of_its_own() -> None:
    places = _places()
    assert "架空郵便局" not in places
    assert not any("高等学校" in name for name in places)
