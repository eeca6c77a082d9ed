/* test_export.c - CSV, JSON and JSON Lines tables (dyad/export.h).
 *
 * CSV output is read back with a strict RFC 4180 reader written here
 * (quoted fields, doubled quotes, CRLF records; a bare quote in an
 * unquoted field, a lone CR or LF, or a last record without CRLF is an
 * error), so that a writer that is merely "lenient-reader compatible"
 * fails. */
#include "dyad/export.h"

#include <locale.h>

#include <cjson/cJSON.h>

#include "unit.h"
#include "util/alloc.h"

/* --- a strict RFC 4180 reader --- */

#define CSV_MAXREC 4096
#define CSV_MAXF 16

typedef struct csv_doc {
    size_t nrec;
    size_t nf[CSV_MAXREC];
    char *f[CSV_MAXREC][CSV_MAXF];
    int quoted[CSV_MAXREC][CSV_MAXF];
    char why[160];
} csv_doc;

static int csv_fail(csv_doc *d, size_t at, const char *why)
{
    snprintf(d->why, sizeof d->why, "byte %zu: %s", at, why);
    return -1;
}

static void csv_free(csv_doc *d)
{
    for (size_t r = 0; r < d->nrec; r++)
        for (size_t k = 0; k < d->nf[r]; k++)
            free(d->f[r][k]);
    free(d);
}

static int csv_fields(const char *s, size_t len, csv_doc *d, char *v);

/* Parses len bytes into a new doc (*out, freed with csv_free also on
 * error). 0, or -1 with the reason in (*out)->why. */
static int csv_parse(const char *s, size_t len, csv_doc **out)
{
    csv_doc *d = calloc(1, sizeof *d);
    char *v = malloc(len + 1);   /* the field being read */
    assert_non_null(d);
    assert_non_null(v);
    *out = d;
    int rc = csv_fields(s, len, d, v);
    free(v);
    return rc;
}

