"""Write an independent, blind corpus of fictional municipal documents for the masking checks.

Written without reading the masker or any other masking corpus (see
tests/masking_unseen7/README.md for the labelling rules). Every name, address and number is
fictional: names and towns come from the gimei synthetic source in new random combinations,
numbers are random (My Numbers carry a valid check digit, card numbers pass Luhn).

    python bench/make_masking_unseen7.py           # (re)write tests/masking_unseen7/data/unseen7.jsonl
    python bench/make_masking_unseen7.py --check   # fail if the committed file differs
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SEED = 7_2026_1207
OUT = (
    Path(__file__).resolve().parent.parent / "tests" / "masking_unseen7" / "data" / "unseen7.jsonl"
)

PERSON = "PERSON"
ADDRESS = "ADDRESS"
POSTAL = "POSTAL_CODE"
PHONE = "PHONE"
EMAIL = "EMAIL"
BIRTH = "BIRTH_DATE"
BANK = "BANK_ACCOUNT"
PENSION = "PENSION_NUMBER"
INSURANCE = "INSURANCE_NUMBER"
LICENSE = "DRIVER_LICENSE"
PASSPORT = "PASSPORT"
MYNUMBER = "MY_NUMBER"
CARD = "CREDIT_CARD"
IP = "IP_ADDRESS"
TYPES = (
    PERSON,
    ADDRESS,
    POSTAL,
    PHONE,
    EMAIL,
    BIRTH,
    BANK,
    PENSION,
    INSURANCE,
    LICENSE,
    PASSPORT,
    MYNUMBER,
    CARD,
    IP,
)

# A fixed sample of the gimei synthetic source (kanji, katakana, romaji), drawn once with a
# seed and frozen here so the generator needs nothing outside the repository.
LAST_NAMES = """
桑原,クワハラ,Kuwahara 宮崎,ミヤザキ,Miyazaki
杉山,スギヤマ,Sugiyama 中野,ナカノ,Nakano
小島,コジマ,Kojima 中川,ナカガワ,Nakagawa
北川,キタガワ,Kitagawa 坂井,サカイ,Sakai
前田,マエダ,Maeda 大野,オオノ,Oono
川口,カワグチ,Kawaguchi 矢野,ヤノ,Yano
大久保,オオクボ,Ookubo 森田,モリタ,Morita
近藤,コンドウ,Kondou 村山,ムラヤマ,Murayama
田辺,タナベ,Tanabe 内藤,ナイトウ,Naitou
吉村,ヨシムラ,Yoshimura 佐藤,サトウ,Satou
田島,タジマ,Tajima 安藤,アンドウ,Andou
伊藤,イトウ,Itou 吉野,ヨシノ,Yoshino
久保田,クボタ,Kubota 太田,オオタ,Oota
松永,マツナガ,Matsunaga 奥田,オクダ,Okuda
松田,マツダ,Matsuda 中西,ナカニシ,Nakanishi
寺田,テラダ,Terada 新井,アライ,Arai
藤原,フジワラ,Fujiwara 増田,マスダ,Masuda
上野,ウエノ,Ueno 小川,オガワ,Ogawa
中島,ナカジマ,Nakajima 森本,モリモト,Morimoto
福井,フクイ,Fukui 工藤,クドウ,Kudou
樋口,ヒグチ,Higuchi 平田,ヒラタ,Hirata
小野,オノ,Ono 中山,ナカヤマ,Nakayama
小原,オバラ,Obara 井上,イノウエ,Inoue
清水,シミズ,Shimizu 原田,ハラダ,Harada
岡崎,オカザキ,Okazaki 秋山,アキヤマ,Akiyama
西田,ニシダ,Nishida 松浦,マツウラ,Matsuura
早川,ハヤカワ,Hayakawa 永井,ナガイ,Nagai
木村,キムラ,Kimura 橋本,ハシモト,Hashimoto
荒井,アライ,Arai 高山,タカヤマ,Takayama
竹内,タケウチ,Takeuchi 須藤,スドウ,Sudou
中沢,ナカザワ,Nakazawa 小泉,コイズミ,Koizumi
阿部,アベ,Abe 土屋,ツチヤ,Tsuchiya
安田,ヤスダ,Yasuda 片岡,カタオカ,Kataoka
伊東,イトウ,Itou 森,モリ,Mori
内田,ウチダ,Uchida 西川,ニシカワ,Nishikawa
川村,カワムラ,Kawamura 上原,ウエハラ,Uehara
藤田,フジタ,Fujita 久保,クボ,Kubo
川上,カワカミ,Kawakami 山田,ヤマダ,Yamada
大西,オオニシ,Oonishi 松下,マツシタ,Matsushita
小池,コイケ,Koike 片山,カタヤマ,Katayama
原,ハラ,Hara 和田,ワダ,Wada
広瀬,ヒロセ,Hirose 平山,ヒラヤマ,Hirayama
岩本,イワモト,Iwamoto 石井,イシイ,Ishii
野村,ノムラ,Nomura 鈴木,スズキ,Suzuki
山本,ヤマモト,Yamamoto 吉田,ヨシダ,Yoshida
沢田,サワダ,Sawada 小林,コバヤシ,Kobayashi
千葉,チバ,Chiba 吉川,ヨカワ,Yokawa
白石,シライシ,Shiraishi 酒井,サカイ,Sakai
上村,ウエムラ,Uemura 大島,オオシマ,Ooshima
本田,ホンダ,Honda 平井,ヒライ,Hirai
大原,オオハラ,Oohara 藤岡,フジオカ,Fujioka
篠田,シノダ,Shinoda 浅田,アサダ,Asada
福永,フクナガ,Fukunaga 森山,モリヤマ,Moriyama
田代,タシロ,Tashiro 徳永,トクナガ,Tokunaga
北野,キタノ,Kitano 若林,ワカバヤシ,Wakabayashi
神田,コウダ,Kouda 浜野,ハマノ,Hamano
宮内,ミヤウチ,Miyauchi 徳田,トクダ,Tokuda
村井,ムライ,Murai 西原,ニシハラ,Nishihara
二宮,ニノミヤ,Ninomiya 長沢,ナガサワ,Nagasawa
川本,カワモト,Kawamoto 関根,セキネ,Sekine
岡部,オカベ,Okabe 浜崎,ハマザキ,Hamazaki
塚田,ツカダ,Tsukada 秋元,アキモト,Akimoto
堀川,ホリカワ,Horikawa 志村,シムラ,Shimura
石山,イシヤマ,Ishiyama 佐久間,サクマ,Sakuma
北原,キタハラ,Kitahara 中井,ナカイ,Nakai
星,ホシ,Hoshi 稲垣,イナガキ,Inagaki
大平,オオヒラ,Oohira 吉原,ヨシハラ,Yoshihara
畠山,ハタケヤマ,Hatakeyama 大村,オオムラ,Oomura
庄司,ショウジ,Shouji 江口,エグチ,Eguchi
今野,イマノ,Imano 三島,ミシマ,Mishima
堤,ツツミ,Tsutsumi 米田,ヨネダ,Yoneda
沼田,ヌマタ,Numata 松沢,マツザワ,Matsuzawa
荒川,アラカワ,Arakawa 中原,ナカハラ,Nakahara
石塚,イシヅカ,Ishiduka 倉田,クラタ,Kurata
浅井,アサイ,Asai 佐伯,サエキ,Saeki
金城,カネシロ,Kaneshiro 下田,シモダ,Shimoda
瀬戸,セト,Seto 堀江,ホリエ,Horie
新谷,アラヤ,Araya 鶴田,ツルタ,Tsuruta
浜口,ハマグチ,Hamaguchi 三輪,ミワ,Miwa
千田,センダ,Senda 小谷,コタニ,Kotani
"""

MALE_NAMES = """
雄一,ユウイチ,Yuuichi 卓郎,タクロウ,Takurou
諒介,リョウスケ,Ryousuke 敬治郎,ケイジロウ,Keijirou
真那,マナ,Mana 裕,ヒロシ,Hiroshi
哲功,テツノリ,Tetsunori 享由,ユキヨシ,Yukiyoshi
忠雄,タダオ,Tadao 司,ツカサ,Tsukasa
政利,マサトシ,Masatoshi 尚哉,ショウヤ,Shouya
旭人,アサト,Asato 涼,リョウ,Ryou
武蔵,ムサシ,Musashi 和雅,カズマサ,Kazumasa
栄一郎,エイイチロウ,Eiichirou 朝人,アサト,Asato
幸太,コウタ,Kouta 明弘,アキヒロ,Akihiro
協平,キョウヘイ,Kyouhei 慶人,ケイト,Keito
優樹,ユウキ,Yuuki 晋也,シンヤ,Shinya
勝義,カツヨシ,Katsuyoshi 広泰,ヒロヤス,Hiroyasu
周作,シュウサク,Shuusaku 慶太郎,ケイタロウ,Keitarou
悠文,ヒサフミ,Hisafumi 辰弥,タツヤ,Tatsuya
雅英,マサヒデ,Masahide 幹志,モトシ,Motoshi
祐哉,ユウヤ,Yuuya 弘明,ヒロアキ,Hiroaki
新一郎,シンイチロウ,Shinichirou 裕之,ヒロユキ,Hiroyuki
孝浩,タカヒロ,Takahiro 達平,タッペイ,Tappei
幹大,カンタ,Kanta 祐太朗,ユウタロウ,Yuutarou
智樹,トモキ,Tomoki 利幸,トシユキ,Toshiyuki
信一郎,シンイチロウ,Shinichirou 達雄,タツオ,Tatsuo
晴,ハル,Haru 光明,ミツアキ,Mitsuaki
侑隼,ユウト,Yuuto 英範,ヒデノリ,Hidenori
侑,ユウ,Yuu 裕哉,ユウヤ,Yuuya
百重,ヒャクシゲ,Hyakushige 崇文,タカフミ,Takafumi
遥翔,ハルト,Haruto 泰久,ヨシヒサ,Yoshihisa
俊晴,トシハル,Toshiharu 勝則,カツノリ,Katsunori
雄大,タケヒロ,Takehiro 公太,コウタロウ,Koutarou
康祐,コウスケ,Kousuke 憲昭,ノリアキ,Noriaki
薫,カオル,Kaoru 清十郎,セイジュウロウ,Seijuurou
龍斗,リュウト,Ryuuto 義彦,ヨシヒコ,Yoshihiko
亮平,リョウヘイ,Ryouhei 玲夢,リム,Rimu
一志,カズシ,Kazushi 優人,ユウト,Yuuto
敦史,アツシ,Atsushi 竜蔵,リュウゾウ,Ryuuzou
健汰,ケンタ,Kenta 孝一郎,コウイチロウ,Kouichirou
武志,タケシ,Takeshi 重幸,シゲユキ,Shigeyuki
直也,ナオヤ,Naoya 一成,カズナリ,Kazunari
結介,ユウスケ,Yuusuke 龍二,リュウジ,Ryuuji
温大,ハルト,Haruto 寛大,カンタ,Kanta
冬馬,トウマ,Touma 克憲,カツノリ,Katsunori
昭信,アキノブ,Akinobu 魁斗,カイト,Kaito
正孝,マサタカ,Masataka 康平,コウヘイ,Kouhei
泰人,ヤスト,Yasuto 博章,ヒロアキ,Hiroaki
悠矢,ユウヤ,Yuuya 勝太朗,カツタロウ,Katsutarou
"""

FEMALE_NAMES = """
真夢,マユメ,Mayume 愛未,アイミ,Aimi
佳枝,カエ,Kae 朱水,アケミ,Akemi
洋枝,ヒロエ,Hiroe 叶理,カナリ,Kanari
梓早,アズサ,Azusa 瑠実,ルミ,Rumi
芹菜,セナ,Sena 蘭奈,ラナ,Rana
透桃,スモモ,Sumomo 瑠泉,ルイ,Rui
来春,コハル,Koharu 優結,ユウユ,Yuuyu
弥璃,イヨリ,Iyori 歩香,アユカ,Ayuka
文彩,アヤ,Aya 柚香,ユカ,Yuka
史恵,フミエ,Fumie 萌波,モナ,Mona
歩瞳,アユミ,Ayumi 彩絢,サアヤ,Saaya
実紀,ミノキ,Minoki 怜里,サトリ,Satori
侑美,ユウミ,Yuumi 夕奈,ユナ,Yuna
七海,ナナミ,Nanami 菜葉,ナノハ,Nanoha
美鈴,ミスズ,Misuzu 志沙,シサ,Shisa
紗暉,サキ,Saki 真冬,ミフユ,Mifuyu
夢,ユメ,Yume 実朝,ミアサ,Miasa
惟珠,ユズ,Yuzu 房乃,フサノ,Fusano
結妃,ユキ,Yuki 采知,サチ,Sachi
真玖,マキ,Maki 恵麻,エマ,Ema
夏空,サヤカ,Sayaka 里映,リサ,Risa
莉生,レオ,Reo 朝未,トモミ,Tomomi
令納,レイナ,Reina 菜弓,ナユミ,Nayumi
仁絵,ノリエ,Norie 零那,レイナ,Reina
雅弓,マユミ,Mayumi 咲華,サキカ,Sakika
芽位,メイ,Mei 美和,ミワ,Miwa
晴加,ハルカ,Haruka 励胡,レイコ,Reiko
聖乃,サヤノ,Sayano 澄穂,スミホ,Sumiho
遥圭,ハルカ,Haruka 始織,シオリ,Shiori
霧湖,キリコ,Kiriko 波成,ハナ,Hana
希夏,キナツ,Kinatsu 想乃,ソノ,Sono
由,ユイ,Yui 三華,ミカ,Mika
拙枝,ツタエ,Tsutae 知夏,トモカ,Tomoka
南有,ミユウ,Miyuu 詩夕,シユ,Shiyu
絵月,エツキ,Etsuki 見南,ミナミ,Minami
美栄,ヨシエ,Yoshie 亜憂,アユ,Ayu
千香,チカ,Chika 千絢,チヒロ,Chihiro
紅葉,コノハ,Konoha 碧深,アオミ,Aomi
桃季,トキ,Toki 雪鈴,ユリ,Yuri
真妃,マヒメ,Mahime 麻李,マリ,Mari
恭加,ヤスカ,Yasuka 夕杏,ユア,Yua
璃聖,リサト,Risato 麻心,マミ,Mami
茉央,マオ,Mao 恵梨,エリ,Eri
美江,ミエ,Mie 結海,ユウミ,Yuumi
遼遥,ハルカ,Haruka 芳佳,ミチカ,Michika
"""

CITYS = """
浜松市天竜区 島尻郡伊平屋村 妙高市 大島郡宇検村 東田川郡三川町
胎内市 三島郡出雲崎町 日向市 大津市 長野市
三島郡島本町 宇和島市 狭山市 奥尻郡奥尻町 堺市西区
山武市 南埼玉郡宮代町 南佐久郡小海町 名古屋市中川区 東諸県郡綾町
北佐久郡軽井沢町 西伯郡大山町 京都市伏見区 茅部郡鹿部町 久世郡久御山町
河西郡中札内村 小平市 国頭郡恩納村 新潟市北区 吉野郡十津川村
朝霞市 吹田市 豊後高田市 一関市 横浜市旭区
川崎市宮前区 大仙市 仙台市宮城野区 上伊那郡辰野町 備前市
国頭郡伊江村 男鹿市 最上郡真室川町 上川郡剣淵町 島田市
綴喜郡井手町 旭市 八丈島八丈町 相模原市緑区 東津軽郡今別町
曽於市 国頭郡金武町 岩出市 熊谷市 高岡郡佐川町
中間市 宮城郡利府町 白河市 調布市 南都留郡忍野村
総社市 可児市 大阪市住吉区 上北郡六ヶ所村 名古屋市昭和区
宍粟市 諏訪市 塩谷郡塩谷町 日立市 山県郡安芸太田町
"""

TOWNS = """
太郎須田 右京町 高津 万田町 光地園
梁川町上川原 昭和町 東口道上 上新庄 荒堀
八倉 本宮町 阪田 久野本 深堀
福正町 岸城町 船町 万代町 葛川毛無森
新磯子町 竹町 俵原町 遠若町 紺屋
園原 愛の杜 塩屋 加登 安心院町森
坂下新田 田宮本町 居能町 菜園場 平出
寺中町 志徳 形山みどり町 五色町鮎原小山田 只野
来住町 中畑 御供田 衣笠町 堀口町
中津隈 河原市 萩原町河田方 上熊本 三ツ矢橋
成子町 上神輿町 烏出川 名越 和田町
下新庄町 神山 前沢区二十人町 浪岡北中野 割田
御札部 八雲町東岩坂 本宮北ノ内 東金屋 波積町本郷
東勝原 下岩田 川原畑 桜作 東今小路町
小原西 八塩 松ケ崎東桜木町 上西郷 中新
薬師堂町 花園町 永穂 南神崎 中央通
中村道ノ下 赤坂 松林 富和 仲原
那加野畑町 宇和町杢所 北迫町 池見 宍道町白石
弓削日比 兎内上保土沢 古市場 桂町 中通
弓越 二の宮 南町 東町 山方町
常盤町 海津町高須町 菊野 東中野 中町
木ノ庄町木梨山方 羽坂 大谷 正木町新井 吉祥院嶋笠井町
"""


def _names(block: str) -> list[tuple[str, str, str]]:
    return [tuple(item.split(",")) for item in block.split()]  # type: ignore[misc]


LAST = _names(LAST_NAMES)
MALE = _names(MALE_NAMES)
FEMALE = _names(FEMALE_NAMES)
CITY = CITYS.split()
TOWN = TOWNS.split()

# Surnames that read like ordinary words, numerals or calendar expressions (written here).
RARE_SURNAMES = [
    ("四月一日", "ワタヌキ", "Watanuki"),
    ("八月一日", "ホズミ", "Hozumi"),
    ("一", "ニノマエ", "Ninomae"),
    ("十", "ツナシ", "Tsunashi"),
    ("九", "イチジク", "Ichijiku"),
    ("百", "モモ", "Momo"),
    ("万", "ヨロズ", "Yorozu"),
    ("七夕", "タナバタ", "Tanabata"),
    ("朔日", "ツイタチ", "Tsuitachi"),
    ("五月女", "ソウトメ", "Sotome"),
    ("十二月田", "シワスダ", "Shiwasuda"),
    ("役所", "ヤクショ", "Yakusho"),
    ("税所", "サイショ", "Saisho"),
    ("大工", "ダイク", "Daiku"),
    ("春夏秋冬", "ヒトトセ", "Hitotose"),
    ("小鳥遊", "タカナシ", "Takanashi"),
    ("月見里", "ヤマナシ", "Yamanashi"),
    ("日本", "ヒノモト", "Hinomoto"),
    ("今", "イマ", "Ima"),
    ("東", "アズマ", "Azuma"),
    ("金", "カネ", "Kane"),
    ("平", "タイラ", "Taira"),
    ("上", "カミ", "Kami"),
    ("二木", "フタキ", "Futaki"),
    ("三月", "ミツキ", "Mitsuki"),
]

# Foreign residents as a clerk writes them: (katakana or kanji as registered, passport romaji).
FOREIGN = [
    ("グエン・ヴァン・ナム", "NGUYEN VAN NAM"),
    ("チャン・ティ・ホア", "TRAN THI HOA"),
    ("ファム ティ ラン", "PHAM THI LAN"),
    ("レ・ヴァン・ドゥック", "LE VAN DUC"),
    ("ホアン ミン トゥアン", "HOANG MINH TUAN"),
    ("王 偉", "WANG WEI"),
    ("李 娜", "LI NA"),
    ("張 麗華", "ZHANG LIHUA"),
    ("陳 建国", "CHEN JIANGUO"),
    ("劉 洋", "LIU YANG"),
    ("シルバ・マリア・アパレシーダ", "SILVA MARIA APARECIDA"),
    ("サントス ジョアン", "SANTOS JOAO"),
    ("オリヴェイラ・カルロス", "OLIVEIRA CARLOS"),
    ("ペレイラ ルアナ", "PEREIRA LUANA"),
    ("ダラクルス・マリア・クリスティーナ", "DELA CRUZ MARIA CRISTINA"),
    ("レイエス ジョセフ", "REYES JOSEPH"),
    ("タパ・ラム・バハドゥール", "THAPA RAM BAHADUR"),
    ("グルン スニタ", "GURUNG SUNITA"),
    ("キム・ミンジュン", "KIM MINJUN"),
    ("スミス・エミリー", "SMITH EMILY"),
    ("ブディ・サントソ", "BUDI SANTOSO"),
    ("アウン・ミン・テイン", "AUNG MIN THEIN"),
]

# Small Latin places for Japanese addresses written in English order (fictional towns).
EN_TOWNS = [
    "Showa-cho",
    "Sakae-machi",
    "Midorigaoka",
    "Higashi-Honcho",
    "Kamiyashiki",
    "Nishi-Wakaba",
    "Asahigaoka",
    "Minato-cho",
    "Kotobuki-cho",
    "Tenjin",
]
AZA = ["東原", "中島", "北浦", "宮ノ前", "堂ノ上", "柳田", "小谷", "清水尻", "寺後", "大門"]
BUILDINGS = [
    "サンハイツ",
    "メゾン・ド・ソレイユ",
    "グランコート若葉",
    "コーポ森下",
    "第二ひまわり荘",
    "レジデンス北斗",
    "パークアベニュー中央",
    "ハイム桜",
    "シャトー緑ヶ丘",
    "リバーサイド寿",
    "ライオンズマンション若葉台第3",
    "アーバンヒルズ",
    "フォレスト壱番館",
    "ヴィラ・アモーレ",
]

# Prefecture and city as they go together, for the addresses written with a prefecture.
PREF_CITY = [
    "千葉県船橋市",
    "千葉県市原市",
    "埼玉県川越市",
    "茨城県つくば市",
    "栃木県小山市",
    "新潟県長岡市",
    "静岡県沼津市",
    "長野県上田市",
    "東京都江戸川区",
    "神奈川県相模原市中央区",
    "大阪府堺市北区",
    "北海道旭川市",
    "宮城県仙台市青葉区",
    "福岡県久留米市",
]

OFFICE = "若葉台市"
OFFICE_DOMAIN = "city.wakabadai.lg.jp"
OFFICE_TEL = "047-711-2100"  # the city's published switchboard (代表): not personal
OFFICE_ADDR = "〒279-8501 若葉台市中央一丁目1番1号"  # the city hall: not personal

R = random.Random(SEED)

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
_HW = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF61, 0xFFA0)}
_KANJI_DIGITS = "〇一二三四五六七八九"


def fw(s: str) -> str:
    return s.translate(_FW)


def hw_kana(s: str) -> str:
    out = []
    for ch in s.replace("　", " "):
        if ch in _HW:
            out.append(_HW[ch])
            continue
        parts = unicodedata.normalize("NFD", ch)
        if len(parts) == 2 and parts[0] in _HW and parts[1] in "\u3099\u309a":
            out.append(_HW[parts[0]] + ("ﾞ" if parts[1] == "\u3099" else "ﾟ"))
            continue
        out.append(ch)
    return "".join(out)


def hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def kanji_num(n: int) -> str:
    """1..9999 as 漢数字 (二十三, 千二百)."""
    if n == 0:
        return "〇"
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else _KANJI_DIGITS[q]) + unit
    if n:
        out += _KANJI_DIGITS[n]
    return out


def digits(k: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(k))


def passport_romaji(s: str) -> str:
    return s.replace("ou", "o").replace("oo", "o").replace("uu", "u")


@dataclass
class Person:
    sei: str
    sei_kana: str
    sei_rom: str
    mei: str
    mei_kana: str
    mei_rom: str
    female: bool

    def kanji(self, sep: str = "　") -> str:
        return f"{self.sei}{sep}{self.mei}"

    def kana(self, sep: str = "　") -> str:
        return f"{self.sei_kana}{sep}{self.mei_kana}"

    def hkana(self, sep: str = " ") -> str:
        return hw_kana(self.kana(sep))

    def hira(self, sep: str = "　") -> str:
        return hira(self.kana(sep))

    def roman(self, surname_first: bool = True) -> str:
        sei = passport_romaji(self.sei_rom.lower()).upper()
        mei = passport_romaji(self.mei_rom.lower()).capitalize()
        return f"{sei} {mei}" if surname_first else f"{mei} {sei}"


_used: set[tuple[str, str]] = set()


def person(female: bool | None = None, rare: bool = False, family: Person | None = None) -> Person:
    while True:
        fem = R.random() < 0.5 if female is None else female
        if family is not None:
            sei = (family.sei, family.sei_kana, family.sei_rom)
        else:
            sei = R.choice(RARE_SURNAMES) if rare else R.choice(LAST)
        mei = R.choice(FEMALE if fem else MALE)
        if (sei[0], mei[0]) not in _used:
            _used.add((sei[0], mei[0]))
            return Person(sei[0], sei[1], sei[2], mei[0], mei[1], mei[2], fem)


def num(n: int, style: str) -> str:
    if style == "kanji":
        return kanji_num(n)
    if style == "fw":
        return fw(str(n))
    return str(n)


def building(style: str = "ascii") -> str:
    name = R.choice(BUILDINGS)
    kind = R.randint(0, 4)
    room = R.choice([101, 102, 203, 205, 301, 304, 402, 507, 811, 1103])
    if kind == 0:
        return f"{name}{num(room, style)}号室"
    if kind == 1:
        return f"{name} {num(room, style)}"
    if kind == 2:
        return f"{name}{num(room // 100, style)}階"
    if kind == 3:
        return f"{name} {R.choice('ABC')}棟{num(room, style)}号室"
    return f"{name}{num(room, style)}号"


def address(
    pref: bool | None = None,
    city: bool | None = None,
    style: str | None = None,
    bldg: bool | None = None,
    kind: str | None = None,
) -> str:
    """A fictional Japanese address; the caller labels the whole string."""
    style = style or R.choice(["ascii", "ascii", "ascii", "fw", "kanji"])
    kind = kind or R.choice(["chome", "chome", "banchi", "hyphen", "aza", "sapporo"])
    bldg = R.random() < 0.35 if bldg is None else bldg
    sep = R.choice(["", " ", "　"])
    if kind == "sapporo":
        head = ""
        if city if city is not None else R.random() < 0.5:
            head = ("北海道" if pref else "") + R.choice(
                ["札幌市北区", "札幌市中央区", "札幌市東区", "札幌市白石区"]
            )
        ns = R.choice("北南")
        ew = R.choice("東西")
        body = (
            f"{ns}{num(R.randint(1, 40), style)}条{ew}{num(R.randint(1, 15), style)}丁目"
            f"{num(R.randint(1, 30), style)}番{'地' if R.random() < 0.5 else ''}"
            f"{num(R.randint(1, 20), style)}"
        )
        if body.endswith(tuple("0123456789０１２３４５６７８９")) and "番地" not in body:
            body += "号"
        return head + body + (sep + building(style) if bldg else "")
    head = ""
    if pref if pref is not None else R.random() < 0.4:
        head = R.choice(PREF_CITY)
    elif city if city is not None else R.random() < 0.6:
        head = R.choice(CITY) if R.random() < 0.5 else OFFICE
    town = R.choice(TOWN)
    if kind == "chome":
        a, b, c = R.randint(1, 9), R.randint(1, 40), R.randint(1, 30)
        body = f"{town}{num(a, style)}丁目{num(b, style)}番{num(c, style)}号"
    elif kind == "banchi":
        b = R.randint(1, 2400)
        body = f"{town}{num(b, style if b < 100 else 'ascii')}番地"
        if R.random() < 0.6:
            body += ("の" if style == "kanji" else "") + num(R.randint(1, 30), style)
    elif kind == "hyphen":
        dash = "－" if style == "fw" else "-"
        st = "ascii" if style == "kanji" else style
        body = (
            f"{town}{num(R.randint(1, 9), st)}{dash}{num(R.randint(1, 40), st)}{dash}"
            f"{num(R.randint(1, 30), st)}"
        )
    else:  # 大字・字
        town_stem = town.removesuffix("町")
        body = f"大字{town_stem}{'字' + R.choice(AZA) if R.random() < 0.7 else ''}{R.randint(1, 3999)}番地"
        if R.random() < 0.4:
            body += f"{R.randint(1, 9)}"
    return head + body + (sep + building(style) if bldg else "")


def en_address(sapporo: bool = False) -> str:
    """A Japanese address in English word order (no postal code, no country)."""
    if sapporo:
        return (
            f"{R.randint(1, 30)}-{R.randint(1, 20)} {R.choice(['Kita', 'Minami'])} "
            f"{R.randint(1, 40)}-jo {R.choice(['Nishi', 'Higashi'])} {R.randint(1, 15)}-chome, "
            f"{R.choice(['Kita-ku', 'Chuo-ku', 'Higashi-ku'])}, Sapporo"
        )
    room = (
        f"{R.choice(['Room ', '#', 'Apt. '])}{R.choice([101, 203, 305, 402])}, "
        if R.random() < 0.6
        else ""
    )
    bld = (
        f"{R.choice(['Sun Heights', 'Maison Soleil', 'Haim Sakura', 'Grand Court Wakaba'])}, "
        if room
        else ""
    )
    return (
        f"{room}{bld}{R.randint(1, 9)}-{R.randint(1, 40)}-{R.randint(1, 30)} {R.choice(EN_TOWNS)}, "
        f"Wakabadai-shi, Chiba"
    )


def postal() -> str:
    return f"{R.randint(100, 999)}-{R.randint(0, 9999):04d}"


def mobile(fmt: str = "hyphen") -> str:
    a, b, c = f"0{R.choice('789')}0", digits(4), digits(4)
    return phone_fmt(a, b, c, fmt)


def landline(fmt: str = "hyphen") -> str:
    area = R.choice(["03", "06", "047", "043", "048", "0476", "0438", "0479", "04", "0475"])
    local = 10 - len(area)
    mid = {2: 4, 3: 3, 4: 2, 5: 1}[len(area)]
    return phone_fmt(area, str(R.randint(1, 9)) + digits(mid - 1), digits(local - mid), fmt)


def phone_fmt(a: str, b: str, c: str, fmt: str) -> str:
    if fmt == "paren":
        return f"{a}({b}){c}"
    if fmt == "plain":
        return a + b + c
    if fmt == "fw":
        return fw(f"{a}-{b}-{c}")
    if fmt == "intl":
        return f"+81-{a[1:]}-{b}-{c}"
    if fmt == "intl_space":
        return f"+81 {a[1:]} {b} {c}"
    return f"{a}-{b}-{c}"


def any_phone() -> str:
    fmt = R.choice(["hyphen", "hyphen", "hyphen", "paren", "plain", "fw", "intl"])
    return mobile(fmt) if R.random() < 0.6 else landline(fmt)


PERSONAL_DOMAINS = [
    "gmail.com",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "i.softbank.jp",
    "icloud.com",
    "outlook.jp",
    "nifty.com",
    "biglobe.ne.jp",
    "au.com",
]


def email(p: Person | None = None, domain: str | None = None) -> str:
    p = p or person()
    sei, mei = passport_romaji(p.sei_rom.lower()), passport_romaji(p.mei_rom.lower())
    local = R.choice(
        [
            f"{mei}.{sei}",
            f"{sei}{digits(2)}",
            f"{mei[0]}-{sei}",
            f"{sei}_{mei}{digits(3)}",
            f"{mei}{sei[0]}{digits(4)}",
        ]
    )
    return f"{local}@{domain or R.choice(PERSONAL_DOMAINS)}"


def staff_email(p: Person) -> str:
    return f"{p.mei_rom[0].lower()}-{passport_romaji(p.sei_rom.lower())}@{OFFICE_DOMAIN}"


# (first day of the era, name, letter): 昭和元年 is only 25-31 December 1926.
ERAS = [
    ((2019, 5, 1), "令和", "R"),
    ((1989, 1, 8), "平成", "H"),
    ((1926, 12, 25), "昭和", "S"),
    ((1912, 7, 30), "大正", "T"),
    ((1868, 10, 23), "明治", "M"),
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def birth(lo: int = 1925, hi: int = 2005, fmt: str | None = None) -> str:
    y, m, d = R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)
    fmt = fmt or R.choice(
        ["wareki", "wareki", "kanji", "abbr", "abbr_slash", "iso_slash", "iso", "ymd", "fw"]
    )
    start, era, letter = next(e for e in ERAS if (y, m, d) >= e[0])
    ey = y - start[0] + 1
    if fmt == "wareki":
        return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
    if fmt == "kanji":
        return f"{era}{'元' if ey == 1 else kanji_num(ey)}年{kanji_num(m)}月{kanji_num(d)}日"
    if fmt == "fw":
        return fw(f"{era}{ey}年{m}月{d}日").replace("-", "")
    if fmt == "abbr":
        return f"{letter}{ey}.{m}.{d}"
    if fmt == "abbr_slash":
        return f"{letter}{ey:02d}/{m:02d}/{d:02d}"
    if fmt == "iso_slash":
        return f"{y}/{m:02d}/{d:02d}"
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if fmt == "ymd":
        return f"{y}年{m}月{d}日"
    if fmt == "en_dmy":
        return f"{d} {MONTHS[m - 1]} {y}"
    if fmt == "en_mdy":
        return f"{MONTHS[m - 1]} {d}, {y}"
    if fmt == "slash_dmy":
        return f"{d:02d}/{m:02d}/{y}"
    raise ValueError(fmt)


def account() -> str:
    return digits(7)


def yucho() -> tuple[str, str]:
    return f"1{digits(3)}0", f"{digits(7)}1"


def pension(fmt: str = "hyphen") -> str:
    a, b = digits(4), digits(6)
    return {"hyphen": f"{a}-{b}", "plain": a + b, "space": f"{a} {b}", "fw": fw(f"{a}-{b}")}[fmt]


def kaigo_no() -> str:
    return "00" + digits(8)


def kouki_no() -> str:
    return "1" + digits(7)


def license_no() -> str:
    return R.choice(["30", "45", "50", "62", "12"]) + digits(10)


def passport_no() -> str:
    return R.choice(["TK", "TR", "MZ", "TS", "C", "B", "E", "P"]) + digits(
        7 if R.random() < 0.8 else 8
    )


def my_number(fmt: str = "plain") -> str:
    body = [R.randint(0, 9) for _ in range(11)]
    total = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    s = "".join(map(str, body)) + str(check)
    if fmt == "space":
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if fmt == "hyphen":
        return f"{s[:4]}-{s[4:8]}-{s[8:]}"
    if fmt == "fw":
        return fw(s)
    return s


def card(fmt: str = "space", prefix: str | None = None) -> str:
    prefix = prefix or R.choice(
        ["4", "4", "5" + str(R.randint(1, 5)), "35" + str(R.randint(28, 89)), "37"]
    )
    length = 15 if prefix == "37" else 16
    body = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, dgt in enumerate(reversed(body)):
        v = dgt * 2 if i % 2 == 0 else dgt
        total += v - 9 if v > 9 else v
    s = "".join(map(str, body)) + str((10 - total % 10) % 10)
    if fmt == "plain":
        return s
    sep = " " if fmt == "space" else "-"
    if length == 15:
        return f"{s[:4]}{sep}{s[4:10]}{sep}{s[10:]}"
    return sep.join(s[i : i + 4] for i in range(0, 16, 4))


def ipv4() -> str:
    return (
        f"{R.choice([27, 36, 49, 60, 106, 114, 126, 133, 153, 180, 202, 210, 219, 221])}."
        f"{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    )


def case_no() -> str:
    return f"第{R.choice(['2026', 'R8', '８'])}-{R.randint(1, 999):03d}号"


def yen() -> str:
    return f"{R.randint(1, 400) * 100:,}円"


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


class Doc:
    """A document built from plain and labelled pieces; offsets are computed, never typed."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.parts: list[tuple[str | None, str]] = []

    def t(self, *texts: str) -> Doc:
        for s in texts:
            self.parts.append((None, s))
        return self

    def e(self, kind: str, value: str) -> Doc:
        assert kind in TYPES, kind
        self.parts.append((kind, value))
        return self

    def add(self, *pieces: str | tuple[str, str]) -> Doc:
        for p in pieces:
            if isinstance(p, str):
                self.t(p)
            else:
                self.e(*p)
        return self

    def row(self, cells: list, sep: str, end: str = "\n", quote: bool = False) -> Doc:
        for i, cell in enumerate(cells):
            if i:
                self.t(sep)
            if quote:
                self.t('"')
            if isinstance(cell, tuple):
                self.e(*cell)
            else:
                self.t(cell)
            if quote:
                self.t('"')
        return self.t(end)

    def fixed(self, cells: list, widths: list[int], end: str = "\n") -> Doc:
        for cell, w in zip(cells, widths, strict=True):
            value = cell[1] if isinstance(cell, tuple) else cell
            if isinstance(cell, tuple):
                self.e(*cell)
            else:
                self.t(cell)
            self.t(" " * max(1, w - width(value)))
        return self.t(end)

    def build(self, doc_id: str) -> dict:
        text, entities = "", []
        for kind, value in self.parts:
            if kind is not None:
                assert value and value == value.strip(), (doc_id, value)
                entities.append(
                    {"type": kind, "start": len(text), "end": len(text) + len(value), "text": value}
                )
            text += value
        return {"id": doc_id, "style": self.style, "text": text, "entities": entities}


