/* test_store.c - the SQLite store (dyad/store.h): outcomes of puts, exact
 * integer sums, batches, the writer lock, schema checks, the listing
 * functions and allocation failures. Every test works in its own
 * directory under /tmp, removed afterwards. */
#include "dyad/store.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>

#include <sqlite3.h>

#include "unit.h"
#include "util/alloc.h"

/* --- fixture: a temporary directory with a database path in it --- */

typedef struct fx {
    char dir[64];
    char db[128];
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    strcpy(f->dir, "/tmp/dyad-unit-XXXXXX");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->db, sizeof f->db, "%s/dyad.db", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    DIR *d = opendir(f->dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char p[512];
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(p, sizeof p, "%s/%s", f->dir, e->d_name);
        unlink(p);
    }
    if (d)
        closedir(d);
    rmdir(f->dir);
    free(f);
    return 0;
}

/* --- articles built by hand --- */

/* An article and its scores. It points into itself: never copy one. */
typedef struct art {
    dyad_article a;
    dyad_scored sc;
    dyad_scored_pair p[4];
    char id[32];
} art;

static int32_t D(int y, int m, int d)
{
    return dyad_days_from_civil(y, m, d);
}

static void art_date(art *x, int y, int m, int d)
{
    x->a.date.day = D(y, m, d);
    x->a.date.year = y;
    x->a.date.month = m;
    x->a.date.mday = d;
    x->a.date.unix = (int64_t)x->a.date.day * 86400;
    x->a.date.prec = DYAD_DATE_DAY;
    dyad_date_iso(x->a.date.day, x->a.date_iso);
}

/* A line of `dyad score` output (no text), lexicon "lexA". */
static void art_init(art *x, const char *id, int y, int m, int d, double tone)
{
    memset(x, 0, sizeof *x);
    snprintf(x->id, sizeof x->id, "%s", id);
    x->a.id = x->id;
    x->a.title = "";
    x->a.text = "";
    x->a.src = "test";
    art_date(x, y, m, d);
    x->a.scored = &x->sc;
    x->sc.words = 120;
    x->sc.sentiment = 0.0512;
    x->sc.tone = tone;
    x->sc.positive = 3.125;
    x->sc.negative = 2.5;
    x->sc.polarity = 5.625;
    x->sc.lexicon = "lexA";
    x->sc.pairs = x->p;
}

/* Makes x an article with text (its content is title and text). */
static void art_text(art *x, const char *title, const char *text)
{
    x->a.scored = NULL;
    x->a.title = title;
    x->a.text = text;
    x->a.text_len = strlen(text);
}

static dyad_scored_pair *art_pair(art *x, const char *pair, double tone,
                                  double gold, unsigned sentences,
                                  unsigned conflict, unsigned cooperation)
{
    assert_true(x->sc.npairs < 4);
    dyad_scored_pair *p = &x->p[x->sc.npairs++];
    memset(p, 0, sizeof *p);
    snprintf(p->pair, sizeof p->pair, "%s", pair);
    p->tone = tone;
    p->goldstein = gold;
    p->sentences = sentences;
    p->conflict = conflict;
    p->cooperation = cooperation;
    /* what a line without "events" means (see dyad/ingest.h) */
    p->events = gold != 0 ? conflict + cooperation : 0;
    p->evidence = "[]";
    return p;
}

/* --- store helpers --- */

static dyad_store *open_opts(const char *path, const dyad_store_opts *o)
{
    dyad_err err = {0};
    dyad_store *st = dyad_store_open(path, o, &err);
    if (!st)
        fail_msg("open %s: %s", path, err.msg);
    return st;
}

static dyad_store *open_rw(const char *path, int batch)
{
    dyad_store_opts o = {0};
    o.batch = batch;
    return open_opts(path, &o);
}

static dyad_store *open_ro(const char *path)
{
    dyad_store_opts o = {0};
    o.read_only = 1;
    return open_opts(path, &o);
}

static int put(dyad_store *st, const art *x, int keep_text)
{
    int outcome = 0;
    dyad_err err = {0};
    if (dyad_store_put(st, &x->a, &x->sc, keep_text, &outcome, &err) !=
        DYAD_OK)
        fail_msg("put %s: %s", x->a.id, err.msg);
    return outcome;
}

static void flush(dyad_store *st)
{
    dyad_err err = {0};
    if (dyad_store_flush(st, &err) != DYAD_OK)
        fail_msg("flush: %s", err.msg);
}

typedef struct days {
    size_t n;
    dyad_pair_day d[64];
} days;

static int on_day(void *arg, const dyad_pair_day *d)
{
    days *x = arg;
    if (x->n >= 64)
        return 1;
    x->d[x->n++] = *d;
    return 0;
}

static void get_days(dyad_store *st, const char *pair, days *out)
{
    dyad_err err = {0};
    memset(out, 0, sizeof *out);
    if (dyad_store_pair_days(st, pair, INT32_MIN, INT32_MAX, on_day, out,
                             &err) != DYAD_OK)
        fail_msg("pair_days %s: %s", pair, err.msg);
}

typedef struct totals {
    size_t n;
    int32_t day[64];
    int64_t articles[64];
} totals;

static int on_total(void *arg, int32_t day, int64_t n)
{
    totals *t = arg;
    if (t->n >= 64)
        return 1;
    t->day[t->n] = day;
    t->articles[t->n++] = n;
    return 0;
}

static void get_totals(dyad_store *st, totals *out)
{
    dyad_err err = {0};
    memset(out, 0, sizeof *out);
    if (dyad_store_day_totals(st, INT32_MIN, INT32_MAX, on_total, out,
                              &err) != DYAD_OK)
        fail_msg("day_totals: %s", err.msg);
}

static void counts(dyad_store *st, int64_t *articles, int64_t *pairs,
                   int64_t *pair_days)
{
    dyad_err err = {0};
    if (dyad_store_counts(st, articles, pairs, pair_days, &err) != DYAD_OK)
        fail_msg("counts: %s", err.msg);
}

static int64_t count_articles(dyad_store *st)
{
    int64_t a, p, d;
    counts(st, &a, &p, &d);
    return a;
}

static int64_t e4(double v)
{
    return (int64_t)llround(v * 1e4);
}

/* The sums of pair on day over the given articles, computed here. */
static dyad_pair_day expect_day(art *const *arts, size_t n, const char *pair,
                                 int32_t day)
{
    dyad_pair_day s;
    memset(&s, 0, sizeof s);
    s.day = day;
    for (size_t i = 0; i < n; i++) {
        if (arts[i]->a.date.day != day)
            continue;
        for (size_t k = 0; k < arts[i]->sc.npairs; k++) {
            const dyad_scored_pair *p = &arts[i]->p[k];
            if (strcmp(p->pair, pair) != 0)
                continue;
            int64_t t = e4(p->tone), g = e4(p->goldstein);
            int64_t net = g * p->events;
            int64_t e2 = net >= 0 ? (net + 50) / 100 : -((50 - net) / 100);
            s.articles += p->sentences > 0;
            s.mentions++;
            s.conflict_art += p->conflict > 0;
            s.coop_art += p->cooperation > 0;
            s.threat_art += p->threats > 0;
            s.act_art += p->acts > 0;
            s.net_e4 += net;
            s.net_sq += e2 * e2;
            s.sentences += p->sentences;
            s.tone_sum += t;
            s.tone_sq += t * t;
            s.gold_sum += g;
            s.gold_n += g != 0;
            s.conflict += p->conflict;
            s.cooperation += p->cooperation;
            s.threats += p->threats;
            s.acts += p->acts;
        }
    }
    return s;
}

static void assert_day(const dyad_pair_day *got, const dyad_pair_day *want)
{
    assert_int_equal(got->day, want->day);
    assert_int_equal(got->articles, want->articles);
    assert_int_equal(got->sentences, want->sentences);
    assert_int_equal(got->tone_sum, want->tone_sum);
    assert_int_equal(got->tone_sq, want->tone_sq);
    assert_int_equal(got->gold_sum, want->gold_sum);
    assert_int_equal(got->gold_n, want->gold_n);
    assert_int_equal(got->conflict, want->conflict);
    assert_int_equal(got->cooperation, want->cooperation);
    assert_int_equal(got->threats, want->threats);
    assert_int_equal(got->acts, want->acts);
    assert_int_equal(got->mentions, want->mentions);
    assert_int_equal(got->conflict_art, want->conflict_art);
    assert_int_equal(got->coop_art, want->coop_art);
    assert_int_equal(got->threat_art, want->threat_art);
    assert_int_equal(got->act_art, want->act_art);
    assert_int_equal(got->net_e4, want->net_e4);
    assert_int_equal(got->net_sq, want->net_sq);
}

/* The store's days of pair are those of arts (n), ndays of them. */
static void assert_pair_days(dyad_store *st, art *const *arts, size_t n,
                             const char *pair, size_t ndays)
{
    days d;
    get_days(st, pair, &d);
    assert_int_equal(d.n, ndays);
    for (size_t i = 0; i < d.n; i++) {
        dyad_pair_day want = expect_day(arts, n, pair, d.d[i].day);
        assert_day(&d.d[i], &want);
    }
}

/* --- direct SQLite access, for what the API does not show --- */

static sqlite3 *raw_open(const char *path)
{
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        NULL) != SQLITE_OK)
        fail_msg("sqlite3_open %s: %s", path, sqlite3_errmsg(db));
    return db;
}

static void raw_exec(const char *path, const char *sql)
{
    sqlite3 *db = raw_open(path);
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        char copy[256];
        snprintf(copy, sizeof copy, "%s", msg ? msg : "?");
        sqlite3_free(msg);
        sqlite3_close(db);
        fail_msg("%s: %s", sql, copy);
    }
    sqlite3_close(db);
}

/* The first column of the first row of sql, as text, into out. */
static void raw_query(const char *path, const char *sql, char *out, size_t n)
{
    sqlite3 *db = raw_open(path);
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    const unsigned char *t = sqlite3_column_text(q, 0);
    snprintf(out, n, "%s", t ? (const char *)t : "");
    sqlite3_finalize(q);
    sqlite3_close(db);
}

static long raw_int(const char *path, const char *sql)
{
    char v[64];
    raw_query(path, sql, v, sizeof v);
    return strtol(v, NULL, 10);
}

/* --- outcomes and sums --- */

