/* test_actors.c - country mentions and the gazetteer (dyad/actors.h). */
#include "dyad/actors.h"

#include "dyad/ingest.h"
#include "actors_int.h"
#include "unit.h"

static const char small_gazetteer[] =
    "# a small gazetteer\n"
    "code\tkind\talias\tfrom\tto\trule\tnote\n"
    "JPN\tname\tJapan\t\t\t\t\n"
    "JPN\tdemonym\tJapanese\t\t\t\t\n"
    "JPN\tcode\tJPN\t\t\t\t\n"
    "JPN\tholder\tSanae Takaichi\t2025-10-21\t\t\tPrime Minister\n"
    "JPN\tholder\tTakaichi\t2025-10-21\t\t\tPrime Minister\n"
    "JPN\tholder\tIshiba\t2024-10-01\t2025-10-20\t\tPrime Minister\n"
    "USA\tname\tUnited States\t\t\t\t\n"
    "USA\tshort\tU.S.\t\t\t\t\n"
    "USA\tcode\tUS\t\t\t\t\n"
    "USA\tcapital\tWashington\t\t\tcity\t\n"
    "KOR\tname\tSouth Korea\t\t\t\t\n"
    "PRK\tname\tNorth Korea\t\t\t\t\n"
    "PRK\tshort\tKorea\t\t\t\t\n"
    "JOR\tname\tJordan\t\t\tperson\t\n"
    "SYR\tname\tSyria\t\t\t\t\n"
    "TUR\tshort\tTurkey\t\t\tnoun\t\n"
    "GEO\tname\tGeorgia\t\t\tstate\t\n"
    "GEO\tcapital\tTbilisi\t\t\t\t\n"
    "CHN\tname\tChina\t\t\tnoun\t\n";

typedef struct {
    dyad_actors *ga;
    dyad_actors_ctx *cx;
    dyad_doc doc;
} fix;

static dyad_actors *builtin;   /* loaded once for the group */

static int setup_group(void **state)
{
    (void)state;
    dyad_err err = {0};
    builtin = dyad_actors_new();
    if (!builtin || dyad_actors_load_builtin(builtin, &err) != DYAD_OK) {
        print_error("built-in gazetteer: %s:%lu: %s\n", err.src, err.line,
                    err.msg);
        return -1;
    }
    return 0;
}

static int teardown_group(void **state)
{
    (void)state;
    dyad_actors_free(builtin);
    return 0;
}

static dyad_actors *load_small(void)
{
    dyad_actors *ga = dyad_actors_new();
    assert_non_null(ga);
    dyad_err err = {0};
    int rc = dyad_actors_load_data(ga, "small.tsv", small_gazetteer,
                                   sizeof small_gazetteer - 1, &err);
    if (rc != DYAD_OK)
        fail_msg("small gazetteer: %s:%lu: %s", err.src, err.line, err.msg);
    return ga;
}

/* The small gazetteer and then the file extra (a string literal). */
#define load_small_and(extra) load_more(load_small(), extra, sizeof extra - 1)
static dyad_actors *load_more(dyad_actors *ga, const char *extra, size_t len)
{
    dyad_err err = {0};
    assert_int_equal(dyad_actors_load_data(ga, "extra.tsv", extra, len, &err),
                     DYAD_OK);
    return ga;
}

/* The codes found in every sentence of text on day, joined by ',' (with
 * "|" between sentences), in a static buffer. self is a code or NULL. */
static const char *find(const dyad_actors *ga, const char *text, int32_t day,
                        const char *self)
{
    static char out[512];
    dyad_doc doc;
    dyad_err err = {0};
    dyad_doc_init(&doc);
    assert_int_equal(dyad_text_analyse(&doc, text, strlen(text), 0, &err),
                     DYAD_OK);
    dyad_actors_ctx *cx = dyad_actors_ctx_new();
    assert_non_null(cx);
    assert_int_equal(dyad_actors_prepare(cx, &doc), DYAD_OK);
    int si = -1;
    if (self) {
        si = dyad_actors_lookup(ga, self, strlen(self));
        assert_true(si >= 0);
    }
    out[0] = '\0';
    for (size_t s = 0; s < doc.nsent; s++) {
        dyad_actor_hit hits[64];
        size_t n = dyad_actors_find(ga, cx, &doc, s, day, si, hits, 64);
        assert_true(n <= 64);
        if (s)
            strcat(out, "|");
        for (size_t i = 0; i < n; i++) {
            if (i)
                strcat(out, ",");
            strcat(out, dyad_actors_code(ga, hits[i].code));
        }
    }
    dyad_actors_ctx_free(cx);
    dyad_doc_free(&doc);
    return out;
}

