/* util/hash.h - 64-bit hashing of byte strings (lexicon lookups, content
 * hashes of articles and lexicon sets). Not cryptographic. */
#ifndef DYAD_HASH_H
#define DYAD_HASH_H

#include <stddef.h>
#include <stdint.h>

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

#endif
