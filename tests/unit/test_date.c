/* test_date.c - date parsing and civil-day arithmetic (dyad/ingest.h). */
#include "dyad/ingest.h"

#include "ingest_int.h"
#include "unit.h"

#include <stdio.h>

/* Parses s, which must be accepted, and returns the date. */
static dyad_date parse_ok(const char *s)
{
    dyad_date d;
    dyad_err err = {0};
    memset(&d, 0, sizeof d);
    int rc = dyad_date_parse(s, strlen(s), &d, &err);
    if (rc != DYAD_OK)
        fail_msg("'%s' rejected: %s", s, err.msg);
    return d;
}

static void assert_rejected(const char *s)
{
    dyad_date d;
    dyad_err err = {0};
    int rc = dyad_date_parse(s, strlen(s), &d, &err);
    if (rc != DYAD_EPARSE)
        fail_msg("'%s' gave %d, expected DYAD_EPARSE", s, rc);
    assert_int_equal(err.code, DYAD_EPARSE);
    assert_true(err.msg[0] != '\0');
    assert_int_equal(err.line, 0);
}

static void assert_iso(const dyad_date *d, const char *want)
{
    char iso[11];
    dyad_date_iso(d->day, iso);
    assert_string_equal(iso, want);
}

static void test_date_rfc3339_utc(void **state)
{
    (void)state;
    dyad_date d = parse_ok("2025-11-03T23:30:00Z");
    assert_int_equal(d.unix, 1762212600);
    assert_int_equal(d.prec, DYAD_DATE_TIME);
    assert_int_equal(d.year, 2025);
    assert_int_equal(d.month, 11);
    assert_int_equal(d.mday, 3);
    assert_iso(&d, "2025-11-03");
    /* lower-case t and z, and a space instead of T */
    assert_int_equal(parse_ok("2025-11-03t23:30:00z").unix, 1762212600);
    assert_int_equal(parse_ok("2025-11-03 23:30:00Z").unix, 1762212600);
    /* no seconds */
    assert_int_equal(parse_ok("2025-11-03T23:30Z").unix, 1762212600);
}

static void test_date_rfc3339_offset_moves_day(void **state)
{
    (void)state;
    dyad_date d = parse_ok("2025-11-03T23:30:00-05:00");
    assert_int_equal(d.unix, 1762230600);
    assert_int_equal(d.day, 20396);
    assert_int_equal(d.mday, 4);
    assert_iso(&d, "2025-11-04");
    /* +HH:MM, +HHMM and +HH forms */
    assert_int_equal(parse_ok("2025-11-04T09:30:00+05:00").unix, 1762230600);
    assert_int_equal(parse_ok("2025-11-04T10:00:00+0530").unix, 1762230600);
    assert_int_equal(parse_ok("2025-11-04T06:30:00+02").unix, 1762230600);
    d = parse_ok("2025-11-04T01:00:00+05:00");
    assert_iso(&d, "2025-11-03");
}

static void test_date_fractional_seconds(void **state)
{
    (void)state;
    dyad_date d = parse_ok("2025-11-03T23:30:00.123456789Z");
    assert_int_equal(d.unix, 1762212600);
    assert_int_equal(d.prec, DYAD_DATE_TIME);
    assert_int_equal(parse_ok("2025-11-03T23:30:00,5-05:00").unix,
                     1762230600);
    /* more than nine digits are read and ignored */
    assert_int_equal(parse_ok("2025-11-03T23:30:00.1234567890123Z").unix,
                     1762212600);
    assert_rejected("2025-11-03T23:30:00.Z");
}

static void test_date_day_month_year(void **state)
{
    (void)state;
    dyad_date d = parse_ok("2025-11-03");
    assert_int_equal(d.prec, DYAD_DATE_DAY);
    assert_int_equal(d.unix, 1762128000);
    assert_iso(&d, "2025-11-03");
    d = parse_ok("2025-11");
    assert_int_equal(d.prec, DYAD_DATE_MONTH);
    assert_iso(&d, "2025-11-01");
    d = parse_ok("2025");
    assert_int_equal(d.prec, DYAD_DATE_YEAR);
    assert_iso(&d, "2025-01-01");
    /* white space around is ignored */
    d = parse_ok("  2025-11-03\n");
    assert_iso(&d, "2025-11-03");
}

