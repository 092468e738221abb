"""Issue 13: the shapes of real office data (exports, tables, addresses, foreign formats)."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker() -> PiiMasker:
    return PiiMasker(parallel=False)


def _typed(masker: PiiMasker, text: str) -> dict[str, str]:
    return {e.text: e.type for e in masker.find(text)}


EXPORT = (
    "No,氏名（カナ）,ｺｳｻﾞ,基礎年金番号,被保険者番号,記号・番号,免許証番号,住所,電話,生年月日\n"
    "1,ヤマダ タロウ,1234567,1234-567890,12345678,12・345,123456789012,東京都新宿区西新宿2-8-1,"
    "03-1234-5678,昭和45年3月2日\n"
    "2,ｽｽﾞｷ ﾊﾅｺ,7654321,9876-543210,87654321,34・567,987654321098,札幌市北区北31条西9丁目,"
    "090-1111-2222,1980/01/02\n"
)


def test_header_types_every_row_of_a_csv_export(masker):
    found = _typed(masker, EXPORT)
    assert found["ヤマダ タロウ"] == "PERSON"
    assert found["ｽｽﾞｷ ﾊﾅｺ"] == "PERSON"  # half-width kana with voiced marks
    assert found["1234567"] == found["7654321"] == "BANK_ACCOUNT"  # header ｺｳｻﾞ
    assert found["1234-567890"] == "PENSION_NUMBER"
    assert found["12345678"] == found["87654321"] == "INSURANCE_NUMBER"
    assert found["12・345"] == "INSURANCE_NUMBER"  # 記号・番号
    assert found["123456789012"] == "DRIVER_LICENSE"
    assert found["昭和45年3月2日"] == found["1980/01/02"] == "BIRTH_DATE"
    masked = masker.mask(EXPORT).masked_text
    assert masked.splitlines()[0] == EXPORT.splitlines()[0]  # the header stays readable


@pytest.mark.parametrize(
    "table",
    [
        "| 氏名 | 年金番号 | 証番号 |\n|---|---|---|\n| 小鳥遊 ひなた | 4321-098765 | 00012345 |\n"
        "| 東雲 リク | 1111-222222 | 00054321 |\n",
        "氏名\t年金番号\t証番号\n小鳥遊 ひなた\t4321-098765\t00012345\n東雲 リク\t1111-222222\t00054321\n",
        "氏名            年金番号        証番号\n小鳥遊 ひなた   4321-098765     00012345\n"
        "東雲 リク       1111-222222     00054321\n",
    ],
    ids=["markdown", "tsv", "space-aligned"],
)
def test_every_table_form_is_typed_by_its_header(masker, table):
    found = _typed(masker, table)
    assert found.get("小鳥遊 ひなた") == found.get("東雲 リク") == "PERSON", found
    assert found.get("4321-098765") == "PENSION_NUMBER"
    assert found.get("00054321") == "INSURANCE_NUMBER"


def test_space_aligned_row_with_an_empty_cell_keeps_its_columns(masker):
    table = (
        "氏名          電話              口座番号\n"
        "山田 太郎     03-1234-5678      1234567\n"
        "佐藤 花子                       2345678\n"
    )
    found = _typed(masker, table)
    assert found.get("2345678") == "BANK_ACCOUNT"
    assert found.get("佐藤 花子") == "PERSON"


def test_headerless_export_is_typed_by_what_most_of_a_column_is(masker):
    rows = [
        "1,山田太郎,ヤマダタロウ,1970-03-02,090-1234-5678",
        "2,鈴木一郎,スズキイチロウ,1980-04-05,090-2234-5678",
        "3,佐々木花,ササキハナ,1960-05-06,090-3234-5678",
        "4,小鳥遊翔,タカナシショウ,1990-05-06,090-4234-5678",
    ]
    found = _typed(masker, "\n".join(rows) + "\n")
    assert found.get("タカナシショウ") == "PERSON"
    assert found.get("小鳥遊翔") == "PERSON"
    assert found.get("1990-05-06") == "BIRTH_DATE"
    assert "1" not in found and "4" not in found


def test_a_column_of_dates_without_people_is_not_birth_dates(masker):
    text = "受付日,件名,件数\n2001-04-01,道路,3\n2002-05-01,公園,4\n2003-06-01,水道,5\n"
    assert "BIRTH_DATE" not in _typed(masker, text).values()


def test_a_code_column_is_not_masked_because_of_a_name_column(masker):
    text = "コード,区分,金額\nA001,介護,12000\nA002,福祉,13000\nA003,子育て,14000\n"
    assert masker.find(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("〒060-0001 北1条西2丁目3番地4 サンハイツ201号室", "北1条西2丁目3番地4 サンハイツ201号室"),
        ("北1条西2丁目3番地4 サンハイツ201号室", "北1条西2丁目3番地4 サンハイツ201号室"),
        ("住所は北海道旭川市豊岡4条2丁目1番地21　グリーンハイツ11階です。",
         "北海道旭川市豊岡4条2丁目1番地21　グリーンハイツ11階"),
        ("札幌市中央区南3条西4丁目 304号室", "札幌市中央区南3条西4丁目 304号室"),
        ("27-19 Kita 31-jo Nishi 9-chome, Kita-ku, Sapporo",
         "27-19 Kita 31-jo Nishi 9-chome, Kita-ku, Sapporo"),
    ],
)
def test_address_grammar(masker, text, expected):
    found = _typed(masker, text)
    assert found.get(expected) == "ADDRESS", found
    if text.startswith("〒"):
        assert found.get("060-0001") == "POSTAL_CODE"


def test_articles_of_a_regulation_are_not_addresses(masker):
    assert masker.find("第3条第2項第1号の規定により、2丁目の公園で") == []


def test_foreign_postal_codes_and_phones_in_english(masker):
    text = ("Postcode SW1A 1AA, London. ZIP 94103. San Francisco, CA 94105. "
            "Phone (415) 555-0132. Ottawa ON K1A 0B1.")
    found = _typed(masker, text)
    for code in ("SW1A 1AA", "94103", "94105", "K1A 0B1"):
        assert found.get(code) == "POSTAL_CODE", code
    assert found.get("(415) 555-0132") == "PHONE"


def test_birth_dates_in_kanji_numerals(masker):
    found = _typed(masker, "昭和四十五年三月二日生。生年月日：平成元年十二月三十一日")
    assert found.get("昭和四十五年三月二日") == "BIRTH_DATE"
    assert found.get("平成元年十二月三十一日") == "BIRTH_DATE"
    assert _typed(masker, "令和六年四月一日から施行する。") == {}


@pytest.mark.parametrize(
    "text, name",
    [
        ("申請者 グエン・ヴァン・アンは窓口に来た。", "グエン・ヴァン・アン"),
        ("本人：ペレイラ＝シルバ・マリア", "ペレイラ＝シルバ・マリア"),
        ("ロバート・キャロルは、講演で述べた。", "ロバート・キャロル"),
        ("ゲイリーは午後に来庁した。", "ゲイリー"),
        ("Applicant: TANAKA HANAKO, Date of birth: 1980-01-02", "TANAKA HANAKO"),
        ("SURNAME: NGUYEN  GIVEN NAMES: VAN AN", "NGUYEN"),
        ("出席者：福祉課 百目鬼主事、四月一日係長", "百目鬼"),
        ("出席者：福祉課 百目鬼主事、四月一日係長", "四月一日"),
        ("担当は百目鬼主事。", "百目鬼"),
        ("担当の四月一日係長から連絡", "四月一日"),
    ],
)
def test_names_found_by_position(masker, text, name):
    assert _typed(masker, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "リオ・ティント・グループは、鉱山会社である。",
        "熊井鉄鋼の社長から連絡があった。",
        "総務課長、前任係長、各係長が出席した。",
        "ホテル・エデンに宿泊した。",
    ],
)
def test_organisations_and_posts_are_not_names(masker, text):
    assert "PERSON" not in _typed(masker, text).values()


@pytest.mark.parametrize(
    "text, name",
    [
        ("評価した白石晃士の監督による短編", "白石晃士"),
        ("太陽神戸銀行の松下康雄頭取が会長に", "松下康雄"),
        ("ジョン・F・ケネディは大統領に", "ジョン・F・ケネディ"),
    ],
)
def test_rare_given_names_after_a_known_surname_and_initials_in_foreign_names(masker, text, name):
    assert _typed(masker, text).get(name) == "PERSON"


def test_a_surname_before_an_ordinary_word_is_a_business(masker):
    assert "PERSON" not in _typed(masker, "松下電器の製品と小林市役所の窓口").values()


@pytest.mark.parametrize(
    "text",
    [
        "2014年のNHK会長就任記者会見で述べた。",
        "鉄鋼館の音楽監督を務めた。",
        "円谷プロ側から提案があった。",
        "ワーナー・ブラザースとレジェンダリーが配給した。",
    ],
)
def test_acronyms_words_and_firms_before_a_post_or_a_katakana_noun_are_not_names(masker, text):
    assert "PERSON" not in _typed(masker, text).values()
