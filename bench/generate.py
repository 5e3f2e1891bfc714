"""A synthetic national corpus: N municipalities × D documents, with a manifest and a gold file.

The benchmarks need Japan-sized corpora, and the accuracy check needs to know the right
answer for each of them. Each document is a set of fictional facts — a department, its
divisions with staff counts, projects with budgets and responsible divisions, an account
budget, a policy code with its initiatives (some graded), indicators with baseline, actual
and target years — rendered in one of the layouts cities print (bullets with attribute
parentheses, labelled fields, TSV / pipe / HTML tables, prose; the idea of
tests/recognisers/layouts.py, generalised to many facts) in a random style (half- or
full-width digits, 令和/平成/西暦, 円/千円/万円/億円). Municipality codes carry a valid check
digit (loaders/lg_code.py). Everything follows from the seed: the same arguments write the
same bytes. Usage:

    python bench/generate.py OUT_DIR --municipalities 100 [--documents 4] [--seed 1]

writes OUT_DIR/manifest.csv, OUT_DIR/gold.json (the format of tests/data/gold-seeds.json,
read by `machikg score OUT_DIR/gold.json --corpus OUT_DIR`) and the documents.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from loaders.lg_code import check_digit
from loaders.text.amounts import format_yen
from loaders.text.fiscal_year import format_era_fiscal_year

Era = Literal["reiwa", "heisei", "western"]
YenUnit = Literal["円", "千円", "万円", "億円"]
Layout = Literal["bullets", "fields", "tsv", "pipe", "html", "prose"]
LAYOUTS: tuple[Layout, ...] = ("bullets", "fields", "tsv", "pipe", "html", "prose")
UNITS: tuple[YenUnit, ...] = ("円", "千円", "万円", "億円")
ERAS: tuple[Era, ...] = ("reiwa", "heisei", "western")



def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


PREFECTURES = _words(
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都"
    " 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県"
    " 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県"
    " 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県"
)
# fictional place names: two parts, neither a real city's name on its own
_PLACE_A = _words("青葉 白浜 若松 緑川 朝日 桜台 東雲 星野 森田 明野 清水 春日 高原 水沢 光丘 松風")
_PLACE_B = _words("台 野 原 沢 浦 丘 平 谷 里 瀬 岡 町")
_SUFFIX = ("市", "町", "村")
# fictional administrative vocabulary: a theme gives a department, divisions, projects …
_THEMES = _words(
    "地域振興 市民協働 子育て支援 健康福祉 環境保全 都市整備 産業振興 文化交流 防災安全 教育推進"
    " 観光交流 農林振興 生涯学習 住宅政策 交通政策 資源循環 介護保険 国際交流 商工労働 公園緑地"
)
_ACTIONS = _words("推進 支援 整備 啓発 育成 促進 運営 強化 改善 普及")
_OBJECTS = _words(
    "交流拠点 地域人材 相談窓口 情報発信 見守り活動 担い手 拠点施設 学習機会 連携体制 広報活動"
)
_INDICATOR_HEADS = _words("参加者 利用者 相談 登録者 来場者 受講者")
_POLICY_ENDS = ("を育む", "を支える", "を進める", "をつくる", "を高める")
_GRADES = ("A", "B", "C")

_FULL_WIDTH = str.maketrans("0123456789,.()%:", "０１２３４５６７８９，．（）％：")


@dataclass(frozen=True)
class City:
    code: str
    name: str
    prefecture: str


@dataclass(frozen=True)
class Style:
    full_width: bool
    era: Era
    unit: YenUnit


@dataclass(frozen=True)
class Project:
    name: str
    budget: int
    division: str


@dataclass(frozen=True)
class Indicator:
    name: str
    baseline: int
    actual: int
    target: int


@dataclass(frozen=True)
class Document:
    """The facts of one generated document (what a careful reader would find in it)."""

    file: str
    city: City
    layout: Layout
    style: Style
    year: int
    department: str
    divisions: tuple[tuple[str, int], ...]  # (name, staff)
    projects: tuple[Project, ...]
    account_budget: int
    policy_code: str
    policy: str
    initiatives: tuple[tuple[str, str], ...]  # (name, grade or "")
    indicators: tuple[Indicator, ...]


def municipalities(n: int, rng: random.Random) -> list[City]:
    """`n` fictional municipalities spread over the 47 prefectures, codes check-digit valid."""
    names = [a + b for a in _PLACE_A for b in _PLACE_B]
    rng.shuffle(names)
    cities: list[City] = []
    for i in range(n):
        prefecture = i % len(PREFECTURES)
        local = 201 + i // len(PREFECTURES)  # 201…: 市 numbers, then 3xx/4xx past 99 per pref
        first5 = f"{prefecture + 1:02d}{local:03d}"
        base = names[i % len(names)]
        lap = i // len(names)
        name = base + ("" if lap == 0 else _kanji_number(lap + 1)) + _SUFFIX[i % 3]
        cities.append(City(first5 + str(check_digit(first5)), name, PREFECTURES[prefecture]))
    return cities


def _kanji_number(n: int) -> str:
    digits = "〇一二三四五六七八九"
    return "".join(digits[int(d)] for d in str(n))


def _style(rng: random.Random) -> Style:
    return Style(rng.random() < 0.3, rng.choice(ERAS), rng.choice(UNITS))


def _year(style: Style, rng: random.Random) -> int:
    return rng.randint(2010, 2016) if style.era == "heisei" else rng.randint(2020, 2025)


def documents(cities: list[City], per_city: int, rng: random.Random) -> list[Document]:
    """`per_city` documents for each city, each on a theme of its own (distinct departments)."""
    docs: list[Document] = []
    for city in cities:
        themes = rng.sample(_THEMES, per_city)
        used: set[str] = set()  # names are IRIs within a city: two documents must not share one
        for k, theme in enumerate(themes):
            layout = LAYOUTS[rng.randrange(len(LAYOUTS))]
            style = _style(rng)
            suffix = "html" if layout == "html" else "txt"
            docs.append(_document(f"{city.code}-{k + 1}-{layout}.{suffix}", city, layout, style,
                                  theme, used, rng))  # fmt: skip
    return docs


def _document(
    file: str,
    city: City,
    layout: Layout,
    style: Style,
    theme: str,
    used: set[str],
    rng: random.Random,
) -> Document:
    while True:  # projects and initiatives named as in no other document of the city
        objects = rng.sample(_OBJECTS, 3)
        actions = rng.sample(_ACTIONS, 3)
        names = {f"{objects[i]}{actions[i]}事業" for i in range(3)}
        names |= {f"{objects[(i + 1) % 3]}の{actions[(i + 2) % 3]}" for i in range(2)}
        if not names & used:
            used |= names
            break
    division_names = [f"{theme}課", f"{theme}{objects[0][:2]}課"][: rng.randint(1, 2)]
    divisions = tuple((d, rng.randint(5, 40)) for d in division_names)
    projects = tuple(
        Project(
            f"{objects[i]}{actions[i]}事業",
            rng.randint(1, 5000) * 10_000,
            division_names[i % len(division_names)],
        )
        for i in range(rng.randint(1, 3))
    )
    first = rng.randint(1, 9)
    policy_code = f"{first}-{rng.randint(1, 9)}" + (
        f"-{rng.randint(1, 9)}" if rng.random() < 0.4 else ""
    )
    initiatives = tuple(
        (f"{objects[(i + 1) % 3]}の{actions[(i + 2) % 3]}", rng.choice(_GRADES) if i == 0 else "")
        for i in range(2)
    )
    indicators = tuple(
        Indicator(f"{theme}{head}数", *_indicator_values(rng))
        for head in rng.sample(_INDICATOR_HEADS, rng.randint(1, 2))
    )
    return Document(
        file=file,
        city=city,
        layout=layout,
        style=style,
        year=_year(style, rng),
        department=f"{theme}部",
        divisions=divisions,
        projects=projects,
        account_budget=rng.randint(100, 90_000) * 10_000,
        policy_code=policy_code,
        policy=f"{theme}{rng.choice(_POLICY_ENDS)}",
        initiatives=initiatives,
        indicators=indicators,
    )


def _indicator_values(rng: random.Random) -> tuple[int, int, int]:
    baseline = rng.randint(100, 5000)
    return baseline, baseline + rng.randint(0, 500), baseline + rng.randint(500, 3000)


# -- rendering -------------------------------------------------------------------------------


def fiscal_year_label(year: int, style: Style) -> str:
    return f"{year}年度" if style.era == "western" else format_era_fiscal_year(year)


def yen(amount: int, style: Style) -> str:
    if style.unit == "億円":
        oku, rest = divmod(amount, 100_000_000)
        man = rest // 10_000
        if not oku:
            return f"{man:,}万円"
        return f"{oku}億{man:,}万円" if man else f"{oku}億円"
    return format_yen(amount, style.unit)


def render(doc: Document) -> str:
    """The document's text in its layout and style."""
    text = _RENDERERS[doc.layout](doc)
    if not doc.style.full_width:
        return text
    return re.sub(r"(?<=>)[^<>]+(?=<)|^[^<>]+$", lambda m: m.group().translate(_FULL_WIDTH),
                  text, flags=re.M)  # fmt: skip


