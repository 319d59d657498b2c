// Dates through icu::SimpleDateFormat, with patterns from styles or the pattern generator.
#include "clr_format.h"
#include "shim_util.h"

#include <memory>
#include <mutex>

#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>

/// DateFormat keeps a mutable Calendar, so formatting is serialized.
struct clr_date_formatter {
    std::unique_ptr<icu::DateFormat> format;
    std::mutex lock;
};

namespace {

clr_date_formatter *finish(icu::DateFormat *format, const char *zone, int32_t zone_length, int32_t *status) {
    std::unique_ptr<icu::DateFormat> owned(format);
    if (*status > 0) return nullptr;
    if (!owned) {
        *status = CLR_MEMORY_ERROR;
        return nullptr;
    }
    icu::TimeZone *tz = clr::zoneFor(zone, zone_length, status);
    if (tz == nullptr) return nullptr;
    owned->adoptTimeZone(tz);
    return new clr_date_formatter{std::move(owned), {}};
}

/// The UTF-16 offset of the first character that is no date field letter (ICU would ignore it
/// or keep it as literal text), or -1 when the skeleton is all field letters.
int32_t invalidSkeletonOffset(const icu::UnicodeString &skeleton) {
    static const char16_t fields[] = u"GyYuUrQqMLlwWdDFgEecabBhHKkjJCmsSAzZOvVXx";
    for (int32_t i = 0; i < skeleton.length(); ++i) {
        char16_t c = skeleton.charAt(i);
        if (std::char_traits<char16_t>::find(fields, sizeof(fields) / sizeof(fields[0]) - 1, c) == nullptr) return i;
    }
    return -1;
}

bool validStyle(int32_t style) { return style >= CLR_DATE_STYLE_NONE && style <= CLR_DATE_STYLE_SHORT; }

}  // namespace

extern "C" clr_date_formatter *clr_datefmt_open_styles(const char *locale, int32_t date_style, int32_t time_style,
                                                       const char *zone, int32_t zone_length, int32_t *status) {
    return clr::guarded(status, [&]() -> clr_date_formatter * {
        if (!validStyle(date_style) || !validStyle(time_style) ||
            (date_style == CLR_DATE_STYLE_NONE && time_style == CLR_DATE_STYLE_NONE)) {
            *status = CLR_ILLEGAL_ARGUMENT;
            return nullptr;
        }
        icu::DateFormat *format = icu::DateFormat::createDateTimeInstance(
            static_cast<icu::DateFormat::EStyle>(date_style), static_cast<icu::DateFormat::EStyle>(time_style),
            clr::localeFor(locale));
        return finish(format, zone, zone_length, status);
    });
}

extern "C" clr_date_formatter *clr_datefmt_open_skeleton(const char *locale, const char *skeleton,
                                                         int32_t skeleton_length, const char *zone,
                                                         int32_t zone_length, int32_t *parse_offset,
                                                         int32_t *status) {
    *parse_offset = -1;
    return clr::guarded(status, [&]() -> clr_date_formatter * {
        icu::UnicodeString text = clr::fromUTF8(skeleton, skeleton_length);
        int32_t bad = invalidSkeletonOffset(text);
        if (text.isEmpty() || bad >= 0) {
            *parse_offset = clr::utf8Offset(text, bad);
            *status = CLR_ILLEGAL_ARGUMENT;
            return nullptr;
        }
        icu::Locale loc = clr::localeFor(locale);
        UErrorCode ec = U_ZERO_ERROR;
        std::unique_ptr<icu::DateTimePatternGenerator> generator(
            icu::DateTimePatternGenerator::createInstance(loc, ec));
        if (U_FAILURE(ec)) {
            *status = ec;
            return nullptr;
        }
        icu::UnicodeString pattern = generator->getBestPattern(text, ec);
        if (U_SUCCESS(ec) && pattern.isEmpty()) ec = U_ILLEGAL_ARGUMENT_ERROR;
        icu::SimpleDateFormat *format = U_SUCCESS(ec) ? new icu::SimpleDateFormat(pattern, loc, ec) : nullptr;
        *status = ec;
        return finish(format, zone, zone_length, status);
    });
}

extern "C" void clr_datefmt_close(clr_date_formatter *formatter) { delete formatter; }

extern "C" int32_t clr_datefmt_pattern(const clr_date_formatter *formatter, char *out, int32_t capacity,
                                       int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        icu::UnicodeString pattern;
        auto *simple = dynamic_cast<const icu::SimpleDateFormat *>(formatter->format.get());
        if (simple != nullptr) simple->toPattern(pattern);
        return clr::writeUTF8(pattern, out, capacity, status);
    });
}

extern "C" int32_t clr_datefmt_format(const clr_date_formatter *formatter, double seconds, char *out,
                                      int32_t capacity, int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        auto *mutable_formatter = const_cast<clr_date_formatter *>(formatter);
        icu::UnicodeString text;
        {
            std::lock_guard<std::mutex> guard(mutable_formatter->lock);
            formatter->format->format(static_cast<UDate>(seconds * 1000.0), text);
        }
        return clr::writeUTF8(text, out, capacity, status);
    });
}
