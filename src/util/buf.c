#include "dyad/common.h"
#include "util/alloc.h"
#include "util/buf.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/simd.h"

const char dyad_digit_pairs[200] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

int dyad_buf_reserve(dyad_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->len - 1)
        return DYAD_ENOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return DYAD_OK;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < need)
        ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
    char *p = dyad_realloc(b->data, ncap);
    if (!p)
        return DYAD_ENOMEM;
    b->data = p;
    b->cap = ncap;
    return DYAD_OK;
}

/* The room tested first (dyad_buf__room: one comparison), no call to
 * return from before the copy: dyad_buf_append's own instructions 5.56M
 * -> 4.84M on all of Reuters-21578 (150K appends). */
int dyad_buf_append(dyad_buf *b, const void *data, size_t len)
{
    char *o = dyad_buf__room(b, len);
    if (!o)
        return DYAD_ENOMEM;
    /* the length set before the copy: after it, b would be read again
     * (the copy might write it) */
    dyad_buf__done(b, o + len);
    if (len)   /* data may be NULL */
        memcpy(o, data, len);
    return DYAD_OK;
}

int dyad_buf_puts(dyad_buf *b, const char *s)
{
    return dyad_buf_append(b, s, strlen(s));
}

int dyad_buf_putc(dyad_buf *b, char c)
{
    return dyad_buf_append(b, &c, 1);
}

int dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return DYAD_EINVAL;
    if ((size_t)n < sizeof tmp)
        return dyad_buf_append(b, tmp, (size_t)n);
    if (dyad_buf_reserve(b, (size_t)n) != DYAD_OK)
        return DYAD_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return DYAD_OK;
}

void dyad_buf_clear(dyad_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void dyad_buf_free(dyad_buf *b)
{
    dyad_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Writes byte c escaped for a JSON string at o; returns the end. */
static inline char *json_byte(char *o, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': *o++ = '\\'; *o++ = '"'; break;
    case '\\': *o++ = '\\'; *o++ = '\\'; break;
    case '\n': *o++ = '\\'; *o++ = 'n'; break;
    case '\r': *o++ = '\\'; *o++ = 'r'; break;
    case '\t': *o++ = '\\'; *o++ = 't'; break;
    default:
        if (c < 0x20 || c == 0x7f) {
            *o++ = '\\'; *o++ = 'u'; *o++ = '0'; *o++ = '0';
            *o++ = hex[c >> 4]; *o++ = hex[c & 15];
        } else {
            *o++ = (char)c;
        }
    }
    return o;
}

/* Bytes a JSON string escapes (J_ESC: controls, '"', '\\', DEL) and the
 * white space a squeezed one writes as a space (J_WS). */
enum { J_ESC = 1, J_WS = 2 };
#define J4(a, b, c, d) a, b, c, d
#define J16(a) J4(a, a, a, a), J4(a, a, a, a), J4(a, a, a, a), J4(a, a, a, a)
static const unsigned char jclass[256] = {
    J4(1, 1, 1, 1), J4(1, 1, 1, 1), J4(1, 3, 3, 1), J4(1, 3, 1, 1),
    J16(1),
    J4(2, 0, 1, 0), J4(0, 0, 0, 0), J4(0, 0, 0, 0), J4(0, 0, 0, 0),
    J16(0), J16(0),
    J4(0, 0, 0, 0), J4(0, 0, 0, 0), J4(0, 0, 0, 0), J4(1, 0, 0, 0),
    J16(0),
    J4(0, 0, 0, 0), J4(0, 0, 0, 0), J4(0, 0, 0, 0), J4(0, 0, 0, 1),
    J16(0), J16(0), J16(0), J16(0), J16(0), J16(0), J16(0), J16(0)};
#undef J16
#undef J4

/* s[i, len) at o, a byte a step, after a white-space byte when *ws; the
 * end. Squeezed, a run of white space is written as a space at its
 * first byte (a run at the end is taken back by json_at). */
static inline char *json_bytes(char *o, const char *s, size_t i,
                               size_t len, int squeeze, int *ws)
{
    int w = *ws;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        unsigned k = jclass[c];
        if (!k) {
            *o++ = (char)c;
            w = 0;
        } else if (squeeze && (k & J_WS)) {
            if (!w)
                *o++ = ' ';
            w = 1;
        } else {
            o = json_byte(o, c);
            w = 0;
        }
    }
    *ws = w;
    return o;
}

/* The string's end from s[i] on, after a white-space byte when ws: the
 * bytes, the closing quote, and no space for white space at the end. */
static char *json_end(char *o, const char *s, size_t i, size_t len,
                      int squeeze, int ws)
{
    o = json_bytes(o, s, i, len, squeeze, &ws);
    if (ws)
        o--;   /* the space of white space at the end */
    *o++ = '"';
    return o;
}

