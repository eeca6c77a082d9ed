/* test_util.c - buffers and errors (dyad/common.h), UTF-8, allocation,
 * TSV and file helpers (src/util), and the allocation-failure loops over
 * the loading, ingest and scoring paths. */
#include "dyad/common.h"

#include <limits.h>
#include <locale.h>
#include <math.h>
#include <sys/stat.h>

#include "dyad/actors.h"
#include "dyad/ingest.h"
#include "dyad/lex.h"
#include "dyad/score.h"
#include "dyad/text.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/embedded.h"
#include "util/fs.h"
#include "util/hash.h"
#include "util/tsv.h"
#include "util/utf8.h"
#include "unit.h"

/* dyad_buf_num(v, decimals) as a string (static buffer). */
static const char *num(double v, int decimals)
{
    static char out[400];   /* up to 1e308 in full */
    dyad_buf b = {0};
    assert_int_equal(dyad_buf_num(&b, v, decimals), DYAD_OK);
    assert_true(b.len < sizeof out);
    memcpy(out, b.data, b.len + 1);
    dyad_buf_free(&b);
    return out;
}

static void test_util_buf_append_and_printf(void **state)
{
    (void)state;
    dyad_buf b = {0};
    assert_int_equal(dyad_buf_puts(&b, "ab"), DYAD_OK);
    assert_int_equal(dyad_buf_putc(&b, 'c'), DYAD_OK);
    assert_int_equal(dyad_buf_append(&b, "dXX", 1), DYAD_OK);
    assert_int_equal(dyad_buf_printf(&b, "-%d-%s", 42, "x"), DYAD_OK);
    assert_string_equal(b.data, "abcd-42-x");
    assert_int_equal(b.len, 9);
    /* longer than printf's stack buffer */
    char big[1000];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(dyad_buf_printf(&b, "[%s]", big), DYAD_OK);
    assert_int_equal(b.len, 9 + 1001);
    assert_int_equal(b.data[b.len - 1], ']');
    assert_int_equal(b.data[b.len], '\0');
    size_t cap = b.cap;
    dyad_buf_clear(&b);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.data, "");
    assert_int_equal(b.cap, cap);
    dyad_buf_free(&b);
    assert_null(b.data);
    assert_int_equal(b.cap, 0);
    /* reusable after free; an empty append still terminates */
    assert_int_equal(dyad_buf_append(&b, "", 0), DYAD_OK);
    assert_non_null(b.data);
    assert_string_equal(b.data, "");
    dyad_buf_free(&b);
}

static void test_util_buf_num_formats(void **state)
{
    (void)state;
    assert_string_equal(num(-0.5, 4), "-0.5");
    assert_string_equal(num(3, 4), "3");
    assert_string_equal(num(0.123456, 4), "0.1235");
    assert_string_equal(num(0.05, 4), "0.05");
    assert_string_equal(num(0.1, 4), "0.1");
    assert_string_equal(num(-1234.56789, 2), "-1234.57");
    assert_string_equal(num(2.5, 0), "3");
    assert_string_equal(num(0, 4), "0");
    assert_string_equal(num(1e20, 2), "100000000000000000000");
    /* v * 10^decimals overflows: still the number, never "inf" (fuzz) */
    assert_true(strtod(num(1e305, 4), NULL) == 1e305);
    assert_true(strtod(num(-1e305, 4), NULL) == -1e305);
    assert_null(strchr(num(-1e305, 4), 'i'));
    assert_string_equal(num(NAN, 4), "null");
    assert_string_equal(num(INFINITY, 4), "null");
}

/* The digits of dyad_buf_num written another way: round(|v| * 10^d) by
 * printf, the point put in, trailing zeros cut. */
static void num_oracle(double v, int d, char *out, size_t n)
{
    char digits[64];
    double r = round(fabs(v) * pow(10, d));
    snprintf(digits, sizeof digits, "%0*.0f", d + 1, r);
    size_t len = strlen(digits), ip = len - (size_t)d;
    size_t end = len;
    while (end > ip && digits[end - 1] == '0')
        end--;
    snprintf(out, n, "%s%.*s%s%.*s", v < 0 && r != 0 ? "-" : "", (int)ip,
             digits, end > ip ? "." : "", (int)(end - ip), digits + ip);
}

static void test_util_buf_num_matches_printf(void **state)
{
    (void)state;
    unsigned long long x = 88172645463325252ULL;   /* xorshift64 */
    char want[80];
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        int d = (int)(x % 9);
        /* magnitudes from 1e-9 to 1e9, both signs, some exact halves */
        double v = ldexp((double)(x >> 11), -53) * pow(10, (int)(x >> 4) % 19 - 9);
        if (x & 1)
            v = -v;
        if ((x & 0x70) == 0x70)
            v = round(v * 64) / 64;
        if (fabs(v) * pow(10, d) >= 9e15)
            continue;   /* beyond 2^53: whole number only, tested above */
        num_oracle(v, d, want, sizeof want);
        assert_string_equal(num(v, d), want);
    }
    assert_string_equal(num(0.0005, 4), "0.0005");
    assert_string_equal(num(-1.0001, 4), "-1.0001");
    assert_string_equal(num(10.0201, 4), "10.0201");
}

/* dyad_uint_fmt(v) as a string (static buffer). */
static const char *uint_str(unsigned long long v)
{
    static char out[DYAD_UINT_MAX + 1];
    size_t n = dyad_uint_fmt(out, v);
    assert_true(n <= DYAD_UINT_MAX);
    out[n] = '\0';
    return out;
}

static void test_util_uint_fmt(void **state)
{
    (void)state;
    assert_string_equal(uint_str(0), "0");
    assert_string_equal(uint_str(1234567890), "1234567890");
    assert_string_equal(uint_str(ULLONG_MAX), "18446744073709551615");
}

