#ifndef CLEARANCE_CLIBXML2_SHIM_H
#define CLEARANCE_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlsave.h>
#endif