def N(s: str) -> tuple[str, str]:
    return (PERSON, s)


def A(s: str) -> tuple[str, str]:
    return (ADDRESS, s)


def T(s: str) -> tuple[str, str]:
    return (PHONE, s)


def staff() -> tuple[Person, str]:
    """A clerk and the clerk's direct line (ダイヤルイン): a personal line, unlike 代表."""
    return person(), f"047-711-{R.randint(2200, 2999)}"


def sig(d: Doc, section: str) -> Doc:
    """An office e-mail signature: the clerk's name, direct line and e-mail are personal."""
    p, direct = staff()
    d.t("\n--\n", f"{OFFICE} {section}\n", R.choice(["主事 ", "主任 ", "係長 ", ""])).e(
        PERSON, p.kanji(" ")
    )
    if R.random() < 0.5:
        d.t("（").e(PERSON, p.kana(" ")).t("）")
    d.t(f"\n{OFFICE_ADDR}\nTEL ").e(PHONE, direct).t(f"（直通）／{OFFICE_TEL}（代表）\nMail ")
    return d.e(EMAIL, staff_email(p)).t("\n")


# ---------------------------------------------------------------- 住民票・戸籍
def d_juminhyo_request() -> Doc:
    d = Doc("form_label_value")
    p = person()
    spouse = person(family=p, female=not p.female)
    child = person(family=p)
    d.t(
        "住民票の写し等交付請求書\n",
        f"受付番号：{case_no()}　　受付日：令和8年11月{R.randint(1, 28)}日\n\n",
    )
    d.t("請求者氏名：").e(PERSON, p.kanji()).t("\nフリガナ：").e(PERSON, p.kana()).t("\n")
    d.t("住所：").e(ADDRESS, address(city=True)).t("\n生年月日：").e(
        BIRTH, birth(1950, 1990, "wareki")
    ).t("\n")
    d.t("電話番号：").e(PHONE, any_phone()).t("\n")
    d.t("必要な方：□本人　■世帯全員\n　世帯員１：").e(PERSON, spouse.kanji()).t(
        "（妻・夫）\n　世帯員２："
    )
    d.e(PERSON, child.mei).t("（子）\n")
    d.t("使用目的：児童手当の申請のため\n通数：2通（手数料 600円）\n本人確認：運転免許証（番号 ")
    return d.e(LICENSE, license_no()).t("）\n担当：市民課 窓口3番\n")


