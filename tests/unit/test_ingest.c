/* test_ingest.c - reading articles from JSONL, JSON arrays and .gz
 * (dyad/ingest.h). Inputs are written to temporary files. */
#include "dyad/ingest.h"
#include "dyad/score.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <zlib.h>

#include "unit.h"

/* 2025-06-01T00:00:00Z: "now" for the tests, so dates do not age. */
#define NOW 1748736000

typedef struct {
    char path[64];
    dyad_reader *r;
    dyad_article a;
    dyad_err err;
} rd;

static void open_data(rd *t, const char *data, size_t len,
                      const dyad_ingest_opts *opts)
{
    dyad_ingest_opts o = {0};
    if (opts)
        o = *opts;
    if (!o.now)
        o.now = NOW;
    memset(t, 0, sizeof *t);
    unit_temp_file(data, len, t->path);
    t->r = dyad_reader_open(t->path, &o, &t->err);
    assert_non_null(t->r);
}

static void open_str(rd *t, const char *data, const dyad_ingest_opts *opts)
{
    open_data(t, data, strlen(data), opts);
}

static int next(rd *t)
{
    memset(&t->err, 0, sizeof t->err);
    return dyad_reader_next(t->r, &t->a, &t->err);
}

static void close_rd(rd *t)
{
    dyad_reader_close(t->r);
    unlink(t->path);
}

/* Expects the next record to be rejected with a message containing what,
 * at line `line`. */
static void expect_reject(rd *t, unsigned long line, const char *what)
{
    int rc = next(t);
    if (rc != DYAD_EPARSE)
        fail_msg("rc %d, expected DYAD_EPARSE (%s)", rc, what);
    assert_int_equal(t->err.code, DYAD_EPARSE);
    assert_int_equal(t->err.line, line);
    assert_string_equal(t->err.src, t->path);
    if (!strstr(t->err.msg, what))
        fail_msg("message '%s' does not mention '%s'", t->err.msg, what);
}

/* One line of input must be rejected with a message containing what. */
static void reject_line(const char *line, const char *what,
                        const dyad_ingest_opts *opts)
{
    rd t;
    open_str(&t, line, opts);
    expect_reject(&t, 1, what);
    assert_int_equal(next(&t), 0);
    const dyad_ingest_stats *st = dyad_reader_stats(t.r);
    assert_int_equal(st->read, 1);
    assert_int_equal(st->rejected, 1);
    assert_int_equal(st->good, 0);
    close_rd(&t);
}

/* One line of input must be accepted; returns nothing, leaves t open. */
static void accept_one(rd *t, const char *data, const dyad_ingest_opts *opts)
{
    open_str(t, data, opts);
    int rc = next(t);
    if (rc != 1)
        fail_msg("rc %d: %s", rc, t->err.msg);
}

/* --- the scanner that reads records without cJSON --- */

/* Strings decode as cJSON decodes them: simple escapes, \u escapes of the
 * BMP and surrogate pairs, \/; the id and title too. */
static void test_ingest_scanner_decodes_escapes(void **state)
{
    (void)state;
    rd t;
    accept_one(&t,
               "{\"id\":\"a\\/b\\u00e9\",\"date\":\"2024-05-01\","
               "\"title\":\"T\\t\\\"q\\\"\",\"text\":\"caf\\u00e9 "
               "\\ud83d\\ude00 x\\\\y\\nz \\u20ac\\b\\f\\r\"}\n",
               NULL);
    assert_string_equal(t.a.id, "a/b\xc3\xa9");
    assert_string_equal(t.a.title, "T\t\"q\"");
    assert_string_equal(t.a.text, "caf\xc3\xa9 \xf0\x9f\x98\x80 x\\y\nz "
                                  "\xe2\x82\xac\b\f\r");
    assert_int_equal(t.a.text_len, strlen(t.a.text));
    close_rd(&t);
    /* whitespace around everything, a number id, a number date */
    accept_one(&t,
               " { \"id\" : 12 ,\t\"date\" : 1714521600 , \"text\" : "
               "\"x\" , \"extra\" : [ 1 , { \"a\" : null } , true ] } \n",
               NULL);
    assert_string_equal(t.a.id, "12");
    assert_string_equal(t.a.date_iso, "2024-05-01");
    close_rd(&t);
}

/* What the scanner gives up on goes to cJSON, which rejects it with the
 * same messages as before. */
static void test_ingest_scanner_leaves_bad_records_to_cjson(void **state)
{
    (void)state;
    reject_line("{\"date\":\"2024-05-01\",\"text\":\"a\\ud800b\"}\n",
                "invalid JSON", NULL);
    reject_line("{\"date\":\"2024-05-01\",\"text\":\"a\\u0000b\"}\n",
                "NUL character", NULL);
    reject_line("{\"date\":\"2024-05-01\",\"text\":\"a\\x\"}\n",
                "invalid JSON", NULL);
    reject_line("{\"date\":\"2024-05-01\",\"text\":\"a\"} x\n",
                "data after the JSON value", NULL);
    /* cJSON reads 01 as a number */
    reject_line("{\"date\":\"2024-05-01\",\"text\":01}\n",
                "is not a string", NULL);
    /* a key given twice: cJSON's first one counts */
    rd t;
    accept_one(&t,
               "{\"date\":\"2024-05-01\",\"text\":\"one\",\"text\":\"two\"}\n",
               NULL);
    assert_string_equal(t.a.text, "one");
    close_rd(&t);
}

#define SCORED_HEAD                                                        \
    "{\"id\":\"s\",\"date\":\"2024-05-01\",\"words\":10,\"sentiment\":0.1," \
    "\"tone\":-1.5,\"positive\":2,\"negative\":3.5,\"polarity\":5.5,"      \
    "\"pairs\":[{\"pair\":\"CHN-JPN\",\"sentences\":1,\"tone\":-0.25,"     \
    "\"goldstein\":-5,\"conflict\":1,\"cooperation\":0,\"threats\":0,"     \
    "\"acts\":1,\"evidence\":"

/* A scored line's evidence is stored as cJSON writes it: as read when it
 * is written so already, rewritten by cJSON otherwise. */
static void test_ingest_scanner_keeps_evidence_as_cjson_writes_it(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"[{\"sentence\":\"A \\\"b\\\" \\\\ c\\n\xc3\xa9\",\"tone\":-0.6,"
         "\"hits\":[\"x\"]}]",
         "[{\"sentence\":\"A \\\"b\\\" \\\\ c\\n\xc3\xa9\",\"tone\":-0.6,"
         "\"hits\":[\"x\"]}]"},
        {"[ {\"sentence\" : \"a\\/b\\u00e9\\u0001\", \"tone\":0.50,"
         "\"n\":1e2,\"m\":-0,\"k\":0.00001,\"hits\":[]} ]",
         "[{\"sentence\":\"a/b\xc3\xa9\\u0001\",\"tone\":0.5,\"n\":100,"
         "\"m\":-0,\"k\":1e-05,\"hits\":[]}]"},
        {"[]", "[]"},
        {"null", "[]"},
        {"[123456789012345678,0.1234567890123456,true,false,null,{}]",
         "[1.2345678901234568e+17,0.12345678901234559,true,false,null,{}]"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char line[1024];
        snprintf(line, sizeof line, "%s%s}],\"lexicon\":\"abc\"}\n",
                 SCORED_HEAD, cases[i][0]);
        rd t;
        accept_one(&t, line, NULL);
        assert_non_null(t.a.scored);
        assert_int_equal(t.a.scored->npairs, 1);
        assert_string_equal(t.a.scored->pairs[0].evidence, cases[i][1]);
        assert_string_equal(t.a.scored->pairs[0].pair, "CHN-JPN");
        assert_true(t.a.scored->pairs[0].tone == -0.25);
        assert_true(t.a.scored->negative == 3.5);
        assert_string_equal(t.a.scored->lexicon, "abc");
        close_rd(&t);

        /* dyad_scored_parse reads it the same way */
        dyad_scored_parser *p = dyad_scored_parser_new();
        const dyad_scored *sc;
        dyad_err err = {0};
        assert_int_equal(dyad_scored_parse(p, line, strlen(line), &sc, &err),
                         DYAD_OK);
        assert_string_equal(sc->pairs[0].evidence, cases[i][1]);
        dyad_scored_parser_free(p);
    }
    /* a bad pair still gets cJSON's message */
    char line[1024];
    snprintf(line, sizeof line, "%s[]}],\"lexicon\":\"abc\"}\n",
             "{\"date\":\"2024-05-01\",\"words\":10,\"sentiment\":0,"
             "\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,"
             "\"pairs\":[{\"pair\":\"JPN-CHN\",\"evidence\":");
    reject_line(line, "no valid 'pair' name", NULL);
}