#define DAY(y, m, d) dyad_days_from_civil(y, m, d)
#define TODAY DAY(2026, 2, 14)

static void test_actors_small_gazetteer_basic_matches(void **state)
{
    (void)state;
    dyad_actors *ga = load_small();
    assert_string_equal(find(ga, "Japan and the United States met.", TODAY,
                             NULL),
                        "JPN,USA");
    assert_string_equal(find(ga, "The Japanese Foreign Minister spoke.", TODAY,
                             NULL),
                        "JPN");
    /* dots are ignored, case is not */
    assert_string_equal(find(ga, "U.S. and US and USA and us.", TODAY, NULL),
                        "USA,USA");
    /* possessive */
    assert_string_equal(find(ga, "Japan's envoy and China\xe2\x80\x99s envoy.",
                             TODAY, NULL),
                        "JPN,CHN");
    /* longest alias wins: one mention each */
    assert_string_equal(find(ga, "South Korea and North Korea talked.", TODAY,
                             NULL),
                        "KOR,PRK");
    assert_string_equal(find(ga, "Korea talked.", TODAY, NULL), "PRK");
    assert_int_equal(dyad_actors_ncodes(ga), 9);
    dyad_actors_free(ga);
}

/* Match keys come straight from the text unless a token has a dot, a
 * curly quote or a possessive: each form must still find its alias. */
static void test_actors_key_forms(void **state)
{
    (void)state;
    dyad_actors *ga = load_small();
    assert_string_equal(find(ga, "U.S.'s envoy met Japan\xe2\x80\x99s and "
                                 "JAPAN'S envoys.",
                             TODAY, NULL),
                        "USA,JPN,JPN");
    assert_string_equal(find(ga, "Syria' rebels and Syria's army.", TODAY,
                             NULL),
                        "SYR,SYR");
    assert_string_equal(find(ga, "US-Japan talks and Japan-U.S. talks.", TODAY,
                             NULL),
                        "USA,JPN,JPN,USA");
    /* dots go anywhere, a quote inside a word stays */
    assert_string_equal(find(ga, "Jap.an and Ja\xe2\x80\x99pan.", TODAY,
                             NULL),
                        "JPN");
    dyad_actors_free(ga);
}

/* A token with a dot whose key starts no alias ("2.5") gets its key only
 * when a match reads it as a later word of an alias. */
static void test_actors_later_word_with_dots(void **state)
{
    (void)state;
    static const char extra[] =
        "code\tkind\talias\tfrom\tto\trule\tnote\n"
        "SYR\tshort\tBlock 2.5\t\t\t\t\n"
        "JPN\tshort\tZone 2.5 East\t\t\t\t\n";
    dyad_actors *ga = load_small_and(extra);
    assert_string_equal(find(ga, "Block 2.5 and Block 25 met 2.5 Block.",
                             TODAY, NULL),
                        "SYR,SYR");
    assert_string_equal(find(ga, "Zone 2.5 East, Zone 25 East and Zone 2.6 "
                                 "East.",
                             TODAY, NULL),
                        "JPN,JPN");
    dyad_actors_free(ga);
}

/* A token of parts names no one where no part is an alias, nor on a day
 * out of its part's dates, and names it on a day in them, in one
 * document. */
