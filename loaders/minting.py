"""Deterministic IRIs for everything people link to (docs/model.md, "Identifiers").

The same municipality code and normalised name always give the same IRI, so loading a
document twice yields an identical graph and two documents of one city meet on shared
resources (a division named in both, a policy code of one plan).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from loaders.iri import slug


@dataclass(frozen=True)
class Minter:
    base: str
    municipality_code: str

    def _id(self, *parts: str) -> URIRef:
        return URIRef("/".join([self.base, "id", self.municipality_code, *parts]))

    def municipality(self) -> URIRef:
        return URIRef(f"{self.base}/id/{self.municipality_code}")

    def organization(self, name: str) -> URIRef:
        return self._id("org", slug(name))

    def post(self, title: str) -> URIRef:
        return self._id("post", slug(title))

    def staff(self, fiscal_year: int, organization: str, employment_type: str) -> URIRef:
        return self._id("staff", str(fiscal_year), slug(organization), slug(employment_type))

    def budget(self, fiscal_year: int | None, owner: str, account: str | None) -> URIRef:
        return self._id(
            "budget", _year(fiscal_year), slug(owner), slug(account) if account else "total"
        )

    def plan(self, name: str) -> URIRef:
        return self._id("plan", slug(name))

    def scheme(self, plan: URIRef) -> URIRef:
        return URIRef(f"{plan}/codes")

    def policy_code(self, plan: URIRef, normalized: str) -> URIRef:
        return URIRef(f"{plan}/codes/{slug(normalized)}")

    def initiative(self, name: str) -> URIRef:
        return self._id("initiative", slug(name))

    def project(self, fiscal_year: int | None, name: str) -> URIRef:
        return self._id("project", _year(fiscal_year), slug(name))

    def facility(self, name: str) -> URIRef:
        return self._id("facility", slug(name))

    def indicator(self, name: str) -> URIRef:
        return self._id("indicator", slug(name))

    def observation(self, indicator: URIRef, fiscal_year: int | None, kind: str) -> URIRef:
        return URIRef(f"{indicator}/{_year(fiscal_year)}/{kind}")

    def evaluation(self, fiscal_year: int, initiative: str, grade: str | None = None) -> URIRef:
        """One initiative's grade of a year; `grade` tells apart a second stage's grade."""
        parts = (str(fiscal_year), slug(initiative), *((slug(grade),) if grade else ()))
        return self._id("evaluation", *parts)

    def document(self, file: str) -> URIRef:
        return self._id("document", slug(file))

    def graph(self, file: str) -> URIRef:
        return URIRef(f"{self.base}/graph/{self.municipality_code}/{slug(file)}")

    def fiscal_year(self, year: int) -> URIRef:
        return URIRef(f"{self.base}/id/fiscal-year/{year}")

    def account(self, name: str) -> URIRef:
        return URIRef(f"{self.base}/id/account/{slug(name)}")

    @staticmethod
    def evidence(resource: URIRef, file: str, field: str, start: int, end: int) -> URIRef:
        """One passage: a resource mentioned twice for one field keeps both quotes."""
        name = slug(field) if field else "source"
        return URIRef(f"{resource}/evidence/{slug(file)}/{name}/{start}-{end}")

    @staticmethod
    def topic_assignment(resource: URIRef, topic: str) -> URIRef:
        local = topic.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return URIRef(f"{resource}/topic/{local}")


def _year(fiscal_year: int | None) -> str:
    return "na" if fiscal_year is None else str(fiscal_year)
