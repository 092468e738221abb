"""MeCab's C API through ctypes, for the analyser's background parser (``analyser.prefetch``):
the call releases the GIL, which fugashi's ``parse`` does not, so another thread runs Python
meanwhile. The library is the one fugashi itself loads (its wheels bundle it)."""

from __future__ import annotations

import ctypes
import glob
import os
import shlex


class NativeTagger:
    """MeCab's C API called through ctypes, which releases the GIL during the call (fugashi's
    ``parse`` does not): another thread runs Python meanwhile. One instance per thread; it
    lives as long as the process (no destructor: at exit ctypes may be gone before it)."""

    def __init__(self, path: str, args: str) -> None:
        lib = ctypes.CDLL(path)
        lib.mecab_new.restype = ctypes.c_void_p
        lib.mecab_new.argtypes = [ctypes.c_int, ctypes.POINTER(ctypes.c_char_p)]
        lib.mecab_sparse_tostr2.restype = ctypes.c_char_p
        lib.mecab_sparse_tostr2.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        self._lib = lib
        # Split like fugashi does (POSIX shell words: the analyser quotes C:\Program Files\…
        # for that); MeCab's own one-string parser (mecab_new2) knows no quotes, and failed on
        # every installed Windows copy, whose paths have spaces and backslashes.
        argv = [b"mecab", *(word.encode("utf-8") for word in shlex.split(args))]
        self._argv = (ctypes.c_char_p * len(argv))(*argv)  # kept alive with the tagger
        self._mecab = lib.mecab_new(len(argv), self._argv)
        if not self._mecab:
            raise OSError("mecab_new failed")

    def parse(self, text: str) -> str:
        raw = text.encode("utf-8")
        out = self._lib.mecab_sparse_tostr2(self._mecab, raw, len(raw))
        if out is None:
            raise OSError("mecab_sparse_tostr2 failed")
        return out.decode("utf-8")


def mecab_library() -> str | None:
    """The MeCab library fugashi itself loads (its wheels bundle it next to the package:
    ``fugashi.libs/libmecab-<hash>.so`` / ``.dll``, ``fugashi/.dylibs`` on macOS; a frozen
    build may put it at the top of the bundle), or None."""
    import fugashi

    pkg = os.path.dirname(os.path.abspath(fugashi.__file__))
    top = os.path.dirname(pkg)
    for folder in (os.path.join(top, "fugashi.libs"), os.path.join(pkg, ".dylibs"), pkg, top):
        for pattern in ("libmecab*.so*", "libmecab*.dll", "libmecab*.dylib", "mecab*.dll"):
            found = sorted(glob.glob(os.path.join(folder, pattern)))
            if found:
                return found[0]
    return None