static void test_actors_parts_remembered(void **state)
{
    (void)state;
    dyad_actors *ga = load_small();
    const char *text = "Ishiba-led talks ended. Mid-March talks ended. "
                       "Ishiba-led talks and mid-March talks ended.";
    dyad_doc doc;
    dyad_err err = {0};
    dyad_doc_init(&doc);
    assert_int_equal(dyad_text_analyse(&doc, text, strlen(text), 0, &err),
                     DYAD_OK);
    assert_int_equal(doc.nsent, 3);
    dyad_actors_ctx *cx = dyad_actors_ctx_new();
    assert_non_null(cx);
    assert_int_equal(dyad_actors_prepare(cx, &doc), DYAD_OK);
    dyad_actor_hit hits[8];
    assert_int_equal(dyad_actors_find(ga, cx, &doc, 0, TODAY, -1, hits, 8),
                     0);
    assert_int_equal(dyad_actors_find(ga, cx, &doc, 1, TODAY, -1, hits, 8),
                     0);
    assert_int_equal(
        dyad_actors_find(ga, cx, &doc, 2, DAY(2025, 1, 1), -1, hits, 8), 1);
    assert_string_equal(dyad_actors_code(ga, hits[0].code), "JPN");
    dyad_actors_ctx_free(cx);
    dyad_doc_free(&doc);
    dyad_actors_free(ga);
}

/* A walk of a chain reads as far as its longest alias, which a later
 * file may make longer, in either table. */
static void test_actors_longest_alias_of_a_chain(void **state)
{
    (void)state;
    static const char extra[] =
        "code\tkind\talias\tfrom\tto\trule\tnote\n"
        "JPN\tname\tSouth Korea Sea Zone\t\t\t\t\n";
    dyad_actors *ga = load_small();
    const char *t = "South Korea Sea Zone talks. SOUTH KOREA SEA ZONE TALKS.";
    assert_string_equal(find(ga, t, TODAY, NULL), "PRK|KOR");
    load_more(ga, extra, sizeof extra - 1);
    assert_string_equal(find(ga, t, TODAY, NULL), "JPN|JPN");
    dyad_actors_free(ga);
}

/* Codes compare as their strings do ("US" before "USA"), and no code
 * as "". */
static void test_actors_code_cmp(void **state)
{
    (void)state;
    static const char extra[] =
        "code\tkind\talias\tfrom\tto\trule\tnote\n"
        "US\tname\tUs Land\t\t\t\t\n"
        "ZZZZZZZZ\tname\tZed Land\t\t\t\t\n";
    dyad_actors *ga = load_small_and(extra);
    int n = (int)dyad_actors_ncodes(ga);
    for (int a = -1; a <= n; a++)
        for (int b = -1; b <= n; b++) {
            int c = strcmp(dyad_actors_code(ga, a), dyad_actors_code(ga, b));
            assert_int_equal(dyad_actors__code_cmp(ga, a, b),
                             (c > 0) - (c < 0));
        }
    dyad_actors_free(ga);
}

/* The rules' context words, looked up in one table: several lists for
 * the word before a capital ("north", "in", "travelled to"). */
static void test_actors_context_words(void **state)
{
    (void)state;
    assert_string_equal(find(builtin, "Talks in north Tokyo.", TODAY, NULL),
                        "");
    assert_string_equal(find(builtin, "The regime in Tokyo spoke.", TODAY,
                             NULL),
                        "JPN");
    assert_string_equal(find(builtin, "He travelled to Tokyo.", TODAY, NULL),
                        "");
    assert_string_equal(find(builtin, "Tokyo and Paris spoke.", TODAY, NULL),
                        "JPN,FRA");
    /* "in Japanese and": a language; "and French": not after "in" */
    assert_string_equal(find(builtin, "Lessons in Japanese and French.",
                             TODAY, NULL),
                        "FRA");
    assert_string_equal(find(builtin, "Japanese food and French envoys.",
                             TODAY, NULL),
                        "FRA");
}

/* The codes found in the first sentence of text with context cx. */
static const char *find_cx(const dyad_actors *ga, dyad_actors_ctx *cx,
                           const char *text)
{
    static char out[256];
    dyad_doc doc;
    dyad_err err = {0};
    dyad_doc_init(&doc);
    assert_int_equal(dyad_text_analyse(&doc, text, strlen(text), 0, &err),
                     DYAD_OK);
    assert_int_equal(dyad_actors_prepare(cx, &doc), DYAD_OK);
    dyad_actor_hit hits[16];
    size_t n = dyad_actors_find(ga, cx, &doc, 0, TODAY, -1, hits, 16);
    out[0] = '\0';
    for (size_t i = 0; i < n && i < 16; i++) {
        if (i)
            strcat(out, ",");
        strcat(out, dyad_actors_code(ga, hits[i].code));
    }
    dyad_doc_free(&doc);
    return out;
}

