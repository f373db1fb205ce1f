#ifndef BILATERAL_CLIBXML2_SHIM_H
#define BILATERAL_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU: encoding.h would then include <unicode/ucnv.h>, whose
 * UErrorCode clashes with Foundation's _FoundationICU in any Swift module importing both.
 * Nothing here uses the ICU members of xmlCharEncodingHandler, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>
#include <libxml/encoding.h>

/// `xmlFree` is a C global function pointer; Swift 6 rejects it as not
/// concurrency-safe, so callers go through this wrapper.
static inline void bilateral_xmlFree(void *p) { xmlFree(p); }

/// An external-entity loader that refuses everything: installed once at
/// start-up as a second belt behind XML_PARSE_NONET and the absence of
/// XML_PARSE_NOENT / XML_PARSE_DTDLOAD.
static inline xmlParserInputPtr bilateral_refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}
static inline void bilateral_install_refusing_entity_loader(void) {
    xmlSetExternalEntityLoader(bilateral_refuse_entity);
}

#endif