static void test_store_put_outcomes_and_replaced_sums(void **state)
{
    fx *f = *state;
    art a1, a2;
    art_init(&a1, "a1", 2026, 1, 5, 0.1);
    art_pair(&a1, "CHN-JPN", 0.5, -4.0, 2, 1, 0);
    art_init(&a2, "a2", 2026, 1, 5, 0.2);
    art_pair(&a2, "CHN-JPN", 0.25, 0, 1, 0, 1);
    art *both[] = {&a1, &a2};
    int32_t day = D(2026, 1, 5);
    dyad_store *st = open_rw(f->db, 0);
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_NEW);
    assert_int_equal(put(st, &a2, 0), DYAD_STORE_NEW);
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_UNCHANGED);
    flush(st);
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    dyad_pair_day want = {day, 2, 3, 7500, 5000 * 5000 + 2500 * 2500,
                          -40000, 1, 1, 1, 0, 0,
                          .mentions = 2, .conflict_art = 1, .coop_art = 1,
                          .net_e4 = -40000, .net_sq = 400 * 400};
    assert_day(&d.d[0], &want);

    /* changed pair scores: the old contribution goes, the new comes */
    a1.p[0].tone = -0.1;
    a1.p[0].conflict = 0;
    a1.p[0].cooperation = 2;
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_REPLACED);
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_UNCHANGED);
    flush(st);
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].tone_sum, 1500);
    assert_int_equal(d.d[0].cooperation, 3);
    want = expect_day(both, 2, "CHN-JPN", day);
    assert_day(&d.d[0], &want);

    /* a changed article score or lexicon is a change too */
    a1.sc.tone = 0.7;
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_REPLACED);
    a1.sc.lexicon = "lexB";
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_REPLACED);
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_UNCHANGED);

    /* the pair goes, another comes */
    a1.sc.npairs = 0;
    art_pair(&a1, "CHN-USA", 0.3, 2.0, 1, 0, 1);
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_REPLACED);
    flush(st);
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    want = expect_day(both, 2, "CHN-JPN", day);
    assert_int_equal(want.articles, 1);
    assert_day(&d.d[0], &want);
    get_days(st, "CHN-USA", &d);
    assert_int_equal(d.n, 1);
    want = expect_day(both, 2, "CHN-USA", day);
    assert_day(&d.d[0], &want);
    int64_t na, np, nd;
    counts(st, &na, &np, &nd);
    assert_int_equal(na, 2);
    assert_int_equal(np, 2);
    assert_int_equal(nd, 2);
    totals t;
    get_totals(st, &t);
    assert_int_equal(t.n, 1);
    assert_int_equal(t.articles[0], 2);
    dyad_store_close(st);
}

static void test_store_replace_moves_day(void **state)
{
    fx *f = *state;
    art a1, a2;
    art_init(&a1, "a1", 2026, 1, 5, 0);
    art_pair(&a1, "CHN-JPN", 0.5, -4.0, 2, 1, 0);
    art_init(&a2, "a2", 2026, 1, 5, 0);
    art_pair(&a2, "CHN-JPN", -0.25, 1.5, 1, 0, 1);
    art *both[] = {&a1, &a2};
    int32_t d5 = D(2026, 1, 5), d9 = D(2026, 1, 9);
    dyad_store *st = open_rw(f->db, 0);
    put(st, &a1, 0);
    put(st, &a2, 0);
    flush(st);

    art_date(&a1, 2026, 1, 9);
    assert_int_equal(put(st, &a1, 0), DYAD_STORE_REPLACED);
    flush(st);
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 2);
    dyad_pair_day w5 = expect_day(both, 2, "CHN-JPN", d5);
    dyad_pair_day w9 = expect_day(both, 2, "CHN-JPN", d9);
    assert_int_equal(w5.articles, 1);
    assert_int_equal(w9.articles, 1);
    assert_day(&d.d[0], &w5);
    assert_day(&d.d[1], &w9);
    totals t;
    get_totals(st, &t);
    assert_int_equal(t.n, 2);
    assert_int_equal(t.day[0], d5);
    assert_int_equal(t.articles[0], 1);
    assert_int_equal(t.day[1], d9);
    assert_int_equal(t.articles[1], 1);

    /* the last article leaves day 5: its rows go */
    art_date(&a2, 2026, 1, 9);
    assert_int_equal(put(st, &a2, 0), DYAD_STORE_REPLACED);
    flush(st);
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    w9 = expect_day(both, 2, "CHN-JPN", d9);
    assert_int_equal(w9.articles, 2);
    assert_day(&d.d[0], &w9);
    get_totals(st, &t);
    assert_int_equal(t.n, 1);
    assert_int_equal(t.day[0], d9);
    assert_int_equal(t.articles[0], 2);
    int32_t first, last;
    dyad_err err = {0};
    assert_int_equal(dyad_store_span(st, &first, &last, &err), DYAD_OK);
    assert_int_equal(first, d9);
    assert_int_equal(last, d9);

    /* within one batch: stored on day 12, moved to day 14 before the
     * commit; day 12 must not keep a trace */
    art a3;
    art_init(&a3, "a3", 2026, 1, 12, 0);
    art_pair(&a3, "CHN-JPN", 0.1, 0, 1, 0, 0);
    assert_int_equal(put(st, &a3, 0), DYAD_STORE_NEW);
    art_date(&a3, 2026, 1, 14);
    a3.p[0].tone = 0.2;
    assert_int_equal(put(st, &a3, 0), DYAD_STORE_REPLACED);
    flush(st);
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 2);
    assert_int_equal(d.d[1].day, D(2026, 1, 14));
    assert_int_equal(d.d[1].tone_sum, 2000);
    get_totals(st, &t);
    assert_int_equal(t.n, 2);
    assert_int_equal(t.day[1], D(2026, 1, 14));
    dyad_store_close(st);
}

static void test_store_text_is_the_content(void **state)
{
    fx *f = *state;
    art t;
    art_init(&t, "t1", 2026, 1, 5, 0);
    art_text(&t, "Title", "China and Japan met.");
    art_pair(&t, "CHN-JPN", 0.3, 0, 1, 0, 0);
    dyad_store *st = open_rw(f->db, 0);
    assert_int_equal(put(st, &t, 1), DYAD_STORE_NEW);
    assert_int_equal(put(st, &t, 1), DYAD_STORE_UNCHANGED);
    /* same text and lexicon: the scores follow from them, nothing to do */
    t.p[0].tone = 0.9;
    assert_int_equal(put(st, &t, 1), DYAD_STORE_UNCHANGED);
    t.p[0].tone = 0.3;
    t.a.title = "Another title";
    assert_int_equal(put(st, &t, 1), DYAD_STORE_REPLACED);
    t.a.text = "China and Japan met again.";
    t.a.text_len = strlen(t.a.text);
    assert_int_equal(put(st, &t, 1), DYAD_STORE_REPLACED);
    /* the text is len bytes, not up to a NUL */
    t.a.text_len -= 7;
    assert_int_equal(put(st, &t, 1), DYAD_STORE_REPLACED);
    t.sc.lexicon = "lexB";
    assert_int_equal(put(st, &t, 1), DYAD_STORE_REPLACED);
    art_date(&t, 2026, 1, 6);
    assert_int_equal(put(st, &t, 1), DYAD_STORE_REPLACED);
    assert_int_equal(put(st, &t, 1), DYAD_STORE_UNCHANGED);
    flush(st);
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].day, D(2026, 1, 6));
    assert_int_equal(d.d[0].tone_sum, 3000);
    dyad_store_close(st);
    char v[64];
    raw_query(f->db, "SELECT text FROM articles WHERE id = 't1'", v,
              sizeof v);
    assert_string_equal(v, "China and Japan met");
}

static void test_store_sums_are_exact_integers(void **state)
{
    fx *f = *state;
    art a1, a2, a3, a4, a5;
    art_init(&a1, "a1", 2026, 1, 5, 0.1234);
    dyad_scored_pair *p = art_pair(&a1, "CHN-JPN", 0.1234, -3.3333, 1, 1, 0);
    p->threats = 1;
    art_init(&a2, "a2", 2026, 1, 5, 0);
    art_pair(&a2, "CHN-JPN", 0.1, 0, 2, 0, 0);
    art_init(&a3, "a3", 2026, 1, 5, 0);
    p = art_pair(&a3, "CHN-JPN", 0.2, 2.5, 1, 0, 1);
    p->acts = 2;
    /* rounding to 4 decimals, another day */
    art_init(&a4, "a4", 2026, 1, 6, 0);
    art_pair(&a4, "CHN-JPN", 0.12345678, 0, 1, 0, 0);
    art_init(&a5, "a5", 2026, 1, 6, 0);
    art_pair(&a5, "CHN-JPN", -0.00004, 0, 1, 0, 0);
    art *all[] = {&a1, &a2, &a3, &a4, &a5};
    dyad_store *st = open_rw(f->db, 0);
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(put(st, all[i], 0), DYAD_STORE_NEW);
    flush(st);
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 2);
    dyad_pair_day want = {D(2026, 1, 5), 3, 4, 1234 + 1000 + 2000,
                          1234 * 1234 + 1000 * 1000 + 2000 * 2000,
                          -33333 + 25000, 2, 1, 1, 1, 2,
                          .mentions = 3, .conflict_art = 1, .coop_art = 1,
                          .threat_art = 1, .act_art = 1,
                          .net_e4 = -33333 + 25000,
                          .net_sq = 333 * 333 + 250 * 250};
    assert_day(&d.d[0], &want);
    want = expect_day(all, 5, "CHN-JPN", D(2026, 1, 5));
    assert_day(&d.d[0], &want);
    assert_int_equal(d.d[1].tone_sum, 1235);
    assert_int_equal(d.d[1].tone_sq, 1235 * 1235);
    assert_int_equal(d.d[1].gold_n, 0);
    want = expect_day(all, 5, "CHN-JPN", D(2026, 1, 6));
    assert_day(&d.d[1], &want);
    dyad_store_close(st);
    /* stored as integers in units of 1e-4 */
    assert_int_equal(raw_int(f->db, "SELECT tone_e4 FROM article_pairs "
                                    "WHERE article_id = 'a1'"),
                     1234);
    assert_int_equal(raw_int(f->db, "SELECT goldstein_e4 FROM article_pairs "
                                    "WHERE article_id = 'a1'"),
                     -33333);
    assert_int_equal(raw_int(f->db, "SELECT tone_e4 FROM articles "
                                    "WHERE id = 'a1'"),
                     1234);
    char type[16];
    raw_query(f->db, "SELECT typeof(tone_sum) FROM pair_days LIMIT 1", type,
              sizeof type);
    assert_string_equal(type, "integer");
}

