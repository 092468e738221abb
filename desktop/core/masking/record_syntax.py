"""The syntaxes of key-value and markup records (records.py types what they read): each gives
fields — a key, the key or element above it, the value's span and the record it belongs to.

vCard/iCalendar/LDIF/YAML lines (``KEY;PARAMS:value``, folded parameters, YAML nesting and flow
mappings), JSON (``"key": value``, arrays of strings, the object's parent key), ``key=value``
(logs, markup attributes with their element), XML elements, SQL ``INSERT`` tuples under their
column list, HTML tables under their ``<th>``, console tables under a rule of dashes, and
``label:<tabs>value`` lines of Windows' event text. Each is looked for only where its mark is in
the text (a str search each)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain


def fields_of(text: str) -> list[Field]:
    """Every field of every record syntax found in ``text``."""
    fields: list[Field] = list(_line_fields(text)) if ":" in text else []
    if '":' in text or '" :' in text:
        fields.extend(_json_fields(text))
    if "=" in text:
        fields.extend(_kv_fields(text))
    if "</" in text:
        fields.extend(_element_fields(text))
    if "INSERT" in text or "insert" in text:
        fields.extend(_sql_fields(text))
    if "<th" in text:
        fields.extend(_html_fields(text))
    if "\n---" in text or "\n===" in text:
        fields.extend(_aligned_fields(text))
    if ":\t" in text:
        fields.extend(
            Field(m[1], "", m.start(2), m.end(2), ("T", m.start()))
            for m in _TAB_LABEL.finditer(text)
        )
    return fields


@dataclass
class Field:
    key: str  # the key as written (parameters dropped)
    parent: str  # the parent key, the element or the property's parameters
    s: int
    e: int
    group: tuple[str, int]  # one record: its fields share it (the syntax, where it starts)
    label: tuple[int, int] | None = None  # the key's own span, where it is a label to keep


# KEY;PARAMS:value at a line's start (vCard, iCalendar, LDIF, YAML, HTTP-style headers).
_LINE_BODY = (
    r"(?P<indent>[ \t]*)(?P<dash>- )?(?P<key>[A-Za-z][\w\-]*)(?P<params>;[^:\n]*(?:\n [^:\n]*)*)?:"
    r"(?P<sp>[ \t]*)(?P<value>[^\n\r]*)\r?$"
)
# (led by the line break, a literal: re skips to each one instead of trying every position)
_LINE = re.compile(r"\n" + _LINE_BODY, re.M)
_FIRST_LINE = re.compile(_LINE_BODY, re.M)
# YAML flow mapping inside braces: {name: …, tel: "…"}
_FLOW = re.compile(
    r"(?<=[{,])\s*(?P<key>[A-Za-z_][\w\-]*): *(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^,{}\n]*)"
)
# JSON: "key": "value" | number | ["a", "b"]
_JSON = re.compile(
    r'"(?P<key>[^"\n]{1,40})"\s*:\s*(?:"(?P<str>(?:[^"\\\n]|\\.)*)"|(?P<num>-?[0-9][0-9.]*)'
    r"|\[(?P<arr>[^\[\]{}\n]*)\])"
)
_ARRAY_ITEM = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# key="value" | key=value (key=value logs, markup attributes, iCalendar parameters)
_KV_KEY = re.compile(r"(?<![\w\-.&?/])[^\s=<>\"'&;:,/]{1,30}$")
_KV_VALUE = re.compile(r"=(?:\"(?P<q>[^\"\n]*)\"|(?P<u>[^\s\"',;&<>]+))")
# <tag attrs>text</tag>
_ELEMENT = re.compile(
    r"<(?P<tag>[^\s<>/!?=\"]{1,30})(?P<attrs>[^<>]*)>(?P<text>[^<>\n]+)</(?P=tag)>"
)
# INSERT INTO t (a, b) VALUES (…),(…);
_INSERT = re.compile(r"INSERT INTO\s+[`\"]?\w+[`\"]?\s*\((?P<cols>[^()]*)\)\s*VALUES\s*", re.I)
_SQL_VALUE = re.compile(r"\s*(?:'(?P<q>(?:[^'\\]|\\.|'')*)'|(?P<u>[^,()'\s]+))\s*(?P<end>[,)])")


def _unquote(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\r":
        s += 1
    while e > s and text[e - 1] in " \t\r":
        e -= 1
    if e - s >= 2 and text[s] in "\"'" and text[e - 1] == text[s]:
        return s + 1, e - 1
    return s, e


def _line_fields(text: str) -> Iterator[Field]:
    group = 0
    parents: list[tuple[int, str, int]] = []  # (indent, key, line start) of the mappings above
    first = _FIRST_LINE.match(text)
    for m in chain((first,) if first else (), _LINE.finditer(text)):
        key, params = m["key"], m["params"] or ""
        indent = len(m["indent"]) + (2 if m["dash"] else 0)
        up = key.upper()
        at = m.start("indent")
        if up in ("BEGIN", "END") or at == 0 or text[at - 2 : at] == "\n\n":
            group = at
        if m["dash"]:
            group = m.start("indent")
        while parents and parents[-1][0] >= indent:
            parents.pop()
        s, e = m.start("value"), m.end("value")
        if not m["sp"] and not params and s < e and text[s] == "/":
            continue  # http://… is no key
        hash_at = text.find(" #", s, e)
        if hash_at >= 0:
            e = hash_at  # a YAML comment
        if s == e:
            parents.append((indent, key, m.start("indent")))
            continue
        parent = parents[-1][1] if parents else ""
        if parents and not m["dash"]:
            group = max(group, parents[-1][2])  # a nested mapping is a record of its own
        if params:
            yield from _params(text, m.start("params"), m.end("params"), group)
            parent = params
        if up in ("ATTENDEE", "ORGANIZER") and text.startswith("mailto:", s):
            yield Field("email", params, s + 7, e, ("L", group))
            continue
        if up in ("N", "ADR"):
            yield from _structured(text, up, s, e, params, group)
            continue
        if text[s] in "{[":
            continue  # a flow mapping or a list: its items are read on their own
        s, e = _unquote(text, s, e)
        yield Field(key, parent, s, e, ("L", group))
    pos = text.find("{")
    while pos >= 0:  # a flow mapping: {key: value, …} (each { found by a str search)
        close = text.find("}", pos, pos + 400)
        if close > 0 and ": " in text[pos:close]:
            for m in _FLOW.finditer(text, pos, close + 1):
                s, e = _unquote(text, m.start("value"), m.end("value"))
                yield Field(m["key"], "", s, e, ("F", pos))
        pos = text.find("{", pos + 1)


def _params(text: str, s: int, e: int, group: int) -> Iterator[Field]:
    """;CN="遠藤 江里子" or ;CN=沢田　宏之 (up to the next ; or :) in a property's parameters."""
    for part in re.finditer(r";([A-Za-z\-]+)=(\"[^\"]*\"|[^;:]*)", text[s:e]):
        if part[1].upper() == "CN":
            vs, ve = _unquote(text, s + part.start(2), s + part.end(2))
            # an attendee that is a room or a group is no one
            if not re.search(r"CUTYPE=(?:ROOM|GROUP|RESOURCE)", text[s:e], re.I):
                yield Field("cn", "", vs, ve, ("L", group))