static int csv_fields(const char *s, size_t len, csv_doc *d, char *v)
{
    size_t i = 0;
    while (i < len) {
        if (d->nrec == CSV_MAXREC)
            return csv_fail(d, i, "too many records");
        size_t r = d->nrec++;
        for (;;) {
            if (d->nf[r] == CSV_MAXF)
                return csv_fail(d, i, "too many fields");
            size_t k = d->nf[r]++;
            size_t n = 0;
            if (i < len && s[i] == '"') {
                d->quoted[r][k] = 1;
                i++;
                for (;;) {
                    if (i >= len)
                        return csv_fail(d, i, "quoted field not closed");
                    if (s[i] == '"') {
                        if (i + 1 < len && s[i + 1] == '"') {
                            v[n++] = '"';
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    v[n++] = s[i++];
                }
            } else {
                while (i < len && s[i] != ',' && s[i] != '\r') {
                    if (s[i] == '"')
                        return csv_fail(d, i, "quote in an unquoted field");
                    if (s[i] == '\n')
                        return csv_fail(d, i, "LF without CR");
                    v[n++] = s[i++];
                }
            }
            v[n] = '\0';
            d->f[r][k] = strdup(v);
            assert_non_null(d->f[r][k]);
            if (i >= len)
                return csv_fail(d, i, "last record does not end with CRLF");
            if (s[i] == ',') {
                i++;
                continue;
            }
            if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') {
                i += 2;
                break;
            }
            return csv_fail(d, i, s[i] == '\r' ? "CR without LF"
                                               : "text after a closing quote");
        }
    }
    return 0;
}

/* Parses and fails the test when the bytes are not strict RFC 4180. */
static csv_doc *csv_must_parse(const char *s, size_t len)
{
    csv_doc *d;
    if (csv_parse(s, len, &d) != 0) {
        char why[160];
        snprintf(why, sizeof why, "%s", d->why);
        csv_free(d);
        fail_msg("not RFC 4180: %s", why);
    }
    return d;
}

static int csv_rejects(const char *s)
{
    csv_doc *d;
    int rc = csv_parse(s, strlen(s), &d);
    csv_free(d);
    return rc != 0;
}

/* --- writing tables to memory --- */

typedef struct out {
    char *data;
    size_t len;
} out;

static out write_table(int format, int bom, const char *const *cols,
                       size_t ncols, const dyad_cell *cells, size_t nrows,
                       const char *const *head, size_t nhead)
{
    out o = {NULL, 0};
    FILE *f = open_memstream(&o.data, &o.len);
    assert_non_null(f);
    dyad_err err = {0};
    dyad_table *t =
        dyad_table_begin(f, format, bom, cols, ncols, head, nhead, &err);
    if (!t)
        fail_msg("dyad_table_begin: %s", err.msg);
    for (size_t r = 0; r < nrows; r++)
        if (dyad_table_row(t, cells + r * ncols, &err) != DYAD_OK)
            fail_msg("dyad_table_row %zu: %s", r, err.msg);
    if (dyad_table_end(t, &err) != DYAD_OK)
        fail_msg("dyad_table_end: %s", err.msg);
    assert_int_equal(fclose(f), 0);
    return o;
}

static void assert_bytes(const out *o, const char *expected)
{
    if (o->len != strlen(expected) || memcmp(o->data, expected, o->len) != 0)
        fail_msg("wrote\n%.*s\nexpected\n%s", (int)o->len, o->data, expected);
}

/* --- the reader itself --- */

static void test_export_reader_is_strict(void **state)
{
    (void)state;
    /* what it must accept */
    csv_doc *d = csv_must_parse("a,\"b,\"\"c\"\"\r\nd\",\r\n\"\",x\r\n", 23);
    assert_int_equal(d->nrec, 2);
    assert_int_equal(d->nf[0], 3);
    assert_string_equal(d->f[0][0], "a");
    assert_string_equal(d->f[0][1], "b,\"c\"\r\nd");
    assert_true(d->quoted[0][1]);
    assert_string_equal(d->f[0][2], "");
    assert_string_equal(d->f[1][0], "");
    assert_true(d->quoted[1][0]);
    assert_string_equal(d->f[1][1], "x");
    csv_free(d);
    /* and what it must not */
    assert_true(csv_rejects("a\"b\r\n"));        /* bare quote */
    assert_true(csv_rejects("a,b\n"));           /* LF line end */
    assert_true(csv_rejects("a,b\r"));           /* CR alone */
    assert_true(csv_rejects("a\rb\r\n"));        /* CR inside unquoted */
    assert_true(csv_rejects("\"a\"b\r\n"));      /* text after the quote */
    assert_true(csv_rejects("\"a\r\n"));         /* unclosed quote */
    assert_true(csv_rejects("a,b"));             /* no CRLF at the end */
    assert_false(csv_rejects("a,b\r\n"));
}

/* --- CSV --- */

static void test_export_csv_round_trips_awkward_text(void **state)
{
    (void)state;
    static const char *const cols[] = {"id", "name, \"quoted\"", "n"};
    static const char *const texts[] = {
        "plain",
        "a,b",
        "say \"hi\"",
        "\"",
        ",",
        "line1\r\nline2",
        "bare\nLF",
        "bare\rCR",
        "trailing CR\r",
        "Z\xc3\xbcrich, \xe6\x9d\xb1\xe4\xba\xac \xe2\x80\x94 ok",
        "",
        "a=b",   /* '=' not first: no guard */
        " =x",   /* neither */
    };
    enum { N = sizeof texts / sizeof texts[0] };
    dyad_cell cells[N * 3];
    char ids[N][8];
    for (size_t r = 0; r < N; r++) {
        snprintf(ids[r], sizeof ids[r], "r%zu", r);
        cells[3 * r] = DYAD_TEXT(ids[r]);
        cells[3 * r + 1] = DYAD_TEXT(texts[r]);
        cells[3 * r + 2] = DYAD_INT((int64_t)r * 1000);
    }
    out o = write_table(DYAD_FMT_CSV, 0, cols, 3, cells, N, NULL, 0);
    csv_doc *d = csv_must_parse(o.data, o.len);
    assert_int_equal(d->nrec, N + 1);
    for (size_t r = 0; r <= N; r++)
        assert_int_equal(d->nf[r], 3);
    for (size_t k = 0; k < 3; k++)
        assert_string_equal(d->f[0][k], cols[k]);
    for (size_t r = 0; r < N; r++) {
        char n[32];
        snprintf(n, sizeof n, "%zu", r * 1000);
        assert_string_equal(d->f[r + 1][0], ids[r]);
        assert_string_equal(d->f[r + 1][1], texts[r]);
        assert_string_equal(d->f[r + 1][2], n);
        assert_false(d->quoted[r + 1][2]);   /* numbers are bare */
    }
    /* a field needing no quotes is not quoted */
    assert_false(d->quoted[1][1]);
    assert_true(d->quoted[2][1]);
    csv_free(d);
    free(o.data);
}

static void test_export_csv_guards_formulas(void **state)
{
    (void)state;
    static const char *const cols[] = {"text", "num", "int"};
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
        {"=1+1", "'=1+1"},
        {"+1", "'+1"},
        {"-2", "'-2"},
        {"-3.5", "'-3.5"},   /* text, even when it looks like a number */
        {"@SUM(A1:A2)", "'@SUM(A1:A2)"},
        {"\t=1", "'\t=1"},
        {"\r=1", "'\r=1"},
        {"'already", "'already"},
        {"x=1", "x=1"},
    };
    enum { N = sizeof cases / sizeof cases[0] };
    dyad_cell cells[N * 3];
    for (size_t r = 0; r < N; r++) {
        cells[3 * r] = DYAD_TEXT(cases[r].in);
        cells[3 * r + 1] = DYAD_NUM(-3.5, 6);
        cells[3 * r + 2] = DYAD_INT(-7);
    }
    out o = write_table(DYAD_FMT_CSV, 0, cols, 3, cells, N, NULL, 0);
    csv_doc *d = csv_must_parse(o.data, o.len);
    assert_int_equal(d->nrec, N + 1);
    for (size_t r = 0; r < N; r++) {
        assert_string_equal(d->f[r + 1][0], cases[r].out);
        assert_string_equal(d->f[r + 1][1], "-3.5");   /* a number */
        assert_string_equal(d->f[r + 1][2], "-7");
    }
    /* the quotes of the formula are doubled inside a quoted field */
    assert_non_null(strstr(o.data, "\"'=HYPERLINK(\"\"http://x\"\","
                                   "\"\"y\"\")\",-3.5,-7\r\n"));
    csv_free(d);
    free(o.data);

    dyad_buf b = {0};
    assert_int_equal(dyad_csv_text(&b, "-1,5", 4), DYAD_OK);
    assert_string_equal(b.data, "\"'-1,5\"");
    dyad_buf_clear(&b);
    assert_int_equal(dyad_csv_text(&b, "=x\0=y", 2), DYAD_OK);   /* len */
    assert_string_equal(b.data, "'=x");
    dyad_buf_clear(&b);
    assert_int_equal(dyad_csv_text(&b, "", 0), DYAD_OK);
    assert_int_equal(b.len, 0);
    /* a NUL first byte is no formula (strchr finds the terminator) */
    assert_int_equal(dyad_csv_text(&b, "\0x", 2), DYAD_OK);
    assert_int_equal(b.len, 2);
    assert_int_equal(b.data[0], '\0');
    dyad_buf_free(&b);
}