static void test_date_year_number(void **state)
{
    (void)state;
    dyad_date d;
    dyad_err err = {0};
    assert_int_equal(dyad_date_from_number(2025, &d, &err), DYAD_OK);
    assert_int_equal(d.prec, DYAD_DATE_YEAR);
    assert_int_equal(d.year, 2025);
    assert_int_equal(d.month, 1);
    assert_int_equal(d.mday, 1);
    assert_int_equal(dyad_date_from_number(1000, &d, &err), DYAD_OK);
    assert_int_equal(d.prec, DYAD_DATE_YEAR);
    assert_int_equal(d.year, 1000);
}

static void test_date_unix_seconds(void **state)
{
    (void)state;
    dyad_date d = parse_ok("1762212600");
    assert_int_equal(d.unix, 1762212600);
    assert_int_equal(d.prec, DYAD_DATE_TIME);
    assert_iso(&d, "2025-11-03");
    /* nine digits: 2001-09-09 */
    d = parse_ok("999999999");
    assert_iso(&d, "2001-09-09");
    dyad_err err = {0};
    assert_int_equal(dyad_date_from_number(1762212600.0, &d, &err), DYAD_OK);
    assert_int_equal(d.unix, 1762212600);
    assert_int_equal(d.prec, DYAD_DATE_TIME);
}

static void test_date_milliseconds_number(void **state)
{
    (void)state;
    dyad_date d;
    dyad_err err = {0};
    assert_int_equal(dyad_date_from_number(1762212600123.0, &d, &err),
                     DYAD_OK);
    assert_int_equal(d.unix, 1762212600);
    assert_iso(&d, "2025-11-03");
    /* a 13-digit string is milliseconds too */
    d = parse_ok("1762212600123");
    assert_int_equal(d.unix, 1762212600);
}

static void test_date_before_1970(void **state)
{
    (void)state;
    dyad_date d;
    dyad_err err = {0};
    assert_int_equal(dyad_date_from_number(-1, &d, &err), DYAD_OK);
    assert_int_equal(d.day, -1);
    assert_iso(&d, "1969-12-31");
    d = parse_ok("1969-07-20T20:17:00Z");
    assert_int_equal(d.unix, -14182980);
    assert_iso(&d, "1969-07-20");
    d = parse_ok("1066-10-14");
    assert_int_equal(d.year, 1066);
    assert_iso(&d, "1066-10-14");
}

static void test_date_rfc2822(void **state)
{
    (void)state;
    dyad_date d = parse_ok("Tue, 03 Nov 2025 23:30:00 -0500");
    assert_int_equal(d.unix, 1762230600);
    assert_int_equal(d.prec, DYAD_DATE_TIME);
    assert_iso(&d, "2025-11-04");
    assert_int_equal(parse_ok("Tue, 03 Nov 2025 23:30:00 GMT").unix,
                     1762212600);
    assert_int_equal(parse_ok("Tue, 03 Nov 2025 23:30:00 UT").unix,
                     1762212600);
    assert_int_equal(parse_ok("Tue, 03 Nov 2025 18:30:00 EST").unix,
                     1762212600);
    assert_int_equal(parse_ok("Tue, 03 Nov 2025 16:30:00 PDT").unix,
                     1762212600);
    /* no day of week, no seconds, full month name */
    assert_int_equal(parse_ok("3 November 2025 23:30 +0000").unix,
                     1762212600);
    /* date only */
    d = parse_ok("03 Nov 2025");
    assert_int_equal(d.prec, DYAD_DATE_DAY);
    assert_iso(&d, "2025-11-03");
}

static void test_date_rfc2822_two_digit_year(void **state)
{
    (void)state;
    dyad_date d = parse_ok("Tue, 03 Nov 25 23:30:00 GMT");
    assert_int_equal(d.year, 2025);
    assert_int_equal(d.unix, 1762212600);
    d = parse_ok("Fri, 31 Dec 99 12:00:00 GMT");
    assert_int_equal(d.year, 1999);
    assert_iso(&d, "1999-12-31");
}

