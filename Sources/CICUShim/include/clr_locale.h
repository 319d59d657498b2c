// Names of locales and regions as CLDR writes them in a display language (locale_names.cpp).
// Buffers follow clr_common.h.
#ifndef CLR_LOCALE_H
#define CLR_LOCALE_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/// The name of the region `region` (ISO 3166 alpha-2 such as "PT", or a UN M.49 code such as
/// "419") in the language of `display_locale` ("de" -> "Portugal", "ja" -> "ポルトガル").
/// A code ICU has no name for is CLR_ILLEGAL_ARGUMENT rather than the code echoed back.
int32_t clr_region_display_name(const char *region, const char *display_locale, char *out, int32_t capacity,
                                int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
