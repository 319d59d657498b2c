// Normalization with an offset map, and per-code-point fold tables.
#ifndef CLR_NORMALIZE_H
#define CLR_NORMALIZE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Normalization forms; NFKC_CF is NFKC_Casefold (NFKC, case folding, default ignorables removed).
enum { CLR_NFC = 0, CLR_NFD = 1, CLR_NFKC = 2, CLR_NFKD = 3, CLR_NFKC_CF = 4 };

/// Normalizes UTF-8 `src` into `out` and, when `origin_start`/`origin_end` are not NULL, fills
/// them (each `capacity` entries) with the source byte range that produced each output byte.
/// Unchanged bytes map to themselves; every byte of a changed stretch maps to the whole stretch.
/// Returns the output length; see clr_common.h for the buffer convention.
int32_t clr_normalize_utf8(int32_t form, const char *src, int32_t length, char *out, int32_t capacity,
                           int32_t *origin_start, int32_t *origin_end, int32_t *status);

/// Fold kinds for clr_fold_table.
enum {
    /// Diacritics removed: NFD, nonspacing and enclosing marks dropped, NFC; identity when the
    /// result would be empty (a lone combining mark stays what it is).
    CLR_FOLD_DIACRITICS = 0,
    /// UTS #39 confusable skeleton of the single code point, then NFKC_Casefold.
    CLR_FOLD_CONFUSABLE = 1,
};

/// Computes, for every assigned code point whose fold differs from itself, the folded UTF-8.
/// Writes up to `max_entries` code points into `codepoints`, the end offset of each one's
/// replacement within `pool` into `pool_end`, and the replacements themselves into `pool`.
/// Returns the number of entries; *status is CLR_BUFFER_OVERFLOW when either buffer was short
/// (`*pool_needed` then holds the pool size needed).
int32_t clr_fold_table(int32_t kind, int32_t *codepoints, int32_t *pool_end, int32_t max_entries,
                       char *pool, int32_t pool_capacity, int32_t *pool_needed, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
