// ICU regular expressions over UTF-8 (UText), so match offsets are bytes, with a time limit.
#include "clr_text.h"
#include "clr_common.h"
#include "shim_util.h"

#include <unicode/parseerr.h>
#include <unicode/uregex.h>
#include <unicode/utext.h>

struct clr_regex {
    URegularExpression *prototype;
};

extern "C" clr_regex *clr_regex_open(const char *pattern, int32_t length, int32_t flags, int32_t *error_line,
                                     int32_t *error_offset, int32_t *status) {
    *error_line = -1;
    *error_offset = -1;
    if (!clr::validInput(pattern, length)) { *status = U_ILLEGAL_ARGUMENT_ERROR; return nullptr; }
    uint32_t icuFlags = 0;
    if (flags & CLR_REGEX_CASE_INSENSITIVE) icuFlags |= UREGEX_CASE_INSENSITIVE;
    if (flags & CLR_REGEX_UNICODE_WORD) icuFlags |= UREGEX_UWORD;
    if (flags & CLR_REGEX_MULTILINE) icuFlags |= UREGEX_MULTILINE;
    if (flags & CLR_REGEX_DOTALL) icuFlags |= UREGEX_DOTALL;
    UErrorCode ec = U_ZERO_ERROR;
    static const char empty[1] = {0};
    UText *text = utext_openUTF8(nullptr, length > 0 ? pattern : empty, length, &ec);
    if (U_FAILURE(ec)) { *status = ec; return nullptr; }
    UParseError parse{};
    URegularExpression *compiled = uregex_openUText(text, icuFlags, &parse, &ec);
    utext_close(text);
    if (U_FAILURE(ec)) {
        *error_line = parse.line;
        *error_offset = parse.offset;
        *status = ec;
        return nullptr;
    }
    *status = U_ZERO_ERROR;
    return new clr_regex{compiled};
}

extern "C" int32_t clr_regex_find_all(const clr_regex *regex, const char *src, int32_t length, int32_t time_limit,
                                      int32_t *starts, int32_t *ends, int32_t capacity, int32_t *status) {
    if (!clr::validInput(src, length) || capacity < 0) { *status = U_ILLEGAL_ARGUMENT_ERROR; return 0; }
    UErrorCode ec = U_ZERO_ERROR;
    URegularExpression *matcher = uregex_clone(regex->prototype, &ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    static const char empty[1] = {0};
    UText *text = utext_openUTF8(nullptr, length > 0 ? src : empty, length, &ec);
    uregex_setUText(matcher, text, &ec);
    if (time_limit > 0) uregex_setTimeLimit(matcher, time_limit, &ec);
    int32_t count = 0;
    while (U_SUCCESS(ec) && uregex_findNext(matcher, &ec)) {
        if (count < capacity) {
            starts[count] = static_cast<int32_t>(uregex_start64(matcher, 0, &ec));
            ends[count] = static_cast<int32_t>(uregex_end64(matcher, 0, &ec));
        }
        count += 1;
    }
    uregex_close(matcher);
    utext_close(text);
    if (U_FAILURE(ec)) { *status = ec; return count; }
    *status = count > capacity ? CLR_BUFFER_OVERFLOW : U_ZERO_ERROR;
    return count;
}

extern "C" void clr_regex_close(clr_regex *regex) {
    if (regex == nullptr) return;
    uregex_close(regex->prototype);
    delete regex;
}
