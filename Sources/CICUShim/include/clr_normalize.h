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
    /// Diacritics removed: NFD, nonspacing and enclosing marks dropped, NFC; only for code points
    /// of scripts whose marks are diacritics (Latin, Greek, Cyrillic, Armenian, Georgian, Arabic,
    /// Hebrew, Common): Thai or Devanagari vowel signs and kana voicing marks are kept. Identity
    /// when the result would be empty (a lone combining mark stays what it is).
    CLR_FOLD_DIACRITICS = 0,
    /// UTS #39 confusable skeleton of the single code point, then NFKC_Casefold, repeated until
    /// stable; a lower-case letter whose capital folds to ASCII while it does not takes the
    /// capital's fold (Cyrillic к -> k). Only folds whose result is Latin, Common or Inherited
    /// are kept, and no digit folds: the table finds look-alikes of Latin text without merging
    /// letters of Hangul, Thai, kana or Han with each other.
    CLR_FOLD_CONFUSABLE = 1,
};

/// Computes, for every assigned code point whose fold differs from itself, the folded UTF-8.
/// Writes up to `max_entries` code points into `codepoints`, the end offset of each one's
/// replacement within `pool` into `pool_end`, and the replacements themselves into `pool`.
/// Returns the number of entries; *status is CLR_BUFFER_OVERFLOW when either buffer was short
/// (`*pool_needed` then holds the pool size needed).
int32_t clr_fold_table(int32_t kind, int32_t *codepoints, int32_t *pool_end, int32_t max_entries,
                       char *pool, int32_t pool_capacity, int32_t *pool_needed, int32_t *status);

/// Character class bits used by the text views (see clr_char_class).
enum {
    CLR_CLASS_LETTER = 1,       ///< gc=L*
    CLR_CLASS_DIGIT = 2,        ///< gc=Nd
    CLR_CLASS_MARK = 4,         ///< gc=Mn or Me (nonspacing and enclosing marks)
    CLR_CLASS_SEPARATOR = 8,    ///< white space, punctuation or symbol: what may sit between spaced-out letters
    CLR_CLASS_INVISIBLE = 16,   ///< Default_Ignorable_Code_Point, gc=Cf, and blank look-alikes (U+2800, U+3164, U+FFA0, U+115F, U+1160)
    CLR_CLASS_CJK = 32,         ///< Han, Hiragana or Katakana (incl. U+30FC): scripts written without spaces
    CLR_CLASS_BIDI_CONTROL = 64,///< Bidi_Control (LRE, RLO, LRI, PDI, ALM, ...)
    CLR_CLASS_SPACE = 128,      ///< White_Space
    CLR_CLASS_DIACRITIC_BASE = 256, ///< a script whose marks are diacritics that may be folded away
    CLR_CLASS_HANGUL = 512,     ///< Hangul syllables and jamo
};

/// The CLR_CLASS_* bits of a code point.
uint16_t clr_char_class(int32_t codepoint);

/// The Unicode name of a code point (e.g. "ZERO WIDTH SPACE"), or its alias for controls
/// without a name; an empty string when it has neither. Returns the length (ASCII).
int32_t clr_char_name(int32_t codepoint, char *out, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