static void test_date_rejects_impossible_days(void **state)
{
    (void)state;
    assert_rejected("2025-02-30");
    assert_rejected("2025-02-29");
    assert_rejected("1900-02-29");
    assert_rejected("2025-04-31");
    assert_rejected("2025-11-00");
    assert_rejected("30 Feb 2025");
    assert_iso((dyad_date[]){parse_ok("2024-02-29")}, "2024-02-29");
    assert_iso((dyad_date[]){parse_ok("2000-02-29")}, "2000-02-29");
}

static void test_date_rejects_month_13(void **state)
{
    (void)state;
    assert_rejected("2025-13-01");
    assert_rejected("2025-00-10");
    assert_rejected("2025-13");
}

static void test_date_rejects_year_zero(void **state)
{
    (void)state;
    assert_rejected("0000-01-01");
    assert_rejected("0000-06");
    /* a four-digit string is a year, and there is no year 0 */
    assert_rejected("0000");
    dyad_date d;
    dyad_err err = {0};
    assert_int_equal(dyad_date_from_number(1e15, &d, &err), DYAD_EPARSE);
    assert_int_equal(dyad_date_from_number(1.5, &d, &err), DYAD_EPARSE);
    assert_int_equal(dyad_date_from_number(NAN, &d, &err), DYAD_EPARSE);
}

static void test_date_rejects_garbage(void **state)
{
    (void)state;
    assert_rejected("yesterday");
    assert_rejected("2025/11/03");
    assert_rejected("11/03/2025");
    assert_rejected("2025-11-03T23:30:00 Mars");
    assert_rejected("2025-11-03junk");
    assert_rejected("12345");
    assert_rejected("Tue, 03 Foo 2025");
    assert_rejected("20251103");
}

static void test_date_rejects_empty(void **state)
{
    (void)state;
    assert_rejected("");
    assert_rejected("   ");
}

static void test_date_rejects_bad_time(void **state)
{
    (void)state;
    assert_rejected("2025-11-03T25:00:00Z");
    assert_rejected("2025-11-03T23:60:00Z");
    assert_rejected("2025-11-03T23:30:61Z");
    assert_rejected("2025-11-03T23:30:00+24:00");
    assert_rejected("Tue, 03 Nov 2025 25:30:00 GMT");
}