static void test_ingest_skips_bad_line_and_reports_line_no(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "{\"id\":\"a\",\"date\":\"2025-01-02\",\"text\":\"First.\"}\n"
             "{\"id\":\"b\",\"date\":\"2025-01-02\",\"text\":\"bro\n"
             "{\"id\":\"c\",\"date\":\"2025-01-03\",\"text\":\"Third.\"}\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "a");
    assert_string_equal(t.a.text, "First.");
    assert_int_equal(t.a.line, 1);
    assert_string_equal(t.a.src, t.path);
    expect_reject(&t, 2, "invalid JSON");
    dyad_span raw = dyad_reader_raw(t.r);
    const char *bad = "{\"id\":\"b\",\"date\":\"2025-01-02\",\"text\":\"bro";
    assert_int_equal(raw.len, strlen(bad));
    assert_memory_equal(raw.ptr, bad, raw.len);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "c");
    assert_int_equal(t.a.line, 3);
    assert_string_equal(t.a.date_iso, "2025-01-03");
    assert_int_equal(next(&t), 0);
    assert_int_equal(next(&t), 0);
    const dyad_ingest_stats *st = dyad_reader_stats(t.r);
    assert_int_equal(st->read, 3);
    assert_int_equal(st->good, 2);
    assert_int_equal(st->rejected, 1);
    assert_int_equal(st->repaired, 0);
    close_rd(&t);
}

static void test_ingest_rejects_non_object(void **state)
{
    (void)state;
    /* (a first line starting with '[' would make the file a JSON array) */
    rd t;
    open_str(&t,
             "{\"text\":\"a\",\"date\":\"2025-01-01\"}\n"
             "[1, 2]\n"
             "\"just a string\"\n"
             "42\n"
             "{\"text\":\"a\",\"date\":\"2025-01-01\"} trailing\n",
             NULL);
    assert_int_equal(next(&t), 1);
    expect_reject(&t, 2, "not a JSON object");
    expect_reject(&t, 3, "not a JSON object");
    expect_reject(&t, 4, "not a JSON object");
    expect_reject(&t, 5, "after the JSON value");
    assert_int_equal(t.err.col, 34);   /* the 't' of "trailing" */
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    reject_line("\"just a string\"\n", "not a JSON object", NULL);
}

static void test_ingest_rejects_missing_text(void **state)
{
    (void)state;
    reject_line("{\"date\":\"2025-01-01\",\"id\":\"T\"}\n",
                "no text or title", NULL);
    reject_line("{\"date\":\"2025-01-01\",\"text\":null}\n", "no text", NULL);
    reject_line("{\"date\":\"2025-01-01\",\"text\":\" \",\"title\":\"\\n\"}\n",
                "empty and there is no title", NULL);
}

/* A headline alone is news: a record with a title and no text (or an
 * empty one) is read, its text "". */
static void test_ingest_title_only(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "{\"date\":\"2025-01-01\",\"title\":\"Japan and China sign pact\"}\n"
             "{\"date\":\"2025-01-01\",\"title\":\"T2\",\"text\":\"\"}\n"
             "{\"date\":\"2025-01-01\",\"headline\":\"T3\",\"body\":null}\n",
             NULL);
    for (int cj = 0; cj < 2; cj++) {
        assert_int_equal(next(&t), 1);
        assert_string_equal(t.a.title, "Japan and China sign pact");
        assert_string_equal(t.a.text, "");
        assert_int_equal(next(&t), 1);
        assert_string_equal(t.a.title, "T2");
        assert_int_equal(next(&t), 1);
        assert_string_equal(t.a.title, "T3");
        assert_int_equal(next(&t), 0);
        close_rd(&t);
        dyad_ingest_opts o = {0};
        o.cjson_only = 1;
        open_str(&t,
                 "{\"date\":\"2025-01-01\",\"title\":\"Japan and China sign pact\"}\n"
                 "{\"date\":\"2025-01-01\",\"title\":\"T2\",\"text\":\"\"}\n"
                 "{\"date\":\"2025-01-01\",\"headline\":\"T3\",\"body\":null}\n",
                 &o);
    }
    close_rd(&t);
}

static void test_ingest_rejects_text_not_string(void **state)
{
    (void)state;
    reject_line("{\"date\":\"2025-01-01\",\"text\":5}\n", "not a string",
                NULL);
    reject_line("{\"date\":\"2025-01-01\",\"body\":[\"a\"]}\n",
                "not a string", NULL);
    reject_line("{\"date\":\"2025-01-01\",\"text\":\"x y\",\"title\":7}\n",
                "title field", NULL);
}

static void test_ingest_rejects_empty_text(void **state)
{
    (void)state;
    reject_line("{\"date\":\"2025-01-01\",\"text\":\"\"}\n", "empty", NULL);
    reject_line("{\"date\":\"2025-01-01\",\"text\":\" \\n\\t \"}\n", "empty",
                NULL);
}

static void test_ingest_rejects_missing_date(void **state)
{
    (void)state;
    reject_line("{\"text\":\"Hello there.\"}\n", "no date", NULL);
    reject_line("{\"text\":\"Hello there.\",\"date\":null}\n", "no date",
                NULL);
}

static void test_ingest_rejects_bad_date(void **state)
{
    (void)state;
    reject_line("{\"text\":\"Hi there.\",\"date\":\"yesterday\"}\n",
                "bad date", NULL);
    reject_line("{\"text\":\"Hi there.\",\"date\":\"2025-02-30\"}\n",
                "bad date", NULL);
    reject_line("{\"text\":\"Hi there.\",\"date\":true}\n", "bad date", NULL);
}

static void test_ingest_rejects_date_out_of_range(void **state)
{
    (void)state;
    /* now = 2025-06-01T00:00Z: two days ahead is fine, three are not */
    rd t;
    accept_one(&t, "{\"text\":\"Hi there.\",\"date\":\"2025-06-03\"}\n", NULL);
    close_rd(&t);
    reject_line("{\"text\":\"Hi there.\",\"date\":\"2025-06-04\"}\n",
                "out of range", NULL);
    reject_line("{\"text\":\"Hi there.\",\"date\":\"0999-12-31\"}\n",
                "out of range", NULL);
    reject_line("{\"text\":\"Hi there.\",\"date\":500}\n", "out of range",
                NULL);
    /* the check follows opts.now */
    dyad_ingest_opts o = {0};
    o.now = NOW + 10 * 86400;
    accept_one(&t, "{\"text\":\"Hi there.\",\"date\":\"2025-06-04\"}\n", &o);
    close_rd(&t);
}

static void test_ingest_rejects_nul_byte(void **state)
{
    (void)state;
    static const char data[] =
        "{\"date\":\"2025-01-01\",\"text\":\"a\0b\"}\n"
        "{\"date\":\"2025-01-01\",\"text\":\"fine\"}\n";
    rd t;
    open_data(&t, data, sizeof data - 1, NULL);
    expect_reject(&t, 1, "NUL");
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "fine");
    assert_int_equal(t.a.line, 2);
    close_rd(&t);
}

