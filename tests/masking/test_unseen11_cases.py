"""The patterns the blind corpus unseen11 showed for names and birth dates (issue 13), on text
of our own: a household's member lines without 生, …"""

from __future__ import annotations

from tests.masking.cases import found


def test_a_household_members_line_gives_the_birth_date_without_sei(masker):
    text = (
        "世帯員：\n"
        "　妻　大西 咲良　S52.10.3\n"
        "　次男　陽向　平成19年2月14日\n"
        "　父　死亡　2019年6月1日\n"
        "提出日　R7.5.1\n"
    )
    assert found(masker, text, "BIRTH_DATE") == ["S52.10.3", "平成19年2月14日"]


def test_an_ocr_form_spaced_out_reading_and_birth_date(masker):
    text = (
        "転入届（OCR）\n"
        "氏 名 岸本 悠真  ふりがな きしもと ゆうま\n"
        "生年月日 2 0 0 4 年 1 1 月 3 日\n"
        "届出日 2 0 2 5 年 4 月 1 日\n"
    )
    assert found(masker, text, "PERSON") == ["岸本 悠真", "きしもと ゆうま"]
    assert found(masker, text, "BIRTH_DATE") == ["2 0 0 4 年 1 1 月 3 日"]


def test_a_reading_label_before_a_verb_is_no_name(masker):
    assert found(masker, "漢字にはふりがな ふって ください", "PERSON") == []


def test_attendees_named_after_their_agency_keep_the_surname_only(masker):
    text = "出席：消防 村越、保健センター 菅沼、民生委員 小田切、学校 一二三\n"
    assert found(masker, text, "PERSON") == ["村越", "菅沼", "小田切", "一二三"]


def test_bulleted_notes_opened_by_surnames_are_speakers(masker):
    text = "・三輪：家庭訪問を続ける。\n・大島：学校と連絡を取る。\n"
    assert found(masker, text, "PERSON") == ["三輪", "大島"]


def test_one_bulleted_place_is_no_speaker(masker):
    assert found(masker, "・大島：観光客が減った。\n", "PERSON") == []


def test_staff_after_their_post_and_names_joined_by_a_middle_dot(masker):
    text = "指導員：柴崎・五十嵐　館内電話 内線 3021\n電話メモ 10:20　受：久我\n"
    assert found(masker, text, "PERSON") == ["柴崎", "五十嵐", "久我"]


def test_a_katakana_name_joined_by_a_middle_dot_stays_one(masker):
    assert found(masker, "相談者：マリア・ロドリゲス 様", "PERSON") == ["マリア・ロドリゲス"]


def test_a_greeting_list_of_couples_and_a_former_surname(masker):
    text = (
        "1\t〒123-4567\t北海道北見市本町2-3-4\t熊谷 慎吾・千尋 様\n"
        "2\t〒123-4567\t北海道北見市本町5-6-7\t百目鬼 康弘・舞 様\n"
    )
    names = found(masker, text, "PERSON")
    assert names == ["熊谷 慎吾", "千尋", "百目鬼 康弘", "舞"]


def test_a_foreign_name_after_a_relation_is_not_cut_as_an_agency(masker):
    text = "同行：配偶者 ワン　ファン（WANG FANG）\n"
    assert found(masker, text, "PERSON")[0] == "ワン\u3000ファン"


def test_a_name_in_three_scripts_each_after_its_qualifier(masker):
    text = "氏名（母語）Nguyễn Văn Bình／（旅券）NGUYEN VAN BINH／（カナ）グエン・ヴァン・ビン\n"
    assert found(masker, text, "PERSON") == [
        "Nguyễn Văn Bình",
        "NGUYEN VAN BINH",
        "グエン・ヴァン・ビン",
    ]


def test_passport_capitals_then_their_katakana_in_brackets(masker):
    text = "保護者　SONG HAN（ソン　ハン）　電話 080-5550-0123\n"
    assert found(masker, text, "PERSON") == ["SONG HAN", "ソン\u3000ハン"]


