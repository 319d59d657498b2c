// Plural categories through icu::PluralRules, for plain numbers and for formatted ones.
#include "clr_format.h"
#include "format_number.h"
#include "shim_util.h"

#include <memory>
#include <mutex>

#include <unicode/plurrule.h>
#include <unicode/strenum.h>

struct clr_plural_rules {
    std::unique_ptr<icu::PluralRules> rules;
    std::mutex lock;
};

namespace {

template <typename Select>
int32_t selectInto(const clr_plural_rules *rules, char *out, int32_t capacity, int32_t *status, Select select) {
    UErrorCode ec = U_ZERO_ERROR;
    icu::UnicodeString keyword;
    {
        std::lock_guard<std::mutex> guard(const_cast<clr_plural_rules *>(rules)->lock);
        keyword = select(*rules->rules, ec);
    }
    if (U_FAILURE(ec)) {
        *status = ec;
        return 0;
    }
    return clr::writeUTF8(keyword, out, capacity, status);
}

}  // namespace

extern "C" clr_plural_rules *clr_plural_open(const char *locale, int32_t type, int32_t *status) {
    return clr::guarded(status, [&]() -> clr_plural_rules * {
        if (type != CLR_PLURAL_CARDINAL && type != CLR_PLURAL_ORDINAL) {
            *status = CLR_ILLEGAL_ARGUMENT;
            return nullptr;
        }
        UErrorCode ec = U_ZERO_ERROR;
        std::unique_ptr<icu::PluralRules> rules(
            icu::PluralRules::forLocale(clr::localeFor(locale), static_cast<UPluralType>(type), ec));
        *status = ec;
        if (U_FAILURE(ec)) return nullptr;
        return new clr_plural_rules{std::move(rules), {}};
    });
}

extern "C" void clr_plural_close(clr_plural_rules *rules) { delete rules; }

extern "C" int32_t clr_plural_select_double(const clr_plural_rules *rules, double value, char *out,
                                            int32_t capacity, int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        return selectInto(rules, out, capacity, status,
                          [&](const icu::PluralRules &r, UErrorCode &) { return r.select(value); });
    });
}

extern "C" int32_t clr_plural_select_formatted(const clr_plural_rules *rules, const clr_formatted_number *number,
                                               char *out, int32_t capacity, int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        return selectInto(rules, out, capacity, status,
                          [&](const icu::PluralRules &r, UErrorCode &ec) { return r.select(number->number, ec); });
    });
}

extern "C" int32_t clr_plural_keywords(const clr_plural_rules *rules, char *out, int32_t capacity,
                                       int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        UErrorCode ec = U_ZERO_ERROR;
        std::unique_ptr<icu::StringEnumeration> keywords(rules->rules->getKeywords(ec));
        std::string joined;
        while (U_SUCCESS(ec) && keywords) {
            const icu::UnicodeString *keyword = keywords->snext(ec);
            if (keyword == nullptr) break;
            if (!joined.empty()) joined += '\n';
            keyword->toUTF8String(joined);
        }
        if (U_FAILURE(ec)) {
            *status = ec;
            return 0;
        }
        return clr::writeUTF8(joined, out, capacity, status);
    });
}