/* Rounding ties and their neighbours, where round() without its call
 * (util/buf.h) could go wrong: (k + 1/2) / 10^d for every d, the
 * doubles next to them, the smallest and 2^52 - 1/2. */
static void test_util_buf_num_ties(void **state)
{
    (void)state;
    char want[80];
    unsigned long long x = 0x9e3779b97f4a7c15ULL;
    for (int d = 0; d <= 9; d++) {
        for (int i = 0; i < 3000; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            double k = i < 1000 ? i : (double)(x % 1000000000ULL);
            double t = (k + 0.5) / pow(10, d);
            double v[] = {t, nextafter(t, 0), nextafter(t, INFINITY), -t};
            for (size_t j = 0; j < sizeof v / sizeof v[0]; j++) {
                if (fabs(v[j]) * pow(10, d) >= 9e15)
                    continue;
                num_oracle(v[j], d, want, sizeof want);
                assert_string_equal(num(v[j], d), want);
            }
        }
    }
    assert_string_equal(num(0.49999999999999994, 0), "0");
    assert_string_equal(num(0.5, 0), "1");
    assert_string_equal(num(-0.5, 0), "-1");
    assert_string_equal(num(4503599627370495.5, 0), "4503599627370496");
    assert_string_equal(num(5e-324, 4), "0");
    assert_string_equal(num(0.00005, 4), "0.0001");   /* 0.5 after * 1e4 */
    assert_string_equal(num(8999999999999999.0, 0), "8999999999999999");
    assert_string_equal(num(9e15, 0), "9000000000000000");
    assert_string_equal(num(1e-17, 17), "0.00000000000000001");
    assert_string_equal(num(0.12345678901234567, 17), "0");   /* past 9e15 */
}

static void test_util_buf_num_no_negative_zero(void **state)
{
    (void)state;
    assert_string_equal(num(-0.0, 4), "0");
    assert_string_equal(num(-0.00001, 4), "0");
    assert_string_equal(num(-0.00004999, 4), "0");
    assert_string_equal(num(-0.00006, 4), "-0.0001");
}

static void test_util_buf_num_ignores_locale(void **state)
{
    (void)state;
    const char *old = setlocale(LC_NUMERIC, NULL);
    char saved[64];
    snprintf(saved, sizeof saved, "%s", old ? old : "C");
    if (!setlocale(LC_NUMERIC, "de_DE.UTF-8") &&
        !setlocale(LC_NUMERIC, "de_DE.utf8") &&
        !setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
        skip();   /* no locale with a decimal comma on this machine */
    }
    char probe[16];
    snprintf(probe, sizeof probe, "%.1f", 0.5);
    assert_string_equal(probe, "0,5");   /* the locale is in effect */
    assert_string_equal(num(-0.5, 4), "-0.5");
    assert_string_equal(num(1234.5678, 2), "1234.57");
    /* and lexicon numbers are read with '.' */
    const char data[] = "term\tvalence\ncalm\t1.5\n";
    dyad_tsv t;
    dyad_err err = {0};
    double v = 0;
    assert_int_equal(dyad_tsv_open(&t, "l.tsv", data, sizeof data - 1, &err),
                     DYAD_OK);
    assert_int_equal(dyad_tsv_next(&t, &err), 1);
    assert_int_equal(dyad_tsv_number(&t, 1, -4, 4, &v, &err), DYAD_OK);
    assert_near(v, 1.5, 0);
    setlocale(LC_NUMERIC, saved);
}

static void test_util_buf_json_str_escapes(void **state)
{
    (void)state;
    dyad_buf b = {0};
    const char in[] = "a\"b\\c\n\t\r\x01\x1f\x7f/\xc3\xa9\0z";
    assert_int_equal(dyad_buf_json_str(&b, in, sizeof in - 1), DYAD_OK);
    assert_string_equal(b.data, "\"a\\\"b\\\\c\\n\\t\\r\\u0001\\u001f\\u007f/"
                                "\xc3\xa9\\u0000z\"");
    assert_int_equal(b.len, strlen(b.data));
    /* appends after what is there */
    assert_int_equal(dyad_buf_json_str(&b, "", 0), DYAD_OK);
    assert_int_equal(b.data[b.len - 2], '"');
    assert_int_equal(b.data[b.len - 1], '"');
    dyad_buf_free(&b);
}

/* The JSON string of s as json_str wrote it a byte at a time before
 * its SIMD path (and as the scalar path must): escapes, and squeezed,
 * each run of white space one space, none at either end's run kept but
 * a leading one. */
static size_t json_oracle(char *o, const char *s, size_t len, int squeeze)
{
    static const char hex[] = "0123456789abcdef";
    char *p = o;
    int sp = 0;
    *p++ = '"';
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (squeeze && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            sp = 1;
            continue;
        }
        if (sp)
            *p++ = ' ';
        sp = 0;
        if (c == '"' || c == '\\') {
            *p++ = '\\';
            *p++ = (char)c;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            *p++ = '\\';
            *p++ = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
        } else if (c < 0x20 || c == 0x7f) {
            p += sprintf(p, "\\u00%c%c", hex[c >> 4], hex[c & 15]);
        } else {
            *p++ = (char)c;
        }
    }
    *p++ = '"';
    return (size_t)(p - o);
}

/* dyad_buf_json_str and _words (sixteen bytes at once with SSE2) and
 * the scalar path (dyad_buf__json_scalar: what a machine without SSE2
 * runs) against the oracle: random strings of every kind of byte, with
 * escapes and runs of white space at every offset of a block and
 * across two. A wrong path of either kind fails here. */