static void test_ingest_rejects_oversized_record(void **state)
{
    (void)state;
    dyad_ingest_opts o = {0};
    o.max_record_bytes = 60;
    rd t;
    open_str(&t,
             "{\"date\":\"2025-01-01\",\"text\":\"short\"}\n"
             "{\"date\":\"2025-01-01\",\"text\":\"this text makes the record "
             "longer than sixty bytes\"}\n"
             "{\"date\":\"2025-01-01\",\"text\":\"after\"}\n",
             &o);
    assert_int_equal(next(&t), 1);
    expect_reject(&t, 2, "longer than 60 bytes");
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "after");
    assert_int_equal(t.a.line, 3);
    close_rd(&t);
}

static void test_ingest_default_field_names(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "{\"body\":\"Body text.\",\"published\":\"2025-01-05\","
             "\"headline\":\"Head\",\"url\":\"https://x/1\"}\n"
             "{\"content\":\"Content text.\",\"pubDate\":\"Tue, 03 Nov 2024 "
             "23:30:00 -0500\",\"guid\":\"g-2\"}\n"
             "{\"text\":\"T.\",\"timestamp\":1762212600,\"id\":\"i3\","
             "\"url\":\"u3\",\"title\":\"Title\",\"headline\":\"H\"}\n"
             "{\"text\":\"Y.\",\"publishedAt\":\"2025-01-01T10:00:00Z\","
             "\"id\":42}\n"
             "{\"text\":\"Z.\",\"year\":2020,\"id\":\"\",\"url\":\"u5\"}\n",
             &(dyad_ingest_opts){.now = 1800000000});
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "Body text.");
    assert_string_equal(t.a.title, "Head");
    assert_string_equal(t.a.id, "https://x/1");
    assert_string_equal(t.a.date_iso, "2025-01-05");
    assert_int_equal(t.a.text_len, 10);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "Content text.");
    assert_string_equal(t.a.title, "");
    assert_string_equal(t.a.id, "g-2");
    assert_string_equal(t.a.date_iso, "2024-11-04");
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "i3");
    assert_string_equal(t.a.title, "Title");
    assert_int_equal(t.a.date.unix, 1762212600);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "42");
    assert_string_equal(t.a.date_iso, "2025-01-01");
    assert_int_equal(next(&t), 1);
    /* an empty id string is passed over for the id made from content */
    assert_int_equal(t.a.date.prec, DYAD_DATE_YEAR);
    assert_int_equal(strlen(t.a.id), 17);
    assert_int_equal(t.a.id[0], 'h');
    close_rd(&t);
}

static void test_ingest_first_present_field_wins(void **state)
{
    (void)state;
    rd t;
    accept_one(&t,
               "{\"content\":\"C.\",\"body\":\"B.\",\"text\":\"T.\","
               "\"timestamp\":\"2025-01-03\",\"date\":\"2025-01-01\"}\n",
               NULL);
    assert_string_equal(t.a.text, "T.");
    assert_string_equal(t.a.date_iso, "2025-01-01");
    close_rd(&t);
    /* null counts as absent */
    accept_one(&t,
               "{\"text\":null,\"body\":\"B.\",\"date\":null,"
               "\"published\":\"2025-01-02\"}\n",
               NULL);
    assert_string_equal(t.a.text, "B.");
    assert_string_equal(t.a.date_iso, "2025-01-02");
    close_rd(&t);
}

static void test_ingest_field_options_override_defaults(void **state)
{
    (void)state;
    dyad_ingest_opts o = {0};
    o.id_field = "key";
    o.date_field = "when";
    o.title_field = "heading";
    o.text_field = "article";
    rd t;
    open_str(&t,
             "{\"key\":\"k1\",\"id\":\"no\",\"when\":\"2025-02-01\","
             "\"date\":\"2025-01-01\",\"heading\":\"H\",\"title\":\"no\","
             "\"article\":\"A.\",\"text\":\"no\"}\n"
             "{\"text\":\"T.\",\"when\":\"2025-02-01\"}\n"
             "{\"article\":\"A.\",\"date\":\"2025-02-01\"}\n",
             &o);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "k1");
    assert_string_equal(t.a.date_iso, "2025-02-01");
    assert_string_equal(t.a.title, "H");
    assert_string_equal(t.a.text, "A.");
    /* the default names are not looked at when an option names a field */
    expect_reject(&t, 2, "no text or title (looked for: article; heading)");
    expect_reject(&t, 3, "no date (looked for: when)");
    close_rd(&t);
}

static void test_ingest_generated_id_is_stable(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "{\"date\":\"2025-01-01\",\"title\":\"T\",\"text\":\"Same.\"}\n"
             "{\"date\":\"2025-01-01T08:00:00Z\",\"title\":\"T\","
             "\"text\":\"Same.\",\"extra\":1}\n"
             "{\"date\":\"2025-01-01\",\"title\":\"T\",\"text\":\"Other.\"}\n"
             "{\"date\":\"2025-01-02\",\"title\":\"T\",\"text\":\"Same.\"}\n"
             "{\"date\":\"2025-01-01\",\"title\":\"U\",\"text\":\"Same.\"}\n",
             NULL);
    char ids[5][32];
    for (int i = 0; i < 5; i++) {
        assert_int_equal(next(&t), 1);
        assert_int_equal(strlen(t.a.id), 17);
        assert_int_equal(t.a.id[0], 'h');
        for (int k = 1; k < 17; k++)
            assert_non_null(strchr("0123456789abcdef", t.a.id[k]));
        strcpy(ids[i], t.a.id);
    }
    /* same day, title and text: same id */
    assert_string_equal(ids[0], ids[1]);
    assert_string_not_equal(ids[0], ids[2]);
    assert_string_not_equal(ids[0], ids[3]);
    assert_string_not_equal(ids[0], ids[4]);
    close_rd(&t);
    /* and the same in another reader */
    accept_one(&t,
               "{\"date\":\"2025-01-01\",\"title\":\"T\",\"text\":\"Same.\"}\n",
               NULL);
    assert_string_equal(t.a.id, ids[0]);
    close_rd(&t);
}

static void test_ingest_json_array_elements_and_lines(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "[\n"
             "  {\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"One ]\"},\n"
             "  {\"id\":\"b\",\"date\":\"2025-01-01\",\n"
             "   \"text\":\"Two, {with} \\\"brackets\\\" [x]\"}\n"
             "  , 7,\n"
             "  {\"id\":\"d\",\"date\":\"2025-01-01\",\"text\":\"Four\"}\n"
             "]\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "a");
    assert_string_equal(t.a.text, "One ]");
    assert_int_equal(t.a.line, 2);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "b");
    assert_string_equal(t.a.text, "Two, {with} \"brackets\" [x]");
    assert_int_equal(t.a.line, 3);
    expect_reject(&t, 5, "not a JSON object");
    dyad_span raw = dyad_reader_raw(t.r);
    assert_int_equal(raw.len, 1);
    assert_int_equal(raw.ptr[0], '7');
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "d");
    assert_int_equal(t.a.line, 6);
    assert_int_equal(next(&t), 0);
    assert_int_equal(dyad_reader_stats(t.r)->read, 4);
    assert_int_equal(dyad_reader_stats(t.r)->good, 3);
    close_rd(&t);
}

static void test_ingest_json_array_on_one_line(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "[{\"date\":\"2025-01-01\",\"text\":\"A\"},"
             "{\"date\":\"2025-01-01\",\"text\":\"B\"}]",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "A");
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "B");
    assert_int_equal(t.a.line, 1);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    open_str(&t, "[]\n", NULL);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
}

static void test_ingest_malformed_json_array(void **state)
{
    (void)state;
    rd t;
    /* ends inside an element */
    open_str(&t,
             "[{\"date\":\"2025-01-01\",\"text\":\"A\"},\n"
             " {\"date\":\"2025-01-01\",\"text\":\"B\"\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "A");
    expect_reject(&t, 2, "ends inside");
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    /* never closed */
    open_str(&t, "[{\"date\":\"2025-01-01\",\"text\":\"A\"},\n", NULL);
    assert_int_equal(next(&t), 1);
    assert_int_equal(next(&t), DYAD_EPARSE);
    assert_non_null(strstr(t.err.msg, "not closed"));
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    /* data after the array: the format is decided again (JSON Lines
     * here, whose first line was a one-line array) */
    open_str(&t, "[{\"date\":\"2025-01-01\",\"text\":\"A\"}]\n{}\n"
                 "{\"date\":\"2025-01-01\",\"text\":\"B\"}\n", NULL);
    assert_int_equal(next(&t), 1);
    expect_reject(&t, 2, "no text");
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "B");
    assert_int_equal(next(&t), 0);
    close_rd(&t);
}

