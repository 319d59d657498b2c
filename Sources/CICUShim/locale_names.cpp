// Region names from CLDR's display names (icu::Locale::getDisplayCountry).
#include "clr_locale.h"
#include "shim_util.h"

#include <cctype>

extern "C" int32_t clr_region_display_name(const char *region, const char *display_locale, char *out, int32_t capacity,
                                           int32_t *status) {
    return clr::guarded(status, [&]() -> int32_t {
        size_t length = region == nullptr ? 0 : std::strlen(region);
        bool alpha = length == 2 && std::isalpha(static_cast<unsigned char>(region[0]))
                     && std::isalpha(static_cast<unsigned char>(region[1]));
        bool numeric = length == 3 && std::isdigit(static_cast<unsigned char>(region[0]))
                       && std::isdigit(static_cast<unsigned char>(region[1]))
                       && std::isdigit(static_cast<unsigned char>(region[2]));
        if (!alpha && !numeric) { *status = CLR_ILLEGAL_ARGUMENT; return 0; }
        std::string code(region);
        for (char &c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        icu::Locale place("und", code.c_str());
        icu::UnicodeString name;
        place.getDisplayCountry(clr::localeFor(display_locale), name);
        // ICU answers with the code itself when CLDR has no name for it.
        if (name.isEmpty() || name == icu::UnicodeString(code.c_str(), -1, US_INV)) {
            *status = CLR_ILLEGAL_ARGUMENT;
            return 0;
        }
        return clr::writeUTF8(name, out, capacity, status);
    });
}
