/*
 * util/alloc.h - every allocation in libdyad goes through these, so tests
 * can make the N-th allocation fail (dyad_alloc_fail_after) and check that
 * each error path frees what it took.
 */
#ifndef DYAD_ALLOC_H
#define DYAD_ALLOC_H

#include <stddef.h>
#include <stdbool.h>

void *dyad_malloc(size_t n);
void *dyad_calloc(size_t n, size_t size);
void *dyad_realloc(void *p, size_t n);
void dyad_free(void *p);
/* Copies s (NUL-terminated or len bytes) into new memory; caller frees. */
char *dyad_strdup(const char *s);
char *dyad_strndup(const char *s, size_t len);
/* Strings copied into blocks that are freed together (the terms of a
 * lexicon, the aliases of a gazetteer): one allocation a block where
 * dyad_strndup made one a string. Zero-initialise; not thread-safe. */
typedef struct dyad_strpool_blk dyad_strpool_blk;
typedef struct {
    dyad_strpool_blk *head;   /* the block being filled, then older ones */
    size_t used, cap;         /* bytes of head used, and its size */
} dyad_strpool;
/* Copies len bytes of s and a NUL into p; the copy lives until
 * dyad_strpool_free. NULL when out of memory. */
char *dyad_strpool_dup(dyad_strpool *p, const char *s, size_t len);
/* Frees every copy of p and empties it; p may be empty. */
void dyad_strpool_free(dyad_strpool *p);
/* True when n * size does not overflow; stores the product in *out. */
bool dyad_mul_ok(size_t n, size_t size, size_t *out);
/* dyad_grow when the array must grow (need > *cap). */
int dyad_grow_slow(void *p, size_t *cap, size_t need, size_t elem);
/* Grows *p (an array of *cap elements of size elem) to hold at least need
 * elements; doubles. Returns 0 or -1 (ENOMEM / overflow), *p unchanged.
 * Inline, as most calls find the room there: a call each cost ~10
 * instructions more (a load of the lexicons makes ~400,000). */
static inline int dyad_grow(void *p, size_t *cap, size_t need, size_t elem)
{
    return need <= *cap ? 0 : dyad_grow_slow(p, cap, need, elem);
}

/* Test hook: after n more successful allocations, fail every one
 * (n < 0 disables). Not thread-safe; for tests only. */
void dyad_alloc_fail_after(long n);

#endif