static void test_export_csv_empty_cells(void **state)
{
    (void)state;
    static const char *const cols[] = {"a", "b", "c", "d"};
    dyad_cell cells[] = {DYAD_TEXT("x"), DYAD_EMPTY, DYAD_NUM(NAN, 6),
                         DYAD_NUM(INFINITY, 6)};
    out o = write_table(DYAD_FMT_CSV, 0, cols, 4, cells, 1, NULL, 0);
    assert_bytes(&o, "a,b,c,d\r\nx,,,\r\n");
    free(o.data);
}

static void test_export_csv_numbers(void **state)
{
    (void)state;
    static const char *const cols[] = {"a", "b", "c", "d", "e", "f"};
    dyad_cell cells[] = {DYAD_NUM(0.1234567, 4), DYAD_NUM(2.5, 6),
                         DYAD_NUM(-0.0, 6),      DYAD_NUM(1e6, 0),
                         DYAD_INT(INT64_MIN),    DYAD_INT(INT64_MAX)};
    out o = write_table(DYAD_FMT_CSV, 0, cols, 6, cells, 1, NULL, 0);
    assert_bytes(&o, "a,b,c,d,e,f\r\n0.1235,2.5,0,1000000,"
                     "-9223372036854775808,9223372036854775807\r\n");
    free(o.data);
}

