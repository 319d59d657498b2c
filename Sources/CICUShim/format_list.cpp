// Lists through icu::ListFormatter ("a, b, and c", "a, b, or c", "3 ft, 2 in").
#include "clr_format.h"
#include "shim_util.h"

#include <memory>
#include <mutex>
#include <vector>

#include <unicode/listformatter.h>

struct clr_list_formatter {
    std::unique_ptr<icu::ListFormatter> format;
    std::mutex lock;
};

extern "C" clr_list_formatter *clr_listfmt_open(const char *locale, int32_t type, int32_t width, int32_t *status) {
    return clr::guarded(status, [&]() -> clr_list_formatter * {
        if (type < CLR_LIST_AND || type > CLR_LIST_UNITS || width < CLR_LIST_WIDE || width > CLR_LIST_NARROW) {
            *status = CLR_ILLEGAL_ARGUMENT;
            return nullptr;
        }
        UErrorCode ec = U_ZERO_ERROR;
        std::unique_ptr<icu::ListFormatter> format(icu::ListFormatter::createInstance(
            clr::localeFor(locale), static_cast<UListFormatterType>(type), static_cast<UListFormatterWidth>(width),
            ec));
        *status = ec;
        if (U_FAILURE(ec)) return nullptr;
        if (!format) {
            *status = CLR_MEMORY_ERROR;
            return nullptr;
        }
        return new clr_list_formatter{std::move(format), {}};
    });
}

extern "C" void clr_listfmt_close(clr_list_formatter *formatter) { delete formatter; }

extern "C" int32_t clr_listfmt_format(const clr_list_formatter *formatter, const char *pool, const int32_t *ends,
                                      int32_t count, char *out, int32_t capacity, int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        if (count < 0) {
            *status = CLR_ILLEGAL_ARGUMENT;
            return 0;
        }
        std::vector<icu::UnicodeString> items;
        items.reserve(static_cast<size_t>(count));
        int32_t start = 0;
        for (int32_t i = 0; i < count; ++i) {
            if (ends[i] < start) {
                *status = CLR_ILLEGAL_ARGUMENT;
                return 0;
            }
            items.push_back(clr::fromUTF8(pool + start, ends[i] - start));
            start = ends[i];
        }
        UErrorCode ec = U_ZERO_ERROR;
        icu::UnicodeString text;
        {
            auto *mutable_formatter = const_cast<clr_list_formatter *>(formatter);
            std::lock_guard<std::mutex> guard(mutable_formatter->lock);
            formatter->format->format(items.data(), count, text, ec);
        }
        if (U_FAILURE(ec)) {
            *status = ec;
            return 0;
        }
        return clr::writeUTF8(text, out, capacity, status);
    });
}