def d_koseki_mail() -> Doc:
    d = Doc("email_thread")
    p = person()
    father = person(family=p, female=False)
    d.t("件名：Re: 戸籍謄本の郵送請求について\n\n")
    d.e(PERSON, p.sei).t(
        "様\n\nお問い合わせありがとうございます。ご請求の戸籍は本籍地が当市ですので、郵送で請求いただけます。\n"
    )
    d.t("定額小為替 450円分と、本人確認書類の写しを同封してください。\n")
    sig(d, "市民課 戸籍係")
    d.t("\n> ", f"{R.randint(2, 6)}日前 ").e(EMAIL, email(p)).t(" さんは書きました：\n")
    d.t("> 市民課御中\n> 亡くなった父（").e(PERSON, father.kanji("")).t("、").e(
        BIRTH, birth(1935, 1950, "wareki")
    )
    d.t("生）の出生から死亡までの戸籍謄本が必要です。\n> 私の住所は ").e(POSTAL, postal()).t(" ")
    d.e(ADDRESS, address(pref=True, bldg=True)).t(" です。\n> 日中の連絡先：").e(PHONE, mobile()).t(
        "\n> "
    )
    return d.e(PERSON, p.kanji(" ")).t("\n")


def d_tennyu_sapporo() -> Doc:
    d = Doc("notes_bullets")
    p = person()
    d.t("転入届 受付メモ（前住所が札幌市のケース）\n")
    d.t("・届出人：").e(PERSON, p.kanji()).t("さん（").e(BIRTH, birth(1975, 2000, "abbr")).t(
        "生）\n"
    )
    d.t("・前住所：〒").e(POSTAL, f"0{R.randint(60, 69)}-{R.randint(0, 9999):04d}").t(" ")
    d.e(ADDRESS, address(kind="sapporo", city=False, bldg=True)).t("\n")
    d.t("・転出証明書の住所欄は「").e(ADDRESS, address(kind="sapporo", city=True, bldg=False))
    d.t("」表記で、本人申告と一致せず → 区役所に確認済み\n")
    d.t("・新住所：").e(ADDRESS, address(city=False, kind="chome", bldg=True)).t("\n")
    d.t("・連絡先 ").e(PHONE, mobile("plain")).t(
        "\n・マイナンバーカード継続利用の処理済み（個人番号 "
    )
    return d.e(MYNUMBER, my_number("space")).t("）\n・次回：国保加入の案内を保険年金課へ回付\n")


