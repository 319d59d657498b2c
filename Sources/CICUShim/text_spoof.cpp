// UTS #39 spoof checks: confusable skeletons, confusable pairs and restriction levels.
#include "clr_text.h"
#include "clr_common.h"
#include "shim_util.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <unicode/uniset.h>
#include <unicode/uspoof.h>

namespace {

const char kEmpty[1] = {0};

/// Once configured, a checker's check, skeleton and confusable calls are thread-safe (uspoof.h).
const USpoofChecker *defaultChecker(UErrorCode &ec) {
    static UErrorCode openStatus = U_ZERO_ERROR;
    static USpoofChecker *shared = [] {
        USpoofChecker *sc = uspoof_open(&openStatus);
        if (U_SUCCESS(openStatus)) uspoof_setChecks(sc, USPOOF_CONFUSABLE, &openStatus);
        return sc;
    }();
    if (U_FAILURE(openStatus)) { ec = openStatus; return nullptr; }
    return shared;
}

using CheckerPtr = std::shared_ptr<USpoofChecker>;

/// Checkers configured for allowed locales or characters, by configuration; the first 256
/// configurations stay open, later ones are opened per call.
CheckerPtr checkerFor(const char *locales, const char *chars, int32_t charsLength, UErrorCode &ec) {
    static std::mutex mutex;
    static auto *cache = new std::map<std::string, CheckerPtr>();
    std::string key = chars ? "c:" + std::string(chars, static_cast<size_t>(charsLength))
                            : (locales ? "l:" + std::string(locales) : std::string("-"));
    std::lock_guard<std::mutex> lock(mutex);
    auto found = cache->find(key);
    if (found != cache->end()) return found->second;
    CheckerPtr sc(uspoof_open(&ec), uspoof_close);
    if (U_FAILURE(ec)) return nullptr;
    uspoof_setChecks(sc.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_CHAR_LIMIT |
                                   USPOOF_MIXED_NUMBERS | USPOOF_HIDDEN_OVERLAY | USPOOF_AUX_INFO, &ec);
    uspoof_setRestrictionLevel(sc.get(), USPOOF_HIGHLY_RESTRICTIVE);
    if (chars) {
        icu::UnicodeSet set(clr::fromUTF8(chars, charsLength), ec);
        if (U_SUCCESS(ec)) uspoof_setAllowedUnicodeSet(sc.get(), &set, &ec);
    } else if (locales) {
        uspoof_setAllowedLocales(sc.get(), locales, &ec);
    }
    if (U_FAILURE(ec)) return nullptr;
    if (cache->size() < 256) cache->emplace(key, sc);
    return sc;
}

int32_t levelCode(URestrictionLevel level) {
    switch (level) {
    case USPOOF_ASCII: return CLR_LEVEL_ASCII;
    case USPOOF_SINGLE_SCRIPT_RESTRICTIVE: return CLR_LEVEL_SINGLE_SCRIPT_RESTRICTIVE;
    case USPOOF_HIGHLY_RESTRICTIVE: return CLR_LEVEL_HIGHLY_RESTRICTIVE;
    case USPOOF_MODERATELY_RESTRICTIVE: return CLR_LEVEL_MODERATELY_RESTRICTIVE;
    case USPOOF_MINIMALLY_RESTRICTIVE: return CLR_LEVEL_MINIMALLY_RESTRICTIVE;
    default: return CLR_LEVEL_UNRESTRICTIVE;
    }
}

} // namespace

extern "C" int32_t clr_spoof_skeleton_utf8(const char *src, int32_t length, char *out, int32_t capacity,
                                           int32_t *status) {
    if (!clr::validInput(src, length) || capacity < 0) { *status = U_ILLEGAL_ARGUMENT_ERROR; return 0; }
    UErrorCode ec = U_ZERO_ERROR;
    const USpoofChecker *sc = defaultChecker(ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    int32_t needed = uspoof_getSkeletonUTF8(sc, 0, length > 0 ? src : kEmpty, length, out, capacity, &ec);
    // ICU NUL-terminates when there is room and warns otherwise; only errors matter here.
    *status = ec == U_STRING_NOT_TERMINATED_WARNING ? U_ZERO_ERROR : ec;
    return needed;
}

extern "C" int32_t clr_spoof_confusable_utf8(const char *a, int32_t a_length, const char *b, int32_t b_length,
                                             int32_t *status) {
    if (!clr::validInput(a, a_length) || !clr::validInput(b, b_length)) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return 0;
    }
    UErrorCode ec = U_ZERO_ERROR;
    const USpoofChecker *sc = defaultChecker(ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    int32_t flags = uspoof_areConfusableUTF8(sc, a_length > 0 ? a : kEmpty, a_length, b_length > 0 ? b : kEmpty,
                                             b_length, &ec);
    *status = ec;
    return U_SUCCESS(ec) ? (flags & USPOOF_CONFUSABLE) : 0;
}

extern "C" void clr_spoof_check_utf8(const char *allowed_locales, const char *allowed_chars, int32_t chars_length,
                                     const char *src, int32_t length, int32_t *failed, int32_t *level,
                                     int32_t *status) {
    *failed = 0;
    *level = CLR_LEVEL_UNRESTRICTIVE;
    if (!clr::validInput(src, length) || (allowed_chars && chars_length < 0)) {
        *status = U_ILLEGAL_ARGUMENT_ERROR;
        return;
    }
    UErrorCode ec = U_ZERO_ERROR;
    // ICU reports any span with a character outside the allowed set as unrestrictive; the
    // span's own level comes from a second checker that allows every character.
    CheckerPtr limited = checkerFor(allowed_locales, allowed_chars, chars_length, ec);
    CheckerPtr open = checkerFor(nullptr, nullptr, 0, ec);
    if (U_FAILURE(ec)) { *status = ec; return; }
    const char *text = length > 0 ? src : kEmpty;
    int32_t limitedFlags = uspoof_check2UTF8(limited.get(), text, length, nullptr, &ec);
    USpoofCheckResult *result = uspoof_openCheckResult(&ec);
    if (U_FAILURE(ec)) { *status = ec; return; }
    int32_t openFlags = uspoof_check2UTF8(open.get(), text, length, result, &ec);
    URestrictionLevel restriction = uspoof_getCheckResultRestrictionLevel(result, &ec);
    uspoof_closeCheckResult(result);
    if (U_FAILURE(ec)) { *status = ec; return; }
    *failed = ((limitedFlags & ~USPOOF_RESTRICTION_LEVEL) | (openFlags & USPOOF_RESTRICTION_LEVEL)) & USPOOF_ALL_CHECKS;
    *level = levelCode(restriction);
    *status = U_ZERO_ERROR;
}
