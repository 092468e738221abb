"""Access and audit log lines: whose address and whose login each slot of the line holds.

A log line is a record whose layout is its format, so a slot says what its value is, the way a
table header says what a cell is:

- **the login slot** — sshd ``Failed password for <user> from``, the remote user of a
  Common/Combined Log Format line (``<client> <ident> <user> [<time>]``), a ``user=`` key of a
  key=value log, a Windows ``DOMAIN\\user`` account — holds a person's login id, which is their
  name written another way (PERSON). Machine accounts (``DC01$``), system accounts (root,
  www-data …) and e-mail addresses (found as such) are not given a name.
- **the destination slot** — ``dstip=``, ``dst=``, ``daddr=`` — holds the office's server, not
  the person's address; neither is an address the text itself calls a server
  (``198.51.100.10 は監視サーバ``). Every occurrence of such an address outside a source slot is
  kept (NOT_PERSONAL, which drops an IP finding of the same span).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.masking.tables import NOT_PERSONAL, Finding

_IPV4 = r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9.])"
_IPV6 = r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])"
_IP = f"(?:{_IPV4}|{_IPV6})"
_IP_RE = re.compile(_IP)

_SSH_LOGIN = re.compile(
    r"(?:Failed|Accepted|Invalid) (?:password|publickey|keyboard-interactive(?:/pam)?|user) "
    r"(?:for )?(?:invalid user )?([^\s]+) from " + _IP
)
_CLF_USER = re.compile(r"^" + _IP + r" \S+ ([^\s\[]+) \[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:", re.M)
_USER_KEY = re.compile(
    r"(?<![A-Za-z_])(?:user|usr|username|user_?name|login|srcuser|src_user)=(\"?)([^\"\s]+)\1"
)
_DOMAIN_USER = re.compile(
    r"(?<![A-Za-z0-9\\])[A-Z][A-Z0-9-]{1,14}\\([a-z][a-z0-9._-]{2,30})(?![A-Za-z0-9\\])"
)
_DEST_KEY = re.compile(
    r"(?<![A-Za-z_])(?:dst|dstip|dst_ip|daddr|dest|dest_ip|destination|dst_addr)=\"?(" + _IP + ")"
)
_SOURCE_KEY = re.compile(
    r"(?<![A-Za-z_])(?:src|srcip|src_ip|saddr|source|client_ip|remote_addr)=\"?(" + _IP + ")"
)
# 「198.51.100.10 は監視サーバ」: the address is the subject the sentence calls a server
_CALLED_SERVER = re.compile(
    "("
    + _IP
    + r")[ ]?(?:は|が|=|is (?:the |a |an |our )?)[^\n。、,()（）]{0,10}?(?:サーバ|[Ss]erver\b)"
)

_NAME_LIKE_ID = re.compile(
    r"[a-z]{2,}[._-][a-z]{1,3}[0-9]{0,2}|[a-z]{1,3}[._-][a-z]{2,}[0-9]{0,2}|[一-龥々ぁ-ゖァ-ヴ]{2,8}"
)
# accounts of a system, a service or no one
_SYSTEM_ACCOUNTS = frozenset(
    [
        "root",
        "admin",
        "administrator",
        "guest",
        "test",
        "user",
        "nobody",
        "daemon",
        "www-data",
        "apache",
        "nginx",
        "postgres",
        "oracle",
        "mysql",
        "ubuntu",
        "ec2-user",
        "pi",
        "ftp",
        "anonymous",
        "system",
        "service",
        "operator",
        "backup",
        "sync",
    ]
)


def _login(text: str, s: int, e: int) -> Finding | None:
    value = text[s:e]
    if (
        len(value) < 3
        or value == "-"
        or "@" in value
        or value.endswith("$")
        or value.lower() in _SYSTEM_ACCOUNTS
        or not re.search(r"[A-Za-z]{2}|[一-龥ぁ-ゖァ-ヴ]", value)
    ):
        return None
    return ("PERSON", s, e)


def find_in_logs(text: str) -> Iterator[Finding]:
    """Login ids in a log's login slot (PERSON) and servers' addresses (NOT_PERSONAL)."""
    if " from " in text:
        for m in _SSH_LOGIN.finditer(text):
            f = _login(text, m.start(1), m.end(1))
            if f:
                yield f
    if " [" in text and "/20" in text:
        for m in _CLF_USER.finditer(text):
            f = _login(text, m.start(1), m.end(1))
            if f:
                yield f
    if "=" in text and ("user" in text or "usr" in text or "login" in text):
        for m in _USER_KEY.finditer(text):
            # a key=value log's user may be a desk's shared account (madoguchi07): only an id
            # written as a name (surname and initial apart, kana or kanji) is taken for one
            if _NAME_LIKE_ID.fullmatch(m.group(2)):
                f = _login(text, m.start(2), m.end(2))
                if f:
                    yield f
    if "\\" in text:
        for m in _DOMAIN_USER.finditer(text):
            f = _login(text, m.start(1), m.end(1))
            if f:
                yield f
    servers: set[str] = set()
    if "=" in text and ("dst" in text or "dest" in text or "daddr" in text):
        servers.update(m.group(1) for m in _DEST_KEY.finditer(text))
    for word in ("サーバ", "erver"):
        at = text.find(word)
        while at >= 0:  # the sentence before each mention of a server, not the whole text
            servers.update(
                m.group(1) for m in _CALLED_SERVER.finditer(text, max(0, at - 60), at + 6)
            )
            at = text.find(word, at + 1)
    if servers:
        sources = {m.start(1) for m in _SOURCE_KEY.finditer(text)}
        for m in _IP_RE.finditer(text):
            if m.group() in servers and m.start() not in sources:
                yield (NOT_PERSONAL, m.start(), m.end())
