/*
 * date.c - the date forms dyad accepts (see dyad/ingest.h). Parsed by hand:
 * strptime depends on the locale and accepts too much.
 */
#include "dyad/ingest.h"
#include "ingest_int.h"
#include "util/buf.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Howard Hinnant's days_from_civil / civil_from_days. */
int32_t dyad_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + (int)doe - 719468);
}

void dyad_civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)yoe + era * 400 + (*m <= 2);
}

void dyad_date_iso(int32_t day, char out[11])
{
    dyad_date d;
    dyad_civil_from_days(day, &d.year, &d.month, &d.mday);
    dyad_date__iso(&d, out);
}

void dyad_date__iso(const dyad_date *d, char out[11])
{
    /* by hand: the compiler cannot see that y, m, d fit */
    unsigned y = d->year < 0 ? 0 : (unsigned)d->year % 10000;
    /* two digits a copy from a table, not a division for each digit
     * (dyad_date_iso on all of Reuters-21578 3.0M -> 2.2M instructions) */
    memcpy(out, dyad_digit_pairs + 2 * (y / 100), 2);
    memcpy(out + 2, dyad_digit_pairs + 2 * (y % 100), 2);
    out[4] = '-';
    memcpy(out + 5, dyad_digit_pairs + 2 * d->month, 2);
    out[7] = '-';
    memcpy(out + 8, dyad_digit_pairs + 2 * d->mday, 2);
    out[10] = '\0';
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

/* *out for day (days since 1970-01-01) of civil date y-m-d and secs
 * (0 to 86399) into it: where civil_from_days and a division by 86400
 * would find y, m, d again. */
static inline int same_day(int32_t day, int64_t secs, int y, int m, int d,
                           int prec, dyad_date *out)
{
    out->unix = (int64_t)day * 86400 + secs;
    out->day = day;
    out->year = y;
    out->month = m;
    out->mday = d;
    out->prec = prec;
    return DYAD_OK;
}

/* Fills out from a UTC instant. */
static void from_unix(int64_t t, int prec, dyad_date *out)
{
    int64_t day = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
    out->unix = t;
    out->day = (int32_t)day;
    dyad_civil_from_days(out->day, &out->year, &out->month, &out->mday);
    out->prec = prec;
}

static int set_civil(int y, int m, int d, int64_t secs, int prec,
                     dyad_date *out, dyad_err *err)
{
    if (y < 1 || y > 9999)
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0, "year %d out of range",
                            y);
    if (m < 1 || m > 12)
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0, "month %d out of range",
                            m);
    if (d < 1 || d > days_in_month(y, m))
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0,
                            "day %d does not exist in %04d-%02d", d, y, m);
    int32_t day = dyad_days_from_civil(y, m, d);
    if (secs >= 0 && secs < 86400) {
        /* the same day: its date is y, m, d, where civil_from_days and a
         * division by 86400 found them again (about 100 of the 340 to 570
         * instructions a date parse took) */
        return same_day(day, secs, y, m, d, prec, out);
    }
    from_unix((int64_t)day * 86400 + secs, prec, out);
    return DYAD_OK;
}

/* Reads exactly n digits at *p. */
static int digits(const char **p, const char *e, int n, int *v)
{
    /* in locals, *p moved once (a caller gives up on -1, wherever *p is) */
    const char *q = *p;
    if (e - q < n)
        return -1;
    int x = 0;
    for (int i = 0; i < n; i++) {
        unsigned c = (unsigned)(unsigned char)q[i] - '0';
        if (c > 9)
            return -1;
        x = x * 10 + (int)c;
    }
    *p = q + n;
    *v = x;
    return 0;
}

/* Reads 1..max digits. */
static int some_digits(const char **p, const char *e, int max, int *v)
{
    int x = 0, n = 0;
    while (*p < e && n < max && isdigit((unsigned char)**p)) {
        x = x * 10 + (*(*p)++ - '0');
        n++;
    }
    *v = x;
    return n ? 0 : -1;
}