/* Deterministic pseudo-random numbers. */
static unsigned rnd(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return (*s >> 8) & 0xffffu;
}

static const char *const gen_pairs[] = {"CHN-JPN", "CHN-USA", "JPN-KOR",
                                        "RUS-UKR"};
enum { NGEN = 30 };

/* Fills x with NGEN articles over 4 days of March 2026. */
static void generate(art *x, uint32_t seed)
{
    for (int i = 0; i < NGEN; i++) {
        char id[16];
        snprintf(id, sizeof id, "g%02d", i);
        art_init(&x[i], id, 2026, 3, 1 + (int)(rnd(&seed) % 4),
                 ((int)(rnd(&seed) % 20001) - 10000) / 1e4);
        for (int k = 0; k < 4; k++) {
            if (rnd(&seed) % 2)
                continue;
            double tone = ((int)(rnd(&seed) % 20001) - 10000) / 1e4;
            double gold = rnd(&seed) % 3 == 0
                              ? 0
                              : ((int)(rnd(&seed) % 20001) - 10000) / 1e3;
            dyad_scored_pair *p =
                art_pair(&x[i], gen_pairs[k], tone, gold,
                         1 + rnd(&seed) % 5, rnd(&seed) % 3, rnd(&seed) % 3);
            p->threats = rnd(&seed) % 2;
            p->acts = rnd(&seed) % 2;
        }
    }
}

static void test_store_sums_do_not_depend_on_order(void **state)
{
    fx *f = *state;
    art *g = calloc(NGEN, sizeof *g), *other = calloc(NGEN, sizeof *other);
    art *ptr[NGEN];
    assert_non_null(g);
    assert_non_null(other);
    generate(g, 7);
    generate(other, 99);   /* the same ids with other values and days */
    for (int i = 0; i < NGEN; i++)
        ptr[i] = &g[i];
    char db2[160];
    snprintf(db2, sizeof db2, "%s/other.db", f->dir);

    /* A: in order, one batch */
    dyad_store *a = open_rw(f->db, 0);
    for (int i = 0; i < NGEN; i++)
        assert_int_equal(put(a, &g[i], 0), DYAD_STORE_NEW);
    flush(a);
    /* B: other values first, then the real ones in reverse, batches of
     * 3: every article is replaced, the sums must end the same */
    dyad_store *b = open_rw(db2, 3);
    for (int i = 0; i < NGEN; i++)
        assert_int_equal(put(b, &other[i], 0), DYAD_STORE_NEW);
    for (int i = NGEN - 1; i >= 0; i--)
        assert_int_equal(put(b, &g[i], 0), DYAD_STORE_REPLACED);
    flush(b);

    for (int k = 0; k < 4; k++) {
        days da, db;
        get_days(a, gen_pairs[k], &da);
        get_days(b, gen_pairs[k], &db);
        assert_int_equal(da.n, db.n);
        assert_true(da.n > 0);
        for (size_t i = 0; i < da.n; i++) {
            assert_day(&db.d[i], &da.d[i]);
            /* and a day is the sum over its articles */
            dyad_pair_day want =
                expect_day(ptr, NGEN, gen_pairs[k], da.d[i].day);
            assert_day(&da.d[i], &want);
        }
        int64_t n = 0;
        for (size_t i = 0; i < da.n; i++)
            n += da.d[i].articles;
        dyad_pair_day all = {0};
        for (int day = 1; day <= 4; day++)
            all.articles +=
                expect_day(ptr, NGEN, gen_pairs[k], D(2026, 3, day)).articles;
        assert_int_equal(n, all.articles);
    }
    totals ta, tb;
    get_totals(a, &ta);
    get_totals(b, &tb);
    assert_int_equal(ta.n, tb.n);
    int64_t sum = 0;
    for (size_t i = 0; i < ta.n; i++) {
        assert_int_equal(ta.day[i], tb.day[i]);
        assert_int_equal(ta.articles[i], tb.articles[i]);
        sum += ta.articles[i];
    }
    assert_int_equal(sum, NGEN);
    int64_t c1[3], c2[3];
    counts(a, &c1[0], &c1[1], &c1[2]);
    counts(b, &c2[0], &c2[1], &c2[2]);
    assert_memory_equal(c1, c2, sizeof c1);
    dyad_store_close(a);
    dyad_store_close(b);
    free(g);
    free(other);
}

/* --- batches --- */

typedef struct ids {
    size_t n;
    char id[64][16];
    char title[64][32];
    char date[64][11];
    char lexicon[64][16];
    double tone[64], sentiment[64], positive[64], negative[64],
        polarity[64];
    int64_t words[64];
} ids;

static int on_article(void *arg, const dyad_stored_article *a)
{
    ids *x = arg;
    if (x->n >= 64)
        return 1;
    size_t i = x->n++;
    snprintf(x->id[i], sizeof x->id[i], "%s", a->id);
    snprintf(x->title[i], sizeof x->title[i], "%s", a->title);
    snprintf(x->date[i], sizeof x->date[i], "%s", a->date);
    snprintf(x->lexicon[i], sizeof x->lexicon[i], "%s", a->lexicon);
    x->tone[i] = a->tone;
    x->sentiment[i] = a->sentiment;
    x->positive[i] = a->positive;
    x->negative[i] = a->negative;
    x->polarity[i] = a->polarity;
    x->words[i] = a->words;
    return 0;
}

static void get_articles(dyad_store *st, int32_t from, int32_t to, ids *out)
{
    dyad_err err = {0};
    memset(out, 0, sizeof *out);
    if (dyad_store_articles(st, from, to, on_article, out, &err) != DYAD_OK)
        fail_msg("articles: %s", err.msg);
}

static void test_store_close_keeps_committed_batches(void **state)
{
    fx *f = *state;
    art a[5];
    for (int i = 0; i < 5; i++) {
        char id[8];
        snprintf(id, sizeof id, "b%d", i);
        art_init(&a[i], id, 2026, 1, 5, 0);
        art_pair(&a[i], "CHN-JPN", 0.1 * (i + 1), 0, 1, 0, 0);
    }
    /* batch 2: a batch commits once it holds 2 articles, so after 5 puts
     * b0 b1 and b2 b3 are committed and b4 is in the open batch */
    dyad_store *st = open_rw(f->db, 2);
    for (int i = 0; i < 5; i++)
        assert_int_equal(put(st, &a[i], 0), DYAD_STORE_NEW);
    /* a reader sees the committed batches only */
    dyad_store *ro = open_ro(f->db);
    assert_int_equal(count_articles(ro), 4);
    dyad_store_close(ro);
    dyad_store_close(st);   /* no flush: b4 is rolled back */

    st = open_rw(f->db, 2);
    ids x;
    get_articles(st, INT32_MIN, INT32_MAX, &x);
    assert_int_equal(x.n, 4);
    for (size_t i = 0; i < 4; i++) {
        char id[8];
        snprintf(id, sizeof id, "b%zu", i);
        assert_string_equal(x.id[i], id);
    }
    /* the committed batches carry their sums */
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].articles, 4);
    assert_int_equal(d.d[0].tone_sum, 1000 + 2000 + 3000 + 4000);
    totals t;
    get_totals(st, &t);
    assert_int_equal(t.articles[0], 4);
    /* running the same input again completes the database */
    for (int i = 0; i < 5; i++)
        assert_int_equal(put(st, &a[i], 0),
                         i < 4 ? DYAD_STORE_UNCHANGED : DYAD_STORE_NEW);
    flush(st);
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.d[0].articles, 5);
    assert_int_equal(d.d[0].tone_sum, 15000);
    dyad_store_close(st);

    /* with batch 1 every put commits */
    art c;
    art_init(&c, "c", 2026, 1, 6, 0);
    st = open_rw(f->db, 1);
    assert_int_equal(put(st, &c, 0), DYAD_STORE_NEW);
    dyad_store_close(st);
    st = open_ro(f->db);
    assert_int_equal(count_articles(st), 6);
    dyad_store_close(st);
}

static void test_store_batch_also_ends_at_days_touched(void **state)
{
    fx *f = *state;
    /* a batch also commits once it has touched `batch` days: moving one
     * article touches its old and its new day */
    art a;
    art_init(&a, "m", 2026, 1, 5, 0);
    art_pair(&a, "CHN-JPN", 0.5, 0, 1, 0, 0);
    dyad_store *st = open_rw(f->db, 2);
    put(st, &a, 0);
    flush(st);
    art_date(&a, 2026, 1, 20);
    assert_int_equal(put(st, &a, 0), DYAD_STORE_REPLACED);
    dyad_store_close(st);   /* no flush */
    st = open_ro(f->db);
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].day, D(2026, 1, 20));
    dyad_store_close(st);

    /* but one day of one article is still open at close */
    art b;
    art_init(&b, "n", 2026, 1, 21, 0);
    st = open_rw(f->db, 2);
    assert_int_equal(put(st, &b, 0), DYAD_STORE_NEW);
    dyad_store_close(st);
    st = open_ro(f->db);
    assert_int_equal(count_articles(st), 1);
    dyad_store_close(st);
}

/* --- the writer lock --- */

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void test_store_second_writer_is_refused(void **state)
{
    fx *f = *state;
    dyad_store *w1 = open_rw(f->db, 0);
    char lock[192];
    snprintf(lock, sizeof lock, "%s.lock", f->db);
    assert_int_equal(access(lock, F_OK), 0);

    dyad_err err = {0};
    dyad_store_opts o = {0};
    double t0 = now_s();
    assert_null(dyad_store_open(f->db, &o, &err));
    assert_true(now_s() - t0 < 0.25);   /* wait 0: no waiting */
    assert_int_equal(err.code, DYAD_EBUSY);
    assert_non_null(strstr(err.msg, "lock"));

    /* with a wait it waits, then gives up (in 100 ms steps: well before
     * a second more; the bound is loose for loaded machines) */
    memset(&err, 0, sizeof err);
    o.wait = 0.3;
    t0 = now_s();
    assert_null(dyad_store_open(f->db, &o, &err));
    double waited = now_s() - t0;
    assert_true(waited >= 0.29);
    assert_true(waited < 1.25);
    assert_int_equal(err.code, DYAD_EBUSY);
    assert_non_null(strstr(err.msg, "lock"));

    /* readers do not lock */
    dyad_store *ro = open_ro(f->db);
    assert_int_equal(count_articles(ro), 0);
    dyad_store_close(ro);

    dyad_store_close(w1);
    dyad_store *w2 = open_rw(f->db, 0);
    dyad_store_close(w2);

    /* a lock file of one's own */
    char own[192];
    snprintf(own, sizeof own, "%s/own.lock", f->dir);
    o.wait = 0;
    o.lock = own;
    w1 = open_opts(f->db, &o);
    assert_int_equal(access(own, F_OK), 0);
    memset(&err, 0, sizeof err);
    assert_null(dyad_store_open(f->db, &o, &err));
    assert_int_equal(err.code, DYAD_EBUSY);
    dyad_store_close(w1);
    w1 = open_opts(f->db, &o);
    dyad_store_close(w1);
}

