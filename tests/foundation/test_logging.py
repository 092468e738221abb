from __future__ import annotations

import logging

from desktop.core.logging_setup import configure_logging, redact


def test_redaction_scrubs_keys_and_contacts():
    text = redact("api_key=sk-abcdef0123456789abcdef0123456789 mail yamada@example.jp tel 03-1234-5678")
    assert "sk-abcdef" not in text and "yamada@" not in text and "1234-5678" not in text


def test_log_file_rotates_and_never_holds_a_slipped_secret(tmp_path):
    log_file = tmp_path / "logs" / "app.log"
    configure_logging(log_file)
    logger = logging.getLogger("test.slip")
    try:
        logger.warning("retrying with Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789")
        try:
            raise ValueError("password=hunter2hunter2 for taro@example.jp")
        except ValueError:
            logger.exception("failed")
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_office_assistant", False):
                logging.getLogger().removeHandler(h)
                h.close()
    content = log_file.read_text("utf-8")
    assert "retrying" in content and "ValueError" in content
    assert "abcdefghijklmnop" not in content and "hunter2" not in content and "taro@" not in content