_PART_KEYS = {"ADDRESS": "住所", "POSTAL_CODE": "郵便番号", "PERSON": "氏名"}
_ADR_PARTS = ("ADDRESS", "ADDRESS", "ADDRESS", "ADDRESS", "ADDRESS", "POSTAL_CODE", None)
_N_PARTS = ("PERSON", "PERSON", "PERSON", None, None)


def _structured(text: str, prop: str, s: int, e: int, params: str, group: int) -> Iterator[Field]:
    kinds = _ADR_PARTS if prop == "ADR" else _N_PARTS
    pos = s
    for i, part in enumerate(text[s:e].split(";")):
        kind = kinds[i] if i < len(kinds) else None
        if kind and part.strip():
            ps, pe = _unquote(text, pos, pos + len(part))
            yield Field(_PART_KEYS[kind], params, ps, pe, ("L", group))
        pos += len(part) + 1


def _json_fields(text: str) -> Iterator[Field]:
    for m in _JSON.finditer(text):
        opened = _open_brace(text, m.start())
        parent = ""
        if opened >= 0:
            k = re.search(r'"([^"\n]{1,40})"\s*:\s*$', text[max(0, opened - 60) : opened])
            parent = k[1] if k else ""
        if m["arr"] is not None:
            base = m.start("arr")
            for item in _ARRAY_ITEM.finditer(m["arr"]):
                yield Field(
                    m["key"], parent, base + item.start(1), base + item.end(1), ("J", opened)
                )
            continue
        name = "str" if m["str"] is not None else "num"
        yield Field(m["key"], parent, m.start(name), m.end(name), ("J", opened))


