"""Indicators written as sentences: the words after each value say its kind."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.recognisers.indicator_sentences import dated_pair_observations, sentence_observations
from loaders.structure import read_structure


def _rows(text: str) -> set[tuple[str, int | None, str, float | int]]:
    doc = read_structure(text, labels=all_labels())
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in sentence_observations(doc)}


def test_baseline_actual_and_target_come_from_the_words_after_each_value() -> None:
    text = (
        "見守り訪問件数は令和3年度の320件から令和4年度は410件となり、"
        "令和7年度に600件を目指します。\n"
    )
    assert _rows(text) == {
        ("見守り訪問件数", 2021, "baseline", 320),
        ("見守り訪問件数", 2022, "actual", 410),
        ("見守り訪問件数", 2025, "target", 600),
    }


def test_a_single_dated_value_is_not_an_indicator_series() -> None:
    assert _rows("来館者数は令和4年度に12,000人となりました。\n") == set()


def test_values_without_any_cue_word_are_not_read() -> None:
    assert _rows("会員数は令和3年度120人、令和4年度130人。\n") == set()


def test_money_in_a_sentence_is_left_to_the_budget_recognisers() -> None:
    text = "事業費は令和3年度の500万円から令和4年度は700万円となりました。\n"
    assert _rows(text) == set()


def test_western_years_and_full_width_digits_are_read_alike() -> None:
    text = "植樹本数は２０２２年度の１５０本から２０２３年度は１８０本となりました。\n"
    assert _rows(text) == {("植樹本数", 2022, "actual", 150), ("植樹本数", 2023, "actual", 180)}


def test_a_change_over_past_years_without_a_target_gives_two_actuals() -> None:
    text = "貸出冊数は令和2年度の8,400冊から令和4年度には9,100冊へと増加しています。\n"
    assert _rows(text) == {("貸出冊数", 2020, "actual", 8400), ("貸出冊数", 2022, "actual", 9100)}


def test_a_bullet_before_the_subject_is_no_part_of_the_name() -> None:
    text = "・相談件数は令和2年度の210件から令和4年度には260件となりました。\n"
    assert {name for name, *_ in _rows(text)} == {"相談件数"}


def test_a_value_right_after_its_kinds_label_has_that_kind() -> None:
    text = (
        "排出量は平成25年度の900トンから令和2年度には800トンまで減少し、"
        "令和12年度の目標（500トン）に向かいます。\n"
    )
    assert ("排出量", 2030, "target", 500) in _rows(text)


def test_a_scale_word_is_part_of_the_unit_not_of_the_value() -> None:
    text = "排出量は平成25年度の1,284千t-CO2から令和2年度には1,032千t-CO2まで減少しました。\n"
    assert _rows(text) == {("排出量", 2013, "actual", 1284), ("排出量", 2020, "actual", 1032)}


def test_a_year_in_brackets_right_after_a_value_is_its_year() -> None:
    text = "架空講座の満足度は80.0%(令和4年度)から90.0%(令和8年度)への向上を目指します。\n"
    assert _rows(text) == {
        ("架空講座の満足度", 2022, "baseline", 80.0),
        ("架空講座の満足度", 2026, "target", 90.0),
    }


def test_the_object_a_clause_sets_values_for_names_the_indicator() -> None:
    text = "周知を進め、架空文庫の貸出冊数を令和4年度の500冊から令和8年度には600冊に増やします。\n"
    assert _rows(text) == {
        ("架空文庫の貸出冊数", 2022, "baseline", 500),
        ("架空文庫の貸出冊数", 2026, "target", 600),
    }


def test_a_name_then_two_dated_values_with_an_arrow_is_a_baseline_and_a_target() -> None:
    text = "・架空講座の受講者数　38人（令和4年度）→ 45人（令和8年度）\n"
    doc = read_structure(text, labels=all_labels())
    found = {
        (o.indicator, o.fiscal_year, o.kind, o.value) for o in dated_pair_observations(doc, 2023)
    }
    assert found == {
        ("架空講座の受講者数", 2022, "baseline", 38),
        ("架空講座の受講者数", 2026, "target", 45),
    }


def test_one_value_set_after_its_name_with_a_targets_cue_is_that_years_target() -> None:
    text = "計画では、令和8年4月1日の架空講座の受講者数を45人以内とすることを目標としています。\n"
    assert _rows(text) == {("架空講座の受講者数", 2026, "target", 45)}


def test_one_value_without_a_targets_cue_is_no_target() -> None:
    assert _rows("令和5年4月1日の架空講座の受講者数は45人です。\n") == set()


def test_a_year_before_the_subject_dates_its_first_value() -> None:
    text = (
        "令和元年度末の架空林の面積は12万4,500㎡でしたが、"
        "令和5年度末には13万1,200㎡となっています。\n"
    )
    assert _rows(text) == {
        ("架空林の面積", 2019, "actual", 124500),
        ("架空林の面積", 2023, "actual", 131200),
    }


def test_a_subject_dated_as_it_stood_then_and_the_one_value_it_closes_on() -> None:
    assert _rows("令和5年度末現在の架空林の植樹率は4.5%です。\n") == {
        ("架空林の植樹率", 2023, "actual", 4.5)
    }


def test_an_undated_subject_and_one_value_is_no_indicator() -> None:
    assert _rows("架空林の植樹率は4.5%です。\n") == set()


def test_procedures_are_counted_in_a_sentence_setting_a_target() -> None:
    text = (
        "電子申請できる架空手続数を令和5年度の30手続から、"
        "令和9年度には90手続とすることを目指します。\n"
    )
    assert _rows(text) == {
        ("電子申請できる架空手続数", 2023, "baseline", 30),
        ("電子申請できる架空手続数", 2027, "target", 90),
    }


def test_a_bracketed_target_gives_the_objects_value_of_the_year_it_is_to_reach_by() -> None:
    text = "架空林の面積を令和12年度末までに2割増やします(目標15万2,000㎡以上)。\n"
    assert _rows(text) == {("架空林の面積", 2030, "target", 152000)}


def test_a_fields_prose_value_is_read_as_sentences() -> None:
    text = (
        "見守り活動の強化：見守り訪問件数は令和3年度の320件から令和4年度は410件となり、"
        "令和7年度に600件を目指します。\n"
    )
    assert ("見守り訪問件数", 2022, "actual", 410) in _rows(text)


def test_a_kinds_label_then_a_year_before_a_value_gives_its_kind() -> None:
    text = "花壇の整備率は令和5年度末で62.0%となりました(目標:令和8年度80.0%)。\n"
    assert _rows(text) == {
        ("花壇の整備率", 2023, "actual", 62.0),
        ("花壇の整備率", 2026, "target", 80.0),
    }


def test_a_sentence_wrapped_at_the_pages_width_is_read_across_its_lines() -> None:
    text = (
        "１ 見守り活動の状況\n"
        "　　見守り訪問は、地区の民生委員と連携して進めています。訪問件数は\n"
        "　　増えており、4月から新たな地区でも始めました。計画では令和7年度の\n"
        "　　見守り訪問件数を600件とすることを目標としています。\n"
    )
    assert ("見守り訪問件数", 2025, "target", 600) in _rows(text)


def test_values_after_their_kinds_labels_take_the_last_year_before_them() -> None:
    text = "貸出冊数は、目標の5,000冊に対し、令和5年度末の実績は5,420冊となりました。\n"
    doc = read_structure(text, labels=all_labels())
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in sentence_observations(doc, 2023)}
    assert rows == {("貸出冊数", 2023, "target", 5000), ("貸出冊数", 2023, "actual", 5420)}


def test_a_dated_subject_closing_on_its_kind_gives_its_one_value() -> None:
    text = "令和5年度の花壇整備率の実績は71.5%となり、順調に進んでいます。\n"
    assert _rows(text) == {("花壇整備率", 2023, "actual", 71.5)}


def test_an_unlabelled_dated_value_beside_a_labelled_target_is_the_actual() -> None:
    text = "令和6年の来訪者数は32万人(目標35万人)でした。\n"
    assert _rows(text) == {("来訪者数", 2024, "actual", 32), ("来訪者数", 2024, "target", 35)}


def test_an_object_before_the_years_is_named_when_a_year_comes_before_the_topics_wa() -> None:
    text = "貸出できる資料を令和4年度の120点から令和5年度は180点に拡大しました。\n"
    assert _rows(text) == {
        ("貸出できる資料", 2022, "actual", 120),
        ("貸出できる資料", 2023, "actual", 180),
    }


def test_a_note_naming_an_indicator_then_its_years_actual_gives_that_value() -> None:
    text = "※花壇整備率の2024年度実績は71.5％でした。\n"
    assert _rows(text) == {("花壇整備率", 2024, "actual", 71.5)}


def test_an_unlabelled_change_beside_a_labelled_actual_is_not_read() -> None:
    text = "令和6年度の来館者数の実績は12,400人で、前年度から約600人増加しました。\n"
    assert _rows(text) == {("来館者数", 2024, "actual", 12400)}


def test_a_sentence_about_a_year_alone_sets_the_target_of_the_indicator_before_it() -> None:
    text = (
        "令和5年度の架空講座の修了者数は84人で、目標の90人を下回りました。"
        "令和7年度は、講師を増やし120人を目指します。\n"
    )
    assert _rows(text) == {
        ("架空講座の修了者数", 2023, "actual", 84),
        ("架空講座の修了者数", 2023, "target", 90),
        ("架空講座の修了者数", 2025, "target", 120),
    }


def test_a_sentence_about_a_year_after_no_indicator_sets_nothing() -> None:
    assert _rows("架空まつりを開催しました。令和7年度は3,000人を目指します。\n") == set()


def test_a_short_bullet_line_is_not_wrapped_into_the_paragraph_after_it() -> None:
    text = (
        "・架空カフェの開設支援（所管：架空福祉課）\n"
        "令和5年度の架空カフェの登録数は21か所で、目標の25か所を下回りました。今後は周知を強化し、地域の団体への働きかけを続けます。\n"
    )
    assert _rows(text) == {
        ("架空カフェの登録数", 2023, "actual", 21),
        ("架空カフェの登録数", 2023, "target", 25),
    }


def _rows_of_year(text: str, year: int | None) -> set[tuple[str, int | None, str, float | int]]:
    doc = read_structure(text, labels=all_labels())
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in sentence_observations(doc, year)}


def test_a_value_measured_against_its_target_is_the_actual_of_the_year_reported_on() -> None:
    text = "架空教室の受講者数は延べ640人で、目標の600人を上回りました。\n"
    assert _rows_of_year(text, 2023) == {
        ("架空教室の受講者数", 2023, "actual", 640),
        ("架空教室の受講者数", 2023, "target", 600),
    }


def test_a_value_beside_a_target_without_any_year_known_is_no_row() -> None:
    text = "架空教室の受講者数は延べ640人で、目標の600人を上回りました。\n"
    assert _rows_of_year(text, None) == set()


def test_a_value_of_the_year_before_is_dated_one_year_before_the_year_stated() -> None:
    text = "架空基金比率は令和5年度決算で21.5%となり、前年度の23.0%から改善しました。\n"
    assert _rows(text) == {
        ("架空基金比率", 2023, "actual", 21.5),
        ("架空基金比率", 2022, "actual", 23.0),
    }


def test_a_series_without_the_year_before_keeps_each_value_of_its_own_year() -> None:
    text = (
        "架空講座の受講者数は令和3年度の120人から令和4年度は150人となり、"
        "令和7年度に200人を目指します。\n"
    )
    assert _rows(text) == {
        ("架空講座の受講者数", 2021, "baseline", 120),
        ("架空講座の受講者数", 2022, "actual", 150),
        ("架空講座の受講者数", 2025, "target", 200),
    }


def test_a_target_named_before_its_year_is_that_years_target() -> None:
    """「○○数を、令和10年3月末までに120人とすることを目標」: the name, then the year it is
    to be reached by, then the value."""
    text = "架空講座の受講者数を、令和10年3月末までに120人とすることを目標とします。\n"
    assert _rows(text) == {("架空講座の受講者数", 2027, "target", 120)}


def test_a_target_with_a_bracketed_change_beside_it_is_still_read() -> None:
    """A value inside brackets after the target (「(令和4年度の40人から5人減)」) is an aside
    about it, no second value that makes the sentence ambiguous."""
    text = (
        "令和９年度末の架空団員数を３５人とすることを目標としています（令和４年度の４０人から"
        "５人減）。\n"
    )
    assert _rows(text) == {("架空団員数", 2027, "target", 35)}


def test_a_year_and_a_value_alone_in_brackets_after_a_target_are_its_starting_point() -> None:
    text = (
        "架空協力員の登録者数を、令和10年4月1日までに500人とすることを目標とします"
        "（令和5年4月1日 320人）。\n"
    )
    assert _rows(text) == {
        ("架空協力員の登録者数", 2028, "target", 500),
        ("架空協力員の登録者数", 2023, "baseline", 320),
    }


def test_a_target_set_after_the_topic_and_its_year_is_that_years_target() -> None:
    """「○○率は、令和9年度までに80%とすることを目指します」: the name as the topic (は), then
    the year, then one value with a target's cue."""
    text = "星空観察会の満足度は、令和9年度までに80%とすることを目指します。\n"
    assert _rows(text) == {("星空観察会の満足度", 2027, "target", 80)}