/* Reads t to its end: the ids of the articles, each followed by a space,
 * into ids; the line of each rejection into lines (up to 16); the number
 * of rejections. Checks read = good + rejected. */
static unsigned long read_ids(rd *t, char *ids, size_t n,
                              unsigned long *lines)
{
    unsigned long rejected = 0;
    int rc;
    ids[0] = '\0';
    while ((rc = next(t)) != 0) {
        assert_true(rc == 1 || rc == DYAD_EPARSE);
        if (rc == 1) {
            assert_true(strlen(ids) + strlen(t->a.id) + 2 < n);
            strcat(ids, t->a.id);
            strcat(ids, " ");
        } else if (rejected++ < 16) {
            lines[rejected - 1] = t->err.line;
        }
    }
    const dyad_ingest_stats *st = dyad_reader_stats(t->r);
    assert_int_equal(st->read, st->good + st->rejected);
    assert_int_equal(st->rejected, rejected);
    return rejected;
}

/* Issue 16: a JSON Lines file whose first line is damaged and starts with
 * '[' is not one failed array: the first line is rejected, each line after
 * it judged on its own, and the counts add up. */
static void test_ingest_jsonl_damaged_first_line_bracket(void **state)
{
    (void)state;
    static const char *const firsts[] = {
        "[[[[\n",
        "[[[[{\"id\":\"x\",\"date\":\"2025-01-01\",\"text\":\"Japan\n",
        "[{\"id\":\"x\",\"date\":\"2025-01-01\",\"text\":\"Japan\"\n",
        "[1,2,3]\n"};
    for (size_t k = 0; k < sizeof firsts / sizeof *firsts; k++) {
        char data[1024];
        snprintf(data, sizeof data,
                 "%s"
                 "{\"id\":\"g1\",\"date\":\"2025-01-02\",\"text\":\"A.\"}\n"
                 "{\"id\":\"b1\",\"date\":\"2025-01-02\",\"text\":\n"
                 "{\"id\":\"g2\",\"date\":\"2025-01-03\",\"text\":\"B.\"}\n"
                 "{\"id\":\"b2\",\"date\":\"bad\",\"text\":\"x\"}\n"
                 "{\"id\":\"g3\",\"date\":\"2025-01-03\",\"text\":\"C.\"}\n"
                 "{\"id\":\"b3\"}\n"
                 "{\"id\":\"g4\",\"date\":\"2025-01-04\",\"text\":\"D.\"}",
                 firsts[k]);
        rd t;
        open_str(&t, data, NULL);
        char ids[64];
        unsigned long lines[16];
        unsigned long rejected = read_ids(&t, ids, sizeof ids, lines);
        assert_string_equal(ids, "g1 g2 g3 g4 ");
        assert_int_equal(lines[0], 1);
        assert_int_equal(dyad_reader_stats(t.r)->good, 4);
        /* the first line is one record, or three for [1,2,3] */
        assert_int_equal(rejected, k == 3 ? 6 : 4);
        close_rd(&t);
    }
}

/* An array file whose closing bracket is missing keeps its elements; the
 * missing end is one rejected record (the counts add up). */
static void test_ingest_array_missing_bracket(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "[\n{\"date\":\"2025-01-01\",\"text\":\"A\"},\n"
             "{\"date\":\"2025-01-01\",\"text\":\"B\"}\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "B");
    expect_reject(&t, 4, "not closed");
    assert_int_equal(next(&t), 0);
    const dyad_ingest_stats *st = dyad_reader_stats(t.r);
    assert_int_equal(st->read, 3);
    assert_int_equal(st->good, 2);
    assert_int_equal(st->rejected, 1);
    close_rd(&t);
    /* a pretty-printed element cut short: one record, not its lines */
    open_str(&t,
             "[\n {\n  \"date\": \"2025-01-01\",\n  \"text\": \"A\"\n },\n"
             " {\n  \"date\": \"2025-01-01\",\n  \"text\": \"B\"\n",
             NULL);
    assert_int_equal(next(&t), 1);
    expect_reject(&t, 6, "ends inside a value");
    assert_int_equal(next(&t), 0);
    assert_int_equal(dyad_reader_stats(t.r)->read, 2);
    close_rd(&t);
    /* forced JSON Lines: a '[' line is one bad line */
    dyad_ingest_opts o = {0};
    o.format = DYAD_INPUT_JSONL;
    open_str(&t, "[{\"date\":\"2025-01-01\",\"text\":\"A\"}]\n"
                 "{\"date\":\"2025-01-01\",\"text\":\"B\"}\n", &o);
    expect_reject(&t, 1, "not a JSON object");
    assert_int_equal(next(&t), 1);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
}

/* An array written one element to a line with a damaged element in the
 * middle: the elements after it are kept (the rest is read as lines, with
 * the commas and the closing bracket). */
static void test_ingest_array_damaged_element(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "{\"id\":\"bad\",\"text\":\"x",     /* a string not closed */
        "{\"id\":\"bad\",\"x\":[",           /* brackets not closed */
        "{\"id\":\"bad\"}}",                   /* one closed too many */
        "{\"id\":\"bad\"} {",                  /* a comma missing */
        "]"};                                 /* an early end */
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        char data[1024];
        snprintf(data, sizeof data,
                 "[\n{\"id\":\"k1\",\"date\":\"2025-01-01\",\"text\":\"A\"},\n"
                 "%s\n"
                 "{\"id\":\"k2\",\"date\":\"2025-01-01\",\"text\":\"B\"},\n"
                 "{\"id\":\"k3\",\"date\":\"2025-01-01\",\"text\":\"C\"}\n"
                 "]\n",
                 bad[k]);
        rd t;
        open_str(&t, data, NULL);
        char ids[64];
        unsigned long lines[16];
        unsigned long rejected = read_ids(&t, ids, sizeof ids, lines);
        if (strcmp(ids, "k1 k2 k3 ") != 0)
            fail_msg("case %zu: read %s", k, ids);
        for (unsigned long i = 0; i < rejected && i < 16; i++)
            assert_int_equal(lines[i], 3);
        close_rd(&t);
    }
}

/* CSV: quoted line breaks keep row line numbers right; blank lines are
 * skipped; the last row needs no line feed; an empty id column is
 * hashed; an oversized row is rejected and the next one read. */
static void test_ingest_csv(void **state)
{
    (void)state;
    dyad_ingest_opts o = {0};
    o.format = DYAD_INPUT_CSV;
    rd t;
    open_str(&t,
             "ID,Date,Title,Text\r\n"
             "a1,2025-01-01,\"T, one\",\"line\r\nbreak \"\"q\"\"\"\r\n"
             "\r\n"
             ",20250102,Headline only,\n"
             "a3,2025-01-03,,\"" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" "\"\n"
             "a4,2025-01-04,,last",
             &o);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "a1");
    assert_string_equal(t.a.title, "T, one");
    assert_string_equal(t.a.text, "line\r\nbreak \"q\"");
    assert_int_equal(t.a.line, 2);
    assert_int_equal(next(&t), 1);
    assert_int_equal(t.a.id[0], 'h');
    assert_string_equal(t.a.date_iso, "2025-01-02");
    assert_string_equal(t.a.text, "");
    assert_int_equal(t.a.line, 5);
    assert_int_equal(next(&t), 1);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "a4");
    assert_string_equal(t.a.text, "last");
    assert_int_equal(t.a.line, 7);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    o.max_record_bytes = 64;
    open_str(&t,
             "date,text\n"
             "2025-01-03,\"" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" "\nmore\"\n"
             "2025-01-04,last\n",
             &o);
    expect_reject(&t, 2, "longer than 64");
    assert_int_equal(dyad_reader_raw(t.r).len, 0);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "last");
    assert_int_equal(t.a.line, 4);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    /* a quoted line break after the limit is still inside the row */
    open_str(&t,
             "date,text,x\n"
             "2025-01-03," "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy" ",\"a\nb\"\n"
             "2025-01-04,last,z\n",
             &o);
    expect_reject(&t, 2, "longer than 64");
    assert_int_equal(next(&t), 1);
    assert_int_equal(t.a.line, 4);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    /* only a header, or nothing: no record */
    o.max_record_bytes = 0;
    open_str(&t, "date,text\n", &o);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    open_str(&t, "", &o);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    /* a damaged header is one rejected record, and the end */
    open_str(&t, "\"date,text\n2025-01-01,x\n", &o);
    expect_reject(&t, 1, "damaged CSV header");
    assert_int_equal(next(&t), 0);
    assert_int_equal(dyad_reader_stats(t.r)->read, 1);
    close_rd(&t);
}