# ---------------------------------------------------------------- 税
def d_tax_notice() -> Doc:
    d = Doc("letter")
    p = person()
    d.e(POSTAL, postal()).t("\n").e(ADDRESS, address(city=True, bldg=R.random() < 0.5)).t("\n")
    d.e(PERSON, p.kanji("　")).t("　様\n\n")
    d.t(
        f"令和8年度　市民税・県民税　税額決定通知書\n通知書番号　{R.randint(10, 99)}-{digits(6)}\n\n"
    )
    d.t(f"年税額　{yen()}（第1期 6月30日　第2期 8月31日　第3期 10月31日　第4期 1月31日）\n")
    d.t("口座振替：").t(R.choice(["若葉信用金庫", "みずほ銀行", "千葉銀行"]), " ")
    d.t(R.choice(["本店", "駅前支店", "中央支店"]), "　普通　").e(BANK, account()).t("　名義 ")
    d.e(PERSON, p.hkana()).t("\n\n")
    d.t("この決定に不服があるときは、地方税法第19条の規定により、3か月以内に審査請求ができます。\n")
    return d.t(f"{OFFICE}長　{OFFICE}市民税課　TEL {OFFICE_TEL}（代表）\n")


def d_fixed_asset_genmen() -> Doc:
    d = Doc("docx_table")
    p = person()
    co = person()
    d.t("固定資産税　減免申請書\n", f"{OFFICE}長　様\n")
    cells = [
        "申請者",
        "住所",
        A(address(bldg=False)),
        "氏名",
        N(p.kanji()),
        "電話番号",
        T(landline()),
        "生年月日",
        (BIRTH, birth(1940, 1965, "kanji")),
        "共有者",
        N(co.kanji()),
        "減免を受けようとする資産",
        "所在地",
        A(f"{OFFICE}" + address(pref=False, city=False, kind="aza")),
        "地目",
        "宅地",
        "地積",
        f"{R.randint(120, 480)}.{R.randint(10, 99)}㎡",
        "理由",
        f"令和8年9月の台風第14号による床上浸水（り災証明 第R8-0{R.randint(100, 999)}号）",
        "課税標準額",
        yen(),
    ]
    for c in cells:
        d.row([c], "")
    return d.t("※ 若葉台市市税条例第71条第1項第2号による。\n")


def d_juminzei_genmen_chat() -> Doc:
    d = Doc("chat")
    a, _ = staff()
    b, _ = staff()
    p = person()
    d.t("[10:02] ").e(PERSON, a.sei).t(": ").t("失業による住民税減免の相談、窓口に来ています\n")
    d.t("[10:03] ").e(PERSON, a.sei).t(": ").t("申請者 ").e(PERSON, p.kanji(" ")).t(" さん、")
    d.e(ADDRESS, address(city=False, kind="hyphen", bldg=R.random() < 0.5)).t(
        " 在住、前職は株式会社ミナト物流（3月末で会社都合退職）\n"
    )
    d.t("[10:05] ").e(PERSON, b.sei).t(": ").t(
        "離職票と雇用保険受給資格者証のコピーをもらってください。所得割の減免率は条例施行規則の別表どおりです\n"
    )
    d.t("[10:06] ").e(PERSON, a.sei).t(": ").t("了解です。連絡先は ").e(PHONE, mobile()).t(
        " で、本人は平日午前なら出られるそうです\n"
    )
    d.t("[10:09] ").e(PERSON, b.sei).t(": ").t("前年所得 312万円なら対象。")
    d.e(PERSON, p.sei).t("さんの奥さん（").e(PERSON, person(family=p, female=True).mei).t(
        "さん）のパート収入も確認を\n"
    )
    return d


# ---------------------------------------------------------------- 保育・学童
def d_hoiku_csv() -> Doc:
    d = Doc("csv_header")
    d.t("受付番号,児童氏名,ふりがな,生年月日,保護者氏名,住所,電話番号,希望園,指数\n")
    for _ in range(8):
        parent = person()
        child = person(family=parent)
        d.row(
            [
                f"R8-{R.randint(1, 400):04d}",
                N(child.kanji(" ")),
                N(child.hira(" ")),
                (BIRTH, birth(2021, 2025, "iso_slash")),
                N(parent.kanji(" ")),
                A(address(city=False, bldg=R.random() < 0.4, style="ascii")),
                T(mobile()),
                R.choice(
                    ["若葉台第一保育園", "みなと保育園", "こすもす認定こども園", "ひかり保育所"]
                ),
                str(R.randint(60, 140)),
            ],
            ",",
        )
    return d


def d_gakudo_xlsx() -> Doc:
    d = Doc("xlsx_paste")
    d.t("令和9年度　放課後児童クラブ　入会者名簿（若葉台小）\n\n")
    d.t("No.\t学年\t児童名\tカナ\t保護者\t緊急連絡先\t備考\n")
    for i in range(1, 10):
        parent = person()
        child = person(family=parent)
        cells = [
            str(i),
            str(R.randint(1, 4)),
            N(child.kanji("")),
            N(child.kana(" ")),
            N(parent.kanji("")),
            T(mobile()) if R.random() < 0.85 else "",
            R.choice(["", "", "", "アレルギー（卵）", "兄弟入会", "土曜利用なし", ""]),
        ]
        d.row(cells, "\t")
    return d.t("\t\t\t\t\t\t\n")


def d_hoiku_parent_mail() -> Doc:
    d = Doc("email_thread")
    parent = person(female=True)
    kid = person(family=parent)
    d.t("件名：保育所入所の内定について（ご連絡）\n\n")
    d.e(PERSON, parent.kanji(" ")).t(" 様\n\nいつもお世話になっております。")
    d.e(PERSON, kid.mei).t("ちゃんの入所が、令和9年4月1日付けで内定しました。\n")
    d.t("入所前面談を 2月10日 14:00 に実施します。持ち物：母子健康手帳、印鑑\n")
    d.t("ご不明な点は保育課の共有アドレス hoiku@", OFFICE_DOMAIN, " までお寄せください。\n")
    sig(d, "こども未来部 保育課")
    d.t("\n-----Original Message-----\nFrom: ").e(PERSON, parent.kanji(" ")).t(" <").e(
        EMAIL, email(parent)
    ).t(">\n")
    d.t("> 下の子（").e(PERSON, kid.mei).t("、").e(BIRTH, birth(2024, 2025, "ymd")).t(
        "生）の入所結果はいつ頃わかりますか。\n"
    )
    d.t("> 勤務先：株式会社若葉台ケアサービス（代表 047-711-5500）\n> 携帯：").e(
        PHONE, mobile("plain")
    )
    return d.t("\n")


# ---------------------------------------------------------------- 生活保護・障害福祉
def d_seiho_case() -> Doc:
    d = Doc("case_note")
    head = person(female=False)
    son = person(family=head, female=False)
    cw, _ = staff()
    d.t(f"ケース番号 {R.randint(1, 9)}-{digits(4)}　生活保護　訪問記録（定期）\n")
    d.t(f"訪問日：令和8年10月{R.randint(1, 28)}日　担当CW：").e(PERSON, cw.sei).t(" 主事\n\n")
    d.t("世帯主 ").e(PERSON, head.kanji("")).t("（").e(BIRTH, birth(1950, 1962, "abbr")).t("生）\n")
    d.t("住所 ").e(ADDRESS, address(city=False, bldg=True)).t("\n\n")
    d.t("・長男 ").e(PERSON, son.mei).t(" は市外で就労（月収約18万円）。扶養照会の回答は未着。\n")
    d.t("・かかりつけ：若葉台中央病院 内科（医療券 毎月発行）。\n")
    d.t("・保護費の振込先を変更：").t("ゆうちょ銀行 記号 ")
    k, n = yucho()
    d.e(BANK, k).t(" 番号 ").e(BANK, n).t("\n")
    d.t("・本人の携帯 ").e(PHONE, mobile()).t(" は料金未納で停止中。次回は")
    d.e(PERSON, head.sei).t("さんの妹（").e(PERSON, person(female=True).kanji("")).t("、")
    d.e(PHONE, landline()).t("）経由で連絡。\n・次回訪問予定：3か月後（格付 C）\n")
    return d


def d_shogai_note() -> Doc:
    d = Doc("case_note")
    p = person()
    mother = person(family=p, female=True)
    sw = person()
    d.t("障害福祉サービス　相談記録\n")
    d.t("相談日：2026/11/04　対応：障がい福祉課 ").e(PERSON, sw.kanji("")).t("\n")
    d.t("本人：").e(PERSON, p.kanji(" ")).t("（").e(PERSON, p.hkana()).t("）　")
    d.e(BIRTH, birth(1985, 2005, "iso")).t("生　療育手帳 B1\n")
    d.t("同席：母 ").e(PERSON, mother.mei).t("さん\n")
    d.t("内容：就労継続支援B型（社会福祉法人みどり会 ワークセンター若葉、事業所番号 12")
    d.t(digits(8), "）の利用を希望。通所は送迎あり。\n")
    d.t("計画相談：相談支援事業所あおば（相談支援専門員 ").e(PERSON, person().kanji("")).t(
        " 氏）に依頼済み。\n"
    )
    d.t("連絡先：母の携帯 ").e(PHONE, mobile("paren")).t("、自宅 ").e(PHONE, landline("paren")).t(
        "\n"
    )
    return d.t("支給決定予定：12月1日　区分認定調査は不要（区分3で有効期間内）\n")


# ---------------------------------------------------------------- 介護・国保・後期・年金
def d_kaigo_chosahyo() -> Doc:
    d = Doc("form_label_value")
    p = person()
    fam = person(female=True)
    d.t("認定調査票（概況調査）\n")
    d.t("保険者番号：12", digits(4), "\n被保険者番号：").e(INSURANCE, kaigo_no()).t("\n")
    d.t("ﾌﾘｶﾞﾅ：").e(PERSON, p.hkana()).t("\n氏名：").e(PERSON, p.kanji("　")).t("　　性別：")
    d.t("女" if p.female else "男", "\n生年月日：").e(
        BIRTH, birth(1928, 1950, R.choice(["kanji", "wareki"]))
    )
    d.t(f"（{R.randint(76, 97)}歳）\n現住所：").e(
        ADDRESS, address(city=True, kind=R.choice(["aza", "banchi"]))
    )
    d.t("\n電話：").e(PHONE, landline()).t("\n")
    d.t("家族等連絡先：").e(PERSON, fam.kanji("")).t("（長女）　").e(
        ADDRESS, address(pref=True, bldg=True)
    )
    d.t("　").e(PHONE, mobile()).t("\n")
    d.t(
        "調査実施日：令和8年11月12日　実施場所：自宅内\n調査員：居宅介護支援事業所ひだまり（事業所番号 12"
    )
    d.t(digits(8), "）介護支援専門員 ").e(PERSON, person().kanji("　")).t("\n")
    return d.t("前回認定：要介護1（有効期間 令和7年12月1日～令和8年11月30日）\n")


def d_kaigo_markdown() -> Doc:
    d = Doc("markdown_table")
    d.t("## 要介護認定 審査会資料（第24合議体・12月分）\n\n")
    d.t("| 整理No | 被保険者番号 | 氏名 | 生年月日 | 住所 | 一次判定 | 前回 |\n")
    d.t("|---|---|---|---|---|---|---|\n")
    for i in range(1, 9):
        p = person()
        d.t("| ").row(
            [
                f"{i:03d}",
                (INSURANCE, kaigo_no()),
                N(p.kanji(" ")),
                (BIRTH, birth(1925, 1955, "abbr")),
                A(address(city=False, bldg=False)),
                R.choice(["要支援2", "要介護1", "要介護2", "要介護3", "非該当"]),
                R.choice(["要支援1", "要介護1", "新規", "要介護2"]),
            ],
            " | ",
            end=" |\n",
        )
    return d.t("\n※ 審査会後、結果通知は12月20日発送予定。\n")


def d_kokuho_docx() -> Doc:
    d = Doc("docx_table")
    head = person(female=False)
    d.t("国民健康保険　資格取得届（世帯）\n")
    d.row(["記号・番号"], "")
    d.e(INSURANCE, f"{R.randint(10, 99)}・{digits(6)}").t("\n")
    d.row(
        [
            "世帯主氏名",
            N(head.kanji()),
            "個人番号",
            (MYNUMBER, my_number("plain")),
            "住所",
            A(address(city=True, bldg=True)),
            "電話",
            T(any_phone()),
        ],
        "\n",
    )
    d.row(["続柄", "氏名", "生年月日", "取得事由"], "\n")
    members = [
        (head, "世帯主"),
        (person(family=head, female=True), "妻"),
        (person(family=head), "子"),
    ]
    for m, rel in members:
        d.row(
            [
                rel,
                N(m.kanji()),
                (BIRTH, birth(1970, 2020, R.choice(["wareki", "abbr"]))),
                R.choice(["社保離脱", "転入"]),
            ],
            "\n",
        )
    return d.t("資格取得日\n令和8年10月1日\n")


def d_kouki_fixed() -> Doc:
    d = Doc("fixed_width")
    d.t("後期高齢者医療保険料　滞納者一覧　　　　　　　　　作成日 2026/11/30  頁 1\n")
    widths = [10, 18, 12, 44, 10]
    d.fixed(["被保番号", "ｶﾅ氏名", "生年月日", "住所", "滞納額"], widths)
    d.t("-" * 96 + "\n")
    for _ in range(7):
        p = person()
        d.fixed(
            [
                (INSURANCE, kouki_no()),
                N(p.hkana()),
                (BIRTH, birth(1930, 1950, "abbr")),
                A(
                    address(
                        city=False,
                        bldg=False,
                        style="ascii",
                        kind=R.choice(["chome", "hyphen", "banchi"]),
                    )
                ),
                f"{R.randint(3, 180) * 1000:>9,}",
            ],
            widths,
        )
    return d.t("合計 7件\n")