def test_a_notes_mark_is_no_part_of_the_targets_name() -> None:
    text = "＊天文台の来館者数は、2030年度に9,000人とすることを目標としています。\n"
    assert _rows(text) == {("天文台の来館者数", 2030, "target", 9000)}


def test_a_kind_printed_right_after_each_values_year_gives_its_kind() -> None:
    """「令和4年度実績で812トン、令和5年度見込みで790トン」: the kind glued to each value's year
    (a kind's label, or 決算 of a year's settled figures) is that value's kind."""
    text = "架空町のごみ排出量は令和4年度実績で812トン、令和5年度見込みで790トンとなっています。\n"
    assert _rows(text) == {
        ("架空町のごみ排出量", 2022, "actual", 812),
        ("架空町のごみ排出量", 2023, "estimate", 790),
    }


def test_settled_figures_of_a_year_are_its_actual_in_a_sentence() -> None:
    text = "将来負担比率は、2022年度決算で41.3%、2023年度決算見込みで39.8%です。\n"
    assert _rows(text) == {
        ("将来負担比率", 2022, "actual", 41.3),
        ("将来負担比率", 2023, "estimate", 39.8),
    }


def test_a_target_set_by_a_plan_named_as_the_sentences_setting_carries_on_the_indicator() -> None:
    """「基本計画では、令和10年度に…を目標」 after a sentence about one indicator: the plan is
    the setting, no indicator's name; the target is the indicator's of the sentence before."""
    text = (
        "架空町のごみ排出量は令和4年度実績で812トン、令和5年度見込みで790トンとなっています。"
        "一般廃棄物処理基本計画では、令和10年度に700トン以下とすることを目標としています。\n"
    )
    rows = _rows(text)
    assert ("架空町のごみ排出量", 2028, "target", 700) in rows
    assert not any(name.startswith("一般廃棄物") for name, *_ in rows)


