"""Fixed-width machine records read by their layout (issue 13): a declared layout
(label(width) items) or the 全銀 総合振込 data record, fields typed like table headers."""

from __future__ import annotations

from desktop.core.masking import PiiMasker
from desktop.core.masking.machine_records import declared_layout, find_in_machine_records
from desktop.core.masking.normalize import normalize
from desktop.core.masking.tables import NOT_PERSONAL


def _my_number(first11: str) -> str:
    digits = [int(c) for c in reversed(first11)]
    total = sum(d * (n + 1 if n < 6 else n - 5) for n, d in enumerate(digits, start=1))
    check = 0 if total % 11 <= 1 else 11 - total % 11
    return first11 + str(check)


def _pad(value: str, width: int, fill: str = " ") -> str:
    assert len(value) <= width
    return value + fill * (width - len(value))


def _found(text: str) -> set[tuple[str, str]]:
    norm = normalize(text)  # the masker reads the normalised text (full-width spaces as spaces)
    return {
        (t, text[s:e].replace("\u3000", " "))
        for t, s, e in find_in_machine_records(norm)
        if t != NOT_PERSONAL
    }


def test_a_declared_layout_is_read_field_by_field():
    assert declared_layout("項目: 番号(6)氏名(12)生年月日(8)") == (
        ("番号", 6),
        ("氏名", 12),
        ("生年月日", 8),
    )
    assert declared_layout("電話(3)と住所(2)") is None  # two items are prose, not a layout


def test_glued_numbers_are_split_by_the_declared_widths():
    my_number = _my_number("31415926535")
    layout = "ファイル定義: 整理番号(8)氏名(12)生年月日(8)区分(1)個人番号(12)年金番号(10)郵便番号(7)住所(24)金額(7)"
    record = (
        "00012345"
        + _pad("森田 結衣", 12, "　")
        + "19760214"
        + "2"
        + my_number
        + "5550123456"
        + "0640941"
        + _pad("北海道札幌市中央区旭ケ丘5丁目2番1号", 24, "　")
        + "0012000"
    )
    text = f"{layout}\n{record}\n以上1件"
    found = _found(text)
    assert ("PERSON", "森田 結衣") in found
    assert ("BIRTH_DATE", "19760214") in found
    assert ("MY_NUMBER", my_number) in found
    assert ("PENSION_NUMBER", "5550123456") in found
    assert ("POSTAL_CODE", "0640941") in found
    assert ("ADDRESS", "北海道札幌市中央区旭ケ丘5丁目2番1号") in found
    assert not any(v in ("00012345", "0012000") for _t, v in found)  # 整理番号, 金額: not personal
    masked = PiiMasker().mask(text).masked_text
    assert my_number not in masked and "5550123456" not in masked and "0640941" not in masked


def test_a_line_of_another_length_ends_the_block():
    text = (
        "定義: 氏名(6)生年月日(8)番号(4)\n山田 花子 198001021234\n"
        "次の行は説明で、長さが違います。19800102 のような日付も含みます"
    )
    found = _found(text)
    assert ("BIRTH_DATE", "19800102") in found and len(found) == 2


def test_zengin_transfer_record_gives_the_account_and_the_payee():
    record = (
        "2"
        + "0009"
        + _pad("ｻｸﾗ", 15)
        + "123"
        + _pad("ｴｷﾏｴ", 15)
        + "0000"
        + "1"
        + "0457812"
        + _pad("ﾓﾘﾀ ﾕｲ", 30)
        + "0000052000"
        + "0"
        + "0000000000"
        + "0000000000"
        + " "
        + " "
        + "       "
    )
    assert len(record) == 120
    text = "FBデータ\n" + record + "\n" + _pad("8000001000000052000", 120) + "\n"
    masked = PiiMasker().mask(text).masked_text
    assert "0457812" not in masked and "ﾓﾘﾀ ﾕｲ" not in masked
    assert "0000052000" in masked  # the amount stays


def test_a_dataframe_print_types_cells_by_counting_them_under_its_header():
    text = (
        "print(df) の結果です\n"
        "       shimei_kanji  birthday  ...  mobile_tel   zairyu_card\n"
        "12     佐野香澄  1981-05-30  ...  090-5550-1234          NaN\n"
        "407    林大河  1990-02-11  ...  080-5550-9876  AB12345678CD\n"
        "\n"
        "[2 rows x 14 columns]\n"
    )
    found = _found(text)
    assert ("PHONE", "090-5550-1234") in found and ("PHONE", "080-5550-9876") in found
    assert ("BIRTH_DATE", "1981-05-30") in found
    # a residence card under a header the words read as a card's keeps its shape's type
    assert ("RESIDENCE_CARD", "AB12345678CD") in found
    assert not any(v == "NaN" for _t, v in found)
    entities = PiiMasker().find(text)
    assert {e.type for e in entities if e.text.startswith("090")} == {"PHONE"}