def _title(d: Document) -> str:
    return f"{fiscal_year_label(d.year, d.style)} {d.department}のあらまし\n\n"


def _years(d: Document) -> tuple[str, str, str]:
    s = d.style
    return (
        fiscal_year_label(d.year - 2, s),
        fiscal_year_label(d.year - 1, s),
        fiscal_year_label(d.year + 2, s),
    )


def _graded(name: str, grade: str) -> str:
    return f"・{name}（評価：{grade}）" if grade else f"・{name}"


def _bullets(d: Document) -> str:
    base, actual, target = _years(d)
    s = d.style
    lines = [f"■施策{d.policy_code} {d.policy}"]
    lines += [_graded(name, grade) for name, grade in d.initiatives]
    lines += ["", "■主な事業"]
    lines += [f"・{p.name}（予算額：{yen(p.budget, s)}／担当課：{p.division}）" for p in d.projects]
    lines += ["", "■体制と予算"]
    lines += [f"・{name}（職員数：{staff}人）" for name, staff in d.divisions]
    lines += [f"・一般会計（予算額：{yen(d.account_budget, s)}）", "", "■指標"]
    lines += [
        f"・{i.name}（基準値：{i.baseline:,}人（{base}）／実績値：{i.actual:,}人（{actual}）"
        f"／目標値：{i.target:,}人（{target}））"
        for i in d.indicators
    ]
    return _title(d) + "\n".join(lines) + "\n"