def test_a_target_printed_in_bold_markdown_keeps_its_cue() -> None:
    """「…の会員数を **700人** とすることを目標」: the spaces the bold marks leave between the
    value and its cue are no words."""
    text = (
        "架空クラブ基本計画（令和5年度～令和9年度）では、"
        "令和9年4月1日の会員数を **700人** とすることを目標としています。\n"
    )
    assert _rows(text) == {("会員数", 2027, "target", 700)}


def test_a_setting_after_a_connective_is_no_name_and_its_target_carries_on() -> None:
    text = (
        "架空港の入港数は令和4年度実績で120件、令和5年度見込みで131件です。"
        "なお、港湾計画では令和9年度に150件とすることを目標としています。\n"
    )
    rows = _rows(text)
    assert ("架空港の入港数", 2027, "target", 150) in rows
    assert not any("計画" in name for name, *_ in rows)


def test_a_markdown_list_dash_is_no_part_of_a_sentences_subject() -> None:
    from loaders.field_vocabulary import all_labels
    from loaders.recognisers.indicator_sentences import sentence_observations
    from loaders.structure import read_structure

    text = "* 架空港の来港者数は、令和4年度の900人から令和5年度は1,200人に増えました。\n"
    doc = read_structure(text, labels=all_labels())
    names = {o.indicator for o in sentence_observations(doc, 2024)}
    assert names == {"架空港の来港者数"}


