#include "clr_common.h"

#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

extern "C" const char *clr_error_name(int32_t status) {
    return u_errorName(static_cast<UErrorCode>(status));
}

extern "C" void clr_icu_version(char out[32]) {
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, out);
}

extern "C" void clr_cldr_version(char out[32], int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UVersionInfo v;
    ulocdata_getCLDRVersion(v, &ec);
    *status = ec;
    out[0] = 0;
    if (U_SUCCESS(ec)) u_versionToString(v, out);
}

extern "C" void clr_unicode_version(char out[32]) {
    UVersionInfo v;
    u_getUnicodeVersion(v);
    u_versionToString(v, out);
}