/* Feeds: Atom link href (alternate), xhtml content, two items on one
 * line, line numbers, a rejected item's fields as a JSON line. */
static void test_ingest_feed(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "\xef\xbb\xbf\n<?xml version=\"1.0\"?>\n"
             "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
             "<entry><link rel=\"self\" href=\"http://x/self\"/>"
             "<link href=\"http://x/1\"/><updated>2025-01-02T00:00:00Z</updated>"
             "<published>2025-01-01T00:00:00Z</published>"
             "<title type=\"html\">A &amp;amp; B</title>"
             "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
             "<p>One.</p><p>Two &amp; three.</p></div></content></entry>"
             "<entry><id>e2</id><title>No date</title></entry>\n"
             "</feed>\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "http://x/1");
    assert_string_equal(t.a.date_iso, "2025-01-01");
    assert_string_equal(t.a.title, "A & B");
    assert_string_equal(t.a.text, "One.\n\nTwo & three.");
    assert_int_equal(t.a.line, 4);
    expect_reject(&t, 4, "no date");
    dyad_span raw = dyad_reader_raw(t.r);
    assert_int_equal(raw.len, strlen("{\"id\":\"e2\",\"title\":\"No date\",\"text\":\"\"}"));
    assert_memory_equal(raw.ptr, "{\"id\":\"e2\",\"title\":\"No date\",\"text\":\"\"}", raw.len);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    /* HTML in an RSS description: tags, entities, script */
    open_str(&t,
             "<rss><channel><item><guid> g </guid><pubDate>Tue, 07 Jan 2025 "
             "10:00:00 GMT</pubDate><description>&lt;p&gt;Caf&amp;#233; "
             "&amp;ldquo;x&amp;rdquo;&lt;br/&gt;y&lt;script&gt;z()&lt;/script&gt;"
             "&lt;/p&gt; a &amp;lt; b</description></item></channel></rss>",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.id, "g");
    assert_string_equal(t.a.title, "");
    assert_string_equal(t.a.text, "Caf\xc3\xa9 \xe2\x80\x9cx\xe2\x80\x9d\n\ny\n\na < b");
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    /* a '<' that opens no tag (none closes it) is text */
    open_str(&t,
             "<rss><channel><item><guid>g</guid><pubDate>2025-01-01</pubDate>"
             "<description>Japan &lt;and China met</description></item>"
             "</channel></rss>",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "Japan <and China met");
    close_rd(&t);
    /* a JSON line starting with '<' is no feed */
    open_str(&t, "<b>\n{\"date\":\"2025-01-01\",\"text\":\"A\"}\n", NULL);
    expect_reject(&t, 1, "invalid JSON");
    assert_int_equal(next(&t), 1);
    close_rd(&t);
}

/* An id that is not UTF-8 is repaired as a text is (it is written out as
 * text), by the fast scanner's reader and cJSON's alike. */
static void test_ingest_id_not_utf8(void **state)
{
    (void)state;
    for (int cj = 0; cj < 2; cj++) {
        dyad_ingest_opts o = {0};
        o.cjson_only = cj;
        rd t;
        open_str(&t, "{\"id\":\"caf\xe9\",\"date\":\"2025-01-01\",\"text\":\"A\"}\n",
                 &o);
        assert_int_equal(next(&t), 1);
        assert_string_equal(t.a.id, "caf\xc3\xa9");
        assert_int_equal(next(&t), 0);
        close_rd(&t);
    }
}

static void test_ingest_crlf_lines(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "{\"date\":\"2025-01-01\",\"text\":\"A.\"}\r\n"
             "{\"date\":\"2025-01-01\",\"text\":\"B.\"}\r\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "A.");
    dyad_span raw = dyad_reader_raw(t.r);
    assert_true(raw.len > 0);
    assert_int_not_equal(raw.ptr[raw.len - 1], '\r');
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "B.");
    assert_int_equal(t.a.line, 2);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
}

static void test_ingest_utf8_bom(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "\xef\xbb\xbf{\"date\":\"2025-01-01\",\"text\":\"A.\"}\n"
             "{\"date\":\"2025-01-01\",\"text\":\"B.\"}\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "A.");
    assert_int_equal(t.a.line, 1);
    assert_int_equal(next(&t), 1);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    open_str(&t, "\xef\xbb\xbf[{\"date\":\"2025-01-01\",\"text\":\"A.\"}]",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "A.");
    close_rd(&t);
}

static void test_ingest_blank_lines_skipped(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "\n\n{\"date\":\"2025-01-01\",\"text\":\"A.\"}\n"
             "\n   \t\n\r\n{\"date\":\"2025-01-01\",\"text\":\"B.\"}\n\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_int_equal(t.a.line, 3);
    assert_int_equal(next(&t), 1);
    assert_int_equal(t.a.line, 7);
    assert_int_equal(next(&t), 0);
    assert_int_equal(dyad_reader_stats(t.r)->read, 2);
    close_rd(&t);
    /* a file of blank lines only, and an empty file */
    open_str(&t, "\n \n\n", NULL);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    open_str(&t, "", NULL);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
}

static void test_ingest_last_line_without_newline(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "{\"date\":\"2025-01-01\",\"text\":\"A.\"}\n"
             "{\"date\":\"2025-01-01\",\"text\":\"B.\"}",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "B.");
    assert_int_equal(t.a.line, 2);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
}

