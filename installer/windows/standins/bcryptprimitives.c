/* Stand-in for Windows' bcryptprimitives.dll, which Wine 8.0 does not have.
 *
 * Every Rust extension the app loads (pydantic_core for openai, jiter, cryptography,
 * ahocorasick_rs) asks the Rust standard library for random bytes through
 * bcryptprimitives.dll!ProcessPrng (Windows 10 and later). This file exists only to run the
 * real Windows bundle under Wine in CI: it is copied into the Wine test prefix's system32 by
 * installer/windows/wine-prefix.sh and never goes into the bundle or the installer.
 */
#include <windows.h>

/* advapi32!SystemFunction036, documented as RtlGenRandom. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