static void test_export_csv_large_table_flushes_in_between(void **state)
{
    (void)state;
    /* more than the 64 KiB the writer buffers: rows reach the FILE on the
     * way and none is lost or cut */
    static const char *const cols[] = {"i", "text"};
    enum { N = 3000 };
    char text[64];
    memset(text, 'x', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    text[10] = ',';
    dyad_cell *cells = calloc(2 * N, sizeof *cells);
    assert_non_null(cells);
    for (size_t r = 0; r < N; r++) {
        cells[2 * r] = DYAD_INT(r);
        cells[2 * r + 1] = DYAD_TEXT(text);
    }
    out o = write_table(DYAD_FMT_CSV, 0, cols, 2, cells, N, NULL, 0);
    assert_true(o.len > 1 << 17);
    csv_doc *d = csv_must_parse(o.data, o.len);
    assert_int_equal(d->nrec, N + 1);
    for (size_t r = 0; r < N; r += 97) {
        char n[16];
        snprintf(n, sizeof n, "%zu", r);
        assert_string_equal(d->f[r + 1][0], n);
        assert_string_equal(d->f[r + 1][1], text);
    }
    assert_string_equal(d->f[N][0], "2999");
    csv_free(d);
    free(cells);
    free(o.data);
}

static void test_export_bom_only_when_asked_and_only_csv(void **state)
{
    (void)state;
    static const char *const cols[] = {"a"};
    static const char *const head[] = {"pair", "X"};
    dyad_cell cells[] = {DYAD_INT(1)};
    out o = write_table(DYAD_FMT_CSV, 1, cols, 1, cells, 1, head, 1);
    assert_bytes(&o, "\xef\xbb\xbf" "a\r\n1\r\n");
    free(o.data);
    o = write_table(DYAD_FMT_CSV, 0, cols, 1, cells, 1, head, 1);
    assert_bytes(&o, "a\r\n1\r\n");
    free(o.data);
    o = write_table(DYAD_FMT_JSON, 1, cols, 1, cells, 1, head, 1);
    assert_bytes(&o, "{\"pair\":\"X\",\"rows\":[{\"a\":1}]}\n");
    free(o.data);
    o = write_table(DYAD_FMT_JSONL, 1, cols, 1, cells, 1, head, 1);
    assert_bytes(&o, "{\"a\":1}\n");
    free(o.data);
}

/* Writes the same cells with the C locale and with a decimal-comma one;
 * the bytes must not change. */
static void test_export_numbers_ignore_locale(void **state)
{
    (void)state;
    static const char *const cols[] = {"t", "a", "b", "c", "d", "p"};
    dyad_cell cells[] = {DYAD_TEXT("x"), DYAD_NUM(1234.5678, 2),
                         DYAD_NUM(-0.125, 3), DYAD_NUM(0.5, 6),
                         DYAD_INT(1234567), DYAD_PVAL(0.0321)};
    static const char *const head[] = {"pair", "CHN-JPN"};
    out c_csv = write_table(DYAD_FMT_CSV, 0, cols, 6, cells, 1, NULL, 0);
    out c_json = write_table(DYAD_FMT_JSON, 0, cols, 6, cells, 1, head, 1);
    assert_bytes(&c_csv,
                 "t,a,b,c,d,p\r\nx,1234.57,-0.125,0.5,1234567,0.032\r\n");

    char saved[256];
    const char *old = setlocale(LC_ALL, NULL);
    snprintf(saved, sizeof saved, "%s", old ? old : "C");
    if (!setlocale(LC_ALL, "de_DE.UTF-8")) {
        const char *lp = getenv("LOCPATH");
        print_message("skipped: setlocale(LC_ALL, \"de_DE.UTF-8\") failed "
                      "(LOCPATH=%s; localedef missing or de_DE source not "
                      "installed)\n",
                      lp ? lp : "unset");
        free(c_csv.data);
        free(c_json.data);
        skip();
    }
    char probe[16];
    snprintf(probe, sizeof probe, "%.1f", 0.5);
    out l_csv = write_table(DYAD_FMT_CSV, 0, cols, 6, cells, 1, NULL, 0);
    out l_json = write_table(DYAD_FMT_JSON, 0, cols, 6, cells, 1, head, 1);
    setlocale(LC_ALL, saved);
    assert_string_equal(probe, "0,5");   /* the locale was in effect */
    assert_int_equal(l_csv.len, c_csv.len);
    assert_memory_equal(l_csv.data, c_csv.data, c_csv.len);
    assert_int_equal(l_json.len, c_json.len);
    assert_memory_equal(l_json.data, c_json.data, c_json.len);
    free(c_csv.data);
    free(c_json.data);
    free(l_csv.data);
    free(l_json.data);
}

/* p-values: two significant digits, "%.2g" as C writes it; no value is
 * an empty CSV cell and a JSON null, as for any number. */
static void test_export_pvalues(void **state)
{
    (void)state;
    static const char *const cols[] = {"a", "b", "c", "d", "e", "f"};
    dyad_cell cells[] = {DYAD_PVAL(0.0321), DYAD_PVAL(7.3e-11),
                         DYAD_PVAL(1),      DYAD_PVAL(0.00012345),
                         DYAD_PVAL(NAN),    DYAD_PVAL(0.5)};
    out o = write_table(DYAD_FMT_CSV, 0, cols, 6, cells, 1, NULL, 0);
    assert_bytes(&o, "a,b,c,d,e,f\r\n0.032,7.3e-11,1,0.00012,,0.5\r\n");
    free(o.data);
    o = write_table(DYAD_FMT_JSONL, 0, cols, 6, cells, 1, NULL, 0);
    assert_bytes(&o, "{\"a\":0.032,\"b\":7.3e-11,\"c\":1,\"d\":0.00012,"
                     "\"e\":null,\"f\":0.5}\n");
    free(o.data);
}

/* The table format: each column 12 wide (a longer value is not cut, the
 * next column comes after one space), text as it is, numbers as in CSV,
 * "-" for a cell without a value. */
static void test_export_table_format(void **state)
{
    (void)state;
    static const char *const cols[] = {"pair", "value", "n"};
    dyad_cell cells[] = {
        DYAD_TEXT("CHN-JPN"), DYAD_NUM(0.25, 4), DYAD_INT(3),
        DYAD_TEXT("a-much-longer-name"), DYAD_NUM(NAN, 4), DYAD_EMPTY};
    out o = write_table(DYAD_FMT_TABLE, 0, cols, 3, cells, 2, NULL, 0);
    /*           123456789012 123456789012 123456789012 */
    assert_bytes(&o, "pair         value        n           \n"
                     "CHN-JPN      0.25         3           \n"
                     "a-much-longer-name -            -           \n");
    free(o.data);
}

/* --- reading a column back (dyad_csv_read_column) --- */

/* dyad_parse_number on s; fails the test when it refuses s. */
static double parsed(const char *s)
{
    double v = -12345;
    if (dyad_parse_number(s, strlen(s), &v) != 0)
        fail_msg("'%s' refused", s);
    return v;
}

static void test_export_parse_number(void **state)
{
    (void)state;
    assert_near(parsed("0"), 0, 0);
    assert_near(parsed("42"), 42, 0);
    assert_near(parsed("-3.25"), -3.25, 0);
    assert_near(parsed("+.5"), 0.5, 0);
    assert_near(parsed("5."), 5, 0);
    assert_near(parsed("0.1"), 0.1, 0);
    assert_near(parsed("1234.5678"), 1234.5678, 0);
    assert_near(parsed("1e3"), 1000, 0);
    assert_near(parsed("2.5E+2"), 250, 0);
    assert_near(parsed("-1.5e-3"), -0.0015, 1e-18);
    assert_near(parsed(" \t7.5\t "), 7.5, 0);   /* blanks around */
    assert_near(parsed("1e-400"), 0, 0);        /* underflows to 0 */
    /* only len bytes are read */
    double v = 0;
    assert_int_equal(dyad_parse_number("12345", 2, &v), 0);
    assert_near(v, 12, 0);
    static const char *const bad[] = {"",    " ",    "-",   ".",    "e5",
                                      "1e",  "1e+",  "1,5", "1.5x", "0x10",
                                      "1 2", "--1",  "nan", "NaN",  "inf",
                                      "-Infinity", "1e400", "1.2.3"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        v = -12345;
        if (dyad_parse_number(bad[i], strlen(bad[i]), &v) != -1)
            fail_msg("'%s' accepted as %g", bad[i], v);
        assert_near(v, -12345, 0);   /* and *out is left alone */
    }
}

/* Reads column col (labels from tcol, or NULL) of the CSV text s;
 * returns the status, with the result in *c and the error in *err. */
static int read_column(const char *s, const char *col, const char *tcol,
                       dyad_csv_column *c, dyad_err *err)
{
    char path[32];
    unit_temp_str(s, path);
    *err = (dyad_err){0};
    int rc = dyad_csv_read_column(path, col, tcol, c, err);
    unlink(path);
    return rc;
}

static void test_export_csv_read_column(void **state)
{
    (void)state;
    /* a BOM, CRLF and LF records, a quoted header and quoted cells with a
     * doubled quote, a comma and a line break (the line numbers count
     * it), missing values of every kind, a blank line */
    const char *s = "\xef\xbb\xbf" "week,\"n,\"\"x\"\"\",tone\r\n"
                    "\"2026-W01\",1,-0.5\r\n"
                    "2026-W02,2,NA\n"
                    "\"2026\n-W03\",3,\" 1.25 \"\n"
                    "2026-W04,4,nan\n"
                    "2026-W05,5,\n"
                    "\n"
                    "2026-W06,6,NULL\n"
                    "2026-W07,7,#n/a\n"
                    "2026-W08,8,N/A\n"
                    "2026-W09,9,\"2e1\"\n";
    dyad_csv_column c;
    dyad_err err;
    assert_int_equal(read_column(s, "tone", "week", &c, &err), DYAD_OK);
    assert_int_equal(c.n, 3);
    assert_int_equal(c.skipped, 6);
    assert_near(c.v[0], -0.5, 0);
    assert_near(c.v[1], 1.25, 0);
    assert_near(c.v[2], 20, 0);
    assert_string_equal(c.label[0], "2026-W01");
    assert_string_equal(c.label[1], "2026\n-W03");
    assert_string_equal(c.label[2], "2026-W09");
    assert_int_equal(c.line[0], 2);
    assert_int_equal(c.line[1], 4);
    assert_int_equal(c.line[2], 12);
    /* data rows: the missing ones count, the blank line does not */
    assert_int_equal(c.row[0], 0);
    assert_int_equal(c.row[1], 2);
    assert_int_equal(c.row[2], 8);
    dyad_csv_column_free(&c);
    /* the quoted header name, and row numbers for labels */
    assert_int_equal(read_column(s, "n,\"x\"", NULL, &c, &err), DYAD_OK);
    assert_int_equal(c.n, 9);
    assert_int_equal(c.skipped, 0);
    for (size_t i = 0; i < 3; i++)
        assert_near(c.v[i], (double)(i + 1), 0);
    assert_string_equal(c.label[0], "1");
    assert_string_equal(c.label[2], "3");
    assert_string_equal(c.label[5], "6");   /* after the blank line */
    assert_int_equal(c.row[5], 5);
    assert_int_equal(c.line[2], 4);
    assert_int_equal(c.line[3], 6);
    dyad_csv_column_free(&c);
    /* a file of one column: a blank line is a row whose cell is empty
     * (pandas writes a missing value so), counted when a row follows */
    assert_int_equal(read_column("v\n1\n\n3\n\n\n4\n\n\n", "v", NULL, &c,
                                 &err), DYAD_OK);
    assert_int_equal(c.n, 3);
    assert_int_equal(c.skipped, 3);
    assert_int_equal(c.row[1], 2);
    assert_int_equal(c.row[2], 5);
    assert_string_equal(c.label[2], "6");
    dyad_csv_column_free(&c);
    /* no BOM, no line end after the last record */
    assert_int_equal(read_column("a,b\n1,x\n2,y", "a", "b", &c, &err),
                     DYAD_OK);
    assert_int_equal(c.n, 2);
    assert_near(c.v[1], 2, 0);
    assert_string_equal(c.label[0], "x");
    assert_string_equal(c.label[1], "y");
    dyad_csv_column_free(&c);
    /* a lone CR ends a record too */
    assert_int_equal(read_column("a\r1\r2\r", "a", NULL, &c, &err), DYAD_OK);
    assert_int_equal(c.n, 2);
    assert_near(c.v[1], 2, 0);
    assert_int_equal(c.line[1], 3);
    dyad_csv_column_free(&c);
}

/* The errors, each with its code and the line it names. */
static void test_export_csv_read_column_errors(void **state)
{
    (void)state;
    static const struct {
        const char *csv, *col, *tcol, *what;
        int code;
        unsigned long line;
    } cases[] = {
        {"a,b\n1,2\n3,x\n", "b", NULL, "'x' is not a number", DYAD_EPARSE,
         3},
        {"a,b\n1,2\n3,1,5\n4\n", "b", NULL, "has 1 fields", DYAD_EPARSE, 4},
        {"a,b\n1,2\n", "c", NULL, "no column 'c'", DYAD_EINVAL, 1},
        {"a,b\n1,2\n", "a", "t", "no column 't'", DYAD_EINVAL, 1},
        {"a,b\n1,x\"y\n", "a", NULL, "quote inside", DYAD_EPARSE, 2},
        {"a,b\n1,\"x\"y\n", "a", NULL, "after a closing quote",
         DYAD_EPARSE, 2},
        {"a,b\n1,2\n3,\"x\n\n", "a", NULL, "not closed", DYAD_EPARSE, 3},
        {"", "a", NULL, "empty file", DYAD_EPARSE, 1},
        {"\xef\xbb\xbe" "a\n1\n", "a", NULL, "not UTF-8", DYAD_EPARSE, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_csv_column c;
        dyad_err err;
        int rc = read_column(cases[i].csv, cases[i].col, cases[i].tcol, &c,
                             &err);
        if (rc != cases[i].code || err.line != cases[i].line ||
            !strstr(err.msg, cases[i].what))
            fail_msg("case %zu: %d at line %lu: %s", i, rc, err.line,
                     err.msg);
        assert_int_equal(err.code, cases[i].code);
        assert_int_equal(c.n, 0);   /* nothing handed back */
        assert_null(c.v);
    }
    dyad_csv_column c;
    dyad_err err = {0};
    assert_int_equal(dyad_csv_read_column("/nonexistent/x.csv", "a", NULL, &c,
                                          &err),
                     DYAD_ENOENT);
    assert_int_equal(err.code, DYAD_ENOENT);
}

/* --- JSON and JSON Lines --- */

static const char *const series_cols[] = {"period_start", "articles",
                                          "tone_mean", "note"};

/* Two rows: one full, one of empty values. */
static void series_cells(dyad_cell c[8])
{
    c[0] = DYAD_TEXT("2026-01-05");
    c[1] = DYAD_INT(3);
    c[2] = DYAD_NUM(0.25, 6);
    c[3] = DYAD_TEXT("a \"b\"\n=c");
    c[4] = DYAD_TEXT("2026-01-12");
    c[5] = DYAD_INT(0);
    c[6] = DYAD_NUM(NAN, 6);
    c[7] = DYAD_EMPTY;
}

static void test_export_json_document_shape(void **state)
{
    (void)state;
    static const char *const head[] = {"pair", "CHN-JPN", "by", "week"};
    dyad_cell cells[8];
    series_cells(cells);
    out o = write_table(DYAD_FMT_JSON, 0, series_cols, 4, cells, 2, head, 2);
    /* text is JSON-escaped, not formula-guarded: JSON is not a sheet */
    assert_bytes(&o, "{\"pair\":\"CHN-JPN\",\"by\":\"week\",\"rows\":["
                     "{\"period_start\":\"2026-01-05\",\"articles\":3,"
                     "\"tone_mean\":0.25,\"note\":\"a \\\"b\\\"\\n=c\"},"
                     "{\"period_start\":\"2026-01-12\",\"articles\":0,"
                     "\"tone_mean\":null,\"note\":null}]}\n");
    cJSON *doc = cJSON_ParseWithLength(o.data, o.len);
    assert_non_null(doc);
    assert_true(cJSON_IsObject(doc));
    assert_string_equal(cJSON_GetObjectItem(doc, "pair")->valuestring,
                        "CHN-JPN");
    assert_string_equal(cJSON_GetObjectItem(doc, "by")->valuestring, "week");
    cJSON *rows = cJSON_GetObjectItem(doc, "rows");
    assert_true(cJSON_IsArray(rows));
    assert_int_equal(cJSON_GetArraySize(rows), 2);
    cJSON *r0 = cJSON_GetArrayItem(rows, 0), *r1 = cJSON_GetArrayItem(rows, 1);
    assert_true(cJSON_IsNumber(cJSON_GetObjectItem(r0, "articles")));
    assert_near(cJSON_GetObjectItem(r0, "tone_mean")->valuedouble, 0.25, 0);
    assert_string_equal(cJSON_GetObjectItem(r0, "note")->valuestring,
                        "a \"b\"\n=c");
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(r1, "tone_mean")));
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(r1, "note")));
    cJSON_Delete(doc);
    free(o.data);
}

