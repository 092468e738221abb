"""A small share of real municipal documents, in every format the indexer reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.knowledge.makers import write_docx, write_pdf, write_xlsx

KINMU = """みどり市職員の勤務時間、休日及び休暇に関する条例
（趣旨）
第1条　この条例は、職員の勤務時間、休日及び休暇に関し必要な事項を定めるものとする。
（年次有給休暇）
第5条　年次有給休暇は、1の年ごとにおける休暇とし、その日数は、1の年において20日とする。
２　年次有給休暇は、20日を超えない範囲内の残日数を限度として、翌年に繰り越すことができる。
（特別休暇）
第7条　職員が結婚する場合の特別休暇は、連続する5日の範囲内の期間とする。
附　則
この条例は、平成31年4月1日から施行する。"""


def subsidy(limit: str, year: str) -> str:
    return f"""みどり市木造住宅耐震改修補助金交付要綱
（目的）
第1条　この要綱は、木造住宅の耐震改修に要する経費の一部を補助することを目的とする。
（補助金の額）
第4条　補助金の額は、補助対象経費の2分の1に相当する額とし、{limit}円を限度とする。
附　則
この要綱は、{year}から施行する。"""


@pytest.fixture
def share(tmp_path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    write_docx(root / "勤務時間条例.docx", [("p", line) for line in KINMU.split("\n")])
    (root / "耐震改修補助金交付要綱_R6.txt").write_bytes(
        subsidy("800,000", "令和6年4月1日").replace("\n", "\r\n").encode("cp932"))
    (root / "耐震改修補助金交付要綱_R2.md").write_text(subsidy("500,000", "令和2年4月1日"), "utf-8")
    write_pdf(root / "窓口対応マニュアル.pdf", [
        "窓口対応マニュアル\n1. 基本姿勢\n来庁者には立ち上がって声をかけます。",
        "2. 本人確認\n顔写真のない書類は2点を確認します。\n3. 代理人\n代理人は委任状が必要です。"])
    write_xlsx(root / "手数料一覧.xlsx", {
        "証明書": [["事務", "単位", "手数料"], ["住民票の写し", "1通", "300円"],
                 ["印鑑登録証明書", "1通", "350円"]],
        "QA": [["質問", "回答"], ["粗大ごみの出し方は？", "受付センターに電話で申し込みます。"]]})
    (root / "ネットワーク手引.html").write_text(
        "<html><body><h1>庁内ネットワーク利用の手引</h1><h2>電子メール</h2>"
        "<p>添付ファイルは合計10MBまでです。</p></body></html>", "utf-8")
    return root


from tests.support.azure_fixtures import azure_server  # noqa: E402, F401 - fixture
