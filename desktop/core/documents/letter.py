"""Finding the parts of a Japanese business letter in plain text.

The letter templates ask the model for the parts in the usual order (文書番号, 日付, 宛名, 発信者,
件名, 本文, 結語, 記 … 以上), one per line, but answers vary; this reads what is there and
leaves anything it cannot place in the body, so nothing is ever lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LEFT, CENTER, RIGHT = "left", "center", "right"

_DATE = re.compile(
    r"^(?:(?:令和|平成|昭和)\s*(?:\d{1,2}|元|[０-９]{1,2})|\d{4}|[０-９]{4})\s*年\s*"
    r"(?:\d{1,2}|[０-９]{1,2})\s*月\s*(?:(?:\d{1,2}|[０-９]{1,2})\s*日)?(?:[（(][^）)]{1,3}[）)])?$"
    r"|^\d{4}[/-]\d{1,2}[/-]\d{1,2}$"
)
_DOC_NUMBER = re.compile(r"^\S{0,20}第\s*[\d０-９]+\s*号$|^\S{1,12}[\d０-９]+号$")
_RECIPIENT = re.compile(r"(様|御中|殿|各位|様へ|方へ|皆様|皆さま)$")
_TITLE_HINT = re.compile(r"(?:案内|通知|依頼|回答|お知らせ|照会|報告|送付|お願い|周知|挨拶|あいさつ|式辞|祝辞)）?$"
                         r"|について|ついて（.*）$")
_SALUTATION = re.compile(r"^(拝啓|謹啓|拝復|前略|謹んで|謹白|皆様|皆さま|本日は|ただいま)")
_CLOSING = {"敬具", "謹白", "草々", "敬白", "かしこ", "不一", "謹言"}
_END = "以上"
_NOTE = "記"
_SUBJECT_PREFIX = re.compile(r"^(?:件名|表題|題名|タイトル)\s*[:：]\s*")
_MARKUP = re.compile(r"\*\*|__")


@dataclass(frozen=True)
class LetterLine:
    text: str
    align: str
    role: str  # doc_number, date, recipient, sender, title, body, closing, note, end, signature, blank


def _clean(line: str) -> tuple[str, bool]:
    """Strip Markdown the model may add anyway; report whether it was a heading."""
    stripped = line.strip()
    heading = stripped.startswith("#")
    stripped = stripped.lstrip("#").strip() if heading else stripped
    return _MARKUP.sub("", stripped), heading


def _is_short(text: str, limit: int = 40) -> bool:
    return len(text) <= limit and not text.endswith("。")


def layout_letter(text: str) -> list[LetterLine]:
    raw = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    while raw and not raw[0].strip():
        raw.pop(0)
    while raw and not raw[-1].strip():
        raw.pop()
    lines = [_clean(ln) for ln in raw]
    out: list[LetterLine] = []

    # Header: up to the title or the first line of the body.
    i = 0
    pending: list[str] = []
    seen_recipient = seen_title = False
    scanned = 0
    while i < len(lines) and scanned < 14:
        text, heading = lines[i]
        if not text:
            i += 1
            continue
        scanned += 1
        subject = _SUBJECT_PREFIX.match(text)
        if _DOC_NUMBER.match(text) and not seen_recipient:
            out.append(LetterLine(text, RIGHT, "doc_number"))
        elif _DATE.match(text) and not seen_recipient:
            out.append(LetterLine(text, RIGHT, "date"))
        elif _RECIPIENT.search(text) and _is_short(text) and not seen_title:
            out.extend(LetterLine(p, LEFT, "recipient") for p in pending)
            pending = []
            out.append(LetterLine(text, LEFT, "recipient"))
            seen_recipient = True
        elif subject or heading or (_TITLE_HINT.search(text) and _is_short(text, 60)):
            out.extend(LetterLine(p, RIGHT if seen_recipient else CENTER,
                                  "sender" if seen_recipient else "title") for p in pending)
            pending = []
            title = text[subject.end():] if subject else text
            out.append(LetterLine(title, CENTER, "title"))
            seen_title = True
            i += 1
            break
        elif _SALUTATION.match(text) or not _is_short(text):
            break
        elif seen_recipient:
            following = next((t for t, _h in lines[i + 1:] if t), "")
            senders_so_far = any(ln.role == "sender" for ln in out)
            if senders_so_far and (_SALUTATION.match(following) or not _is_short(following)):
                # The line just before the body, after the sender block, is the subject.
                out.append(LetterLine(text, CENTER, "title"))
                seen_title = True
                i += 1
                break
            out.append(LetterLine(text, RIGHT, "sender"))
        else:
            pending.append(text)
        i += 1
    if pending:
        # A short first line with no letter header around it is the title of a speech or notice.
        if not seen_title and not seen_recipient and len(pending) == 1:
            out.append(LetterLine(pending[0], CENTER, "title"))
        else:
            out.extend(LetterLine(p, LEFT, "body") for p in pending)

    body = lines[i:]
    # A date near the end starts the signature block (speeches: 日付, then 肩書・氏名).
    signature_from = len(body)
    nonblank = [k for k, (t, _h) in enumerate(body) if t]
    for k in nonblank[-4:]:
        if _DATE.match(body[k][0]):
            signature_from = k
            break
    in_note = after_closing = False
    for k, (text, _heading) in enumerate(body):
        if not text:
            out.append(LetterLine("", LEFT, "blank"))
        elif k >= signature_from and _is_short(text, 50):
            out.append(LetterLine(text, RIGHT, "signature"))
        elif text in _CLOSING:
            out.append(LetterLine(text, RIGHT, "closing"))
            after_closing = True
        elif text == _NOTE:
            out.append(LetterLine(text, CENTER, "note"))
            in_note = True
        elif text == _END:
            out.append(LetterLine(text, RIGHT, "end"))
            in_note = False
        elif after_closing and not in_note and _is_short(text, 60):
            out.append(LetterLine(text, RIGHT, "signature"))
        else:
            out.append(LetterLine(text, LEFT, "body"))
    # Collapse runs of blank lines.
    tidy: list[LetterLine] = []
    for ln in out:
        if ln.role == "blank" and (not tidy or tidy[-1].role == "blank"):
            continue
        tidy.append(ln)
    while tidy and tidy[-1].role == "blank":
        tidy.pop()
    return tidy
