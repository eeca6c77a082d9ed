/* test_lex.c - valence and tension lexicons (dyad/lex.h). */
#include "dyad/lex.h"

#include "unit.h"

#define VHEAD "term\tvalence\n"
#define THEAD "term\tweight\tquad\tmode\n"

static int load(dyad_lex *lx, const char *name, const char *data,
                dyad_err *err)
{
    memset(err, 0, sizeof *err);
    return dyad_lex_load_data(lx, name, data, strlen(data), err);
}

/* data must fail to load with DYAD_EPARSE at line, mentioning what. */
static void load_fails(const char *data, unsigned long line, const char *what)
{
    dyad_lex *lx = dyad_lex_new();
    assert_non_null(lx);
    dyad_err err;
    int rc = load(lx, "bad.tsv", data, &err);
    if (rc != DYAD_EPARSE)
        fail_msg("rc %d, expected DYAD_EPARSE for '%s'", rc, what);
    assert_int_equal(err.code, DYAD_EPARSE);
    assert_string_equal(err.src, "bad.tsv");
    assert_int_equal(err.line, line);
    if (!strstr(err.msg, what))
        fail_msg("message '%s' does not mention '%s'", err.msg, what);
    dyad_lex_free(lx);
}

/* Matches the space-separated words of text; returns the word count and
 * the entry's term in *term (or ""). */
static size_t match(const dyad_lex *lx, int kind, const char *text,
                    const char **term)
{
    char buf[256];
    dyad_span keys[16];
    size_t n = 0;
    strcpy(buf, text);
    for (char *p = strtok(buf, " "); p && n < 16; p = strtok(NULL, " "))
        keys[n++] = (dyad_span){p, strlen(p)};
    const dyad_lex_entry *e = NULL;
    size_t w = dyad_lex_match(lx, kind, keys, n, &e);
    static char out[256];
    strcpy(out, w && e ? e->term : "");
    *term = out;
    return w;
}

static void test_lex_file_kind_from_header(void **state)
{
    (void)state;
    const char *v = "# comment\n\nterm\tvalence\tsd\n";
    assert_int_equal(dyad_lex_file_kind(v, strlen(v)), DYAD_LEX_VALENCE);
    assert_int_equal(dyad_lex_file_kind(THEAD, strlen(THEAD)),
                     DYAD_LEX_TENSION);
    const char *g = "code\tkind\talias\n";
    assert_int_equal(dyad_lex_file_kind(g, strlen(g)), DYAD_LEX_GAZETTEER);
    const char *u = "word\tscore\n";
    assert_int_equal(dyad_lex_file_kind(u, strlen(u)), DYAD_LEX_UNKNOWN);
    assert_int_equal(dyad_lex_file_kind("", 0), DYAD_LEX_UNKNOWN);
    /* with a BOM and CRLF */
    const char *b = "\xef\xbb\xbfterm\tvalence\r\n";
    assert_int_equal(dyad_lex_file_kind(b, strlen(b)), DYAD_LEX_VALENCE);
}

static void test_lex_loads_valence_and_tension(void **state)
{
    (void)state;
    dyad_lex *lx = dyad_lex_new();
    dyad_err err;
    assert_int_equal(load(lx, "v.tsv", "# valence\n" VHEAD "calm\t1.5\n"
                                       "grim\t-2\n",
                          &err),
                     DYAD_OK);
    assert_int_equal(load(lx, "t.tsv", THEAD "sanction*\t-8.0\tmaterial_conflict"
                                       "\tact\ntalks\t1.0\tverbal_coop\t-\n",
                          &err),
                     DYAD_OK);
    assert_int_equal(dyad_lex_count(lx, DYAD_LEX_VALENCE), 2);
    assert_int_equal(dyad_lex_count(lx, DYAD_LEX_TENSION), 2);
    const dyad_lex_entry *e = dyad_lex_valence(lx, "grim", 4);
    assert_non_null(e);
    assert_near(e->value, -2.0, 0);
    assert_string_equal(e->file, "v.tsv");
    assert_int_equal(e->line, 4);
    assert_null(dyad_lex_valence(lx, "talks", 5));
    const char *term;
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "sanctions", &term), 1);
    assert_string_equal(term, "sanction*");
    dyad_span k = {"sanctioned", 10};
    assert_int_equal(dyad_lex_match(lx, DYAD_LEX_TENSION, &k, 1, &e), 1);
    assert_int_equal(e->quad, DYAD_QUAD_MATERIAL_CONFLICT);
    assert_int_equal(e->mode, DYAD_MODE_ACT);
    assert_near(e->value, -8.0, 0);
    k = (dyad_span){"talks", 5};
    assert_int_equal(dyad_lex_match(lx, DYAD_LEX_TENSION, &k, 1, &e), 1);
    assert_int_equal(e->mode, DYAD_MODE_NONE);
    /* a valence term is not a tension term */
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "calm", &term), 0);
    /* a gazetteer is skipped */
    assert_int_equal(load(lx, "g.tsv", "code\tkind\talias\nJPN\tname\tJapan\n",
                          &err),
                     DYAD_OK);
    assert_int_equal(dyad_lex_count(lx, DYAD_LEX_VALENCE), 2);
    dyad_lex_free(lx);
}