/* --- schema checks --- */

/* Makes the store at path one of schema 2, as dyad wrote it before
 * intensities: article_pairs without events and comentions, pair_days
 * without the columns after acts, its articles counting every pair row. */
static void downgrade_to_2(const char *path)
{
    raw_exec(path,
             "DROP TABLE IF EXISTS alerts;"
             "ALTER TABLE article_pairs DROP COLUMN events;"
             "ALTER TABLE article_pairs DROP COLUMN comentions;"
             "CREATE TABLE old_days(pair TEXT NOT NULL, day INTEGER NOT NULL,"
             " articles INTEGER NOT NULL, sentences INTEGER NOT NULL,"
             " tone_sum INTEGER NOT NULL, tone_sq INTEGER NOT NULL,"
             " gold_sum INTEGER NOT NULL, gold_n INTEGER NOT NULL,"
             " conflict INTEGER NOT NULL, cooperation INTEGER NOT NULL,"
             " threats INTEGER NOT NULL, acts INTEGER NOT NULL,"
             " PRIMARY KEY(pair, day)) WITHOUT ROWID;"
             "INSERT INTO old_days SELECT pair, day, mentions, sentences,"
             " tone_sum, tone_sq, gold_sum, gold_n, conflict, cooperation,"
             " threats, acts FROM pair_days;"
             "DROP TABLE pair_days;"
             "ALTER TABLE old_days RENAME TO pair_days;"
             "PRAGMA user_version = 2;");
}

static void test_store_fresh_store_has_the_schema(void **state)
{
    fx *f = *state;
    dyad_store *st = open_rw(f->db, 0);
    dyad_store_close(st);
    assert_int_equal(raw_int(f->db, "PRAGMA user_version"),
                     DYAD_STORE_SCHEMA);
    char v[32];
    raw_query(f->db, "PRAGMA journal_mode", v, sizeof v);
    assert_string_equal(v, "wal");
    assert_int_equal(raw_int(f->db, "SELECT COUNT(*) FROM sqlite_master "
                                    "WHERE type = 'table' AND name IN "
                                    "('meta', 'articles', 'article_pairs', "
                                    "'pair_days', 'day_totals')"),
                     5);
    /* opening again migrates nothing and keeps the data */
    art a;
    art_init(&a, "a", 2026, 1, 5, 0);
    st = open_rw(f->db, 0);
    put(st, &a, 0);
    flush(st);
    dyad_store_close(st);
    st = open_rw(f->db, 0);
    assert_int_equal(count_articles(st), 1);
    dyad_store_close(st);
    assert_int_equal(raw_int(f->db, "PRAGMA user_version"),
                     DYAD_STORE_SCHEMA);

    /* an empty file (as mkstemp leaves it) becomes a store */
    char empty[192];
    snprintf(empty, sizeof empty, "%s/empty.db", f->dir);
    int fd = open(empty, O_WRONLY | O_CREAT | O_EXCL, 0600);
    assert_true(fd >= 0);
    close(fd);
    st = open_rw(empty, 0);
    dyad_store_close(st);
    assert_int_equal(raw_int(empty, "PRAGMA user_version"),
                     DYAD_STORE_SCHEMA);
}

/* A store of schema 1 (what dyad wrote before the unused indexes were
 * dropped) is migrated when opened for writing: same rows, indexes gone,
 * and it goes on from there as a new store does. */
static void test_store_migrates_schema_1(void **state)
{
    fx *f = *state;
    art a, b, c;
    art_init(&a, "a", 2026, 1, 5, 0.25);
    art_pair(&a, "CHN-JPN", -0.5, -4.8, 2, 3, 0);
    art_init(&b, "b", 2026, 1, 6, -0.125);
    art_pair(&b, "CHN-JPN", 0.25, 3.5, 1, 0, 1);
    art_pair(&b, "DEU-FRA", 0.5, 0, 1, 0, 0);
    dyad_store *st = open_rw(f->db, 0);
    put(st, &a, 0);
    put(st, &b, 0);
    flush(st);
    dyad_store_close(st);
    /* schema 2 is schema 1 without two indexes: put them back */
    downgrade_to_2(f->db);
    raw_exec(f->db, "CREATE INDEX articles_lexicon ON articles(lexicon);"
                    "CREATE INDEX pair_days_day ON pair_days(day);"
                    "PRAGMA user_version = 1;");
    static const char idx[] = "SELECT COUNT(*) FROM sqlite_master WHERE "
                              "name IN ('articles_lexicon', 'pair_days_day')";
    assert_int_equal(raw_int(f->db, idx), 2);

    /* a reader reads it as it is and does not migrate */
    dyad_err err = {0};
    dyad_store_opts o = {0};
    o.read_only = 1;
    dyad_store *ro = dyad_store_open(f->db, &o, &err);
    assert_non_null(ro);
    art *two[] = {&a, &b};
    assert_pair_days(ro, two, 2, "CHN-JPN", 2);
    dyad_store_close(ro);
    assert_int_equal(raw_int(f->db, "PRAGMA user_version"), 1);
    assert_int_equal(raw_int(f->db, idx), 2);

    st = open_rw(f->db, 0);
    assert_int_equal(raw_int(f->db, "PRAGMA user_version"),
                     DYAD_STORE_SCHEMA);
    assert_int_equal(raw_int(f->db, idx), 0);
    /* the rows are there, and stay right when extended and replaced */
    assert_int_equal(put(st, &a, 0), DYAD_STORE_UNCHANGED);
    art_init(&c, "c", 2026, 1, 6, 0.5);
    art_pair(&c, "CHN-JPN", 0.75, 2, 1, 0, 2);
    assert_int_equal(put(st, &c, 0), DYAD_STORE_NEW);
    art_date(&b, 2026, 1, 5);
    b.p[0].tone = -0.25;
    assert_int_equal(put(st, &b, 0), DYAD_STORE_REPLACED);
    flush(st);
    int64_t na, np, nd;
    counts(st, &na, &np, &nd);
    assert_int_equal(na, 3);
    assert_int_equal(np, 4);
    assert_int_equal(nd, 3);   /* CHN-JPN on 5 and 6 Jan, DEU-FRA on 5 */
    art *all[] = {&a, &b, &c};
    assert_pair_days(st, all, 3, "CHN-JPN", 2);
    assert_pair_days(st, all, 3, "DEU-FRA", 1);
    dyad_store_close(st);
    /* and a reader opens it now */
    dyad_store_close(open_ro(f->db));
}

/* Pair rows are inserted many at a time: rows still waiting when an
 * article is replaced in the same batch, read, or committed are all
 * counted once. */
static void test_store_pair_rows_written_in_groups(void **state)
{
    fx *f = *state;
    static art arts[100];
    art *ptrs[100];
    static const char *const names[] = {"CHN-JPN", "DEU-FRA", "RUS-UKR",
                                        "IND-PAK"};
    dyad_store *st = open_rw(f->db, 1000);
    for (int i = 0; i < 100; i++) {
        char id[16];
        snprintf(id, sizeof id, "n%d", i);
        art_init(&arts[i], id, 2026, 2, 1 + i % 7, 0.01 * i);
        for (int k = 0; k < 1 + i % 4; k++)
            art_pair(&arts[i], names[k], 0.01 * (i % 50) - 0.2, k - 1.5,
                     1 + (unsigned)k, (unsigned)(i % 3), (unsigned)k);
        ptrs[i] = &arts[i];
        assert_int_equal(put(st, &arts[i], 0), DYAD_STORE_NEW);
        if (i == 40) {   /* a read in the batch sees every row put */
            int64_t na, np, nd, want = 0;
            for (int k = 0; k <= i; k++)
                want += (int64_t)arts[k].sc.npairs;
            counts(st, &na, &np, &nd);
            assert_int_equal(np, want);
        }
        if (i % 9 == 8) {   /* replace an article of this batch */
            art *r = &arts[i - 3];
            art_date(r, 2026, 2, 1 + (i % 5));
            r->p[0].tone = -r->p[0].tone + 0.1;
            r->sc.npairs = r->sc.npairs > 1 ? r->sc.npairs - 1 : 1;
            assert_int_equal(put(st, r, 0), DYAD_STORE_REPLACED);
        }
    }
    flush(st);
    int64_t na, np, nd, want_np = 0;
    for (int i = 0; i < 100; i++)
        want_np += (int64_t)arts[i].sc.npairs;
    counts(st, &na, &np, &nd);
    assert_int_equal(na, 100);
    assert_int_equal(np, want_np);
    for (int k = 0; k < 4; k++) {
        days d;
        get_days(st, names[k], &d);
        for (size_t i = 0; i < d.n; i++) {
            dyad_pair_day want = expect_day(ptrs, 100, names[k], d.d[i].day);
            assert_day(&d.d[i], &want);
        }
    }
    dyad_store_close(st);
}

static void test_store_rejects_a_file_that_is_not_sqlite(void **state)
{
    fx *f = *state;
    char garbage[4096];
    uint32_t seed = 1;
    for (size_t i = 0; i < sizeof garbage; i++)
        garbage[i] = (char)rnd(&seed);
    FILE *fp = fopen(f->db, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(garbage, 1, sizeof garbage, fp), sizeof garbage);
    assert_int_equal(fclose(fp), 0);

    dyad_err err = {0};
    assert_null(dyad_store_open(f->db, NULL, &err));
    assert_int_equal(err.code, DYAD_EDB);
    assert_non_null(strstr(err.msg, "not a dyad database"));
    memset(&err, 0, sizeof err);
    dyad_store_opts o = {0};
    o.read_only = 1;
    assert_null(dyad_store_open(f->db, &o, &err));
    assert_int_equal(err.code, DYAD_EDB);
    assert_non_null(strstr(err.msg, "not a dyad database"));

    /* and the file is as it was */
    char back[sizeof garbage + 1];
    fp = fopen(f->db, "rb");
    assert_non_null(fp);
    assert_int_equal(fread(back, 1, sizeof back, fp), sizeof garbage);
    fclose(fp);
    assert_memory_equal(back, garbage, sizeof garbage);
}