static void test_date_civil_round_trip(void **state)
{
    (void)state;
    int32_t z0 = dyad_days_from_civil(1600, 1, 1);
    int32_t z1 = dyad_days_from_civil(2400, 12, 31);
    assert_int_equal(dyad_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(dyad_days_from_civil(2000, 3, 1), 11017);
    assert_int_equal(dyad_days_from_civil(1969, 12, 31), -1);
    int py, pm, pd;
    dyad_civil_from_days(z0 - 1, &py, &pm, &pd);
    assert_int_equal(py, 1599);
    assert_int_equal(pm, 12);
    assert_int_equal(pd, 31);
    long leap_days = 0;
    for (int32_t z = z0; z <= z1; z++) {
        int y, m, d;
        dyad_civil_from_days(z, &y, &m, &d);
        if (dyad_days_from_civil(y, m, d) != z)
            fail_msg("day %d -> %d-%d-%d does not round-trip", z, y, m, d);
        /* each day follows the previous one */
        if (d == 1) {
            if (!((m == pm + 1 && y == py) || (m == 1 && pm == 12 && y == py + 1)))
                fail_msg("day %d: %d-%d-%d after %d-%d-%d", z, y, m, d, py, pm,
                         pd);
        } else if (!(d == pd + 1 && m == pm && y == py)) {
            fail_msg("day %d: %d-%d-%d after %d-%d-%d", z, y, m, d, py, pm, pd);
        }
        leap_days += m == 2 && d == 29;
        py = y;
        pm = m;
        pd = d;
    }
    /* 1600..2400: 201 multiples of 4, minus 1700 1800 1900 2100 2200 2300 */
    assert_int_equal(leap_days, 195);
}

static void test_date_iso_format(void **state)
{
    (void)state;
    char iso[11];
    dyad_date_iso(0, iso);
    assert_string_equal(iso, "1970-01-01");
    dyad_date_iso(dyad_days_from_civil(1000, 1, 1), iso);
    assert_string_equal(iso, "1000-01-01");
    dyad_date_iso(dyad_days_from_civil(9999, 12, 31), iso);
    assert_string_equal(iso, "9999-12-31");
}

/* One string through dyad_date_parse and the general parser alone: the
 * same code, the same date, the same message. */
static void same_as_general(const char *s, size_t len)
{
    dyad_date a, b;
    dyad_err ea = {0}, eb = {0};
    memset(&a, 0x5a, sizeof a);
    memset(&b, 0x5a, sizeof b);
    int ra = dyad_date_parse(s, len, &a, &ea);
    int rb = dyad_date__parse_general(s, len, &b, &eb);
    if (ra != rb || memcmp(&a, &b, sizeof a) != 0 ||
        memcmp(&ea, &eb, sizeof ea) != 0)
        fail_msg("'%.*s': %d '%s' vs general %d '%s'", (int)len, s, ra,
                 ea.msg, rb, eb.msg);
    if (ra == DYAD_OK) {   /* its year, month and day written as its day */
        char iso[11], want[11];
        dyad_date__iso(&a, iso);
        dyad_date_iso(a.day, want);
        assert_string_equal(iso, want);
    }
}

/* The common forms read at fixed places (parse_common) against the
 * general parser: every form date.c accepts, each byte of each replaced
 * by bytes that matter to either, each cut short and made longer, and
 * days, times and zones of every range, in and out. */
static void test_date_common_forms_as_general(void **state)
{
    (void)state;
    static const char *forms[] = {
        "1987-02-26", "1987-02-26T15:01:01Z", "1987-02-26T15:01:01",
        "1987-02-26t15:01:01z", "1987-02-26 15:01:01", "1987-02-26T15:01:01+05:30",
        "1987-02-26T15:01:01-11:00", "1987-02-26T15:01:01+0530",
        "1987-02-26T15:01:01+05", "1987-02-26T15:01", "1987-02-26T15:01Z",
        "1987-02-26T15:01:01.123Z", "1987-02-26T15:01:01,5+01:00",
        "1987-02-26T15:01:01 GMT", "1987-02-26T15:01:01 EST",
        "1987-02", "1987", "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00", "2016-12-31T23:59:60Z",
        "2000-02-29", "1900-02-29", "2001-02-29T00:00:00Z",
        "Thu, 26 Feb 1987 15:01:01 GMT", "26 Feb 1987", "26 February 87",
        "Thu, 26 Feb 1987 15:01:01 +0000", "Thu, 26 FEB 1987 15:01 -0500",
        "551233200", "551233200000", " 1987-02-26 ", "\t1987-02-26T15:01:01Z\n",
        "1987-02-26T15:01:01Z ", "", "   ", "garbage", "87-02-26",
    };
    static const char subst[] = "0123456789-:TtZz +.,xa\xc3";
    char buf[64];
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        size_t n = strlen(forms[f]);
        same_as_general(forms[f], n);
        for (size_t cut = 0; cut < n; cut++)
            same_as_general(forms[f], cut);
        for (size_t i = 0; i < n; i++) {
            for (size_t k = 0; k < sizeof subst - 1; k++) {
                memcpy(buf, forms[f], n);
                buf[i] = subst[k];
                same_as_general(buf, n);
                /* one more byte, and one byte fewer, at i */
                memcpy(buf, forms[f], i);
                buf[i] = subst[k];
                memcpy(buf + i + 1, forms[f] + i, n - i);
                same_as_general(buf, n + 1);
                memcpy(buf + i, forms[f] + i + 1, n - i - 1);
                same_as_general(buf, n - 1);
            }
        }
    }
    /* every month and day 0..32 of some years, with times and zones at
     * and beyond their ends */
    static const int years[] = {0, 1, 999, 1000, 1600, 1900, 1970, 2000,
                                2024, 2100, 9999};
    static const char *times[] = {"", "T00:00:00Z", "T23:59:59Z",
                                  "T23:59:60Z", "T24:00:00Z", "T12:60:00Z",
                                  "T12:00:61Z", "T23:59:59+23:59",
                                  "T00:00:00-23:59", "T00:00:00+24:00",
                                  "T00:00:00-00:60", "T12:34:56"};
    for (size_t yi = 0; yi < sizeof years / sizeof years[0]; yi++)
        for (int m = 0; m <= 13; m++)
            for (int d = 0; d <= 32; d++)
                for (size_t t = 0; t < sizeof times / sizeof times[0]; t++) {
                    int len = snprintf(buf, sizeof buf, "%04d-%02d-%02d%s",
                                       years[yi], m, d, times[t]);
                    same_as_general(buf, (size_t)len);
                }
}