static void test_lex_not_a_lexicon(void **state)
{
    (void)state;
    load_fails("word\tscore\nx\t1\n", 1, "not a lexicon");
    load_fails("weight\tquad\tmode\nx\t-1\tverbal_conflict\t-\n", 1,
               "not a lexicon");
    /* the header's own line, after comments and blank lines */
    load_fails("# a lexicon?\n\nword\tscore\nx\t1\n", 3, "not a lexicon");
    load_fails("", 1, "not a lexicon");
}

static void test_lex_duplicate_term_names_both_lines(void **state)
{
    (void)state;
    load_fails(VHEAD "calm\t1\nquiet\t1\n# note\ncalm\t2\n", 5,
               "duplicate term 'calm' (first at line 2)");
    load_fails(THEAD "warn*\t-3\tverbal_conflict\tthreat\n"
                     "warn*\t-4\tverbal_conflict\tthreat\n",
               3, "first at line 2");
}

static void test_lex_later_file_overrides_earlier(void **state)
{
    (void)state;
    dyad_lex *lx = dyad_lex_new();
    dyad_err err;
    assert_int_equal(load(lx, "a.tsv", VHEAD "calm\t1.5\nodd\t-1\n", &err),
                     DYAD_OK);
    assert_int_equal(load(lx, "b.tsv", VHEAD "\ncalm\t-0.5\n", &err), DYAD_OK);
    const dyad_lex_entry *e = dyad_lex_valence(lx, "calm", 4);
    assert_non_null(e);
    assert_near(e->value, -0.5, 0);
    assert_string_equal(e->file, "b.tsv");
    assert_int_equal(e->line, 3);
    /* the untouched term stays */
    e = dyad_lex_valence(lx, "odd", 3);
    assert_non_null(e);
    assert_string_equal(e->file, "a.tsv");
    dyad_lex_free(lx);
}

static void test_lex_bad_number(void **state)
{
    (void)state;
    load_fails(VHEAD "calm\tabc\n", 2, "not a number");
    load_fails(VHEAD "calm\t1.5x\n", 2, "not a number");
    load_fails(VHEAD "calm\t\n", 2, "not a number");
    load_fails(VHEAD "calm\n", 2, "not a number");
    load_fails(VHEAD "calm\t1e2\n", 2, "not a number");
    load_fails(THEAD "talk\tmuch\tverbal_coop\t-\n", 2, "not a number");
}

static void test_lex_valence_out_of_range(void **state)
{
    (void)state;
    load_fails(VHEAD "ok\t4\nbad\t4.1\n", 3, "outside");
    load_fails(VHEAD "bad\t-4.5\n", 2, "outside");
}

static void test_lex_weight_out_of_range(void **state)
{
    (void)state;
    load_fails(THEAD "war\t-10.5\tmaterial_conflict\tact\n", 2, "outside");
    load_fails(THEAD "aid\t11\tmaterial_coop\t-\n", 2, "outside");
}

static void test_lex_weight_sign_must_fit_quad(void **state)
{
    (void)state;
    load_fails(THEAD "attack\t3\tmaterial_conflict\tact\n", 2, "does not fit");
    load_fails(THEAD "aid\t-3\tmaterial_coop\t-\n", 2, "does not fit");
    load_fails(THEAD "meh\t0\tverbal_coop\t-\n", 2, "does not fit");
}

static void test_lex_bad_quad_or_mode(void **state)
{
    (void)state;
    load_fails(THEAD "attack\t-3\tconflict\tact\n", 2, "quad must be");
    load_fails(THEAD "attack\t-3\t\tact\n", 2, "quad must be");
    load_fails(THEAD "attack\t-3\tmaterial_conflict\tmaybe\n", 2,
               "mode must be");
    /* an empty mode is "-" */
    dyad_lex *lx = dyad_lex_new();
    dyad_err err;
    assert_int_equal(load(lx, "t.tsv", THEAD "attack\t-3\tmaterial_conflict\t\n",
                          &err),
                     DYAD_OK);
    dyad_lex_free(lx);
}

