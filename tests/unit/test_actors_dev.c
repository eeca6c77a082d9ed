/*
 * test_actors_dev.c - precision and recall of actor detection and pair
 * attribution on the hand-labelled development set tests/data/actors-dev.tsv
 * (see tests/data/README.md).
 *
 * Prints the figures (micro-averaged over sentences: a true positive is an
 * actor, or a pair, that both the label and dyad give) for windows 0 to 2,
 * and fails when actor precision < 0.95 or recall < 0.90 (the targets of
 * the actors issue). DYAD_DEV_VERBOSE=1 lists every disagreement.
 */
#include "dyad/actors.h"
#include "unit.h"

#include "dyad/ingest.h"
#include "dyad/lex.h"
#include "dyad/score.h"
#include "dyad/text.h"
#include "util/fs.h"
#include "util/tsv.h"

#define MAXSET 64

typedef struct {
    char code[MAXSET][20];
    int n;
} set_t;

typedef struct {
    long tp, fp, fn;
} tally;

static dyad_lex *lex;
static dyad_actors *ga;

static void set_add(set_t *s, const char *c, size_t len)
{
    if (len == 0 || len >= sizeof s->code[0] || s->n == MAXSET)
        return;
    for (int i = 0; i < s->n; i++)
        if (strlen(s->code[i]) == len && memcmp(s->code[i], c, len) == 0)
            return;
    memcpy(s->code[s->n], c, len);
    s->code[s->n++][len] = '\0';
}

static void set_parse(set_t *s, dyad_span f)
{
    s->n = 0;
    const char *p = f.ptr, *e = f.ptr + f.len;
    while (p < e) {
        const char *c = memchr(p, ',', (size_t)(e - p));
        const char *q = c ? c : e;
        while (p < q && *p == ' ')
            p++;
        set_add(s, p, (size_t)(q - p));
        p = c ? c + 1 : e;
    }
}

static int set_has(const set_t *s, const char *c)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->code[i], c) == 0)
            return 1;
    return 0;
}

/* Adds the comparison of gold and got to t; lists differences if verbose. */
static void compare(const set_t *gold, const set_t *got, tally *t,
                    const char *what, const char *id, int verbose)
{
    for (int i = 0; i < got->n; i++) {
        if (set_has(gold, got->code[i])) {
            t->tp++;
        } else {
            t->fp++;
            if (verbose)
                printf("  %s %s: extra %s\n", id, what, got->code[i]);
        }
    }
    for (int i = 0; i < gold->n; i++)
        if (!set_has(got, gold->code[i])) {
            t->fn++;
            if (verbose)
                printf("  %s %s: missed %s\n", id, what, gold->code[i]);
        }
}

static double prec(tally t)
{
    return t.tp + t.fp ? (double)t.tp / (double)(t.tp + t.fp) : 1;
}

static double rec(tally t)
{
    return t.tp + t.fn ? (double)t.tp / (double)(t.tp + t.fn) : 1;
}

