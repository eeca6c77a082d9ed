/* util/hash.h - 64-bit hashing of byte strings (lexicon lookups, content
 * hashes of articles and lexicon sets). Not cryptographic. */
#ifndef DYAD_HASH_H
#define DYAD_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* FNV-1a 64 over len bytes, continuing from h (start with DYAD_HASH_INIT). */
#define DYAD_HASH_INIT 0xcbf29ce484222325ULL
#define DYAD_HASH_PRIME 0x100000001b3ULL
uint64_t dyad_hash(const void *data, size_t len, uint64_t h);

/* One byte of FNV-1a: inline, for loops that hash while they scan (the
 * matchers hash every token key; a call per key cost them ~10%). */
static inline uint64_t dyad_hash_byte(uint64_t h, unsigned char c)
{
    return (h ^ c) * DYAD_HASH_PRIME;
}

/* Final avalanche (splitmix64) so low bits are usable as a table index. */
static inline uint64_t dyad_hash_mix(uint64_t h)
{
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

/* A key of 1 to 16 bytes as two 8-byte words, for memos keyed by their
 * bytes: its first eight bytes, zero-padded, and for a key over eight its
 * last eight, which overlap the first; with the length they are the key.
 * room8: eight bytes from p may be read (then a short key costs a load and
 * a mask, not a copy). Two loads and one multiply (dyad_key16_slot) find a
 * memo slot, where a hash of the key took ~35 instructions. */
static inline void dyad_key16(const char *p, size_t len, int room8,
                              uint64_t *k0, uint64_t *k1)
{
    uint64_t a = 0, b = 0;
    if (len > 8) {
        memcpy(&a, p, 8);
        memcpy(&b, p + len - 8, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    } else if (room8) {
        /* the bytes past the key masked off (a table: the shift took
         * four instructions more a key) */
        static const uint64_t keep[9] = {
            0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffffULL,
            0xffffffffffffULL, 0xffffffffffffffULL, ~0ULL};
        memcpy(&a, p, 8);
        a &= keep[len];
#endif
    } else {
        memcpy(&a, p, len);
    }
    *k0 = a;
    *k1 = b;
}

/* A slot of a table of 2^bits (at most 24) for a dyad_key16 key. */
static inline size_t dyad_key16_slot(uint64_t k0, uint64_t k1, size_t len,
                                     unsigned bits)
{
    uint64_t x = (k0 ^ (k1 * 0x9e3779b97f4a7c15ULL) ^ len) *
                 0xff51afd7ed558ccdULL;
    return (size_t)(x >> 40) & (((size_t)1 << bits) - 1);
}

#endif