/* Both a writer's and a reader's open of path fail with DYAD_EDB and a
 * message containing needle. */
static void expect_refused(const char *path, const char *needle)
{
    for (int ro = 0; ro <= 1; ro++) {
        dyad_err err = {0};
        dyad_store_opts o = {0};
        o.read_only = ro;
        assert_null(dyad_store_open(path, &o, &err));
        assert_int_equal(err.code, DYAD_EDB);
        assert_non_null(strstr(err.msg, needle));
    }
}

static void test_store_rejects_another_programs_database(void **state)
{
    fx *f = *state;
    raw_exec(f->db, "CREATE TABLE notes(x); INSERT INTO notes VALUES(1);");
    expect_refused(f->db, "not a dyad database");
    /* nothing of ours was built into it, and its journal mode is its own */
    assert_int_equal(raw_int(f->db, "SELECT COUNT(*) FROM sqlite_master"),
                     1);
    assert_int_equal(raw_int(f->db, "PRAGMA user_version"), 0);
    char v[32];
    raw_query(f->db, "PRAGMA journal_mode", v, sizeof v);
    assert_string_equal(v, "delete");
}

static void test_store_rejects_a_newer_schema(void **state)
{
    fx *f = *state;
    dyad_store_close(open_rw(f->db, 0));
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version = %d",
             DYAD_STORE_SCHEMA + 1);
    raw_exec(f->db, sql);
    expect_refused(f->db, "newer dyad");
    /* left as it was */
    assert_int_equal(raw_int(f->db, "PRAGMA user_version"),
                     DYAD_STORE_SCHEMA + 1);
}

static void test_store_read_only_needs_a_database(void **state)
{
    fx *f = *state;
    dyad_err err = {0};
    dyad_store_opts o = {0};
    o.read_only = 1;
    assert_null(dyad_store_open(f->db, &o, &err));
    assert_int_equal(err.code, DYAD_ENOENT);
    assert_int_not_equal(access(f->db, F_OK), 0);   /* not created */
    char lock[192];
    snprintf(lock, sizeof lock, "%s.lock", f->db);
    assert_int_not_equal(access(lock, F_OK), 0);   /* readers do not lock */

    /* an empty SQLite file is not a dyad database to a reader */
    raw_exec(f->db, "PRAGMA user_version = 0");
    memset(&err, 0, sizeof err);
    assert_null(dyad_store_open(f->db, &o, &err));
    assert_int_equal(err.code, DYAD_EDB);
    assert_non_null(strstr(err.msg, "not a dyad database"));

    /* and a reader does not write */
    dyad_store_close(open_rw(f->db, 0));
    dyad_store *ro = open_ro(f->db);
    art a;
    art_init(&a, "a", 2026, 1, 5, 0);
    int outcome = 0;
    memset(&err, 0, sizeof err);
    assert_int_not_equal(dyad_store_put(ro, &a.a, &a.sc, 0, &outcome, &err),
                         DYAD_OK);
    assert_true(err.code < 0);
    dyad_store_close(ro);
    ro = open_ro(f->db);
    assert_int_equal(count_articles(ro), 0);
    dyad_store_close(ro);
    dyad_store_close(NULL);   /* accepted */
}

/* --- listings --- */

typedef struct pairs {
    size_t n;
    dyad_pair_info p[16];
    size_t stop_after;   /* 0: never */
} pairs;

static int on_pair(void *arg, const dyad_pair_info *p)
{
    pairs *x = arg;
    if (x->n >= 16)
        return 1;
    x->p[x->n++] = *p;
    return x->stop_after && x->n >= x->stop_after;
}

static void test_store_pairs_most_articles_first(void **state)
{
    fx *f = *state;
    /* CHN-USA first into the store, with 3 articles on 3 days; CHN-JPN
     * also 3 articles but 2 on one day (so fewer pair-day rows): tied on
     * articles, CHN-JPN comes first by name */
    static const struct {
        const char *id;
        int day;
        const char *p1, *p2;
    } in[] = {
        {"u1", 2, "CHN-USA", NULL},      {"u2", 3, "CHN-USA", "JPN-KOR"},
        {"u3", 5, "CHN-USA", NULL},      {"j1", 1, "CHN-JPN", "AUS-NZL"},
        {"j2", 4, "CHN-JPN", "AUS-NZL"}, {"j3", 4, "CHN-JPN", NULL},
        {"z1", 6, NULL, NULL},
    };
    art a[7];
    dyad_store *st = open_rw(f->db, 0);
    for (size_t i = 0; i < 7; i++) {
        art_init(&a[i], in[i].id, 2026, 3, in[i].day, 0);
        if (in[i].p1)
            art_pair(&a[i], in[i].p1, 0.1, 0, 1, 0, 0);
        if (in[i].p2)
            art_pair(&a[i], in[i].p2, 0.1, 0, 1, 0, 0);
        put(st, &a[i], 0);
    }
    flush(st);
    pairs x;
    memset(&x, 0, sizeof x);
    dyad_err err = {0};
    assert_int_equal(dyad_store_pairs(st, on_pair, &x, &err), DYAD_OK);
    assert_int_equal(x.n, 4);
    static const char *const order[] = {"CHN-JPN", "CHN-USA", "AUS-NZL",
                                        "JPN-KOR"};
    static const int64_t n[] = {3, 3, 2, 1};
    static const int first[] = {1, 2, 1, 3}, last[] = {4, 5, 4, 3};
    for (size_t i = 0; i < 4; i++) {
        assert_string_equal(x.p[i].pair, order[i]);
        assert_int_equal(x.p[i].articles, n[i]);
        assert_int_equal(x.p[i].first_day, D(2026, 3, first[i]));
        assert_int_equal(x.p[i].last_day, D(2026, 3, last[i]));
    }
    /* a callback that returns non-zero stops the listing */
    memset(&x, 0, sizeof x);
    x.stop_after = 2;
    assert_int_equal(dyad_store_pairs(st, on_pair, &x, &err), DYAD_OK);
    assert_int_equal(x.n, 2);
    /* and the statement is ready again afterwards */
    memset(&x, 0, sizeof x);
    assert_int_equal(dyad_store_pairs(st, on_pair, &x, &err), DYAD_OK);
    assert_int_equal(x.n, 4);

    /* pair_days within a range */
    days d;
    memset(&d, 0, sizeof d);
    assert_int_equal(dyad_store_pair_days(st, "CHN-USA", D(2026, 3, 3),
                                          D(2026, 3, 5), on_day, &d, &err),
                     DYAD_OK);
    assert_int_equal(d.n, 2);
    assert_int_equal(d.d[0].day, D(2026, 3, 3));
    assert_int_equal(d.d[1].day, D(2026, 3, 5));
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 2);
    assert_int_equal(d.d[1].articles, 2);
    get_days(st, "XXX-YYY", &d);
    assert_int_equal(d.n, 0);
    dyad_store_close(st);
}

static void test_store_span_and_counts(void **state)
{
    fx *f = *state;
    dyad_store *st = open_rw(f->db, 0);
    int32_t first = 1, last = 2;
    dyad_err err = {0};
    assert_int_equal(dyad_store_span(st, &first, &last, &err), DYAD_ENOENT);
    assert_int_equal(err.code, DYAD_ENOENT);
    int64_t na = -1, np = -1, nd = -1;
    counts(st, &na, &np, &nd);
    assert_int_equal(na + np + nd, 0);

    art a1, a2, a3;
    art_init(&a1, "a1", 2026, 1, 10, 0);
    art_pair(&a1, "CHN-JPN", 0.1, 0, 1, 0, 0);
    art_pair(&a1, "CHN-USA", 0.1, 0, 1, 0, 0);
    art_init(&a2, "a2", 2026, 1, 3, 0);
    art_pair(&a2, "CHN-JPN", 0.1, 0, 1, 0, 0);
    art_init(&a3, "a3", 2026, 1, 31, 0);   /* no pairs: still a day */
    put(st, &a1, 0);
    put(st, &a2, 0);
    put(st, &a3, 0);
    flush(st);
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_store_span(st, &first, &last, &err), DYAD_OK);
    assert_int_equal(first, D(2026, 1, 3));
    assert_int_equal(last, D(2026, 1, 31));
    counts(st, &na, &np, &nd);
    assert_int_equal(na, 3);
    assert_int_equal(np, 3);   /* article-pair rows */
    assert_int_equal(nd, 3);   /* CHN-JPN twice, CHN-USA once */
    dyad_store_close(st);
}

static void test_store_articles_listing(void **state)
{
    fx *f = *state;
    art b, a, c, t;
    art_init(&b, "b", 2026, 1, 5, 0.1234);
    art_init(&a, "a", 2026, 1, 6, -0.5);
    art_init(&c, "c", 2026, 1, 5, 0);
    art_init(&t, "t", 2026, 1, 7, 0);
    art_text(&c, "Kept?", "not kept");
    art_text(&t, "A title", "Some text.");
    t.sc.lexicon = "lexB";
    dyad_store *st = open_rw(f->db, 0);
    put(st, &b, 0);
    put(st, &a, 0);
    put(st, &c, 0);   /* text, but keep_text 0 */
    put(st, &t, 1);
    flush(st);
    ids x;
    get_articles(st, INT32_MIN, INT32_MAX, &x);
    assert_int_equal(x.n, 4);
    /* day, then id */
    assert_string_equal(x.id[0], "b");
    assert_string_equal(x.id[1], "c");
    assert_string_equal(x.id[2], "a");
    assert_string_equal(x.id[3], "t");
    assert_string_equal(x.title[0], "");
    assert_string_equal(x.title[1], "");   /* not kept */
    assert_string_equal(x.title[3], "A title");
    assert_string_equal(x.date[0], "2026-01-05");
    assert_string_equal(x.date[2], "2026-01-06");
    assert_string_equal(x.lexicon[0], "lexA");
    assert_string_equal(x.lexicon[3], "lexB");
    assert_true(x.tone[0] == 0.1234);   /* 1234 / 1e4 */
    assert_true(x.tone[2] == -0.5);
    assert_true(x.sentiment[0] == 0.0512);
    assert_near(x.positive[0], 3.125, 1e-12);
    assert_near(x.negative[0], 2.5, 1e-12);
    assert_near(x.polarity[0], 5.625, 1e-12);
    assert_int_equal(x.words[0], 120);
    /* a range */
    get_articles(st, D(2026, 1, 6), D(2026, 1, 6), &x);
    assert_int_equal(x.n, 1);
    assert_string_equal(x.id[0], "a");
    get_articles(st, D(2026, 2, 1), D(2026, 2, 9), &x);
    assert_int_equal(x.n, 0);
    dyad_store_close(st);
}