def test_an_english_certificate_names_the_person_born_and_the_spouse(masker):
    text = (
        "This is to certify that SAKURADA MINORI (born Feb. 3, 1981), residing in Sapporo.\n"
        "While abroad, Minori can be reached by e-mail.\n"
        "Accompanying: Daniela Ortiz (spouse, Passport XK1234567)\n"
    )
    assert found(masker, text, "PERSON") == ["SAKURADA MINORI", "Minori", "Daniela Ortiz"]


def test_parents_given_names_in_a_notification_row(masker):
    text = "　父母の氏名\t父 宮坂敏行　母 千景\t続き柄 長女\n対象：早瀬 陸（8歳）、母 空（昭和六十年五月一日生）\n"
    names = found(masker, text, "PERSON")
    assert {"宮坂敏行", "千景", "早瀬 陸", "空"} <= set(names)
    assert "宮坂敏行\u3000母" not in names


def test_an_ocr_form_clerk_and_a_spaced_out_label(masker):
    text = "受 付 5/20  窓口 桑原  No. 1 2 3 4\n※ 同 居 人 芦 沢結衣 ( 長 女 )\n"
    assert found(masker, text, "PERSON") == ["桑原", "芦 沢結衣"]


def test_a_counter_number_after_madoguchi_is_no_clerk(masker):
    assert found(masker, "受付  窓口 市民課  番号札 12\n", "PERSON") == []


def test_the_end_of_an_unknown_towns_name_before_its_council_is_no_name(masker):
    assert found(masker, "令和7年第2回紫野原市議会定例会 会議録\n", "PERSON") == []


def test_a_household_in_care_of_written_apart_from_kata(masker):
    text = "宛先：北海道北見市本町2-3-4 村井 誠実 方　早川 友美 様\n"
    assert found(masker, text, "PERSON") == ["村井 誠実", "早川 友美"]


def test_a_given_name_the_analyser_splits_after_no(masker):
    text = "長女は既に亡く、その子の亜聡さんは中学生である。\n"
    assert found(masker, text, "PERSON") == ["亜聡"]


def test_the_first_word_of_a_banks_name_is_no_name(masker):
    assert found(masker, "払戻先（相続人）：常陽あさひ銀行 水戸支店 普通 7654321\n", "PERSON") == []


def test_a_note_closed_by_a_section_and_a_surname_and_a_register_holder_in_brackets(masker):
    text = "※受け取った日：R7.6.2　北見市 市民課 長谷\n氏名　千晴　生年月日 1970年2月3日　（筆頭者 雛田和臣）\n"
    names = found(masker, text, "PERSON")
    assert "長谷" in names and "雛田和臣" in names


def test_a_note_in_a_column_of_names_is_not_made_a_name(masker):
    text = (
        "1年\t北山 陽菜\t東小\t北山 和也\t080-5550-0111\n"
        "2年\t南田 湊\t東小\t南田 恵子\t080-5550-0122\n"
        "3年\t西岡 凛\t東小\t西岡 康介\t080-5550-0133\n"
        "4年\t東 結翔\t東小\t徒歩帰宅\t080-5550-0144\n"
    )
    assert "徒歩帰宅" not in found(masker, text, "PERSON")


def test_names_joined_by_a_middle_dot_after_a_post_keep_the_post_out(masker):
    text = "元禄年間、幕府老中阿部正武・戸田忠昌が連署した。\n"
    assert found(masker, text, "PERSON") == ["阿部正武", "戸田忠昌"]


def test_a_vietnamese_name_with_an_in_it_and_the_word_an_elsewhere(masker):
    text = "Accompanying: Duc An Ho (spouse, Passport XK7654321)\nPlease find an overview in An Annex (2).\n"
    assert found(masker, text, "PERSON") == ["Duc An Ho"]
