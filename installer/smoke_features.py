"""Use a built or installed Office Assistant like a clerk would, against a local fake Azure OpenAI.

    python installer/smoke_features.py dist/OfficeAssistant        # the Linux bundle (CI)
    (installer/windows/verify.py uses it on the exe installed under Wine)

This is verification, not part of the build: it starts the test suite's Azure-protocol server
(tests/support/azure_server.py) on 127.0.0.1 in this process and drives the app's console
executable as a subprocess. It proves what self-test alone cannot: the OpenAI SDK and its HTTP
stack, .docx/.xlsx reading, the morphological analyser in a worker process, the formula engine,
the usage export and the .xlsx report with charts. Nothing leaves the machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

INSTALLER_DIR = Path(__file__).resolve().parent
REPO_ROOT = INSTALLER_DIR.parent


class SmokeFailed(Exception):
    pass


@dataclass
class Step:
    name: str
    seconds: float
    detail: str = ""


@dataclass
class App:
    """How to start the console executable: a command prefix, an environment, a path mapper."""

    command: Sequence[str]
    env: Mapping[str, str]
    # The exe may see the file system differently (Wine: Z:\...); Linux: the path itself.
    native: Callable[[Path], str] = str
    timeout: float = 300

    def run(
        self, args: Sequence[str], *, extra_env: Mapping[str, str] | None = None, stdin: str = ""
    ) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.perf_counter()
        # Pipes, never files, for the child's output: under Wine a Windows process whose stdout
        # is a regular file dies at start-up (init_sys_streams: invalid handle).
        done = subprocess.run(
            [*self.command, *args],
            env={**self.env, **(extra_env or {})},
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=self.timeout,
        )
        return done, time.perf_counter() - started

    def ok(self, args: Sequence[str], **kwargs) -> tuple[subprocess.CompletedProcess[str], float]:
        done, secs = self.run(args, **kwargs)
        if done.returncode != 0:
            raise SmokeFailed(
                f"`{' '.join(args[:3])}` failed (exit {done.returncode}):\n"
                f"{done.stdout[-1200:]}{done.stderr[-1200:]}"
            )
        return done, secs


SECRET_PHONE, SECRET_NAME = "090-1234-5678", "山田太郎"


def make_documents(folder: Path) -> tuple[Path, Path, Path]:
    import docx
    import openpyxl

    folder.mkdir(parents=True, exist_ok=True)
    memo = folder / "連絡メモ.docx"
    document = docx.Document()
    document.add_paragraph(
        f"担当：{SECRET_NAME}（電話 {SECRET_PHONE}）から、訓練の日程変更の連絡がありました。"
    )
    document.save(str(memo))
    book = folder / "集計表.xlsx"
    wb = openpyxl.Workbook()
    for row in (("地区", "金額"), ("東京", 100), ("大阪", 50), ("東京", 25)):
        wb.active.append(row)
    wb.save(book)
    long_text = folder / "長い記録.txt"
    # Shift_JIS, as many Japanese office files still are.
    long_text.write_text(
        f"相談記録：{SECRET_NAME}様（電話 {SECRET_PHONE}）から転居の相談があった。\n" * 4000,
        encoding="cp932",
    )
    return memo, book, long_text


def task_through_app(app: App, fake, memo: Path) -> Step:
    """A summary of a .docx: personal data masked on the way out, restored in the answer."""
    before = len(fake.requests)
    done, secs = app.ok(["run", "summarize", "--var-file", f"text={app.native(memo)}", "--json"])
    answer = json.loads(done.stdout)
    sent = fake.all_request_text()
    if len(fake.requests) == before:
        raise SmokeFailed("the task sent nothing to the local service")
    if SECRET_PHONE in sent or SECRET_NAME in sent:
        raise SmokeFailed("personal data reached the (fake) service unmasked")
    if SECRET_PHONE not in answer.get("output", ""):
        raise SmokeFailed("the answer was not un-masked: " + done.stdout[:400])
    found = ", ".join(sorted(answer.get("entities", {})))
    return Step("docx+mask+llm", secs, f"masked {found}; restored in the answer")


def mask_long_document(app: App, long_text: Path) -> Step:
    # A long document: the masker analyses part of it in a spawned worker process, which in a
    # frozen app only works when the entry point calls freeze_support().
    done, secs = app.ok(["mask", app.native(long_text)])
    if SECRET_NAME in done.stdout or SECRET_PHONE in done.stdout:
        raise SmokeFailed("the long document was not masked")
    if "〔氏名" not in done.stdout:
        raise SmokeFailed("the long document came back without placeholders: " + done.stdout[:200])
    size_kb = long_text.stat().st_size // 1024
    return Step("mask long doc", secs, f"{size_kb} KB Shift_JIS masked (worker process)")


def excel_formula(app: App, fake, book: Path) -> Step:
    previous = fake.reply
    fake.reply = lambda body: '=SUMIF(A2:A4,"東京",B2:B4)'
    try:
        done, secs = app.ok(
            [
                "run",
                "excel-formula",
                "--var-file",
                f"workbook={app.native(book)}",
                "--var",
                "request=東京の金額の合計",
                "--var",
                "target=D2",
            ]
        )
    finally:
        fake.reply = previous
    if "SUMIF" not in done.stdout or "125" not in done.stderr:
        raise SmokeFailed(
            "the formula was not checked on the workbook: " + (done.stdout + done.stderr)[:400]
        )
    return Step("excel formula", secs, "=SUMIF(...) evaluated to 125 on the workbook")


def usage_report(app: App, export: Path, report: Path, *, configure: bool = True) -> Step:
    import openpyxl

    if configure:
        export.mkdir(parents=True, exist_ok=True)
        app.ok(["config", "set", "usage_export_folder", app.native(export)])
        app.ok(["config", "set", "user_id_salt", "build-smoke-salt"])
    app.ok(["usage", "export"])
    exported = sorted(export.glob("*.jsonl"))
    if not exported:
        raise SmokeFailed(f"usage export wrote nothing to {export}")
    _, secs = app.ok(["report", "--input", app.native(export), "--out", app.native(report)])
    charts = sum(len(ws._charts) for ws in openpyxl.load_workbook(report).worksheets)
    if charts == 0:
        raise SmokeFailed("the usage report has no charts")
    return Step("usage report", secs, f"{report.name} with {charts} charts")


def fake_service():
    """The test suite's Azure-protocol server (imported here, never by the build)."""
    sys.path.insert(0, str(REPO_ROOT))
    from tests.support.azure_server import FakeAzureOpenAI

    return FakeAzureOpenAI()


