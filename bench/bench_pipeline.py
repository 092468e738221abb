"""App overhead per request for a 10,000-character prompt: template + masking + un-masking +
usage logging (the network is excluded: the model's answer is simulated in memory).

    .venv/bin/python bench/bench_pipeline.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.llm.cost import TokenUsage
from desktop.core.services import build_services

PARAGRAPH = ("令和6年4月1日、山田太郎さん（電話 03-1234-5678、taro@example.jp）から、東京都千代田区"
             "霞が関1-2-3 への転居について相談がありました。担当は佐藤花子です。"
             "手続きの流れと必要書類を説明し、後日あらためて連絡することにしました。\n\n")


class _InMemoryProvider:
    """Answers instantly, echoing the placeholders it got, in 20-character chunks."""

    name = "bench"
    url = "memory://bench"
    host = "memory"

    def events(self, messages, *, stream, max_tokens=None):
        from desktop.core.llm.providers import ChatEvent

        text = messages[-1]["content"]
        for i in range(0, len(text), 20):
            yield ChatEvent(delta=text[i:i + 20])
        yield ChatEvent(usage=TokenUsage(len(text), len(text)), finish_reason="stop")

    def abort(self):
        pass

    def close(self):
        pass


def main() -> None:
    doc = (PARAGRAPH * 200)[:10_000]
    with tempfile.TemporaryDirectory() as tmp:
        # The product's own composition root, on a scratch home and no machine policy.
        policy = Path(tmp) / "policy.toml"
        policy.write_text('provider = "azure"\nendpoint = "https://bench.invalid"\ndeployment = "d"\n'
                          "context_budget_tokens = 200000\n", "utf-8")
        services = build_services({"OFFICE_ASSISTANT_HOME": tmp,
                                   "OFFICE_ASSISTANT_POLICY": str(policy)})
        assert services.policy_error is None, services.policy_error
        template = services.templates().get("summarize")
        services.masker().warm_up()
        pipe = services.pipeline(provider_factory=lambda _s, _k: _InMemoryProvider())
        prep_ms, exec_ms, total_ms, cpu_ms = [], [], [], []
        for _ in range(60):
            c0 = time.process_time()
            t0 = time.perf_counter()
            prepared = pipe.prepare(template, {"text": doc})
            t1 = time.perf_counter()
            result = pipe.execute(prepared, on_chunk=lambda _t: None)
            t2 = time.perf_counter()
            cpu_ms.append((time.process_time() - c0) * 1000)
            assert result.ok and "山田太郎" in result.output
            prep_ms.append((t1 - t0) * 1000)
            exec_ms.append((t2 - t1) * 1000)
            total_ms.append((t2 - t0) * 1000)
        services.close()
    print(f"prompt characters:            {len(doc):,}")
    print(f"prepare (render+mask) median: {statistics.median(prep_ms):.1f} ms")
    print(f"execute (stream+unmask+log):  {statistics.median(exec_ms):.1f} ms "
          "(in-memory model, 500 chunks)")
    print(f"total overhead median:        {statistics.median(total_ms):.1f} ms "
          f"(p90 {sorted(total_ms)[int(len(total_ms) * 0.9)]:.1f} ms; target < 30 ms)")
    # This VM's wall time swings ~1.5x between runs with its neighbours' load; CPU time of the
    # one thread doing the work is the steadier figure for "our own overhead".
    print(f"total overhead CPU median:    {statistics.median(cpu_ms):.1f} ms "
          f"(best wall {min(total_ms):.1f} ms)")


if __name__ == "__main__":
    main()
