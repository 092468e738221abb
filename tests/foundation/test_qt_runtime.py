"""Guards against Qt binding bugs that would take a long-running app down."""

from __future__ import annotations

import subprocess
import sys


def test_many_signal_emits_do_not_corrupt_refcounts():
    # PySide6 6.12.0 loses a reference to True on every emit and aborts the interpreter after a
    # few thousand (a streamed answer emits hundreds). pyproject pins below it; this proves it.
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "app = QCoreApplication([])\n"
        "class A(QObject):\n"
        "    s = Signal(str)\n"
        "a = A()\n"
        "before = sys.getrefcount(True)\n"
        "for _ in range(30000):\n"
        "    a.s.emit('x')\n"
        "print(sys.getrefcount(True) - before)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    assert abs(int(out.stdout.strip())) < 100
