"""IT's rules in the masking code (issue 13): re: lines in the always-mask dictionary and the
allowlist, and the blocked-terms check the pipeline runs before sending."""

from __future__ import annotations

import pytest

from desktop.core.errors import ConfigurationError
from desktop.core.masking import PiiMasker, read_term_file
from desktop.core.masking.blocked import BLOCKED_EXIT_CODE, BlockedTermError, BlockedTerms


def test_dictionary_re_lines_mask_case_and_staff_numbers(tmp_path):
    f = tmp_path / "dict.txt"
    f.write_text(
        "# 案件番号と職員番号\nre:受付第[0-9]{4}-[0-9]+号\n"
        "re:職員番号[:：]?[A-Z][0-9]{5}  # コメントではない\n青葉案件\n",
        encoding="utf-8",
    )
    terms = read_term_file(str(f))
    assert terms == ["re:受付第[0-9]{4}-[0-9]+号", "re:職員番号[:：]?[A-Z][0-9]{5}  # コメントではない", "青葉案件"]
    masker = PiiMasker(dictionary=["re:受付第[0-9]{4}-[0-9]+号", "re:職員番号[:：]?[A-Z][0-9]{5}", "青葉案件"])
    result = masker.mask("受付第２０２４－１１７号の件（青葉案件）、職員番号:K12345 が対応")
    assert "２０２４" not in result.masked_text and "117" not in result.masked_text
    assert "K12345" not in result.masked_text and "青葉案件" not in result.masked_text
    assert result.masked_text.count("〔秘匿語") == 3
    assert result.session.unmask(result.masked_text).startswith("受付第２０２４－１１７号")


def test_a_broken_or_empty_pattern_is_a_configuration_error_naming_it():
    with pytest.raises(ConfigurationError) as err:
        PiiMasker(dictionary=["re:受付第[0-9"])
    assert "re:受付第[0-9" in err.value.user_message
    with pytest.raises(ConfigurationError):
        PiiMasker(dictionary=["re:a*"])


def test_allowlist_keeps_the_organisation_and_titles_with_patterns():
    text = "札幌市保健福祉局の山田太郎課長と、市長の秋元克広さんに連絡。電話 011-211-2111"
    plain = PiiMasker().mask(text).masked_text
    masker = PiiMasker(allowlist=["秋元克広", "re:011-211-[0-9]{4}"])
    kept = masker.mask(text).masked_text
    assert "秋元克広" in kept and "011-211-2111" in kept
    assert "山田太郎" not in kept
    assert plain != kept


def test_blocked_terms_name_the_rule_and_ignore_width(tmp_path):
    f = tmp_path / "blocked.txt"
    f.write_text("機密性３\n# 注記\nre:取扱(?:注意|厳重注意)\n", encoding="utf-8")
    rules = BlockedTerms.from_policy(["秘密区分：秘"], str(f))
    assert rules.first_rule("通常の文書です。") is None
    assert rules.first_rule("この資料は機密性3です") == "機密性３"
    with pytest.raises(BlockedTermError) as err:
        rules.check("件名", "【取扱厳重注意】予算案")
    assert err.value.rule == "re:取扱(?:注意|厳重注意)"
    assert "re:取扱(?:注意|厳重注意)" in err.value.user_message
    assert "予算案" not in err.value.user_message and "予算案" not in str(err.value)
    assert err.value.exit_code == BLOCKED_EXIT_CODE
    assert not BlockedTerms()
