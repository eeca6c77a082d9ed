/*
 * dyad/common.h - error reporting, growable buffers and spans shared by
 * every dyad module.
 *
 * Main types: dyad_err (caller-owned error record, may be NULL wherever a
 * function takes one), dyad_buf (growable byte string), dyad_span (borrowed
 * slice of bytes).
 *
 * Ownership: a dyad_err and a dyad_buf live where the caller puts them (on
 * the stack usually); dyad_buf_free releases the bytes a buffer owns.
 * Spans borrow: they are valid as long as the bytes they point into.
 *
 * Errors: fallible functions return DYAD_OK (0) or a negative DYAD_E* code
 * and, when given a dyad_err, fill it with the code, a message and the input
 * location (file, line, column; 0 when not applicable).
 *
 * Thread-safety: no shared state; each object belongs to one thread.
 *
 * Example:
 *     dyad_err err = {0};
 *     dyad_buf b = {0};
 *     if (dyad_buf_printf(&b, "%d pairs", 3) != DYAD_OK)
 *         fprintf(stderr, "%s\n", err.msg);
 *     puts(b.data);
 *     dyad_buf_free(&b);
 */
#ifndef DYAD_COMMON_H
#define DYAD_COMMON_H

#include <stddef.h>
#include <stdint.h>

enum {
    DYAD_OK = 0,
    DYAD_ENOMEM = -1,     /* allocation failed */
    DYAD_EIO = -2,        /* read or write failed */
    DYAD_EPARSE = -3,     /* malformed input (record, lexicon line, date) */
    DYAD_EINVAL = -4,     /* bad argument or option value */
    DYAD_EDB = -5,        /* database error */
    DYAD_EMATH = -6,      /* numerical failure */
    DYAD_EEXTERNAL = -7,  /* external program missing or failed */
    DYAD_ENOENT = -8,     /* input file missing or unreadable */
    DYAD_EBUSY = -9       /* lock held by another run */
};

typedef struct dyad_err {
    int code;
    char msg[256];
    char src[256];          /* input file name, "" when not applicable */
    unsigned long line;     /* 1-based, 0 when not applicable */
    unsigned long col;      /* 1-based, 0 when not applicable */
} dyad_err;

typedef struct dyad_buf {
    char *data;             /* NUL-terminated when len > 0 or after any append */
    size_t len;
    size_t cap;
} dyad_buf;

typedef struct dyad_span {
    const char *ptr;
    size_t len;
} dyad_span;

/* Fills err (if not NULL) and returns code. fmt is printf-style. */
int dyad_err_set(dyad_err *err, int code, const char *src, unsigned long line,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Renders err as "file:line:col: message" (parts omitted when empty) into
 * out (size n). Returns out. */
const char *dyad_err_format(const dyad_err *err, char *out, size_t n);

/* A short static name for a DYAD_E* code ("out of memory", ...). */
const char *dyad_strerror(int code);

/* Frees what libdyad hands the caller to free (the arrays of shifts and
 * episodes of dyad/stats.h, ...); NULL is nothing to free. */
void dyad_free(void *p);

/* Appends len bytes; keeps data NUL-terminated. DYAD_ENOMEM on failure,
 * leaving the buffer as it was. */
int dyad_buf_append(dyad_buf *b, const void *data, size_t len);
int dyad_buf_puts(dyad_buf *b, const char *s);
int dyad_buf_putc(dyad_buf *b, char c);
int dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Ensures room for extra more bytes plus a NUL. */
int dyad_buf_reserve(dyad_buf *b, size_t extra);
/* Empties the buffer, keeping its memory. */
void dyad_buf_clear(dyad_buf *b);
/* Releases the bytes; the buffer is empty and reusable afterwards. */
void dyad_buf_free(dyad_buf *b);

/* Appends s (len bytes, UTF-8) as a JSON string literal with quotes. */
int dyad_buf_json_str(dyad_buf *b, const char *s, size_t len);
/* The same with each run of spaces, tabs and line breaks written as one
 * space (a sentence of wrapped text on one line; s is trimmed). */
int dyad_buf_json_words(dyad_buf *b, const char *s, size_t len);
/* Appends a number with at most `decimals` decimals, trailing zeros and a
 * trailing '.' removed, always with '.' whatever the locale; -0 prints 0. */
int dyad_buf_num(dyad_buf *b, double v, int decimals);
/* dyad_buf_num's format, and an unsigned integer in decimal, into out,
 * for writers that build a piece of a line on the stack: the length
 * written (no NUL). out must hold DYAD_NUM_MAX bytes (any double with
 * %.0f: sign and 309 digits) and DYAD_UINT_MAX bytes. */
#define DYAD_NUM_MAX 320
#define DYAD_UINT_MAX 20
size_t dyad_num_fmt(char *out, double v, int decimals);
size_t dyad_uint_fmt(char *out, unsigned long long v);

#endif
