#ifndef CLEARANCE_CLIBXML2_SHIM_H
#define CLEARANCE_CLIBXML2_SHIM_H

/* libxml2 is built with ICU, and its encoding.h includes <unicode/ucnv.h>. ICU's types
 * (UErrorCode, ...) then clash with Foundation's private ICU in every Swift module that sees
 * both, and debug builds (-enable-testing) make SafeXML's internal import of this module
 * visible to its clients. Nothing here needs ICU: keep ucnv.h out and give the one private
 * struct of encoding.h that names ICU types stand-ins of the same size, under our own names. */
#define UCNV_H 1
#define UConverter clr_libxml_UConverter
#define UChar clr_libxml_UChar
typedef struct clr_libxml_UConverter clr_libxml_UConverter;
typedef unsigned short clr_libxml_UChar;
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlsave.h>
#undef UConverter
#undef UChar

/// xmlFree is a global function pointer, which Swift 6 cannot read safely: call it from C.
static inline void clr_xml_free(void *pointer) { xmlFree(pointer); }
#endif
