/* util/hash.h - 64-bit hashing of byte strings (lexicon lookups, content
 * hashes of articles and lexicon sets). Not cryptographic. */
#ifndef DYAD_HASH_H
#define DYAD_HASH_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a 64 over len bytes, continuing from h (start with DYAD_HASH_INIT). */
#define DYAD_HASH_INIT 0xcbf29ce484222325ULL
uint64_t dyad_hash(const void *data, size_t len, uint64_t h);
/* Final avalanche (splitmix64) so low bits are usable as a table index. */
uint64_t dyad_hash_mix(uint64_t h);

#endif