static void test_util_buf_json_simd_and_scalar(void **state)
{
    (void)state;
    static const char some[] = "ab  \n\r\t\"\\\x01\x1f\x7f\x80\xc3\xa9 .";
    unsigned long long x = 88172645463325252ULL;
    char s[120], want[6 * sizeof s + 2];
    for (int it = 0; it < 40000; it++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        size_t len = (size_t)(x % sizeof s);
        unsigned mode = (unsigned)(x >> 20) % 4;
        unsigned long long y = x;
        for (size_t i = 0; i < len; i++) {
            y ^= y << 13;
            y ^= y >> 7;
            y ^= y << 17;
            unsigned r = (unsigned)(y >> 24);
            char any = some[r % (sizeof some - 1)];
            char letter = (char)('a' + r % 26);
            s[i] = mode == 0   ? (char)(r & 255)
                   : mode == 1 ? any
                   : mode == 2 ? (r % 9 ? letter : ' ')
                               : (r % 23 ? letter : any);
        }
        for (int sq = 0; sq < 2; sq++) {
            size_t n = json_oracle(want, s, len, sq);
            dyad_buf a = {0}, b = {0};
            assert_int_equal(sq ? dyad_buf_json_words(&a, s, len)
                                : dyad_buf_json_str(&a, s, len),
                             DYAD_OK);
            assert_int_equal(dyad_buf__json_scalar(&b, s, len, sq), DYAD_OK);
            assert_int_equal(a.len, n);
            assert_memory_equal(a.data, want, n);
            assert_int_equal(a.data[n], '\0');
            assert_int_equal(b.len, n);
            assert_memory_equal(b.data, want, n);
            assert_int_equal(b.data[n], '\0');
            dyad_buf_free(&a);
            dyad_buf_free(&b);
        }
    }
}

static void test_util_err_set_and_format(void **state)
{
    (void)state;
    dyad_err err = {0};
    char out[600];
    assert_int_equal(dyad_err_set(&err, DYAD_EPARSE, "f.tsv", 7, "bad %s", "x"),
                     DYAD_EPARSE);
    assert_int_equal(err.code, DYAD_EPARSE);
    assert_string_equal(err.src, "f.tsv");
    assert_int_equal(err.line, 7);
    assert_string_equal(dyad_err_format(&err, out, sizeof out),
                        "f.tsv:7: bad x");
    err.col = 3;
    assert_string_equal(dyad_err_format(&err, out, sizeof out),
                        "f.tsv:7:3: bad x");
    dyad_err_set(&err, DYAD_EIO, "f", 0, "gone");
    assert_int_equal(err.col, 0);
    assert_string_equal(dyad_err_format(&err, out, sizeof out), "f: gone");
    dyad_err_set(&err, DYAD_EINVAL, NULL, 0, "plain");
    assert_string_equal(dyad_err_format(&err, out, sizeof out), "plain");
    /* NULL err: just the code */
    assert_int_equal(dyad_err_set(NULL, DYAD_ENOMEM, NULL, 0, "x"),
                     DYAD_ENOMEM);
    assert_string_equal(dyad_strerror(DYAD_ENOMEM), "out of memory");
    assert_string_equal(dyad_strerror(12345), "unknown error");
}

static void test_util_utf8_decode_valid(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(dyad_utf8_decode((const unsigned char *)"A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(dyad_utf8_decode((const unsigned char *)"\xc3\xa9", 2,
                                      &cp),
                     2);
    assert_int_equal(cp, 0xe9);
    assert_int_equal(dyad_utf8_decode((const unsigned char *)"\xe2\x82\xac", 3,
                                      &cp),
                     3);
    assert_int_equal(cp, 0x20ac);
    assert_int_equal(dyad_utf8_decode((const unsigned char *)"\xf0\x9f\x98\x80",
                                      4, &cp),
                     4);
    assert_int_equal(cp, 0x1f600);
    assert_int_equal(dyad_utf8_decode((const unsigned char *)"\xf4\x8f\xbf\xbf",
                                      4, &cp),
                     4);
    assert_int_equal(cp, 0x10ffff);
    assert_int_equal(dyad_utf8_decode((const unsigned char *)"", 0, &cp), 0);
}

static void test_util_utf8_decode_rejects_invalid(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "\xc0\xaf",             /* overlong '/' */
        "\xc1\xbf",             /* overlong */
        "\xe0\x80\xaf",         /* overlong, 3 bytes */
        "\xe0\x9f\xbf",         /* overlong U+07FF */
        "\xf0\x80\x80\xaf",     /* overlong, 4 bytes */
        "\xf0\x8f\xbf\xbf",     /* overlong U+FFFF */
        "\xed\xa0\x80",         /* surrogate U+D800 */
        "\xed\xbf\xbf",         /* surrogate U+DFFF */
        "\xf4\x90\x80\x80",     /* U+110000 */
        "\xf5\x80\x80\x80",
        "\xff",
        "\x80",                 /* lone continuation */
        "\xe2\x82",             /* cut short */
        "\xc3\x41",             /* bad continuation */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t n = strlen(bad[i]);
        if (dyad_utf8_decode((const unsigned char *)bad[i], n, NULL) != 0)
            fail_msg("sequence %zu accepted", i);
        assert_true(dyad_utf8_invalid(bad[i], n) > 0);
    }
    /* the byte before a surrogate range is fine */
    assert_int_equal(dyad_utf8_decode((const unsigned char *)"\xed\x9f\xbf", 3,
                                      NULL),
                     3);
}

static void test_util_utf8_encode_round_trip(void **state)
{
    (void)state;
    for (uint32_t cp = 0; cp <= 0x10ffff; cp += cp < 0x3000 ? 1 : 97) {
        if (cp >= 0xd800 && cp <= 0xdfff)
            continue;
        char buf[4];
        int n = dyad_utf8_encode(cp, buf);
        uint32_t back = 0;
        if (dyad_utf8_decode((const unsigned char *)buf, (size_t)n, &back) != n ||
            back != cp)
            fail_msg("U+%04X does not round-trip", (unsigned)cp);
    }
}

