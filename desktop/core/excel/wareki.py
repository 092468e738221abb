"""Japanese date codes in Excel number formats: 和暦 (g, gg, ggg, e, ee) and 曜日 (aaa, aaaa).

The engine's TEXT() knows only the Western codes; it would print ``aaa`` literally or fail on
``ggge``. We turn each Japanese code into a quoted literal computed from the date and hand the
rest of the format to the engine, so TEXT(A2,"ggge年m月d日") gives 令和6年4月1日 as in
Japanese Excel.
"""

from __future__ import annotations

import datetime as dt
import re

# (first day, full name, one-character name, latin initial)
ERAS = (
    (dt.date(2019, 5, 1), "令和", "令", "R"),
    (dt.date(1989, 1, 8), "平成", "平", "H"),
    (dt.date(1926, 12, 25), "昭和", "昭", "S"),
    (dt.date(1912, 7, 30), "大正", "大", "T"),
    (dt.date(1868, 1, 25), "明治", "明", "M"),
)
WEEKDAYS = "月火水木金土日"

_LOCALE = re.compile(r"\[\$-([^\]]*)\]")
_JAPANESE_LOCALES = ("411", "ja-jp", "ja")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def serial_to_date(serial: float) -> dt.date:
    """Excel serial (1900 date system, including its fictitious 1900-02-29) to a date."""
    days = int(serial)
    if days < 61:  # before the phantom leap day Excel inherited from Lotus 1-2-3
        days += 1
    return _EXCEL_EPOCH + dt.timedelta(days=days)


def era_of(day: dt.date) -> tuple[str, str, str, int] | None:
    for start, full, short, initial in ERAS:
        if day >= start:
            return full, short, initial, day.year - start.year + 1
    return None


def needs_local_format(fmt: str) -> bool:
    """True when ``localise_format`` must run: Japanese codes, or single-letter d/m/h/s codes
    (the engine strips zeros from both ends of those, printing day 30 as "3")."""
    plain = _strip_literals(fmt)
    if re.search(r"(?<![dmhsDMHS])[dmhsDMHS](?![dmhsDMHS])", plain) and _is_date_like(plain):
        return True
    if re.search(r"[hHsS]", plain) and _is_date_like(plain):  # mm between h and s = minutes
        return True
    return is_japanese_date_format(fmt)


def _is_date_like(plain: str) -> bool:
    return not re.search(r"[0#?]", plain) and bool(re.search(r"[ymdhsgeYMDHSGE]", plain))


def is_japanese_date_format(fmt: str) -> bool:
    """True when the format uses an era or a Japanese weekday code (outside quotes)."""
    plain = _strip_literals(fmt)
    if re.search(r"[gG]", plain) or re.search(r"a{3,}", plain):
        return True
    if _LOCALE.search(fmt) and any(c in plain.lower() for c in "ymd"):
        return True
    # 'e' is the era year in a Japanese date format such as "e年m月d日".
    return bool(re.search(r"e", plain) and (re.search(r"[md]", plain.lower()) or "年" in plain))


def _next_code(fmt: str, start: int) -> str:
    for ch in _strip_literals(fmt[start:]):
        if ch.lower() in "ymdhs":
            return ch.lower()
    return ""


def _strip_literals(fmt: str) -> str:
    out = re.sub(r'"[^"]*"', "", fmt)
    out = re.sub(r"\\.", "", out)
    return re.sub(r"\[[^\]]*\]", "", out)


def _quote(text: str) -> str:
    return '"' + text.replace('"', "") + '"'


def localise_format(fmt: str, serial: float) -> str:
    """Replace the Japanese codes in ``fmt`` with quoted literals for the date ``serial``."""
    gannen = any("gannen" in m.lower() for m in _LOCALE.findall(fmt))
    day = serial_to_date(serial)
    era = era_of(day)
    seconds = round((serial - int(serial)) * 86400)
    hour, minute, second = seconds // 3600 % 24, seconds // 60 % 60, seconds % 60
    twelve_hour = re.search(r"AM/PM|A/P|午前/午後", fmt, re.I) is not None
    out: list[str] = []
    previous = ""  # the last date/time code letter, to tell months from minutes
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '"':
            end = fmt.find('"', i + 1)
            end = len(fmt) - 1 if end < 0 else end
            out.append(fmt[i:end + 1])
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i:i + 2])
            i += 2
            continue
        if ch == "[":
            end = fmt.find("]", i)
            end = len(fmt) - 1 if end < 0 else end
            section = fmt[i:end + 1]
            # Locale tags only choose the calendar; every other [...] stays for the engine.
            if not section.startswith("[$-"):
                out.append(section)
            i = end + 1
            continue
        run = 1
        while i + run < len(fmt) and fmt[i + run] == ch:
            run += 1
        if ch in "gG":
            if era is None:
                raise ValueError("date before the Meiji era")
            out.append(_quote(era[0] if run >= 3 else era[1] if run == 2 else era[2]))
        elif ch in "eE" and era is not None:
            year = era[3]
            text = "元" if (gannen and year == 1) else (f"{year:02d}" if run >= 2 else str(year))
            out.append(_quote(text))
        elif ch == "a" and run >= 3:
            name = WEEKDAYS[day.weekday()]
            out.append(_quote(name + ("曜日" if run >= 4 else "")))
        elif run == 1 and ch in "dD":
            out.append(_quote(str(day.day)))
        elif run <= 2 and ch in "mM":
            after = _next_code(fmt, i + run)
            if previous == "h" or after == "s":
                out.append(_quote(f"{minute:02d}" if run == 2 else str(minute)))
            elif run == 1:
                out.append(_quote(str(day.month)))
            else:
                out.append(fmt[i:i + run])
        elif run == 1 and ch in "hH" and not twelve_hour:
            out.append(_quote(str(hour)))
        elif run <= 2 and ch in "sS":
            out.append(_quote(f"{second:02d}" if run == 2 else str(second)))
        else:
            out.append(fmt[i:i + run])
        if ch.lower() in "ymdhs":
            previous = ch.lower()
        i += run
    return "".join(out)
