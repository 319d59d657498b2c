// ICU transforms ("Any-Latin; Latin-ASCII", "Han-Latin", ...) over UTF-8, cached per id.
#include "clr_text.h"
#include "clr_common.h"
#include "shim_util.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <unicode/utrans.h>

struct clr_transliterator {
    UTransliterator *prototype = nullptr;
    /// Idle clones of `prototype`; a call takes one (or clones anew) and gives it back.
    mutable std::mutex mutex;
    mutable std::vector<UTransliterator *> idle;
};

namespace {

std::mutex registryMutex;

std::map<std::string, clr_transliterator *> &registry() {
    static auto *shared = new std::map<std::string, clr_transliterator *>();
    return *shared;
}

UTransliterator *acquire(const clr_transliterator *t, UErrorCode &ec) {
    {
        std::lock_guard<std::mutex> lock(t->mutex);
        if (!t->idle.empty()) {
            UTransliterator *clone = t->idle.back();
            t->idle.pop_back();
            return clone;
        }
    }
    return utrans_clone(t->prototype, &ec);
}

void release(const clr_transliterator *t, UTransliterator *clone) {
    std::lock_guard<std::mutex> lock(t->mutex);
    if (t->idle.size() < 16) t->idle.push_back(clone);
    else utrans_close(clone);
}

} // namespace

extern "C" const clr_transliterator *clr_translit_get(const char *id, int32_t id_length, int32_t *status) {
    if (!clr::validInput(id, id_length) || id_length == 0) { *status = U_ILLEGAL_ARGUMENT_ERROR; return nullptr; }
    std::string key(id, static_cast<size_t>(id_length));
    std::lock_guard<std::mutex> lock(registryMutex);
    auto found = registry().find(key);
    if (found != registry().end()) { *status = U_ZERO_ERROR; return found->second; }
    icu::UnicodeString id16 = clr::fromUTF8(id, id_length);
    UErrorCode ec = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *opened = utrans_openU(id16.getBuffer(), id16.length(), UTRANS_FORWARD, nullptr, 0,
                                           &parseError, &ec);
    if (U_FAILURE(ec)) { *status = ec; return nullptr; }
    auto *entry = new clr_transliterator();
    entry->prototype = opened;
    registry().emplace(key, entry);
    *status = U_ZERO_ERROR;
    return entry;
}

extern "C" int32_t clr_translit_utf8(const clr_transliterator *t, const char *src, int32_t length, char *out,
                                     int32_t capacity, int32_t *status) {
    if (t == nullptr || !clr::validInput(src, length)) { *status = U_ILLEGAL_ARGUMENT_ERROR; return 0; }
    UErrorCode ec = U_ZERO_ERROR;
    UTransliterator *clone = acquire(t, ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    icu::UnicodeString text = clr::fromUTF8(src, length);
    // utrans_transUChars works in place; give it room to grow and retry with the size it asks.
    int32_t textLength = text.length();
    int32_t room = textLength * 2 + 16;
    std::vector<UChar> buffer;
    for (int attempt = 0; attempt < 4; ++attempt) {
        buffer.assign(static_cast<size_t>(room), 0);
        text.extract(buffer.data(), room, ec);
        ec = U_ZERO_ERROR;
        int32_t used = textLength;
        int32_t limit = textLength;
        utrans_transUChars(clone, buffer.data(), &used, room, 0, &limit, &ec);
        if (ec == U_BUFFER_OVERFLOW_ERROR) {
            room = used + 16;
            ec = U_ZERO_ERROR;
            continue;
        }
        release(t, clone);
        if (U_FAILURE(ec)) { *status = ec; return 0; }
        return clr::writeUTF8(icu::UnicodeString(buffer.data(), used), out, capacity, status);
    }
    release(t, clone);
    *status = U_INTERNAL_PROGRAM_ERROR; // the transform kept growing past the size it asked for
    return 0;
}
