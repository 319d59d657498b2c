#include "clr_normalize.h"
#include "clr_common.h"

#include <cstring>
#include <string>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
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
    UChar skeleton[64];
    const int32_t ranges = candidates.getRangeCount();
    for (int32_t r = 0; r < ranges; ++r) {
        for (UChar32 c = candidates.getRangeStart(r); c <= candidates.getRangeEnd(r); ++c) {
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
                UChar src[2];
                int32_t srcLength = 0;
                U16_APPEND_UNSAFE(src, srcLength, c);
                int32_t n = uspoof_getSkeleton(spoof, 0, src, srcLength, skeleton, 64, &ec);
                if (U_FAILURE(ec)) { ec = U_ZERO_ERROR; continue; }
                tmp.setTo(skeleton, n);
                normalizeInto(cf, tmp, folded, ec);
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
