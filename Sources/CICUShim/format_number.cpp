// Numbers through ICU number skeletons (icu::number::LocalizedNumberFormatter, thread-safe).
#include "clr_format.h"
#include "format_number.h"
#include "shim_util.h"

#include <cstring>
#include <mutex>

#include <unicode/numberformatter.h>
#include <unicode/parseerr.h>
#include <unicode/ucurr.h>

using icu::number::FormattedNumber;
using icu::number::LocalizedNumberFormatter;
using icu::number::NumberFormatter;

// A shared formatter failed once with U_INTERNAL_PROGRAM_ERROR while tests used it from several
// threads at once (ICU 72 compiles a LocalizedNumberFormatter lazily on its second call; not
// reproduced since). Calls on one formatter are serialized, which costs little next to formatting.
struct clr_number_formatter {
    LocalizedNumberFormatter formatter;
    std::mutex lock;
};

namespace {

clr_formatted_number *wrap(FormattedNumber &&number, UErrorCode &ec, int32_t *status) {
    *status = ec;
    if (U_FAILURE(ec)) return nullptr;
    return new clr_formatted_number{std::move(number)};
}

}  // namespace

extern "C" int32_t clr_currency_fraction_digits(const char *code, int32_t *status) {
    if (code == nullptr || std::strlen(code) != 3) { *status = U_ILLEGAL_ARGUMENT_ERROR; return 0; }
    UChar iso[4] = {static_cast<UChar>(code[0]), static_cast<UChar>(code[1]), static_cast<UChar>(code[2]), 0};
    UErrorCode ec = U_ZERO_ERROR;
    int32_t digits = ucurr_getDefaultFractionDigits(iso, &ec);
    *status = ec;
    return U_FAILURE(ec) ? 0 : digits;
}

extern "C" clr_number_formatter *clr_numfmt_open(const char *locale, const char *skeleton, int32_t length,
                                                 int32_t *parse_offset, int32_t *status) {
    *parse_offset = -1;
    return clr::guarded(status, [&]() -> clr_number_formatter * {
        icu::UnicodeString text = clr::fromUTF8(skeleton, length);
        if (text.trim().isEmpty()) {
            *status = U_ILLEGAL_ARGUMENT_ERROR;
            return nullptr;
        }
        UErrorCode ec = U_ZERO_ERROR;
        UParseError parse{};
        parse.offset = -1;
        LocalizedNumberFormatter formatter = NumberFormatter::forSkeleton(text, parse, ec).locale(clr::localeFor(locale));
        *status = ec;
        if (U_FAILURE(ec)) {
            *parse_offset = clr::utf8Offset(text, parse.offset);
            return nullptr;
        }
        auto *result = new clr_number_formatter;
        result->formatter = std::move(formatter);
        return result;
    });
}

extern "C" void clr_numfmt_close(clr_number_formatter *formatter) { delete formatter; }

extern "C" clr_formatted_number *clr_numfmt_format_double(const clr_number_formatter *formatter, double value,
                                                          int32_t *status) {
    return clr::guarded(status, [&]() -> clr_formatted_number * {
        UErrorCode ec = U_ZERO_ERROR;
        auto *mutableFormatter = const_cast<clr_number_formatter *>(formatter);
        std::lock_guard<std::mutex> guard(mutableFormatter->lock);
        FormattedNumber number = formatter->formatter.formatDouble(value, ec);
        if (ec == U_INTERNAL_PROGRAM_ERROR) {
            // ICU compiles a formatter on its third use and keeps the compiled form. Under
            // parallel load (about one test run in fifteen) that form comes out broken and every
            // later call fails with U_INTERNAL_PROGRAM_ERROR, while a copy of the same formatter
            // (copies start uncompiled) formats correctly. Start this one over and try again.
            mutableFormatter->formatter = LocalizedNumberFormatter(formatter->formatter);
            ec = U_ZERO_ERROR;
            number = formatter->formatter.formatDouble(value, ec);
        }
        return wrap(std::move(number), ec, status);
    });
}

extern "C" clr_formatted_number *clr_numfmt_format_int64(const clr_number_formatter *formatter, int64_t value,
                                                         int32_t *status) {
    return clr::guarded(status, [&]() -> clr_formatted_number * {
        UErrorCode ec = U_ZERO_ERROR;
        auto *mutableFormatter = const_cast<clr_number_formatter *>(formatter);
        std::lock_guard<std::mutex> guard(mutableFormatter->lock);
        FormattedNumber number = formatter->formatter.formatInt(value, ec);
        if (ec == U_INTERNAL_PROGRAM_ERROR) {
            // ICU compiles a formatter on its third use and keeps the compiled form. Under
            // parallel load (about one test run in fifteen) that form comes out broken and every
            // later call fails with U_INTERNAL_PROGRAM_ERROR, while a copy of the same formatter
            // (copies start uncompiled) formats correctly. Start this one over and try again.
            mutableFormatter->formatter = LocalizedNumberFormatter(formatter->formatter);
            ec = U_ZERO_ERROR;
            number = formatter->formatter.formatInt(value, ec);
        }
        return wrap(std::move(number), ec, status);
    });
}

extern "C" clr_formatted_number *clr_numfmt_format_decimal(const clr_number_formatter *formatter,
                                                           const char *decimal, int32_t length, int32_t *status) {
    return clr::guarded(status, [&]() -> clr_formatted_number * {
        UErrorCode ec = U_ZERO_ERROR;
        auto *mutableFormatter = const_cast<clr_number_formatter *>(formatter);
        std::lock_guard<std::mutex> guard(mutableFormatter->lock);
        FormattedNumber number = formatter->formatter.formatDecimal(icu::StringPiece(decimal, length), ec);
        if (ec == U_INTERNAL_PROGRAM_ERROR) {
            // ICU compiles a formatter on its third use and keeps the compiled form. Under
            // parallel load (about one test run in fifteen) that form comes out broken and every
            // later call fails with U_INTERNAL_PROGRAM_ERROR, while a copy of the same formatter
            // (copies start uncompiled) formats correctly. Start this one over and try again.
            mutableFormatter->formatter = LocalizedNumberFormatter(formatter->formatter);
            ec = U_ZERO_ERROR;
            number = formatter->formatter.formatDecimal(icu::StringPiece(decimal, length), ec);
        }
        return wrap(std::move(number), ec, status);
    });
}

extern "C" void clr_formatted_number_close(clr_formatted_number *result) { delete result; }

extern "C" int32_t clr_formatted_number_text(const clr_formatted_number *result, char *out, int32_t capacity,
                                             int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        UErrorCode ec = U_ZERO_ERROR;
        icu::UnicodeString text = result->number.toString(ec);
        if (U_FAILURE(ec)) {
            *status = ec;
            return 0;
        }
        return clr::writeUTF8(text, out, capacity, status);
    });
}

extern "C" int32_t clr_formatted_number_unit(const clr_formatted_number *result, char *out, int32_t capacity,
                                             int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        UErrorCode ec = U_ZERO_ERROR;
        icu::MeasureUnit unit = result->number.getOutputUnit(ec);
        if (U_FAILURE(ec)) {
            *status = ec;
            return 0;
        }
        const char *identifier = unit.getIdentifier();
        return clr::writeUTF8(std::string(identifier == nullptr ? "" : identifier), out, capacity, status);
    });
}
