"""Loading real files: encodings, header detection, 和暦 and full-width digits, Excel sheets."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.analysis.loader import TableLoadError, load_tables, sheet_names
from tests.analysis.conftest import REPORT, write_residents_csv


def _all(ws, table):
    return ws.engine.query(f'SELECT * FROM "{table}"')


def test_shift_jis_csv_types_wareki_and_full_width(sjis_csv, rows):
    ws = load_tables([sjis_csv])
    try:
        (info,) = ws.tables
        assert info.name == "住民名簿" and info.header and info.rows == len(rows)
        types = {c.name: c.type for c in info.columns}
        assert types == {"氏名": "VARCHAR", "住所": "VARCHAR", "電話番号": "VARCHAR",
                         "地区": "VARCHAR", "区分": "VARCHAR", "年齢": "BIGINT",
                         "受付日": "DATE", "手数料": "BIGINT"}
        got = _all(ws, "住民名簿")
        assert [r[5] for r in got] == [r["年齢"] for r in rows]
        assert [r[6] for r in got] == [r["受付日"] for r in rows]
        assert [r[7] for r in got] == [r["手数料"] for r in rows]
        assert got[0][0] == rows[0]["氏名"]
    finally:
        ws.close()


def test_utf8_csv_without_header_gets_numbered_columns(tmp_path, rows):
    path = write_residents_csv(tmp_path / "no_header.csv", rows, encoding="utf-8", header=False)
    ws = load_tables([path])
    try:
        (info,) = ws.tables
        assert not info.header and info.rows == len(rows)
        assert [c.name for c in info.columns][:3] == ["列1", "列2", "列3"]
        assert info.columns[6].type == "DATE"
    finally:
        ws.close()


def test_tsv_and_several_files_are_named_by_their_files(tmp_path, sjis_csv):
    tsv = tmp_path / "手数料表.tsv"
    tsv.write_text("区分\t単価\n転入\t300\n転出\t600\n", encoding="utf-8")
    ws = load_tables([sjis_csv, tsv])
    try:
        assert [t.name for t in ws.tables] == ["住民名簿", "手数料表"]
        joined = ws.engine.query(
            'SELECT count(*) FROM "住民名簿" r JOIN "手数料表" f USING ("区分")')[0][0]
        assert joined == sum(1 for i in range(48) if i % 3 in (0, 1))
    finally:
        ws.close()


def test_excel_title_row_merged_two_row_header_and_wareki_text(report_xlsx):
    assert sheet_names(report_xlsx) == ["集計", "日付"]
    ws = load_tables([report_xlsx])
    try:
        (info,) = ws.tables
        assert info.name == "異動届_集計" and info.sheet == "集計"
        assert [(c.name, c.type) for c in info.columns] == [
            ("地区", "VARCHAR"), ("区分", "VARCHAR"), ("受付_日付", "DATE"),
            ("受付_件数", "BIGINT"), ("金額", "BIGINT")]
        got = _all(ws, "異動届_集計")
        assert [(r[0], r[2], r[3]) for r in got] == [(d, day, n) for d, _k, day, n, _a in REPORT]
    finally:
        ws.close()


def test_excel_sheet_choice_and_real_dates_in_wareki_format(report_xlsx):
    ws = load_tables([report_xlsx], {report_xlsx.name: ["日付"]})
    try:
        (info,) = ws.tables
        assert info.name == "異動届_日付"
        assert info.columns[1].type == "DATE"
        assert [r[1] for r in _all(ws, info.name)] == [day for _d, _k, day, _n, _a in REPORT]
    finally:
        ws.close()


def test_unknown_sheet_and_bad_files_say_what_to_do(tmp_path, report_xlsx):
    with pytest.raises(TableLoadError) as err:
        load_tables([report_xlsx], {report_xlsx.name: ["なし"]})
    assert "シート「なし」がありません" in err.value.user_message
    old = tmp_path / "古い.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TableLoadError) as err:
        load_tables([old])
    assert ".xlsx として保存し直して" in err.value.user_message
    with pytest.raises(TableLoadError) as err:
        load_tables([tmp_path / "ない.csv"])
    assert "見つかりません" in err.value.user_message


def test_engine_is_closed_to_files_after_loading(sjis_csv, tmp_path):
    import duckdb

    ws = load_tables([sjis_csv])
    try:
        with pytest.raises(duckdb.Error):
            ws.engine.query(f"SELECT * FROM read_csv('{sjis_csv}')")
        with pytest.raises(duckdb.Error):
            ws.engine.query("SET enable_external_access = true")
        with pytest.raises(duckdb.Error):
            ws.engine.query(f"COPY \"住民名簿\" TO '{tmp_path / 'out.csv'}'")
        assert not (tmp_path / "out.csv").exists()
    finally:
        ws.close()


def test_date_parsing_of_eras():
    from desktop.core.analysis.engine import connect, do
    from desktop.core.analysis.normalise import date_expr, quote_literal

    con = connect()
    cases = {"令和6年4月1日": dt.date(2024, 4, 1), "R6.4.1": dt.date(2024, 4, 1),
             "平成元年1月8日": dt.date(1989, 1, 8), "H31/4/30": dt.date(2019, 4, 30),
             "昭和64年1月7日": dt.date(1989, 1, 7), "2024年12月31日": dt.date(2024, 12, 31),
             "令和6年2月30日": None, "六月": None}
    for text, expected in cases.items():
        assert do(con, f"SELECT {date_expr(quote_literal(text))}")[0][0] == expected, text
    con.close()


def test_column_types_widen_only_as_far_as_the_cells_need(tmp_path):
    # 2,100 rows: the odd cell sits past the sample the type is first guessed from.
    lines = ["整数,小数,コード,文字,日付"]
    for i in range(2100):
        lines.append(f"{i},{i},{i + 100},{i},R6.4.{i % 28 + 1}")
    lines.append("7,2.5,0012,NaN,不明")
    path = tmp_path / "型.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ws = load_tables([path])
    try:
        assert [c.type for c in ws.tables[0].columns] == [
            "BIGINT", "DOUBLE", "VARCHAR", "VARCHAR", "VARCHAR"]
        last = ws.engine.query('SELECT * FROM "型" ORDER BY "整数" DESC LIMIT 1')
        assert ws.engine.query('SELECT "小数", "コード" FROM "型" WHERE "コード" = \'0012\'') == [
            (2.5, "0012")]
        assert last[0][0] == 2099
    finally:
        ws.close()


def test_line_breaks_inside_quotes_and_ragged_rows(tmp_path):
    quoted = tmp_path / "備考.csv"
    quoted.write_text('地区,備考,件数\n北区,"一行目\n二行目",3\n南区\n東区,なし,5\n', encoding="utf-8")
    ws = load_tables([quoted])
    try:
        assert ws.engine.query('SELECT * FROM "備考"') == [
            ("北区", "一行目\n二行目", 3), ("南区", None, None), ("東区", "なし", 5)]
    finally:
        ws.close()
    ragged = tmp_path / "崩れ.csv"
    # The width comes from the first rows; a longer row further down is a broken file.
    ragged.write_text("地区,件数\n" + "北区,3\n" * 40 + "南区,4,余分\n", encoding="utf-8")
    with pytest.raises(TableLoadError) as err:
        load_tables([ragged])
    assert "列の数が違" in err.value.user_message


def test_cp932_quotes_escaped_quotes_and_a_line_break_inside_quotes(tmp_path):
    # Lines with quotes are cut by the engine; a quoted line break makes the lines not the rows,
    # and the file is then read row by row instead. Both give the same cells.
    body = ('地区,備考,件数\r\n北区,"東京都架空市1-2, 3階",3\r\n南区,"彼は""はい""と言った",4\r\n'
            '東区,"ｶﾅ＃",5\r\n')
    plain = tmp_path / "備考sj.csv"
    plain.write_bytes(body.encode("cp932"))
    broken = tmp_path / "改行sj.csv"
    broken.write_bytes((body + '西区,"一行目\r\n二行目",6\r\n').encode("cp932"))
    ws = load_tables([plain, broken])
    try:
        expected = [("北区", "東京都架空市1-2, 3階", 3), ("南区", '彼は"はい"と言った', 4),
                    ("東区", "ｶﾅ#", 5)]
        assert ws.engine.query('SELECT * FROM "備考sj"') == expected
        assert ws.engine.query('SELECT * FROM "改行sj"') == [
            *expected, ("西区", "一行目\n二行目", 6)]
    finally:
        ws.close()


def test_cp932_ragged_rows_are_refused(tmp_path):
    path = tmp_path / "崩れsj.csv"
    # The width comes from the first 30 rows, as for a UTF-8 file.
    path.write_bytes(("地区,件数\r\n" + "北区,3\r\n" * 40 + "南区,4,余分\r\n").encode("cp932"))
    with pytest.raises(TableLoadError) as err:
        load_tables([path])
    assert "列の数が違" in err.value.user_message


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_wareki_and_text_past_the_sample_are_kept(tmp_path, encoding):
    # The first 2,100 rows show Western dates and plain numbers; past the sample the date column
    # turns to 和暦 (still a date) and the number column to a value that only looks numeric.
    lines = ["受付日,番号,件数"]
    lines += [f"2024/4/{i % 28 + 1},{i + 1},{i}" for i in range(2100)]
    lines += ["令和6年5月1日,2101,1", "R6.5.2,2102,2", "平成31年4月30日,0123,3",
              "令和6年5月3日,1.5e3,4", "", "  令和元年5月1日 ,2105,５"]
    path = tmp_path / f"後半{encoding}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    ws = load_tables([path])
    try:
        (info,) = ws.tables
        assert [(c.name, c.type) for c in info.columns] == [
            ("受付日", "DATE"), ("番号", "VARCHAR"), ("件数", "BIGINT")]
        assert info.rows == 2105
        tail = ws.engine.query(f'SELECT * FROM "{info.name}" WHERE "受付日" >= DATE \'2019-04-30\' '
                               'AND "受付日" < DATE \'2024-04-01\' OR "受付日" >= DATE \'2024-05-01\' '
                               'ORDER BY "件数"')
        assert tail == [(dt.date(2024, 5, 1), "2101", 1), (dt.date(2024, 5, 2), "2102", 2),
                        (dt.date(2019, 4, 30), "0123", 3), (dt.date(2024, 5, 3), "1.5e3", 4),
                        (dt.date(2019, 5, 1), "2105", 5)]
        assert ws.engine.query(f'SELECT "番号" FROM "{info.name}" LIMIT 2') == [("1",), ("2",)]
    finally:
        ws.close()


def test_numbers_with_separators_and_codes_with_leading_zeros(tmp_path):
    path = tmp_path / "金額.csv"
    path.write_text('金額,コード,差\n"1,500",001,-3\n"12,000",010,4\n0,100,-0.5\n',
                    encoding="utf-8")
    ws = load_tables([path])
    try:
        assert [c.type for c in ws.tables[0].columns] == ["BIGINT", "VARCHAR", "DOUBLE"]
        assert ws.engine.query('SELECT * FROM "金額"') == [
            (1500, "001", -3.0), (12000, "010", 4.0), (0, "100", -0.5)]
    finally:
        ws.close()