static void test_export_json_without_rows_or_head(void **state)
{
    (void)state;
    static const char *const head[] = {"pair", "X", "by", "week"};
    out o = write_table(DYAD_FMT_JSON, 0, series_cols, 4, NULL, 0, head, 2);
    assert_bytes(&o, "{\"pair\":\"X\",\"by\":\"week\",\"rows\":[]}\n");
    free(o.data);
    o = write_table(DYAD_FMT_JSON, 0, series_cols, 4, NULL, 0, NULL, 0);
    assert_bytes(&o, "{\"rows\":[]}\n");
    free(o.data);
    o = write_table(DYAD_FMT_JSONL, 0, series_cols, 4, NULL, 0, head, 2);
    assert_int_equal(o.len, 0);   /* no header line in JSON Lines */
    free(o.data);
    o = write_table(DYAD_FMT_CSV, 0, series_cols, 4, NULL, 0, head, 2);
    assert_bytes(&o, "period_start,articles,tone_mean,note\r\n");
    free(o.data);
}

static void test_export_jsonl_one_object_per_line(void **state)
{
    (void)state;
    static const char *const head[] = {"pair", "X"};
    dyad_cell cells[8];
    series_cells(cells);
    out o = write_table(DYAD_FMT_JSONL, 0, series_cols, 4, cells, 2, head, 1);
    assert_bytes(&o, "{\"period_start\":\"2026-01-05\",\"articles\":3,"
                     "\"tone_mean\":0.25,\"note\":\"a \\\"b\\\"\\n=c\"}\n"
                     "{\"period_start\":\"2026-01-12\",\"articles\":0,"
                     "\"tone_mean\":null,\"note\":null}\n");
    /* each line is a JSON object on its own */
    size_t lines = 0;
    char *end = o.data + o.len, *nl;
    for (char *p = o.data; (nl = memchr(p, '\n', (size_t)(end - p)));
         p = nl + 1) {
        cJSON *obj = cJSON_ParseWithLength(p, (size_t)(nl - p));
        assert_true(cJSON_IsObject(obj));
        assert_int_equal(cJSON_GetArraySize(obj), 4);
        cJSON_Delete(obj);
        lines++;
    }
    assert_int_equal(lines, 2);
    free(o.data);
}

