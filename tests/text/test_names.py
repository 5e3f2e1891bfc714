from loaders.text.names import (
    closest_unit_name,
    find_facilities,
    find_nicknames,
    find_organizations,
    generic_unit,
    normalized_form_tokens,
    office_name,
)


def _names(mentions: list) -> list[str]:
    return [m.name for m in mentions]


def test_spelling_variants_share_a_normalized_token() -> None:
    assert normalized_form_tokens("コミュニティ") == normalized_form_tokens("コミュニティー")


def test_particles_and_auxiliaries_are_not_tokens() -> None:
    assert normalized_form_tokens("地域の活性化を推進する") == ["地域", "活性化", "推進"]


def test_division_name_is_found_with_its_compound() -> None:
    assert _names(find_organizations("担当課\t協働推進課")) == ["協働推進課"]


def test_nested_units_in_one_compound_are_split() -> None:
    text = "川崎市総務企画局都市政策部企画調整課"
    assert [(m.name, m.kind) for m in find_organizations(text)] == [
        ("総務企画局", "department"),
        ("都市政策部", "department"),
        ("企画調整課", "division"),
    ]


def test_organization_offsets_slice_the_text() -> None:
    text = "担当課\t市民協働課● 中央公民館 行政経営課"
    assert all(text[m.start : m.end] == m.name for m in find_organizations(text))


def test_head_post_yields_its_unit() -> None:
    assert _names(find_organizations("地域づくり推進部長からのメッセージ")) == ["地域づくり推進部"]


def test_holder_name_before_post_is_not_part_of_unit() -> None:
    text = "地域づくり推進部長\n髙橋直資地域づくり推進部長"
    assert set(_names(find_organizations(text))) == {"地域づくり推進部"}


def test_column_label_is_not_a_unit() -> None:
    assert find_organizations("所管室・課") == []


def test_everyday_word_ending_in_suffix_is_not_a_unit() -> None:
    assert find_organizations("一部の信頼関係を築く") == []


def test_committee_kind() -> None:
    assert [m.kind for m in find_organizations("都市型コミュニティ検討委員会において")] == [
        "committee"
    ]


def test_external_body_keeps_place_names() -> None:
    found = find_organizations("柏原羽曳野藤井寺消防組合と連携")
    assert [(m.name, m.kind) for m in found] == [("柏原羽曳野藤井寺消防組合", "external")]


def test_division_inside_a_facility_is_the_division() -> None:
    assert _names(find_organizations("区役所区民課フロアで")) == ["区民課"]


def test_facility_with_proper_name_is_found() -> None:
    assert _names(find_facilities("今年4月に開所した手賀近隣センターにより")) == [
        "手賀近隣センター"
    ]


def test_facility_name_spanning_two_facility_words_is_one_name() -> None:
    assert _names(find_facilities("幸区役所及び川崎区役所道路公園センターの再整備")) == [
        "幸区役所",
        "川崎区役所道路公園センター",
    ]


def test_bare_facility_type_is_not_a_name() -> None:
    assert find_facilities("区役所と支所・出張所等の窓口") == []


def test_generic_shisetsu_without_proper_noun_is_not_a_name() -> None:
    assert find_facilities("既存公共施設を活用して") == []


def test_facility_kind_is_its_suffix() -> None:
    assert [m.kind for m in find_facilities("宮前連絡所を")] == ["連絡所"]


def test_nickname_in_brackets_names_the_facility() -> None:
    found = find_nicknames("昨年5月に開設した柏市文化・交流複合施設(愛称:パレット柏)では")
    assert [(m.name, alias) for m, alias in found] == [("柏市文化・交流複合施設", "パレット柏")]


def test_facility_with_nickname_is_found_whole() -> None:
    text = "柏市文化・交流複合施設(愛称:パレット柏)では"
    assert _names(find_facilities(text)) == ["柏市文化・交流複合施設"]


def test_misprinted_unit_resolves_to_closest_known_unit() -> None:
    assert closest_unit_name("広報広報課", ["広報広聴課", "協働推進課"]) == "広報広聴課"


def test_exact_unit_name_resolves_to_itself() -> None:
    assert closest_unit_name("協働推進課", ["広報広聴課", "協働推進課"]) == "協働推進課"


def test_unit_of_other_suffix_is_not_a_match() -> None:
    assert closest_unit_name("広報広聴室", ["広報広聴課"]) is None