static void test_util_utf8_counts(void **state)
{
    (void)state;
    const char *s = "caf\xc3\xa9 \xe2\x82\xac\xff";
    assert_int_equal(dyad_utf8_invalid(s, strlen(s)), 1);
    assert_int_equal(dyad_utf8_chars(s, strlen(s)), 7);
    assert_int_equal(dyad_utf8_invalid("plain", 5), 0);
}

static long repair(const char *s, dyad_buf *out)
{
    return dyad_utf8_repair(s, strlen(s), out);
}

static void test_util_utf8_repair(void **state)
{
    (void)state;
    dyad_buf b = {0};
    assert_int_equal(repair("caf\xe9", &b), 1);
    assert_string_equal(b.data, "caf\xc3\xa9");
    /* Windows-1252 punctuation */
    assert_int_equal(repair("\x93hi\x94 \x80 5\x96 6", &b), 4);
    assert_string_equal(b.data, "\xe2\x80\x9chi\xe2\x80\x9d \xe2\x82\xac "
                                "5\xe2\x80\x93 6");
    /* valid UTF-8 is kept as it is, and the buffer is cleared first */
    assert_int_equal(repair("d\xc3\xa9j\xc3\xa0 vu", &b), 0);
    assert_string_equal(b.data, "d\xc3\xa9j\xc3\xa0 vu");
    /* a sequence cut short at the end: each byte is Latin-1 */
    assert_int_equal(repair("end \xc3", &b), 1);
    assert_string_equal(b.data, "end \xc3\x83");
    /* a code page hole becomes U+FFFD */
    assert_int_equal(repair("a long enough text with one hole \x81 in it", &b),
                     1);
    assert_non_null(strstr(b.data, "\xef\xbf\xbd"));
    assert_int_equal(dyad_utf8_invalid(b.data, b.len), 0);
    dyad_buf_free(&b);
}

static int lit(const char *s, dyad_buf *out, dyad_buf *tmp)
{
    return dyad_utf8_bytes_literal(s, strlen(s), out, tmp);
}

static void test_util_utf8_bytes_literal(void **state)
{
    (void)state;
    dyad_buf b = {0}, t = {0};
    /* what Python's repr of bytes writes, blanks about it allowed */
    assert_int_equal(lit("b'Russia attacks Georgia'", &b, &t), 1);
    assert_string_equal(b.data, "Russia attacks Georgia");
    assert_int_equal(lit(" b\"Georgia 'downs' jets\"\r\n", &b, &t), 1);
    assert_string_equal(b.data, "Georgia 'downs' jets");
    assert_int_equal(lit("b'it\\'s a \"deal\"\\\\n\\t\\n'", &b, &t), 1);
    assert_string_equal(b.data, "it's a \"deal\"\\n\t\n");
    /* \xHH bytes are UTF-8, or repaired as Windows-1252 */
    assert_int_equal(lit("b'Russia\\xe2\\x80\\x99s'", &b, &t), 1);
    assert_string_equal(b.data, "Russia\xe2\x80\x99s");
    assert_int_equal(lit("b'caf\\xE9'", &b, &t), 1);
    assert_string_equal(b.data, "caf\xc3\xa9");
    assert_int_equal(lit("b''", &b, &t), 1);
    assert_int_equal(b.len, 0);
    /* anything else is read as it is: out is left empty */
    const char *no[] = {
        "b'a NUL \\x00 inside'", "b'\\q is no escape'", "b'short \\x4'",
        "b'an 'inner' quote'", "b'not closed", "b'closed by an escape\\'",
        "B'upper case'", "'no b'", "xb'a prefix'", "b'caf\xc3\xa9'",
        "b\"mixed'", "b'", "b'x' said Abe",
    };
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        assert_int_equal(dyad_buf_append(&b, "x", 1), DYAD_OK);
        if (lit(no[i], &b, &t) != 0 || b.len != 0)
            fail_msg("taken as a literal: %s", no[i]);
    }
    /* bytes that are binary data, not text */
    assert_int_equal(lit("b'\\x01\\x02\\x03\\x81\\x8d\\x8f\\x90\\x04'", &b,
                         &t), 0);
    /* every allocation failure is DYAD_ENOMEM, and nothing leaks */
    int ok = 0;
    for (long n = 0; n < 100 && !ok; n++) {
        dyad_buf o = {0}, w = {0};
        dyad_alloc_fail_after(n);
        int rc = lit("b'caf\\xe9 and more'", &o, &w);
        dyad_alloc_fail_after(-1);
        if (rc == 1) {
            assert_string_equal(o.data, "caf\xc3\xa9 and more");
            assert_true(n > 0);
            ok = 1;
        } else {
            assert_int_equal(rc, DYAD_ENOMEM);
        }
        dyad_buf_free(&o);
        dyad_buf_free(&w);
    }
    assert_true(ok);
    dyad_buf_free(&b);
    dyad_buf_free(&t);
}

