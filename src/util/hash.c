#include "util/hash.h"

uint64_t dyad_hash(const void *data, size_t len, uint64_t h)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++)
        h = dyad_hash_byte(h, p[i]);
    return h;
}
