"""Address grammar and organisations' contacts (issue 13, the patterns the blind corpus unseen7
showed; every document here is our own): a wing and a room after the building's name (B棟305号室),
rooms and house numbers in kanji numerals, a Chinese floor and room, a town with 1-2-3 and no
city, the line under a postal code, street-first addresses of Latin America and southern Europe;
and, not personal, the published address and number in a list of care providers or bidders, a
number given with opening hours, a shared mailbox named so in brackets, a road's route number,
a residents' association named after its district, a network range in a firewall rule."""

from __future__ import annotations

import pytest

from desktop.core.masking import PiiMasker


@pytest.fixture(scope="module")
def masker():
    m = PiiMasker()
    m.warm_up()
    return m


def found(masker, text, kind):
    return [e.text.replace("\u3000", " ") for e in masker.find(text) if e.type == kind]


# --- the whole address, to its room -------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "旭川市4条通8丁目2番地7 グランメゾン旭 B棟305号室",
        "函館市本町12番3号 コーポ白樺 2号棟104号室",
        "北12条東7丁目1番地2 ハイツ楡 東棟208",
        "帯広市西5条南9丁目4番地 パレス柏 A棟 3階",
        "釧路市浦見8丁目2番17号 グランハイツ釧路第24階",  # building 第2, its 4th floor
        "函館市本町12番3号 コーポ白樺 B棟",
        "釧路市浦見8丁目2番17号 サンライズ浦見Ｃ－３０２",  # a letter and a dash before the room
        "釧路市浦見8丁目2番17号 ハイツ浦見 105 号室",  # a space before 号室
    ],
)
def test_wing_then_room_after_the_building(masker, address):
    text = f"申請者住所：{address}\n電話：0155-22-4811\n"
    assert found(masker, text, "ADDRESS") == [address]


@pytest.mark.parametrize(
    "address",
    [
        "長野県松本市蟻ケ崎三丁目二番五号 ハイム蟻ケ崎 二百六",
        "松本市島内4120番地 コーポ安曇野四百二号室",
        "岐阜県高山市上岡本町七丁目十五番地六 メゾン飛騨 千二百一号",
        "高山市国府町広瀬町1205番地の七 ヴィラ宮川 C棟三百五号室",
        "静岡県浜松市中央区佐鳴台8123番地5 サンハイツ佐鳴第2 407",
    ],
)
def test_rooms_and_house_numbers_in_kanji_numerals(masker, address):
    text = f"届出人\n住所　{address}\n氏名　栗田　芳江\n"
    assert found(masker, text, "ADDRESS") == [address]


def test_chinese_address_to_its_floor_and_room(masker):
    text = "中国の住所：广州市天河区体育西路191号12楼1205室（邮编 510620）\n"
    assert found(masker, text, "ADDRESS") == ["广州市天河区体育西路191号12楼1205室"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "[14:20] 大谷: 相談者は 宮前町3-41-7 ヴィラ杉 A棟201号室 にお住まいの方です\n",
            "宮前町3-41-7 ヴィラ杉 A棟201号室",
        ),
        ("本人は 桂木野村12-3-8 に在住。\n", "桂木野村12-3-8"),
        ("姉は 緑ヶ丘6-14-2 メゾン緑 302 に住んでいます\n", "緑ヶ丘6-14-2 メゾン緑 302"),
        ("〒391-0213\n柳沢5-12-30\n北条　麻美　様\n", "柳沢5-12-30"),
        ("送付先 〒391-0213 梨ノ木2-7-19 コーポ梨 103\n", "梨ノ木2-7-19 コーポ梨 103"),
    ],
)
def test_a_town_or_a_postal_code_makes_one_two_three_a_house(masker, text, address):
    assert found(masker, text, "ADDRESS") == [address]


def test_a_document_number_with_three_levels_is_no_house(masker):
    text = "議事の詳細は 資料3-1-2 と 別紙4-2-1 を参照。\n"
    assert found(masker, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Her address is Avenida Atlântica, 2210, apto 1102, Copacabana, Rio de Janeiro - RJ, "
            "CEP 22021-001, Brazil.",
            "Avenida Atlântica, 2210, apto 1102, Copacabana, Rio de Janeiro - RJ",
        ),
        (
            "Dirección: Calle de Alcalá 155, 4º B, Madrid, 28009 España",
            "Calle de Alcalá 155, 4º B, Madrid",
        ),
        ("He lives at Via Garibaldi 27, Torino.", "Via Garibaldi 27, Torino"),
    ],
)
def test_street_first_addresses_abroad(masker, text, address):
    assert found(masker, text, "ADDRESS") == [address]


# --- what is not a person's address -------------------------------------------------------------


