"""IT's blocked terms: text that contains one (「機密性3」「秘」「取扱注意」, an organisation's marker)
is not sent at all.

A pure check, for the pipeline to run before anything leaves the PC (the GUI, the relay and the
CLI all go through it): ``BlockedTerms(terms).check(text)`` raises ``BlockedTermError`` naming
the rule. The rule is IT's entry as written (a word or ``re:`` pattern), never the user's text,
so it can be shown and counted in the usage log.

Policy keys (wired by the settings/policy owners): ``blocked_terms`` (inline list) and
``blocked_terms_file`` (one a line, ``re:`` for a regular expression, '#' comments), locked like
the other policy keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.errors import EXIT_BLOCKED, UserFacingError
from desktop.core.masking.normalize import normalize
from desktop.core.masking.terms import TermMatcher, read_term_file

# Documented exit code of the CLI when a text is refused for a blocked term.
BLOCKED_EXIT_CODE = EXIT_BLOCKED


class BlockedTermError(UserFacingError):
    """The text holds a term IT has blocked; nothing was sent."""

    exit_code = BLOCKED_EXIT_CODE

    def __init__(self, rule: str) -> None:
        super().__init__(
            f"送信しませんでした: 組織の規則で送信が禁止されている語「{rule}」が含まれています。\n"
            "該当する部分を削除してからやり直すか、情報政策課に確認してください。",
            detail="blocked term",
        )
        self.rule = rule


class BlockedTerms:
    def __init__(self, terms: Iterable[str] = ()) -> None:
        self._matcher = TermMatcher(terms, what="送信を禁止する語の一覧")

    @classmethod
    def from_policy(cls, inline: Iterable[str] = (), file: str = "") -> BlockedTerms:
        """The inline ``blocked_terms`` and the lines of ``blocked_terms_file`` together."""
        terms = list(inline)
        if file:
            terms.extend(read_term_file(file, what="送信を禁止する語の一覧"))
        return cls(terms)

    def __bool__(self) -> bool:
        return bool(self._matcher)

    def first_rule(self, text: str) -> str | None:
        """The rule (as IT wrote it) of the first blocked term in ``text``, or None."""
        if not self._matcher or not text:
            return None
        first: tuple[int, str] | None = None
        for rule, start, _end in self._matcher.finditer(normalize(text)):
            if first is None or start < first[0]:
                first = (start, rule)
        return first[1] if first else None

    def check(self, *texts: str) -> None:
        """Raise ``BlockedTermError`` if any of ``texts`` holds a blocked term."""
        for text in texts:
            rule = self.first_rule(text)
            if rule is not None:
                raise BlockedTermError(rule)
