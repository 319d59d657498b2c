// The reference loop for `clearance bench`: ICU's NFKC case fold called from C, UTF-8 in and out,
// over the same listing buffers the Swift pipeline reads. It is what PERFORMANCE.md calls
// "ICU 72 NFKC case fold, UTF-8 in and out, from C".
#ifndef CLR_BENCH_REFERENCE_H
#define CLR_BENCH_REFERENCE_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/// Normalizes each of `count` texts (UTF-8 at `texts + offsets[i]`, `lengths[i]` bytes) with
/// unorm2 NFKC_Casefold: UTF-8 -> UTF-16 (u_strFromUTF8), unorm2_normalize, UTF-16 -> UTF-8.
/// Returns the total UTF-8 bytes produced (so the work cannot be optimized away), or -1 on error.
int64_t clr_bench_reference_nfkc_cf(const char *texts, const int64_t *offsets, const int32_t *lengths, int64_t count);

#ifdef __cplusplus
}
#endif
#endif