/* Zone at *p: Z, +HH:MM, +HHMM, +HH; or (RFC 2822) UT, GMT, UTC and the
 * US zones. Sets *off in seconds east of UTC. Returns -1 when unknown. */
static int parse_zone(const char **p, const char *e, int *off)
{
    static const struct { const char *name; int hours; } names[] = {
        {"Z", 0}, {"UT", 0}, {"UTC", 0}, {"GMT", 0},
        {"EST", -5}, {"EDT", -4}, {"CST", -6}, {"CDT", -5},
        {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7}};
    *off = 0;
    if (*p >= e)
        return 0;
    if (e - *p == 1 && (**p == 'Z' || **p == 'z')) {   /* most: no loop */
        (*p)++;
        return 0;
    }
    if (**p == '+' || **p == '-') {
        int sign = **p == '-' ? -1 : 1;
        int hh, mm = 0;
        (*p)++;
        if (digits(p, e, 2, &hh) < 0)
            return -1;
        if (*p < e && **p == ':')
            (*p)++;
        if (*p < e && digits(p, e, 2, &mm) < 0)
            return -1;
        if (hh > 23 || mm > 59)
            return -1;
        *off = sign * (hh * 3600 + mm * 60);
        return 0;
    }
    /* a name's bytes folded by | 0x20 (as a month's, parse_rfc2822), not
     * strlen and strncasecmp for each name: 270 -> 120 instructions a
     * "GMT" */
    size_t n = (size_t)(e - *p);
    if (n > 3)
        return -1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *nm = names[i].name;
        size_t k = 0;
        while (k < n && nm[k] && ((*p)[k] | 0x20) == (nm[k] | 0x20))
            k++;
        if (k == n && !nm[n]) {
            *off = names[i].hours * 3600;
            *p += n;
            return 0;
        }
    }
    return -1;
}

/* Returned by the form parsers when the text is not in their form. */
#define NOFORM 1

static int parse_iso(const char *p, const char *e, dyad_date *out,
                     dyad_err *err)
{
    int y, m = 1, d = 1, hh = 0, mi = 0, ss = 0, off = 0;
    int prec = DYAD_DATE_YEAR;
    if (digits(&p, e, 4, &y) < 0)
        goto bad;
    if (p < e) {
        if (*p++ != '-' || digits(&p, e, 2, &m) < 0)
            goto bad;
        prec = DYAD_DATE_MONTH;
    }
    if (p < e) {
        if (*p++ != '-' || digits(&p, e, 2, &d) < 0)
            goto bad;
        prec = DYAD_DATE_DAY;
    }
    if (p < e) {
        if (*p != 'T' && *p != 't' && *p != ' ')
            goto bad;
        p++;
        if (digits(&p, e, 2, &hh) < 0 || p >= e || *p++ != ':' ||
            digits(&p, e, 2, &mi) < 0)
            goto bad;
        if (p < e && *p == ':') {
            p++;
            if (digits(&p, e, 2, &ss) < 0)
                goto bad;
            if (p < e && (*p == '.' || *p == ',')) {
                p++;
                int frac;
                if (some_digits(&p, e, 9, &frac) < 0)
                    goto bad;
                while (p < e && isdigit((unsigned char)*p))
                    p++;
            }
        }
        while (p < e && *p == ' ')
            p++;
        if (parse_zone(&p, e, &off) < 0 || p != e)
            goto bad;
        if (hh > 23 || mi > 59 || ss > 60)
            return dyad_err_set(err, DYAD_EPARSE, NULL, 0,
                                "time of day out of range");
        prec = DYAD_DATE_TIME;
    }
    return set_civil(y, m, d, (int64_t)hh * 3600 + mi * 60 + ss - off, prec,
                     out, err);
bad:
    return NOFORM;
}

