"""`run TEMPLATE ... --follow-up "TEXT"` (repeatable): the turns of one conversation.

Every follow-up is a request that carries the thread (the earlier questions and answers, masked)
and is masked in the first request's session, so a person keeps one placeholder for the whole
run, also a name first typed in a follow-up (``desktop.core.conversation``). Each turn is logged
as a request of the task (hours saved stay with the first request).

stdout: each answer in turn, a line ``――― 追加の質問 N: TEXT ―――`` before each follow-up's; with
``--json``, one object: the last answer's fields plus ``"turns"``, every turn's fields with its
``"turn"`` number and ``"question"`` (``null`` for the first request). A turn that fails stops
the run: the reason on stderr, the exit code as for ``run``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.cli.answer_output import failed_exit_code, show_result
from desktop.core.conversation import Thread
from desktop.core.errors import UserFacingError


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--follow-up", action="append", default=[], metavar="TEXT",
                   help="回答に続けて質問する（何度でも指定可。同じマスキングで、それまでのやり取りを"
                        "含めて送る）")


def _print_chunk(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _turn_json(turn: Any) -> dict[str, Any]:
    out = turn.result.as_json()
    out["turn"] = turn.index
    out["question"] = turn.question if turn.index else None
    if turn.notice:
        out["notice"] = turn.notice
    return out


def continue_run(args: argparse.Namespace, pipeline: Any, prepared: Any, result: Any,
                 kind: Any, streamed: bool) -> int:
    """The first request has been sent (and streamed if ``streamed``); ask each follow-up."""
    thread = Thread(pipeline, prepared, result, title=prepared.template.title)
    for note in result.notes:
        print(f"注意: {note}", file=sys.stderr)
    if not args.json:
        show_result(result, kind, streamed)
    code = 0 if result.error is None else failed_exit_code(result)
    for n, text in enumerate(args.follow_up, start=1):
        if code:
            break
        try:
            turn = thread.prepare_next(text)
        except UserFacingError as exc:
            print(f"エラー（追加の質問 {n}）: {exc.user_message}", file=sys.stderr)
            code = exc.exit_code
            break
        if turn.notice:
            print(f"注意: {turn.notice}", file=sys.stderr)
        if not args.json:
            print(f"\n――― 追加の質問 {n}: {text.strip()} ―――\n", flush=True)
        answer = pipeline.execute(turn.prepared,
                                  on_chunk=_print_chunk if streamed else None,
                                  stream=not args.no_stream, success_outcome=args.outcome)
        thread.record(turn, answer)
        for note in answer.notes:
            print(f"注意: {note}", file=sys.stderr)
        if not args.json:
            show_result(answer, kind, streamed)
        if answer.error is not None:
            code = failed_exit_code(answer)
    if args.json:
        out = _turn_json(thread.last)
        out["turns"] = [_turn_json(t) for t in thread.turns if t.result is not None]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    last = thread.last.result
    budget_warning = (last.extra.get("budget") or {}).get("warning")
    if budget_warning:
        print(f"警告: {budget_warning}", file=sys.stderr)
    return code
