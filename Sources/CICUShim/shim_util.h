// Helpers shared by the shim's .cpp files (private to the shim, not part of its C interface).
#ifndef CLR_SHIM_UTIL_H
#define CLR_SHIM_UTIL_H

#include "clr_common.h"

#include <cstring>
#include <new>
#include <string>

#include <unicode/locid.h>
#include <unicode/stringpiece.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>
#include <unicode/ures.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

namespace clr {

/// Decodes UTF-8 with an explicit length (ill-formed bytes become U+FFFD, as ICU does).
inline icu::UnicodeString fromUTF8(const char *bytes, int32_t length) {
    if (bytes == nullptr || length <= 0) return icu::UnicodeString();
    return icu::UnicodeString::fromUTF8(icu::StringPiece(bytes, length));
}

/// Whether the arguments describe a usable input text (a NULL pointer only with length 0).
inline bool validInput(const char *src, int32_t length) {
    return length >= 0 && (src != nullptr || length == 0);
}

/// The locale for a BCP 47 tag ("zh-Hans", "ar-u-nu-latn") or an ICU id ("de_DE@currency=CHF");
/// NULL or "" is the root locale. An id without locale data ("xx-YY") becomes root with the
/// same keywords: ICU itself would fall back to the process's default locale, which depends on
/// the environment (LANG), and formatting must not.
inline icu::Locale localeFor(const char *id) {
    if (id == nullptr || *id == 0) return icu::Locale::getRoot();
    icu::Locale locale;
    bool tagged = false;
    if (std::strchr(id, '_') == nullptr && std::strchr(id, '@') == nullptr) {
        UErrorCode ec = U_ZERO_ERROR;
        locale = icu::Locale::forLanguageTag(id, ec);
        tagged = U_SUCCESS(ec) && !locale.isBogus();
    }
    if (!tagged) locale = icu::Locale::createCanonical(id);
    UErrorCode ec = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(nullptr, locale.getName(), &ec);
    bool fellToDefault = ec == U_USING_DEFAULT_WARNING || U_FAILURE(ec);
    if (bundle != nullptr) ures_close(bundle);
    if (!fellToDefault) return locale;
    const char *keywords = std::strchr(locale.getName(), '@');
    return keywords == nullptr ? icu::Locale::getRoot() : icu::Locale::createFromName(keywords);
}

/// The zone for an Olson id; an id ICU does not know is an error rather than GMT.
inline icu::TimeZone *zoneFor(const char *zone, int32_t length, int32_t *status) {
    icu::UnicodeString id = clr::fromUTF8(zone, length);
    icu::TimeZone *tz = icu::TimeZone::createTimeZone(id);
    icu::UnicodeString resolved;
    if (tz == nullptr) {
        *status = CLR_MEMORY_ERROR;
    } else if (tz->getID(resolved) == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID)) {
        delete tz;
        tz = nullptr;
        *status = CLR_ILLEGAL_ARGUMENT;
    }
    return tz;
}

/// The UTF-8 byte offset of UTF-16 offset `offset` in `text`; negative offsets stay -1.
inline int32_t utf8Offset(const icu::UnicodeString &text, int32_t offset) {
    if (offset < 0) return -1;
    std::string prefix;
    text.tempSubString(0, offset).toUTF8String(prefix);
    return static_cast<int32_t>(prefix.size());
}

/// Copies `text` into the caller buffer following the preflighting convention of clr_common.h.
inline int32_t writeUTF8(const std::string &text, char *out, int32_t capacity, int32_t *status) {
    int32_t needed = static_cast<int32_t>(text.size());
    if (out != nullptr && capacity > 0) {
        std::memcpy(out, text.data(), static_cast<size_t>(needed < capacity ? needed : capacity));
    }
    if (needed > capacity) *status = CLR_BUFFER_OVERFLOW;
    return needed;
}

inline int32_t writeUTF8(const icu::UnicodeString &text, char *out, int32_t capacity, int32_t *status) {
    std::string utf8;
    text.toUTF8String(utf8);
    return writeUTF8(utf8, out, capacity, status);
}

/// Runs `body` when *status holds no error yet and turns C++ exceptions into ICU errors.
template <typename Body>
inline auto guarded(int32_t *status, Body body) -> decltype(body()) {
    if (*status > 0) return decltype(body())();
    try {
        return body();
    } catch (const std::bad_alloc &) {
        *status = CLR_MEMORY_ERROR;
    } catch (...) {
        *status = U_INTERNAL_PROGRAM_ERROR;
    }
    return decltype(body())();
}

}  // namespace clr

#endif
