// Runs of one script over UTF-8, with Common/Inherited characters joining their neighbours.
#include "clr_text.h"
#include "clr_common.h"
#include "shim_util.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace {

/// The scripts a run may still become: `resolved` once one script is certain, else the
/// intersection of the Script_Extensions seen so far (empty: any script).
struct RunState {
    UScriptCode resolved = USCRIPT_COMMON;
    std::vector<UScriptCode> candidates;

    bool accepts(const std::vector<UScriptCode> &scripts) const {
        if (resolved != USCRIPT_COMMON) {
            return std::find(scripts.begin(), scripts.end(), resolved) != scripts.end();
        }
        if (candidates.empty()) return true;
        for (UScriptCode s : scripts) {
            if (std::find(candidates.begin(), candidates.end(), s) != candidates.end()) return true;
        }
        return false;
    }

    void narrow(const std::vector<UScriptCode> &scripts) {
        if (resolved != USCRIPT_COMMON) return;
        std::vector<UScriptCode> next;
        if (candidates.empty()) {
            next = scripts;
        } else {
            for (UScriptCode s : candidates) {
                if (std::find(scripts.begin(), scripts.end(), s) != scripts.end()) next.push_back(s);
            }
        }
        candidates = next;
        if (candidates.size() == 1) resolved = candidates.front();
    }
};

/// The Script_Extensions of `c`; empty for characters that fit any script (Zyyy or Zinh only).
void extensionsOf(UChar32 c, std::vector<UScriptCode> &out) {
    out.clear();
    UErrorCode ec = U_ZERO_ERROR;
    UScriptCode buffer[32];
    int32_t n = uscript_getScriptExtensions(c, buffer, 32, &ec);
    if (U_FAILURE(ec) || n <= 0) {
        ec = U_ZERO_ERROR;
        UScriptCode single = uscript_getScript(c, &ec);
        buffer[0] = single;
        n = 1;
    }
    for (int32_t i = 0; i < n; ++i) {
        if (buffer[i] != USCRIPT_COMMON && buffer[i] != USCRIPT_INHERITED && buffer[i] != USCRIPT_UNKNOWN) {
            out.push_back(buffer[i]);
        }
    }
}

void writeCode(UScriptCode script, char *out) {
    const char *name = uscript_getShortName(script);
    if (name == nullptr || std::strlen(name) != 4) name = "Zyyy";
    std::memcpy(out, name, 4);
}

} // namespace

extern "C" int32_t clr_script_runs_utf8(const char *src, int32_t length, int32_t *run_start, char *codes,
                                        int32_t capacity, int32_t *status) {
    if (!clr::validInput(src, length) || capacity < 0) { *status = U_ILLEGAL_ARGUMENT_ERROR; return 0; }
    int32_t count = 0;
    RunState run;
    std::vector<UScriptCode> scripts;
    auto finish = [&](const RunState &state) {
        if (count <= capacity && codes) {
            UScriptCode code = state.resolved;
            // Still ambiguous (e.g. only U+30FC): report the first candidate in code order.
            if (code == USCRIPT_COMMON && !state.candidates.empty()) code = state.candidates.front();
            writeCode(code, codes + 4 * (count - 1));
        }
    };
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(src, i, length, c);
        if (c < 0) c = 0xFFFD;
        extensionsOf(c, scripts);
        if (count == 0) {
            count = 1;
            if (run_start && capacity > 0) run_start[0] = 0;
        }
        if (scripts.empty()) continue;
        if (!run.accepts(scripts)) {
            finish(run);
            run = RunState();
            if (count < capacity && run_start) run_start[count] = start;
            count += 1;
        }
        run.narrow(scripts);
    }
    if (count > 0) finish(run);
    *status = count > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
    return count;
}