/* dyad_date_iso against printf on days of years 0 to 10000 and beyond. */
static void test_date_iso_as_printf(void **state)
{
    (void)state;
    for (int32_t z = dyad_days_from_civil(-2, 1, 1);
         z <= dyad_days_from_civil(10001, 12, 31); z += 7) {
        int y, m, d;
        char want[32], got[11];
        dyad_civil_from_days(z, &y, &m, &d);
        snprintf(want, sizeof want, "%04d-%02d-%02d", y < 0 ? 0 : y % 10000,
                 m, d);
        dyad_date_iso(z, got);
        assert_string_equal(got, want);
    }
}

/* The zone names in any case, each with its offset; no other name. */
static void test_date_zone_names(void **state)
{
    (void)state;
    static const struct { const char *z; int hours; } zones[] = {
        {"Z", 0}, {"z", 0}, {"UT", 0}, {"ut", 0}, {"UTC", 0}, {"uTc", 0},
        {"GMT", 0}, {"gmt", 0}, {"EST", -5}, {"edt", -4}, {"Cst", -6},
        {"CDT", -5}, {"mst", -7}, {"MdT", -6}, {"PST", -8}, {"pdt", -7}};
    char buf[64];
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++) {
        snprintf(buf, sizeof buf, "Thu, 26 Feb 1987 15:01:01 %s",
                 zones[i].z);
        dyad_date d = parse_ok(buf);
        assert_int_equal(d.unix, 541350061 - zones[i].hours * 3600);
        snprintf(buf, sizeof buf, "1987-02-26T15:01:01 %s", zones[i].z);
        d = parse_ok(buf);
        assert_int_equal(d.unix, 541350061 - zones[i].hours * 3600);
    }
    static const char *bad[] = {"G", "GM", "GMTX", "UTX", "U", "ESTT",
                                "E\xc5T", "gm\xd4", "G\x00T", "@MT"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int n = snprintf(buf, sizeof buf, "Thu, 26 Feb 1987 15:01:01 %s",
                         bad[i]);
        dyad_date d;
        dyad_err err = {0};
        if (dyad_date_parse(buf, (size_t)n, &d, &err) != DYAD_EPARSE)
            fail_msg("zone '%s' accepted", bad[i]);
    }
    /* a NUL inside: the length counts it */
    dyad_date d;
    assert_int_equal(dyad_date_parse("1987-02-26T15:01:01 G\0T", 23, &d,
                                     NULL), DYAD_EPARSE);
}

/* An offset that takes a time to midnight of the next day: that day at
 * 00:00 UTC, in the fast form, the general ISO form and RFC 2822 (a
 * 00:00 that stayed on the day before would file the article a day
 * early). 2025-11-04T00:00:00Z is 1762128000 + 86400 (test above). */
static void test_date_offset_to_next_midnight(void **state)
{
    (void)state;
    static const char *const forms[] = {"2025-11-03T23:00:00-01:00",
                                        "2025-11-03 23:00:00 -0100",
                                        "Mon, 03 Nov 2025 23:00:00 -0100",
                                        "2025-11-03T22:30:00-01:30"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        dyad_date d = parse_ok(forms[i]);
        if (d.unix != 1762128000 + 86400 || d.day != 20396 || d.mday != 4)
            fail_msg("'%s': unix %lld, day %d, mday %d", forms[i],
                     (long long)d.unix, (int)d.day, d.mday);
        assert_iso(&d, "2025-11-04");
    }
}