def test_figures_a_sentence_takes_from_a_census_are_no_indicator() -> None:
    """「世帯数は令和2年国勢調査で1,200世帯となり、平成27年の1,350世帯から減少」: the place's
    census figures (`mkf:surveyStatistic` cue words), not a plan's indicator."""
    from loaders.field_vocabulary import all_labels
    from loaders.recognisers.indicator_sentences import sentence_observations
    from loaders.structure import read_structure

    text = "架空村の世帯数は令和2年国勢調査で1,200世帯となり、平成27年の1,350世帯から減少した。\n"
    doc = read_structure(text, labels=all_labels())
    assert list(sentence_observations(doc, 2024)) == []
    said = text.replace("国勢調査で", "")
    assert list(sentence_observations(read_structure(said, labels=all_labels()), 2024))


def test_a_quoted_metric_then_a_past_year_and_its_value_is_that_years_actual() -> None:
    """「「架空文庫の貸出冊数」は、2023年度に4,210冊。」: the quotes mark a metric, so its lone
    past figure is that year's actual."""
    text = "・「架空文庫の貸出冊数」は、2023年度に4,210冊。\n"
    doc = read_structure(text, labels=all_labels())
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in sentence_observations(doc, 2025)}
    assert rows == {("架空文庫の貸出冊数", 2023, "actual", 4210)}