def service_env(fake) -> dict[str, str]:
    return {
        "OFFICE_ASSISTANT_ENDPOINT": fake.endpoint,
        "OFFICE_ASSISTANT_DEPLOYMENT": "gpt-4o-mini",
        "OFFICE_ASSISTANT_API_KEY": fake.api_key,
        # A machine behind a corporate proxy must still reach 127.0.0.1 directly.
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
    }


def linux_bundle_smoke(bundle: Path) -> list[Step]:
    cli = bundle / ("office-assistant-cli.exe" if sys.platform == "win32" else "office-assistant-cli")
    with tempfile.TemporaryDirectory(prefix="oa-features-") as tmp, fake_service() as fake:
        tmp_path = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("OFFICE_ASSISTANT_")}
        runtime = tmp_path / "xdg-runtime"
        runtime.mkdir(mode=0o700)
        env.update(
            {
                "QT_QPA_PLATFORM": "offscreen",
                "XDG_RUNTIME_DIR": str(runtime),
                "OFFICE_ASSISTANT_HOME": str(tmp_path / "home"),
                "OFFICE_ASSISTANT_POLICY": str(tmp_path / "no-policy.toml"),
                "OFFICE_ASSISTANT_NO_CRASH_DIALOG": "1",
                **service_env(fake),
            }
        )
        app = App([str(cli)], env)
        memo, book, long_text = make_documents(tmp_path / "docs")
        return [
            task_through_app(app, fake, memo),
            mask_long_document(app, long_text),
            excel_formula(app, fake, book),
            usage_report(app, tmp_path / "export", tmp_path / "report.xlsx"),
        ]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        steps = linux_bundle_smoke(Path(args[0]))
    except (SmokeFailed, subprocess.TimeoutExpired, OSError) as exc:
        print(f"[smoke] FAILED: {exc}", flush=True)
        return 1
    for step in steps:
        print(f"[smoke] {step.name + ':':<18}OK in {step.seconds:.2f} s  {step.detail}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
