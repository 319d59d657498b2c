// Boundaries of graphemes, words, lines and sentences over UTF-8 (UText), so offsets are bytes.
#include "clr_text.h"
#include "clr_common.h"
#include "shim_util.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

namespace {

struct BreakCloser {
    void operator()(UBreakIterator *b) const { ubrk_close(b); }
};
using BreakPtr = std::unique_ptr<UBreakIterator, BreakCloser>;

/// Opened iterators per (kind, locale), cloned for each call: opening loads rules and data.
class PrototypeCache {
public:
    BreakPtr cloneFor(int32_t kind, const char *locale, UErrorCode &ec) {
        UBreakIteratorType type;
        switch (kind) {
        case CLR_BREAK_GRAPHEME: type = UBRK_CHARACTER; break;
        case CLR_BREAK_WORD: type = UBRK_WORD; break;
        case CLR_BREAK_LINE: type = UBRK_LINE; break;
        case CLR_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
        default: ec = U_ILLEGAL_ARGUMENT_ERROR; return nullptr;
        }
        std::string name = locale ? locale : "";
        std::lock_guard<std::mutex> lock(mutex_);
        auto key = std::make_pair(kind, name);
        auto found = prototypes_.find(key);
        if (found == prototypes_.end()) {
            BreakPtr opened(ubrk_open(type, name.c_str(), nullptr, 0, &ec));
            if (U_FAILURE(ec)) return nullptr;
            found = prototypes_.emplace(key, std::move(opened)).first;
        }
        return BreakPtr(ubrk_clone(found->second.get(), &ec));
    }

private:
    std::mutex mutex_;
    std::map<std::pair<int32_t, std::string>, BreakPtr> prototypes_;
};

PrototypeCache &cache() {
    static PrototypeCache *shared = new PrototypeCache();
    return *shared;
}

/// Iterators given back by finished calls, per thread and (kind, locale): a clone costs more
/// than the short texts most calls break, and a thread checking a catalog asks again and again.
class ThreadPool {
public:
    BreakPtr take(int32_t kind, const char *locale, UErrorCode &ec) {
        auto found = idle_.find(std::make_pair(kind, std::string(locale ? locale : "")));
        if (found != idle_.end() && !found->second.empty()) {
            BreakPtr iterator = std::move(found->second.back());
            found->second.pop_back();
            return iterator;
        }
        return cache().cloneFor(kind, locale, ec);
    }

    void giveBack(int32_t kind, const std::string &locale, BreakPtr iterator) {
        if (!iterator) return;
        auto &idle = idle_[std::make_pair(kind, locale)];
        if (idle.size() < 4) idle.push_back(std::move(iterator));
    }

private:
    std::map<std::pair<int32_t, std::string>, std::vector<BreakPtr>> idle_;
};

ThreadPool &threadPool() {
    thread_local ThreadPool pool;
    return pool;
}

} // namespace

extern "C" int32_t clr_break_utf8(int32_t kind, const char *locale, const char *src, int32_t length,
                                  int32_t *offsets, int32_t *rule_status, int32_t capacity, int32_t *status) {
    if (!clr::validInput(src, length) || capacity < 0) { *status = U_ILLEGAL_ARGUMENT_ERROR; return 0; }
    UErrorCode ec = U_ZERO_ERROR;
    BreakPtr iterator = threadPool().take(kind, locale, ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    static const char empty[1] = {0};
    UText *text = utext_openUTF8(nullptr, length > 0 ? src : empty, length, &ec);
    if (U_FAILURE(ec)) { *status = ec; return 0; }
    ubrk_setUText(iterator.get(), text, &ec);
    if (U_FAILURE(ec)) { utext_close(text); *status = ec; return 0; }
    int32_t count = 0;
    for (int32_t at = ubrk_first(iterator.get()); at != UBRK_DONE; at = ubrk_next(iterator.get())) {
        if (count < capacity) {
            if (offsets) offsets[count] = at;
            if (rule_status) rule_status[count] = count == 0 ? 0 : ubrk_getRuleStatus(iterator.get());
        }
        count += 1;
    }
    utext_close(text);
    threadPool().giveBack(kind, locale ? locale : "", std::move(iterator));
    *status = count > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
    return count;
}

struct clr_word_breaker {
    BreakPtr iterator;
    std::string locale;
    std::string text;
    UText *utext = nullptr;
    ~clr_word_breaker() {
        if (utext) utext_close(utext);
        // Closed on the thread that opened it (Swift's WordBreaker is not shared across threads);
        // another thread's pool would take it just the same.
        threadPool().giveBack(CLR_BREAK_WORD, locale, std::move(iterator));
    }
};

extern "C" clr_word_breaker *clr_wordbreaker_open(const char *locale, const char *src, int32_t length, int32_t *status) {
    if (!clr::validInput(src, length)) { *status = U_ILLEGAL_ARGUMENT_ERROR; return nullptr; }
    UErrorCode ec = U_ZERO_ERROR;
    std::unique_ptr<clr_word_breaker> breaker(new clr_word_breaker);
    breaker->locale = locale ? locale : "";
    breaker->iterator = threadPool().take(CLR_BREAK_WORD, locale, ec);
    if (U_FAILURE(ec)) { *status = ec; return nullptr; }
    if (length > 0) breaker->text.assign(src, static_cast<size_t>(length));
    breaker->utext = utext_openUTF8(nullptr, breaker->text.c_str(), length, &ec);
    if (U_FAILURE(ec)) { *status = ec; return nullptr; }
    ubrk_setUText(breaker->iterator.get(), breaker->utext, &ec);
    if (U_FAILURE(ec)) { *status = ec; return nullptr; }
    *status = U_ZERO_ERROR;
    return breaker.release();
}

extern "C" int32_t clr_wordbreaker_is_boundary(clr_word_breaker *breaker, int32_t offset) {
    if (offset < 0 || static_cast<size_t>(offset) > breaker->text.size()) return 0;
    return ubrk_isBoundary(breaker->iterator.get(), offset) ? 1 : 0;
}

extern "C" void clr_wordbreaker_close(clr_word_breaker *breaker) { delete breaker; }