char *dyad_buf__json_at(char *o, const char *s, size_t len, int squeeze)
{
    *o++ = '"';
    int ws = 0;   /* the last byte was white space (squeezed) */
    size_t i = 0;
#if DYAD_SSE2
    /* Sixteen bytes at once, up to the first that needs an escape or is
     * white space after white space (squeezed); that byte alone, then
     * on from the next. Where a block with any such byte, or white space
     * last, went a byte a step, the evidence sentences of `dyad score`
     * (a quote in one, two spaces in another) took 1,860 instructions
     * each: 8.36M -> 3.50M on all of Reuters-21578 (4,498 sentences).
     * Squeezed, a run's space is written at its first byte, and taken
     * back at the end. The room asked for (six bytes a byte) holds the
     * 16 bytes stored before the cut. */
    const __m128i blank = _mm_set1_epi8(' ');
    for (; len - i >= 16;) {
        const __m128i x =
            _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i wsv = _mm_setzero_si128();
        if (squeeze)
            wsv = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, blank),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))));
        /* control bytes (below 0x20, not negative), '"', '\\', DEL */
        __m128i esc = _mm_or_si128(
            _mm_and_si128(_mm_cmplt_epi8(x, blank),
                          _mm_cmpgt_epi8(x, _mm_set1_epi8(-1))),
            _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7f))));
        unsigned e = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(wsv, esc));
        unsigned w = (unsigned)_mm_movemask_epi8(wsv);
        unsigned cut = e | (w & ((w << 1) | (unsigned)ws));
        __m128i y = _mm_or_si128(_mm_andnot_si128(wsv, x),
                                 _mm_and_si128(wsv, blank));
        _mm_storeu_si128((__m128i *)(void *)o, y);
        if (!cut) {
            o += 16;
            i += 16;
            ws = (int)(w >> 15);
            continue;
        }
        unsigned k = (unsigned)__builtin_ctz(cut);
        o += k;
        i += k;
        if (k)
            ws = (int)(w >> (k - 1) & 1);
        if (!(w >> k & 1)) {   /* else white space after white space */
            o = json_byte(o, (unsigned char)s[i]);
            ws = 0;
        }
        i++;
    }
#endif
    return json_end(o, s, i, len, squeeze, ws);
}

/* The JSON string of s (len bytes) at the end of b, by SIMD where there
 * is (simd) or a byte a step; with squeeze, each run of spaces, tabs and
 * line breaks is one space. */
static int json_str_by(dyad_buf *b, const char *s, size_t len, int squeeze,
                       int simd)
{
    /* worst case: every byte becomes \u00XX */
    if (len > (SIZE_MAX - 2) / 6)
        return DYAD_ENOMEM;
    char *o = dyad_buf__room(b, len * 6 + 2);
    if (!o)
        return DYAD_ENOMEM;
    if (simd) {
        o = dyad_buf__json_at(o, s, len, squeeze);
    } else {
        *o++ = '"';
        o = json_end(o, s, 0, len, squeeze, 0);
    }
    dyad_buf__done(b, o);
    return DYAD_OK;
}

static int json_str(dyad_buf *b, const char *s, size_t len, int squeeze)
{
    return json_str_by(b, s, len, squeeze, 1);
}

int dyad_buf__json_scalar(dyad_buf *b, const char *s, size_t len,
                          int squeeze)
{
    return json_str_by(b, s, len, squeeze, 0);
}

int dyad_buf_json_str(dyad_buf *b, const char *s, size_t len)
{
    return json_str(b, s, len, 0);
}

int dyad_buf_json_words(dyad_buf *b, const char *s, size_t len)
{
    return json_str(b, s, len, 1);
}

/* Hand-written digits, because the score writer formats a dozen numbers
 * per pair and snprintf was 16% of `dyad score` (callgrind, 10,000
 * generated articles); then counted first and written in place, where
 * they were written into a scratch buffer and copied by a memcpy call
 * (-1.1M of 282.0M instructions on 2,000 Reuters-21578 articles). Then
 * with round() done without its call, a single digit without a loop
 * and the fraction's digits two at a time: 18.5M -> 12.2M instructions
 * for the 141K numbers of all of Reuters-21578 (round's calls
 * included); inline in util/buf.h for the score writer. */
size_t dyad_uint_fmt(char *out, unsigned long long v)
{
    return dyad_uint__fmt(out, v);
}

size_t dyad_num__slow(char *out, double v, int decimals)
{
    if (!isfinite(v)) {
        memcpy(out, "null", 4);
        return 4;
    }
    static const double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                                   1e15, 1e16, 1e17};
    double scale = pow10[decimals];
    double r = round(fabs(v) * scale);
    /* inf when fabs(v) * scale overflowed (fabs(v) > DBL_MAX / scale);
     * beyond 2^53 only whole numbers (no decimal is exact there). Format
     * digits by hand, or with %.0f (no decimal point), so the point is
     * '.' under any LC_NUMERIC. */
    double w = !isfinite(r) ? v : v < 0 ? -r / scale : r / scale;
    return (size_t)snprintf(out, DYAD_NUM_MAX, "%.0f", w);
}

size_t dyad_num_fmt(char *out, double v, int decimals)
{
    return dyad_num__fmt(out, v, decimals);
}

int dyad_buf_num(dyad_buf *b, double v, int decimals)
{
    char tmp[DYAD_NUM_MAX];
    return dyad_buf_append(b, tmp, dyad_num__fmt(tmp, v, decimals));
}
