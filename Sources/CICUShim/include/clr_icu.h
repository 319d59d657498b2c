// Umbrella header of the ICU shim: every header below is plain C.
#ifndef CLR_ICU_H
#define CLR_ICU_H
#include "clr_common.h"
#include "clr_normalize.h"
#include "clr_text.h"
#include "clr_format.h"
#include "clr_locale.h"
#endif
