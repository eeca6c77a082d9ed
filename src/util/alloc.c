#include "util/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static long fail_after = -1;

static bool should_fail(void)
{
    if (fail_after < 0)
        return false;
    if (fail_after == 0)
        return true;
    fail_after--;
    return false;
}

void dyad_alloc_fail_after(long n)
{
    fail_after = n;
}

void *dyad_malloc(size_t n)
{
    return should_fail() ? NULL : malloc(n ? n : 1);
}

void *dyad_calloc(size_t n, size_t size)
{
    return should_fail() ? NULL : calloc(n ? n : 1, size ? size : 1);
}

void *dyad_realloc(void *p, size_t n)
{
    return should_fail() ? NULL : realloc(p, n ? n : 1);
}

void dyad_free(void *p)
{
    free(p);
}

char *dyad_strndup(const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *d = dyad_malloc(len + 1);
    if (d) {
        memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}

char *dyad_strdup(const char *s)
{
    return dyad_strndup(s, strlen(s));
}

bool dyad_mul_ok(size_t n, size_t size, size_t *out)
{
    if (size && n > SIZE_MAX / size)
        return false;
    *out = n * size;
    return true;
}

int dyad_grow_slow(void *p, size_t *cap, size_t need, size_t elem)
{
    void **pp = p;
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return -1;
        ncap *= 2;
    }
    size_t bytes;
    if (!dyad_mul_ok(ncap, elem, &bytes))
        return -1;
    void *np = dyad_realloc(*pp, bytes);
    if (!np)
        return -1;
    *pp = np;
    *cap = ncap;
    return 0;
}
