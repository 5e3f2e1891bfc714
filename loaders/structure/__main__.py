"""`python -m loaders.structure FILE…`: print the blocks the reader finds (for debugging)."""

from __future__ import annotations

import sys
from pathlib import Path

from loaders.field_vocabulary import all_labels
from loaders.formats import read_source
from loaders.structure.reader import read_structure


def main(paths: list[str]) -> None:
    for path in paths:
        doc = read_structure(read_source(Path(path)).text, labels=all_labels())
        print(f"# {path}")
        for b in doc.blocks:
            pad = "  " * len(list(doc.headings_above(b)))
            if b.kind == "table" and b.table is not None:
                print(f"{pad}[{b.index}] table header={b.table.header}")
                for row in b.table.rows:
                    print(f"{pad}    {[c.text for c in row]}")
            elif b.kind == "field":
                print(f"{pad}[{b.index}] field {b.label!r} = {b.value!r}")
            else:
                head = f"{pad}[{b.index}] {b.kind} L{b.level} no={b.number!r} pre={b.prefix!r}"
                print(f"{head} mark={b.mark!r} {b.text[:70]!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