def d_nenkin_menjo() -> Doc:
    d = Doc("form_label_value")
    p = person()
    sp = person(family=p, female=not p.female)
    d.t("国民年金保険料免除・納付猶予申請書（写し）\n")
    d.t("基礎年金番号 ").e(PENSION, pension()).t("\n")
    d.t("個人番号 ").e(MYNUMBER, my_number("hyphen")).t("\n")
    d.t("氏名（フリガナ） ").e(PERSON, p.kana()).t("\n氏名 ").e(PERSON, p.kanji()).t("\n")
    d.t("生年月日 ").e(BIRTH, birth(1970, 2004, "fw")).t("\n")
    d.t("住所 〒").e(POSTAL, postal()).t(" ").e(ADDRESS, address(city=True, style="fw")).t("\n")
    d.t("配偶者 氏名 ").e(PERSON, sp.kanji()).t("　基礎年金番号 ").e(PENSION, pension("plain")).t(
        "\n"
    )
    d.t("申請期間 令和8年7月～令和9年6月　　申請理由 失業（離職日 令和8年3月31日）\n")
    return d.t("受付：保険年金課 国民年金係　（年金事務所への進達 令和8年11月20日）\n")


def d_nenkin_tsv_noheader() -> Doc:
    d = Doc("tsv_no_header")
    d.t("# 障害基礎年金 受給者一覧（抽出）\n")
    for _ in range(9):
        p = person()
        d.row(
            [
                N(p.kanji(" ")),
                (PENSION, pension(R.choice(["hyphen", "plain", "space"]))),
                (BIRTH, birth(1960, 2003, "iso_slash")),
                R.choice(["1級", "2級"]),
                f"{R.randint(80, 110)},{R.randint(100, 999)}",
            ],
            "\t",
        )
    return d


def d_kokuho_mail() -> Doc:
    d = Doc("email_thread")
    p = person()
    k, n = str(R.randint(1, 99)), digits(6)
    d.t(
        "Subject: 保険証の再発行\n\n保険年金課 ご担当者様\n\n国民健康保険の保険証を紛失しました。\n"
    )
    d.t("記号 ").e(INSURANCE, k).t(" 番号 ").e(INSURANCE, n).t(" の ").e(PERSON, p.kanji("")).t(
        " です。\n"
    )
    d.t("資格確認書を郵送していただけますか。住所は ").e(ADDRESS, address(bldg=True)).t(" です。\n")
    d.t("生年月日：").e(BIRTH, birth(1960, 1995, "iso_slash")).t("\n").e(PHONE, mobile("fw")).t(
        "\n\n"
    )
    d.t("> 保険年金課です。再交付には本人確認が必要です。\n> 電子申請でも受け付けています。\n")
    d.t("> 問合せ先：kokuho@", OFFICE_DOMAIN, "（課の共通アドレス）／ ", OFFICE_TEL, "\n")
    return d


def d_shakai_hoken_row() -> Doc:
    d = Doc("csv_quoted_shuffled")
    d.t('"ﾋﾎｹﾝｼｬﾒｲ","ﾊﾞﾝｺﾞｳ","ｷｺﾞｳ","ｼﾒｲ","ｾｲﾈﾝｶﾞｯﾋﾟ","ｼｶｸｼｭﾄｸﾋﾞ"\n')
    for _ in range(7):
        p = person()
        d.row(
            [
                R.choice(
                    [
                        "全国健康保険協会千葉支部",
                        "若葉台市国民健康保険",
                        "関東ITソフトウェア健康保険組合",
                    ]
                ),
                (INSURANCE, str(R.randint(1, 99))),
                (INSURANCE, digits(7)),
                N(p.hkana()),
                (BIRTH, birth(1955, 2010, "iso")),
                f"2026-{R.randint(1, 11):02d}-01",
            ],
            ",",
            quote=True,
        )
    return d


def d_kaigo_jigyosho_distractor() -> Doc:
    d = Doc("csv_header")
    d.t("事業所番号,事業所名,サービス種類,所在地,電話番号,管理者\n")
    for _ in range(5):
        d.row(
            [
                "12" + digits(8),
                R.choice(
                    [
                        "デイサービスさくら",
                        "訪問介護ひまわり",
                        "グループホームあおぞら",
                        "小規模多機能ホームわかば",
                        "居宅介護支援センター若葉",
                    ]
                ),
                R.choice(["通所介護", "訪問介護", "認知症対応型共同生活介護", "居宅介護支援"]),
                f"{OFFICE}{R.choice(TOWN)}{R.randint(1, 9)}-{R.randint(1, 30)}-{R.randint(1, 20)}",
                f"047-7{digits(2)}-{digits(4)}",
                N(person().kanji(" ")),
            ],
            ",",
        )
    d.t("# 事業所の所在地・代表電話は公表情報（介護サービス情報公表システム）\n")
    return d


# ---------------------------------------------------------------- 手当
def d_jido_fuyo() -> Doc:
    d = Doc("notes_bullets")
    mom = person(female=True)
    kids = [person(family=mom) for _ in range(R.randint(2, 3))]
    d.t("児童扶養手当 現況届 聞き取りメモ\n")
    d.t("- 受給者：").e(PERSON, mom.kanji(" ")).t("（").e(BIRTH, birth(1982, 1998, "abbr_slash")).t(
        "）\n"
    )
    d.t("- 対象児童：")
    for i, k in enumerate(kids):
        if i:
            d.t("、")
        d.e(PERSON, k.mei).t(f"（{R.randint(3, 17)}歳）")
    d.t("\n- 元夫 ").e(PERSON, person(female=False).kanji("")).t(
        " からの養育費：月3万円（公正証書あり）\n"
    )
    d.t("- 同居の祖母 ").e(PERSON, person(female=True, family=mom).mei).t(
        " さんの年金収入 年額 78万円\n"
    )
    k, n = yucho()
    d.t("- 振込口座：ゆうちょ ").e(BANK, f"{k}-{n}").t("\n")
    d.t("- 連絡先：").e(PHONE, mobile()).t(" / ").e(EMAIL, email(mom)).t("\n")
    return d.t("- 支給区分：一部支給（所得制限限度額内）。児童扶養手当法施行令第2条の4 確認済\n")


def d_jido_fuyo_en() -> Doc:
    d = Doc("english_letter")
    kata, full, child = R.choice(
        [
            ("ダラクルス・マリア・クリスティーナ", "Maria Cristina Dela Cruz", "Joshua Dela Cruz"),
            ("レイエス ジョセフ", "Joseph Reyes", "Angelo Reyes"),
        ]
    )
    d.t("Dear Child Welfare Section,\n\nMy name is ").e(PERSON, full).t(
        ". I receive the Child Rearing Allowance for my son "
    )
    d.e(PERSON, child).t(", born ").e(BIRTH, birth(2012, 2020, "en_mdy")).t(".\n")
    d.t("I moved on 1 November. My new address is ").e(ADDRESS, en_address()).t(" ").e(
        POSTAL, postal()
    )
    d.t(
        ".\nPlease send the forms there. My bank account has also changed: Chiba Bank, Wakabadai branch,\n"
    )
    d.t("ordinary account no. ").e(BANK, account()).t(".\nYou can reach me at ").e(
        PHONE, mobile("intl_space")
    )
    d.t(" (LINE too).\n\nThank you,\n").e(PERSON, kata).t("\n")
    return d


# ---------------------------------------------------------------- 防災
def d_bousai_markdown() -> Doc:
    d = Doc("markdown_table")
    d.t("### 避難行動要支援者名簿（第3自治会・抜粋）\n\n")
    d.t(
        "| 氏名 | 年齢 | 住所 | 電話 | 支援区分 | 避難支援等関係者 |\n| :-- | --: | :-- | :-- | :-- | :-- |\n"
    )
    for _ in range(8):
        p = person()
        helper = person()
        d.t("| ").row(
            [
                N(p.kanji(" ")),
                f"{R.randint(70, 99)}",
                A(address(city=False, bldg=R.random() < 0.3)),
                T(landline()) if R.random() < 0.8 else "—",
                R.choice(["要介護3", "身体障害1級", "独居高齢", "視覚障害", "人工透析"]),
                N(helper.kanji(" ")) if R.random() < 0.7 else "民生委員",
            ],
            " | ",
            end=" |\n",
        )
    return d.t("\n取扱注意：平常時の提供は同意者のみ（災害対策基本法第49条の11）\n")


# ---------------------------------------------------------------- 選挙
def d_senkyo_noheader() -> Doc:
    d = Doc("csv_no_header")
    for _ in range(10):
        p = person()
        d.row(
            [
                f"{R.randint(1, 23):02d}",
                f"W{digits(5)}",
                N(p.kanji("")),
                N(p.hkana("")),
                R.choice(["税務課", "市民課", "福祉総務課", "会計課", "下水道課"]),
                R.choice(["投票管理者", "庶務", "受付", "名簿対照", "交付"]),
                T(mobile()),
            ],
            ",",
        )
    return d


def d_senkyo_chat() -> Doc:
    d = Doc("chat")
    a, b = person(), person()
    d.e(PERSON, f"{a.sei_kana} {a.mei_kana}").t("\n").t(
        "第5投票所の名簿対照、欠員が出ました。代わりに入れる人いますか\n\n"
    )
    d.t("選管 ").e(PERSON, b.kanji(" ")).t("\n")
    c = person()
    d.e(PERSON, c.sei).t("係長にお願いしました。携帯 ").e(PHONE, mobile()).t(" です。\n")
    d.t("7:00 集合、期日前は 8:30～20:00 です\n")
    return d


# ---------------------------------------------------------------- 議会
def d_gikai_minutes() -> Doc:
    d = Doc("minutes")
    chair, q, mayor, dept = person(), person(), person(False), person()
    d.t("令和8年第4回若葉台市議会定例会　会議録（第3号）\n\n")
    d.t("○議長（").e(PERSON, chair.kanji("")).t("君）　日程第1、一般質問を行います。")
    d.e(PERSON, q.kanji("")).t("議員。\n\n")
    d.t("○").e(PERSON, q.kanji("")).t("議員　おはようございます。会派みらいの")
    d.e(PERSON, q.sei).t("です。避難所の運営について伺います。先日、")
    resident = person()
    d.e(PERSON, resident.sei).t(
        "さんという地域の方から、第二小学校体育館の段ボールベッドが足りないというお話を伺いました。\n\n"
    )
    d.t("○議長（").e(PERSON, chair.sei).t("君）　市長。\n\n○市長（").e(PERSON, mayor.kanji("")).t(
        "君）　"
    )
    d.t(
        "お答えします。備蓄計画は令和7年度に改定し、段ボールベッドは1,200台を確保しております。\n\n"
    )
    d.t("○危機管理監（").e(PERSON, dept.kanji("")).t(
        "君）　補足いたします。若葉台市地域防災計画第3章第2節のとおり……\n"
    )
    return d.t("\n（午前11時42分休憩）\n")


def d_chinjo() -> Doc:
    d = Doc("letter")
    rep = person()
    d.t("陳　情　書\n\n令和8年11月25日\n\n若葉台市議会議長　様\n\n")
    d.t("陳情者\n住所　").e(ADDRESS, address(city=True, style="kanji", kind="chome")).t("\n")
    d.t("若葉台五丁目自治会　会長　").e(PERSON, rep.kanji("　")).t("\n電話　").e(
        PHONE, landline("paren")
    ).t("\n\n")
    d.t("件名　市道五丁目3号線への横断歩道設置について\n\n趣旨\n")
    d.t(
        "通学路である市道五丁目3号線は、朝の交通量が多く……（中略）……署名 1,284筆を添えて陳情いたします。\n\n"
    )
    d.t("連署人\n")
    for _ in range(4):
        p = person()
        d.e(PERSON, p.kanji("　")).t("　").e(
            ADDRESS, address(city=False, style="kanji", kind="chome")
        ).t("\n")
    return d


# ---------------------------------------------------------------- 苦情
def d_kujo_record() -> Doc:
    d = Doc("form_label_value")
    p = person()
    neighbor = person()
    clerk, direct = staff()
    d.t("苦情・要望受付票\n")
    d.t(
        f"受付番号：苦-{R.randint(2026, 2026)}-{R.randint(100, 999)}\n受付日時：2026年11月{R.randint(1, 28)}日 15:40\n"
    )
    d.t("受付方法：電話\n申出者：").e(PERSON, p.sei).t(
        " 様（匿名希望、氏名は折り返しのため聴取）\n"
    )
    d.t("連絡先：").e(PHONE, any_phone()).t("\n")
    d.t("内容：隣家（").e(ADDRESS, address(city=False, kind="hyphen")).t("、").e(
        PERSON, neighbor.sei
    )
    d.t(" 方）の庭木が道路にはみ出し、通学の妨げになっている。以前にも市に伝えたが改善されない。\n")
    d.t("対応：道路管理課へ回付。現地確認は ").e(PERSON, clerk.sei).t(
        " 主任（内線 ", str(R.randint(3000, 3999))
    )
    d.t("、直通 ").e(PHONE, direct).t("）。\n")
    return d.t("回答期限：12月5日\n")


def d_kujo_mail() -> Doc:
    d = Doc("email_thread")
    p = person()
    d.t("件名：Re: Re: ゴミ集積所の件\n\n").e(PERSON, p.sei).t("様\n\n")
    d.t("環境課です。集積所の移設は自治会の同意が必要なため、班長さんとご相談ください。\n")
    sig(d, "環境部 環境課")
    d.t("\n>> 何度も言っていますが、").e(ADDRESS, address(city=False, bldg=True)).t(
        "の前の集積所のカラスが酷い。\n"
    )
    d.t(">> 班長の").e(PERSON, person().kanji("")).t("さんは取り合ってくれません。\n")
    d.t(">> ").e(PERSON, p.kanji("")).t("\n>> ").e(EMAIL, email(p)).t("\n>> TEL ").e(
        PHONE, mobile()
    )
    return d.t("\n")