typedef struct stale {
    dyad_store *st;      /* non-NULL: rescore into it */
    size_t n;
    char id[8][16], title[8][32], text[8][64], date[8][11];
    int32_t day[8];
} stale;

static int on_stale(void *arg, const dyad_article *a)
{
    stale *s = arg;
    if (s->n >= 8)
        return 1;
    size_t i = s->n++;
    assert_null(a->scored);
    snprintf(s->id[i], sizeof s->id[i], "%s", a->id);
    snprintf(s->title[i], sizeof s->title[i], "%s", a->title);
    snprintf(s->text[i], sizeof s->text[i], "%.*s", (int)a->text_len,
             a->text);
    snprintf(s->date[i], sizeof s->date[i], "%s", a->date_iso);
    s->day[i] = a->date.day;
    if (s->st) {
        /* rescore: the same article under the new lexicon */
        dyad_scored_pair p = {0};
        snprintf(p.pair, sizeof p.pair, "CHN-JPN");
        p.tone = 0.5;
        p.sentences = 1;
        p.evidence = "[]";
        dyad_scored sc = {10, 0, 0, 0, 0, 0, "new", &p, 1};
        int outcome = 0;
        dyad_err err = {0};
        if (dyad_store_put(s->st, a, &sc, 1, &outcome, &err) != DYAD_OK ||
            outcome != DYAD_STORE_REPLACED)
            return 1;
    }
    return 0;
}

static void test_store_each_stale(void **state)
{
    fx *f = *state;
    art s1, s2, s3, s4, s5;
    art_init(&s1, "s1", 2026, 1, 8, 0);
    art_text(&s1, "T1", "Text one.");
    s1.sc.lexicon = "old";
    art_init(&s2, "s2", 2026, 1, 8, 0);
    art_text(&s2, "T2", "Text two.");
    s2.sc.lexicon = "new";
    art_init(&s3, "s3", 2026, 1, 8, 0);   /* a scored line: no text */
    s3.sc.lexicon = "old";
    art_init(&s4, "s4", 2026, 1, 8, 0);
    art_text(&s4, "T4", "Text four.");   /* not kept */
    s4.sc.lexicon = "old";
    art_init(&s5, "s5", 2026, 1, 2, 0);
    art_text(&s5, "", "Text five.");
    s5.sc.lexicon = "older";
    dyad_store *st = open_rw(f->db, 0);
    put(st, &s1, 1);
    put(st, &s2, 1);
    put(st, &s3, 1);
    put(st, &s4, 0);
    put(st, &s5, 1);
    flush(st);

    stale x;
    memset(&x, 0, sizeof x);
    long no_text = -1;
    dyad_err err = {0};
    assert_int_equal(dyad_store_each_stale(st, "new", on_stale, &x, &no_text,
                                           &err),
                     DYAD_OK);
    assert_int_equal(no_text, 2);   /* s3 and s4 */
    assert_int_equal(x.n, 2);
    assert_string_equal(x.id[0], "s5");   /* day order */
    assert_string_equal(x.title[0], "");
    assert_string_equal(x.text[0], "Text five.");
    assert_string_equal(x.date[0], "2026-01-02");
    assert_int_equal(x.day[0], D(2026, 1, 2));
    assert_string_equal(x.id[1], "s1");
    assert_string_equal(x.title[1], "T1");
    assert_string_equal(x.text[1], "Text one.");

    /* rescoring from the callback writes to the same tables */
    memset(&x, 0, sizeof x);
    x.st = st;
    assert_int_equal(dyad_store_each_stale(st, "new", on_stale, &x, &no_text,
                                           &err),
                     DYAD_OK);
    assert_int_equal(x.n, 2);
    flush(st);
    memset(&x, 0, sizeof x);
    assert_int_equal(dyad_store_each_stale(st, "new", on_stale, &x, &no_text,
                                           &err),
                     DYAD_OK);
    assert_int_equal(x.n, 0);
    assert_int_equal(no_text, 2);
    ids a;
    get_articles(st, INT32_MIN, INT32_MAX, &a);
    assert_int_equal(a.n, 5);
    assert_string_equal(a.id[0], "s5");
    assert_string_equal(a.lexicon[0], "new");
    assert_string_equal(a.id[1], "s1");
    assert_string_equal(a.lexicon[1], "new");
    assert_string_equal(a.title[1], "T1");   /* still kept */
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 2);
    assert_int_equal(d.d[0].tone_sum + d.d[1].tone_sum, 10000);
    dyad_store_close(st);
}

/* --- lines of `dyad score` output --- */

static const char score_line[] =
    "{\"id\":\"x1\",\"date\":\"2026-01-05\",\"words\":14,\"sentiment\":0.0175,"
    "\"tone\":0,\"positive\":7.1429,\"negative\":7.1429,\"polarity\":14.2857,"
    "\"pairs\":[{\"pair\":\"CHN-JPN\",\"sentences\":2,\"tone\":0.0175,"
    "\"goldstein\":0.9667,\"conflict\":1,\"cooperation\":2,\"threats\":0,"
    "\"acts\":1,\"evidence\":[{\"sentence\":\"China and Japan clashed over "
    "the islands.\",\"tone\":-0.4588,\"hits\":[\"clashed\"]}]}],"
    "\"lexicon\":\"ef3e7381da589837\"}";

static int put_line(dyad_store *st, dyad_scored_parser *p, const char *line)
{
    const dyad_scored *sc = NULL;
    dyad_err err = {0};
    if (dyad_scored_parse(p, line, strlen(line), &sc, &err) != DYAD_OK)
        fail_msg("parse: %s", err.msg);
    dyad_article a = {0};
    a.id = "x1";
    a.title = "";
    a.text = "";
    a.date.day = D(2026, 1, 5);
    dyad_date_iso(a.date.day, a.date_iso);
    a.scored = sc;
    int outcome = 0;
    if (dyad_store_put(st, &a, sc, 1, &outcome, &err) != DYAD_OK)
        fail_msg("put: %s", err.msg);
    return outcome;
}

static void test_store_scored_lines(void **state)
{
    fx *f = *state;
    dyad_scored_parser *p = dyad_scored_parser_new();
    assert_non_null(p);
    dyad_store *st = open_rw(f->db, 0);
    assert_int_equal(put_line(st, p, score_line), DYAD_STORE_NEW);
    assert_int_equal(put_line(st, p, score_line), DYAD_STORE_UNCHANGED);
    flush(st);
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    /* no "events" in the line: conflict + cooperation, as goldstein is
     * not 0 */
    dyad_pair_day want = {D(2026, 1, 5), 1, 2, 175, 175 * 175, 9667, 1,
                          1, 2, 0, 1,
                          .mentions = 1, .conflict_art = 1, .coop_art = 1,
                          .act_art = 1, .net_e4 = 9667 * 3,
                          .net_sq = 290 * 290};
    assert_day(&d.d[0], &want);
    /* the same line with another pair tone */
    char changed[sizeof score_line];
    memcpy(changed, score_line, sizeof score_line);
    char *at = strstr(changed, "\"tone\":0.0175,\"goldstein\"");
    assert_non_null(at);
    memcpy(at, "\"tone\":0.5000", 13);
    assert_int_equal(put_line(st, p, changed), DYAD_STORE_REPLACED);
    /* other evidence is other content too */
    at = strstr(changed, "clashed over");
    memcpy(at, "clashes", 7);
    assert_int_equal(put_line(st, p, changed), DYAD_STORE_REPLACED);
    flush(st);
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].tone_sum, 5000);
    assert_int_equal(d.d[0].articles, 1);
    /* a scored line has no text to keep: it cannot be rescored */
    stale x;
    memset(&x, 0, sizeof x);
    long no_text = 0;
    dyad_err err = {0};
    assert_int_equal(dyad_store_each_stale(st, "other", on_stale, &x,
                                           &no_text, &err),
                     DYAD_OK);
    assert_int_equal(x.n, 0);
    assert_int_equal(no_text, 1);
    dyad_store_close(st);
    /* numbers JSON allows but a score cannot hold are rejected, not cast
     * (UB) or stored as inf (fuzz) */
    static const char *const bad[][2] = {{"\"tone\":0.0175", "\"tone\":1e3007"},
                                         {"\"sentences\":2",
                                          "\"sentences\":4429967295"},
                                         {"\"words\":14", "\"words\":-1e30"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char line[sizeof score_line + 32];
        const char *num = strstr(score_line, bad[i][0]);
        assert_non_null(num);
        snprintf(line, sizeof line, "%.*s%s%s", (int)(num - score_line),
                 score_line, bad[i][1], num + strlen(bad[i][0]));
        const dyad_scored *sc;
        assert_int_equal(dyad_scored_parse(p, line, strlen(line), &sc, &err),
                         DYAD_EPARSE);
    }
    dyad_scored_parser_free(p);
}

/* The optional counts of a scored line: read by the fast scanner and by
 * cJSON alike, with the defaults of an older dyad's line when absent, and
 * a bad one rejected. */
