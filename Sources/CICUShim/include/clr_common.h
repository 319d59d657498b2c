// Plain-C interface of Clearance's ICU shim: shared conventions.
//
// Conventions for every clr_* function:
// - Text goes in as UTF-8 with an explicit byte length (NUL bytes are ordinary characters).
// - Text comes out as UTF-8 into a caller buffer (`out`, `capacity` bytes); the return value is
//   the full length needed. When it exceeds `capacity`, *status is CLR_BUFFER_OVERFLOW and the
//   caller retries with a larger buffer (ICU's preflighting).
// - *status is an ICU UErrorCode value: 0 is success, negative values are warnings, positive
//   values are errors; clr_error_name() names it.
#ifndef CLR_COMMON_H
#define CLR_COMMON_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { CLR_OK = 0, CLR_ILLEGAL_ARGUMENT = 1, CLR_MEMORY_ERROR = 7, CLR_BUFFER_OVERFLOW = 15 };

/// The name of an ICU error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *clr_error_name(int32_t status);

/// ICU's version, e.g. "72.1".
void clr_icu_version(char out[32]);

/// The CLDR version of ICU's locale data, e.g. "42.0".
void clr_cldr_version(char out[32], int32_t *status);

/// The Unicode version of ICU's character data, e.g. "15.0".
void clr_unicode_version(char out[32]);

#ifdef __cplusplus
}
#endif

#endif