static void test_util_html_entities(void **state)
{
    (void)state;
    dyad_buf b = {0};
    const char *s = "US &amp; UK, Israel&#39;s &quot;deal&quot; &#x2019; "
                    "&mdash; &#160;&unknown; & &#0; &#xD800; &#; &#6a; "
                    "&#x4G; AT&T";
    assert_int_equal(dyad_html_entities(s, strlen(s), &b), 1);
    assert_string_equal(b.data, "US & UK, Israel's \"deal\" \xe2\x80\x99 "
                                "\xe2\x80\x94  &unknown; & &#0; &#xD800; "
                                "&#; &#6a; &#x4G; AT&T");
    /* none: out is cleared, the text is read as it is */
    assert_int_equal(dyad_buf_append(&b, "x", 1), DYAD_OK);
    assert_int_equal(dyad_html_entities("AT&T & co", 9, &b), 0);
    assert_int_equal(b.len, 0);
    assert_int_equal(dyad_html_entities("no amp", 6, &b), 0);
    /* an entity cut by the text's end is none */
    assert_int_equal(dyad_html_entities("a &amp", 7, &b), 0);
    /* the one allocation fails cleanly */
    dyad_buf c = {0};
    dyad_alloc_fail_after(0);
    int rc = dyad_html_entities(s, strlen(s), &c);
    dyad_alloc_fail_after(-1);
    assert_int_equal(rc, DYAD_ENOMEM);
    dyad_buf_free(&c);
    dyad_buf_free(&b);
}

static void test_util_utf8_repair_refuses_binary(void **state)
{
    (void)state;
    dyad_buf b = {0};
    const char bin[] = "\x01\x02\x03\x81\x8d\x8f\x90\x9d\x04\x05PNG\x06\x07";
    assert_int_equal(dyad_utf8_repair(bin, sizeof bin - 1, &b),
                     DYAD_UTF8_BINARY);
    /* a few control characters in a long text are not binary */
    const char txt[] = "Mostly text \x01 with a stray \x02 and caf\xe9 here.";
    assert_true(dyad_utf8_repair(txt, sizeof txt - 1, &b) >= 1);
    dyad_buf_free(&b);
}

static void test_util_alloc_helpers(void **state)
{
    (void)state;
    size_t out = 0;
    assert_true(dyad_mul_ok(1000, 1000, &out));
    assert_int_equal(out, 1000000);
    assert_false(dyad_mul_ok(SIZE_MAX / 2 + 1, 2, &out));
    int *arr = NULL;
    size_t cap = 0;
    assert_int_equal(dyad_grow(&arr, &cap, 5, sizeof *arr), 0);
    assert_true(cap >= 5);
    arr[4] = 7;
    size_t before = cap;
    assert_int_equal(dyad_grow(&arr, &cap, 3, sizeof *arr), 0);
    assert_int_equal(cap, before);
    assert_int_equal(dyad_grow(&arr, &cap, SIZE_MAX / 2, sizeof *arr), -1);
    assert_int_equal(cap, before);
    assert_int_equal(arr[4], 7);
    dyad_free(arr);
    char *s = dyad_strndup("abcdef", 3);
    assert_string_equal(s, "abc");
    dyad_free(s);
    s = dyad_strdup("xyz");
    assert_string_equal(s, "xyz");
    dyad_free(s);
}

static void test_util_alloc_fail_after(void **state)
{
    (void)state;
    dyad_alloc_fail_after(2);
    void *a = dyad_malloc(8), *b = dyad_calloc(2, 4), *c = dyad_malloc(8);
    void *d = dyad_realloc(NULL, 8);
    dyad_alloc_fail_after(-1);
    assert_non_null(a);
    assert_non_null(b);
    assert_null(c);
    assert_null(d);
    void *e = dyad_malloc(8);
    assert_non_null(e);
    dyad_free(a);
    dyad_free(b);
    dyad_free(e);
    /* a failed append leaves the buffer as it was */
    dyad_buf buf = {0};
    assert_int_equal(dyad_buf_puts(&buf, "keep"), DYAD_OK);
    dyad_alloc_fail_after(0);
    char big[200] = {0};
    memset(big, 'x', sizeof big - 1);
    int rc = dyad_buf_puts(&buf, big);
    dyad_alloc_fail_after(-1);
    assert_int_equal(rc, DYAD_ENOMEM);
    assert_string_equal(buf.data, "keep");
    assert_int_equal(buf.len, 4);
    dyad_buf_free(&buf);
}

static void test_util_hash(void **state)
{
    (void)state;
    /* FNV-1a 64 test vectors */
    assert_true(dyad_hash("", 0, DYAD_HASH_INIT) == 0xcbf29ce484222325ULL);
    assert_true(dyad_hash("a", 1, DYAD_HASH_INIT) == 0xaf63dc4c8601ec8cULL);
    assert_true(dyad_hash("foobar", 6, DYAD_HASH_INIT) ==
                0x85944171f73967e8ULL);
    /* continuing equals hashing the concatenation */
    assert_true(dyad_hash("bar", 3, dyad_hash("foo", 3, DYAD_HASH_INIT)) ==
                dyad_hash("foobar", 6, DYAD_HASH_INIT));
    assert_true(dyad_hash_mix(1) != dyad_hash_mix(2));
}

/* The build counts the embedded files' lines (tools/embed.c) that the
 * loaders size their tables by: as dyad_tsv_lines counts them. */
static void test_util_embedded_lines_as_tsv_counts(void **state)
{
    (void)state;
    size_t n = 0;
    for (const dyad_embedded_file *f = dyad_embedded_lexicons; f->name; f++) {
        assert_int_equal(f->lines, dyad_tsv_lines(f->data, f->len));
        n++;
    }
    assert_true(n > 0);
    for (const dyad_embedded_file *f = dyad_embedded_plots; f->name; f++)
        assert_int_equal(f->lines, dyad_tsv_lines(f->data, f->len));
}

