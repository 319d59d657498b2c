// ICU MessageFormat with named arguments (icu::MessageFormat; the C API takes positional ones only).
#include "clr_format.h"
#include "shim_util.h"

#include <memory>
#include <mutex>
#include <set>
#include <vector>

#include <unicode/datefmt.h>
#include <unicode/fmtable.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>

struct clr_message_format {
    std::unique_ptr<icu::MessageFormat> format;
    icu::MessagePattern pattern;
    std::mutex lock;
};

namespace {

bool isDateStyle(const icu::MessagePattern &pattern, int32_t argStart) {
    // ARG_START, ARG_NAME|ARG_NUMBER, ARG_TYPE for simple arguments.
    const icu::MessagePattern::Part &type = pattern.getPart(argStart + 2);
    if (type.getType() != UMSGPAT_PART_TYPE_ARG_TYPE) return false;
    icu::UnicodeString name = pattern.getSubstring(type);
    return name == icu::UnicodeString(u"date") || name == icu::UnicodeString(u"time");
}

/// The UTF-16 offset of the first date or time argument inside a plural, select or choice
/// branch, or -1.
int32_t nestedDateOffset(const icu::MessagePattern &pattern) {
    int32_t depth = 0;
    for (int32_t i = 0; i < pattern.countParts(); ++i) {
        const icu::MessagePattern::Part &part = pattern.getPart(i);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_START) {
            if (depth > 0 && part.getArgType() == UMSGPAT_ARG_TYPE_SIMPLE && isDateStyle(pattern, i)) return part.getIndex();
            ++depth;
        } else if (part.getType() == UMSGPAT_PART_TYPE_ARG_LIMIT) {
            --depth;
        }
    }
    return -1;
}

void setZone(icu::MessageFormat &format, const icu::TimeZone &zone) {
    int32_t count = 0;
    const icu::Format **formats = format.getFormats(count);
    for (int32_t i = 0; formats != nullptr && i < count; ++i) {
        auto *date = dynamic_cast<const icu::DateFormat *>(formats[i]);
        if (date != nullptr) const_cast<icu::DateFormat *>(date)->setTimeZone(zone);
    }
}

icu::Formattable argumentValue(const clr_message_arg &arg, const char *texts) {
    switch (arg.kind) {
    case CLR_ARG_INT64: return icu::Formattable(static_cast<int64_t>(arg.integer));
    case CLR_ARG_DOUBLE: return icu::Formattable(arg.number);
    case CLR_ARG_DATE_SECONDS: return icu::Formattable(arg.number * 1000.0, icu::Formattable::kIsDate);
    default: return icu::Formattable(clr::fromUTF8(texts + arg.text_start, arg.text_end - arg.text_start));
    }
}

bool validRange(int32_t start, int32_t end, int32_t length) { return 0 <= start && start <= end && end <= length; }

}  // namespace

extern "C" clr_message_format *clr_msgfmt_open(const char *locale, const char *pattern, int32_t length,
                                               const char *zone, int32_t zone_length, int32_t *parse_offset,
                                               int32_t *status) {
    *parse_offset = -1;
    return clr::guarded(status, [&]() -> clr_message_format * {
        icu::UnicodeString text = clr::fromUTF8(pattern, length);
        std::unique_ptr<icu::TimeZone> tz(clr::zoneFor(zone, zone_length, status));
        if (!tz) return nullptr;
        UErrorCode ec = U_ZERO_ERROR;
        UParseError parse{};
        parse.offset = -1;
        auto *result = new clr_message_format{nullptr, icu::MessagePattern(ec), {}};
        std::unique_ptr<clr_message_format> owned(result);
        result->pattern.parse(text, &parse, ec);
        if (U_SUCCESS(ec) && (parse.offset = nestedDateOffset(result->pattern)) >= 0) ec = U_UNSUPPORTED_ERROR;
        if (U_SUCCESS(ec)) {
            // The pattern parsed, so a failure here is in an argument's format (an unknown type, a
            // bad number skeleton) and ICU's parse offset would point at nothing.
            UParseError ignored{};
            result->format.reset(new icu::MessageFormat(text, clr::localeFor(locale), ignored, ec));
        }
        *status = ec;
        if (U_FAILURE(ec)) {
            *parse_offset = clr::utf8Offset(text, parse.offset);
            return nullptr;
        }
        setZone(*result->format, *tz);
        return owned.release();
    });
}

extern "C" void clr_msgfmt_close(clr_message_format *format) { delete format; }

extern "C" int32_t clr_msgfmt_format(const clr_message_format *format, const clr_message_arg *args, int32_t count,
                                     const char *names, int32_t names_length, const char *texts,
                                     int32_t texts_length, char *out, int32_t capacity, int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        std::vector<icu::UnicodeString> argNames;
        std::vector<icu::Formattable> values;
        for (int32_t i = 0; i < count; ++i) {
            const clr_message_arg &arg = args[i];
            if (!validRange(arg.name_start, arg.name_end, names_length) ||
                (arg.kind == CLR_ARG_STRING && !validRange(arg.text_start, arg.text_end, texts_length)) ||
                arg.kind < CLR_ARG_STRING || arg.kind > CLR_ARG_DATE_SECONDS) {
                *status = CLR_ILLEGAL_ARGUMENT;
                return 0;
            }
            argNames.push_back(clr::fromUTF8(names + arg.name_start, arg.name_end - arg.name_start));
            values.push_back(argumentValue(arg, texts));
        }
        UErrorCode ec = U_ZERO_ERROR;
        icu::UnicodeString text;
        {
            std::lock_guard<std::mutex> guard(const_cast<clr_message_format *>(format)->lock);
            format->format->format(argNames.data(), values.data(), count, text, ec);
        }
        if (U_FAILURE(ec)) {
            *status = ec;
            return 0;
        }
        return clr::writeUTF8(text, out, capacity, status);
    });
}

extern "C" int32_t clr_msgfmt_argument_names(const clr_message_format *format, char *out, int32_t capacity,
                                             int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        const icu::MessagePattern &pattern = format->pattern;
        std::set<std::string> seen;
        std::string joined;
        for (int32_t i = 0; i < pattern.countParts(); ++i) {
            const icu::MessagePattern::Part &part = pattern.getPart(i);
            if (part.getType() != UMSGPAT_PART_TYPE_ARG_NAME && part.getType() != UMSGPAT_PART_TYPE_ARG_NUMBER) {
                continue;
            }
            std::string name;
            pattern.getSubstring(part).toUTF8String(name);
            if (!seen.insert(name).second) continue;
            if (!joined.empty()) joined += '\n';
            joined += name;
        }
        return clr::writeUTF8(joined, out, capacity, status);
    });
}
