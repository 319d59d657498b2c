// Locale-sensitive comparison and sort keys for ordering report output.
#include "clr_text.h"
#include "clr_common.h"
#include "shim_util.h"

#include <vector>

#include <unicode/ucol.h>

struct clr_collator {
    UCollator *collator = nullptr;
};

namespace {

const char kEmpty[1] = {0};

UCollationStrength strengthOf(int32_t strength, UErrorCode &ec) {
    switch (strength) {
    case CLR_STRENGTH_PRIMARY: return UCOL_PRIMARY;
    case CLR_STRENGTH_SECONDARY: return UCOL_SECONDARY;
    case CLR_STRENGTH_TERTIARY: return UCOL_TERTIARY;
    case CLR_STRENGTH_QUATERNARY: return UCOL_QUATERNARY;
    case CLR_STRENGTH_IDENTICAL: return UCOL_IDENTICAL;
    default: ec = U_ILLEGAL_ARGUMENT_ERROR; return UCOL_DEFAULT_STRENGTH;
    }
}

} // namespace

extern "C" clr_collator *clr_collator_open(const char *locale, int32_t strength, int32_t numeric, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UCollationStrength s = strengthOf(strength, ec);
    if (U_FAILURE(ec)) { *status = ec; return nullptr; }
    UCollator *c = ucol_open(locale ? locale : "", &ec);
    if (U_FAILURE(ec)) { *status = ec; return nullptr; }
    ucol_setStrength(c, s);
    ucol_setAttribute(c, UCOL_NUMERIC_COLLATION, numeric ? UCOL_ON : UCOL_OFF, &ec);
    if (U_FAILURE(ec)) { ucol_close(c); *status = ec; return nullptr; }
    *status = U_ZERO_ERROR;
    return new clr_collator{c};
}

extern "C" void clr_collator_close(clr_collator *c) {
    if (c == nullptr) return;
    ucol_close(c->collator);
    delete c;
}

extern "C" int32_t clr_collator_compare_utf8(const clr_collator *c, const char *a, int32_t a_length, const char *b,
                                             int32_t b_length, int32_t *status) {
    if (c == nullptr || !clr::validInput(a, a_length) || !clr::validInput(b, b_length)) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
    UErrorCode ec = U_ZERO_ERROR;
    UCollationResult r = ucol_strcollUTF8(c->collator, a_length > 0 ? a : kEmpty, a_length,
                                          b_length > 0 ? b : kEmpty, b_length, &ec);
    *status = ec;
    if (U_FAILURE(ec)) return 0;
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

extern "C" int32_t clr_collator_sort_key_utf8(const clr_collator *c, const char *src, int32_t length, uint8_t *out,
                                              int32_t capacity, int32_t *status) {
    if (c == nullptr || !clr::validInput(src, length) || capacity < 0) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
    icu::UnicodeString text = clr::fromUTF8(src, length);
    // ucol_getSortKey returns the full size (with a terminating zero) however small the buffer.
    std::vector<uint8_t> key(static_cast<size_t>(text.length()) * 4 + 32);
    int32_t needed = ucol_getSortKey(c->collator, text.getBuffer(), text.length(), key.data(),
                                     static_cast<int32_t>(key.size()));
    if (needed > static_cast<int32_t>(key.size())) {
        key.resize(static_cast<size_t>(needed));
        needed = ucol_getSortKey(c->collator, text.getBuffer(), text.length(), key.data(), needed);
    }
    if (needed <= 0) { *status = U_INTERNAL_PROGRAM_ERROR; return 0; }
    const int32_t bytes = needed - 1; // drop the terminating zero
    if (bytes > capacity || (out == nullptr && bytes > 0)) { *status = U_BUFFER_OVERFLOW_ERROR; return bytes; }
    for (int32_t i = 0; i < bytes; ++i) out[i] = key[static_cast<size_t>(i)];
    *status = U_ZERO_ERROR;
    return bytes;
}