def test_road_route_and_residents_association_are_not_addresses(masker):
    text = (
        "要望者　緑町二丁目町内会　会長　岩田　勝\n"
        "件名　市道緑町4号線の街路灯について\n"
        "場所：県道112号線と市道中央7号線の交差点、桜台3丁目交差点付近\n"
    )
    assert found(masker, text, "ADDRESS") == []


def test_a_firewall_range_is_no_client_address(masker):
    text = (
        "[09:12] 石原: 攻撃元は 198.51.100.23 と 2001:db8:85a3::7 です。\n"
        "[09:13] 古賀: 庁内LAN（172.16.0.0/12）と 2001:db8:1::/48 は対象外、"
        "198.51.100.23/32 をブロックします\n"
    )
    assert found(masker, text, "IP_ADDRESS") == [
        "198.51.100.23",
        "2001:db8:85a3::7",
        "198.51.100.23/32",
    ]


# --- organisations' contacts --------------------------------------------------------------------


CARE_PROVIDERS = (
    "事業所番号,事業所名,サービス種類,所在地,電話番号,管理者\n"
    "2271400315,デイサービスやまびこ,通所介護,松本市今井1812-4,0263-58-2140,堀内 一也\n"
    "2271400588,訪問看護ステーションあさひ,訪問看護,松本市旭2丁目3番11号,0263-31-7702,"
    "宮坂 由紀\n"
    "2271401016,ケアプランセンターみすず,居宅介護支援,松本市里山辺4480,090-3312-8875,"
    "百瀬 和人\n"
)


def test_care_providers_list_keeps_the_published_address_and_number(masker):
    assert found(masker, CARE_PROVIDERS, "ADDRESS") == []
    # the managers are persons, and a mobile is someone's phone even in a provider's row
    assert found(masker, CARE_PROVIDERS, "PHONE") == ["090-3312-8875"]
    assert {"堀内 一也", "宮坂 由紀", "百瀬 和人"} <= set(found(masker, CARE_PROVIDERS, "PERSON"))


def test_bidders_list_in_tabs_keeps_the_head_office(masker):
    text = (
        "業者番号\t商号\t代表者氏名\t本店所在地\t電話\t法人番号\n"
        "0412\t株式会社信州土木\t唐沢 洋平\t安曇野市豊科4950番地\t0263-72-1180\t3100001012345\n"
        "0533\t有限会社梓川造園\t降旗 浩\t松本市梓川倭2045-1\t0263-78-5521\t4100002023456\n"
    )
    assert found(masker, text, "ADDRESS") == []
    assert found(masker, text, "PHONE") == []
    assert {"唐沢 洋平", "降旗 浩"} <= set(found(masker, text, "PERSON"))


@pytest.mark.parametrize(
    "header",
    [
        "利用者氏名,住所,電話番号,事業所名",  # people using a provider: their own address
        "氏名,所在地,電話番号,事業所名",  # a person's column: not a list of organisations
        "施設名,住所,電話番号,種別",  # 住所 is where someone lives, unless keyed by 事業所番号
    ],
)
def test_a_list_of_people_keeps_its_addresses_masked(masker, header):
    text = (
        f"{header}\n"
        "2271400315,松本市今井1812-4,0263-58-2140,デイサービスやまびこ\n"
        "2271400588,松本市旭2丁目3番11号,0263-31-7702,訪問看護ステーションあさひ\n"
    )
    assert len(found(masker, text, "ADDRESS")) == 2
    assert len(found(masker, text, "PHONE")) == 2


@pytest.mark.parametrize(
    "line",
    [
        "> 松本市総合体育館　TEL 0263-48-3511（受付 9:00～21:00）",
        "> Please call our counter. Office hours 8:30-17:15, tel. 0263-34-3000",
        "中央図書館 電話 0263-32-0099",
        "勤務先 株式会社あづみ精機 第三工場（0263-72-0455）",
        "市立第一中学校代表電話 0263-32-1134",
        "Venue: Matsumoto Civic Hall, 3-10-1 Shimizu, Matsumoto-shi (main tel. 0263-34-3000)",
        "問合せ：特別給付金窓口 0120-552-018（平日 8時30分～17時15分）",
        "※ 照会は納税課（0263-34-3219）経由で行うこと",
    ],
)
def test_an_offices_number_marked_as_such_is_not_masked(masker, line):
    text = f"ご案内\n{line}\n"
    assert found(masker, text, "PHONE") == []
    assert found(masker, text, "ADDRESS") == []