def test_a_value_with_its_target_in_brackets_after_a_subject_and_year_gives_both() -> None:
    """「・架空講座事業：受講者数が2022年度に64人（目標80）と下回った」, an item's topic
    before a colon: the year's actual and, from the bracket, its target."""
    text = "・架空講座事業：受講者数が2022年度に64人（目標80）と目標を下回った。\n"
    doc = read_structure(text, labels=all_labels())
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in sentence_observations(doc, 2024)}
    assert rows == {
        ("受講者数", 2022, "actual", 64),
        ("受講者数", 2022, "target", 80),
    }


def _sentences(text: str, *, context: int) -> set[tuple[str, int | None, str, float | int]]:
    doc = read_structure(text, labels=all_labels())
    found = sentence_observations(doc, context)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in found}


def test_an_indicator_quoted_in_speech_with_this_years_target() -> None:
    text = (
        "部長 広場の利用は「架空広場の利用者数（年間）」という指標で見ています。"
        "令和5年度末の実績が1,200人、今年度の目標は1,500人です。"
        "もう一つの指標「架空講座の満足度」は、令和5年度の実績が71.5％で、"
        "今年度は80.0％を目指します。\n"
    )
    found = _sentences(text, context=2024)
    assert {
        ("架空講座の満足度", 2023, "actual", 71.5),
        ("架空講座の満足度", 2024, "target", 80.0),
    } <= found


def test_a_measure_in_hectares_is_a_value_of_a_sentence() -> None:
    text = (
        "架空茶の作付面積は令和5年度実績で12ヘクタールであり、"
        "令和8年度に15ヘクタールとすることを目標にしている。\n"
    )
    assert _sentences(text, context=2024) == {
        ("架空茶の作付面積", 2023, "actual", 12),
        ("架空茶の作付面積", 2026, "target", 15),
    }


def test_a_value_labelled_by_a_bracket_of_its_year_and_kind_after_a_clause() -> None:
    text = (
        "窓口を改善し、架空窓口の満足度は78.5%（令和5年度実績）となりました。"
        "架空講座の受講率は40.1%（令和5年度実績）にとどまった。\n"
    )
    assert _sentences(text, context=2024) == {
        ("架空窓口の満足度", 2023, "actual", 78.5),
        ("架空講座の受講率", 2023, "actual", 40.1),
    }


def test_a_bullet_before_a_name_holding_ga_is_no_subject() -> None:
    """Regression: 「・胃がん検診受診率 …」 was read as the subject 「・胃」 before が."""
    text = "・胃がん検診受診率　令和５年度実績　８．９％　⇒　令和７年度目標　１２．０％\n"
    assert not any(name.startswith("・") for name, *_ in _sentences(text, context=2024))


def test_a_target_set_for_the_thing_the_sentence_before_dated_makes_both_values() -> None:
    text = (
        "町が管理する架空施設の総延床面積は、令和5年度末で12,345㎡です。"
        "架空計画では、令和15年度までに総延床面積を11,000㎡とすることを目標としています。\n"
    )
    assert _sentences(text, context=2024) == {
        ("架空施設の総延床面積", 2023, "actual", 12345),
        ("架空施設の総延床面積", 2033, "target", 11000),
    }


def test_a_lone_dated_fact_followed_by_no_target_stays_no_indicator() -> None:
    text = "来館者数は令和4年度に8,537人となりました。次の展示は秋です。\n"
    assert _sentences(text, context=2024) == set()
