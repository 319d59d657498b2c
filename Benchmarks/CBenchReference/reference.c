#include "clr_bench_reference.h"

#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

int64_t clr_bench_reference_nfkc_cf(const char *texts, const int64_t *offsets, const int32_t *lengths, int64_t count) {
    UErrorCode ec = U_ZERO_ERROR;
    const UNormalizer2 *n2 = unorm2_getNFKCCasefoldInstance(&ec);
    if (U_FAILURE(ec)) return -1;
    int32_t cap = 1 << 16;
    UChar *in16 = malloc(sizeof(UChar) * (size_t)cap), *out16 = malloc(sizeof(UChar) * (size_t)cap * 3);
    char *out8 = malloc((size_t)cap * 9);
    int64_t total = 0;
    for (int64_t i = 0; i < count; ++i) {
        int32_t len = lengths[i];
        if (len > cap) {
            cap = len;
            in16 = realloc(in16, sizeof(UChar) * (size_t)cap);
            out16 = realloc(out16, sizeof(UChar) * (size_t)cap * 3);
            out8 = realloc(out8, (size_t)cap * 9);
        }
        int32_t n16 = 0, nOut = 0, n8 = 0;
        ec = U_ZERO_ERROR;
        u_strFromUTF8(in16, cap, &n16, texts + offsets[i], len, &ec);
        nOut = unorm2_normalize(n2, in16, n16, out16, cap * 3, &ec);
        u_strToUTF8(out8, cap * 9, &n8, out16, nOut, &ec);
        if (U_FAILURE(ec)) { total = -1; break; }
        total += n8;
    }
    free(in16); free(out16); free(out8);
    return total;
}