static int parse_rfc2822(const char *p, const char *e, dyad_date *out,
                         dyad_err *err)
{
    static const char *months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};
    int d, y, m = 0, hh = 0, mi = 0, ss = 0, off = 0;
    int prec = DYAD_DATE_DAY;
    /* optional day of week */
    if (p < e && isalpha((unsigned char)*p)) {
        while (p < e && isalpha((unsigned char)*p))
            p++;
        if (p < e && *p == ',')
            p++;
        while (p < e && *p == ' ')
            p++;
    }
    if (some_digits(&p, e, 2, &d) < 0 || p >= e || *p++ != ' ')
        return NOFORM;
    if (e - p < 4)
        return NOFORM;
    /* the three bytes folded to lower case by | 0x20, which makes a
     * letter of no other byte (0x80 and above stay above), compared with
     * each name: what twelve strncasecmp calls answered */
    {
        unsigned char a = (unsigned char)(p[0] | 0x20),
                      b = (unsigned char)(p[1] | 0x20),
                      c = (unsigned char)(p[2] | 0x20);
        for (int i = 0; i < 12; i++)
            if (a == (unsigned char)months[i][0] &&
                b == (unsigned char)months[i][1] &&
                c == (unsigned char)months[i][2])
                m = i + 1;
    }
    if (!m)
        return NOFORM;
    p += 3;
    while (p < e && isalpha((unsigned char)*p)) /* "March" */
        p++;
    if (p >= e || *p++ != ' ')
        return NOFORM;
    const char *ys = p;
    if (some_digits(&p, e, 4, &y) < 0)
        return NOFORM;
    if (p - ys == 2)
        y += y < 50 ? 2000 : 1900;
    else if (p - ys != 4)
        return NOFORM;
    while (p < e && *p == ' ')
        p++;
    if (p < e) {
        if (digits(&p, e, 2, &hh) < 0 || p >= e || *p++ != ':' ||
            digits(&p, e, 2, &mi) < 0)
            return NOFORM;
        if (p < e && *p == ':') {
            p++;
            if (digits(&p, e, 2, &ss) < 0)
                return NOFORM;
        }
        while (p < e && *p == ' ')
            p++;
        if (parse_zone(&p, e, &off) < 0 || p != e)
            return NOFORM;
        if (hh > 23 || mi > 59 || ss > 60)
            return dyad_err_set(err, DYAD_EPARSE, NULL, 0,
                                "time of day out of range");
        prec = DYAD_DATE_TIME;
    }
    return set_civil(y, m, d, (int64_t)hh * 3600 + mi * 60 + ss - off, prec,
                     out, err);
}

int dyad_date_from_number(double v, dyad_date *out, dyad_err *err)
{
    if (!isfinite(v) || v != floor(v))
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0,
                            "date number is not a whole number");
    if (v >= 1 && v <= 9999)
        return set_civil((int)v, 1, 1, 0, DYAD_DATE_YEAR, out, err);
    /* More than 1e11 seconds is year 5138: such numbers are milliseconds,
     * as JavaScript writes timestamps. */
    if (fabs(v) > 1e11)
        v = floor(v / 1000);
    if (fabs(v) > 253402300799.0)
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0,
                            "timestamp out of range");
    from_unix((int64_t)v, DYAD_DATE_TIME, out);
    return DYAD_OK;
}

/* Two digits at q, or -1. */
static inline int two(const char *q)
{
    unsigned a = (unsigned)(unsigned char)q[0] - '0',
             b = (unsigned)(unsigned char)q[1] - '0';
    return a > 9 || b > 9 ? -1 : (int)(a * 10 + b);
}

/* set_civil, inline, for a day that exists and seconds within it;
 * anything else by set_civil itself, which tests again and says what is
 * wrong. (dyad_date_parse with set_civil and days_from_civil on all of
 * Reuters-21578: 5.65M -> 5.24M instructions; an unsigned copy of
 * dyad_days_from_civil here saved no more than 9K of them.) */