/* Writes lines with gzip into a temporary file; returns its size. */
static long write_gz(const char *data, char *path)
{
    strcpy(path, "/tmp/dyad-unit-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    gzFile gz = gzdopen(fd, "wb");
    assert_non_null(gz);
    assert_int_equal(gzwrite(gz, data, (unsigned)strlen(data)),
                     (int)strlen(data));
    assert_int_equal(gzclose(gz), Z_OK);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fclose(f);
    return n;
}

static void test_ingest_reads_gzip(void **state)
{
    (void)state;
    char path[64];
    write_gz("{\"date\":\"2025-01-01\",\"text\":\"Zipped one.\"}\n"
             "{\"date\":\"2025-01-02\",\"text\":\"Zipped two.\"}\n",
             path);
    dyad_err err = {0};
    dyad_reader *r = dyad_reader_open(path, NULL, &err);
    assert_non_null(r);
    dyad_article a;
    assert_int_equal(dyad_reader_next(r, &a, &err), 1);
    assert_string_equal(a.text, "Zipped one.");
    assert_int_equal(dyad_reader_next(r, &a, &err), 1);
    assert_string_equal(a.text, "Zipped two.");
    assert_int_equal(a.line, 2);
    assert_int_equal(dyad_reader_next(r, &a, &err), 0);
    dyad_reader_close(r);
    unlink(path);
}

static void test_ingest_truncated_gzip_gives_records_then_eio(void **state)
{
    (void)state;
    char path[64];
    /* 400 records of varied text, so the deflate stream is long */
    dyad_buf b = {0};
    for (int i = 0; i < 400; i++)
        assert_int_equal(dyad_buf_printf(&b,
                                         "{\"id\":\"r%d\",\"date\":\"2025-01-01"
                                         "\",\"text\":\"Record %d of %d, "
                                         "checksum %u.\"}\n",
                                         i, i, i * 7919, (unsigned)i * 2654435761u),
                         DYAD_OK);
    long size = write_gz(b.data, path);
    dyad_buf_free(&b);
    assert_int_equal(truncate(path, size / 2), 0);
    dyad_err err = {0};
    dyad_reader *r = dyad_reader_open(path, NULL, &err);
    assert_non_null(r);
    dyad_article a;
    int rc, good = 0, parse = 0;
    while ((rc = dyad_reader_next(r, &a, &err)) == 1 || rc == DYAD_EPARSE) {
        if (rc == 1) {
            /* records come in order, none skipped */
            char want[16];
            snprintf(want, sizeof want, "r%d", good);
            assert_string_equal(a.id, want);
            assert_int_equal(parse, 0);
            good++;
        } else {
            parse++;   /* at most the line cut short */
        }
    }
    assert_int_equal(rc, DYAD_EIO);
    assert_int_equal(err.code, DYAD_EIO);
    assert_string_equal(err.src, path);
    assert_true(good > 10);
    assert_true(good < 400);
    assert_true(parse <= 1);
    dyad_reader_close(r);
    unlink(path);
}

static void test_ingest_repairs_windows_1252(void **state)
{
    (void)state;
    rd t;
    open_str(&t,
             "{\"date\":\"2025-01-01\",\"title\":\"Caf\xe9\","
             "\"text\":\"caf\xe9 \x93quoted\x94\"}\n"
             "{\"date\":\"2025-01-01\",\"text\":\"caf\xc3\xa9 fine\"}\n",
             NULL);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text,
                        "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d");
    assert_string_equal(t.a.title, "Caf\xc3\xa9");
    assert_int_equal(t.a.repaired, 4);
    assert_int_equal(t.a.text_len, strlen(t.a.text));
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "caf\xc3\xa9 fine");
    assert_int_equal(t.a.repaired, 0);
    const dyad_ingest_stats *st = dyad_reader_stats(t.r);
    assert_int_equal(st->good, 2);
    assert_int_equal(st->repaired, 1);
    close_rd(&t);
}

static void test_ingest_rejects_binary_junk(void **state)
{
    (void)state;
    /* bytes that no code page explains, mixed with control characters */
    reject_line("{\"date\":\"2025-01-01\",\"text\":\"\x81\x8d\x8f\x90\x9d"
                "\x81\x8d\x8f\x90\x9d\x01\x02\x03 ok\"}\n",
                "not UTF-8", NULL);
}

static void test_ingest_record_longer_than_a_read_chunk(void **state)
{
    (void)state;
    /* 600 KiB of text: the record spans several 256 KiB reads */
    size_t n = 600 * 1024;
    dyad_buf b = {0};
    assert_int_equal(dyad_buf_puts(&b, "{\"date\":\"2025-01-01\",\"text\":\""),
                     DYAD_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(dyad_buf_putc(&b, (char)('a' + i % 26)), DYAD_OK);
    assert_int_equal(dyad_buf_puts(&b, "\"}\n{\"date\":\"2025-01-01\","
                                       "\"text\":\"next\"}\n"),
                     DYAD_OK);
    rd t;
    open_data(&t, b.data, b.len, NULL);
    assert_int_equal(next(&t), 1);
    assert_int_equal(t.a.text_len, n);
    assert_int_equal(t.a.text[n - 1], 'a' + (n - 1) % 26);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "next");
    assert_int_equal(t.a.line, 2);
    close_rd(&t);
    /* the same with a limit below it: rejected, and reading goes on */
    dyad_ingest_opts o = {0};
    o.max_record_bytes = 1000;
    open_data(&t, b.data, b.len, &o);
    expect_reject(&t, 1, "longer than 1000 bytes");
    assert_true(dyad_reader_raw(t.r).len <= 1000);
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "next");
    assert_int_equal(t.a.line, 2);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
    dyad_buf_free(&b);
}

static void test_ingest_oversized_array_element(void **state)
{
    (void)state;
    dyad_ingest_opts o = {0};
    o.max_record_bytes = 50;
    rd t;
    open_str(&t,
             "[{\"date\":\"2025-01-01\",\"text\":\"a\"},\n"
             " {\"date\":\"2025-01-01\",\"text\":\"a text longer than the "
             "limit of fifty bytes\"},\n"
             " {\"date\":\"2025-01-01\",\"text\":\"c\"}]\n",
             &o);
    assert_int_equal(next(&t), 1);
    expect_reject(&t, 2, "longer than 50 bytes");
    assert_int_equal(next(&t), 1);
    assert_string_equal(t.a.text, "c");
    assert_int_equal(t.a.line, 3);
    assert_int_equal(next(&t), 0);
    close_rd(&t);
}

static void test_ingest_reads_stdin(void **state)
{
    (void)state;
    char path[64];
    unit_temp_str("{\"date\":\"2025-01-01\",\"text\":\"From stdin.\"}\n",
                  path);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    int saved = dup(STDIN_FILENO);
    assert_true(saved >= 0);
    assert_true(dup2(fileno(f), STDIN_FILENO) >= 0);
    dyad_err err = {0};
    dyad_reader *r = dyad_reader_open("-", NULL, &err);
    assert_true(dup2(saved, STDIN_FILENO) >= 0);
    close(saved);
    fclose(f);
    assert_non_null(r);
    dyad_article a;
    assert_int_equal(dyad_reader_next(r, &a, &err), 1);
    assert_string_equal(a.text, "From stdin.");
    assert_string_equal(a.src, "<stdin>");
    assert_int_equal(dyad_reader_next(r, &a, &err), 0);
    dyad_reader_close(r);
    unlink(path);
}

static void test_ingest_missing_file(void **state)
{
    (void)state;
    dyad_err err = {0};
    dyad_reader *r =
        dyad_reader_open("/tmp/dyad-unit-no-such-dir/none.jsonl", NULL, &err);
    assert_null(r);
    assert_int_equal(err.code, DYAD_ENOENT);
    assert_string_equal(err.src, "/tmp/dyad-unit-no-such-dir/none.jsonl");
    dyad_reader_close(NULL);
}

/* Reads path twice, as dyad does and with cJSON alone (cjson_only), and
 * checks that both give the same articles, rejections and messages.
 * Returns the records read. */
static unsigned long read_both(const char *path, const dyad_ingest_opts *o)
{
    dyad_ingest_opts ro = *o;
    ro.cjson_only = 1;
    dyad_err e1 = {0}, e2 = {0};
    dyad_reader *r = dyad_reader_open(path, o, &e1);
    dyad_reader *ref = dyad_reader_open(path, &ro, &e2);
    assert_true(!r == !ref);
    if (!r)
        return 0;
    dyad_buf l1 = {0}, l2 = {0};
    char m1[1024], m2[1024];
    for (;;) {
        dyad_article a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        int rc = dyad_reader_next(r, &a, &e1);
        assert_int_equal(rc, dyad_reader_next(ref, &b, &e2));
        if (rc == 0 || (rc < 0 && rc != DYAD_EPARSE))
            break;
        if (rc == DYAD_EPARSE) {
            dyad_err_format(&e1, m1, sizeof m1);
            dyad_err_format(&e2, m2, sizeof m2);
            assert_string_equal(m1, m2);
            continue;
        }
        assert_string_equal(a.id, b.id);
        assert_string_equal(a.title, b.title);
        assert_string_equal(a.text, b.text);
        assert_string_equal(a.date_iso, b.date_iso);
        assert_true(a.date.unix == b.date.unix);
        assert_int_equal(a.date.prec, b.date.prec);
        assert_int_equal(a.line, b.line);
        assert_int_equal(a.repaired, b.repaired);
        assert_int_equal(!a.scored, !b.scored);
        if (a.scored) {
            dyad_buf_clear(&l1);
            dyad_buf_clear(&l2);
            assert_int_equal(dyad_score_json_scored(&a, &l1), DYAD_OK);
            assert_int_equal(dyad_score_json_scored(&b, &l2), DYAD_OK);
            assert_string_equal(l1.data, l2.data);
        }
    }
    unsigned long n = dyad_reader_stats(r)->read;
    assert_int_equal(n, dyad_reader_stats(ref)->read);
    assert_int_equal(dyad_reader_stats(r)->good, dyad_reader_stats(ref)->good);
    dyad_reader_close(r);
    dyad_reader_close(ref);
    dyad_buf_free(&l1);
    dyad_buf_free(&l2);
    return n;
}

