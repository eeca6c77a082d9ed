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
#include <string.h>

#include "dyad/common.h"
#include "util/hash.h"
#include "util/hints.h"

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
/* dyad_phrases_add, which also gives what dyad_phrases_find_h would of
 * the term's first word when that word is exact (no wildcard): its chain
 * at *chain, its dyad_phrases_hash at *h0 and its length at *len0; *len0
 * is 0 when the word is a wildcard or the term was not added (an error). */
int dyad_phrases_add_first(dyad_phrases *p, const char *term, size_t len,
                           uint32_t payload, uint32_t *old, uint32_t *chain,
                           uint64_t *h0, size_t *len0);
/* Makes room for n more terms of bytes bytes in all (with their
 * separators), so that adding them grows no array or table step by step
 * (a load of the lexicons adds ~41,000 terms): a hint, as more may still
 * be added. DYAD_ENOMEM. */
int dyad_phrases_reserve(dyad_phrases *p, size_t n, size_t bytes);
/* Longest term that matches keys[0..n). Returns its word count (0 when
 * none) and its payload in *payload. */
size_t dyad_phrases_match(const dyad_phrases *p, const dyad_span *keys,
                          size_t n, uint32_t *payload);
/* Exact single-key lookup (no wildcards, no multi-word terms). */
int dyad_phrases_get(const dyad_phrases *p, const char *key, size_t len,
                     uint32_t *payload);

/* The hash the tables use for a key. Inline because the scorer hashes
 * every token with it; eight bytes a step, then the 4-, 2- and 1-byte
 * tail, where FNV-1a took a multiply a byte (~25 instead of ~40
 * instructions for a 6-byte key). The length is in the seed, so keys
 * that differ only by trailing NULs differ. */
static inline uint64_t dyad_phrases_hash(const char *key, size_t len)
{
    const unsigned char *s = (const unsigned char *)key;
    uint64_t h = DYAD_HASH_INIT ^ len, w;
    for (; len >= 8; len -= 8, s += 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 29;
    }
    unsigned sh = 0;
    w = 0;
    if (len & 4) {
        uint32_t x;
        memcpy(&x, s, 4);
        w = x;
        s += 4;
        sh = 32;
    }
    if (len & 2) {
        uint16_t x;
        memcpy(&x, s, 2);
        w |= (uint64_t)x << sh;
        s += 2;
        sh += 16;
    }
    if (len & 1)
        w |= (uint64_t)*s << sh;
    return dyad_hash_mix(h ^ w);
}
/* dyad_phrases_match and dyad_phrases_get for a first key whose
 * dyad_phrases_hash is h. */
size_t dyad_phrases_match_h(const dyad_phrases *p, const dyad_span *keys,
                            size_t n, uint64_t h, uint32_t *payload);
int dyad_phrases_get_h(const dyad_phrases *p, const char *key, size_t len,
                       uint64_t h, uint32_t *payload);

/* For a caller that looks a key up once and gets or matches it later:
 * the chain of terms whose first word is exactly key (hash h), as a
 * handle for the two calls below (DYAD_PHRASES_NONE when there are
 * none). A handle stays valid, and sees terms added later, for the
 * table's life. */
#define DYAD_PHRASES_NONE UINT32_MAX
uint32_t dyad_phrases_find_h(const dyad_phrases *p, const char *key,
                             size_t len, uint64_t h);
/* dyad_phrases_get of the key whose handle is chain. */
int dyad_phrases_one_word(const dyad_phrases *p, uint32_t chain,
                          uint32_t *payload);
/* Is the one-word term the only term of chain? Then its payload is in
 * *payload, and dyad_phrases_match_at of a key with this handle and no
 * wildcard chains (dyad_phrases_wild_chains) is 1 with that payload, for
 * any n >= 1. Valid until terms are added. */
int dyad_phrases_one_only(const dyad_phrases *p, uint32_t chain,
                          uint32_t *payload);
