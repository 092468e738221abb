"""An organisation's own numbers and mailboxes as unseen11's documents give them (issue 13), on
text of our own: the switchboard named 代表番号（…） or 課の代表, a shared mailbox after 共有は,
a section's mailbox after 問い合わせ or under the signer's division, a service's named line
(…ダイヤル), a club's phone, and a company's seat on the line under its 法人番号. A person's
number or mailbox beside them stays masked."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _found(masker: PiiMasker, text: str) -> dict[str, str]:
    return {e.text: e.type for e in masker.find(text)}


def test_the_switchboard_named_by_the_office(masker):
    found = _found(masker, "至急の件は代表番号（0742-31-2000）ではなく担当へ")
    assert "0742-31-2000" not in found
    found = _found(masker, "折り返しは課の代表 0742-31-2000 から")
    assert "0742-31-2000" not in found
    # a household's representative is a person
    found = _found(masker, "世帯の代表 0742-31-2077")
    assert found["0742-31-2077"] == "PHONE"


def test_a_mailbox_called_shared_with_a_particle(masker):
    found = _found(masker, "※共有は hoken@town.example.lg.jp のみ")
    assert "hoken@town.example.lg.jp" not in found


def test_a_sections_mailbox_named_as_the_inquiry_point(masker):
    found = _found(masker, "差出人：総務課長　問い合わせ soumu@city.example.lg.jp")
    assert "soumu@city.example.lg.jp" not in found
    # a person's mailbox after the same word stays masked
    found = _found(masker, "問い合わせ y.kondo@city.example.lg.jp")
    assert found["y.kondo@city.example.lg.jp"] == "EMAIL"


def test_a_sections_contact_line_under_the_signers_division(masker):
    text = (
        "Ayumi Koga\nManager, Citizens Division\nTel +81-742-31-2000 / shimin@city.example.lg.jp\n"
    )
    found = _found(masker, text)
    assert "shimin@city.example.lg.jp" not in found
    assert "+81-742-31-2000" not in found
    # the signer's own mailbox and line stay masked
    text = (
        "Ayumi Koga\nManager, Citizens Division\nTel +81-742-31-2044 / a.koga@city.example.lg.jp\n"
    )
    found = _found(masker, text)
    assert found["a.koga@city.example.lg.jp"] == "EMAIL"
    assert found["+81-742-31-2044"] == "PHONE"


def test_a_services_named_line(masker):
    found = _found(masker, "年金の手続きは ねんきんダイヤル 0570-05-2299 へ")
    assert "0570-05-2299" not in found
    found = _found(masker, "連絡先 0742-31-5561")
    assert found["0742-31-5561"] == "PHONE"


def test_a_clubs_phone(masker):
    found = _found(masker, "第二児童クラブ　クラブ電話 0742-31-7710（固定）")
    assert "0742-31-7710" not in found


def test_a_companys_seat_under_its_registry_line(masker):
    text = (
        "支払者　株式会社若草物産　法人番号 1234567890123\n"
        "　所在地 奈良県奈良市三条町5丁目2番1号　電話 0742-31-8800\n"
    )
    found = _found(masker, text)
    assert "奈良県奈良市三条町5丁目2番1号" not in found
    assert "0742-31-8800" not in found
    # a sole proprietor's address and phone (no 法人番号, 住所) are a person's
    text = (
        "支払者（個人事業主）　氏名 堀 春樹\n"
        "　住所 奈良県奈良市三条町5丁目2番1号　電話 0742-31-8800\n"
    )
    found = _found(masker, text)
    assert found["奈良県奈良市三条町5丁目2番1号"] == "ADDRESS"
    assert found["0742-31-8800"] == "PHONE"