static void test_util_tsv_reading(void **state)
{
    (void)state;
    const char data[] = "\xef\xbb\xbf# comment\r\n\r\nterm\tvalence\tnote\r\n"
                        "good\t1.5\tfine\r\n  \n# skip\nbad\t-2\n"
                        "short\n";
    dyad_tsv t;
    dyad_err err = {0};
    assert_int_equal(dyad_tsv_open(&t, "x.tsv", data, sizeof data - 1, &err),
                     DYAD_OK);
    assert_int_equal(t.ncols, 3);
    assert_int_equal(dyad_tsv_col(&t, "valence"), 1);
    assert_int_equal(dyad_tsv_col(&t, "nope"), -1);
    double v;
    assert_int_equal(dyad_tsv_next(&t, &err), 1);
    assert_int_equal(t.line, 4);
    dyad_span f = dyad_tsv_field(&t, 2);
    assert_int_equal(f.len, 4);
    assert_memory_equal(f.ptr, "fine", 4);
    assert_int_equal(dyad_tsv_number(&t, 1, -4, 4, &v, &err), DYAD_OK);
    assert_near(v, 1.5, 0);
    assert_int_equal(dyad_tsv_next(&t, &err), 1);
    assert_int_equal(t.line, 7);
    assert_int_equal(dyad_tsv_number(&t, 1, -4, 4, &v, &err), DYAD_OK);
    assert_near(v, -2, 0);
    assert_int_equal(dyad_tsv_field(&t, 2).len, 0);
    assert_int_equal(dyad_tsv_number(&t, 1, 0, 4, &v, &err), DYAD_EPARSE);
    assert_int_equal(err.line, 7);
    assert_int_equal(dyad_tsv_next(&t, &err), 1);
    assert_int_equal(dyad_tsv_number(&t, 1, -4, 4, &v, &err), DYAD_EPARSE);
    assert_int_equal(dyad_tsv_next(&t, &err), 0);
    /* no header */
    assert_int_equal(dyad_tsv_open(&t, "e.tsv", "# only\n\n", 8, &err),
                     DYAD_EPARSE);
}

static void test_util_tsv_number_is_locale_free(void **state)
{
    (void)state;
    const char data[] = "a\tb\nx\t+0.25\ny\t1,5\nz\t.5\nw\t-\n";
    dyad_tsv t;
    dyad_err err = {0};
    double v = 0;
    assert_int_equal(dyad_tsv_open(&t, "n.tsv", data, sizeof data - 1, &err),
                     DYAD_OK);
    assert_int_equal(dyad_tsv_next(&t, &err), 1);
    assert_int_equal(dyad_tsv_number(&t, 1, -1, 1, &v, &err), DYAD_OK);
    assert_near(v, 0.25, 0);
    assert_int_equal(dyad_tsv_next(&t, &err), 1);
    assert_int_equal(dyad_tsv_number(&t, 1, -9, 9, &v, &err), DYAD_EPARSE);
    assert_int_equal(dyad_tsv_next(&t, &err), 1);
    assert_int_equal(dyad_tsv_number(&t, 1, -9, 9, &v, &err), DYAD_OK);
    assert_near(v, 0.5, 0);
    assert_int_equal(dyad_tsv_next(&t, &err), 1);
    assert_int_equal(dyad_tsv_number(&t, 1, -9, 9, &v, &err), DYAD_EPARSE);
}

/* Appends each file's bytes to the string ctx. */
static int each_cb(void *ctx, const char *path, const char *data, size_t len,
                   dyad_err *err)
{
    (void)path;
    (void)err;
    strncat(ctx, data, len);
    return DYAD_OK;
}

static void test_util_fs_atomic_write_and_read(void **state)
{
    (void)state;
    char dir[] = "/tmp/dyad-unit-dir-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128], other[128];
    snprintf(path, sizeof path, "%s/b.tsv", dir);
    snprintf(other, sizeof other, "%s/a.tsv", dir);
    dyad_err err = {0};
    dyad_atomic *a = dyad_atomic_open(path, &err);
    assert_non_null(a);
    fputs("second\n", dyad_atomic_file(a));
    assert_int_equal(dyad_atomic_commit(a, &err), DYAD_OK);
    a = dyad_atomic_open(other, &err);
    fputs("first\n", dyad_atomic_file(a));
    assert_int_equal(dyad_atomic_commit(a, &err), DYAD_OK);
    /* an aborted write leaves the old file */
    a = dyad_atomic_open(path, &err);
    fputs("lost\n", dyad_atomic_file(a));
    dyad_atomic_abort(a);
    dyad_buf b = {0};
    assert_int_equal(dyad_read_file(path, &b, &err), DYAD_OK);
    assert_string_equal(b.data, "second\n");
    dyad_buf_free(&b);
    /* files are visited in name order */
    char seen[64] = "";
    assert_int_equal(dyad_each_file(dir, ".tsv", each_cb, seen, &err), DYAD_OK);
    assert_string_equal(seen, "first\nsecond\n");
    assert_int_equal(dyad_read_file("/tmp/dyad-unit-none/x", &b, &err),
                     DYAD_ENOENT);
    assert_int_equal(dyad_each_file("/tmp/dyad-unit-none", ".tsv", each_cb,
                                    seen, &err),
                     DYAD_ENOENT);
    unlink(path);
    unlink(other);
    assert_int_equal(rmdir(dir), 0);   /* no temporary file left behind */
}

/* --- allocation failure: every path fails cleanly with DYAD_ENOMEM --- */

static const char lex_tsv[] =
    "term\tvalence\n"
    "alpha\t1\nbeta\t-1\ngamma\t2\ndelta\t-2\nepsilon\t0.5\nzeta\t1.5\n"
    "eta\t-0.5\ntheta\t3\niota\t-3\nkappa\t1\nlambda\t1\nmu\t1\nnu\t1\n"
    "xi\t1\nomicron\t1\npi\t1\nrho\t1\nsigma\t1\ntau\t1\nupsilon\t1\n"
    "phi\t1\nchi\t1\npsi\t1\nomega\t1\nfed up\t-1.8\nwarn*\t-1\n"
    "a b c\t1\nd e f\t1\ng h i\t1\nj k l\t1\nm n o\t1\np q r\t1\n";

