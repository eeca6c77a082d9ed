/*
 * util/fs.h - files written so that a reader never sees half of one:
 * data goes to a temporary file in the same directory, which is flushed,
 * fsync'ed and renamed over the target; the directory is fsync'ed too.
 * A run that fails or is killed leaves the old file in place.
 *
 *     dyad_atomic *a = dyad_atomic_open("out.csv", &err);
 *     fputs("a,b\r\n", dyad_atomic_file(a));
 *     if (dyad_atomic_commit(a, &err) != DYAD_OK) ...   (always frees a)
 */
#ifndef DYAD_FS_H
#define DYAD_FS_H

#include <stdio.h>

#include "dyad/common.h"

typedef struct dyad_atomic dyad_atomic;

/* Creates the temporary file (mode 0644 less umask). NULL on failure
 * (DYAD_EIO with the path and strerror in err). */
dyad_atomic *dyad_atomic_open(const char *path, dyad_err *err);
FILE *dyad_atomic_file(dyad_atomic *a);
/* Flushes, syncs and renames; frees a in every case. DYAD_EIO on failure,
 * in which case the target is untouched and the temporary file removed. */
int dyad_atomic_commit(dyad_atomic *a, dyad_err *err);
/* Removes the temporary file and frees a. Accepts NULL. */
void dyad_atomic_abort(dyad_atomic *a);

/* Reads a whole file into out. DYAD_ENOENT / DYAD_EIO on failure. */
int dyad_read_file(const char *path, dyad_buf *out, dyad_err *err);

/* Calls fn(ctx, path, bytes, len, err) for every file of dir whose name
 * ends in suffix (hidden files skipped), in name order; stops at the first
 * error fn returns. DYAD_ENOENT / DYAD_EIO when dir cannot be read. */
typedef int (*dyad_file_fn)(void *ctx, const char *path, const char *data,
                            size_t len, dyad_err *err);
int dyad_each_file(const char *dir, const char *suffix, dyad_file_fn fn,
                   void *ctx, dyad_err *err);

#endif
