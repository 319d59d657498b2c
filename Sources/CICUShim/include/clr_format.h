// Numbers, currency, units, dates, lists, plural rules and MessageFormat (see format*.cpp).
#ifndef CLR_FORMAT_H
#define CLR_FORMAT_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
#ifdef __cplusplus
}
#endif
#endif