@pytest.mark.parametrize(
    "line",
    [
        "自宅 0263-48-3511（平日 18:00～21:00 なら在宅）",
        "担当 塩原 直通 0263-34-3011（受付 8:30～17:15）",
        "連絡先 090-1234-5678（受付 9:00～17:00）",
        "穂高さんの勤務先 電話 0263-72-0455",
        "担当 福祉課（直通 0263-34-3287）",
    ],
)
def test_a_persons_line_stays_masked(masker, line):
    assert len(found(masker, f"{line}\n", "PHONE")) == 1


def test_shared_mailbox_named_in_brackets_and_its_line(masker):
    text = (
        "> 子育て支援課です。\n"
        "> 連絡先：kosodate-shien@city.matsumoto.example.lg.jp（課の共用アドレス）／ 0263-34-3260\n"
        "照会者 higuchi.r@example.ne.jp 090-8821-4410\n"
    )
    assert found(masker, text, "EMAIL") == ["higuchi.r@example.ne.jp"]
    assert found(masker, text, "PHONE") == ["090-8821-4410"]


def test_attendee_above_the_venues_main_number_keeps_their_address(masker):
    """The venue's line is the office's; the attendee's line above it, with a mobile, is not."""
    text = (
        "Participants\n"
        "- Maria LOPEZ, #208, Green Court, 4-11-2 Higashi-Hon, Matsumoto-shi, Nagano, "
        "tel 090-7713-2046\n"
        "Venue: Matsumoto Civic Hall, 3-10-1 Shimizu, Matsumoto-shi (main tel. 0263-34-3000)\n"
    )
    assert found(masker, text, "ADDRESS") == [
        "#208, Green Court, 4-11-2 Higashi-Hon, Matsumoto-shi, Nagano"
    ]
    assert found(masker, text, "PHONE") == ["090-7713-2046"]


def test_provider_list_in_markdown_keyed_by_registration_number(masker):
    text = (
        "| 事業所番号 | 事業所名 | 住所 | 電話 |\n"
        "|---|---|---|---|\n"
        "| 2071500412 | 小規模多機能ホームほたか | 安曇野市穂高5120-3 | 0263-82-7011 |\n"
        "| 2071500727 | 訪問介護ひばり | 安曇野市豊科南穂高248番地 | 0263-73-5534 |\n"
    )
    assert found(masker, text, "ADDRESS") == []
    assert found(masker, text, "PHONE") == []


@pytest.mark.parametrize(
    "line",
    [
        "有限会社安曇野設備 本社：安曇野市豊科4950番地 TEL 0263-72-1180",
        "〒399-8205 安曇野市豊科4950番地（本店）",
        "ひかり保育園（松本市県3-2-1、電話 0263-35-4410）",
        "所在地：松本市笹部2-5-8（笹部クリニック）",
        "松本市役所 〒390-8620 松本市丸の内3番7号",
    ],
)
def test_an_organisations_own_address_is_not_masked(masker, line):
    text = f"ご案内\n{line}\n"
    assert found(masker, text, "ADDRESS") == []
    assert found(masker, text, "PHONE") == []
    assert found(masker, text, "POSTAL_CODE") == []


@pytest.mark.parametrize(
    "line",
    [
        "住所：松本市笹部2-5-8（百瀬方） TEL 0263-35-4410",
        "本社：松本市笹部2-5-8 担当 百瀬 直通 0263-35-4410",
        "事務所：松本市笹部2-5-8 携帯 090-3518-2270",
    ],
)
def test_a_persons_address_or_line_beside_it_stays_masked(masker, line):
    text = f"{line}\n"
    assert found(masker, text, "PHONE") != []
    if line.startswith("住所"):
        assert found(masker, text, "ADDRESS") == ["松本市笹部2-5-8"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Địa chỉ: Số 8 Ngõ 12 Phố Hàng Bông, Phường Hàng Gai, Quận Hoàn Kiếm, Hà Nội, Việt Nam",
            "Số 8 Ngõ 12 Phố Hàng Bông, Phường Hàng Gai, Quận Hoàn Kiếm, Hà Nội",
        ),
        (
            "His mother lives at 41 Nguyễn Huệ, P. Bến Thành, Q.1, TP. Hồ Chí Minh. Tel below.",
            "41 Nguyễn Huệ, P. Bến Thành, Q.1, TP. Hồ Chí Minh",
        ),
        (
            "母の住所：杭州市西湖区文三路120号金都花园3栋2单元501室",
            "杭州市西湖区文三路120号金都花园3栋2单元501室",
        ),
        (
            "Address: Maple Court 305, 2-14-8 Honcho, Matsumoto-shi, Nagano 390-0811, JAPAN",
            "Maple Court 305, 2-14-8 Honcho, Matsumoto-shi, Nagano",
        ),
    ],
)
def test_more_addresses_abroad_and_in_english_order(masker, text, address):
    assert found(masker, text, "ADDRESS") == [address]
