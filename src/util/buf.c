#include "dyad/common.h"
#include "util/alloc.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

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

int dyad_buf_append(dyad_buf *b, const void *data, size_t len)
{
    if (dyad_buf_reserve(b, len) != DYAD_OK)
        return DYAD_ENOMEM;
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
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

/* The JSON string of s (len bytes) at the end of b; with squeeze, each
 * run of spaces, tabs and line breaks is one space. */
static int json_str(dyad_buf *b, const char *s, size_t len, int squeeze)
{
    /* worst case: every byte becomes \u00XX */
    if (len > (SIZE_MAX - 2) / 6 || dyad_buf_reserve(b, len * 6 + 2) != 0)
        return DYAD_ENOMEM;
    char *o = b->data + b->len;
    *o++ = '"';
    int sp = 0;
    size_t i = 0;
    while (i < len) {
#if defined(__SSE2__) && defined(__GNUC__)
        /* Sixteen bytes at once when none needs an escape and, squeezed,
         * their white space is single bytes between others (a line break
         * written as a space): the evidence sentences of `dyad score`, a
         * byte a step, were 2.2M of 283.7M instructions on 2,000
         * Reuters-21578 articles. The room reserved above holds the
         * store. */
        if (!sp && len - i >= 16) {
            const __m128i x =
                _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            const __m128i blank = _mm_set1_epi8(' ');
            __m128i ws = _mm_setzero_si128();
            if (squeeze)
                ws = _mm_or_si128(
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
            unsigned e = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(ws, esc));
            unsigned w = (unsigned)_mm_movemask_epi8(ws);
            /* no escape, no two white-space bytes in a row, none last
             * (the next byte might be white space) */
            if (!e && !(w & (w >> 1)) && !(w & 0x8000)) {
                __m128i y = _mm_or_si128(_mm_andnot_si128(ws, x),
                                         _mm_and_si128(ws, blank));
                _mm_storeu_si128((__m128i *)(void *)o, y);
                o += 16;
                i += 16;
                continue;
            }
        }
#endif
        /* a byte a step up to the next sixteen */
        size_t stop = len - i > 16 ? i + 16 : len;
        for (; i < stop; i++) {
            unsigned char c = (unsigned char)s[i];
            if (squeeze &&
                (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                sp = 1;
                continue;
            }
            if (sp)
                *o++ = ' ';
            sp = 0;
            o = json_byte(o, c);
        }
    }
    *o++ = '"';
    *o = '\0';
    b->len = (size_t)(o - b->data);
    return DYAD_OK;
}

int dyad_buf_json_str(dyad_buf *b, const char *s, size_t len)
{
    return json_str(b, s, len, 0);
}

int dyad_buf_json_words(dyad_buf *b, const char *s, size_t len)
{
    return json_str(b, s, len, 1);
}

/* Decimal digits of v at out, forwards; returns how many. Hand-written
 * because the score writer formats a dozen numbers per pair and snprintf
 * was 16% of `dyad score` (callgrind, 10,000 generated articles); the
 * digits are counted first and written in place, where they were written
 * into a scratch buffer and copied by a memcpy call (-1.1M of 282.0M
 * instructions on 2,000 Reuters-21578 articles). */
static size_t utoa(char *out, unsigned long long v)
{
    size_t n = 1;
    for (unsigned long long x = v; x >= 10; x /= 10)
        n++;
    for (size_t i = n; i > 0; i--) {
        out[i - 1] = (char)('0' + v % 10);
        v /= 10;
    }
    return n;
}

size_t dyad_uint_fmt(char *out, unsigned long long v)
{
    return utoa(out, v);
}

size_t dyad_num_fmt(char *out, double v, int decimals)
{
    if (!isfinite(v)) {
        memcpy(out, "null", 4);
        return 4;
    }
    /* Format digits by hand rather than with %f so the decimal point is
     * '.' under any LC_NUMERIC. */
    static const double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                                   1e15, 1e16, 1e17};
    static const unsigned long long upow10[] = {
        1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
        10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
        100000000000ULL, 1000000000000ULL, 10000000000000ULL,
        100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
        100000000000000000ULL};
    if (decimals < 0)
        decimals = 0;
    if (decimals > 17)
        decimals = 17;
    double scale = pow10[decimals];
    double r = round(fabs(v) * scale);
    /* inf when fabs(v) * scale overflowed (fabs(v) > DBL_MAX / scale);
     * beyond 2^53 only whole numbers (no decimal is exact there) */
    if (!isfinite(r) || r >= 9e15) {
        double w = !isfinite(r) ? v : v < 0 ? -r / scale : r / scale;
        return (size_t)snprintf(out, DYAD_NUM_MAX, "%.0f", w);
    }
    unsigned long long n = (unsigned long long)r;
    unsigned long long div = upow10[decimals];
    unsigned long long ip = n / div, fp = n % div;
    char *o = out;
    if (v < 0 && n != 0)
        *o++ = '-';
    o += utoa(o, ip);
    if (fp) {
        int d = decimals;
        while (fp % 10 == 0) {   /* trailing zeros dropped */
            fp /= 10;
            d--;
        }
        *o++ = '.';
        /* d digits, with the fraction's leading zeros */
        for (int i = d; i > 0; i--) {
            o[i - 1] = (char)('0' + fp % 10);
            fp /= 10;
        }
        o += d;
    }
    return (size_t)(o - out);
}

int dyad_buf_num(dyad_buf *b, double v, int decimals)
{
    char tmp[DYAD_NUM_MAX];
    return dyad_buf_append(b, tmp, dyad_num_fmt(tmp, v, decimals));
}
