#include "util/tsv.h"

#include "util/utf8.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/simd.h"

/* Splits the line [s, e) at tabs into spans. Returns the field count or -1
 * when there are more than DYAD_TSV_MAXCOLS. */
size_t dyad_tsv_lines(const char *data, size_t len)
{
    size_t n = 0;
    const char *p = data, *e = data + len, *q;
    while (p < e && (q = memchr(p, '\n', (size_t)(e - p))) != NULL) {
        n++;
        p = q + 1;
    }
    return n + (p < e);
}

static int split(const char *s, const char *e, dyad_span *out)
{
    int n = 0;
    for (;;) {
        const char *tab = memchr(s, '\t', (size_t)(e - s));
        const char *fe = tab ? tab : e;
        if (n == DYAD_TSV_MAXCOLS)
            return -1;
        out[n].ptr = s;
        out[n].len = (size_t)(fe - s);
        n++;
        if (!tab)
            return n;
        s = tab + 1;
    }
}

/* A line the format does not allow: a NUL byte, which would silently cut a
 * term or a number short, or bytes that are not UTF-8. */
static int bad_bytes(const dyad_tsv *t, const char *s, const char *e,
                     dyad_err *err)
{
    if (memchr(s, '\0', (size_t)(e - s)))
        return dyad_err_set(err, DYAD_EPARSE, t->name, t->line,
                            "NUL byte in the line");
    if (dyad_utf8_invalid(s, (size_t)(e - s)))
        return dyad_err_set(err, DYAD_EPARSE, t->name, t->line,
                            "the line is not UTF-8");
    return DYAD_OK;
}

/* The line [s, *e): its end less a final '\r' into *e; 1 when it is
 * blank (spaces and tabs) or a comment ('#' first after them). */
static inline int blank_or_comment(const char *s, const char **e)
{
    if (*e > s && (*e)[-1] == '\r')
        (*e)--;
    const char *q = s;
    while (q < *e && (*q == ' ' || *q == '\t'))
        q++;
    return q == *e || *q == '#';
}

/* Next non-comment, non-blank line; returns 0 at end. */
static int next_line(dyad_tsv *t, const char **ls, const char **le)
{
    while (t->p < t->end) {
        const char *s = t->p;
        const char *nl = memchr(s, '\n', (size_t)(t->end - s));
        const char *e = nl ? nl : t->end;
        t->p = nl ? nl + 1 : t->end;
        t->line++;
        if (blank_or_comment(s, &e))
            continue;
        *ls = s;
        *le = e;
        return 1;
    }
    return 0;
}

int dyad_tsv_open(dyad_tsv *t, const char *name, const char *data, size_t len,
                  dyad_err *err)
{
    memset(t, 0, sizeof *t);
    t->name = name;
    t->p = data;
    t->end = data + len;
    if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
        t->p += 3;
    const char *s, *e;
    if (!next_line(t, &s, &e))
        return dyad_err_set(err, DYAD_EPARSE, name, t->line ? t->line : 1,
                            "no header line");
    int rc = bad_bytes(t, s, e, err);
    if (rc != DYAD_OK)
        return rc;
    t->ncols = split(s, e, t->header);
    if (t->ncols < 0)
        return dyad_err_set(err, DYAD_EPARSE, name, t->line,
                            "header has more than %d columns",
                            DYAD_TSV_MAXCOLS);
    return DYAD_OK;
}

int dyad_tsv_col(const dyad_tsv *t, const char *name)
{
    size_t n = strlen(name);
    for (int i = 0; i < t->ncols; i++)
        if (t->header[i].len == n && memcmp(t->header[i].ptr, name, n) == 0)
            return i;
    return -1;
}

/* The end of the line at s (its '\n', or end) and its tabs: the first
 * DYAD_TSV_MAXCOLS of them at tab, how many at *ntab. */
static const char *scan_line(const char *s, const char *end, const char **tab,
                             size_t *ntab)
{
    size_t n = 0;
    const char *p = s;
#if DYAD_SSE2
    const __m128i nl = _mm_set1_epi8('\n'), ht = _mm_set1_epi8('\t');
    for (; end - p >= 16; p += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(x, ht)));
        for (; m; m &= m - 1) {
            const char *q = p + __builtin_ctz(m);
            if (*q == '\n') {
                *ntab = n;
                return q;
            }
            if (n < DYAD_TSV_MAXCOLS)
                tab[n] = q;
            n++;
        }
    }
#endif
    for (; p < end && *p != '\n'; p++)
        if (*p == '\t') {
            if (n < DYAD_TSV_MAXCOLS)
                tab[n] = p;
            n++;
        }
    *ntab = n;
    return p;
}