static double f1(tally t)
{
    double p = prec(t), r = rec(t);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static int setup(void **state)
{
    (void)state;
    dyad_err err = {0};
    lex = dyad_lex_new();
    ga = dyad_actors_new();
    if (!lex || !ga || dyad_lex_load_builtin(lex, 0, &err) != DYAD_OK ||
        dyad_actors_load_builtin(ga, &err) != DYAD_OK) {
        fprintf(stderr, "setup: %s\n", err.msg);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    dyad_actors_free(ga);
    dyad_lex_free(lex);
    return 0;
}

static void test_actors_dev_set_precision_recall(void **state)
{
    (void)state;
    const char *verbose_env = getenv("DYAD_DEV_VERBOSE");
    int verbose = verbose_env && *verbose_env == '1';
    dyad_buf data = {0};
    dyad_err err = {0};
    assert_int_equal(dyad_read_file(DYAD_SOURCE_DIR "/tests/data/actors-dev.tsv",
                                    &data, &err),
                     DYAD_OK);
    dyad_tsv t;
    assert_int_equal(dyad_tsv_open(&t, "actors-dev.tsv", data.data, data.len,
                                   &err),
                     DYAD_OK);
    int cid = dyad_tsv_col(&t, "id"), cdate = dyad_tsv_col(&t, "date"),
        cself = dyad_tsv_col(&t, "self"), cact = dyad_tsv_col(&t, "actors"),
        cpairs = dyad_tsv_col(&t, "pairs"), ctext = dyad_tsv_col(&t, "text");
    assert_true(cid >= 0 && cdate >= 0 && cself >= 0 && cact >= 0 &&
                cpairs >= 0 && ctext >= 0);

    enum { NWIN = 3 };
    tally actors = {0}, pairs_s[NWIN] = {{0}}, pairs_p[NWIN] = {{0}};
    long items = 0, paragraphs = 0;
    dyad_doc doc;
    dyad_doc_init(&doc);
    dyad_actors_ctx *acx = dyad_actors_ctx_new();
    dyad_score_ctx *sx = dyad_score_ctx_new();
    assert_non_null(acx);
    assert_non_null(sx);
    int rc;
    while ((rc = dyad_tsv_next(&t, &err)) == 1) {
        dyad_span id = dyad_tsv_field(&t, cid), text = dyad_tsv_field(&t, ctext);
        dyad_span ds = dyad_tsv_field(&t, cdate), self = dyad_tsv_field(&t, cself);
        char idz[64], textz[4096];
        snprintf(idz, sizeof idz, "%.*s", (int)id.len, id.ptr);
        assert_true(text.len < sizeof textz);
        memcpy(textz, text.ptr, text.len);
        textz[text.len] = '\0';
        dyad_article a = {0};
        if (dyad_date_parse(ds.ptr, ds.len, &a.date, &err) != DYAD_OK)
            fail_msg("actors-dev.tsv:%lu: bad date", t.line);
        dyad_date_iso(a.date.day, a.date_iso);
        int self_code = -1;
        if (self.len) {
            self_code = dyad_actors_lookup(ga, self.ptr, self.len);
            if (self_code < 0)
                fail_msg("actors-dev.tsv:%lu: unknown self code", t.line);
        }
        int paragraph = id.len && id.ptr[0] == 'p';
        items++;
        paragraphs += paragraph;

        /* actors: every sentence's mentions, as a set */
        set_t gold, got = {0};
        set_parse(&gold, dyad_tsv_field(&t, cact));
        assert_int_equal(dyad_text_analyse(&doc, textz, text.len, 0, &err),
                         DYAD_OK);
        assert_int_equal(dyad_actors_prepare(acx, &doc), DYAD_OK);
        for (size_t s = 0; s < doc.nsent; s++) {
            dyad_actor_hit hits[64];
            size_t n = dyad_actors_find(ga, acx, &doc, s, a.date.day,
                                        self_code, hits, 64);
            for (size_t i = 0; i < n && i < 64; i++) {
                const char *c = dyad_actors_code(ga, hits[i].code);
                set_add(&got, c, strlen(c));
            }
        }
        compare(&gold, &got, &actors, "actor", idz, verbose);

        /* pairs, for each window */
        set_parse(&gold, dyad_tsv_field(&t, cpairs));
        a.id = idz;
        a.text = textz;
        a.text_len = text.len;
        a.title = "";
        for (int w = 0; w < NWIN; w++) {
            dyad_score_opts so = {0, 0, self_code, w, 0};
            dyad_scorer *sc = dyad_scorer_new(lex, ga, &so, &err);
            assert_non_null(sc);
            assert_int_equal(dyad_score_article(sx, sc, &a, &err), DYAD_OK);
            const dyad_article_score *r = dyad_score_result(sx);
            got.n = 0;
            for (size_t i = 0; i < r->npairs; i++)
                set_add(&got, r->pairs[i].pair, strlen(r->pairs[i].pair));
            compare(&gold, &got, paragraph ? &pairs_p[w] : &pairs_s[w],
                    w == 0 ? "pair" : "pair(window)", idz, verbose && w == 0);
            dyad_scorer_free(sc);
        }
    }
    if (rc < 0)
        fail_msg("actors-dev.tsv:%lu: %s", err.line, err.msg);
    dyad_doc_free(&doc);
    dyad_actors_ctx_free(acx);
    dyad_score_ctx_free(sx);
    dyad_buf_free(&data);

    printf("actors-dev.tsv: %ld items (%ld paragraphs)\n", items, paragraphs);
    printf("  actors              P %.3f  R %.3f  F1 %.3f  (tp %ld fp %ld "
           "fn %ld)\n",
           prec(actors), rec(actors), f1(actors), actors.tp, actors.fp,
           actors.fn);
    for (int w = 0; w < NWIN; w++) {
        printf("  pairs, sentences  window %d: P %.3f  R %.3f  F1 %.3f\n", w,
               prec(pairs_s[w]), rec(pairs_s[w]), f1(pairs_s[w]));
        printf("  pairs, paragraphs window %d: P %.3f  R %.3f  F1 %.3f\n", w,
               prec(pairs_p[w]), rec(pairs_p[w]), f1(pairs_p[w]));
    }
    assert_true(items >= 300);
    assert_true(prec(actors) >= 0.95);
    assert_true(rec(actors) >= 0.90);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_actors_dev_set_precision_recall),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