static void test_actors_context_serves_any_gazetteer(void **state)
{
    (void)state;
    /* a context remembers what a gazetteer says of a key: a context used
     * with another gazetteer, or after more files, must not answer from
     * the old one */
    static const char extra[] =
        "code\tkind\talias\tfrom\tto\trule\tnote\n"
        "FRA\tname\tFrance\t\t\t\t\n"
        "FRA\tcapital\tParis\t\t\t\t\n"
        "JPN\tshort\tNippon\t\t\t\t\n"
        "USA\tname\tUnited States of America\t\t\t\t\n";
    dyad_actors *small = load_small();
    dyad_actors_ctx *cx = dyad_actors_ctx_new();
    assert_non_null(cx);
    const char *t = "Japan, the United States of America, France and Nippon "
                    "met in Paris.";
    assert_string_equal(find_cx(small, cx, t), "JPN,USA");
    assert_string_equal(find_cx(builtin, cx, t), "JPN,USA,FRA");
    assert_string_equal(find_cx(small, cx, t), "JPN,USA");
    dyad_err err = {0};
    assert_int_equal(dyad_actors_load_data(small, "extra.tsv", extra,
                                           sizeof extra - 1, &err),
                     DYAD_OK);
    assert_string_equal(find_cx(small, cx, t), "JPN,USA,FRA,JPN");
    /* keys longer than the memo keeps, possessives, dots */
    assert_string_equal(
        find_cx(small, cx, "Japan's envoy and the U.S. met France's."),
        "JPN,USA,FRA");
    dyad_actors_ctx_free(cx);
    dyad_actors_free(small);
}

static void test_actors_hit_positions(void **state)
{
    (void)state;
    dyad_actors *ga = load_small();
    const char *text = "Officials from South Korea met US envoys.";
    dyad_doc doc;
    dyad_err err = {0};
    dyad_doc_init(&doc);
    assert_int_equal(dyad_text_analyse(&doc, text, strlen(text), 0, &err),
                     DYAD_OK);
    dyad_actors_ctx *cx = dyad_actors_ctx_new();
    assert_int_equal(dyad_actors_prepare(cx, &doc), DYAD_OK);
    dyad_actor_hit hits[1];
    /* more hits than room: the count is still returned */
    size_t n = dyad_actors_find(ga, cx, &doc, 0, TODAY, -1, hits, 1);
    assert_int_equal(n, 2);
    assert_string_equal(dyad_actors_code(ga, hits[0].code), "KOR");
    assert_int_equal(hits[0].tok, 2);
    assert_int_equal(hits[0].ntok, 2);
    const dyad_actor_entry *e = dyad_actors_entry(ga, hits[0].entry);
    assert_non_null(e);
    assert_string_equal(e->alias, "South Korea");
    assert_string_equal(e->kind, "name");
    assert_string_equal(e->file, "small.tsv");
    assert_int_equal(e->line, 13);
    assert_null(dyad_actors_entry(ga, -1));
    assert_string_equal(dyad_actors_code(ga, -1), "");
    dyad_actors_ctx_free(cx);
    dyad_doc_free(&doc);
    dyad_actors_free(ga);
}

static void test_actors_holder_dates(void **state)
{
    (void)state;
    dyad_actors *ga = load_small();
    const char *t = "Takaichi met Ishiba.";
    assert_string_equal(find(ga, t, DAY(2025, 10, 20), NULL), "JPN");
    assert_string_equal(find(ga, "Takaichi spoke.", DAY(2025, 10, 20), NULL),
                        "");
    assert_string_equal(find(ga, t, DAY(2025, 10, 21), NULL), "JPN");
    assert_string_equal(find(ga, "Ishiba spoke.", DAY(2025, 10, 21), NULL),
                        "");
    assert_string_equal(find(ga, "Takaichi spoke.", DAY(2025, 10, 21), NULL),
                        "JPN");
    assert_string_equal(find(ga, "Sanae Takaichi spoke.", DAY(2030, 1, 1),
                             NULL),
                        "JPN");
    assert_string_equal(find(ga, "Ishiba spoke.", DAY(2024, 9, 30), NULL), "");
    dyad_actors_free(ga);
}