static void test_lex_capitals_in_tension_term(void **state)
{
    (void)state;
    load_fails(THEAD "calm\t1\tverbal_coop\t-\nThreaten\t-6\tverbal_conflict\t"
                     "threat\n",
               3, "capitals");
    /* valence terms may have capitals (VADER's emoticons: ":D") */
    dyad_lex *lx = dyad_lex_new();
    dyad_err err;
    assert_int_equal(load(lx, "v.tsv", VHEAD ":D\t2.3\n", &err), DYAD_OK);
    assert_non_null(dyad_lex_valence(lx, ":D", 2));
    dyad_lex_free(lx);
}

static void test_lex_malformed_terms(void **state)
{
    (void)state;
    load_fails(VHEAD "two  spaces\t1\n", 2, "stray spaces");
    load_fails(VHEAD " lead\t1\n", 2, "stray spaces");
    load_fails(VHEAD "\t1\n", 2, "empty term");
    load_fails(VHEAD "a b c d e f g h i j k l m\t1\n", 2, "malformed term");
    load_fails(VHEAD "calm\t1\textra\n", 2, "more fields");
}

static void test_lex_longest_multi_word_term_wins(void **state)
{
    (void)state;
    dyad_lex *lx = dyad_lex_new();
    dyad_err err;
    assert_int_equal(load(lx, "t.tsv",
                          THEAD "impose\t-2\tverbal_conflict\t-\n"
                                "impose sanctions\t-8\tmaterial_conflict\tact\n"
                                "impose sanctions on russia\t-8.5\t"
                                "material_conflict\tact\n",
                          &err),
                     DYAD_OK);
    const char *term;
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "impose sanctions on iran",
                           &term),
                     2);
    assert_string_equal(term, "impose sanctions");
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "impose sanctions on russia",
                           &term),
                     4);
    assert_string_equal(term, "impose sanctions on russia");
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "impose tariffs", &term), 1);
    assert_string_equal(term, "impose");
    /* a term longer than the keys left does not match */
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "sanctions", &term), 0);
    dyad_lex_free(lx);
}

static void test_lex_wildcard_after_letter_only(void **state)
{
    (void)state;
    dyad_lex *lx = dyad_lex_new();
    dyad_err err;
    assert_int_equal(load(lx, "t.tsv", THEAD "threaten*\t-6\tverbal_conflict\t"
                                       "threat\n",
                          &err),
                     DYAD_OK);
    assert_int_equal(load(lx, "v.tsv", VHEAD ":*\t2\n", &err), DYAD_OK);
    const char *term;
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "threatened", &term), 1);
    assert_string_equal(term, "threaten*");
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "threaten", &term), 1);
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "threat", &term), 0);
    /* ":*" is an emoticon, not a wildcard */
    assert_int_equal(match(lx, DYAD_LEX_VALENCE, ":*", &term), 1);
    assert_string_equal(term, ":*");
    assert_int_equal(match(lx, DYAD_LEX_VALENCE, ":)", &term), 0);
    assert_int_equal(match(lx, DYAD_LEX_VALENCE, ":", &term), 0);
    assert_non_null(dyad_lex_valence(lx, ":*", 2));
    dyad_lex_free(lx);
}

static void test_lex_exact_beats_wildcard(void **state)
{
    (void)state;
    dyad_lex *lx = dyad_lex_new();
    dyad_err err;
    assert_int_equal(load(lx, "t.tsv",
                          THEAD "sanction*\t-5\tmaterial_conflict\tact\n"
                                "sanctioned\t-8\tmaterial_conflict\tact\n"
                                "sanctions*\t-6\tmaterial_conflict\tact\n",
                          &err),
                     DYAD_OK);
    const char *term;
    match(lx, DYAD_LEX_TENSION, "sanctioned", &term);
    assert_string_equal(term, "sanctioned");
    /* the longer prefix beats the shorter */
    match(lx, DYAD_LEX_TENSION, "sanctionsx", &term);
    assert_string_equal(term, "sanctions*");
    match(lx, DYAD_LEX_TENSION, "sanctioning", &term);
    assert_string_equal(term, "sanction*");
    dyad_lex_free(lx);
}