static void test_export_format_parse(void **state)
{
    (void)state;
    assert_int_equal(dyad_format_parse("csv"), DYAD_FMT_CSV);
    assert_int_equal(dyad_format_parse("json"), DYAD_FMT_JSON);
    assert_int_equal(dyad_format_parse("jsonl"), DYAD_FMT_JSONL);
    assert_int_equal(dyad_format_parse("JSON"), -1);
    assert_int_equal(dyad_format_parse("tsv"), -1);
    assert_int_equal(dyad_format_parse(""), -1);
}

/* --- errors --- */

static void test_export_write_error_is_reported(void **state)
{
    (void)state;
    FILE *f = fopen("/dev/full", "w");
    if (!f)
        skip();   /* no /dev/full here */
    static const char *const cols[] = {"a"};
    dyad_err err = {0};
    dyad_table *t = dyad_table_begin(f, DYAD_FMT_CSV, 0, cols, 1, NULL, 0,
                                     &err);
    assert_non_null(t);
    dyad_cell c[] = {DYAD_TEXT("x")};
    assert_int_equal(dyad_table_row(t, c, &err), DYAD_OK);   /* buffered */
    assert_int_equal(dyad_table_end(t, &err), DYAD_EIO);
    assert_int_equal(err.code, DYAD_EIO);
    assert_non_null(strstr(err.msg, "cannot write"));
    fclose(f);
}

