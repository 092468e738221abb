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


def test_the_log_rotates_by_size_keeping_the_newest_and_a_few_before(tmp_path):
    from desktop.core.logging_setup import SizeRotatingFile

    log_file = tmp_path / "app.log"
    handler = SizeRotatingFile(log_file, max_bytes=400, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test.rotate")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(100):
            logger.warning("record %03d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
        logger.propagate = True
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2", "app.log.3"]  # no more than 3 kept
    assert all((tmp_path / f).stat().st_size <= 400 for f in files)
    newest = log_file.read_text("utf-8").splitlines()
    assert newest[-1].startswith("record 099")
    before = (tmp_path / "app.log.1").read_text("utf-8").splitlines()
    assert int(before[-1].split()[1]) + 1 == int(newest[0].split()[1])  # nothing lost between