static void test_lex_version_follows_data(void **state)
{
    (void)state;
    dyad_err err;
    dyad_lex *a = dyad_lex_new(), *b = dyad_lex_new(), *c = dyad_lex_new();
    assert_string_equal(dyad_lex_version(a), "0000000000000000");
    assert_int_equal(load(a, "v.tsv", VHEAD "calm\t1\n", &err), DYAD_OK);
    assert_int_equal(load(b, "v.tsv", VHEAD "calm\t1\n", &err), DYAD_OK);
    assert_int_equal(load(c, "v.tsv", VHEAD "calm\t2\n", &err), DYAD_OK);
    assert_int_equal(strlen(dyad_lex_version(a)), 16);
    assert_string_not_equal(dyad_lex_version(a), "0000000000000000");
    assert_string_equal(dyad_lex_version(a), dyad_lex_version(b));
    assert_string_not_equal(dyad_lex_version(a), dyad_lex_version(c));
    /* the file name counts too, and so does every further file */
    dyad_lex *d = dyad_lex_new();
    assert_int_equal(load(d, "w.tsv", VHEAD "calm\t1\n", &err), DYAD_OK);
    assert_string_not_equal(dyad_lex_version(a), dyad_lex_version(d));
    char before[17];
    strcpy(before, dyad_lex_version(a));
    assert_int_equal(load(a, "x.tsv", VHEAD "odd\t1\n", &err), DYAD_OK);
    assert_string_not_equal(dyad_lex_version(a), before);
    dyad_lex_free(a);
    dyad_lex_free(b);
    dyad_lex_free(c);
    dyad_lex_free(d);
}

static void test_lex_builtin(void **state)
{
    (void)state;
    dyad_err err = {0};
    dyad_lex *lx = dyad_lex_new();
    assert_int_equal(dyad_lex_load_builtin(lx, 0, &err), DYAD_OK);
    assert_true(dyad_lex_count(lx, DYAD_LEX_VALENCE) > 7000);
    assert_true(dyad_lex_count(lx, DYAD_LEX_TENSION) > 400);
    const dyad_lex_entry *e = dyad_lex_valence(lx, "good", 4);
    assert_non_null(e);
    assert_near(e->value, 1.9, 1e-12);
    const char *term;
    assert_int_equal(match(lx, DYAD_LEX_TENSION, "threatened", &term), 1);
    assert_int_equal(match(lx, DYAD_LEX_VALENCE, "fed up", &term), 2);
    char full[17];
    strcpy(full, dyad_lex_version(lx));
    dyad_lex_free(lx);

    lx = dyad_lex_new();
    assert_int_equal(dyad_lex_load_builtin(lx, DYAD_LEX_VADER_ONLY, &err),
                     DYAD_OK);
    assert_true(dyad_lex_count(lx, DYAD_LEX_VALENCE) > 7000);
    assert_int_equal(dyad_lex_count(lx, DYAD_LEX_TENSION), 0);
    assert_string_not_equal(dyad_lex_version(lx), full);
    dyad_lex_free(lx);
}

static void test_lex_quad_and_mode_names(void **state)
{
    (void)state;
    assert_string_equal(dyad_quad_name(DYAD_QUAD_VERBAL_COOP), "verbal_coop");
    assert_string_equal(dyad_quad_name(DYAD_QUAD_MATERIAL_CONFLICT),
                        "material_conflict");
    assert_string_equal(dyad_quad_name(9), "");
    assert_string_equal(dyad_mode_name(DYAD_MODE_THREAT), "threat");
    assert_string_equal(dyad_mode_name(DYAD_MODE_ACT), "act");
    assert_string_equal(dyad_mode_name(DYAD_MODE_NONE), "-");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lex_file_kind_from_header),
        cmocka_unit_test(test_lex_loads_valence_and_tension),
        cmocka_unit_test(test_lex_not_a_lexicon),
        cmocka_unit_test(test_lex_duplicate_term_names_both_lines),
        cmocka_unit_test(test_lex_later_file_overrides_earlier),
        cmocka_unit_test(test_lex_bad_number),
        cmocka_unit_test(test_lex_valence_out_of_range),
        cmocka_unit_test(test_lex_weight_out_of_range),
        cmocka_unit_test(test_lex_weight_sign_must_fit_quad),
        cmocka_unit_test(test_lex_bad_quad_or_mode),
        cmocka_unit_test(test_lex_capitals_in_tension_term),
        cmocka_unit_test(test_lex_malformed_terms),
        cmocka_unit_test(test_lex_longest_multi_word_term_wins),
        cmocka_unit_test(test_lex_wildcard_after_letter_only),
        cmocka_unit_test(test_lex_exact_beats_wildcard),
        cmocka_unit_test(test_lex_version_follows_data),
        cmocka_unit_test(test_lex_builtin),
        cmocka_unit_test(test_lex_quad_and_mode_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
