"""A plan sent round by mail and kept as the message file (Thunderbird's .eml): the subject
and the text body are read, the headers and the base64 attachment are not, and a body sent
「format=flowed」 has its soft breaks joined (a name cut at the mailer's width reads whole).
Fictional example."""

from __future__ import annotations

import base64
from pathlib import Path

from loaders.formats import read_source
from loaders.formats.mail_messages import unflowed

_BODY = (
    "各部長　様\r\n\r\n"
    "■施策別の計画事業（単位：千円）\r\n"
    "◇施策1-1-1 架空商工業の振興（主担当：架空産業課）\r\n"
    "　・架空設備投資補助事業　R8 24,000／R9 24,000／R10 24,000（架空産 \r\n"
    "業課）\r\n"
    "　　成果指標：架空従業者数（人）　現状値（R6）21,480 → 目標値（R10）21 \r\n"
    ",800\r\n"
)
_MESSAGE = (
    "Message-ID: <x@example.invalid>\r\n"
    "Date: Tue, 31 Mar 2026 17:42:18 +0900\r\n"
    "MIME-Version: 1.0\r\n"
    "From: =?UTF-8?B?" + base64.b64encode("架空課".encode()).decode() + "?= <a@example.invalid>\r\n"
    "Subject: =?UTF-8?B?" + base64.b64encode("【送付】架空実施計画".encode()).decode() + "?=\r\n"
    'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
    "This is a multi-part message in MIME format.\r\n"
    "--XYZ\r\n"
    "Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n" + _BODY + "\r\n"
    "--XYZ\r\n"
    "Content-Type: application/vnd.ms-excel; name=a.xls\r\n"
    "Content-Disposition: attachment; filename=a.xls\r\n"
    "Content-Transfer-Encoding: base64\r\n\r\n"
    "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n"
    "--XYZ--\r\n"
)


def test_the_subject_and_body_are_read_without_headers(tmp_path: Path) -> None:
    path = tmp_path / "plan.eml"
    path.write_bytes(_MESSAGE.encode())
    text = read_source(path).text
    assert text.startswith("【送付】架空実施計画")
    assert "Message-ID" not in text and "QUJDREVG" not in text


def test_soft_breaks_are_joined(tmp_path: Path) -> None:
    path = tmp_path / "plan.eml"
    path.write_bytes(_MESSAGE.encode())
    text = read_source(path).text
    assert "（架空産業課）" in text
    assert "目標値（R10）21,800" in text


def test_a_space_between_latin_words_stays() -> None:
    assert unflowed("see the \nplan", delete_space=False) == "see the plan"


def test_a_project_line_with_its_amounts_is_no_entry(tmp_path: Path) -> None:
    from tests.recognisers._facts_of import parsed_as_read

    path = tmp_path / "plan.eml"
    path.write_bytes(_MESSAGE.encode())
    facts = parsed_as_read(read_source(path).text, "x.txt")
    assert not any("24,000" in i.name for i in facts.initiatives)
    assert any(p.name == "架空設備投資補助事業" and p.fiscal_year == 2027 for p in facts.projects)
