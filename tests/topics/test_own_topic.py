"""mk:ownTopic links a resource straight to the topics found in its own words or its own
policy code, so a topic leads to its resources in one step (initiatives_sharing_topic.rq,
issue 10). It must say exactly what the topic assignments' mk:matchedIn says."""

from __future__ import annotations

from tests.topics.conftest import Select

PREFIXES = """PREFIX mk: <https://w3id.org/machikg/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
"""


def test_every_topic_matched_in_own_words_or_code_is_an_own_topic(select: Select) -> None:
    missing = select(
        PREFIXES
        + """SELECT ?r ?c WHERE {
      ?r mk:topicAssignment ?a . ?a mk:topic ?c ; mk:matchedIn ?in .
      FILTER (?in IN ("self", "policy_code"))
      FILTER NOT EXISTS { ?r mk:ownTopic ?c } }"""
    )
    assert missing == []
    assert select(PREFIXES + "SELECT ?r WHERE { ?r mk:ownTopic ?c } LIMIT 1")


INHERITED_ONLY = """SELECT ?r ?c WHERE {
  ?r mk:topicAssignment ?a . ?a mk:topic ?c ; mk:matchedIn ?in .
  FILTER (?in IN ("parent", "related"))
  FILTER NOT EXISTS { ?r mk:topicAssignment ?b . ?b mk:topic ?c ; mk:matchedIn ?own .
                      FILTER (?own IN ("self", "policy_code")) }
"""


def test_an_inherited_topic_is_not_an_own_topic(select: Select) -> None:
    inherited = select(PREFIXES + INHERITED_ONLY + "}")
    assert inherited, "the bundled corpus has topics inherited from a parent or related item"
    assert select(PREFIXES + INHERITED_ONLY + "FILTER EXISTS { ?r mk:ownTopic ?c } }") == []


def test_an_own_topic_is_also_a_subject(select: Select) -> None:
    assert (
        select(
            PREFIXES
            + """SELECT ?r WHERE {
      ?r mk:ownTopic ?c . FILTER NOT EXISTS { ?r dct:subject ?c } }"""
        )
        == []
    )
