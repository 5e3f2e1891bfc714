"""Topic tagging on facts built here, including an invented city's wording."""

from __future__ import annotations

from loaders.facts import DocumentFacts, Initiative, Observation, PolicyCode, Project
from loaders.topics import TOPIC_NAMESPACE, TopicTag, tag_document

T = TOPIC_NAMESPACE


def facts(**lists: list) -> DocumentFacts:
    return DocumentFacts(
        file="kaku-2024.txt",
        municipality_code="999999",
        municipality="架空市",
        prefecture=None,
        text="",
        genre="department_policy",
        **lists,
    )


def topics_of(tags: list[TopicTag], target: object) -> dict[str, TopicTag]:
    return {t.topic: t for t in tags if t.target is target}


def test_long_vowel_variant_matches_the_community_theme() -> None:
    item = Initiative("コミュニティー活動の支援", "measure")
    tags = topics_of(tag_document(facts(initiatives=[item])), item)
    assert T + "community" in tags
    assert tags[T + "community"].matched_terms == ["コミュニティー"]
    assert tags[T + "community"].matched_in == "self"


def test_half_width_katakana_is_read_as_full_width() -> None:
    item = Initiative("ｺﾐｭﾆﾃｨ施策", "measure")
    assert T + "community" in topics_of(tag_document(facts(initiatives=[item])), item)


def test_full_width_latin_abbreviation_matches() -> None:
    item = Initiative("ＤＶ被害者への支援", "issue")
    assert T + "domestic-violence" in topics_of(tag_document(facts(initiatives=[item])), item)


def test_communication_is_not_community() -> None:
    item = Initiative("職員間のコミュニケーションの促進", "priority_issue")
    assert T + "community" not in topics_of(tag_document(facts(initiatives=[item])), item)


def test_region_alone_is_not_local_community() -> None:
    item = Initiative("国土強靱化地域計画の策定", "priority_issue")
    tags = topics_of(tag_document(facts(initiatives=[item])), item)
    assert T + "community" not in tags
    assert T + "national-resilience" in tags


def test_hometown_team_is_sports_not_community() -> None:
    item = Project("ホームタウンチーム交流事業")
    tags = topics_of(tag_document(facts(projects=[item])), item)
    assert T + "hometown-teams" in tags
    assert T + "community" not in tags


def test_longest_label_wins_community_transport_is_transport() -> None:
    item = Initiative("コミュニティバスの運行", "measure")
    tags = topics_of(tag_document(facts(initiatives=[item])), item)
    assert T + "transport" in tags
    assert T + "community" not in tags


def test_neighbourhood_associations_abbreviation_and_order_variants() -> None:
    first = Initiative("自治会・町内会への加入促進", "measure")
    second = Initiative("コミ協の運営支援", "measure")
    tags = tag_document(facts(initiatives=[first, second]))
    assert T + "neighbourhood-associations" in topics_of(tags, first)
    assert T + "community" in topics_of(tags, second)


def test_women_fire_brigade_in_a_disaster_issue_is_not_gender_equality() -> None:
    issue = Initiative(
        "消防団の災害対応力の強化",
        "priority_issue",
        description="女性分団を新たに設立し、災害時の後方支援など女性の視点を取入れた対応を実施します。",
    )
    project = Project("防災対策事業", related_initiative=issue.name)
    tags = tag_document(facts(initiatives=[issue], projects=[project]))
    for target in (issue, project):
        assert T + "gender-equality" not in topics_of(tags, target)
    assert T + "fire-service" in topics_of(tags, issue)
    assert T + "disaster-prevention" in topics_of(tags, project)


def test_policy_code_label_tags_an_issue_whose_name_says_nothing() -> None:
    code = PolicyCode("2-1-3", "2-1-3", label="男女共同参画社会の実現")
    issue = Initiative("相談窓口の一本化", "issue", policy_codes=["2-1-3"])
    tags = topics_of(tag_document(facts(policy_codes=[code], initiatives=[issue])), issue)
    assert tags[T + "gender-equality"].matched_in == "policy_code"
    assert tags[T + "gender-equality"].matched_terms == ["男女共同参画社会"]


def test_a_project_inherits_the_theme_of_the_issue_it_serves() -> None:
    issue = Initiative("避難所の環境改善", "issue")
    project = Project("備品購入費", related_initiative=issue.name)
    tags = topics_of(tag_document(facts(initiatives=[issue], projects=[project])), project)
    assert tags[T + "evacuation"].matched_in == "related"


def test_a_parent_alone_does_not_tag_its_child() -> None:
    parent = Initiative("地域防災力の強化", "measure")
    child = Initiative("備蓄倉庫の点検", "action", parent=parent.name)
    tags = topics_of(tag_document(facts(initiatives=[parent, child])), child)
    # 備蓄 (stockpiles) is the child's own evidence; the parent adds to it.
    assert tags[T + "disaster-prevention"].matched_in == "self"
    lonely = Initiative("点検の実施", "action", parent=parent.name)
    assert topics_of(tag_document(facts(initiatives=[parent, lonely])), lonely) == {}


def test_one_passing_mention_in_a_description_is_not_enough() -> None:
    item = Project("窓口案内事業", description="来庁者の案内を行い、高齢者にも配慮します。")
    tags = topics_of(tag_document(facts(projects=[item])), item)
    assert T + "elderly-care" not in tags
    assert T + "citizen-services" in tags


def test_own_name_scores_higher_than_context() -> None:
    code = PolicyCode("3-2", "3-2", label="子育て支援の充実")
    own = Initiative("保育所の整備", "measure", policy_codes=["3-2"])
    borrowed = Initiative("施設の改修", "measure", policy_codes=["3-2"])
    tags = tag_document(facts(policy_codes=[code], initiatives=[own, borrowed]))
    assert (
        topics_of(tags, own)[T + "childcare"].score
        > topics_of(tags, borrowed)[T + "childcare"].score
    )


def test_indicator_is_tagged_by_name_and_measured_initiative() -> None:
    observations = [
        Observation("自治会加入率", 2023, "actual", 61.2, subject="地域活動の推進"),
        Observation("自治会加入率", 2024, "target", 65, subject="地域活動の推進"),
    ]
    tags = tag_document(facts(observations=observations))
    assert [(t.target, t.topic) for t in tags] == [
        ("自治会加入率", T + "neighbourhood-associations")
    ]


def test_policy_code_is_tagged_by_its_label() -> None:
    code = PolicyCode("(3)", "3", label="防犯、防災")
    tags = topics_of(tag_document(facts(policy_codes=[code])), code)
    assert set(tags) == {T + "crime-prevention", T + "disaster-prevention"}


def test_scores_are_between_threshold_and_one() -> None:
    item = Initiative("男女共同参画センターの運営とDV相談", "issue")
    for tag in tag_document(facts(initiatives=[item])):
        assert 0.5 <= tag.score <= 1.0


def test_one_tag_per_item_and_topic() -> None:
    item = Initiative("防災訓練と防災備蓄", "measure", description="防災 防災 防災")
    tags = tag_document(facts(initiatives=[item]))
    pairs = [(id(t.target), t.topic) for t in tags]
    assert len(pairs) == len(set(pairs))


def test_tagging_is_deterministic() -> None:
    def run() -> list[tuple[str, float, list[str]]]:
        document = facts(
            initiatives=[Initiative("地域コミュニティの活性化", "measure")],
            projects=[Project("広報紙の発行")],
        )
        return [(t.topic, t.score, t.matched_terms) for t in tag_document(document)]

    assert run() == run()