# ---------------------------------------------------------------- 職員
def d_duty_roster() -> Doc:
    d = Doc("xlsx_paste")
    d.t("12月 休日窓口当番表\t\t\t\t\n日付\t曜日\t市民課\t保険年金課\t連絡先（携帯）\n")
    for day in range(6, 28, 3):
        a, b = person(), person()
        d.row(
            [
                f"12/{day}",
                R.choice(["土", "日"]),
                N(a.sei),
                N(b.kanji("")),
                T(mobile()) if R.random() < 0.8 else "",
            ],
            "\t",
        )
    d.t("\t\t\t\t\n※ 当番者は8:30に庁舎通用口で警備員から鍵を受領\n")
    return d


def d_jinji_memo() -> Doc:
    d = Doc("memo")
    d.t("人事異動内示（令和9年4月1日付）　取扱注意\n\n")
    for _ in range(6):
        p = person()
        d.t(f"職員番号 {digits(6)}　").e(PERSON, p.kanji("　")).t("　")
        d.t(R.choice(["主事", "主任", "主査", "係長", "課長補佐"]), "　")
        d.t(R.choice(["税務課", "市民課", "福祉総務課", "都市計画課", "教育総務課"]), " → ")
        d.t(R.choice(["会計課", "企画政策課", "子育て支援課", "道路管理課", "議会事務局"]), "\n")
    d.t("\n備考：").e(PERSON, person().sei).t("主査は育児休業から復帰（4月1日）。")
    d.e(PERSON, person(rare=True).kanji("")).t("主事は県派遣（2年）。\n")
    return d


def d_staff_renrakumou() -> Doc:
    d = Doc("fixed_width")
    d.t("税務課　緊急連絡網（令和8年度）\n")
    widths = [8, 16, 16, 30]
    d.fixed(["順", "氏名", "携帯", "自宅"], widths)
    for i in range(1, 8):
        p = person()
        d.fixed(
            [str(i), N(p.kanji(" ")), T(mobile()), T(landline()) if R.random() < 0.5 else "なし"],
            widths,
        )
    return d.t("※ 課長は代表電話ではなく携帯に連絡\n")


# ---------------------------------------------------------------- 契約・調達
def d_procurement_mail() -> Doc:
    d = Doc("email_thread")
    rep = person()
    d.t("件名：【見積依頼】庁舎空調設備保守点検業務（令和9年度）\n\n")
    d.t("株式会社若葉設備工業\n営業部 ").e(PERSON, rep.kanji(" ")).t(" 様\n\n")
    d.t("標記業務の見積書を12月12日（金）17時までにご提出ください。仕様書を添付します。\n")
    sig(d, "総務部 契約検査課")
    d.t(
        "\n> 契約検査課 ご担当者様\n> 先日の現地説明会ではお世話になりました。弊社の担当は私と、技術担当の"
    )
    d.e(PERSON, person().sei).t("です。\n> ご質問は私の携帯（").e(PHONE, mobile()).t(
        "）まで。\n> \n"
    )
    d.t("> ――――――――――――――――\n> 株式会社若葉設備工業　営業部\n> ").e(PERSON, rep.kanji(" ")).t("\n")
    d.t(
        "> 〒279-0012 若葉台市港町2丁目8番1号（本社）\n> TEL 047-712-3300（代表）　FAX 047-712-3301\n"
    )
    d.t("> 直通 ").e(PHONE, landline()).t("\n> E-mail ").e(
        EMAIL, f"{passport_romaji(rep.sei_rom.lower())}@wakaba-setsubi.co.jp"
    )
    d.t("\n> 法人番号 ", digits(13), "\n")
    return d


def d_nyusatsu_list() -> Doc:
    d = Doc("csv_header")
    d.t("業者番号,商号,代表者職,代表者氏名,所在地,電話,法人番号,格付\n")
    for _ in range(6):
        d.row(
            [
                f"{R.randint(1000, 9999)}",
                R.choice(
                    [
                        "有限会社三浦建設",
                        "株式会社東和電工",
                        "若葉台舗装株式会社",
                        "株式会社グリーンテック",
                        "合同会社ミライ測量",
                        "株式会社北斗設計",
                    ]
                ),
                "代表取締役",
                N(person().kanji(" ")),
                f"{OFFICE}{R.choice(TOWN)}{R.randint(1, 9)}丁目{R.randint(1, 30)}番{R.randint(1, 20)}号",
                f"047-7{digits(2)}-{digits(4)}",
                digits(13),
                R.choice("ABC"),
            ],
            ",",
        )
    return d.t("# 所在地・電話は登録された本店の公表情報\n")


# ---------------------------------------------------------------- 学校・PTA
def d_pta_letter() -> Doc:
    d = Doc("letter")
    d.t("令和8年度　若葉台第二小学校PTA　役員名簿（保護者配布用）\n\n")
    for role in ["会長", "副会長", "副会長", "会計", "書記", "広報委員長"]:
        p = person()
        kid = person(family=p)
        d.t(f"{role}　").e(PERSON, p.kanji("　")).t("（").e(PERSON, kid.mei).t(
            f"{'さん' if kid.female else 'くん'}・{R.randint(1, 6)}年{R.randint(1, 3)}組）"
        )
        d.t("　").e(PHONE, mobile()).t("\n")
    d.t("\n校長　").e(PERSON, person().kanji("　")).t("\n")
    d.t("学校代表電話 047-711-4410（平日 8:00～17:00）\n")
    return d


def d_school_chat() -> Doc:
    d = Doc("chat")
    t = person()
    kids = [person() for _ in range(3)]
    d.t("【3年2組 連絡】担任の").e(PERSON, t.sei).t(
        "です。\n明日の校外学習の集合時間は8:10です。\n"
    )
    d.t("・").e(PERSON, kids[0].mei).t("さん、").e(PERSON, kids[1].mei).t("さんは水筒を忘れずに\n")
    d.t("・").e(PERSON, kids[2].kanji("")).t("さんの保護者の方：アレルギー対応食の件、")
    d.e(PHONE, mobile()).t(" に折り返しお願いします\n")
    return d


# ---------------------------------------------------------------- 英語・外国人住民
def d_en_residence_form() -> Doc:
    d = Doc("english_form")
    kata, rom = R.choice(FOREIGN[:5])
    d.t("APPLICATION FOR CERTIFICATE OF RESIDENCE (Juminhyo)\n\n")
    d.t("Full name (as in passport): ").e(PERSON, rom).t("\nName in Katakana: ").e(PERSON, kata).t(
        "\n"
    )
    d.t("Date of birth: ").e(BIRTH, birth(1985, 2003, "en_dmy")).t("\nNationality: Viet Nam\n")
    d.t("Passport No.: ").e(PASSPORT, "C" + digits(7)).t("\n")
    d.t("Address in Japan: ").e(ADDRESS, en_address()).t("\nPostal code: ").e(POSTAL, postal()).t(
        "\n"
    )
    d.t("Address in home country: ").e(
        ADDRESS, f"{R.randint(1, 200)} Nguyen Trai Street, Thanh Xuan District, Ha Noi"
    )
    d.t(" ").e(POSTAL, "100000").t(", Viet Nam\n")
    d.t("Phone: ").e(PHONE, mobile("intl")).t("\nE-mail: ").e(
        EMAIL, f"{rom.split()[-1].lower()}{digits(4)}@gmail.com"
    ).t("\n")
    d.t(
        "Employer: Wakaba Foods Co., Ltd. (tel. 047-715-0800)\nNumber of copies: 1 (fee: 300 yen)\n"
    )
    return d


def d_en_mail_brazil() -> Doc:
    d = Doc("english_email")
    kata = FOREIGN[11][0]
    sis = "FERREIRA ANA PAULA"
    d.t("From: ").e(EMAIL, f"joao.santos{digits(2)}@hotmail.com").t(
        "\nTo: international@", OFFICE_DOMAIN
    )
    d.t("\nSubject: Certificate for my sister\n\nHello,\n\nI am ").e(PERSON, "Joao Santos").t(
        ", living in Wakabadai since 2019. My sister "
    ).e(PERSON, sis.title()).t(" needs a certificate of ")
    d.t("my residence for her visa application in Brazil. Her address is ")
    d.e(
        ADDRESS,
        f"Rua Augusta, {R.randint(100, 2999)}, apto {R.randint(11, 120)}, Consolação, São Paulo - SP",
    )
    d.t(", CEP ").e(POSTAL, f"0{R.randint(1000, 9999)}-{R.randint(0, 999):03d}").t(", Brazil.\n")
    d.t("Her phone is ").e(PHONE, f"+55 11 9{digits(4)}-{digits(4)}").t(". My phone in Japan: ").e(
        PHONE, mobile()
    )
    d.t(".\nMy residence card is valid until 2029. My date of birth is ").e(
        BIRTH, birth(1980, 1995, "slash_dmy")
    )
    d.t(".\n\nObrigado,\n").e(PERSON, kata).t("\n\n> Reply from the International Affairs Desk:\n")
    d.t(
        "> Please visit us with your residence card. Office hours 8:30-17:15, tel. ",
        OFFICE_TEL,
        "\n",
    )
    return d


def d_en_intern_list() -> Doc:
    d = Doc("tsv_header")
    d.t("技能実習生 住所届出 一覧（監理団体：協同組合アジアブリッジ）\n")
    d.t("NAME\tカタカナ\tDOB\tPASSPORT\t住所\tTEL\n")
    for kata, rom in R.sample(FOREIGN[:10] + FOREIGN[16:], 7):
        d.row(
            [
                N(rom),
                N(kata),
                (BIRTH, birth(1995, 2005, R.choice(["iso", "slash_dmy", "en_dmy"]))),
                (PASSPORT, passport_no()),
                A(address(city=False, bldg=True, style="ascii")),
                T(mobile("plain")),
            ],
            "\t",
        )
    return d


def d_zh_resident() -> Doc:
    d = Doc("form_label_value")
    kata, rom = FOREIGN[R.randint(5, 9)]
    d.t("外国人住民 転居届 補足メモ（中国語通訳同席）\n")
    d.t("氏名：").e(PERSON, kata).t("（").e(PERSON, rom).t("）\n")
    d.t("生年月日：").e(BIRTH, birth(1970, 2000, "ymd")).t("\n")
    d.t("旧住所：").e(ADDRESS, address(city=False, bldg=True, kind="chome")).t("\n")
    d.t("新住所：").e(ADDRESS, address(city=False, bldg=True, kind="hyphen")).t("\n")
    d.t("中国の住所：").e(
        ADDRESS,
        f"上海市浦东新区世纪大道{R.randint(1, 999)}号{R.randint(1, 30)}楼{R.randint(101, 2505)}室",
    )
    d.t("（邮编 ").e(POSTAL, f"200{digits(3)}").t("）\n")
    d.t("中国の連絡先：").e(PHONE, f"+86 139 {digits(4)} {digits(4)}").t("\n")
    d.t("通訳：国際交流協会 ボランティア ").e(PERSON, person().kanji("")).t("\n")
    return d


# ---------------------------------------------------------------- ログ・決済
def d_access_log() -> Doc:
    d = Doc("access_log")
    d.t(
        "# e-shinsei.",
        OFFICE_DOMAIN,
        " access.log（問い合わせ調査のため抜粋、サーバ ver 2.14.3.1）\n",
    )
    for i in range(8):
        ip = ipv4()
        d.e(IP, ip).t(f' - - [03/Dec/2026:09:{10 + i * 3:02d}:{R.randint(0, 59):02d} +0900] "')
        d.t(
            R.choice(
                [
                    "GET /apply/juminhyo/form",
                    "POST /apply/juminhyo/submit",
                    "GET /status?id=R8-0" + digits(4),
                    "POST /login",
                ]
            ),
            ' HTTP/1.1" ',
            R.choice(["200", "302", "403", "500"]),
            f" {R.randint(300, 9000)}",
        )
        if R.random() < 0.4:
            p = person()
            d.t(' user="').e(EMAIL, email(p)).t('"')
        d.t("\n")
    d.e(IP, f"2001:db8:{R.randint(1, 0xFFFF):x}:{R.randint(1, 0xFFFF):x}::{R.randint(1, 0xFFF):x}")
    return d.t(' - - [03/Dec/2026:09:41:07 +0900] "GET /favicon.ico HTTP/2" 404 0\n')


def d_furusato_card() -> Doc:
    d = Doc("csv_quoted")
    d.t(
        '"申込番号","寄附者氏名","フリガナ","郵便番号","住所","電話","カード番号","有効期限","寄附額"\n'
    )
    for _ in range(6):
        p = person()
        d.row(
            [
                f"F{digits(8)}",
                N(p.kanji(" ")),
                N(p.kana(" ")),
                (POSTAL, postal()),
                A(address(pref=True, bldg=R.random() < 0.4)),
                T(any_phone()),
                (CARD, card(R.choice(["space", "hyphen", "plain"]))),
                f"{R.randint(1, 12):02d}/{R.randint(27, 31)}",
                f"{R.randint(1, 30) * 5000}",
            ],
            ",",
            quote=True,
        )
    return d


def d_facility_card_mail() -> Doc:
    d = Doc("email_thread")
    p = person()
    d.t("件名：体育館の予約と支払いについて\n\n市民体育館 予約係 様\n\n")
    d.t("12月20日の第2競技場（9:00-12:00、使用料 4,800円）を予約した ").e(PERSON, p.kanji("")).t(
        " です。\n"
    )
    d.t("オンライン決済がエラーになったので、カード番号をお送りします。\n")
    d.e(CARD, card("space", prefix="37")).t("　有効期限 08/29\n")
    d.t("団体名：若葉台バドミントンクラブ（会員 23名）\n連絡先 ").e(PHONE, mobile()).t("\n\n")
    d.t(
        "> 市民体育館です。カード番号はメールで送らないでください。お手数ですが窓口でお支払いください。\n"
    )
    return d.t("> 若葉台市民体育館　TEL 047-711-6600（受付 9:00～21:00）\n")