def test_a_pasted_sheet_grid_types_cells_and_cell_addresses_by_its_header_row():
    text = (
        "\tA\tB\tC\tD\n"
        "1\t整理番号\t氏名\t生年月日\t口座番号\n"
        "2\t10021\t佐野　香澄\t1981/5/30\t4518206\n"
        "3\t10022\t林　大河\t=DATE(1990,2,11)\t=VLOOKUP(A3,口座!A:B,2,FALSE)\n"
        "\n"
        "B5: =INDEX(台帳!B:B,MATCH(A5,台帳!A:A,0))  → 値: 野口 紗季\n"
        'E5: =TEXT(D5,"0000000")\n'
    )
    found = _found(text)
    assert ("BANK_ACCOUNT", "4518206") in found and ("BIRTH_DATE", "1981/5/30") in found
    assert ("PERSON", "野口 紗季") in found  # B5 is in the 氏名 column
    assert not any(v.startswith("=") for _t, v in found)  # a formula is not a value
    masked = PiiMasker().mask(text).masked_text
    assert "\tB\t" in masked  # the column letter B is no one's initial
    assert '"0000000"' in masked  # a number format is no one's number


def test_log_slots_name_the_login_and_the_server():
    text = (
        "Mar  3 09:12:44 gw01 sshd[2211]: Failed password for ogawam from 203.0.113.57 port 40022 ssh2\n"
        "Mar  3 09:13:01 gw01 sshd[2213]: Failed password for root from 203.0.113.57 port 40031 ssh2\n"
        'Mar  3 09:20:10 fw02 kernel: action=deny srcip=10.20.30.41 dstip=10.20.1.5 dport=445 user="nishida-r"\n'
        "Mar  3 09:30:00 fw02 backup: copy to 10.20.1.5 done\n"
        '192.0.2.77 - tanakay [03/Mar/2026:09:40:02 +0900] "GET / HTTP/1.1" 200 5120 "-" "curl/8.0"\n'
        "実行ユーザー: HONCHO\\kimuras\n"
    )
    found = _found(text)
    assert {
        ("PERSON", "ogawam"),
        ("PERSON", "nishida-r"),
        ("PERSON", "tanakay"),
        ("PERSON", "kimuras"),
    } <= found
    assert ("PERSON", "root") not in found  # a system account is no one's name
    masked = PiiMasker().mask(text).masked_text
    assert (
        "10.20.30.41" not in masked and "203.0.113.57" not in masked and "192.0.2.77" not in masked
    )
    assert masked.count("10.20.1.5") == 2  # the destination server, wherever it appears


def test_an_address_the_text_calls_a_server_is_kept():
    text = (
        '198.51.100.99 - - [03/Mar/2026:10:00:00 +0900] "GET /health HTTP/1.1" 200 12 "-" "probe"\n'
        "※ 198.51.100.99 は監視サーバです\n"
    )
    masked = PiiMasker().mask(text).masked_text
    assert masked.count("198.51.100.99") == 2


def test_values_without_labels_are_typed_by_shape_within_their_record():
    text = (
        "処理中のデータ:\n"
        "  [0] 川口　智美\n  [1] 1958-04-21\n  [2] 064-0941\n  [3] 北海道札幌市中央区旭ケ丘5丁目2-1\n"
        "  [4] 4518206\n  [5] 123456789012\n  [6] 2025-11-30\n"
    )
    found = _found(text)
    assert ("BIRTH_DATE", "1958-04-21") in found and ("BIRTH_DATE", "2025-11-30") not in found
    assert ("BANK_ACCOUNT", "4518206") in found
    assert ("DRIVER_LICENSE", "123456789012") in found  # twelve digits failing the My Number check
    read = (
        "LIC^1^623400112233^岡本　陸^OKAMOTO$RIKU^19850312^2030031^"
        "北海道札幌市北区北8条西3丁目^20290412^北海道公安委員会^"
    )
    found = _found(read)
    assert {("PERSON", "岡本 陸"), ("PERSON", "OKAMOTO$RIKU"), ("BIRTH_DATE", "19850312")} <= found
    assert ("DRIVER_LICENSE", "623400112233") in found  # the issuer says it is a licence
    assert ("POSTAL_CODE", "2030031") in found  # seven digits before an address
    assert ("BIRTH_DATE", "20290412") not in found


def test_a_spreadsheet_round_trip_keeps_a_postal_code_and_drops_what_it_cannot_hold():
    text = (
        "氏名,郵便番号,住所,個人番号\n"
        "小川 真,640941,北海道札幌市中央区旭ケ丘5-2-1,1.23457E+11\n"
        "（記入例）,1000001,東京都千代田区千代田1-1,\n"
    )
    masked = PiiMasker().mask(text).masked_text
    assert "640941" not in masked
    assert "1.23457E+11" in masked  # the number can no longer be read from it
    assert "東京都千代田区千代田1-1" in masked and "1000001" in masked  # the form's example row


def test_a_section_mailbox_beside_its_section_name_is_kept():
    text = (
        "エラー発生時の通知先: kikaku@town.example.lg.jp（企画課 内線301）\n"
        "問い合わせは総務課 soumu@town.example.lg.jp まで\n"
        "担当 kikaku-t@town.example.lg.jp（企画課 高橋）\n"
    )
    masked = PiiMasker().mask(text).masked_text
    assert "kikaku@town.example.lg.jp" in masked and "soumu@town.example.lg.jp" in masked
    assert "kikaku-t@" not in masked  # a person's mailbox (an initial) stays masked
