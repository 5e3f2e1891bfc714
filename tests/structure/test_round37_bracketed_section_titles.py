"""Two space-aligned tables one after the other, a bracketed title between them
(「【関連事業】」) and no blank line: the title ends the first table. Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure

_TEXT = (
    "　【指標】\n"
    "      指標名                                      現状値（令和6年度）    目標値（令和8年度）\n"
    "      架空組織の訓練実施率（％）                          56.4                  80\n"
    "　【関連事業】\n"
    "      事業名                              予算額（千円）      担当課\n"
    "      架空防災フェア開催事業                       1,860      架空推進課\n"
    "      架空避難所訓練支援事業                       2,340      架空推進課\n"
)


def test_a_bracketed_title_ends_the_table_above() -> None:
    doc = read_structure(_TEXT, labels=all_labels())
    headers = [b.table.header[0] for b in doc.blocks if b.table is not None]
    assert headers == ["指標名", "事業名"]
