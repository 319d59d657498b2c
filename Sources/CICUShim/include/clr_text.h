// Segmentation, scripts, transliteration, spoof checks and collation (see text*.cpp).
// Buffer and status conventions: clr_common.h. All offsets are UTF-8 byte offsets into `src`.
#ifndef CLR_TEXT_H
#define CLR_TEXT_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

// ---------------------------------------------------------------------------------------------
// Segmentation (text_break.cpp)

/// Boundary kinds for clr_break_utf8.
enum { CLR_BREAK_GRAPHEME = 0, CLR_BREAK_WORD = 1, CLR_BREAK_LINE = 2, CLR_BREAK_SENTENCE = 3 };

/// Finds the boundaries of `kind` in UTF-8 `src` for `locale` (a NUL-terminated id such as "th").
/// Writes every boundary's byte offset, 0 and `length` included, to `offsets` and the rule status
/// of the segment that ends there (0 for the boundary at 0) to `rule_status`; each holds
/// `capacity` entries (`length + 1` always suffices). Returns the number of boundaries; when it
/// exceeds `capacity`, *status is CLR_BUFFER_OVERFLOW and nothing beyond `capacity` was written.
int32_t clr_break_utf8(int32_t kind, const char *locale, const char *src, int32_t length,
                       int32_t *offsets, int32_t *rule_status, int32_t capacity, int32_t *status);

/// A word break iterator over its own copy of one text, for boundary queries at a few offsets
/// (a matcher testing the edges of its candidates) without segmenting the whole text. Not
/// thread-safe: one per text and thread.
typedef struct clr_word_breaker clr_word_breaker;

/// Opens a word breaker for `locale` over a copy of UTF-8 `src`; NULL with *status set on error.
clr_word_breaker *clr_wordbreaker_open(const char *locale, const char *src, int32_t length, int32_t *status);

/// 1 when byte `offset` is a word boundary (0 and `length` always are), else 0; 0 outside the text.
int32_t clr_wordbreaker_is_boundary(clr_word_breaker *breaker, int32_t offset);

void clr_wordbreaker_close(clr_word_breaker *breaker);

// ---------------------------------------------------------------------------------------------
// Regular expressions (text_regex.cpp)

/// Flags for clr_regex_open.
enum { CLR_REGEX_CASE_INSENSITIVE = 1, CLR_REGEX_UNICODE_WORD = 2, CLR_REGEX_MULTILINE = 4, CLR_REGEX_DOTALL = 8 };

/// A compiled ICU regular expression; matching clones it, so one handle serves many threads.
typedef struct clr_regex clr_regex;

/// Compiles UTF-8 `pattern`. On a syntax error returns NULL with *status set and the error's
/// position in `error_line`/`error_offset` (UTF-16 offset within the line, as ICU gives it).
clr_regex *clr_regex_open(const char *pattern, int32_t length, int32_t flags, int32_t *error_line,
                          int32_t *error_offset, int32_t *status);

/// Finds successive non-overlapping matches in UTF-8 `src`, writing UTF-8 byte offsets of
/// each match to `starts`/`ends` (`capacity` entries). `time_limit` bounds the work of each
/// match attempt in ICU's time-limit units (about a millisecond each; 0 means none): when it is
/// exceeded *status is U_REGEX_TIME_OUT. Returns the number of matches; more than `capacity`
/// gives CLR_BUFFER_OVERFLOW with the first `capacity` written.
int32_t clr_regex_find_all(const clr_regex *regex, const char *src, int32_t length, int32_t time_limit,
                           int32_t *starts, int32_t *ends, int32_t capacity, int32_t *status);

void clr_regex_close(clr_regex *regex);

// ---------------------------------------------------------------------------------------------
// Scripts (text_script.cpp)

/// Splits UTF-8 `src` into runs of one script. Common and Inherited characters join the run
/// before them (or the first run, at the start); a character whose Script_Extensions list
/// several scripts (U+30FC: Hira Kana) joins a run of one of them. For each run writes its start
/// byte offset to `run_start` (the run ends where the next one starts, the last at `length`) and
/// its ISO 15924 code, 4 ASCII letters without NUL, to `codes` (4 bytes per run): "Zyyy" when
/// the run holds no script-specific character. Returns the number of runs; preflights like
/// clr_break_utf8 (`capacity` runs; `length` runs always suffice).
int32_t clr_script_runs_utf8(const char *src, int32_t length, int32_t *run_start, char *codes,
                             int32_t capacity, int32_t *status);

// ---------------------------------------------------------------------------------------------
// Transliteration (text_translit.cpp)

/// An opened transform; shared, thread-safe, and kept open for the life of the process.
typedef struct clr_transliterator clr_transliterator;

