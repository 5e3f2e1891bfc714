"""Facilities: a place's whole name, across 「・」 when one name, and never a kind of place."""

from __future__ import annotations

from loaders.parse import parse_document


def _facilities(text: str) -> set[str]:
    facts = parse_document(
        text, file="places.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    return {f.name for f in facts.facilities}


def test_name_joined_by_a_dot_is_one_facility() -> None:
    text = "青葉台防災公園・多目的複合施設(仮称)の建設工事を進めます。\n"
    assert _facilities(text) == {"青葉台防災公園・多目的複合施設"}


def test_two_facilities_joined_by_a_dot_stay_two() -> None:
    assert _facilities("中央図書館・東部公民館の改修を行います。\n") == {"中央図書館", "東部公民館"}


def test_a_land_is_a_facility() -> None:
    text = "青葉サン・スポーツランド内に多目的広場を整備します。\n"
    assert _facilities(text) == {"青葉サン・スポーツランド"}


def test_a_word_merely_ending_like_a_facility_is_none() -> None:
    assert _facilities("地域ブランドの確立を図ります。\n") == set()


def test_facility_named_at_the_start_of_a_project_is_a_facility() -> None:
    assert _facilities("○さくら児童館改修等事業 107,000千円\n") == {"さくら児童館"}


def test_a_kind_of_facility_is_no_facility() -> None:
    text = "○全世代・基幹型地域包括支援センター運営事業\n生涯学習用公民館パソコン設置台数\n"
    assert _facilities(text) == set()


def test_a_generic_type_word_is_no_named_facility() -> None:
    text = "市役所本館の窓口と地区公民館、市民センターで受け付けます。\n"
    assert _facilities(text) == set()


def test_a_park_a_school_and_a_car_park_are_facilities() -> None:
    text = "青葉台中央公園の再整備と、青葉南小学校の改修、駅前市営駐車場の更新を行います。\n"
    assert {"青葉台中央公園", "青葉南小学校", "駅前市営駐車場"} <= _facilities(text)


def test_a_name_beginning_with_the_city_keeps_the_whole_city_name() -> None:
    assert all(
        name.startswith("青葉台市") for name in _facilities("青葉台市保健センターで実施します。\n")
    )


def _prefecture_facilities(text: str) -> set[str]:
    facts = parse_document(
        text, file="places.txt", municipality_code="999985", municipality="架空県",
        prefecture="架空県",
    )  # fmt: skip
    return {f.name for f in facts.facilities}


def test_a_prefecture_keeps_its_name_on_its_own_place() -> None:
    text = "架空県技術研修センターで研修を開催しました。\n"
    assert _prefecture_facilities(text) == {"架空県技術研修センター"}


def test_a_prefectural_place_keeps_the_prefecture_before_its_ritsu() -> None:
    text = "架空県立こども発達センターに外来を新設します。\n"
    assert _facilities(text) == {"架空県立こども発達センター"}


def test_the_citys_own_office_in_an_address_is_no_facility() -> None:
    assert _facilities("青葉台市役所 〒000-0000 架空県青葉台市本町1番1号\n") == set()


def test_a_camp_site_after_a_park_is_one_name() -> None:
    text = "青葉台海浜公園キャンプ場に指定管理者制度を導入した。\n"
    assert _facilities(text) == {"青葉台海浜公園キャンプ場"}


def test_a_ski_area_is_a_facility() -> None:
    assert _facilities("青葉高原スキー場リフト更新事業\n") == {"青葉高原スキー場"}


def test_a_roadside_station_is_named_after_its_type_word() -> None:
    text = "道の駅あおばの直売所を拡張します。\n"
    assert _facilities(text) == {"道の駅あおば"}


def test_a_roadside_station_name_may_hold_no_and_one_kanji() -> None:
    assert _facilities("道の駅あおばの里に指定管理者制度を導入。\n") == {"道の駅あおばの里"}


def test_a_school_library_is_a_kind_of_place() -> None:
    assert _facilities("学校図書館との連携を進めます。\n") == set()


def test_a_school_district_is_no_school() -> None:
    assert _facilities("東小学校区で予定していた新設を延期した。\n") == set()


def test_the_site_of_a_former_facility_is_no_facility() -> None:
    assert _facilities("旧西部給食センター跡地を貸し付けた。\n") == set()


def test_a_list_of_offices_in_charge_is_no_facility() -> None:
    assert _facilities("担当課\n企画課・文化振興課・中央図書館\n") == set()


def test_a_facility_in_brackets_after_a_project_is_the_office_in_charge() -> None:
    assert _facilities("図書資料整備事業(中央図書館)\n") == set()


def test_a_place_name_before_a_port_word_is_a_port() -> None:
    assert "東京港" in _facilities("東京港に岸壁を整備します。\n")


def test_a_port_word_inside_a_longer_name_is_no_port() -> None:
    assert "東京港" not in _facilities("東京港緑地の芝生を張り替えます。\n")


def test_a_name_cut_after_the_towns_place_name_is_made_whole() -> None:
    facts = parse_document(
        "避難所となる潮見台小学校の体育館を改修します。\n", file="places.txt",
        municipality_code="999989", municipality="潮見台町", prefecture="架空県",
    )  # fmt: skip
    assert {f.name for f in facts.facilities} == {"潮見台小学校"}


def test_a_list_of_kinds_ending_in_a_bare_type_word_is_no_facility() -> None:
    assert _facilities("道路・橋りょう・公園の維持補修を進めます。\n") == set()


def test_the_main_building_of_the_office_is_no_facility() -> None:
    assert _facilities("所在地 市役所本庁舎4階\n") == set()


def test_the_cells_of_a_facility_name_column_are_facilities() -> None:
    text = "施設名\t所管課\t延床面積\n星見が丘観測棟\t天文課\t318\n若葉託児所\t子ども課\t688\n"
    assert _facilities(text) == {"星見が丘観測棟", "若葉託児所"}


def test_a_quoted_name_after_a_facility_word_is_whole() -> None:
    text = "町営の温泉施設「星見が丘の湯」を改修します。\n"
    assert _facilities(text) == {"星見が丘の湯"}


def test_a_quoted_name_ending_like_a_facility_is_whole_without_its_provisional_mark() -> None:
    text = "星見が丘図書館整備事業\n「星見が丘図書館（仮称）」を整備します。\n"
    assert _facilities(text) == {"星見が丘図書館"}


def test_a_quoted_phrase_about_a_kind_of_place_is_none() -> None:
    assert _facilities("「市民の活動を支える図書館」を目指します。\n") == set()


def test_a_facility_column_cell_ending_in_a_type_word_and_provisional_is_a_name() -> None:
    text = "施設名 | 対策 |\n---|---|\n新青葉交流施設(仮称) | 新築 |\n"
    assert "新青葉交流施設(仮称)" in _facilities(text)


def test_a_table_cell_naming_a_place_gives_the_whole_cell() -> None:
    text = "所属 | 人数 |\n---|---|\n架空県立みどりの療育センター | 40 |\n"
    assert _facilities(text) == {"架空県立みどりの療育センター"}


def test_latin_letters_glued_before_a_name_are_part_of_it() -> None:
    text = "近くの青葉台市A&Z海洋センターと統合します。\n"
    assert _facilities(text) == {"青葉台市A&Z海洋センター"}


def test_a_katakana_word_cut_by_a_wrapped_line_joins_the_line_above() -> None:
    text = "相談体制を見直し、青葉台市ビジネスサポー\nトセンターとの連携を強化する必要がある。\n"
    assert _facilities(text) == {"青葉台市ビジネスサポートセンター"}


def test_a_kana_name_after_its_type_word_ends_before_the_particle() -> None:
    assert _facilities("道の駅あおばだいを拠点に周遊観光を進める。\n") == {"道の駅あおばだい"}


def test_a_hot_spring_hall_is_a_facility() -> None:
    assert _facilities("老朽化した青葉台温泉館の浴室を改修します。\n") == {"青葉台温泉館"}


def test_a_nursery_school_is_a_facility() -> None:
    assert _facilities("青葉台保育園の園舎を改築します。\n") == {"青葉台保育園"}


def test_a_listed_place_with_its_nickname_in_quotes_is_one_facility() -> None:
    text = "施設名\t所管課\t延床面積\n青葉台市観光案内所「ほしの駅」\t観光課\t210\n"
    assert "青葉台市観光案内所「ほしの駅」" in _facilities(text)


def test_an_ordinal_after_dai_stays_inside_a_schools_name() -> None:
    text = "青葉台市立第二中学校で給食を開始しました。\n"
    assert _facilities(text) == {"青葉台市立第二中学校"}


def test_a_former_place_spoken_of_only_as_removed_is_no_facility() -> None:
    text = "旧青葉台第一集会所の除却を行い、跡地を駐輪場とします。\n"
    assert "旧青葉台第一集会所" not in _facilities(text)


def test_the_bars_of_a_drawn_table_are_no_part_of_a_facility_name() -> None:
    heavy = (
        "┏━━━━━━━━━━┳━━━━━━┓\n"
        "┃所在地区            ┃延床面積    ┃\n"
        "┣━━━━━━━━━━╋━━━━━━┫\n"
        "┃さくら台公民館      ┃  1,200     ┃\n"
        "┗━━━━━━━━━━┻━━━━━━┛\n"
    )
    light = "│あおば児童館│改修│\n│みどり野図書館│移転│\n"
    assert _facilities(heavy) == {"さくら台公民館"}
    assert _facilities(light) == {"あおば児童館", "みどり野図書館"}


def test_the_items_under_a_facility_heading_are_facilities() -> None:
    bullets = "■関連施設\n・星見が丘観測棟（本町2丁目）\n・若葉台備蓄倉庫\n"
    fields = (
        "【主な施設】\n星見が丘観測棟：平成2年建築。屋根を改修します。\n"
        "若葉台備蓄倉庫：令和元年整備。\n"
    )
    assert _facilities(bullets) == {"星見が丘観測棟", "若葉台備蓄倉庫"}
    assert _facilities(fields) == {"星見が丘観測棟", "若葉台備蓄倉庫"}


def test_a_facility_field_lists_its_places() -> None:
    text = "事業名：観測運営事業\n関連施設：星見が丘観測棟（平成2年建設）、若葉台備蓄倉庫\n"
    assert _facilities(text) == {"星見が丘観測棟", "若葉台備蓄倉庫"}


def test_a_sentence_under_a_facility_heading_is_no_facility() -> None:
    text = "■関連施設\n・施設の詳細は各課にお問い合わせください。\n"
    assert _facilities(text) == set()


def test_a_listed_places_name_cut_short_elsewhere_is_that_place() -> None:
    text = (
        "青葉台小学校観測棟改修事業 12,300千円\n\n"
        "主な施設\n"
        "青葉台小学校観測棟：昭和60年建築。\n"
    )
    assert _facilities(text) == {"青葉台小学校観測棟"}


def test_a_centre_named_by_a_service_every_town_runs_is_a_kind_of_place() -> None:
    text = "地域子育て支援センター運営事業\n子育て支援センターで相談を受けます。\n"
    assert _facilities(text) == set()


def test_a_service_centre_with_its_own_name_is_a_facility() -> None:
    text = "青葉台市子育て支援センターを開設しました。\n"
    assert _facilities(text) == {"青葉台市子育て支援センター"}


def test_a_school_lunch_kitchen_is_a_facility() -> None:
    text = "給食調理業務（青葉台北共同調理場）を民間に委託しました。\n"
    assert _facilities(text) == {"青葉台北共同調理場"}


def test_a_named_housing_estate_is_a_facility_and_an_industrial_estate_is_not() -> None:
    text = "市営さくら台団地建替事業\n青葉台西工業団地造成事業\n"
    assert _facilities(text) == {"市営さくら台団地"}


def test_a_quoted_name_after_a_housing_word_is_a_facility() -> None:
    text = "子育て世帯向けの町営住宅「みどり野ハイツ」を整備します。\n"
    assert _facilities(text) == {"みどり野ハイツ"}


def test_a_schools_gym_or_pool_is_the_school() -> None:
    text = "青葉台西小学校体育館の空調を整備し、みどり野中学校プールを改修します。\n"
    assert _facilities(text) == {"青葉台西小学校", "みどり野中学校"}


def test_a_centre_in_a_column_of_units_is_a_unit() -> None:
    staff = (
        "| 部 | 課 | 職員数 |\n|---|---|---|\n"
        "| 環境部 | 環境政策課 | 14 |\n| | 清掃センター | 40 |\n"
    )
    projects = "事業名\t担当\n資源回収事業\t環境センター\n啓発事業\t環境政策課\n"
    assert _facilities(staff) == set()
    assert _facilities(projects) == set()


def test_a_set_of_places_under_a_facility_heading_is_no_facility() -> None:
    text = "■主な施設\n・市内の小中学校（12校）\n・各地区の集会所等\n・みどり野交流館\n"
    assert _facilities(text) == {"みどり野交流館"}


def test_nurseries_child_guidance_centres_and_tsunami_towers_are_facilities() -> None:
    text = (
        "みどり野保育所と北部認定こども園を統合し、東部児童相談所の一時保護所を拡充します。"
        "あわせて浜通り津波避難タワーと駅前バスターミナルを整備します。\n"
    )
    assert {"みどり野保育所", "北部認定こども園", "東部児童相談所", "浜通り津波避難タワー",
            "駅前バスターミナル"} <= _facilities(text)  # fmt: skip


def test_a_private_nursery_or_a_bare_tower_is_a_kind_of_place() -> None:
    text = (
        "民間保育所の整備を補助し、認定こども園への移行と津波避難タワーの建設を進めます。"
        "学童保育所も増やします。\n"
    )
    assert _facilities(text) == set()


def test_a_centre_named_among_a_units_duties_in_a_table_of_units_is_no_place() -> None:
    text = (
        "課名\t職員数\t主な事務\n"
        "生活安全課\t8\t防犯灯、架空相談センター\n"
        "青葉台市民課\t20\t住民票\n"
        "\n"
        "架空野外活動センターを改修します。\n"
    )
    assert _facilities(text) == {"架空野外活動センター"}


def test_a_hall_of_a_building_named_by_its_size_is_no_facility() -> None:
    text = "青葉台文化会館の大ホールと多目的ホールを改修します。\n"
    assert _facilities(text) == {"青葉台文化会館"}


def test_a_kind_of_clinic_named_by_its_area_is_no_facility() -> None:
    assert _facilities("へき地診療所への医師派遣を続けます。\n") == set()


def test_a_landfill_site_is_a_facility() -> None:
    assert _facilities("山吹台最終処分場の埋立期間を延ばします。\n") == {"山吹台最終処分場"}


def test_a_kana_name_cut_by_the_tokenizer_starts_where_its_kana_word_does() -> None:
    text = "研修の場\n　ゆめみだい福祉センターは、令和5年度に改修しました。\n"
    assert _facilities(text) == {"ゆめみだい福祉センター"}


def test_a_centre_named_as_the_unit_in_charge_is_no_facility() -> None:
    text = (
        "構成:架空福祉課、青葉台市架空相談センター\n\n"
        "事業名:架空相談事業\n所管課:青葉台市架空相談センター\n"
    )
    assert "青葉台市架空相談センター" not in _facilities(text)


def test_places_of_the_same_kind_in_a_bracket_after_one_place_are_its_parts() -> None:
    text = "青葉台市民プール(屋外25mプール・幼児用プール)の改修を行います。\n"
    assert _facilities(text) == {"青葉台市民プール"}


def test_places_in_a_bracket_after_a_kind_of_place_are_places() -> None:
    text = "中央公民館及び地区公民館(東部公民館、西部公民館)で講座を開きます。\n"
    assert {"東部公民館", "西部公民館"} <= _facilities(text)


def test_a_silver_human_resources_centre_alone_is_no_facility() -> None:
    text = "高齢者の就労は、シルバー人材センターと連携して支援します。\n"
    assert _facilities(text) == set()


def test_a_named_public_housing_estate_is_a_facility() -> None:
    text = "老朽化した市営あおば台住宅(3棟12戸)は令和8年度に用途廃止します。\n"
    assert "市営あおば台住宅" in _facilities(text)


def test_public_housing_as_a_kind_is_no_facility() -> None:
    assert _facilities("市営住宅の長寿命化を進めます。\n") == set()


def test_a_place_word_that_opens_a_units_name_is_no_facility() -> None:
    text = "所管：架空みどり公園緑地課\n担当 あおば斎場係\n架空運動公園を改修します。\n"
    assert _facilities(text) == {"架空運動公園"}


def test_a_training_hall_a_childrens_hall_and_a_castle_site_are_facilities() -> None:
    text = (
        "| 事業名 | 内容 |\n|---|---|\n"
        "| 青葉台城跡整備事業 | 石垣を修復する |\n"
        "| 子育て広場事業 | 青葉台こども館で毎週開催 |\n"
        "| 武道振興事業 | 青葉台剣道場の床を張り替える |\n"
    )
    assert _facilities(text) == {"青葉台城跡", "青葉台こども館", "青葉台剣道場"}


def test_a_bare_martial_arts_hall_of_the_city_is_a_kind_of_place() -> None:
    assert _facilities("市立武道場の利用者は増えている。\n") == set()


def test_another_name_of_the_building_in_brackets_is_its_alias() -> None:
    text = "施設名\t所管課\n青葉台文化会館（青葉台ホール）\t文化課\n青葉台中央公園\t公園課\n"
    facts = parse_document(
        text, file="places.txt", municipality_code="999989", municipality="青葉台市",
        prefecture="架空県",
    )  # fmt: skip
    found = {f.name: f.aliases for f in facts.facilities}
    assert found["青葉台文化会館"] == ["青葉台ホール"]
    assert not any("(" in name or "（" in name for name in found)


def test_a_towns_residents_gym_is_the_towns_one_gym() -> None:
    text = "- 体育振興事業：村民プールと村民体育館の利用者数を増やす。\n- 地区公民館を改修する。\n"
    facts = parse_document(
        text, file="places.txt", municipality_code="999989", municipality="青葉台村",
        prefecture="架空県",
    )  # fmt: skip
    assert {f.name for f in facts.facilities} == {"村民プール", "村民体育館"}


def test_a_citys_residents_gym_is_a_kind_of_place() -> None:
    assert _facilities("- 市民体育館と市民プールの利用者数を増やす。\n") == set()


def test_a_youth_hall_a_high_school_and_a_vocational_school_are_facilities() -> None:
    text = (
        "・青葉台市勤労青少年ホームを廃止し、機能を移す。\n"
        "・県立青葉台高等学校と県立青葉看護専門学校の連携を進める。\n"
    )
    assert _facilities(text) >= {
        "青葉台市勤労青少年ホーム", "県立青葉台高等学校", "県立青葉看護専門学校"
    }


def test_a_prefectures_word_for_its_own_before_a_kind_names_no_place() -> None:
    text = "県民センターの窓口で受け付けます。公設児童館も利用できます。\n"
    assert _facilities(text) == set()


def test_the_hours_or_sport_a_kind_serves_names_no_place() -> None:
    text = (
        "休日夜間急病診療所を運営し、陸上競技場の照明を更新します。"
        "架空台陸上競技場も改修します。\n"
    )
    assert _facilities(text) == {"架空台陸上競技場"}


def test_a_named_childrens_club_or_training_hall_is_a_facility_the_kind_is_not() -> None:
    text = (
        "放課後児童クラブの定員を増やすため、架空台児童クラブを移転する。\n"
        "| 施設名 | 延床面積 |\n|---|---|\n| 架空山研修館 | 450 |\n"
    )
    assert _facilities(text) == {"架空台児童クラブ", "架空山研修館"}


def test_a_quoted_name_after_a_facility_word_is_the_place_not_the_word() -> None:
    text = "市内2か所の適応指導センター「こもれび」で相談を受けます。\n"
    assert _facilities(text) == {"こもれび"}


def test_a_quoted_name_after_a_kind_of_place_in_a_table_cell() -> None:
    text = "取組\t備考\n居場所づくり\t屋内遊び場「あおばキッズパーク」を整備\n"
    assert _facilities(text) == {"あおばキッズパーク"}


def test_a_quoted_nickname_of_a_statutory_service_centre_is_no_building() -> None:
    text = "子育て世代包括支援センター「あおばママサポ」を保健センター内に設置しました。\n"
    assert "あおばママサポ" not in _facilities(text)


def test_a_measure_per_head_naming_a_park_is_no_place() -> None:
    text = "指標名\tR5実績\n市民一人当たり都市公園面積（㎡）\t9.8\n"
    assert _facilities(text) == set()


def test_a_public_housing_estate_named_in_kana_after_its_operators_word() -> None:
    text = "・県営しらさぎの団地2号棟の外壁を改修します。\n"
    assert _facilities(text) == {"県営しらさぎの団地"}


def test_a_noun_run_before_provisional_is_one_place_whatever_its_words() -> None:
    text = "東部公民館と東部出張所を集約する東部地区複合施設（仮称）の基本構想を策定しました。\n"
    assert "東部地区複合施設" in _facilities(text)


def test_a_provisional_name_in_a_list_item_after_a_particle_keeps_its_head() -> None:
    text = "・中央地区に整備する市民交流センター（仮称）の設計\n"
    assert "市民交流センター" in _facilities(text)


def test_a_kana_name_after_the_owners_word_is_whole_with_the_body() -> None:
    text = "青葉台市立ことのは図書館の屋上防水を改修します。\n"
    assert _facilities(text) == {"青葉台市立ことのは図書館"}


def test_a_kana_name_with_a_kanji_after_no_is_whole_after_the_owners_word() -> None:
    text = "なお、県立あおぞらの森公園は令和8年度に再整備します。\n"
    assert _facilities(text) == {"県立あおぞらの森公園"}


def test_a_hiragana_name_set_apart_before_a_facility_ending_is_whole() -> None:
    text = "相談窓口は、ささなぎ交流館2階に置いています。\n"
    assert _facilities(text) == {"ささなぎ交流館"}


def test_a_hiragana_name_in_a_list_item_before_a_hall() -> None:
    text = "・すずらん会館の空調を更新します\n"
    assert _facilities(text) == {"すずらん会館"}


def test_an_adnominal_or_a_units_name_before_a_facility_ending_is_no_name() -> None:
    text = "、あらゆる公民館で実施し、ちいさい公園も整えます。担当：みどり公園課\n"
    assert _facilities(text) == set()


def test_asset_register_column_of_facility_names_gives_each_name_whole() -> None:
    text = (
        "施設ID,施設名称,施設分類,所管課\n"
        "1,架空市運動公園管理棟,スポーツ施設,架空スポーツ課\n"
        "2,架空市放課後児童クラブ第二,子育て支援施設,架空こども課\n"
    ).replace(",", "\t")
    assert {"架空市運動公園管理棟", "架空市放課後児童クラブ第二"} <= _facilities(text)


def test_a_listed_name_whose_first_word_is_joined_by_no_is_read_whole() -> None:
    text = "エアコンを設置するのは、東架空公民館、楓の台公民館、西架空公民館の3館です。\n"
    names = _facilities(text)
    assert "楓の台公民館" in names
    assert "台公民館" not in names


def test_a_name_with_one_letter_before_its_kind_after_no_takes_the_words_before_no() -> None:
    # a two-letter word before の (the one-kanji rule above does not reach it), in a field
    text = "指定管理施設：架空東運動場、若草の森公園\n"
    names = _facilities(text)
    assert "若草の森公園" in names
    assert "森公園" not in names


def test_a_body_before_no_is_no_first_word_of_a_cut_name() -> None:
    names = _facilities("平成元年に開園した青葉台市の森公園の遊具を更新します。\n")
    assert not any(n.endswith("市の森公園") for n in names)


def test_a_branch_named_by_its_direction_after_no_stands_alone() -> None:
    names = _facilities("青葉地区の北児童館の改修を行います。\n")
    assert not any(n.endswith("地区の北児童館") for n in names)


def test_a_run_of_nouns_after_a_provisional_mark_is_the_place_to_be_built() -> None:
    text = "東架空公民館と架空図書館分館を集約する（仮称）架空西部交流センターの設計を進めた。\n"
    assert "架空西部交流センター" in _facilities(text)


def test_a_question_mark_run_into_a_place_name_is_no_part_of_it() -> None:
    text = (
        "架空委員\n\n"
        "問架空町民会館の改修はいつか。\n\n"
        "答架空課長来年度に行う。\n"
    )
    names = _facilities(text)
    assert "架空町民会館" in names
    assert "問架空町民会館" not in names


def test_a_place_named_by_the_bodys_suffix_alone_takes_the_bodys_name() -> None:
    text = "市老人福祉センター（あおば荘）は築40年を超え、市民会館とともに改修を検討する。\n"
    names = _facilities(text)
    assert "青葉台市老人福祉センター" in names
    assert "市老人福祉センター" not in names


def test_a_note_in_brackets_after_a_places_name_is_no_part_of_it() -> None:
    text = (
        "■主な施設\n"
        "施設名\t所管課\t整備内容\n"
        "架空水防倉庫（東地区・西地区）\t架空防災課\t資機材の更新\n"
        "旧架空第三小学校（休校中）\t架空教育課\t利活用の検討\n"
    )
    assert _facilities(text) == {"架空水防倉庫", "旧架空第三小学校"}


def test_a_place_named_bare_too_keeps_its_bracketed_mention() -> None:
    text = (
        "施設名\t所管課\n"
        "架空水防倉庫（東地区）\t架空防災課\n"
        "架空水防倉庫\t架空防災課\n"
    )
    assert "架空水防倉庫" in _facilities(text)