/* dyad_tsv_next on a file whose bytes were checked: the line's end and its
 * tabs found in one pass, sixteen bytes a step, where a memchr call looked
 * for the line's end and one more for each tab (dyad_tsv_next 7.9M -> 5.9M
 * of the 68.5M instructions of `dyad score`'s start-up). Lines, comments
 * and fields as next_line and split make them. */
static int next_clean(dyad_tsv *t, dyad_err *err)
{
    const char *tab[DYAD_TSV_MAXCOLS];
    while (t->p < t->end) {
        const char *s = t->p;
        size_t ntab;
        const char *e = scan_line(s, t->end, tab, &ntab);
        t->p = e < t->end ? e + 1 : t->end;
        t->line++;
        if (blank_or_comment(s, &e))
            continue;
        if (ntab >= DYAD_TSV_MAXCOLS || (int)ntab + 1 > t->ncols)
            return dyad_err_set(err, DYAD_EPARSE, t->name, t->line,
                                "more fields than the header's %d", t->ncols);
        for (size_t i = 0; i < ntab; i++) {
            t->field[i].ptr = s;
            t->field[i].len = (size_t)(tab[i] - s);
            s = tab[i] + 1;
        }
        t->field[ntab].ptr = s;
        t->field[ntab].len = (size_t)(e - s);
        t->nfields = (int)ntab + 1;
        return 1;
    }
    return 0;
}

int dyad_tsv_next(dyad_tsv *t, dyad_err *err)
{
    const char *s, *e;
    /* The rest of the file is checked at once, at the first row, where a
     * memchr and a dyad_utf8_invalid call a line took 2.9M of the 76.0M
     * instructions of `dyad score`'s start-up. A line is only checked on
     * its own, to say which it is, when the file has a bad byte ('\n' is
     * in no UTF-8 sequence, so the lines are all UTF-8 when the file is,
     * and a bad byte in a comment stays allowed). */
    if (!t->clean)
        t->clean = memchr(t->p, '\0', (size_t)(t->end - t->p)) ||
                           dyad_utf8_invalid(t->p, (size_t)(t->end - t->p))
                       ? -1
                       : 1;
    if (t->clean > 0)
        return next_clean(t, err);
    if (!next_line(t, &s, &e))
        return 0;
    int rc = t->clean > 0 ? DYAD_OK : bad_bytes(t, s, e, err);
    if (rc != DYAD_OK)
        return rc;
    t->nfields = split(s, e, t->field);
    if (t->nfields < 0 || t->nfields > t->ncols)
        return dyad_err_set(err, DYAD_EPARSE, t->name, t->line,
                            "more fields than the header's %d", t->ncols);
    return 1;
}

dyad_span dyad_tsv_field(const dyad_tsv *t, int i)
{
    dyad_span none = {"", 0};
    return i >= 0 && i < t->nfields ? t->field[i] : none;
}

int dyad_tsv_number(const dyad_tsv *t, int i, double lo, double hi,
                    double *out, dyad_err *err)
{
    dyad_span f = dyad_tsv_field(t, i);
    char tmp[64];
    if (f.len == 0 || f.len >= sizeof tmp)
        goto bad;
    memcpy(tmp, f.ptr, f.len);
    tmp[f.len] = '\0';
    /* strtod honours LC_NUMERIC; lexicons always use '.', so parse by hand
     * the forms we allow: [+-]digits[.digits] */
    const char *q = tmp;
    int neg = 0;
    if (*q == '-' || *q == '+')
        neg = *q++ == '-';
    double v = 0, scale = 1;
    int digits = 0;
    while (*q >= '0' && *q <= '9') {
        v = v * 10 + (*q++ - '0');
        digits++;
    }
    if (*q == '.') {
        q++;
        while (*q >= '0' && *q <= '9') {
            scale /= 10;
            v += (*q++ - '0') * scale;
            digits++;
        }
    }
    if (!digits || *q)
        goto bad;
    v = neg ? -v : v;
    if (v < lo || v > hi)
        return dyad_err_set(err, DYAD_EPARSE, t->name, t->line,
                            "column %.*s: %.*s is outside [%g, %g]",
                            (int)t->header[i].len, t->header[i].ptr,
                            (int)f.len, f.ptr, lo, hi);
    *out = v;
    return DYAD_OK;
bad:
    return dyad_err_set(err, DYAD_EPARSE, t->name, t->line,
                        "column %.*s: '%.*s' is not a number",
                        (int)(i < t->ncols ? t->header[i].len : 0),
                        i < t->ncols ? t->header[i].ptr : "",
                        (int)(f.len > 40 ? 40 : f.len), f.ptr);
}
