#include "clr_normalize.h"
#include "clr_common.h"

#include <cstring>
#include <string>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

using icu::Edits;
using icu::Normalizer2;

namespace {

const Normalizer2 *normalizerFor(int32_t form, UErrorCode &ec) {
    switch (form) {
    case CLR_NFC: return Normalizer2::getNFCInstance(ec);
    case CLR_NFD: return Normalizer2::getNFDInstance(ec);
    case CLR_NFKC: return Normalizer2::getNFKCInstance(ec);
    case CLR_NFKD: return Normalizer2::getNFKDInstance(ec);
    case CLR_NFKC_CF: return Normalizer2::getNFKCCasefoldInstance(ec);
    default: ec = U_ILLEGAL_ARGUMENT_ERROR; return nullptr;
    }
}

/// A ByteSink that writes into a fixed buffer and counts what did not fit.
class BoundedSink : public icu::ByteSink {
public:
    BoundedSink(char *out, int32_t capacity) : out_(out), capacity_(capacity) {}
    void Append(const char *bytes, int32_t n) override {
        if (written_ < capacity_) {
            int32_t room = capacity_ - written_;
            std::memcpy(out_ + written_, bytes, static_cast<size_t>(n < room ? n : room));
        }
        written_ += n;
    }
    int32_t written() const { return written_; }
private:
    char *out_;
    int32_t capacity_;
    int32_t written_ = 0;
};

/// Normalizes one code point's UTF-8 with `n2` into `out`.
void normalizeInto(const Normalizer2 *n2, const icu::UnicodeString &s, icu::UnicodeString &out, UErrorCode &ec) {
    out.remove();
    n2->normalize(s, out, ec);
}

bool isDiacriticScript(UChar32 c);

bool isASCII(const icu::UnicodeString &s) {
    for (int32_t i = 0; i < s.length(); ++i) if (s.charAt(i) >= 0x80) return false;
    return true;
}

/// Whether every scalar of `s` is Latin, Common or Inherited (combining marks).
bool isLatinLooking(const icu::UnicodeString &s) {
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        UErrorCode ec = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &ec);
        if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) return false;
        i += U16_LENGTH(c);
    }
    return true;
}

/// The confusable skeleton of `s`, NFKC case folded, repeated until it no longer changes, so
/// that folding a folded string changes nothing (`m` -> `rn` stays `rn`).
void confusableFold(USpoofChecker *spoof, const Normalizer2 *cf, const icu::UnicodeString &s,
                    icu::UnicodeString &out, UErrorCode &ec) {
    icu::UnicodeString current(s), skeleton, next;
    for (int round = 0; round < 4 && U_SUCCESS(ec); ++round) {
        skeleton.remove();
        uspoof_getSkeletonUnicodeString(spoof, 0, current, skeleton, &ec);
        next.remove();
        cf->normalize(skeleton, next, ec);
        if (next == current) break;
        current = next;
    }
    out = current;
}

} // namespace