static inline int civil_in_day(int y, int m, int d, int secs, int prec,
                               dyad_date *out, dyad_err *err)
{
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 ||
        d > days_in_month(y, m) || secs < 0 || secs >= 86400)
        return set_civil(y, m, d, secs, prec, out, err);
    return same_day(dyad_days_from_civil(y, m, d), secs, y, m, d, prec, out);
}

/* The forms of nearly every news date, read at their fixed places:
 * "1987-02-26", and "1987-02-26T15:01:01" with nothing, Z or +HH:MM after
 * it. Returns NOFORM for anything else, and for a value out of range, so
 * that the general parser gives its answer and its message; else what
 * the general parser gives. On all of Reuters-21578 dyad_date_parse
 * 6.9M -> 3.7M instructions (set_civil's 2.0M apart). */
static int parse_common(const char *q, size_t len, dyad_date *out,
                        dyad_err *err)
{
    if (len != 10 && len != 19 && len != 20 && len != 25)
        return NOFORM;
    int y1 = two(q), y2 = two(q + 2), m = two(q + 5), d = two(q + 8);
    if ((y1 | y2 | m | d) < 0 || q[4] != '-' || q[7] != '-')
        return NOFORM;
    int y = y1 * 100 + y2;
    if (len == 10)
        return civil_in_day(y, m, d, 0, DYAD_DATE_DAY, out, err);
    if ((q[10] != 'T' && q[10] != 't' && q[10] != ' ') || q[13] != ':' ||
        q[16] != ':')
        return NOFORM;
    int hh = two(q + 11), mi = two(q + 14), ss = two(q + 17), off = 0;
    if ((hh | mi | ss) < 0 || hh > 23 || mi > 59 || ss > 60)
        return NOFORM;
    if (len == 20) {
        if (q[19] != 'Z' && q[19] != 'z')
            return NOFORM;
    } else if (len == 25) {
        int oh = two(q + 20), om = two(q + 23);
        if ((q[19] != '+' && q[19] != '-') || q[22] != ':' || (oh | om) < 0 ||
            oh > 23 || om > 59)
            return NOFORM;
        off = (q[19] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    return civil_in_day(y, m, d, hh * 3600 + mi * 60 + ss - off,
                        DYAD_DATE_TIME, out, err);
}

int dyad_date_parse(const char *s, size_t len, dyad_date *out, dyad_err *err)
{
    int rc = parse_common(s, len, out, err);
    return rc != NOFORM ? rc : dyad_date__parse_general(s, len, out, err);
}

int dyad_date__parse_general(const char *s, size_t len, dyad_date *out,
                             dyad_err *err)
{
    const char *p = s, *e = s + len;
    while (p < e && isspace((unsigned char)*p))
        p++;
    while (e > p && isspace((unsigned char)e[-1]))
        e--;
    if (p == e)
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0, "empty date");
    size_t n = (size_t)(e - p), nd = 0;
    while (nd < n && isdigit((unsigned char)p[nd]))
        nd++;
    if (nd == n && n == 4)   /* a bare year; there is no year 0 */
        return set_civil((p[0] - '0') * 1000 + (p[1] - '0') * 100 +
                             (p[2] - '0') * 10 + (p[3] - '0'),
                         1, 1, 0, DYAD_DATE_YEAR, out, err);
    if (nd == n && n >= 9 && n <= 16) {
        double v = 0;
        for (size_t i = 0; i < n; i++)
            v = v * 10 + (p[i] - '0');
        return dyad_date_from_number(v, out, err);
    }
    int rc = nd == 4 ? parse_iso(p, e, out, err) : parse_rfc2822(p, e, out, err);
    if (rc == NOFORM)
        return dyad_err_set(err, DYAD_EPARSE, NULL, 0,
                            "unrecognised date '%.*s'", (int)(n > 40 ? 40 : n),
                            p);
    return rc;
}
