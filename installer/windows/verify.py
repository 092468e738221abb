"""Install and use the Windows build of Office Assistant under Wine, as IT and a clerk would.

    python installer/windows/verify.py --setup OUT/OfficeAssistant-Setup-0.1.0.exe \
        --previous-setup WORK/OfficeAssistant-Setup-0.0.9.exe --msi OUT/OfficeAssistant-0.1.0.msi \
        [--work DIR] [--keep]

Runs on Linux (the project's own venv) and drives Windows programs through Wine, in a fresh Wine
prefix made by wine-prefix.sh for a user whose name has Japanese characters and a space, with the
Japanese code page (LANG=ja_JP.UTF-8 gives cp932), into an install folder with Japanese characters
and a space. Each check prints one line; the exit status is 0 only when every check passed.

What it proves (issue #11): silent install with /POLICY=, upgrade over the previous version keeping
settings, policy and the API key, the installed console exe's self-test, the API key stored in and
read from Windows Credential Manager, a task through the installed app against the local
Azure-protocol test server (masked out, restored back, usage logged in the Japanese profile), a key
locked by policy refused, UNC paths for the organisation's templates and usage export, policy from
the registry (HKLM\\SOFTWARE\\Policies\\OfficeAssistant) winning over the file, IT's monthly budget
set there stopping a task, the installer's Japanese wizard, a screenshot of the
installed app, uninstall keeping user data unless asked, and the MSI installed and removed with
msiexec.

Gaps of Wine, not of Windows (see installer/README.md): Qt's windows platform plugin needs user32
functions Wine 8.0 lacks, so the app runs with Qt's offscreen platform here (fonts from
QT_QPA_FONTDIR); three missing system functions get stand-ins in the test prefix only.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

import smoke_features as sf  # noqa: E402

USER_NAME = "職員 太郎"  # a profile path with Japanese characters and a space
INSTALL_DIR = r"C:\Program Files\業務 アシスタント"
APP_ID = "{2EB55345-774D-4DA9-AEBC-2FE9F1DB13FA}_is1"
CLI_EXE = "office-assistant-cli.exe"
GUI_EXE = "OfficeAssistant.exe"
JA_FONT_DIRS = ("/usr/share/fonts/opentype/ipafont-gothic", "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf")
POLICY_KEY = r"HKLM\SOFTWARE\Policies\OfficeAssistant"


class CheckFailed(Exception):
    pass


def log(message: str) -> None:
    print(f"[verify] {message}", flush=True)


@dataclass
class Wine:
    """One Wine prefix on a virtual display; every Windows process goes through ``run``."""

    prefix: Path
    display: str
    user: str = USER_NAME
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("OFFICE_ASSISTANT_", "QT_", "WINE", "VIRTUAL_ENV"))
        }
        font_dir = next((d for d in JA_FONT_DIRS if Path(d).is_dir()), "")
        env.update(
            {
                "WINEPREFIX": str(self.prefix),
                "WINEARCH": "win64",
                "WINEDEBUG": "-all",
                "WINEDLLOVERRIDES": "mscoree=;mshtml=;winemenubuilder.exe=d;winedbg.exe=d",
                "USER": self.user,  # Wine names the profile folder C:\\users\\<USER>
                "DISPLAY": self.display,
                # Japanese Windows: ANSI code page 932, Japanese UI language.
                "LANG": "ja_JP.UTF-8",
                "LC_ALL": "ja_JP.UTF-8",
                # Wine passes QT_* to Windows programs only under a WINE prefix.
                "WINEQT_QPA_PLATFORM": "offscreen",
                "WINEQT_QPA_FONTDIR": self.windows_path(Path(font_dir)) if font_dir else "",
                "OFFICE_ASSISTANT_NO_CRASH_DIALOG": "1",
            }
        )
        env.update(self.extra)
        return env

    @staticmethod
    def windows_path(path: Path) -> str:
        """A Linux path as Windows programs under Wine see it (drive Z: is /)."""
        return "Z:" + str(path.resolve()).replace("/", "\\")

    def unix_path(self, windows: str) -> Path:
        """C:\\... inside the prefix as a Linux path."""
        p = PureWindowsPath(windows)
        if p.drive.upper() != "C:":
            raise ValueError(f"only C: paths map into the prefix: {windows}")
        return self.prefix / "drive_c" / Path(*p.parts[1:])

    @property
    def profile(self) -> Path:
        return self.prefix / "drive_c" / "users" / self.user

    @property
    def local_app_data(self) -> Path:
        return self.profile / "AppData" / "Local"

    @property
    def program_data(self) -> Path:
        return self.prefix / "drive_c" / "ProgramData"

    def run(
        self,
        args: Sequence[str],
        *,
        timeout: float = 300,
        stdin: str = "",
        extra_env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        # Pipes, never files: a Windows process whose stdout is a regular file dies under Wine.
        return subprocess.run(
            ["wine", *args],
            env={**self.env, **(extra_env or {})},
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )

    def wait(self) -> None:
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def reg(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(["reg", *args, "/reg:64"], timeout=60)

    def app(self, install_dir: str, extra_env: Mapping[str, str] | None = None) -> sf.App:
        cli = f"{install_dir}\\{CLI_EXE}"
        return sf.App(["wine", cli], {**self.env, **(extra_env or {})}, native=self.windows_path)


@contextlib.contextmanager
def virtual_display() -> Iterator[str]:
    """An Xvfb display of our own: the installer's window (even when silent) needs one."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    if not number:
        proc.kill()
        raise CheckFailed("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@dataclass
class Result:
    name: str
    ok: bool
    seconds: float
    detail: str


class Verifier:
    def __init__(self, args: argparse.Namespace, work: Path, display: str) -> None:
        self.args = args
        self.work = work
        self.display = display
        self.results: list[Result] = []
        self.wine = Wine(work / "prefix", display)
        self.share = work / "fileserver-share"
        self.fake = None
        self.evidence = args.evidence

    # Bookkeeping -------------------------------------------------------------------------------
    def check(self, name: str, fn: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = fn()
            ok = True
        except (CheckFailed, sf.SmokeFailed, subprocess.TimeoutExpired, OSError, ValueError) as exc:
            detail, ok = f"{type(exc).__name__}: {exc}", False
        except Exception as exc:  # a bug in a check fails that check; the others still run
            import traceback

            detail, ok = "".join(traceback.format_exception(exc)[-3:]), False
        secs = time.perf_counter() - started
        self.results.append(Result(name, ok, secs, detail))
        mark = "OK  " if ok else "FAIL"
        log(f"[{mark}] {name} ({secs:.1f} s): {detail}")
        return ok

    def expect(self, done: subprocess.CompletedProcess[str], what: str, code: int = 0) -> None:
        if done.returncode != code:
            raise CheckFailed(
                f"{what}: exit {done.returncode}, expected {code}\n"
                f"{done.stdout[-1500:]}{done.stderr[-1500:]}"
            )

    # Environment -------------------------------------------------------------------------------
    def make_prefix(self) -> str:
        done = subprocess.run(
            ["bash", str(HERE / "wine-prefix.sh"), str(self.wine.prefix), "--user", USER_NAME],
            capture_output=True,
            text=True,
            timeout=600,
        )
        self.expect(done, "wine-prefix.sh")
        if not self.wine.profile.is_dir():
            raise CheckFailed(f"no profile folder for {USER_NAME!r}: {self.wine.profile}")
        acp = self.wine.reg("query", r"HKLM\System\CurrentControlSet\Control\Nls\CodePage", "/v", "ACP")
        if "932" not in acp.stdout:
            raise CheckFailed(f"the prefix's ANSI code page is not 932: {acp.stdout.strip()}")
        return f"C:\\users\\{USER_NAME}, ANSI code page 932, stand-ins installed"

    def make_share(self) -> str:
        """\\\\fileserver\\share as a local folder: no network is involved."""
        (self.share / "templates").mkdir(parents=True, exist_ok=True)
        (self.share / "usage").mkdir(parents=True, exist_ok=True)
        template = REPO_ROOT / "prompt_templates" / "summarize.toml"
        text = template.read_text("utf-8")
        text = text.replace('id = "summarize"', 'id = "org-summary"', 1)
        # A title of its own: the window lists built-in and organisation templates side by side,
        # and two entries both called 文書の要約 on the evidence screenshot read as a bug.
        text = text.replace('title = "文書の要約"', 'title = "文書の要約（当課の様式）"', 1)
        if 'id = "org-summary"' not in text or "当課の様式" not in text:
            raise CheckFailed("could not derive an organisation template from summarize.toml")
        (self.share / "templates" / "org-summary.toml").write_text(text, "utf-8")
        unc = self.wine.prefix / "dosdevices" / "unc" / "fileserver"
        unc.mkdir(parents=True, exist_ok=True)
        link = unc / "share"
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(self.share)
        return r"\\fileserver\share -> " + str(self.share)

    def write_policy(self, fake) -> Path:
        policy = self.work / "配布物" / "policy.toml"
        policy.parent.mkdir(parents=True, exist_ok=True)
        policy.write_text(
            "schema = 1\n"
            'locked = ["provider", "endpoint", "deployment", "org_template_folder", "usage_export_folder"]\n'
            'provider = "azure"\n'
            f'endpoint = "{fake.endpoint}"\n'
            'deployment = "gpt-4o-mini"\n'
            "org_template_folder = '\\\\fileserver\\share\\templates'\n"
            "usage_export_folder = '\\\\fileserver\\share\\usage'\n"
            'user_id_salt = "verify-salt-0123456789"\n',
            encoding="utf-8",
        )
        return policy

    # Installer ---------------------------------------------------------------------------------
    def install(self, setup: Path, *extra: str, log_name: str) -> subprocess.CompletedProcess[str]:
        setup_log = self.work / log_name
        done = self.wine.run(
            [
                str(setup),
                "/VERYSILENT",
                "/SUPPRESSMSGBOXES",
                "/NORESTART",
                f"/LOG={self.wine.windows_path(setup_log)}",
                f"/DIR={INSTALL_DIR}",
                *extra,
            ],
            timeout=900,
        )
        self.wine.wait()
        return done

    def installed_version(self) -> str:
        key = rf"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}"
        done = self.wine.reg("query", key, "/v", "DisplayVersion")
        for line in done.stdout.splitlines():
            if "DisplayVersion" in line:
                return line.split()[-1]
        return ""

    @property
    def install_root(self) -> Path:
        return self.wine.unix_path(INSTALL_DIR)

    @property
    def user_data(self) -> Path:
        return self.wine.local_app_data / "OfficeAssistant"

    def policy_installed(self) -> Path:
        return self.wine.program_data / "OfficeAssistant" / "policy.toml"

    # The checks ----------------------------------------------------------------------------------
    def install_previous(self, policy: Path) -> str:
        done = self.install(
            self.args.previous_setup, f"/POLICY={self.wine.windows_path(policy)}",
            log_name="setup-previous.log",
        )
        self.expect(done, "silent install of the previous version")
        if not (self.install_root / CLI_EXE).is_file():
            raise CheckFailed(f"nothing installed in {self.install_root}")
        if self.policy_installed().read_text("utf-8") != policy.read_text("utf-8"):
            raise CheckFailed("the /POLICY file was not copied to %ProgramData%")
        # Settings and a key stored before the upgrade must survive it.
        app = self.wine.app(INSTALL_DIR)
        app.ok(["config", "set", "excel_version", "2019"])
        app.ok(["config", "set-api-key"], stdin=self.fake.api_key + "\n")
        (self.install_root / "_internal" / "left-over-from-previous.txt").write_text("old", "utf-8")
        return f"{self.installed_version()} into {INSTALL_DIR} with /POLICY"

    def upgrade(self) -> str:
        done = self.install(self.args.setup, log_name="setup.log")
        self.expect(done, "silent upgrade")
        version = self.installed_version()
        if version == self.args.previous_version or not version:
            raise CheckFailed(f"the registered version is still {version!r}")
        if (self.install_root / "_internal" / "left-over-from-previous.txt").exists():
            raise CheckFailed("a file of the previous version was left in _internal")
        if not self.policy_installed().is_file():
            raise CheckFailed("the upgrade removed the machine policy")
        shown = self.wine.app(INSTALL_DIR).ok(["config", "get", "excel_version"])[0].stdout
        if "2019" not in shown:
            raise CheckFailed(f"the user's setting was lost: {shown!r}")
        return f"{self.args.previous_version} -> {version}; settings, policy and key kept"

    def self_test(self) -> str:
        done = self.wine.run([str(PureWindowsPath(INSTALL_DIR, CLI_EXE)), "self-test"], timeout=300)
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            raise CheckFailed(f"self-test exit {done.returncode}:\n{done.stdout}{done.stderr[-1500:]}")
        secrets = next((ln for ln in lines if "secrets" in ln), "")
        if "Windows" not in secrets or not secrets.startswith("[OK]"):
            raise CheckFailed(f"the keychain is not Windows Credential Manager: {secrets}")
        return f"{len(lines)} checks OK; {secrets.split(':', 1)[-1].strip()}"

    def key_in_credential_manager(self) -> str:
        # The key went in through `config set-api-key` before the upgrade; the task below runs
        # without OFFICE_ASSISTANT_API_KEY, so it can only come from Credential Manager.
        for reg_file in ("user.reg", "system.reg"):
            if self.fake.api_key in (self.wine.prefix / reg_file).read_text("utf-8", "replace"):
                raise CheckFailed(f"the API key is in plain text in {reg_file}")
        leaked = [p for p in self.user_data.rglob("*") if p.is_file() and self.fake.api_key.encode() in p.read_bytes()]
        if leaked:
            raise CheckFailed(f"the API key is in a file: {leaked[0]}")
        return "stored with `config set-api-key`, no plain copy in the registry or user files"

    def task(self) -> str:
        memo, book, long_text = sf.make_documents(self.work / "書類 フォルダ")
        app = self.wine.app(INSTALL_DIR)
        step = sf.task_through_app(app, self.fake, memo)
        auth = [r.headers.get("api-key", "") for r in self.fake.chat_requests]
        if not auth or auth[-1] != self.fake.api_key:
            raise CheckFailed("the request did not carry the key from Credential Manager")
        db = self.user_data / "OfficeAssistant" / "usage.sqlite3"
        if not db.is_file():
            raise CheckFailed(f"no usage database in the profile: {db}")
        with contextlib.closing(sqlite3.connect(db)) as con:
            rows = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        raw = db.read_bytes()
        if sf.SECRET_NAME.encode() in raw or sf.SECRET_PHONE.encode() in raw:
            raise CheckFailed("personal data in the usage database")
        self._docs = (memo, book, long_text)
        return f"{step.detail}; {rows} usage row(s) in {db.relative_to(self.wine.prefix)}"

    def japanese_files(self) -> str:
        _memo, book, long_text = self._docs
        app = self.wine.app(INSTALL_DIR)
        steps = [sf.mask_long_document(app, long_text), sf.excel_formula(app, self.fake, book)]
        listed = app.ok(["templates", "list"])[0].stdout
        if "要約" not in listed:
            raise CheckFailed("Japanese template titles did not come through the console")
        return "; ".join(s.detail for s in steps)

    def locked_key(self) -> str:
        app = self.wine.app(INSTALL_DIR)
        done, _ = app.run(["config", "set", "endpoint", "https://attacker.example"])
        if done.returncode != 3:
            raise CheckFailed(f"a locked key was not refused (exit {done.returncode}): {done.stderr}")
        if "固定" not in done.stderr and "ロック" not in done.stderr and "変更できません" not in done.stderr:
            raise CheckFailed(f"the refusal says nothing useful: {done.stderr.strip()}")
        return "config set endpoint -> exit 3: " + done.stderr.strip().splitlines()[-1][:80]

    def unc_paths(self) -> str:
        app = self.wine.app(INSTALL_DIR)
        listed = app.ok(["templates", "list", "--json"])[0].stdout
        if "org-summary" not in listed:
            raise CheckFailed("the organisation template from \\\\fileserver\\share was not listed")
        step = sf.usage_report(
            app, self.share / "usage", self.work / "report.xlsx", configure=False
        )
        exported = sorted((self.share / "usage").glob("*.jsonl"))
        return f"template from the share listed; {exported[0].name} exported; {step.detail}"

    def registry_policy(self) -> str:
        app = self.wine.app(INSTALL_DIR)
        try:
            self.wine.reg("add", POLICY_KEY, "/v", "deployment", "/t", "REG_SZ", "/d", "from-registry", "/f")
            self.wine.reg("add", POLICY_KEY, "/v", "excel_version", "/t", "REG_SZ", "/d", "2016", "/f")
            self.wine.reg("add", POLICY_KEY, "/v", "locked", "/t", "REG_MULTI_SZ", "/d", "excel_version", "/f")
            shown = app.ok(["config", "show"])[0].stdout
            dep = next((ln for ln in shown.splitlines() if ln.split()[:1] == ["deployment"]), "")
            if "from-registry" not in dep:
                raise CheckFailed(f"the registry did not win over the file: {dep!r}")
            done, _ = app.run(["config", "set", "excel_version", "365"])
            if done.returncode != 3:
                raise CheckFailed(f"a key locked in the registry was not refused (exit {done.returncode})")
            self.wine.reg("add", POLICY_KEY, "/v", "masking_release_allowed", "/t", "REG_DWORD", "/d", "7", "/f")
            done = self.wine.run([str(PureWindowsPath(INSTALL_DIR, CLI_EXE)), "self-test", "--no-window"])
            if done.returncode == 0 or "masking_release_allowed" not in done.stdout:
                raise CheckFailed(f"a bad registry value was not reported:\n{done.stdout}")
        finally:
            self.wine.reg("delete", POLICY_KEY, "/f")
        return "value from HKLM wins over policy.toml; locked there -> exit 3; bad value -> self-test FAIL"

    def budget(self) -> str:
        """IT's monthly budget, set in the registry: at the limit nothing is sent (exit 5)."""
        app = self.wine.app(INSTALL_DIR)
        before = len(self.fake.chat_requests)
        try:
            self.wine.reg("add", POLICY_KEY, "/v", "monthly_token_budget", "/t", "REG_DWORD", "/d", "1", "/f")
            done, _ = app.run(["run", "summarize", "--var", "text=来週の会議の日程を調整します。"])
        finally:
            self.wine.reg("delete", POLICY_KEY, "/f")
        if done.returncode != 5:
            raise CheckFailed(f"the used-up budget did not stop the task (exit {done.returncode}): {done.stderr}")
        if len(self.fake.chat_requests) != before:
            raise CheckFailed("a request was sent after the budget was used up")
        return "monthly_token_budget=1 from HKLM -> exit 5, nothing sent: " + done.stderr.strip().splitlines()[-1][:60]

    def screenshot(self) -> str:
        out = self.evidence / "installed-app.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        done = self.wine.run(
            [str(PureWindowsPath(INSTALL_DIR, CLI_EXE)), "self-test", "--screenshot", self.wine.windows_path(out)],
            timeout=300,
        )
        self.expect(done, "self-test --screenshot")
        if not out.is_file() or out.stat().st_size < 10_000:
            raise CheckFailed("no screenshot was written")
        return str(out)

    def wizard(self) -> str:
        """The interactive installer speaks Japanese on a Japanese PC."""
        shot = self.evidence / "setup-wizard.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        # No pipes: the setup's own child process would hold them open after it is killed.
        proc = subprocess.Popen(
            ["wine", str(self.args.setup)],
            env=self.wine.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            title = ""
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not title:
                time.sleep(2)
                found = subprocess.run(
                    ["xdotool", "search", "--name", "セットアップ"],
                    env=self.wine.env, capture_output=True, text=True,
                )
                for wid in found.stdout.split():
                    name = subprocess.run(
                        ["xdotool", "getwindowname", wid], env=self.wine.env,
                        capture_output=True, text=True,
                    ).stdout.strip()
                    if "業務AIアシスタント" in name:
                        title = name
            if not title:
                raise CheckFailed("no Japanese setup window appeared")
            time.sleep(3)
            subprocess.run(["import", "-window", "root", str(shot)], env=self.wine.env, check=False, timeout=60)
        finally:
            subprocess.run(["wineserver", "-k"], env=self.wine.env, check=False, timeout=60)
            proc.kill()
            proc.wait(timeout=60)
        return f"window {title!r}; {shot}"

    def uninstall(self) -> str:
        uninstaller = f"{INSTALL_DIR}\\unins000.exe"
        done = self.wine.run([uninstaller, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"], timeout=600)
        self.wine.wait()
        self.expect(done, "silent uninstall")
        if (self.install_root / CLI_EXE).exists():
            raise CheckFailed("the program is still installed")
        if not (self.user_data / "OfficeAssistant" / "usage.sqlite3").is_file():
            raise CheckFailed("uninstall removed the user's data without being asked")
        if not self.policy_installed().is_file():
            raise CheckFailed("uninstall removed the machine policy without /DELETEPOLICY")
        # Again, this time asking for everything to go.
        self.expect(self.install(self.args.setup, log_name="setup-again.log"), "reinstall")
        done = self.wine.run(
            [uninstaller, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DELETEUSERDATA", "/DELETEPOLICY"],
            timeout=600,
        )
        self.wine.wait()
        self.expect(done, "uninstall with /DELETEUSERDATA /DELETEPOLICY")
        if self.user_data.exists() or self.policy_installed().exists():
            raise CheckFailed("/DELETEUSERDATA /DELETEPOLICY left data behind")
        return "user data and policy kept; removed only with /DELETEUSERDATA /DELETEPOLICY"

    def msi(self) -> str:
        msi = self.wine.windows_path(self.args.msi)
        done = self.wine.run(["msiexec", "/i", msi, "/qn"], timeout=900)
        self.wine.wait()
        self.expect(done, "msiexec /i /qn")
        root = self.wine.prefix / "drive_c" / "Program Files" / "OfficeAssistant"
        if not (root / CLI_EXE).is_file():
            raise CheckFailed(f"the MSI installed nothing in {root}")
        # The tables say what was installed: every file, per machine, this version.
        tables = {
            name: subprocess.run(["msiinfo", "export", str(self.args.msi), name],
                                 capture_output=True, text=True, check=True).stdout.splitlines()[3:]
            for name in ("File", "Property")
        }
        properties = dict(line.split("\t", 1) for line in tables["Property"] if "\t" in line)
        installed = sum(1 for p in root.rglob("*") if p.is_file())
        if len(tables["File"]) != installed or properties.get("ALLUSERS") != "1":
            raise CheckFailed(f"MSI File table {len(tables['File'])} rows, {installed} files installed;"
                              f" ALLUSERS={properties.get('ALLUSERS')!r}")
        cli = r"C:\Program Files\OfficeAssistant" + "\\" + CLI_EXE
        out = self.wine.run([cli, "--version"])
        self.expect(out, "--version of the MSI install")
        st = self.wine.run([cli, "self-test", "--no-window"], timeout=300)
        self.expect(st, "self-test of the MSI install")
        done = self.wine.run(["msiexec", "/x", msi, "/qn"], timeout=900)
        self.wine.wait()
        self.expect(done, "msiexec /x /qn")
        if (root / CLI_EXE).exists():
            raise CheckFailed("msiexec /x left the program installed")
        return (f"{out.stdout.strip()} ({properties.get('ProductVersion')}): {installed} files as in"
                " the File table, per machine, self-test OK, removed")

    # Driver --------------------------------------------------------------------------------------
    def run_all(self) -> int:
        if not self.check("test prefix", self.make_prefix):
            return self.summary()
        self.check("UNC share", self.make_share)
        with sf.fake_service() as fake:
            self.fake = fake
            policy = self.write_policy(fake)
            if not self.check("install previous version", lambda: self.install_previous(policy)):
                return self.summary()
            if not self.check("upgrade", self.upgrade):
                return self.summary()
            self.check("self-test (installed)", self.self_test)
            if self.check("task through the installed app", self.task):
                self.check("Japanese names, Shift_JIS, Excel", self.japanese_files)
            self.check("API key in Credential Manager", self.key_in_credential_manager)
            self.check("locked key refused", self.locked_key)
            self.check("UNC template folder and usage export", self.unc_paths)
            self.check("policy from the registry", self.registry_policy)
            self.check("monthly budget from the registry", self.budget)
            self.check("screenshot of the installed app", self.screenshot)
        self.check("Japanese setup wizard", self.wizard)
        self.check("uninstall", self.uninstall)
        if self.args.msi:
            self.check("MSI install and removal", self.msi)
        return self.summary()

    def summary(self) -> int:
        failed = [r for r in self.results if not r.ok]
        # The plain closing line CI reads: "windows: N passed, N failed".
        print(f"windows: {len(self.results) - len(failed)} passed, {len(failed)} failed", flush=True)
        return 1 if failed else 0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--setup", type=Path, required=True)
    p.add_argument("--previous-setup", type=Path, required=True)
    p.add_argument("--previous-version", default="0.0.9")
    p.add_argument("--msi", type=Path)
    p.add_argument("--work", type=Path, help="working folder (default: a new temporary one)")
    p.add_argument("--evidence", type=Path, default=REPO_ROOT / "build" / "windows-evidence",
                   help="where screenshots are written")
    p.add_argument("--keep", action="store_true", help="keep the working folder and prefix")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="oa-wine-verify-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        with virtual_display() as display:
            return Verifier(args, work, display).run_all()
    finally:
        if not args.keep and args.work is None:
            subprocess.run(["wineserver", "-k"], env={**os.environ, "WINEPREFIX": str(work / "prefix")}, check=False)
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