extern "C" int32_t clr_normalize_utf8(int32_t form, const char *src, int32_t length, char *out, int32_t capacity,
                                      int32_t *origin_start, int32_t *origin_end, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    const Normalizer2 *n2 = normalizerFor(form, ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    BoundedSink sink(out, capacity);
    const bool mapped = origin_start != nullptr && origin_end != nullptr;
    Edits edits;
    n2->normalizeUTF8(0, icu::StringPiece(src, length), sink, mapped ? &edits : nullptr, ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    const int32_t produced = sink.written();
    if (produced > capacity) { *status = CLR_BUFFER_OVERFLOW; return produced; }
    if (mapped) {
        Edits::Iterator it = edits.getFineIterator();
        while (it.next(ec)) {
            const int32_t s = it.sourceIndex(), d = it.destinationIndex();
            const int32_t n = it.newLength(), o = it.oldLength();
            if (it.hasChange()) {
                for (int32_t k = 0; k < n; ++k) { origin_start[d + k] = s; origin_end[d + k] = s + o; }
            } else {
                for (int32_t k = 0; k < n; ++k) { origin_start[d + k] = s + k; origin_end[d + k] = s + k + 1; }
            }
        }
        if (U_FAILURE(ec)) { *status = ec; return 0; }
    }
    *status = ec;
    return produced;
}

extern "C" int32_t clr_fold_table(int32_t kind, int32_t *codepoints, int32_t *pool_end, int32_t max_entries,
                                  char *pool, int32_t pool_capacity, int32_t *pool_needed, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    const Normalizer2 *nfd = Normalizer2::getNFDInstance(ec);
    const Normalizer2 *nfc = Normalizer2::getNFCInstance(ec);
    const Normalizer2 *cf = Normalizer2::getNFKCCasefoldInstance(ec);
    USpoofChecker *spoof = nullptr;
    icu::UnicodeSet candidates;
    if (kind == CLR_FOLD_DIACRITICS) {
        // Only code points whose decomposition can hold a mark change under this fold.
        candidates.applyPattern(icu::UnicodeString(u"[[:^NFD_QC=Yes:][:Mn:][:Me:]]"), ec);
    } else if (kind == CLR_FOLD_CONFUSABLE) {
        spoof = uspoof_open(&ec);
        candidates.applyPattern(icu::UnicodeString(u"[[:^gc=Cn:]-[:gc=Cs:]-[:gc=Co:]]"), ec);
    } else {
        ec = U_ILLEGAL_ARGUMENT_ERROR;
    }
    if (U_FAILURE(ec)) { *status = ec; if (spoof) uspoof_close(spoof); return 0; }

    int32_t entries = 0, used = 0;
    bool overflow = false;
    icu::UnicodeString one, tmp, folded;
    std::string utf8;
    const int32_t ranges = candidates.getRangeCount();
    for (int32_t r = 0; r < ranges; ++r) {
        for (UChar32 c = candidates.getRangeStart(r); c <= candidates.getRangeEnd(r); ++c) {
            if (kind == CLR_FOLD_DIACRITICS && !isDiacriticScript(c)) continue;
            one.setTo(c);
            if (kind == CLR_FOLD_DIACRITICS) {
                normalizeInto(nfd, one, tmp, ec);
                icu::UnicodeString kept;
                for (int32_t i = 0; i < tmp.length();) {
                    UChar32 d = tmp.char32At(i);
                    int8_t gc = u_charType(d);
                    if (gc != U_NON_SPACING_MARK && gc != U_ENCLOSING_MARK) kept.append(d);
                    i += U16_LENGTH(d);
                }
                if (kept.isEmpty()) continue;
                normalizeInto(nfc, kept, folded, ec);
            } else {
                confusableFold(spoof, cf, one, folded, ec);
                if (!isASCII(folded)) {
                    // UTS #39 maps some lower-case letters to non-Latin look-alikes (Cyrillic к to
                    // ĸ) although their capitals are plain Latin (К to K): take the capital's fold.
                    const UChar32 upper = u_toupper(c);
                    if (upper != c) {
                        icu::UnicodeString alternative;
                        confusableFold(spoof, cf, icu::UnicodeString(upper), alternative, ec);
                        if (isASCII(alternative)) folded = alternative;
                    }
                }
                if (U_FAILURE(ec)) { ec = U_ZERO_ERROR; continue; }
                // Only look-alikes of Latin text fold: a Hangul syllable would fall apart into
                // jamo, Thai and kana letters would merge with their own neighbours, and a
                // digit of any script keeps its value.
                if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER || !isLatinLooking(folded)) continue;
            }
            if (U_FAILURE(ec)) { *status = ec; if (spoof) uspoof_close(spoof); return 0; }
            if (folded == one) continue;
            utf8.clear();
            folded.toUTF8String(utf8);
            const int32_t n = static_cast<int32_t>(utf8.size());
            if (entries < max_entries && used + n <= pool_capacity) {
                std::memcpy(pool + used, utf8.data(), static_cast<size_t>(n));
                codepoints[entries] = c;
                pool_end[entries] = used + n;
            } else {
                overflow = true;
            }
            used += n;
            entries += 1;
        }
    }
    if (spoof) uspoof_close(spoof);
    *pool_needed = used;
    *status = overflow ? CLR_BUFFER_OVERFLOW : U_ZERO_ERROR;
    return entries;
}

namespace {
bool isDiacriticScript(UChar32 c) {
    UErrorCode ec = U_ZERO_ERROR;
    switch (uscript_getScript(c, &ec)) {
    case USCRIPT_LATIN: case USCRIPT_GREEK: case USCRIPT_CYRILLIC: case USCRIPT_ARMENIAN:
    case USCRIPT_GEORGIAN: case USCRIPT_ARABIC: case USCRIPT_HEBREW: case USCRIPT_COMMON:
        return true;
    default:
        return false;
    }
}
} // namespace

extern "C" uint16_t clr_char_class(int32_t c) {
    uint16_t bits = 0;
    const int32_t gcMask = U_GET_GC_MASK(c);
    if (gcMask & U_GC_L_MASK) bits |= CLR_CLASS_LETTER;
    if (gcMask & U_GC_ND_MASK) bits |= CLR_CLASS_DIGIT;
    if (gcMask & (U_GC_MN_MASK | U_GC_ME_MASK)) bits |= CLR_CLASS_MARK;
    if (isDiacriticScript(c)) bits |= CLR_CLASS_DIACRITIC_BASE;
    if (gcMask & (U_GC_Z_MASK | U_GC_P_MASK | U_GC_S_MASK)) bits |= CLR_CLASS_SEPARATOR;
    if (u_hasBinaryProperty(c, UCHAR_WHITE_SPACE)) bits |= CLR_CLASS_SPACE | CLR_CLASS_SEPARATOR;
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) || (gcMask & U_GC_CF_MASK) ||
        c == 0x2800 || c == 0x3164 || c == 0xFFA0 || c == 0x115F || c == 0x1160) {
        bits = static_cast<uint16_t>((bits & ~CLR_CLASS_SEPARATOR & ~CLR_CLASS_LETTER) | CLR_CLASS_INVISIBLE);
    }
    if (u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL)) bits |= CLR_CLASS_BIDI_CONTROL;
    UErrorCode ec = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &ec);
    if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || c == 0x30FC) bits |= CLR_CLASS_CJK;
    if (script == USCRIPT_HANGUL) bits |= CLR_CLASS_HANGUL;
    return bits;
}

extern "C" int32_t clr_char_name(int32_t c, char *out, int32_t capacity, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = u_charName(c, U_UNICODE_CHAR_NAME, out, capacity, &ec);
    if (n == 0 && U_SUCCESS(ec)) n = u_charName(c, U_CHAR_NAME_ALIAS, out, capacity, &ec);
    *status = ec;
    return n;
}
