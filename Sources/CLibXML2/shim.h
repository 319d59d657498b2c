#ifndef CLEARANCE_CLIBXML2_SHIM_H
#define CLEARANCE_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlsave.h>

/// xmlFree is a global function pointer, which Swift 6 cannot read safely: call it from C.
static inline void clr_xml_free(void *pointer) { xmlFree(pointer); }
#endif
