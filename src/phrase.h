/*
 * phrase.h - the term matcher behind every lexicon: single words and
 * multi-word terms, with '*' at the end of a word as a prefix wildcard
 * ("threaten*", "impos* sanction*"). A '*' only counts as a wildcard after a
 * letter or digit, so emoticons such as ":*" stay literal.
 *
 * Matching is on token keys (already lower-cased or otherwise normalised by
 * the caller): the longest term wins (most words); between terms of equal
 * length, exact words beat wildcards and longer prefixes beat shorter ones.
 *
 * Every table hashes a key the same way (dyad_phrases_hash), so a caller
 * that looks one key up in several tables, or in one table many times,
 * hashes it once and passes the hash to the _h forms.
 *
 * Ownership: the table owns copies of its terms. Thread-safety: read-only
 * use (match) from many threads is safe once loading is done.
 */
#ifndef DYAD_PHRASE_H
#define DYAD_PHRASE_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"
#include "util/hash.h"

#define DYAD_PHRASE_MAXWORDS 12

typedef struct dyad_phrases dyad_phrases;

dyad_phrases *dyad_phrases_new(void);
void dyad_phrases_free(dyad_phrases *p);
/* Adds term (words separated by single spaces) with payload. When the
 * same term is already present its payload is replaced and the old one
 * stored in *old (if not NULL) and 1 returned; otherwise DYAD_OK.
 * DYAD_EINVAL: empty term, empty word, or more than DYAD_PHRASE_MAXWORDS
 * words. DYAD_ENOMEM. */
int dyad_phrases_add(dyad_phrases *p, const char *term, size_t len,
                     uint32_t payload, uint32_t *old);
/* Longest term that matches keys[0..n). Returns its word count (0 when
 * none) and its payload in *payload. */
size_t dyad_phrases_match(const dyad_phrases *p, const dyad_span *keys,
                          size_t n, uint32_t *payload);
/* Exact single-key lookup (no wildcards, no multi-word terms). */
int dyad_phrases_get(const dyad_phrases *p, const char *key, size_t len,
                     uint32_t *payload);

/* The hash the tables use for a key: FNV-1a, mixed. Inline because the
 * scorer hashes every token with it. */
static inline uint64_t dyad_phrases_hash(const char *key, size_t len)
{
    uint64_t h = DYAD_HASH_INIT;
    for (size_t i = 0; i < len; i++)
        h = dyad_hash_byte(h, (unsigned char)key[i]);
    return dyad_hash_mix(h);
}
/* dyad_phrases_match and dyad_phrases_get for a first key whose
 * dyad_phrases_hash is h. */
size_t dyad_phrases_match_h(const dyad_phrases *p, const dyad_span *keys,
                            size_t n, uint64_t h, uint32_t *payload);
int dyad_phrases_get_h(const dyad_phrases *p, const char *key, size_t len,
                       uint64_t h, uint32_t *payload);
size_t dyad_phrases_count(const dyad_phrases *p);

#endif
