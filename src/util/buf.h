/*
 * util/buf.h - dyad_buf (dyad/common.h) for the writers of a line that
 * put it together piece by piece (score_out.c): room asked for once and
 * the bytes written at a pointer, numbers and JSON strings written
 * there, where each piece through dyad_buf_append checked the room
 * again and called memcpy and strlen.
 *
 * Use: o = dyad_buf__room(b, most bytes the pieces take); NULL is
 * DYAD_ENOMEM, the buffer as it was. Write at most that many at o, then
 * dyad_buf__done(b, o) sets the length and the NUL. Nothing else may
 * touch b between the two (a reserve moves the bytes).
 */
#ifndef DYAD_BUF_H
#define DYAD_BUF_H

#include <math.h>
#include <stddef.h>
#include <string.h>

#include "dyad/common.h"

/* Where n more bytes go at the end of b (room for them and a NUL), or
 * NULL when it cannot grow. */
static inline char *dyad_buf__room(dyad_buf *b, size_t n)
{
    if (n < b->cap - b->len)   /* len + n + 1 <= cap; cap 0: never */
        return b->data + b->len;
    return dyad_buf_reserve(b, n) == DYAD_OK ? b->data + b->len : NULL;
}

/* Ends the bytes written since dyad_buf__room at o. */
static inline void dyad_buf__done(dyad_buf *b, char *o)
{
    *o = '\0';
    b->len = (size_t)(o - b->data);
}

/* dyad_buf_append, inline: a literal's length is a constant, its copy a
 * few moves. */
static inline int dyad_buf__put(dyad_buf *b, const void *s, size_t n)
{
    char *o = dyad_buf__room(b, n);
    if (!o)
        return DYAD_ENOMEM;
    memcpy(o, s, n);
    dyad_buf__done(b, o + n);
    return DYAD_OK;
}
#define DYAD_BUF_LIT(b, s) dyad_buf__put(b, s, sizeof(s) - 1)

/* s copied at o; the end */
static inline char *dyad_buf__lit(char *o, const char *s, size_t n)
{
    memcpy(o, s, n);
    return o + n;
}
#define DYAD_LIT(o, s) dyad_buf__lit(o, s, sizeof(s) - 1)

/* The JSON string of s (len bytes) at o, quotes included: the end. o
 * has room for 6 * len + 2 bytes (each byte \u00XX at worst); squeeze
 * as dyad_buf_json_words. */
char *dyad_buf__json_at(char *o, const char *s, size_t len, int squeeze);
/* The same with no SIMD, appended to b: the path a machine without SSE2
 * takes, and the tail of every string, for the unit tests to compare. */
int dyad_buf__json_scalar(dyad_buf *b, const char *s, size_t len,
                          int squeeze);

/* dyad_num_fmt of what its fast path does not write: NaN, infinities,
 * and |v| * 10^decimals from 9e15 on (decimals within 0..17). */
size_t dyad_num__slow(char *out, double v, int decimals);

/* "00" to "99": numbers and dates written two digits a copy */
extern const char dyad_digit_pairs[200];

/* dyad_uint_fmt, inline (counts, mostly a digit). */
static inline size_t dyad_uint__fmt(char *out, unsigned long long v)
{
    if (v < 10) {
        out[0] = (char)('0' + v);
        return 1;
    }
    size_t n = 1;
    for (unsigned long long x = v; x >= 10; x /= 10)
        n++;
    for (size_t i = n; i > 0; i--) {
        out[i - 1] = (char)('0' + v % 10);
        v /= 10;
    }
    return n;
}

/* dyad_num_fmt, inline: with decimals a constant (every score has 4),
 * the divisions by 10^decimals are multiplications. The digits are
 * those of round(|v| * 10^decimals), written as dyad_num_fmt says. */
static inline size_t dyad_num__fmt(char *out, double v, int decimals)
{
    static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                                 1e15, 1e16, 1e17};
    static const unsigned long long u10[] = {
        1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
        10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
        100000000000ULL, 1000000000000ULL, 10000000000000ULL,
        100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
        100000000000000000ULL};
    if (decimals < 0)
        decimals = 0;
    if (decimals > 17)
        decimals = 17;
    double x = fabs(v) * p10[decimals];
    if (!(x < 9e15))   /* also NaN and infinities */
        return dyad_num__slow(out, v, decimals);
    /* round(x), half away from zero, without the call: x is below 2^53,
     * so its whole part n is exact, and so is x - n (Sterbenz's lemma
     * from 1 on, x itself below). Signed, the conversions are an
     * instruction each (unsigned ones test the sign bit). */
    long long whole = (long long)x;
    unsigned long long n =
        (unsigned long long)whole + (x - (double)whole >= 0.5);
    if (n == 0) {   /* -0 and what rounds to 0 print 0 */
        out[0] = '0';
        return 1;
    }
    char *o = out;
    if (v < 0)
        *o++ = '-';
    unsigned long long fp = n % u10[decimals];
    o += dyad_uint__fmt(o, n / u10[decimals]);
    if (fp) {
        int d = decimals;
        while (fp % 10 == 0) {   /* trailing zeros dropped */
            fp /= 10;
            d--;
        }
        *o++ = '.';
        /* d digits, with the fraction's leading zeros, two at a time */
        for (int i = d; i >= 2; i -= 2) {
            memcpy(o + i - 2, dyad_digit_pairs + 2 * (fp % 100), 2);
            fp /= 100;
        }
        if (d & 1)
            o[0] = (char)('0' + fp);
        o += d;
    }
    return (size_t)(o - out);
}

#endif
