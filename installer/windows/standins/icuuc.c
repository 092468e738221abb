/* Stand-in for Windows' icuuc.dll (Windows 10 1903 and later ship it), which Wine 8.0 lacks.
 *
 * Qt 6.10 and later link Qt6Core.dll against the system ICU for its legacy text codecs
 * (QStringConverter for encodings other than UTF-8/16/32 and Latin-1). The app decodes
 * Shift_JIS and friends in Python, so every converter here reports "not available", which Qt
 * handles as an unknown encoding. Only for the Wine test prefix (installer/windows/wine-prefix.sh);
 * never part of the bundle or the installer.
 */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
typedef struct UConverter UConverter;
#define U_UNSUPPORTED_ERROR 16
#define U_FAILURE(x) ((x) > 0)

static void fail(UErrorCode *err) { if (err && !U_FAILURE(*err)) *err = U_UNSUPPORTED_ERROR; }

__declspec(dllexport) UConverter *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
__declspec(dllexport) void ucnv_close(UConverter *cnv) { (void)cnv; }
__declspec(dllexport) void ucnv_reset(UConverter *cnv) { (void)cnv; }
__declspec(dllexport) int8_t ucnv_getMaxCharSize(const UConverter *cnv) { (void)cnv; return 4; }
__declspec(dllexport) const char *ucnv_getName(const UConverter *cnv, UErrorCode *err) { (void)cnv; fail(err); return ""; }
__declspec(dllexport) void ucnv_getToUCallBack(const UConverter *c, void **action, const void **ctx) { (void)c; if (action) *action = NULL; if (ctx) *ctx = NULL; }
__declspec(dllexport) void ucnv_getFromUCallBack(const UConverter *c, void **action, const void **ctx) { (void)c; if (action) *action = NULL; if (ctx) *ctx = NULL; }
__declspec(dllexport) void ucnv_setToUCallBack(UConverter *c, void *a, const void *ctx, void **oa, const void **octx, UErrorCode *err) { (void)c; (void)a; (void)ctx; (void)oa; (void)octx; fail(err); }
__declspec(dllexport) void ucnv_setFromUCallBack(UConverter *c, void *a, const void *ctx, void **oa, const void **octx, UErrorCode *err) { (void)c; (void)a; (void)ctx; (void)oa; (void)octx; fail(err); }
__declspec(dllexport) void ucnv_cbToUWriteUChars(void *args, const uint16_t *s, int32_t len, int32_t off, UErrorCode *err) { (void)args; (void)s; (void)len; (void)off; fail(err); }
__declspec(dllexport) void ucnv_cbFromUWriteUChars(void *args, const uint16_t **s, const uint16_t *lim, int32_t off, UErrorCode *err) { (void)args; (void)s; (void)lim; (void)off; fail(err); }
__declspec(dllexport) void ucnv_toUnicode(UConverter *c, uint16_t **t, const uint16_t *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
__declspec(dllexport) void ucnv_fromUnicode(UConverter *c, char **t, const char *tl, const uint16_t **s, const uint16_t *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
__declspec(dllexport) int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return 0; }
__declspec(dllexport) int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return 0; }
__declspec(dllexport) const char *ucnv_getStandardName(const char *n, const char *std, UErrorCode *err) { (void)n; (void)std; fail(err); return NULL; }
__declspec(dllexport) const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
__declspec(dllexport) int32_t ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const uint16_t *u, int32_t l, int32_t cp, int r, UErrorCode *err) { (void)c; (void)a; (void)u; (void)l; (void)cp; (void)r; fail(err); }
__declspec(dllexport) void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int32_t l, int r, UErrorCode *err) { (void)c; (void)a; (void)b; (void)l; (void)r; fail(err); }