def _fields(d: Document) -> str:
    base, actual, target = _years(d)
    s = d.style
    lines = [f"【施策】{d.policy_code} {d.policy}"]
    for name, grade in d.initiatives:
        lines.append(f"【取組】{name}")
        if grade:
            lines.append(f"【評価】{grade}")
    for p in d.projects:
        lines += ["", f"【事業名】{p.name}", f"【予算額】{yen(p.budget, s)}"]
        lines.append(f"【担当課】{p.division}")
    for name, staff in d.divisions:
        lines += ["", f"【所属名】{name}", f"【職員数】{staff}人"]
    lines += ["", "【会計】一般会計", f"【予算額】{yen(d.account_budget, s)}"]
    for i in d.indicators:
        lines += [
            "",
            f"【指標名】{i.name}",
            f"【基準値】{i.baseline:,}人（{base}）",
            f"【実績値】{i.actual:,}人（{actual}）",
            f"【目標値】{i.target:,}人（{target}）",
        ]
    return _title(d) + "\n".join(lines) + "\n"


def _tables(d: Document) -> list[list[list[str]]]:
    base, actual, target = _years(d)
    s = d.style
    in_unit = s.unit != "億円"  # 億円 amounts are printed whole, with their unit, in each cell

    def amount(value: int) -> str:
        return yen(value, s).removesuffix(s.unit) if in_unit else yen(value, s)

    budget_header = f"予算額({s.unit})" if in_unit else "予算額"
    return [
        [["施策コード", "施策名"], [d.policy_code, d.policy]],
        [["取組名", "施策コード", "評価"]]
        + [[name, d.policy_code, grade] for name, grade in d.initiatives],
        [["事業名", budget_header, "担当課"]]
        + [[p.name, amount(p.budget), p.division] for p in d.projects],
        [["所属名", "職員数"]] + [[name, str(staff)] for name, staff in d.divisions],
        [["会計", budget_header], ["一般会計", amount(d.account_budget)]],
        [["指標名", f"基準値({base})", f"実績値({actual})", f"目標値({target})"]]
        + [[i.name, f"{i.baseline:,}", f"{i.actual:,}", f"{i.target:,}"] for i in d.indicators],
    ]


def _tsv(d: Document) -> str:
    return _title(d) + "\n".join(
        "\n".join("\t".join(row) for row in table) + "\n" for table in _tables(d)
    )


def _pipe(d: Document) -> str:
    parts = []
    for header, *rows in _tables(d):
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        parts.append("\n".join(lines) + "\n")
    return _title(d) + "\n".join(parts)


def _html(d: Document) -> str:
    tables = []
    for header, *rows in _tables(d):
        cells = "".join(f"<th>{c}</th>" for c in header)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        tables.append(f"<table><tr>{cells}</tr>{body}</table>")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body><main>"
        f"<h1>{_title(d).strip()}</h1>" + "".join(tables) + "</main></body></html>\n"
    )