/* For a caller that remembers what it learnt of a key: when chain (not
 * NONE) has longer terms and none whose second word is one byte and '*',
 * a filter of the first two bytes of its terms' second words (nonzero),
 * its bit 0 set when the chain has a one-word term; else 0. With no
 * wildcard chain at the key either (dyad_phrases_wild_chains 0), when
 * n < 2 or dyad_phrases_next_may(filter, keys[1]) is 0,
 * dyad_phrases_match_at finds nothing (bit 0 clear) or the one-word term
 * (dyad_phrases_one_word): a test of the next key without the walk of
 * the chain. Valid until terms are added. */
uint32_t dyad_phrases_next_filter(const dyad_phrases *p, uint32_t chain);
static inline int dyad_phrases_next_may(uint32_t filter, dyad_span k)
{
    if (!k.len)
        return 0;
    const unsigned char *b = (const unsigned char *)k.ptr;
    unsigned head = (unsigned)b[0] << 8 | (k.len > 1 ? b[1] : 0);
    return (filter >> (16 + ((head * 0x9e3779b1u) >> 28))) & 1;
}
/* dyad_phrases_match of keys whose first key's handle is chain. */
size_t dyad_phrases_match_at(const dyad_phrases *p, const dyad_span *keys,
                             size_t n, uint32_t chain, uint32_t *payload);
/* For a caller that remembers what it learnt of a key: the chains of the
 * wildcard first words that are prefixes of key, shortest first (the
 * order dyad_phrases_match tries them in), as handles; the first max of
 * them into out. Returns how many there are (more than max: out has only
 * the first max). Valid until terms are added. */
size_t dyad_phrases_wild_chains(const dyad_phrases *p, const char *key,
                                size_t len, uint32_t *out, size_t max);
/* dyad_phrases_match_at with keys[0]'s wildcard chains given: wild[0..nwild)
 * must be all of them (dyad_phrases_wild_chains). */
size_t dyad_phrases_match_chains(const dyad_phrases *p, const dyad_span *keys,
                                 size_t n, const uint32_t *wild, size_t nwild,
                                 uint32_t chain, uint32_t *payload);
size_t dyad_phrases_count(const dyad_phrases *p);
/* Calls fn(ctx, word, len, chain) once for each distinct exact (not
 * wildcard) first word of the terms, with its chain (the handle
 * dyad_phrases_find_h gives), in no particular order; stops at and
 * returns the first result other than DYAD_OK. */
int dyad_phrases_each_first(const dyad_phrases *p,
                            int (*fn)(void *ctx, const char *w, size_t len,
                                      uint32_t chain),
                            void *ctx);
/* Sets bit `bit` of flags[i] for each keys[i] that may start a term (no
 * false negatives; a few false positives), leaving the other bits. One
 * call for a whole document: a call a token cost more than the test. */
void dyad_phrases_may_start(const dyad_phrases *p, const dyad_span *keys,
                            size_t n, unsigned char bit,
                            unsigned char *flags);
/* The filter behind dyad_phrases_may_start, for a caller that tests
 * keys in a loop of its own (dyad_phrases_heads_has): borrowed from p,
 * and it sees terms added later. */
const uint64_t *dyad_phrases_heads(const dyad_phrases *p);
/* dyad_phrases_may_start's test of key k, with heads from
 * dyad_phrases_heads: bit (b0 << 8 | b1) of the key's first two bytes. */
static inline int dyad_phrases_heads_has(const uint64_t *heads, dyad_span k)
{
    if (!k.len)
        return 0;
    const unsigned char *b = (const unsigned char *)k.ptr;
    unsigned bit = (unsigned)b[0] << 8 | (k.len > 1 ? b[1] : 0);
    return (heads[bit >> 6] >> (bit & 63)) & 1;
}
/* The same for the terms whose first word is a wildcard: with the handle
 * of keys[i] (dyad_phrases_find_h) DYAD_PHRASES_NONE and bit not set,
 * dyad_phrases_match_at would find nothing at keys + i. */
void dyad_phrases_may_start_wild(const dyad_phrases *p, const dyad_span *keys,
                                 size_t n, unsigned char bit,
                                 unsigned char *flags);

#endif