static void test_export_alloc_failure(void **state)
{
    (void)state;
    static const char *const cols[] = {"a", "b"};
    static const char *const head[] = {"pair", "X"};
    dyad_cell cells[] = {DYAD_TEXT("x,\"y\""), DYAD_NUM(1.5, 2)};
    for (int format = 0; format < 3; format++) {
        int ok = 0;
        long failures = 0;
        for (long n = 0; n < 1000 && !ok; n++) {
            char *data = NULL;
            size_t len = 0;
            FILE *f = open_memstream(&data, &len);
            assert_non_null(f);
            dyad_err err = {0};
            dyad_alloc_fail_after(n);
            dyad_table *t =
                dyad_table_begin(f, format, 1, cols, 2, head, 1, &err);
            int rc = t ? DYAD_OK : err.code;
            for (int r = 0; r < 3 && t && rc == DYAD_OK; r++)
                rc = dyad_table_row(t, cells, &err);
            if (t) {
                int end = dyad_table_end(t, &err);
                rc = rc ? rc : end;
            }
            dyad_alloc_fail_after(-1);
            fclose(f);
            if (rc == DYAD_OK) {
                ok = 1;
                assert_non_null(strstr(data, "1.5"));
            } else {
                assert_int_equal(rc, DYAD_ENOMEM);
                assert_int_equal(err.code, DYAD_ENOMEM);
                failures++;
            }
            free(data);
        }
        assert_true(ok);
        assert_true(failures > 0);   /* the failures came on the way */
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_export_reader_is_strict),
        cmocka_unit_test(test_export_csv_round_trips_awkward_text),
        cmocka_unit_test(test_export_csv_guards_formulas),
        cmocka_unit_test(test_export_csv_empty_cells),
        cmocka_unit_test(test_export_csv_numbers),
        cmocka_unit_test(test_export_csv_large_table_flushes_in_between),
        cmocka_unit_test(test_export_bom_only_when_asked_and_only_csv),
        cmocka_unit_test(test_export_numbers_ignore_locale),
        cmocka_unit_test(test_export_pvalues),
        cmocka_unit_test(test_export_table_format),
        cmocka_unit_test(test_export_parse_number),
        cmocka_unit_test(test_export_csv_read_column),
        cmocka_unit_test(test_export_csv_read_column_errors),
        cmocka_unit_test(test_export_json_document_shape),
        cmocka_unit_test(test_export_json_without_rows_or_head),
        cmocka_unit_test(test_export_jsonl_one_object_per_line),
        cmocka_unit_test(test_export_format_parse),
        cmocka_unit_test(test_export_write_error_is_reported),
        cmocka_unit_test(test_export_alloc_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
