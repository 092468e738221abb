"""Fill the complex-number accessors that Wine 8.0's ucrtbase.dll leaves as stubs.

numpy 2.1 and later import ``crealf``/``cimagf`` (and friends) from ucrtbase.dll; in Wine 8.0 they
are "unimplemented function" stubs that abort the process when numpy is imported. This writes a
copy of Wine's own ucrtbase.dll in which each such stub is replaced by the few instructions of
the real function (Microsoft x64 ABI), for the Wine *test prefix* only
(installer/windows/wine-prefix.sh). It is never part of the bundle or the installer.

    python3 patch_ucrtbase.py WINE_UCRTBASE_DLL OUT_DLL

Exit 0 with "patched N" (N may be 0 when this Wine already implements them all).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

# Wine's stub thunk starts with `sub rsp,0x28; lea rcx,[rip+..]` and is 24 bytes long.
STUB_PROLOGUE = bytes.fromhex("4883ec28488d0d")
STUB_SIZE = 24
# _Fcomplex (two floats, 8 bytes) is passed by value in RCX; _Dcomplex and _Lcomplex (two
# doubles; long double is double on Windows) are passed by pointer in RCX. Results in XMM0.
CODE = {
    "crealf": bytes.fromhex("660f6ec1c3"),  # movd xmm0, ecx; ret
    "cimagf": bytes.fromhex("48c1e920660f6ec1c3"),  # shr rcx, 32; movd xmm0, ecx; ret
    "creal": bytes.fromhex("f20f1001c3"),  # movsd xmm0, [rcx]; ret
    "cimag": bytes.fromhex("f20f104108c3"),  # movsd xmm0, [rcx+8]; ret
    "creall": bytes.fromhex("f20f1001c3"),
    "cimagl": bytes.fromhex("f20f104108c3"),
}
BUILTIN_MARK = b"Wine builtin DLL"


def exports(image: bytes) -> tuple[dict[str, int], list[tuple[int, int, int]]]:
    """Export name -> RVA, and the sections as (rva, size, file offset)."""
    pe = struct.unpack_from("<I", image, 0x3C)[0]
    if image[pe : pe + 4] != b"PE\0\0":
        raise ValueError("not a PE file")
    n_sections, opt_size = struct.unpack_from("<H", image, pe + 6)[0], struct.unpack_from(
        "<H", image, pe + 20
    )[0]
    opt = pe + 24
    if struct.unpack_from("<H", image, opt)[0] != 0x20B:
        raise ValueError("not a 64-bit image")
    export_rva = struct.unpack_from("<I", image, opt + 112)[0]
    sections = []
    for i in range(n_sections):
        s = opt + opt_size + 40 * i
        vsize, rva, raw_size, raw_ptr = struct.unpack_from("<IIII", image, s + 8)
        sections.append((rva, max(vsize, raw_size), raw_ptr))

    def offset(rva: int) -> int:
        for start, size, raw in sections:
            if start <= rva < start + size:
                return raw + rva - start
        raise ValueError(f"RVA {rva:#x} is in no section")

    d = offset(export_rva)
    _n_funcs, n_names, funcs, names, ordinals = struct.unpack_from("<IIIII", image, d + 20)
    result = {}
    for i in range(n_names):
        name_rva = struct.unpack_from("<I", image, offset(names) + 4 * i)[0]
        end = image.index(b"\0", offset(name_rva))
        name = image[offset(name_rva) : end].decode("ascii")
        ordinal = struct.unpack_from("<H", image, offset(ordinals) + 2 * i)[0]
        result[name] = struct.unpack_from("<I", image, offset(funcs) + 4 * ordinal)[0]
    return result, sections


def patch(image: bytearray) -> list[str]:
    table, sections = exports(bytes(image))

    def offset(rva: int) -> int:
        for start, size, raw in sections:
            if start <= rva < start + size:
                return raw + rva - start
        raise ValueError(f"RVA {rva:#x} is in no section")

    patched = []
    for name, code in CODE.items():
        if name not in table:
            continue
        at = offset(table[name])
        if image[at : at + len(STUB_PROLOGUE)] != STUB_PROLOGUE:
            continue  # already a real function in this Wine
        image[at : at + STUB_SIZE] = code.ljust(STUB_SIZE, b"\xcc")
        patched.append(name)
    # A file marked as a Wine builtin is replaced by Wine's own copy at load time.
    mark = image.find(BUILTIN_MARK, 0, 0x100)
    if patched and mark >= 0:
        image[mark : mark + len(BUILTIN_MARK)] = b"\0" * len(BUILTIN_MARK)
    return patched


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    image = bytearray(Path(argv[1]).read_bytes())
    done = patch(image)
    if done:
        Path(argv[2]).write_bytes(bytes(image))
    print(f"patched {len(done)}: {' '.join(done)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
