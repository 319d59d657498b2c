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

/// The first error (not the last) libxml2 reported while parsing: after a fatal error it goes on
/// reading, and its last error ("Premature end of data") would point past the real fault.
typedef struct {
    int set;
    int line;
    int column;
    char message[512];
} clr_xml_first_error;

static void clr_xml_keep_first_error(void *data, xmlErrorPtr error) {
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)data;
    clr_xml_first_error *first = context == NULL ? NULL : (clr_xml_first_error *)context->_private;
    if (first == NULL || first->set || error == NULL || error->level < XML_ERR_ERROR) return;
    first->set = 1;
    first->line = error->line;
    first->column = error->int2;
    size_t length = 0;
    if (error->message != NULL) {
        while (error->message[length] != 0 && length < sizeof(first->message) - 1) {
            first->message[length] = error->message[length];
            length++;
        }
    }
    first->message[length] = 0;
}

/// Makes `context` record its first error in `first` (which must outlive the parse).
static inline void clr_xml_track_first_error(xmlParserCtxtPtr context, clr_xml_first_error *first) {
    context->_private = first;
    context->userData = context;
    context->sax->serror = clr_xml_keep_first_error;
}
#endif