# ---------------------------------------------------------------- 本人確認
def d_honnin_kakunin() -> Doc:
    d = Doc("xlsx_paste")
    d.t("本人確認記録簿（11月分）\n日付\t氏名\t確認書類\t書類番号\t生年月日\t担当\n")
    for _ in range(8):
        p = person()
        kind = R.choice(["運転免許証", "運転免許証", "旅券", "マイナンバーカード", "健康保険証"])
        if kind == "運転免許証":
            num_cell = (LICENSE, license_no())
        elif kind == "旅券":
            num_cell = (PASSPORT, R.choice(["TK", "TR", "MZ", "TS"]) + digits(7))
        elif kind == "マイナンバーカード":
            num_cell = (MYNUMBER, my_number("plain"))
        else:
            num_cell = (INSURANCE, f"{digits(8)}")
        clerk = person()
        d.row(
            [
                f"11/{R.randint(1, 30)}",
                N(p.kanji(" ")),
                kind,
                num_cell,
                (BIRTH, birth(1950, 2005, "abbr")),
                N(clerk.sei),
            ],
            "\t",
        )
    return d


def d_koyousha_license() -> Doc:
    d = Doc("csv_header_kana")
    d.t("ｼｮｸｲﾝNO,ｼﾒｲ,ｼｮｿﾞｸ,ﾒﾝｷｮNO,ﾕｳｺｳｷｹﾞﾝ,ｼｭﾙｲ\n")
    for _ in range(7):
        p = person()
        d.row(
            [
                digits(6),
                N(p.hkana("")),
                R.choice(["ｾﾞｲﾑ", "ﾄﾞｳﾛ", "ｶﾝｷｮｳ", "ﾌｸｼ", "ｼﾐﾝ"]),
                (LICENSE, license_no()),
                f"R{R.randint(9, 13)}.{R.randint(1, 12)}.{R.randint(1, 28)}",
                R.choice(["普通", "中型", "準中型"]),
            ],
            ",",
        )
    return d


def d_passport_notes() -> Doc:
    d = Doc("notes_bullets")
    kata, rom = FOREIGN[R.choice([16, 17, 20, 21])]
    d.t("＊外国人住民 住民票記載修正の相談\n")
    d.t("＊氏名 ").e(PERSON, kata).t(" / ").e(PERSON, rom).t("\n")
    d.t("＊旅券番号が更新（旧 ").e(PASSPORT, passport_no()).t(" → 新 ").e(
        PASSPORT, passport_no()
    ).t("）\n")
    d.t("＊在留期間更新済み。勤務先 株式会社若葉食品 第二工場（").t("047-715-0800", "）\n")
    d.t("＊配偶者 ").e(PERSON, FOREIGN[R.choice([18, 19])][0]).t(" も同時に届出予定\n")
    d.t("＊本人携帯 ").e(PHONE, mobile()).t("\n")
    return d


# ---------------------------------------------------------------- 口座
def d_kouza_csv_kana() -> Doc:
    d = Doc("csv_header_kana")
    d.t("ｷﾝﾕｳｷｶﾝ,ｼﾃﾝ,ｼｭﾍﾞﾂ,ｺｳｻﾞ,ﾒｲｷﾞﾆﾝ,ﾉｳｾﾞｲｼｬ,ｼﾞｭｳｼｮ\n")
    for _ in range(8):
        p = person()
        payer = p if R.random() < 0.6 else person()
        d.row(
            [
                R.choice(["0001", "0134", "0005", "1281", "2305"]),
                f"{R.randint(1, 899):03d}",
                R.choice(["1", "2"]),
                (BANK, account()),
                N(p.hkana(" ")),
                N(payer.kanji(" ")),
                A(
                    address(
                        city=False, bldg=False, style="ascii", kind=R.choice(["chome", "hyphen"])
                    )
                ),
            ],
            ",",
        )
    return d


def d_kougaku_yucho() -> Doc:
    d = Doc("tsv_header")
    d.t("高額療養費 支給口座一覧（ゆうちょ分）\n")
    d.t("被保険者番号\t氏名\tカナ\t記号\t番号\t支給額\n")
    for _ in range(7):
        p = person()
        k, n = yucho()
        d.row(
            [
                (INSURANCE, kouki_no()),
                N(p.kanji(" ")),
                N(p.hkana(" ")),
                (BANK, k),
                (BANK, n),
                f"{R.randint(5, 120) * 1000 + R.randint(0, 999)}",
            ],
            "\t",
        )
    return d


def d_suido_kaisen() -> Doc:
    d = Doc("form_label_value")
    p = person()
    d.t("水道使用開始申込書\n")
    d.t("お客様番号：", digits(3), "-", digits(5), "（新規付番）\n")
    d.t("使用者名：").e(PERSON, p.kanji("")).t("\n使用場所：").e(
        ADDRESS, address(city=False, bldg=True)
    ).t("\n")
    d.t("開始日：令和8年12月3日\n連絡先：").e(PHONE, any_phone()).t("\nメール：").e(
        EMAIL, email(p)
    ).t("\n")
    d.t("口座振替：").t(
        R.choice(["京葉銀行", "りそな銀行", "若葉台農業協同組合"]),
        "　店番 ",
        f"{R.randint(1, 899):03d}",
    )
    d.t("　普通 ").e(BANK, account()).t("\n口座名義（カナ）：").e(PERSON, p.hkana(" ")).t("\n")
    d.t("水道メーター番号 M-", digits(8), "　口径 20mm\n")
    return d


# ---------------------------------------------------------------- 健診・母子・就学援助
def d_kenshin_xlsx() -> Doc:
    d = Doc("xlsx_paste")
    d.t("特定健診 未受診者 勧奨リスト\t\t\t\t\t\t\n")
    d.t("記号\t番号\t氏名\t性別\t生年月日\t電話\t勧奨日\n")
    for _ in range(8):
        p = person()
        d.row(
            [
                (INSURANCE, f"{R.randint(1, 40)}"),
                (INSURANCE, digits(6)),
                N(p.kanji("　")),
                "女" if p.female else "男",
                (BIRTH, birth(1952, 1985, "iso_slash")),
                T(landline()) if R.random() < 0.7 else "",
                R.choice(["", "11/5", "11/12", ""]),
            ],
            "\t",
        )
    return d


def d_boshi_notes() -> Doc:
    d = Doc("case_note")
    mom = person(female=True)
    d.t("母子健康手帳交付時面談\n・妊婦：").e(PERSON, mom.kanji("")).t("（").e(
        BIRTH, birth(1988, 2004, "abbr")
    ).t("）")
    d.t(f" 妊娠{R.randint(8, 14)}週、出産予定日 令和9年6月{R.randint(1, 28)}日\n")
    d.t("・パートナー：").e(PERSON, person(female=False).kanji("")).t("（未入籍、同居）\n")
    d.t("・上の子 ").e(PERSON, person(family=mom).mei).t("（2歳）は ひかり保育所 在園\n")
    d.t("・住所 ").e(ADDRESS, address(city=False, bldg=True)).t("　携帯 ").e(PHONE, mobile()).t(
        "\n"
    )
    d.t("・EPDS 9点。産後ケア事業の案内済み。担当保健師 ").e(PERSON, person(female=True).sei).t(
        "\n"
    )
    return d


def d_shugaku_docx() -> Doc:
    d = Doc("docx_table")
    p = person()
    d.t("就学援助費 受給申請書\n")
    cells = [
        "保護者氏名",
        N(p.kanji()),
        "フリガナ",
        N(p.kana()),
        "住所",
        A(address(city=True, bldg=R.random() < 0.5)),
        "電話",
        T(any_phone()),
        "児童生徒氏名",
        "学校名",
        "学年",
    ]
    for _ in range(2):
        k = person(family=p)
        cells += [
            N(k.kanji()),
            R.choice(["若葉台第一小学校", "若葉台中学校", "港小学校"]),
            f"{R.randint(1, 6)}年",
        ]
    cells += [
        "振込先",
        "千葉銀行 若葉台支店 普通",
        (BANK, account()),
        "申請理由",
        "児童扶養手当受給",
    ]
    for c in cells:
        d.row([c], "")
    return d


def d_sosaihi() -> Doc:
    d = Doc("form_label_value")
    dead = person()
    app = person(family=dead)
    d.t("後期高齢者医療 葬祭費支給申請書\n")
    d.t("亡くなられた方\n　被保険者番号 ").e(INSURANCE, kouki_no()).t("\n　氏名 ").e(
        PERSON, dead.kanji(" ")
    )
    d.t("\n　生年月日 ").e(BIRTH, birth(1925, 1945, "kanji")).t("\n　死亡年月日 令和8年10月").t(
        str(R.randint(1, 28)), "日\n"
    )
    d.t("申請者（喪主）\n　氏名 ").e(PERSON, app.kanji(" ")).t("（続柄 長男）\n　住所 ")
    d.e(ADDRESS, address(pref=True, bldg=True)).t("\n　電話 ").e(PHONE, mobile("paren")).t("\n")
    d.t("振込先 ").t("若葉台信用金庫 本店 普通 ").e(BANK, account()).t(" 名義 ").e(
        PERSON, app.hkana()
    )
    return d.t("\n葬祭費 50,000円（若葉台市後期高齢者医療に関する条例第3条）\n")


def d_shogai_techo_docx() -> Doc:
    d = Doc("docx_table")
    p = person()
    d.t("身体障害者手帳 交付申請書\n")
    cells = [
        "氏名",
        N(p.kanji("")),
        "ふりがな",
        N(p.hira("")),
        "生年月日",
        (BIRTH, birth(1940, 2010, R.choice(["wareki", "kanji"]))),
        "個人番号",
        (MYNUMBER, my_number("space")),
        "居住地",
        A(address(city=True, kind="aza")),
        "電話番号",
        T(landline("fw")),
        "障害名",
        "両感音性難聴",
        "指定医",
        "若葉台中央病院 耳鼻咽喉科 ",
        N(person().kanji(" ")),
        "等級",
        "4級",
    ]
    for c in cells:
        d.row([c], "")
    return d


# ---------------------------------------------------------------- 住宅・空き家・敬老
def d_kouei_fixed() -> Doc:
    d = Doc("fixed_width")
    d.t("市営住宅 入居者台帳（旭ケ丘団地）                      出力 R08.12.01\n")
    widths = [8, 18, 20, 12, 14]
    d.fixed(["棟-室", "名義人", "同居者", "生年月日", "電話"], widths)
    for _ in range(7):
        p = person()
        mate = person(family=p)
        d.fixed(
            [
                f"{R.randint(1, 6)}-{R.choice([101, 102, 201, 202, 301, 302, 401])}",
                N(p.kanji(" ")),
                N(mate.mei) if R.random() < 0.7 else "なし",
                (BIRTH, birth(1940, 1995, "abbr")),
                T(mobile("plain") if R.random() < 0.5 else landline("plain")),
            ],
            widths,
        )
    return d.t("家賃滞納：2件（別紙）\n")


def d_akiya_heirs() -> Doc:
    d = Doc("memo")
    owner = person()
    d.t("空き家等 所有者調査結果（特定空家等候補 No.", str(R.randint(10, 99)), "）\n\n")
    d.t("所在地：").e(ADDRESS, address(city=False, kind="aza")).t("\n登記名義人：").e(
        PERSON, owner.kanji("　")
    )
    d.t("（平成29年死亡）\n法定相続人（戸籍・住民票で確認）：\n")
    for rel in ["妻", "長男", "長女", "二男"]:
        h = person(family=owner if rel != "長女" else None, female=rel in ("妻", "長女"))
        d.t(f"　{rel}　").e(PERSON, h.kanji("　")).t("　")
        if R.random() < 0.5:
            d.e(POSTAL, postal()).t(" ")
        d.e(ADDRESS, address(pref=True, bldg=R.random() < 0.4)).t("\n")
    d.t("\n次の対応：空家等対策の推進に関する特別措置法第9条に基づく照会文書を発送（担当 ")
    return d.e(PERSON, person().sei).t("）\n")


def d_keirou_rare() -> Doc:
    d = Doc("csv_header")
    d.t("No,地区,氏名,フリガナ,生年月日,年齢,祝金\n")
    for i in range(1, 9):
        p = person(rare=i % 2 == 1)
        d.row(
            [
                str(i),
                R.choice(["東地区", "西地区", "港地区", "北部"]),
                N(p.kanji(" ")),
                N(p.kana(" ")),
                (BIRTH, birth(1925, 1927, R.choice(["wareki", "kanji"]))),
                str(R.randint(99, 101)),
                "30000",
            ],
            ",",
        )
    return d


def d_rare_minutes() -> Doc:
    d = Doc("minutes")
    a, b, c = person(rare=True), person(rare=True), person(rare=True)
    d.t(
        "地域福祉推進会議　議事要旨\n日時：令和8年11月18日 14:00～15:30　会場：市役所本庁舎 第3会議室\n"
    )
    d.t("出席者：").e(PERSON, a.kanji("")).t("委員長、").e(PERSON, b.sei).t("委員、").e(
        PERSON, c.kanji(" ")
    )
    d.t("委員、").e(PERSON, person().sei).t("（事務局）\n\n")
    d.t("1. 民生委員の欠員について\n　").e(PERSON, b.sei).t(
        "委員より、四月一日付の改選で欠員が3名出ているとの報告。\n"
    )
    d.t("2. 見守り訪問\n　").e(PERSON, a.sei).t("委員長から、").e(PERSON, person().kanji("")).t(
        "さん（独居）の件は"
    )
    d.t("十日以内に地域包括支援センターへつなぐ旨、確認。\n")
    return d.t("次回：1月20日（火）\n")


# ---------------------------------------------------------------- 年金・後期 問い合わせ
def d_nenkin_chat() -> Doc:
    d = Doc("chat")
    p = person()
    d.t("［相談チャット 14:21］\n住民：年金の免除申請の結果を知りたいです。基礎年金番号は ")
    d.e(PENSION, pension(R.choice(["space", "fw"]))).t(" です\n")
    d.t("職員：ありがとうございます。ご本人確認のため、お名前と生年月日をお願いします\n")
    d.t("住民：").e(PERSON, p.kanji("")).t("、").e(BIRTH, birth(1990, 2004, "iso_slash")).t(
        "です\n"
    )
    d.t("職員：結果は日本年金機構からはがきで届きます（申請から約2か月）\n")
    return d


