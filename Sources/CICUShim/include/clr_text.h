// Segmentation, scripts, transliteration, spoof checks and collation (see text*.cpp).
#ifndef CLR_TEXT_H
#define CLR_TEXT_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
#ifdef __cplusplus
}
#endif
#endif