/* Where the forms' ranges meet: RFC 2822's two-digit years (00-49 are
 * 2000-2049, 50-99 1900-1999, its section 4.3), a number as a year (up
 * to 9999), as seconds (up to 1e11) or as milliseconds (beyond; then no
 * later than 9999-12-31T23:59:59, 253402300799 s), a leap second. */
static void test_date_range_edges(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("01 Jan 49").year, 2049);
    assert_int_equal(parse_ok("01 Jan 50").year, 1950);
    assert_int_equal(parse_ok("Sun, 31 Dec 50 12:00:00 GMT").year, 1950);
    dyad_date d;
    dyad_err err = {0};
    assert_int_equal(dyad_date_from_number(9999, &d, &err), DYAD_OK);
    assert_int_equal(d.prec, DYAD_DATE_YEAR);
    assert_int_equal(d.year, 9999);
    assert_int_equal(dyad_date_from_number(10000, &d, &err), DYAD_OK);
    assert_int_equal(d.prec, DYAD_DATE_TIME);   /* 10,000 s after 1970 */
    assert_int_equal(d.unix, 10000);
    /* 1e11 is still seconds (in 5138); 2e11 is milliseconds: 2e8 s,
     * 1976-05-03T19:33:20Z */
    assert_int_equal(dyad_date_from_number(1e11, &d, &err), DYAD_OK);
    assert_int_equal(d.unix, 100000000000LL);
    assert_int_equal(dyad_date_from_number(2e11, &d, &err), DYAD_OK);
    assert_int_equal(d.unix, 200000000);
    assert_iso(&d, "1976-05-03");
    d = parse_ok("200000000000");
    assert_int_equal(d.unix, 200000000);
    /* the last second of 9999 in milliseconds, and the one after */
    assert_int_equal(dyad_date_from_number(253402300799999.0, &d, &err),
                     DYAD_OK);
    assert_int_equal(d.unix, 253402300799LL);
    assert_iso(&d, "9999-12-31");
    assert_int_equal(dyad_date_from_number(253402300800000.0, &d, &err),
                     DYAD_EPARSE);
    /* a leap second is the next minute's first, in either ISO path */
    assert_int_equal(parse_ok("1987-02-26T15:01:60Z").unix, 541350120);
    assert_int_equal(parse_ok("1987-02-26T15:01:60 GMT").unix, 541350120);
    assert_int_equal(parse_ok("Thu, 26 Feb 1987 15:01:60 GMT").unix,
                     541350120);
    assert_rejected("1987-02-26T15:01:61 GMT");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_rfc3339_utc),
        cmocka_unit_test(test_date_rfc3339_offset_moves_day),
        cmocka_unit_test(test_date_fractional_seconds),
        cmocka_unit_test(test_date_day_month_year),
        cmocka_unit_test(test_date_year_number),
        cmocka_unit_test(test_date_unix_seconds),
        cmocka_unit_test(test_date_milliseconds_number),
        cmocka_unit_test(test_date_before_1970),
        cmocka_unit_test(test_date_rfc2822),
        cmocka_unit_test(test_date_rfc2822_two_digit_year),
        cmocka_unit_test(test_date_rejects_impossible_days),
        cmocka_unit_test(test_date_rejects_month_13),
        cmocka_unit_test(test_date_rejects_year_zero),
        cmocka_unit_test(test_date_rejects_garbage),
        cmocka_unit_test(test_date_rejects_empty),
        cmocka_unit_test(test_date_rejects_bad_time),
        cmocka_unit_test(test_date_civil_round_trip),
        cmocka_unit_test(test_date_iso_format),
        cmocka_unit_test(test_date_common_forms_as_general),
        cmocka_unit_test(test_date_iso_as_printf),
        cmocka_unit_test(test_date_zone_names),
        cmocka_unit_test(test_date_offset_to_next_midnight),
        cmocka_unit_test(test_date_range_edges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
