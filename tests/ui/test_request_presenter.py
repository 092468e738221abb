"""The request/answer state machine through its public API, with no widget at all: the real
pipeline from the composition root, the real SDK against the local Azure-protocol server, a real
usage database, and the synchronous runner (every step completes inline)."""

from __future__ import annotations

from desktop.core.services import build_services
from desktop.ui.request_presenter import InputSnapshot, RequestPresenter
from desktop.workers.tasks import SyncTaskRunner
from tests.support.azure_fixtures import TEST_KEY, azure_server  # noqa: F401

TEXT = "山田太郎様（090-1234-5678）から児童手当の相談がありました。"



class Recorder:
    """Every signal of the presenter, in order (what a window would be told)."""

    def __init__(self, presenter: RequestPresenter) -> None:
        self.seen: list[tuple[str, tuple]] = []
        for name in ("previewReady", "previewUpdated", "answerStarted", "answerFinished", "failed",
                     "warningRaised", "inputRejected", "relayRequested", "outcomeRecorded"):
            getattr(presenter, name).connect(
                lambda *args, name=name: self.seen.append((name, args)))

    def names(self) -> list[str]:
        return [n for n, _ in self.seen]

    def last(self, name: str) -> tuple:
        return next(args for n, args in reversed(self.seen) if n == name)


def wired(text: str = TEXT, services=None):
    services = services or build_services()
    entered = {"text": text}
    presenter = RequestPresenter(
        SyncTaskRunner(),
        lambda: InputSnapshot({"text": entered["text"]}, {},
                              [] if entered["text"] else ["本文を入力してください。"]))
    recorder = Recorder(presenter)
    usage = services.usage_store()
    presenter.set_parts(services.pipeline(usage=usage), usage, "")
    presenter.set_masker_ready(True)
    presenter.select_template(services.templates().get("summarize"))
    return presenter, recorder, entered, services


def test_nothing_can_be_sent_before_the_parts_arrive(qtbot):
    presenter = RequestPresenter(SyncTaskRunner(), lambda: InputSnapshot({"text": TEXT}))
    recorder = Recorder(presenter)
    assert not presenter.ready and not presenter.can_send
    presenter.send_or_preview()
    assert presenter.prepared is None and recorder.names() == []


def test_preview_then_send_then_outcome(qtbot, azure_env):
    presenter, recorder, _entered, services = wired()
    assert presenter.ready and presenter.can_send and not presenter.will_send

    presenter.send_or_preview()  # first: prepare and show what will be sent
    assert recorder.names() == ["previewReady"]
    prepared = presenter.prepared
    assert prepared is recorder.last("previewReady")[0]
    assert "山田" not in prepared.user_masked and presenter.will_send
    assert azure_env.chat_requests == []

    presenter.send_or_preview()  # second: send exactly that
    assert recorder.names()[1:] == ["answerStarted", "answerFinished"]
    result = recorder.last("answerFinished")[0]
    assert result.ok and "山田太郎" in result.output  # the server echoes: restored
    assert presenter.pending_event == result.event_id and presenter.answered
    assert presenter.last_sent is prepared and not presenter.busy
    assert "山田" not in azure_env.all_request_text()

    presenter.send_or_preview()  # after an answer: check again, never a silent second request
    assert len(azure_env.chat_requests) == 1 and recorder.names()[-1] == "previewReady"

    presenter.record_outcome("used", 45)
    assert recorder.last("outcomeRecorded") == (result.event_id,)
    event = services.usage_store().get(result.event_id)
    assert event.outcome == "used" and event.manual_minutes == 45
    assert presenter.pending_event is None


def test_an_input_change_makes_the_preview_stale(qtbot, azure_env):
    presenter, _recorder, entered, _services = wired()
    presenter.send_or_preview()
    assert presenter.will_send
    entered["text"] = "別の相談です。"
    presenter.input_changed()
    assert presenter.prepared is None and not presenter.will_send
    presenter.send_or_preview()  # prepares the new text, sends nothing
    assert azure_env.chat_requests == [] and "別の相談" in presenter.prepared.user_masked


def test_a_problem_with_the_input_is_reported_and_nothing_prepared(qtbot):
    presenter, recorder, _entered, _services = wired(text="")
    presenter.send_or_preview()
    assert recorder.names() == ["inputRejected"]
    assert recorder.last("inputRejected") == (["本文を入力してください。"],)
    assert presenter.prepared is None and not presenter.busy


def test_a_released_finding_is_sent_as_released(qtbot, azure_env):
    presenter, recorder, _entered, _services = wired()
    presenter.send_or_preview()
    kept = [e for e in presenter.prepared.user_entities if e.type != "PERSON"]
    presenter.edit_preview(kept)
    assert recorder.names()[-1] == "previewUpdated"
    assert "山田太郎" in presenter.prepared.user_masked
    presenter.send_or_preview()
    assert "山田太郎" in azure_env.all_request_text()
    assert "090-1234-5678" not in azure_env.all_request_text()


def test_a_new_template_counts_an_unrated_answer_as_discarded(qtbot, azure_env):
    presenter, _recorder, _entered, services = wired()
    presenter.send_or_preview()
    presenter.send_or_preview()
    event_id = presenter.pending_event
    presenter.select_template(services.templates().get("greeting"))
    assert presenter.pending_event is None and presenter.prepared is None
    assert services.usage_store().get(event_id).outcome == "discarded"


def test_the_clipboard_provider_hands_the_prompt_to_the_relay(qtbot):
    presenter, recorder, _entered, services = wired()
    assert services.settings.settings.provider == "clipboard"
    presenter.send_or_preview()
    presenter.send_or_preview()
    assert recorder.names()[-1] == "relayRequested"
    assert recorder.last("relayRequested")[0] is presenter.prepared
    presenter.relay_cancelled()
    assert presenter.pending_event is None and not presenter.answered


def test_an_unreadable_masking_dictionary_fails_closed(qtbot, policy_file, tmp_path,
                                                       azure_env):
    missing = tmp_path / "no-such-dictionary.txt"
    policy_file.write_text(f'masking_dictionary_file = "{missing.as_posix()}"\n', "utf-8")
    presenter, recorder, _entered, _services = wired(services=build_services())
    presenter.send_or_preview()
    assert "failed" in recorder.names() and presenter.prepared is None
    assert recorder.last("failed")[0].user_message
    assert azure_env.chat_requests == []