static void test_actors_person_rule(void **state)
{
    (void)state;
    dyad_actors *ga = load_small();
    assert_string_equal(find(ga, "Jordan and Syria agreed.", TODAY, NULL),
                        "JOR,SYR");
    assert_string_equal(find(ga, "Fans cheered as Michael Jordan scored.",
                             TODAY, NULL),
                        "");
    assert_string_equal(find(ga, "Officials said Jordan Henderson played.",
                             TODAY, NULL),
                        "");
    /* a neighbouring place name is not a person's name */
    assert_string_equal(find(ga, "Envoys from Syria Jordan and Japan met.",
                             TODAY, NULL),
                        "SYR,JOR,JPN");
    dyad_actors_free(ga);
}

static void test_actors_noun_rule(void **state)
{
    (void)state;
    dyad_actors *ga = load_small();
    assert_string_equal(find(ga, "Turkey sandwiches are sold.", TODAY, NULL),
                        "");
    assert_string_equal(find(ga, "He ate a turkey sandwich.", TODAY, NULL),
                        "");
    assert_string_equal(find(ga, "Turkey and Syria met.", TODAY, NULL),
                        "TUR,SYR");
    assert_string_equal(find(ga, "China plates broke.", TODAY, NULL), "");
    assert_string_equal(find(ga, "Fine china is fragile.", TODAY, NULL), "");
    /* "set" after China is the state's headline verb, not a china set */
    assert_string_equal(find(ga, "China set to fine Japan.", TODAY, NULL),
                        "CHN,JPN");
    assert_string_equal(find(ga, "China sets deadline for Japan.", TODAY,
                             NULL),
                        "CHN,JPN");
    dyad_actors_free(ga);
}