/* The fast scanner against cJSON alone on the examples, the State of the
 * Union corpus and every fuzz seed and regression of the reader (odd
 * records of every kind), with the default and with explicit field
 * names. */
static void test_ingest_fast_scanner_matches_cjson(void **state)
{
    (void)state;
    dyad_ingest_opts o = {0}, named = {0};
    o.now = named.now = INT64_C(1893456000);
    named.id_field = "guid";
    named.date_field = "published";
    named.title_field = "headline";
    named.text_field = "body";
    unsigned long n = read_both(DYAD_SOURCE_DIR "/examples/articles.jsonl", &o);
    assert_true(n > 5);
    assert_true(read_both(DYAD_SOURCE_DIR "/examples/sotu/sotu.jsonl.gz", &o) > 200);
    const char *dirs[] = {"/tests/fuzz/jsonl", "/tests/fuzz/scored",
                          "/tests/fuzz/regressions"};
    unsigned long files = 0;
    for (size_t d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
        char dir[4096], path[4400];
        snprintf(dir, sizeof dir, "%s%s", DYAD_SOURCE_DIR, dirs[d]);
        DIR *dp = opendir(dir);
        assert_non_null(dp);
        struct dirent *de;
        while ((de = readdir(dp)) != NULL) {
            if (de->d_name[0] == '.')
                continue;
            snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
            read_both(path, &o);
            read_both(path, &named);
            files++;
        }
        closedir(dp);
    }
    assert_true(files > 25);
}

/* cJSON's allocations, counted: a record the fast scanner reads makes
 * none (cJSON never sees it). */
static long cjson_allocs;

static void *counting_malloc(size_t n)
{
    cjson_allocs++;
    return malloc(n);
}

/* Appends one record whose text is pre + what + post to b; with sc, one
 * more with that string in an array ("n") to b and a scored line with it
 * as an evidence sentence to sc (strings inside other values are scanned
 * without being decoded, and evidence kept as it is when cJSON would
 * write it so). */
static void edge_record(dyad_buf *b, size_t pad, const char *pre,
                        size_t npre, const char *what, const char *post,
                        dyad_buf *sc)
{
    dyad_buf *outs[] = {b, b, sc};
    static const char *const heads[] = {
        "\",\"date\":\"2024-05-01\",\"title\":\"T\",\"text\":\"",
        "\",\"date\":\"2024-05-01\",\"text\":\"x\",\"n\":[\"",
        "\",\"id\":\"s\",\"date\":\"2024-05-01\",\"words\":10,\"sentiment\":0,"
        "\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,\"pairs\":"
        "[{\"pair\":\"CHN-JPN\",\"sentences\":1,\"tone\":-0.25,\"goldstein\":"
        "-5,\"conflict\":1,\"cooperation\":0,\"threats\":0,\"acts\":1,"
        "\"evidence\":[{\"sentence\":\""};
    static const char *const tails[] = {
        "\"}\n", "\"]}\n",
        "\",\"tone\":-0.6,\"hits\":[]}]}],\"lexicon\":\"ab\"}\n"};
    for (int k = 0; k < (sc ? 3 : 1); k++) {
        dyad_buf *o = outs[k];
        assert_int_equal(dyad_buf_puts(o, "{\"p\":\""), DYAD_OK);
        for (size_t i = 0; i < pad; i++)
            assert_int_equal(dyad_buf_putc(o, 'p'), DYAD_OK);
        assert_int_equal(dyad_buf_puts(o, heads[k]), DYAD_OK);
        assert_int_equal(dyad_buf_append(o, pre, npre), DYAD_OK);
        assert_int_equal(dyad_buf_puts(o, what), DYAD_OK);
        assert_int_equal(dyad_buf_puts(o, post), DYAD_OK);
        assert_int_equal(dyad_buf_puts(o, tails[k]), DYAD_OK);
    }
}

/* The scanner reads strings sixteen bytes at a time (SSE2, or the
 * portable code of the build with -DDYAD_NO_SIMD: unit.ingest_scalar
 * runs this file again on it). Every escape and every kind of byte, at
 * every offset of a string that starts at every offset of a block, and
 * at its end: what it accepts is read without cJSON, and as cJSON reads
 * it; what it gives up on is rejected as cJSON rejects it. */
static void test_ingest_scanner_block_edges(void **state)
{
    (void)state;
    static const char *const good[] = {
        "\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t",
        "\\u00e9", "\\u20AC", "\\ud83d\\ude00", "\\u0041", "\\\\\\\"",
        "\\\\\\\\\\n", "\xc3\xa9", "\xe2\x80\x9c", "\xf0\x9f\x98\x80",
        "\x7f", " \\n\\n ", "\xff", "\xc3", "\xed\xa0\x80", "\xf0\x9f\x98"};
    static const char *const bad[] = {
        "\\u0000", "\\uZZZZ", "\\u12", "\\ud83d", "\\ude00",
        "\\ud83d\\u0041", "\\ud83d\\ud83d", "\\x", "\\U0041", "\\a",
        "\x01", "\x1f", "\t", "\"", "\\"};
    static const char base[] =
        "Japan accused China of aggression. Russia said talks with "
        "Ukraine failed. ";
    dyad_buf g = {0}, b = {0}, sc = {0};
    for (size_t w = 0; w < sizeof good / sizeof good[0]; w++)
        for (size_t off = 0; off <= 40; off++) {
            edge_record(&g, off % 17, base, off, good[w], base + off, &sc);
            edge_record(&g, off % 16, base, off, good[w], "", &sc);
        }
    for (size_t w = 0; w < sizeof bad / sizeof bad[0]; w++)
        for (size_t off = 0; off <= 40; off++) {
            edge_record(&b, off % 17, base, off, bad[w], base + off, &sc);
            edge_record(&b, off % 16, base, off, bad[w], "", &sc);
        }
    /* escapes 1 to 40 bytes apart, and strings cut short at every length
     * (the scanner stops on the zero bytes after a record) */
    for (size_t gap = 1; gap <= 40; gap++) {
        edge_record(&g, gap % 16, "", 0, "", "", NULL);
        g.len -= 3;
        for (size_t i = 0; i < 200; i++)
            assert_int_equal(dyad_buf_puts(&g, i % gap ? "x" : "\\n"),
                             DYAD_OK);
        assert_int_equal(dyad_buf_puts(&g, "\"}\n"), DYAD_OK);
    }
    for (size_t cut = 1;; cut++) {
        size_t at = b.len;
        edge_record(&b, 5, base, 40, "\\n", "", NULL);
        if (cut + 3 >= b.len - at) {
            b.len = at;
            break;
        }
        b.len = at + cut;
        assert_int_equal(dyad_buf_putc(&b, '\n'), DYAD_OK);
    }
    /* NUL bytes inside a string (rejected, not read to their end) */
    for (size_t off = 0; off < 22; off++) {
        size_t at = b.len;
        edge_record(&b, 3, base, 20, "\\n", "", NULL);
        b.data[at + 6 + 3 + 42 + off] = '\0';
    }
    char path[64];
    unit_temp_file(g.data, g.len, path);
    dyad_ingest_opts o = {0};
    o.now = NOW;
    dyad_err err = {0};
    dyad_reader *r = dyad_reader_open(path, &o, &err);
    assert_non_null(r);
    cJSON_Hooks hooks = {counting_malloc, free};
    cJSON_InitHooks(&hooks);
    cjson_allocs = 0;
    dyad_article a;
    int rc;
    unsigned long n = 0;
    while ((rc = dyad_reader_next(r, &a, &err)) == 1)
        n++;
    cJSON_InitHooks(NULL);
    assert_int_equal(rc, 0);
    assert_int_equal(n, (sizeof good / sizeof good[0]) * 164 + 40);
    assert_int_equal(cjson_allocs, 0);
    dyad_reader_close(r);
    assert_int_equal(read_both(path, &o), n);
    unlink(path);
    unit_temp_file(b.data, b.len, path);
    r = dyad_reader_open(path, &o, &err);
    assert_non_null(r);
    while ((rc = dyad_reader_next(r, &a, &err)) != 0)
        assert_true(rc == 1 || rc == DYAD_EPARSE);
    /* cJSON takes control bytes in strings, and a backslash or a \\u12
     * before some letters is an escape after all: most are rejected */
    assert_true(dyad_reader_stats(r)->rejected > 1000);
    dyad_reader_close(r);
    assert_true(read_both(path, &o) > 1000);
    unlink(path);
    unit_temp_file(sc.data, sc.len, path);
    size_t kinds = sizeof good / sizeof good[0] + sizeof bad / sizeof bad[0];
    assert_int_equal(read_both(path, &o), kinds * 82);
    unlink(path);
    dyad_buf_free(&g);
    dyad_buf_free(&b);
    dyad_buf_free(&sc);
}

