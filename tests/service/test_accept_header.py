"""The Accept header as both the SPARQL service and the catalogue read it."""

from __future__ import annotations

from service.accept_header import best_match, parse_accept

OFFERED = ("text/turtle", "application/ld+json", "text/html")


def test_no_header_gets_the_first_offer() -> None:
    assert best_match(parse_accept(None), OFFERED) == "text/turtle"


def test_higher_q_wins_over_the_offerers_order() -> None:
    header = "text/turtle;q=0.5, application/ld+json"
    assert best_match(parse_accept(header), OFFERED) == "application/ld+json"


def test_the_most_specific_range_gives_the_q_value() -> None:
    header = "text/*;q=0.9, text/turtle;q=0, */*;q=0.1"
    assert best_match(parse_accept(header), OFFERED) == "text/html"


def test_a_type_refused_with_q_zero_is_not_chosen() -> None:
    assert best_match(parse_accept("text/turtle;q=0"), OFFERED[:1]) is None


def test_a_bare_star_accepts_anything() -> None:
    header = "image/gif, *; q=.2"  # old Java clients
    assert best_match(parse_accept(header), OFFERED) == "text/turtle"


def test_aliases_name_types_as_the_offerer_does() -> None:
    ranges = parse_accept("application/json", {"application/json": "application/ld+json"})
    assert best_match(ranges, OFFERED) == "application/ld+json"