def _prose(d: Document) -> str:
    base, actual, target = _years(d)
    s = d.style
    names = "と".join(f"「{name}」" for name, _ in d.initiatives)
    lines = [f"施策{d.policy_code}「{d.policy}」では、{names}に取り組みます。"
             + "".join(f"「{n}」の評価は{g}でした。" for n, g in d.initiatives if g)]  # fmt: skip
    for name, staff in d.divisions:
        mine = [p for p in d.projects if p.division == name]
        if mine:
            done = "、".join(f"{p.name}({yen(p.budget, s)})" for p in mine)
            lines.append(f"{name}(職員数{staff}人)では、{done}を実施します。")
        else:
            # "…の職員数は23人です" is not read by the staff recogniser today (see the report)
            lines.append(f"{name}(職員数{staff}人)では、窓口業務を行います。")
    lines.append(f"{d.department}の一般会計予算は{yen(d.account_budget, s)}です。")
    lines += [
        f"{i.name}は{base}の{i.baseline:,}人から{actual}は{i.actual:,}人となり、"
        f"{target}に{i.target:,}人を目指します。"
        for i in d.indicators
    ]
    return _title(d) + "\n".join(lines) + "\n"


_RENDERERS = {
    "bullets": _bullets,
    "fields": _fields,
    "tsv": _tsv,
    "pipe": _pipe,
    "html": _html,
    "prose": _prose,
}


# -- gold ------------------------------------------------------------------------------------

GOLD_COLUMNS: dict[str, list[str]] = {
    "documents": ["municipality_code", "file", "fiscal_year"],
    "projects": ["municipality_code", "project", "fiscal_year", "budget", "division"],
    "staff": ["municipality_code", "organization", "fiscal_year", "staff"],
    "budgets": ["municipality_code", "organization", "fiscal_year", "account", "amount"],
    "policies": ["municipality_code", "policy_code", "policy"],
    "initiatives": ["municipality_code", "initiative", "policy_code"],
    "evaluations": ["municipality_code", "initiative", "fiscal_year", "grade"],
    "indicators": ["municipality_code", "indicator", "fiscal_year", "kind", "value"],
}


def gold_rows(d: Document) -> dict[str, list[list[Any]]]:
    """The rows each contract query must return for the document."""
    code, year = d.city.code, d.year
    return {
        "documents": [[code, d.file, year]],
        "projects": [[code, p.name, year, p.budget, p.division] for p in d.projects],
        "staff": [[code, name, year, staff] for name, staff in d.divisions],
        "budgets": [[code, d.department, year, "一般会計", d.account_budget]],
        "policies": [[code, d.policy_code, d.policy]],
        "initiatives": [[code, name, d.policy_code] for name, _ in d.initiatives],
        "evaluations": [[code, name, year, grade] for name, grade in d.initiatives if grade],
        "indicators": [
            row
            for i in d.indicators
            for row in (
                [code, i.name, year - 2, "baseline", i.baseline],
                [code, i.name, year - 1, "actual", i.actual],
                [code, i.name, year + 2, "target", i.target],
            )
        ],
    }


def gold(docs: list[Document], seed: int) -> dict[str, Any]:
    tables: dict[str, dict[str, Any]] = {
        name: {"columns": columns, "rows": []} for name, columns in GOLD_COLUMNS.items()
    }
    for d in docs:
        for name, rows in gold_rows(d).items():
            tables[name]["rows"].extend(rows)
    return {
        "about": f"Generated by bench/generate.py (seed {seed}): the facts each synthetic"
        " document was rendered from; compared as in tests/data/gold-seeds.json.",
        "columns": {},
        "tables": tables,
    }


def manifest(docs: list[Document]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "municipality_code", "municipality", "prefecture"])
    for d in docs:
        writer.writerow([d.file, d.city.code, d.city.name, d.city.prefecture])
    return out.getvalue()


def generate(out: Path, municipalities_n: int, per_city: int = 4, seed: int = 1) -> list[Document]:
    """Write the corpus to `out` (created); returns the documents' facts."""
    if not 1 <= per_city <= len(_THEMES):
        raise ValueError(f"documents per city must be 1…{len(_THEMES)}")
    rng = random.Random(seed)
    docs = documents(municipalities(municipalities_n, rng), per_city, rng)
    out.mkdir(parents=True, exist_ok=True)
    for d in docs:
        (out / d.file).write_text(render(d), encoding="utf-8")
    (out / "manifest.csv").write_text(manifest(docs), encoding="utf-8")
    text = json.dumps(gold(docs, seed), ensure_ascii=False, indent=1)
    (out / "gold.json").write_text(text + "\n", encoding="utf-8")
    return docs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (created)")
    parser.add_argument("--municipalities", type=int, default=100)
    parser.add_argument("--documents", type=int, default=4, help="documents per municipality")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    docs = generate(args.out, args.municipalities, args.documents, args.seed)
    print(f"{len(docs)} documents of {args.municipalities} municipalities in {args.out}")


if __name__ == "__main__":
    main()