def test_distant_name_is_not_a_match() -> None:
    assert closest_unit_name("人事課", ["協働推進課"]) is None


def test_ambiguous_misprint_is_not_resolved() -> None:
    assert closest_unit_name("広報広X課", ["広報広聴課", "広報広報課"]) is None


def test_facility_with_an_adjectival_noun_inside_is_found_whole() -> None:
    assert [m.name for m in find_facilities("南部クリーンセンターを改修する")] == [
        "南部クリーンセンター"
    ]


def test_plants_and_main_halls_are_facilities() -> None:
    names = [m.name for m in find_facilities("東清掃工場と旧公会堂本館を活用する")]
    assert names == ["東清掃工場", "旧公会堂本館"]


def test_an_adjective_before_a_type_word_is_not_a_facility_name() -> None:
    assert find_facilities("適切な施設管理と新たな拠点") == []


def test_a_katakana_no_between_the_words_of_a_place_stays_in_the_unit_name() -> None:
    """「青ノ台市」-like names: the tokenizer reads ノ as a particle, yet it is a letter."""
    text = "市長を本部長とする架空ノ台市行財政改革推進委員会の意見を聴きます。"
    assert "架空ノ台市行財政改革推進委員会" in _names(find_organizations(text))


def test_a_status_word_or_bracket_before_a_project_name_is_stripped() -> None:
    from loaders.text.project_names import strip_leading_status_mark

    assert strip_leading_status_mark("新規 架空交流推進事業") == "架空交流推進事業"
    assert strip_leading_status_mark("【拡充】架空交流推進事業") == "架空交流推進事業"
    assert strip_leading_status_mark("架空 交流推進事業") == "架空 交流推進事業"


def test_an_office_word_ending_in_a_suffix_character_names_a_unit() -> None:
    """「知事公室」: 公室 is an office, though 教室 merely ends in 室."""
    assert [m.name for m in find_organizations("知事公室の広報担当")] == ["知事公室"]
    assert find_organizations("料理教室を開催") == []


def test_the_lead_division_of_each_department_is_no_unit_name() -> None:
    """「各部の筆頭課」: a role a division plays, not a division's name."""
    assert find_organizations("部長は各部の筆頭課に含めます") == []


def test_the_part_mark_uchi_is_no_word_of_a_name() -> None:
    """「うち架空浄化センター」 under its division's row, 「(うち架空振興課分)」: うち marks a
    part of the figure above (内数), it does not begin the name."""
    assert _names(find_facilities("うち架空浄化センター")) == ["架空浄化センター"]
    assert _names(find_organizations("(うち架空振興課分 1,200千円)")) == ["架空振興課"]


def test_the_departments_under_one_head_are_a_unit() -> None:
    """「市長部局」 names the departments under the mayor; 「各部局」「担当部局」 name none."""
    assert _names(find_organizations("市長部局 小計")) == ["市長部局"]
    assert find_organizations("各部局と担当部局が連携") == []


def test_a_bare_shisetsu_word_inside_a_division_name_is_part_of_it() -> None:
    """「架空部施設保全課」: 施設 names no place, so the division is 施設保全課, not 保全課."""
    assert _names(find_organizations("架空部施設保全課が調整します")) == ["架空部", "施設保全課"]


def test_a_unit_whose_last_word_the_tokenizer_glues_to_its_suffix_is_found() -> None:
    """A name whose last word the tokenizer cuts one letter short, gluing that letter to the
    suffix: the word and the letter make a word, so the suffix is the unit's."""
    assert _names(find_organizations("所管：架空上下水道部")) == ["架空上下水道部"]


def test_a_word_merely_ending_in_a_suffix_character_is_still_no_unit() -> None:
    assert _names(find_organizations("事業の一部を見直す")) == []


def test_an_office_name_has_a_word_before_its_facility_suffix() -> None:
    assert office_name("架空海洋研究所") and office_name("架空試験場")
    assert not office_name("研究所") and not office_name("架空港湾課")


def test_a_name_for_units_of_a_kind_is_generic() -> None:
    assert generic_unit("各種委員会事務局") and generic_unit("架空議会事務局・その他の課")
    assert not generic_unit("架空議会事務局") and not generic_unit("架空港湾課")


def test_units_each_of_a_kind_are_generic() -> None:
    """「各出張所 12人」: each office of a kind together, no one unit."""
    assert generic_unit("各出張所") and generic_unit("各架空支所")
    assert not generic_unit("架空各務課")