static void test_actors_load_errors(void **state)
{
    (void)state;
    static const struct {
        const char *row;
        const char *what;
    } bad[] = {
        {"jpn\tname\tJapan\t\t\t\t", "2-8 capital letters"},
        {"JPN\tnation\tJapan\t\t\t\t", "unknown kind"},
        {"JPN\tname\tJapan\t\t\tplace\t", "unknown rule"},
        {"JPN\tholder\tAbe\t2020-01-01\t2019-01-01\t\t", "after"},
        {"JPN\tholder\tAbe\t2020-13-01\t\t\t", "YYYY-MM-DD"},
        {"JPN\tholder\tAbe\t2020\t\t\t", "YYYY-MM-DD"},
        {"JPN\tname\t\t\t\t\t", "alias"},
        {"JPN\tname\tJapan \t\t\t\t", "alias"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char data[512];
        snprintf(data, sizeof data,
                 "code\tkind\talias\tfrom\tto\trule\tnote\n"
                 "CHN\tname\tChina\t\t\t\t\n%s\n",
                 bad[i].row);
        dyad_actors *ga = dyad_actors_new();
        dyad_err err = {0};
        int rc = dyad_actors_load_data(ga, "bad.tsv", data, strlen(data), &err);
        if (rc != DYAD_EPARSE || err.line != 3 || !strstr(err.msg, bad[i].what))
            fail_msg("row '%s': rc %d line %lu '%s'", bad[i].row, rc, err.line,
                     err.msg);
        assert_string_equal(err.src, "bad.tsv");
        dyad_actors_free(ga);
    }
    /* the same alias, code and start twice in one file */
    const char *dup = "code\tkind\talias\nJPN\tname\tJapan\nUSA\tcode\tUS\n"
                      "JPN\tshort\tJapan\n";
    dyad_actors *ga = dyad_actors_new();
    dyad_err err = {0};
    assert_int_equal(dyad_actors_load_data(ga, "dup.tsv", dup, strlen(dup),
                                           &err),
                     DYAD_EPARSE);
    assert_int_equal(err.line, 4);
    assert_non_null(strstr(err.msg, "first at line 2"));
    dyad_actors_free(ga);
    /* lexicons that are not gazetteers are skipped */
    ga = dyad_actors_new();
    const char *lex = "term\tvalence\ngood\t1.9\n";
    assert_int_equal(dyad_actors_load_data(ga, "v.tsv", lex, strlen(lex), &err),
                     DYAD_OK);
    assert_int_equal(dyad_actors_ncodes(ga), 0);
    assert_string_equal(dyad_actors_version(ga), "0000000000000000");
    dyad_actors_free(ga);
}

static void test_actors_version_follows_data(void **state)
{
    (void)state;
    dyad_actors *a = load_small(), *b = load_small();
    assert_string_equal(dyad_actors_version(a), dyad_actors_version(b));
    assert_string_not_equal(dyad_actors_version(a), "0000000000000000");
    assert_string_not_equal(dyad_actors_version(a), dyad_actors_version(builtin));
    dyad_actors_free(a);
    dyad_actors_free(b);
}

/* --- the built-in gazetteer --- */

static void test_actors_builtin_demonym_and_codes(void **state)
{
    (void)state;
    assert_string_equal(find(builtin, "Japanese Foreign Minister Toshimitsu "
                                      "Motegi arrived.",
                             TODAY, NULL),
                        "JPN,JPN");
    assert_string_equal(find(builtin, "The Japanese Foreign Minister spoke.",
                             TODAY, NULL),
                        "JPN");
    assert_string_equal(find(builtin, "The U.S. Navy sailed.", TODAY, NULL),
                        "USA");
    assert_string_equal(find(builtin, "The US Navy sailed.", TODAY, NULL),
                        "USA");
    assert_string_equal(find(builtin, "They told us so.", TODAY, NULL), "");
    assert_string_equal(find(builtin, "South Korea protested.", TODAY, NULL),
                        "KOR");
}

static void test_actors_builtin_south_korea_is_one_mention(void **state)
{
    (void)state;
    const char *text = "South Korea protested.";
    dyad_doc doc;
    dyad_err err = {0};
    dyad_doc_init(&doc);
    assert_int_equal(dyad_text_analyse(&doc, text, strlen(text), 0, &err),
                     DYAD_OK);
    dyad_actors_ctx *cx = dyad_actors_ctx_new();
    assert_int_equal(dyad_actors_prepare(cx, &doc), DYAD_OK);
    dyad_actor_hit hits[8];
    assert_int_equal(dyad_actors_find(builtin, cx, &doc, 0, TODAY, -1, hits, 8),
                     1);
    assert_int_equal(hits[0].tok, 0);
    assert_int_equal(hits[0].ntok, 2);
    dyad_actors_ctx_free(cx);
    dyad_doc_free(&doc);
}

static void test_actors_builtin_holder_dates(void **state)
{
    (void)state;
    /* Takaichi is Prime Minister from 2025-10-21 */
    const char *t = "Takaichi spoke.";
    assert_string_equal(find(builtin, t, DAY(2025, 10, 20), NULL), "");
    assert_string_equal(find(builtin, t, DAY(2025, 10, 21), NULL), "JPN");
    assert_string_equal(find(builtin, t, DAY(2025, 10, 22), NULL), "JPN");
    assert_string_equal(find(builtin, "Ishiba spoke.", DAY(2025, 10, 20), NULL),
                        "JPN");
}

static void test_actors_builtin_jordan(void **state)
{
    (void)state;
    assert_string_equal(find(builtin, "Fans cheered as Michael Jordan scored.",
                             TODAY, NULL),
                        "");
    assert_string_equal(find(builtin, "Jordan and Syria signed a deal.", TODAY,
                             NULL),
                        "JOR,SYR");
    assert_string_equal(find(builtin, "Chad Smith played drums.", TODAY, NULL),
                        "");
    assert_string_equal(find(builtin, "Talks between Jordan and Syria.", TODAY,
                             NULL),
                        "JOR,SYR");
}

static void test_actors_builtin_jordan_opening_a_sentence(void **state)
{
    (void)state;
    /* A capitalised first word before "Jordan" is a first name unless it
     * is a usual sentence opener ("Yesterday Jordan said"). */
    assert_string_equal(find(builtin, "Michael Jordan scored 30 points.", TODAY,
                             NULL),
                        "");
    /* what the exemption is for: a capitalised first word that is no name */
    assert_string_equal(find(builtin, "Yesterday Jordan and Syria met.", TODAY,
                             NULL),
                        "JOR,SYR");
}

static void test_actors_builtin_georgia(void **state)
{
    (void)state;
    assert_string_equal(find(builtin, "Georgia voters in Atlanta lined up.",
                             TODAY, NULL),
                        "");
    assert_string_equal(find(builtin, "The governor of Georgia spoke.", TODAY,
                             NULL),
                        "");
    assert_string_equal(find(builtin, "Georgia protested and Tbilisi was "
                                      "tense.",
                             TODAY, NULL),
                        "GEO,GEO");
    assert_string_equal(find(builtin, "Georgia and Russia clashed.", TODAY,
                             NULL),
                        "GEO,RUS");
    /* a US word beside Russia: the country still */
    assert_string_equal(find(builtin, "Republicans urge Bush to defend "
                                      "Georgia against Russia.",
                             DAY(2008, 8, 12), NULL),
                        "USA,GEO,RUS");
    assert_string_equal(find(builtin, "Georgia Senate runoff: Republicans "
                                      "hold seat.",
                             TODAY, NULL),
                        "");
}

static void test_actors_builtin_turkey_guinea_niger(void **state)
{
    (void)state;
    assert_string_equal(find(builtin, "He ate a turkey sandwich.", TODAY, NULL),
                        "");
    assert_string_equal(find(builtin, "Turkey sandwiches sold out.", TODAY,
                             NULL),
                        "");
    assert_string_equal(find(builtin, "Turkey and Greece met.", TODAY, NULL),
                        "TUR,GRC");
    assert_string_equal(find(builtin, "A Guinea pig escaped.", TODAY, NULL), "");
    assert_string_equal(find(builtin, "Guinea and Mali met.", TODAY, NULL),
                        "GIN,MLI");
    assert_string_equal(find(builtin, "The Niger River flooded.", TODAY, NULL),
                        "");
    assert_string_equal(find(builtin, "Niger and Mali met.", TODAY, NULL),
                        "NER,MLI");
}

static void test_actors_builtin_washington(void **state)
{
    (void)state;
    assert_string_equal(find(builtin, "A statue of George Washington stands.",
                             TODAY, NULL),
                        "");
    assert_string_equal(find(builtin, "The Washington Post reported it.", TODAY,
                             NULL),
                        "");
    assert_string_equal(find(builtin, "Washington State passed a law.", TODAY,
                             NULL),
                        "");
    /* a capital after "in" is the place of a meeting, not a government */
    assert_string_equal(find(builtin, "Envoys met in Washington today.", TODAY,
                             NULL),
                        "");
    assert_string_equal(find(builtin, "Washington warned Beijing today.", TODAY,
                             NULL),
                        "USA,CHN");
    assert_string_equal(find(builtin, "Tokyo and Washington agreed.", TODAY,
                             NULL),
                        "JPN,USA");
}

static void test_actors_builtin_all_caps(void **state)
{
    (void)state;
    assert_string_equal(find(builtin, "JAPAN AND CHINA CLASH", TODAY, NULL),
                        "JPN,CHN");
    assert_string_equal(find(builtin, "SOUTH KOREA PROTESTS", TODAY, NULL),
                        "KOR");
}

static void test_actors_builtin_self_reference(void **state)
{
    (void)state;
    const char *t = "We will defend this country and our people.";
    assert_string_equal(find(builtin, t, TODAY, "JPN"), "JPN,JPN,JPN");
    assert_string_equal(find(builtin, t, TODAY, NULL), "");
    assert_string_equal(find(builtin, "They warned us about China.", TODAY,
                             "JPN"),
                        "JPN,CHN");
    /* "US" in capitals stays the country */
    assert_string_equal(find(builtin, "The US warned China.", TODAY, "JPN"),
                        "USA,CHN");
}

static void test_actors_pair_names(void **state)
{
    (void)state;
    char out[32];
    dyad_err err = {0};
    assert_int_equal(dyad_actors_pair(builtin, "Japan-China", out, sizeof out,
                                      &err),
                     DYAD_OK);
    assert_string_equal(out, "CHN-JPN");
    assert_int_equal(dyad_actors_pair(builtin, "jpn-chn", out, sizeof out,
                                      &err),
                     DYAD_OK);
    assert_string_equal(out, "CHN-JPN");
    assert_int_equal(dyad_actors_pair(builtin, "CHN-JPN", out, sizeof out,
                                      &err),
                     DYAD_OK);
    assert_string_equal(out, "CHN-JPN");
    assert_int_equal(dyad_actors_pair(builtin, "Guinea-Bissau-Japan", out,
                                      sizeof out, &err),
                     DYAD_OK);
    assert_string_equal(out, "GNB-JPN");
    assert_int_equal(dyad_actors_pair(builtin, "Japan-Guinea-Bissau", out,
                                      sizeof out, &err),
                     DYAD_OK);
    assert_string_equal(out, "GNB-JPN");
    assert_int_equal(dyad_actors_pair(builtin, "the United States-Japanese",
                                      out, sizeof out, &err),
                     DYAD_OK);
    assert_string_equal(out, "JPN-USA");
}

static void test_actors_pair_rejects_unknown_and_same(void **state)
{
    (void)state;
    char out[32];
    dyad_err err = {0};
    assert_int_equal(dyad_actors_pair(builtin, "Japan-Atlantis", out,
                                      sizeof out, &err),
                     DYAD_EINVAL);
    assert_int_equal(err.code, DYAD_EINVAL);
    assert_non_null(strstr(err.msg, "Japan-Atlantis"));
    assert_int_equal(dyad_actors_pair(builtin, "Japan-Japan", out, sizeof out,
                                      &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_actors_pair(builtin, "JPN-Japanese", out, sizeof out,
                                      &err),
                     DYAD_EINVAL);
    assert_non_null(strstr(err.msg, "same"));
    assert_int_equal(dyad_actors_pair(builtin, "Japan", out, sizeof out, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_actors_pair(builtin, "-Japan", out, sizeof out, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_actors_pair(builtin, "", out, sizeof out, &err),
                     DYAD_EINVAL);
}

static void test_actors_lookup(void **state)
{
    (void)state;
    int jpn = dyad_actors_lookup(builtin, "JPN", 3);
    assert_true(jpn >= 0);
    assert_string_equal(dyad_actors_code(builtin, jpn), "JPN");
    assert_int_equal(dyad_actors_lookup(builtin, "japan", 5), jpn);
    assert_int_equal(dyad_actors_lookup(builtin, "Japanese", 8), jpn);
    assert_int_equal(dyad_actors_lookup(builtin, " Japan ", 7), jpn);
    assert_int_equal(dyad_actors_lookup(builtin, "Atlantis", 8), -1);
    /* office holders are not names of the country */
    assert_int_equal(dyad_actors_lookup(builtin, "Takaichi", 8), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_actors_small_gazetteer_basic_matches),
        cmocka_unit_test(test_actors_key_forms),
        cmocka_unit_test(test_actors_later_word_with_dots),
        cmocka_unit_test(test_actors_code_cmp),
        cmocka_unit_test(test_actors_longest_alias_of_a_chain),
        cmocka_unit_test(test_actors_parts_remembered),
        cmocka_unit_test(test_actors_context_words),
        cmocka_unit_test(test_actors_hit_positions),
        cmocka_unit_test(test_actors_holder_dates),
        cmocka_unit_test(test_actors_person_rule),
        cmocka_unit_test(test_actors_noun_rule),
        cmocka_unit_test(test_actors_load_errors),
        cmocka_unit_test(test_actors_version_follows_data),
        cmocka_unit_test(test_actors_builtin_demonym_and_codes),
        cmocka_unit_test(test_actors_builtin_south_korea_is_one_mention),
        cmocka_unit_test(test_actors_builtin_holder_dates),
        cmocka_unit_test(test_actors_builtin_jordan),
        cmocka_unit_test(test_actors_builtin_jordan_opening_a_sentence),
        cmocka_unit_test(test_actors_builtin_georgia),
        cmocka_unit_test(test_actors_builtin_turkey_guinea_niger),
        cmocka_unit_test(test_actors_builtin_washington),
        cmocka_unit_test(test_actors_builtin_all_caps),
        cmocka_unit_test(test_actors_builtin_self_reference),
        cmocka_unit_test(test_actors_pair_names),
        cmocka_unit_test(test_actors_pair_rejects_unknown_and_same),
        cmocka_unit_test(test_actors_lookup),
        cmocka_unit_test(test_actors_context_serves_any_gazetteer),
    };
    return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
