/*
 * util/utf8.h - UTF-8 checks and repair for text read from the wild.
 *
 * Repair policy: a byte that does not start a valid UTF-8 sequence
 * (overlong forms, surrogates and code points above U+10FFFF are invalid)
 * is read as Windows-1252, the usual culprit in news feeds, and re-encoded;
 * so "caf\xe9" becomes "café". A text where more than a tenth of the bytes
 * are control characters or bytes no code page explains is binary data,
 * not text, and is refused (dyad_utf8_repair returns DYAD_UTF8_BINARY).
 */
#ifndef DYAD_UTF8_H
#define DYAD_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"

/* Length of the valid UTF-8 sequence at s (1-4), or 0 if invalid. Decodes
 * into *cp when cp is not NULL. */
int dyad_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (>= 4 bytes); returns the byte count. */
int dyad_utf8_encode(uint32_t cp, char *out);
/* Number of invalid bytes in s. */
size_t dyad_utf8_invalid(const char *s, size_t n);
/* What dyad_utf8_repair returns for text beyond repair: no DYAD_E* code
 * (DYAD_ENOMEM is -1, which this once was too). */
enum { DYAD_UTF8_BINARY = -100 };
/* Writes a repaired copy of s into out (cleared first). Returns the number
 * of repaired bytes, DYAD_UTF8_BINARY if the text is beyond repair, or
 * DYAD_ENOMEM on allocation failure. */
long dyad_utf8_repair(const char *s, size_t n, dyad_buf *out);
/* A text written whole as a Python bytes literal, b'...' or b"...", blanks
 * about it allowed: how some scraped news sets hold their headlines (the
 * r/worldnews headlines of 2008-2016 on Kaggle read "b\"Georgia 'downs two
 * Russian warplanes' as countries move to brink of war\""), where the
 * literal's first letter hides the first word from every gazetteer. The
 * text it spells goes into out (cleared first): \\ \' \" \n \r \t and
 * \xHH undone, those bytes read as UTF-8 and repaired as
 * dyad_utf8_repair does (tmp is scratch). Only what Python's repr of bytes
 * writes is taken: ASCII inside, no other escape, the quote escaped
 * inside. Returns 1 (out holds the text), 0 (not such a literal, or it
 * spells a NUL or binary data: out is cleared and the text is to be read
 * as it is), or DYAD_ENOMEM. */
int dyad_utf8_bytes_literal(const char *s, size_t n, dyad_buf *out,
                            dyad_buf *tmp);
/* The HTML entity at p (p[0] is '&', e the text's end): the common named
 * ones (amp, lt, gt, quot, apos, nbsp, the dashes and curly quotes, ...)
 * and numeric ones (&#39; &#x2019;; no NUL, no surrogate; a no-break
 * space is a space). Appends its UTF-8 to out and returns the bytes it
 * took, or 0 when p starts no such entity (or on allocation failure, which
 * leaves out as it was). */
size_t dyad_html_entity(const char *p, const char *e, dyad_buf *out);
/* A text with HTML entities in it, as titles and texts scraped from web
 * pages and APIs come ("US &amp; UK", "Israel&#39;s"): the text with them
 * decoded into out (cleared first). Returns 1 when it decoded any, 0 when
 * there was none (out cleared: read the text as it is), or DYAD_ENOMEM. An
 * '&' that starts no entity is kept. */
int dyad_html_entities(const char *s, size_t n, dyad_buf *out);
/* The value of the hex digit c (0-15), or -1 when c is none. */
static inline int dyad_hex_digit(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
/* Count of code points (invalid bytes count one each). */
size_t dyad_utf8_chars(const char *s, size_t n);

#endif