static void test_store_scored_events_and_comentions(void **state)
{
    (void)state;
    static const char with[] =
        "{\"id\":\"x\",\"date\":\"2026-01-05\",\"words\":9,\"sentiment\":0,"
        "\"tone\":0,\"positive\":0,\"negative\":0,\"polarity\":0,\"pairs\":["
        "{\"pair\":\"CHN-JPN\",\"sentences\":1,\"tone\":-0.5,\"goldstein\":"
        "-6.5,\"conflict\":2,\"cooperation\":0,\"threats\":1,\"acts\":1,"
        "\"events\":2,\"comentions\":3,\"evidence\":[]},"
        "{\"pair\":\"DEU-FRA\",\"sentences\":0,\"tone\":0,\"goldstein\":0,"
        "\"conflict\":0,\"cooperation\":0,\"threats\":0,\"acts\":0,"
        "\"events\":0,\"comentions\":1,\"evidence\":[]},"
        "{\"pair\":\"FRA-USA\",\"sentences\":2,\"tone\":0.2,\"goldstein\":3,"
        "\"conflict\":1,\"cooperation\":2,\"threats\":0,\"acts\":0,"
        "\"evidence\":[]},"
        "{\"pair\":\"GBR-USA\",\"sentences\":1,\"tone\":0.2,\"goldstein\":0,"
        "\"conflict\":1,\"cooperation\":1,\"threats\":0,\"acts\":0,"
        "\"evidence\":[]}],\"lexicon\":\"ab\"}";
    static const unsigned want[4][2] = {{2, 3}, {0, 1}, {3, 0}, {0, 0}};
    for (int cj = 0; cj < 2; cj++) {
        dyad_scored_parser *p = dyad_scored_parser_new();
        assert_non_null(p);
        dyad_scored_parser_cjson_only(p, cj);
        const dyad_scored *sc = NULL;
        dyad_err err = {0};
        assert_int_equal(dyad_scored_parse(p, with, strlen(with), &sc, &err),
                         DYAD_OK);
        assert_int_equal(sc->npairs, 4);
        for (size_t i = 0; i < 4; i++) {
            assert_int_equal(sc->pairs[i].events, want[i][0]);
            assert_int_equal(sc->pairs[i].comentions, want[i][1]);
        }
        static const char *const bad[] = {"\"events\":-1", "\"events\":1.5",
                                          "\"comentions\":\"2\"",
                                          "\"comentions\":null"};
        for (size_t i = 0; i < 4; i++) {
            char line[sizeof with + 16];
            const char *was = i < 2 ? "\"events\":2" : "\"comentions\":3";
            const char *at = strstr(with, was);
            snprintf(line, sizeof line, "%.*s%s%s", (int)(at - with), with,
                     bad[i], at + strlen(was));
            assert_int_equal(dyad_scored_parse(p, line, strlen(line), &sc,
                                               &err),
                             DYAD_EPARSE);
            assert_non_null(strstr(err.msg, "CHN-JPN"));
        }
        dyad_scored_parser_free(p);
    }
}

/* A line's events and co-mentions are its content too: the same line
 * again with only its events, or only its co-mentions, changed replaces
 * the article and its sums (net is goldstein x events; mentions count
 * the co-mentioned). */
static void test_store_events_and_comentions_are_content(void **state)
{
    fx *f = *state;
    art a;
    art_init(&a, "e1", 2026, 1, 5, 0);
    art_pair(&a, "CHN-JPN", 0.5, -4.0, 1, 2, 0);   /* events 2: default */
    dyad_store *st = open_rw(f->db, 0);
    assert_int_equal(put(st, &a, 0), DYAD_STORE_NEW);
    assert_int_equal(put(st, &a, 0), DYAD_STORE_UNCHANGED);
    flush(st);
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].net_e4, -40000 * 2);
    a.p[0].events = 5;
    assert_int_equal(put(st, &a, 0), DYAD_STORE_REPLACED);
    assert_int_equal(put(st, &a, 0), DYAD_STORE_UNCHANGED);
    flush(st);
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.d[0].net_e4, -40000 * 5);
    assert_int_equal(d.d[0].net_sq, 2000 * 2000);   /* -20.00, x 100 */
    /* a pair named with no relation: its co-mentions changed */
    art b;
    art_init(&b, "e2", 2026, 1, 5, 0);
    art_pair(&b, "DEU-FRA", 0, 0, 0, 0, 0);
    b.p[0].comentions = 1;
    assert_int_equal(put(st, &b, 0), DYAD_STORE_NEW);
    b.p[0].comentions = 2;
    assert_int_equal(put(st, &b, 0), DYAD_STORE_REPLACED);
    assert_int_equal(put(st, &b, 0), DYAD_STORE_UNCHANGED);
    dyad_store_close(st);
}

/* A pair only co-mentioned (sentences 0) counts in mentions, not in
 * articles; its day goes when its last article does. */
static void test_store_comention_only_pair(void **state)
{
    fx *f = *state;
    art a, b;
    art_init(&a, "a", 2026, 1, 5, 0);
    dyad_scored_pair *p = art_pair(&a, "DEU-FRA", 0, 0, 0, 0, 0);
    p->comentions = 2;
    art_pair(&a, "CHN-JPN", -0.5, -8, 1, 1, 0);
    art_init(&b, "b", 2026, 1, 5, 0);
    p = art_pair(&b, "DEU-FRA", 0.25, 4, 1, 0, 1);
    p->events = 2;   /* two weights behind the mean */
    dyad_store *st = open_rw(f->db, 0);
    put(st, &a, 0);
    put(st, &b, 0);
    flush(st);
    days d;
    get_days(st, "DEU-FRA", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].articles, 1);
    assert_int_equal(d.d[0].mentions, 2);
    assert_int_equal(d.d[0].coop_art, 1);
    assert_int_equal(d.d[0].net_e4, 80000);
    art *both[] = {&a, &b};
    assert_pair_days(st, both, 2, "DEU-FRA", 1);
    assert_pair_days(st, both, 2, "CHN-JPN", 1);
    /* b goes (replaced by a version without pairs): the co-mention stays */
    b.sc.npairs = 0;
    assert_int_equal(put(st, &b, 0), DYAD_STORE_REPLACED);
    flush(st);
    get_days(st, "DEU-FRA", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].articles, 0);
    assert_int_equal(d.d[0].mentions, 1);
    /* and a, the last: the row goes */
    a.sc.npairs = 0;
    assert_int_equal(put(st, &a, 0), DYAD_STORE_REPLACED);
    flush(st);
    get_days(st, "DEU-FRA", &d);
    assert_int_equal(d.n, 0);
    dyad_store_close(st);
}

/* Reads a whole file (a test fixture) into a NUL-terminated string. */
static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        fail_msg("cannot open %s", path);
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
    buf[n] = '\0';
    fclose(fp);
    return buf;
}

typedef struct pair_list {
    size_t n;
    dyad_pair_info p[256];
} pair_list;

static int on_pair_info(void *arg, const dyad_pair_info *p)
{
    pair_list *l = arg;
    if (l->n < 256)
        l->p[l->n++] = *p;
    return 0;
}

static void get_pairs(dyad_store *st, pair_list *l)
{
    dyad_err err = {0};
    memset(l, 0, sizeof *l);
    if (dyad_store_pairs(st, on_pair_info, l, &err) != DYAD_OK)
        fail_msg("pairs: %s", err.msg);
}

static void get_pairs_in(dyad_store *st, int32_t from, int32_t to,
                         pair_list *l)
{
    dyad_err err = {0};
    memset(l, 0, sizeof *l);
    if (dyad_store_pairs_in(st, from, to, on_pair_info, l, &err) != DYAD_OK)
        fail_msg("pairs_in: %s", err.msg);
}

/* Every pair's days and listing are the same in both stores. */
static void assert_same_stores(dyad_store *x, dyad_store *y)
{
    pair_list a, b;
    get_pairs(x, &a);
    get_pairs(y, &b);
    assert_int_equal(a.n, b.n);
    assert_true(a.n > 20);
    for (size_t i = 0; i < a.n; i++) {
        assert_string_equal(a.p[i].pair, b.p[i].pair);
        assert_int_equal(a.p[i].articles, b.p[i].articles);
        assert_int_equal(a.p[i].mentions, b.p[i].mentions);
        days da, db;
        get_days(x, a.p[i].pair, &da);
        get_days(y, a.p[i].pair, &db);
        assert_int_equal(da.n, db.n);
        for (size_t k = 0; k < da.n; k++)
            assert_day(&da.d[k], &db.d[k]);
    }
    /* counted in a range of days: the same, and only those days */
    pair_list c, d;
    get_pairs_in(x, INT32_MIN, INT32_MAX, &c);
    assert_int_equal(c.n, a.n);
    for (size_t i = 0; i < c.n; i++) {
        assert_string_equal(c.p[i].pair, a.p[i].pair);
        assert_int_equal(c.p[i].mentions, a.p[i].mentions);
    }
    int32_t day = D(2025, 3, 2);
    get_pairs_in(x, day, day, &c);
    get_pairs_in(y, day, day, &d);
    assert_int_equal(c.n, d.n);
    assert_true(c.n > 0 && c.n < a.n);
    for (size_t i = 0; i < c.n; i++) {
        assert_string_equal(c.p[i].pair, d.p[i].pair);
        assert_int_equal(c.p[i].articles, d.p[i].articles);
        assert_int_equal(c.p[i].first_day, day);
        assert_int_equal(c.p[i].last_day, day);
        days dd;
        get_days(x, c.p[i].pair, &dd);
        int64_t on_day = 0;
        for (size_t k = 0; k < dd.n; k++)
            on_day += dd.d[k].day == day ? dd.d[k].articles : 0;
        assert_int_equal(c.p[i].articles, on_day);
    }
}

/* The schema 2 fixture (tests/data/store-schema2.sql) as the database
 * name in the fixture's folder; its path into path. */
static void schema_2_store(const fx *f, const char *name, char *path,
                           size_t n)
{
    snprintf(path, n, "%s/%s", f->dir, name);
    char *sql = slurp(DYAD_SOURCE_DIR "/tests/data/store-schema2.sql");
    raw_exec(path, sql);
    free(sql);
}

/* A store that dyad wrote before intensities (schema 2, a fixture made
 * by that dyad) reads, as it is and once upgraded, as a store of the
 * same scored lines ingested afresh: the same intensities. */
