// Helpers shared by the text_*.cpp files of the ICU shim (not part of the public C interface).
#ifndef CLR_TEXT_UTIL_H
#define CLR_TEXT_UTIL_H

#include <cstring>
#include <string>

#include <unicode/unistr.h>
#include <unicode/utypes.h>

namespace clr {

/// Decodes UTF-8 into UTF-16; ill-formed bytes become U+FFFD. NUL bytes are kept.
inline icu::UnicodeString fromUTF8(const char *src, int32_t length) {
    if (src == nullptr || length <= 0) return icu::UnicodeString();
    return icu::UnicodeString::fromUTF8(icu::StringPiece(src, length));
}

/// Copies `s` as UTF-8 into `out` following the preflight convention; returns the length needed.
inline int32_t writeUTF8(const icu::UnicodeString &s, char *out, int32_t capacity, int32_t *status) {
    std::string utf8;
    s.toUTF8String(utf8);
    const int32_t needed = static_cast<int32_t>(utf8.size());
    if (needed > capacity || (out == nullptr && needed > 0)) {
        *status = U_BUFFER_OVERFLOW_ERROR;
        return needed;
    }
    if (needed > 0) std::memcpy(out, utf8.data(), static_cast<size_t>(needed));
    *status = U_ZERO_ERROR;
    return needed;
}

/// Whether the arguments describe a usable input text (a NULL pointer only with length 0).
inline bool validInput(const char *src, int32_t length) {
    return length >= 0 && (src != nullptr || length == 0);
}

} // namespace clr

#endif