def d_en_address_list() -> Doc:
    d = Doc("english_form")
    d.t("Attendee list - Multilingual disaster drill, 8 Dec 2026\n")
    for _ in range(5):
        _, rom = R.choice(FOREIGN)
        parts = rom.split()
        name = f"{parts[-1].title()} {' '.join(parts[:-1])}" if R.random() < 0.5 else rom
        d.t("- ").e(PERSON, name).t(", ").e(ADDRESS, en_address(sapporo=R.random() < 0.4)).t(
            ", tel "
        )
        d.e(PHONE, mobile(R.choice(["intl", "hyphen"]))).t("\n")
    d.t("Venue: Wakabadai Civic Center, 1-1-1 Chuo, Wakabadai-shi (main tel. ", OFFICE_TEL, ")\n")
    return d


# ---------------------------------------------------------------- 追加: 番号を多く含む帳票
def d_mynumber_nencho() -> Doc:
    d = Doc("csv_header")
    d.t("# 会計年度任用職員 年末調整 扶養控除等申告 取込データ\n")
    d.t("職員番号,氏名,個人番号,生年月日,配偶者氏名,配偶者個人番号,扶養親族数\n")
    for _ in range(6):
        p = person()
        sp = person(family=p, female=not p.female)
        d.row(
            [
                digits(6),
                N(p.kanji(" ")),
                (MYNUMBER, my_number(R.choice(["plain", "plain", "hyphen"]))),
                (BIRTH, birth(1955, 2000, "iso")),
                N(sp.kanji(" ")) if R.random() < 0.7 else "",
                "",
                str(R.randint(0, 3)),
            ],
            ",",
        )
    d.t("# 配偶者個人番号は別途 紙で収集（未入力）\n")
    return d


def d_accident_report() -> Doc:
    d = Doc("form_label_value")
    drv = person()
    other = person()
    d.t(
        "公用車 交通事故報告書\n発生日時：令和8年11月27日 16:20頃\n発生場所：市道中央2号線 若葉台駅東口交差点付近\n\n"
    )
    d.t("【当方】運転者：").e(PERSON, drv.kanji(" ")).t("（道路管理課 主事）\n")
    d.t("　免許証番号：第").e(LICENSE, license_no()).t(
        "号\n　車両：若葉台市 公用車 No.14（千葉 300 さ 12-34）\n\n"
    )
    d.t("【相手方】氏名：").e(PERSON, other.kanji(" ")).t("\n　住所：").e(
        ADDRESS, address(pref=True, bldg=R.random() < 0.5)
    )
    d.t("\n　電話：").e(PHONE, mobile()).t("\n　免許証番号：").e(LICENSE, fw(license_no())).t("\n")
    d.t("　生年月日：").e(BIRTH, birth(1960, 2004, "abbr")).t(
        "\n　任意保険：あおば損害保険（証券番号 AB-", digits(9), "）\n\n"
    )
    return d.t(
        "損害：当方車両 左前バンパー擦過、相手方車両 右後部ドア凹み。負傷者なし。若葉台警察署へ届出済み。\n"
    )


def d_nenkin_kyufukin_md() -> Doc:
    d = Doc("markdown_table")
    d.t("年金生活者支援給付金　請求書 未提出者（12/1 時点）\n\n")
    d.t("|基礎年金番号|氏名|カナ|生年月日|住所|\n|---|---|---|---|---|\n")
    for _ in range(7):
        p = person()
        d.t("|").row(
            [
                (PENSION, pension(R.choice(["hyphen", "plain"]))),
                N(p.kanji("")),
                N(p.hkana("")),
                (BIRTH, birth(1935, 1960, R.choice(["abbr", "wareki"]))),
                A(address(city=False, bldg=R.random() < 0.3)),
            ],
            "|",
            end="|\n",
        )
    return d


def d_label_sheet() -> Doc:
    d = Doc("letter")
    d.t("宛名ラベル（介護保険料 還付通知 再送分）\n\n")
    for i in range(6):
        p = person()
        d.t("〒").e(POSTAL, fw(postal()) if i in (1, 4) else postal()).t("\n")
        d.e(ADDRESS, address(bldg=R.random() < 0.5)).t("\n")
        d.e(PERSON, p.kanji("　")).t("　様\n")
        d.t(f"（整理番号 {R.randint(1, 9)}-{digits(5)}）\n\n")
    return d


def d_bousai_mail_tsv() -> Doc:
    d = Doc("tsv_no_header")
    d.t("# わかば防災メール 登録解除依頼（配信エラー5回以上）\n")
    for _ in range(8):
        p = person()
        d.row(
            [
                f"2026-11-{R.randint(1, 30):02d}",
                (EMAIL, email(p)),
                N(p.kanji("")) if R.random() < 0.6 else "",
                R.choice(["550 User unknown", "552 Mailbox full", "550 5.1.1 No such user"]),
            ],
            "\t",
        )
    return d


def d_incident_chat() -> Doc:
    d = Doc("chat")
    a, b, c = person(), person(), person()
    ips = [ipv4() for _ in range(3)]
    d.e(PERSON, a.sei).t("（情報政策課）: 電子申請のログイン失敗が急増しています。送信元は ").e(
        IP, ips[0]
    )
    d.t(" と ").e(IP, ips[1]).t(" の2件\n")
    d.e(PERSON, b.sei).t("（情報政策課）: 1件は市民の方でした。").e(PERSON, c.kanji("")).t(
        " さん（"
    )
    d.e(EMAIL, email(c)).t("）がパスワードを忘れて連打しただけ\n")
    d.e(PERSON, a.sei).t("（情報政策課）: もう1件は海外 ").e(IP, ips[2]).t(
        " からなので WAF でブロックします。"
    )
    d.t("庁内FW（10.20.0.0/16）は影響なし\n")
    return d


def d_shomei_payment_log() -> Doc:
    d = Doc("fixed_width")
    d.t("証明書オンライン申請 決済エラー一覧\n")
    widths = [12, 18, 24, 8, 10]
    d.fixed(["申請番号", "申請者", "カード番号", "金額", "エラー"], widths)
    for i in range(5):
        d.fixed(
            [
                f"OL{digits(7)}",
                N(person().kanji(" ")),
                (CARD, card(R.choice(["plain", "space"]), prefix="37" if i == 2 else None)),
                R.choice(["300", "450", "750"]),
                R.choice(["E-021", "E-104", "E-300"]),
            ],
            widths,
        )
    return d.t("※ カード会社への照会は決済代行業者（株式会社ペイテック）経由\n")


def d_en_certificate() -> Doc:
    d = Doc("english_form")
    p = person()
    sp = person(family=p, female=not p.female)
    kid = person(family=p)
    d.t(
        "REQUEST FOR ENGLISH TRANSLATION OF RESIDENCE CERTIFICATE\n(for use at the Embassy of Canada)\n\n"
    )
    d.t("Applicant: ").e(PERSON, p.roman()).t("\nDate of Birth: ").e(
        BIRTH, birth(1975, 1995, "en_mdy")
    ).t("\n")
    d.t("Passport: ").e(PASSPORT, R.choice(["TK", "TR", "TS"]) + digits(7)).t("\n")
    d.t("Address: ").e(ADDRESS, en_address(sapporo=R.random() < 0.5)).t(" ").e(POSTAL, postal()).t(
        " JAPAN\n"
    )
    d.t("Household members:\n  1. ").e(PERSON, sp.roman()).t(" (spouse), born ").e(
        BIRTH, birth(1975, 1995, "en_dmy")
    )
    d.t("\n  2. ").e(PERSON, kid.roman(surname_first=False)).t(" (child), born ").e(
        BIRTH, birth(2012, 2022, "en_dmy")
    )
    d.t("\nContact: ").e(EMAIL, email(p)).t(" / ").e(PHONE, mobile("intl_space")).t("\n")
    d.t("Translated by: Wakabadai City Citizens Division (no fee; processing 5 business days)\n")
    return d


def d_abbrev_headers() -> Doc:
    d = Doc("xlsx_paste")
    d.t("高額介護サービス費 支給予定（12月振込）\n")
    d.t("No\tｼﾒｲ\t年金番号\t証番号\t生年月日\tｺｳｻﾞ\t金額\n")
    for i in range(1, 8):
        p = person()
        d.row(
            [
                str(i),
                N(p.hkana()),
                (PENSION, pension(R.choice(["hyphen", "plain"]))) if R.random() < 0.8 else "",
                (INSURANCE, kaigo_no()),
                (BIRTH, birth(1930, 1958, R.choice(["abbr", "iso_slash"]))),
                (BANK, account()),
                f"{R.randint(2, 90) * 1000}",
            ],
            "\t",
        )
    return d.t("\t\t\t\t\t\t\n")


def d_henno_list() -> Doc:
    d = Doc("tsv_header")
    d.t("高齢者運転免許自主返納支援事業 申請者一覧（11月受付分）\n")
    d.t("受付No\t氏名\t生年月日\t免許証番号\t返納日\t住所\t支援内容\n")
    for i in range(1, 8):
        p = person()
        lic = license_no()  # i == 5: typed in full-width digits
        d.row(
            [
                f"H{i:03d}",
                N(p.kanji(" ")),
                (BIRTH, birth(1930, 1955, R.choice(["abbr", "wareki", "kanji"]))),
                (LICENSE, fw(lic) if i == 5 else lic),
                f"R8.{R.randint(9, 11)}.{R.randint(1, 28)}",
                A(address(city=False, bldg=False)),
                R.choice(["バス回数券", "タクシー券", "商品券"]) + " 10,000円分",
            ],
            "\t",
        )
    return d


def d_jido_teate_mynumber() -> Doc:
    d = Doc("form_label_value")
    p = person(female=False)
    sp = person(family=p, female=True)
    d.t("児童手当 認定請求書（個人番号記載欄）\n")
    d.t("請求者 氏名：").e(PERSON, p.kanji()).t("　個人番号：").e(MYNUMBER, my_number("space")).t(
        "\n"
    )
    d.t("配偶者 氏名：").e(PERSON, sp.kanji()).t("　個人番号：").e(MYNUMBER, my_number("fw")).t(
        "\n"
    )
    d.t("支給対象児童\n")
    for _ in range(2):
        k = person(family=p)
        d.t("　").e(PERSON, k.mei).t("（").e(BIRTH, birth(2012, 2025, "wareki")).t(
            "生）　個人番号 "
        )
        d.e(MYNUMBER, my_number("hyphen")).t("\n")
    d.t("振込口座：若葉台信用金庫 港支店 普通 ").e(BANK, account()).t("（請求者名義）\n")
    return d.t(
        "※ 個人番号の確認：番号確認は通知カード、身元確認は運転免許証で実施（写しは保存しない）\n"
    )


DOCS = [
    d_juminhyo_request,
    d_koseki_mail,
    d_tennyu_sapporo,
    d_tax_notice,
    d_fixed_asset_genmen,
    d_juminzei_genmen_chat,
    d_hoiku_csv,
    d_gakudo_xlsx,
    d_hoiku_parent_mail,
    d_seiho_case,
    d_shogai_note,
    d_kaigo_chosahyo,
    d_kaigo_markdown,
    d_kokuho_docx,
    d_kouki_fixed,
    d_nenkin_menjo,
    d_nenkin_tsv_noheader,
    d_kokuho_mail,
    d_shakai_hoken_row,
    d_kaigo_jigyosho_distractor,
    d_jido_fuyo,
    d_jido_fuyo_en,
    d_bousai_markdown,
    d_senkyo_noheader,
    d_senkyo_chat,
    d_gikai_minutes,
    d_chinjo,
    d_kujo_record,
    d_kujo_mail,
    d_duty_roster,
    d_jinji_memo,
    d_staff_renrakumou,
    d_procurement_mail,
    d_nyusatsu_list,
    d_pta_letter,
    d_school_chat,
    d_en_residence_form,
    d_en_mail_brazil,
    d_en_intern_list,
    d_zh_resident,
    d_access_log,
    d_furusato_card,
    d_facility_card_mail,
    d_honnin_kakunin,
    d_koyousha_license,
    d_passport_notes,
    d_kouza_csv_kana,
    d_kougaku_yucho,
    d_suido_kaisen,
    d_kenshin_xlsx,
    d_boshi_notes,
    d_shugaku_docx,
    d_sosaihi,
    d_shogai_techo_docx,
    d_kouei_fixed,
    d_akiya_heirs,
    d_keirou_rare,
    d_rare_minutes,
    d_nenkin_chat,
    d_en_address_list,
    d_mynumber_nencho,
    d_accident_report,
    d_nenkin_kyufukin_md,
    d_label_sheet,
    d_bousai_mail_tsv,
    d_incident_chat,
    d_shomei_payment_log,
    d_en_certificate,
    d_abbrev_headers,
    d_henno_list,
    d_jido_teate_mynumber,
]


def verify(doc: dict) -> None:
    """Re-read every span from the final text; spans are in order and never overlap."""
    last_end = 0
    for ent in doc["entities"]:
        if doc["text"][ent["start"] : ent["end"]] != ent["text"]:
            raise SystemExit(f"{doc['id']}: span {ent} does not match the text")
        if ent["start"] < last_end:
            raise SystemExit(f"{doc['id']}: span {ent} overlaps the previous one")
        last_end = ent["end"]


def generate() -> str:
    R.seed(SEED)
    _used.clear()
    lines = []
    for i, make in enumerate(DOCS, 1):
        doc = make().build(f"u7-{i:03d}-{make.__name__.removeprefix('d_')}")
        verify(doc)
        lines.append(json.dumps(doc, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed corpus differs")
    args = parser.parse_args()
    text = generate()
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(
                f"{OUT} は生成結果と一致しません。bench/make_masking_unseen7.py を実行し直してください。",
                file=sys.stderr,
            )
            return 1
        print(f"{OUT}: OK")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    docs = [json.loads(line) for line in text.splitlines()]
    by_type: dict[str, int] = {}
    for d in docs:
        for e in d["entities"]:
            by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    print(f"{len(docs)} documents, {sum(by_type.values())} labelled items -> {OUT}")
    for kind in TYPES:
        print(f"  {kind:<17}{by_type.get(kind, 0):>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