static void test_store_schema_2_reads_as_a_fresh_store(void **state)
{
    fx *f = *state;
    char old[192];
    schema_2_store(f, "old.db", old, sizeof old);
    assert_int_equal(raw_int(old, "PRAGMA user_version"), 2);

    char *lines = slurp(DYAD_SOURCE_DIR
                        "/tests/data/store-schema2.scored.jsonl");
    dyad_scored_parser *p = dyad_scored_parser_new();
    assert_non_null(p);
    dyad_store *fresh = open_rw(f->db, 0);
    for (char *line = lines, *nl; *line; line = nl + 1) {
        nl = strchr(line, '\n');
        assert_non_null(nl);
        const dyad_scored *sc = NULL;
        dyad_err err = {0};
        if (dyad_scored_parse(p, line, (size_t)(nl - line), &sc, &err) !=
            DYAD_OK)
            fail_msg("parse: %s", err.msg);
        /* id and date from the line itself */
        char id[32], date[11];
        const char *q = strstr(line, "\"id\":\"") + 6;
        snprintf(id, sizeof id, "%.*s", (int)(strchr(q, '"') - q), q);
        q = strstr(line, "\"date\":\"") + 8;
        snprintf(date, sizeof date, "%.10s", q);
        dyad_article a = {0};
        a.id = id;
        a.title = "";
        a.text = "";
        assert_int_equal(dyad_date_parse(date, 10, &a.date, &err), DYAD_OK);
        dyad_date_iso(a.date.day, a.date_iso);
        a.scored = sc;
        int outcome = 0;
        if (dyad_store_put(fresh, &a, sc, 0, &outcome, &err) != DYAD_OK)
            fail_msg("put: %s", err.msg);
        assert_int_equal(outcome, DYAD_STORE_NEW);
    }
    flush(fresh);
    free(lines);
    dyad_scored_parser_free(p);

    /* read as it is: no upgrade */
    dyad_store *ro = open_ro(old);
    assert_same_stores(ro, fresh);
    dyad_store_close(ro);
    assert_int_equal(raw_int(old, "PRAGMA user_version"), 2);
    /* upgraded by a writer */
    dyad_store *rw = open_rw(old, 0);
    assert_int_equal(raw_int(old, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    assert_same_stores(rw, fresh);
    dyad_store_close(rw);
    ro = open_ro(old);
    assert_same_stores(ro, fresh);
    dyad_store_close(ro);
    dyad_store_close(fresh);
}

/* An old store's nets at a rounding edge: an article's net (its
 * goldstein mean x its events) is squared after rounding to 0.01, half
 * away from zero, in the read of a schema 2 store and in its upgrade as
 * when ingested (delta_apply): 2.005 and -2.005 are 2.01 and -2.01,
 * squares 201^2 in units of 1e-4 each; 3.0049 is 3.00 and -1.2351
 * -1.24. Schema 2 kept no events: the hits stand for them (1 each). */
static void test_store_schema_2_net_rounding(void **state)
{
    fx *f = *state;
    char old[192];
    schema_2_store(f, "old-net.db", old, sizeof old);
    raw_exec(old,
             "INSERT INTO articles VALUES('n1',20300,'2025-07-31','h','l',1,"
             "0,0,0,0,0,NULL,NULL);"
             "INSERT INTO articles VALUES('n2',20300,'2025-07-31','h','l',1,"
             "0,0,0,0,0,NULL,NULL);"
             "INSERT INTO articles VALUES('n3',20300,'2025-07-31','h','l',1,"
             "0,0,0,0,0,NULL,NULL);"
             "INSERT INTO articles VALUES('n4',20300,'2025-07-31','h','l',1,"
             "0,0,0,0,0,NULL,NULL);"
             "INSERT INTO article_pairs VALUES('n1','AUS-NZL',1,0,20050,0,1,"
             "0,0,'[]');"
             "INSERT INTO article_pairs VALUES('n2','AUS-NZL',1,0,-20050,1,0,"
             "0,0,'[]');"
             "INSERT INTO article_pairs VALUES('n3','AUS-NZL',1,0,30049,0,1,"
             "0,0,'[]');"
             "INSERT INTO article_pairs VALUES('n4','AUS-NZL',1,0,-12351,1,0,"
             "0,0,'[]');");
    const int64_t want_sq = 201 * 201 + 201 * 201 + 300 * 300 + 124 * 124;
    const int64_t want_e4 = 20050 - 20050 + 30049 - 12351;
    days d;
    dyad_store *ro = open_ro(old);
    get_days(ro, "AUS-NZL", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].net_e4, want_e4);
    assert_int_equal(d.d[0].net_sq, want_sq);
    dyad_store_close(ro);
    dyad_store *rw = open_rw(old, 0);   /* upgraded */
    assert_int_equal(raw_int(old, "PRAGMA user_version"), DYAD_STORE_SCHEMA);
    get_days(rw, "AUS-NZL", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].net_e4, want_e4);
    assert_int_equal(d.d[0].net_sq, want_sq);
    dyad_store_close(rw);
    /* and ingested afresh */
    art a[4];
    const double g[4] = {2.005, -2.005, 3.0049, -1.2351};
    dyad_store *st = open_rw(f->db, 0);
    for (int i = 0; i < 4; i++) {
        char id[8];
        snprintf(id, sizeof id, "n%d", i + 1);
        art_init(&a[i], id, 2025, 7, 31, 0);
        art_pair(&a[i], "AUS-NZL", 0, g[i], 1, g[i] < 0, g[i] > 0);
        put(st, &a[i], 0);
    }
    flush(st);
    get_days(st, "AUS-NZL", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].net_e4, want_e4);
    assert_int_equal(d.d[0].net_sq, want_sq);
    dyad_store_close(st);
}

/* Both readers of scored lines give the same optional counts on every
 * line of the scored fuzz corpus (or reject it alike). */
static void test_store_scored_readers_agree(void **state)
{
    (void)state;
    dyad_scored_parser *fast = dyad_scored_parser_new(),
                       *ref = dyad_scored_parser_new();
    assert_non_null(fast);
    assert_non_null(ref);
    dyad_scored_parser_cjson_only(ref, 1);
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/tests/fuzz/scored", DYAD_SOURCE_DIR);
    DIR *dp = opendir(dir);
    assert_non_null(dp);
    struct dirent *de;
    size_t lines = 0, with_events = 0;
    while ((de = readdir(dp)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        char *text = slurp(path);
        for (char *line = text, *next; *line; line = next) {
            char *nl = strchr(line, '\n');
            size_t len = nl ? (size_t)(nl - line) : strlen(line);
            next = line + len + (nl != NULL);
            const dyad_scored *a = NULL, *b = NULL;
            dyad_err e1 = {0}, e2 = {0};
            int r1 = dyad_scored_parse(fast, line, len, &a, &e1);
            int r2 = dyad_scored_parse(ref, line, len, &b, &e2);
            assert_int_equal(r1, r2);
            lines++;
            if (r1 != DYAD_OK)
                continue;
            assert_int_equal(a->npairs, b->npairs);
            for (size_t i = 0; i < a->npairs; i++) {
                assert_int_equal(a->pairs[i].events, b->pairs[i].events);
                assert_int_equal(a->pairs[i].comentions,
                                 b->pairs[i].comentions);
                with_events += a->pairs[i].comentions > 0;
            }
        }
        free(text);
    }
    closedir(dp);
    assert_true(lines > 10);
    assert_true(with_events > 0);   /* events.json is there */
    dyad_scored_parser_free(fast);
    dyad_scored_parser_free(ref);
}

/* --- allocation failures --- */

static void test_store_alloc_failure(void **state)
{
    fx *f = *state;
    /* fd 0 on /dev/null, to see that no error path closes a descriptor
     * it does not own */
    struct stat null_st, now;
    int saved0 = dup(0);
    int nfd = open("/dev/null", O_RDONLY);
    assert_true(nfd >= 0);
    assert_int_equal(dup2(nfd, 0), 0);
    close(nfd);
    assert_int_equal(fstat(0, &null_st), 0);

    art a;
    art_init(&a, "a", 2026, 1, 5, 0.25);
    art_pair(&a, "CHN-JPN", 0.5, 1.0, 1, 0, 1);
    int ok = 0;
    long failures = 0;
    for (long n = 0; n < 10000 && !ok; n++) {
        dyad_err err = {0};
        dyad_store_opts o = {0};
        o.batch = 10;
        dyad_alloc_fail_after(n);
        dyad_store *st = dyad_store_open(f->db, &o, &err);
        int rc = st ? DYAD_OK : err.code;
        int outcome = 0;
        if (st)
            rc = dyad_store_put(st, &a.a, &a.sc, 0, &outcome, &err);
        if (rc == DYAD_OK)
            rc = dyad_store_flush(st, &err);
        dyad_alloc_fail_after(-1);
        dyad_store_close(st);
        assert_int_equal(fstat(0, &now), 0);
        if (now.st_dev != null_st.st_dev || now.st_ino != null_st.st_ino)
            fail_msg("fail after %ld: fd 0 was closed or replaced", n);
        if (rc == DYAD_OK) {
            ok = 1;
            assert_int_equal(outcome, DYAD_STORE_NEW);
        } else {
            if (rc != DYAD_ENOMEM)
                fail_msg("fail after %ld: rc %d (%s)", n, rc, err.msg);
            assert_int_equal(err.code, DYAD_ENOMEM);
            failures++;
        }
    }
    assert_true(ok);
    assert_true(failures >= 3);   /* the failures came on the way */
    dyad_store *st = open_ro(f->db);
    assert_int_equal(count_articles(st), 1);
    days d;
    get_days(st, "CHN-JPN", &d);
    assert_int_equal(d.n, 1);
    assert_int_equal(d.d[0].articles, 1);
    dyad_store_close(st);

    if (saved0 >= 0) {
        dup2(saved0, 0);
        close(saved0);
    }
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_store_put_outcomes_and_replaced_sums),
        T(test_store_scored_events_and_comentions),
        T(test_store_comention_only_pair),
        T(test_store_schema_2_reads_as_a_fresh_store),
        T(test_store_schema_2_net_rounding),
        T(test_store_events_and_comentions_are_content),
        T(test_store_scored_readers_agree),
        T(test_store_replace_moves_day),
        T(test_store_text_is_the_content),
        T(test_store_sums_are_exact_integers),
        T(test_store_sums_do_not_depend_on_order),
        T(test_store_close_keeps_committed_batches),
        T(test_store_batch_also_ends_at_days_touched),
        T(test_store_second_writer_is_refused),
        T(test_store_fresh_store_has_the_schema),
        T(test_store_migrates_schema_1),
        T(test_store_pair_rows_written_in_groups),
        T(test_store_rejects_a_file_that_is_not_sqlite),
        T(test_store_rejects_another_programs_database),
        T(test_store_rejects_a_newer_schema),
        T(test_store_read_only_needs_a_database),
        T(test_store_pairs_most_articles_first),
        T(test_store_span_and_counts),
        T(test_store_articles_listing),
        T(test_store_each_stale),
        T(test_store_scored_lines),
        T(test_store_alloc_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
