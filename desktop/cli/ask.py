"""`office-assistant ask QUESTION [--json]` — 「庁内資料に聞く」 from the command line.

The question and the passages retrieved for it (never a whole file or folder) are masked
together and sent; the answer is un-masked here and printed with its sources (document, article
or page, path). With ``--json``: ``{"output", "sources", "retrieved", ...}``. "The documents do
not say" is a valid answer: it lists no source.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.answer_output import show_result
from desktop.cli.run import load_template, print_notices, refuse_clipboard_relay
from desktop.core.errors import ConfigurationError, UserFacingError
from desktop.core.services import Services
from desktop.core.tasks import kind_for

TEMPLATE_ID = "ask-documents"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="庁内資料（例規・要綱・マニュアル・FAQ）をもとに質問に答える（出典つき）")
    p.add_argument("question", metavar="QUESTION", help="質問（普段の言葉でよい）")
    p.add_argument("--json", action="store_true",
                   help='結果を JSON で出力（{"output", "sources", "retrieved", ...}）')
    p.add_argument("--template", default=TEMPLATE_ID, metavar="ID",
                   help=f"使うテンプレート（output = \"knowledge\" のもの。既定 {TEMPLATE_ID}）")
    p.set_defaults(handler=ask)


def ask(args: argparse.Namespace, services: Services) -> int:
    refuse_clipboard_relay(services)
    question = args.question.strip()
    if not question:
        raise ConfigurationError("質問を入力してください。")
    template = load_template(services, args.template)
    kind = kind_for(template.output)
    if kind.name != "knowledge":
        raise ConfigurationError(f"テンプレート「{template.id}」は庁内資料に聞くテンプレートではありません。")
    pipeline = services.pipeline()
    print_notices(services)
    prepared = pipeline.prepare(template, {"question": question})
    result = pipeline.execute(prepared)
    for note in result.notes:
        print(f"注意: {note}", file=sys.stderr)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        show_result(result, kind, streamed=False)
    if result.error is None:
        return 0
    error: UserFacingError = result.error
    print(f"エラー: {error.user_message}", file=sys.stderr)
    return error.exit_code