/* The scanner only delimits a record's "pairs" array and checks it where
 * it reads it: records whose pairs are bad JSON, or not pairs, or sit
 * next to a text, read as cJSON reads them. */
static void test_ingest_scanner_checks_pairs_once(void **state)
{
    (void)state;
    static const char lines[] =
        /* a scored line, good */
        "{\"id\":\"s1\",\"date\":\"2025-01-02\",\"words\":9,\"sentiment\":0,"
        "\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,\"pairs\":"
        "[{\"pair\":\"CHN-JPN\",\"sentences\":1,\"tone\":0.5,\"goldstein\":1,"
        "\"conflict\":0,\"cooperation\":1,\"threats\":0,\"acts\":0,"
        "\"evidence\":[{\"sentence\":\"a ] } [ { \\\" \\\\\",\"hits\":[]}]}]"
        ",\"lexicon\":\"ab\"}\n"
        /* trailing comma, missing comma, a bad string, mismatched brackets */
        "{\"id\":\"s2\",\"date\":\"2025-01-02\",\"words\":9,\"sentiment\":0,"
        "\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,\"pairs\":"
        "[{\"pair\":\"CHN-JPN\",\"sentences\":1,\"tone\":0,\"goldstein\":0,"
        "\"conflict\":0,\"cooperation\":0,\"threats\":0,\"acts\":0},],"
        "\"lexicon\":\"ab\"}\n"
        "{\"id\":\"s3\",\"date\":\"2025-01-02\",\"words\":9,\"sentiment\":0,"
        "\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,\"pairs\":"
        "[{\"pair\":\"CHN-JPN\",\"sentences\":1,\"tone\":0,\"goldstein\":0,"
        "\"conflict\":0,\"cooperation\":0,\"threats\":0,\"acts\":0} {}],"
        "\"lexicon\":\"ab\"}\n"
        "{\"id\":\"s4\",\"date\":\"2025-01-02\",\"words\":9,\"sentiment\":0,"
        "\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,\"pairs\":"
        "[{\"pair\":\"CHN-JPN\"]},\"lexicon\":\"ab\"}\n"
        "{\"id\":\"s5\",\"date\":\"2025-01-02\",\"words\":9,\"sentiment\":0,"
        "\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,\"pairs\":"
        "[\"\x01\"],\"lexicon\":\"ab\"}\n"
        "{\"id\":\"s6\",\"date\":\"2025-01-02\",\"pairs\":[1,2,}\n"
        /* a text beside pairs: pairs is not read, but must be JSON */
        "{\"id\":\"t1\",\"date\":\"2025-01-02\",\"text\":\"Japan met China.\","
        "\"pairs\":[{\"x\":[1,{\"y\":\"]\"}]}]}\n"
        "{\"id\":\"t2\",\"date\":\"2025-01-02\",\"text\":\"Japan met China.\","
        "\"pairs\":[1,]}\n"
        "{\"id\":\"t3\",\"date\":\"2025-01-02\",\"text\":\"Japan met China.\","
        "\"pairs\":[tru]}\n"
        "{\"id\":\"t4\",\"date\":\"2025-01-02\",\"text\":\"Japan met China.\","
        "\"pairs\":[\"a\" \"b\"]}\n"
        "{\"id\":\"t5\",\"date\":\"2025-01-02\",\"text\":\"Japan met China.\","
        "\"pairs\":[]}\n";
    char path[64];
    strcpy(path, "/tmp/dyad-unit-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, lines, strlen(lines)), (ssize_t)strlen(lines));
    close(fd);
    dyad_ingest_opts o = {0};
    o.now = INT64_C(1893456000);
    assert_int_equal(read_both(path, &o), 11);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ingest_skips_bad_line_and_reports_line_no),
        cmocka_unit_test(test_ingest_scanner_decodes_escapes),
        cmocka_unit_test(test_ingest_scanner_leaves_bad_records_to_cjson),
        cmocka_unit_test(test_ingest_scanner_checks_pairs_once),
        cmocka_unit_test(test_ingest_scanner_keeps_evidence_as_cjson_writes_it),
        cmocka_unit_test(test_ingest_rejects_non_object),
        cmocka_unit_test(test_ingest_rejects_missing_text),
        cmocka_unit_test(test_ingest_title_only),
        cmocka_unit_test(test_ingest_jsonl_damaged_first_line_bracket),
        cmocka_unit_test(test_ingest_array_missing_bracket),
        cmocka_unit_test(test_ingest_array_damaged_element),
        cmocka_unit_test(test_ingest_csv),
        cmocka_unit_test(test_ingest_id_not_utf8),
        cmocka_unit_test(test_ingest_feed),
        cmocka_unit_test(test_ingest_rejects_text_not_string),
        cmocka_unit_test(test_ingest_rejects_empty_text),
        cmocka_unit_test(test_ingest_rejects_missing_date),
        cmocka_unit_test(test_ingest_rejects_bad_date),
        cmocka_unit_test(test_ingest_rejects_date_out_of_range),
        cmocka_unit_test(test_ingest_rejects_nul_byte),
        cmocka_unit_test(test_ingest_rejects_oversized_record),
        cmocka_unit_test(test_ingest_default_field_names),
        cmocka_unit_test(test_ingest_first_present_field_wins),
        cmocka_unit_test(test_ingest_field_options_override_defaults),
        cmocka_unit_test(test_ingest_generated_id_is_stable),
        cmocka_unit_test(test_ingest_json_array_elements_and_lines),
        cmocka_unit_test(test_ingest_json_array_on_one_line),
        cmocka_unit_test(test_ingest_malformed_json_array),
        cmocka_unit_test(test_ingest_crlf_lines),
        cmocka_unit_test(test_ingest_utf8_bom),
        cmocka_unit_test(test_ingest_blank_lines_skipped),
        cmocka_unit_test(test_ingest_last_line_without_newline),
        cmocka_unit_test(test_ingest_reads_gzip),
        cmocka_unit_test(test_ingest_truncated_gzip_gives_records_then_eio),
        cmocka_unit_test(test_ingest_repairs_windows_1252),
        cmocka_unit_test(test_ingest_rejects_binary_junk),
        cmocka_unit_test(test_ingest_record_longer_than_a_read_chunk),
        cmocka_unit_test(test_ingest_oversized_array_element),
        cmocka_unit_test(test_ingest_reads_stdin),
        cmocka_unit_test(test_ingest_missing_file),
        cmocka_unit_test(test_ingest_fast_scanner_matches_cjson),
        cmocka_unit_test(test_ingest_scanner_block_edges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