/// Returns the transform for the ICU transform id `id` (`id_length` bytes of UTF-8), opening it
/// on first use and caching it per id. NULL with an error status when ICU does not know the id.
const clr_transliterator *clr_translit_get(const char *id, int32_t id_length, int32_t *status);

/// Transliterates UTF-8 `src` into `out`. Safe to call from several threads at once.
int32_t clr_translit_utf8(const clr_transliterator *t, const char *src, int32_t length, char *out,
                          int32_t capacity, int32_t *status);

// ---------------------------------------------------------------------------------------------
// Spoof checks (text_spoof.cpp)

/// The UTS #39 confusable skeleton of UTF-8 `src`.
int32_t clr_spoof_skeleton_utf8(const char *src, int32_t length, char *out, int32_t capacity,
                                int32_t *status);

/// Confusable flags returned by clr_spoof_confusable_utf8 (UTS #39 section 4).
enum { CLR_CONFUSABLE_SINGLE_SCRIPT = 1, CLR_CONFUSABLE_MIXED_SCRIPT = 2, CLR_CONFUSABLE_WHOLE_SCRIPT = 4 };

/// Whether two UTF-8 strings are confusable: 0 when not, else a set of CLR_CONFUSABLE_* flags.
int32_t clr_spoof_confusable_utf8(const char *a, int32_t a_length, const char *b, int32_t b_length,
                                  int32_t *status);

/// Failed checks reported by clr_spoof_check_utf8.
enum {
    CLR_SPOOF_RESTRICTION_LEVEL = 16, CLR_SPOOF_INVISIBLE = 32, CLR_SPOOF_CHAR_LIMIT = 64,
    CLR_SPOOF_MIXED_NUMBERS = 128, CLR_SPOOF_HIDDEN_OVERLAY = 256,
};

/// Restriction levels of UTS #39 section 5.2, loosest last.
enum {
    CLR_LEVEL_ASCII = 0, CLR_LEVEL_SINGLE_SCRIPT_RESTRICTIVE = 1, CLR_LEVEL_HIGHLY_RESTRICTIVE = 2,
    CLR_LEVEL_MODERATELY_RESTRICTIVE = 3, CLR_LEVEL_MINIMALLY_RESTRICTIVE = 4, CLR_LEVEL_UNRESTRICTIVE = 5,
};

/// Checks UTF-8 `src` as an identifier-like span. `allowed_locales` (comma-separated, e.g.
/// "en-US, fr") or `allowed_chars` (a UnicodeSet pattern of UTF-8 `chars_length` bytes, e.g.
/// "[[:Latn:][:Zyyy:][:Zinh:]]") limits the acceptable characters; pass NULL for neither
/// (`allowed_chars` wins when both are given). Writes the failed CLR_SPOOF_* checks to `*failed`
/// and the span's own restriction level (CLR_LEVEL_*) to `*level`. Level and
/// CLR_SPOOF_RESTRICTION_LEVEL (looser than highly restrictive) ignore the allowed characters,
/// which ICU alone would fold into the level (any disallowed character: unrestrictive);
/// CLR_SPOOF_CHAR_LIMIT reports those.
void clr_spoof_check_utf8(const char *allowed_locales, const char *allowed_chars, int32_t chars_length,
                          const char *src, int32_t length, int32_t *failed, int32_t *level, int32_t *status);

// ---------------------------------------------------------------------------------------------
// Collation (text_collate.cpp)

/// An opened collator. Comparisons and sort keys are safe from several threads at once.
typedef struct clr_collator clr_collator;

/// Strengths for clr_collator_open.
enum {
    CLR_STRENGTH_PRIMARY = 0, CLR_STRENGTH_SECONDARY = 1, CLR_STRENGTH_TERTIARY = 2,
    CLR_STRENGTH_QUATERNARY = 3, CLR_STRENGTH_IDENTICAL = 15,
};

/// Opens a collator for `locale` (e.g. "de", "sv", "zh-Hans") with `strength`; `numeric` != 0
/// sorts digit runs by value ("2" before "10"). Unknown locales fall back to the root order.
clr_collator *clr_collator_open(const char *locale, int32_t strength, int32_t numeric, int32_t *status);

/// Closes a collator from clr_collator_open; NULL is ignored.
void clr_collator_close(clr_collator *c);

/// Compares two UTF-8 strings: -1, 0 or 1.
int32_t clr_collator_compare_utf8(const clr_collator *c, const char *a, int32_t a_length, const char *b,
                                  int32_t b_length, int32_t *status);

/// Writes the sort key of UTF-8 `src` (without ICU's terminating zero byte) into `out`.
int32_t clr_collator_sort_key_utf8(const clr_collator *c, const char *src, int32_t length, uint8_t *out,
                                   int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