static void test_util_alloc_failure_lex_load(void **state)
{
    (void)state;
    int ok = 0;
    for (long n = 0; n < 100000 && !ok; n++) {
        dyad_err err = {0};
        dyad_alloc_fail_after(n);
        dyad_lex *lx = dyad_lex_new();
        int rc = lx ? dyad_lex_load_data(lx, "v.tsv", lex_tsv,
                                         sizeof lex_tsv - 1, &err)
                    : DYAD_ENOMEM;
        dyad_alloc_fail_after(-1);
        if (rc == DYAD_OK) {
            assert_int_equal(dyad_lex_count(lx, DYAD_LEX_VALENCE), 32);
            assert_true(n > 10);   /* the failures came on the way */
            ok = 1;
        } else if (rc != DYAD_ENOMEM) {
            fail_msg("fail after %ld: rc %d (%s)", n, rc, err.msg);
        } else if (lx) {
            assert_int_equal(err.code, DYAD_ENOMEM);
        }
        dyad_lex_free(lx);
    }
    assert_true(ok);
}

static const char gaz_tsv[] =
    "code\tkind\talias\tfrom\tto\trule\tnote\n"
    "JPN\tname\tJapan\t\t\t\t\nJPN\tdemonym\tJapanese\t\t\t\t\n"
    "USA\tname\tUnited States\t\t\t\t\nUSA\tshort\tU.S.\t\t\t\t\n"
    "USA\tcode\tUS\t\t\t\t\nCHN\tname\tChina\t\t\tnoun\t\n"
    "JPN\tholder\tTakaichi\t2025-10-21\t\t\tPM\n";

static void test_util_alloc_failure_actors_load(void **state)
{
    (void)state;
    int ok = 0;
    for (long n = 0; n < 100000 && !ok; n++) {
        dyad_err err = {0};
        dyad_alloc_fail_after(n);
        dyad_actors *ga = dyad_actors_new();
        int rc = ga ? dyad_actors_load_data(ga, "g.tsv", gaz_tsv,
                                            sizeof gaz_tsv - 1, &err)
                    : DYAD_ENOMEM;
        dyad_alloc_fail_after(-1);
        if (rc == DYAD_OK) {
            assert_int_equal(dyad_actors_ncodes(ga), 3);
            assert_true(n > 10);
            ok = 1;
        } else if (rc != DYAD_ENOMEM) {
            fail_msg("fail after %ld: rc %d (%s)", n, rc, err.msg);
        }
        dyad_actors_free(ga);
    }
    assert_true(ok);
}

/* Reads path to the end with allocations failing after n; returns the
 * good records read, or -1 when an allocation failed (cleanly). */
static int read_all_failing_after(const char *path, long n)
{
    dyad_err err = {0};
    dyad_ingest_opts o = {0};
    o.now = 1800000000;
    dyad_alloc_fail_after(n);
    dyad_reader *r = dyad_reader_open(path, &o, &err);
    if (!r) {
        dyad_alloc_fail_after(-1);
        assert_int_equal(err.code, DYAD_ENOMEM);
        return -1;
    }
    dyad_article a;
    int rc, good = 0;
    while ((rc = dyad_reader_next(r, &a, &err)) != 0) {
        if (rc == 1) {
            good++;
        } else if (rc == DYAD_ENOMEM) {
            break;
        } else if (rc != DYAD_EPARSE) {
            dyad_alloc_fail_after(-1);
            fail_msg("fail after %ld: rc %d (%s)", n, rc, err.msg);
        }
    }
    dyad_alloc_fail_after(-1);
    dyad_reader_close(r);
    return rc == DYAD_ENOMEM ? -1 : good;
}

static void alloc_failure_loop(const char *data, int want_good)
{
    char path[64];
    unit_temp_str(data, path);
    int good = -1;
    long n;
    for (n = 0; n < 100000 && good < 0; n++)
        good = read_all_failing_after(path, n);
    assert_int_equal(good, want_good);
    assert_true(n > 5);   /* allocations did fail on the way */
    unlink(path);
}

static void test_util_alloc_failure_reader_jsonl(void **state)
{
    (void)state;
    alloc_failure_loop(
        "{\"id\":\"a\",\"date\":\"2025-01-01\",\"title\":\"T\",\"text\":\"One "
        "text.\"}\n"
        "{\"date\":\"2025-01-01\",\"title\":\"Caf\xe9\",\"text\":\"caf\xe9 "
        "repaired\"}\n"
        "not json\n"
        "{\"date\":1700000000,\"body\":\"Generated id.\"}\n",
        3);
}

static void test_util_alloc_failure_reader_array(void **state)
{
    (void)state;
    alloc_failure_loop(
        "[{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"One.\"},\n"
        " {\"date\":\"2025-01-01\",\"text\":\"Two with a longer text that "
        "makes the record buffer grow more than once, and then some more "
        "text to be sure it does grow past the first sizes.\"}, 5]\n",
        2);
}