def _open_brace(text: str, pos: int) -> int:
    """The { of the innermost object around pos (strings are not skipped: keys rarely hold braces)."""
    depth = 0
    lo = max(0, pos - 2000)
    for i in range(pos - 1, lo - 1, -1):
        c = text[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                return i
            depth -= 1
    return -1


def _kv_fields(text: str) -> Iterator[Field]:
    # (read from each = back to its key: a pattern that opens with the key's class would try
    # every position of the text, 0.25 ms for 10,000 characters)
    pos = text.find("=")
    while pos >= 0:
        k = _KV_KEY.search(text, max(0, pos - 30), pos)
        m = _KV_VALUE.match(text, pos) if k else None
        pos = text.find("=", pos + 1)
        if k is None or m is None:
            continue
        name = "q" if m["q"] is not None else "u"
        key = k[0]
        tag = ""
        lt = text.rfind("<", max(0, k.start() - 300), k.start())
        if lt >= 0 and text.find(">", lt, k.start()) < 0:
            # inside a start tag: the element and its other attributes
            tag = text[lt + 1 : k.start()]
            end = text.find(">", m.end())
            tag += text[m.end() : end] if 0 <= end - m.end() < 300 else ""
        if key.upper() == "CN" and not tag:
            continue  # iCalendar parameters are read by _params
        group = lt if tag else text.rfind("\n", 0, k.start())
        label = (k.start(), k.end()) if tag and not key.isascii() else None
        yield Field(key, tag, m.start(name), m.end(name), ("K", group), label)


def _element_fields(text: str) -> Iterator[Field]:
    for m in _ELEMENT.finditer(text):
        s, e = _unquote(text, m.start("text"), m.end("text"))
        outer = text.rfind("\n", 0, m.start())
        yield Field(m["tag"], m["attrs"], s, e, ("E", outer))


def _html_fields(text: str) -> Iterator[Field]:
    """<tr><th>…</th></tr> then <tr><td>…</td></tr>: a cell takes its column's header; its
    lines (<br>) are values each, a reading in brackets a second name."""
    keys: list[str] | None = None
    for row in _HTML_ROW.finditer(text):
        heads = _HTML_HEAD.findall(row[0])
        if heads:
            keys = [
                _TAG.sub(" ", _HTML_BREAK.split(h)[0]).replace("&nbsp;", " ").strip() for h in heads
            ]
            continue
        if keys is None:
            continue
        for i, cell in enumerate(_HTML_CELL.finditer(text, row.start(), row.end())):
            if i >= len(keys) or not keys[i]:
                continue
            s = cell.start(1)
            for part in _HTML_BREAK.split(cell[1]):
                ps, pe = _unquote(text, s, s + len(part))
                br = _BRACKETS.fullmatch(text, ps, pe)
                if br:
                    ps, pe = br.start(1), br.end(1)
                if "<" not in text[ps:pe]:
                    yield Field(keys[i], "", ps, pe, ("H", row.start()))
                brk = _HTML_BREAK.match(text, s + len(part))
                s += len(part) + (len(brk[0]) if brk else 0)


_HTML_ROW = re.compile(r"<tr[^<>]*>.*?</tr>", re.S | re.I)
_HTML_HEAD = re.compile(r"<th[^<>]*>(.*?)</th>", re.S | re.I)
_HTML_CELL = re.compile(r"<td[^<>]*>(.*?)</td>", re.S | re.I)
_HTML_BREAK = re.compile(r"<br ?/?>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_BRACKETS = re.compile(r"[(（]([^()（）]+)[)）]")


def _aligned_fields(text: str) -> Iterator[Field]:
    """A console table (PowerShell ft, psql): a line of keys over a rule of dashes; each row's
    cells stand under the dashes, counted in display width (a kanji is two columns)."""
    for rule in _RULE.finditer(text):
        hs = text.rfind("\n", 0, rule.start()) + 1
        head = text[hs : rule.start()]
        cols = [(m.start(), m.end()) for m in re.finditer(r"[-=]+", rule[1])]
        if len(cols) < 2 or "\t" in head:
            continue
        keys = [
            head[a : (cols[i + 1][0] if i + 1 < len(cols) else len(head))].strip()
            for i, (a, _b) in enumerate(cols)
        ]
        pos = rule.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if end == pos or not text[pos:end].strip():
                break
            # cells are runs of words one space apart; each goes under the column whose rule
            # starts at or just before it (widths drift where the text was normalised)
            width, at = 0, pos
            for cell in _CELL_RUN.finditer(text, pos, end):
                width += sum(2 if _WIDE.match(c) else 1 for c in text[at : cell.start()])
                at = cell.start()
                i = bisect_left([a for a, _b in cols], width + 4) - 1
                if 0 <= i < len(keys) and keys[i]:
                    yield Field(keys[i], "", cell.start(), cell.end(), ("A", pos))
            pos = end + 1


# 「\tアカウント名:\t\tvalue」: a label, a colon and tabs (Windows' event text)
_TAB_LABEL = re.compile(r"^\t*([^\t\n:]{1,30}):\t+([^\t\n]+?)[ \r]*$", re.M)
_CELL_RUN = re.compile(r"[^ \n]+(?: [^ \n]+)*")
_RULE = re.compile(r"\n((?:[-=]{2,} +)+[-=]{2,}) *(?=\n)")
_WIDE = re.compile(
    r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def _sql_fields(text: str) -> Iterator[Field]:
    for m in _INSERT.finditer(text):
        cols = [c.strip(" `\"'") for c in m["cols"].split(",")]
        pos = m.end()
        while pos < len(text) and text[pos] == "(":
            i, pos = 0, pos + 1
            group = pos
            while True:
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    return
                if v["q"] is not None and i < len(cols):
                    yield Field(cols[i], "", v.start("q"), v.end("q"), ("S", group))
                i, pos = i + 1, v.end()
                if v["end"] == ")":
                    break
            while pos < len(text) and text[pos] in ",\n\r ":
                pos += 1