static void test_util_alloc_failure_text_and_score(void **state)
{
    (void)state;
    dyad_err err = {0};
    dyad_lex *lx = dyad_lex_new();
    dyad_actors *ga = dyad_actors_new();
    assert_int_equal(dyad_lex_load_data(lx, "v.tsv", lex_tsv,
                                        sizeof lex_tsv - 1, &err),
                     DYAD_OK);
    const char tension[] = "term\tweight\tquad\tmode\n"
                           "warn*\t-4\tverbal_conflict\tthreat\n";
    assert_int_equal(dyad_lex_load_data(lx, "t.tsv", tension,
                                        sizeof tension - 1, &err),
                     DYAD_OK);
    assert_int_equal(dyad_actors_load_data(ga, "g.tsv", gaz_tsv,
                                           sizeof gaz_tsv - 1, &err),
                     DYAD_OK);
    dyad_scorer *sc = dyad_scorer_new(lx, ga, NULL, &err);
    assert_non_null(sc);
    static const char text[] =
        "Japan warned China. The U.S. and Japan were alpha and beta.\n\n"
        "Takaichi said gamma! China, Japan and the United States: delta.";
    dyad_article a;
    memset(&a, 0, sizeof a);
    a.id = "x";
    /* a title as scraped sets write it (a bytes literal, an entity) */
    a.title = "b'Japan &amp; China met.'";
    a.text = text;
    a.text_len = sizeof text - 1;
    assert_int_equal(dyad_date_parse("2026-01-01", 10, &a.date, &err), DYAD_OK);
    dyad_date_iso(a.date.day, a.date_iso);
    int ok = 0;
    for (long n = 0; n < 100000 && !ok; n++) {
        dyad_alloc_fail_after(n);
        dyad_score_ctx *cx = dyad_score_ctx_new();
        int rc = DYAD_ENOMEM;
        dyad_buf out = {0};
        if (cx) {
            rc = dyad_score_article(cx, sc, &a, &err);
            if (rc == DYAD_OK)
                rc = dyad_score_json(cx, &out);
            if (rc == DYAD_OK)
                rc = dyad_score_explain(cx, 1, &out);
        }
        dyad_alloc_fail_after(-1);
        if (rc == DYAD_OK) {
            ok = 1;
            assert_true(n > 10);
            assert_int_equal(dyad_score_result(cx)->npairs, 3);
            assert_non_null(strstr(out.data, "\"pair\":\"CHN-JPN\""));
        } else if (rc != DYAD_ENOMEM) {
            fail_msg("fail after %ld: rc %d (%s)", n, rc, err.msg);
        }
        dyad_buf_free(&out);
        dyad_score_ctx_free(cx);
    }
    assert_true(ok);
    /* a text with no capital, read in capitals */
    static const char lower[] = "japan warned china.";
    dyad_article b = a;
    b.title = "";
    b.text = lower;
    b.text_len = sizeof lower - 1;
    ok = 0;
    for (long n = 0; n < 100000 && !ok; n++) {
        dyad_alloc_fail_after(n);
        dyad_score_ctx *cx = dyad_score_ctx_new();
        int rc = cx ? dyad_score_article(cx, sc, &b, &err) : DYAD_ENOMEM;
        dyad_alloc_fail_after(-1);
        if (rc == DYAD_OK) {
            ok = 1;
            assert_int_equal(dyad_score_result(cx)->npairs, 1);
        } else if (rc != DYAD_ENOMEM) {
            fail_msg("fail after %ld: rc %d (%s)", n, rc, err.msg);
        }
        dyad_score_ctx_free(cx);
    }
    assert_true(ok);
    /* the text analyser alone */
    ok = 0;
    for (long n = 0; n < 1000 && !ok; n++) {
        dyad_doc d;
        dyad_doc_init(&d);
        dyad_alloc_fail_after(n);
        int rc = dyad_text_analyse(&d, text, sizeof text - 1, 0, &err);
        dyad_alloc_fail_after(-1);
        if (rc == DYAD_OK) {
            ok = 1;
            assert_true(n > 2);
            assert_int_equal(d.nsent, 4);
        } else {
            assert_int_equal(rc, DYAD_ENOMEM);
            assert_int_equal(d.nsent, 0);
        }
        dyad_doc_free(&d);
    }
    assert_true(ok);
    dyad_scorer_free(sc);
    dyad_actors_free(ga);
    dyad_lex_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_util_buf_append_and_printf),
        cmocka_unit_test(test_util_buf_num_formats),
        cmocka_unit_test(test_util_buf_num_matches_printf),
        cmocka_unit_test(test_util_uint_fmt),
        cmocka_unit_test(test_util_buf_num_ties),
        cmocka_unit_test(test_util_buf_num_no_negative_zero),
        cmocka_unit_test(test_util_buf_num_ignores_locale),
        cmocka_unit_test(test_util_buf_json_str_escapes),
        cmocka_unit_test(test_util_buf_json_simd_and_scalar),
        cmocka_unit_test(test_util_err_set_and_format),
        cmocka_unit_test(test_util_utf8_decode_valid),
        cmocka_unit_test(test_util_utf8_decode_rejects_invalid),
        cmocka_unit_test(test_util_utf8_encode_round_trip),
        cmocka_unit_test(test_util_utf8_counts),
        cmocka_unit_test(test_util_utf8_repair),
        cmocka_unit_test(test_util_utf8_bytes_literal),
        cmocka_unit_test(test_util_html_entities),
        cmocka_unit_test(test_util_utf8_repair_refuses_binary),
        cmocka_unit_test(test_util_alloc_helpers),
        cmocka_unit_test(test_util_alloc_fail_after),
        cmocka_unit_test(test_util_hash),
        cmocka_unit_test(test_util_tsv_reading),
        cmocka_unit_test(test_util_embedded_lines_as_tsv_counts),
        cmocka_unit_test(test_util_tsv_number_is_locale_free),
        cmocka_unit_test(test_util_fs_atomic_write_and_read),
        cmocka_unit_test(test_util_alloc_failure_lex_load),
        cmocka_unit_test(test_util_alloc_failure_actors_load),
        cmocka_unit_test(test_util_alloc_failure_reader_jsonl),
        cmocka_unit_test(test_util_alloc_failure_reader_array),
        cmocka_unit_test(test_util_alloc_failure_text_and_score),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
