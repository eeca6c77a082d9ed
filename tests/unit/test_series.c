/* test_series.c - periods and per-pair series (dyad/series.h), built on a
 * store filled with known articles; the expected values are computed here
 * from the articles themselves, not from the store's sums. */
#include "dyad/series.h"

#include <dirent.h>

#include "unit.h"

/* --- periods --- */

#define INTENSITY_COLS                                                    \
    "mentions,conflict,conflict_ci_low,conflict_ci_high,cooperation,"     \
    "cooperation_ci_low,cooperation_ci_high,threats,threats_ci_low,"      \
    "threats_ci_high,acts,acts_ci_low,acts_ci_high,net,net_ci_low,"       \
    "net_ci_high"

static int32_t D(int y, int m, int d)
{
    return dyad_days_from_civil(y, m, d);
}

static int mod7(int32_t x)
{
    return (int)(((x % 7) + 7) % 7);
}

static void test_series_period_parse_and_name(void **state)
{
    (void)state;
    static const char *const names[] = {"day", "week", "month", "quarter",
                                        "year", "decade"};
    for (int i = 0; i < 6; i++) {
        assert_int_equal(dyad_period_parse(names[i]), i);
        assert_string_equal(dyad_period_name(i), names[i]);
    }
    assert_int_equal(dyad_period_parse("quarter"), DYAD_BY_QUARTER);
    assert_int_equal(dyad_period_parse("Week"), -1);
    assert_int_equal(dyad_period_parse("weeks"), -1);
    assert_int_equal(dyad_period_parse(""), -1);
    assert_string_equal(dyad_period_name(6), "");
    assert_string_equal(dyad_period_name(-1), "");
}

static void test_series_period_decade(void **state)
{
    (void)state;
    /* decades start in years ending in 0, also before 1970 and year 0 */
    assert_int_equal(dyad_period_start(dyad_days_from_civil(1799, 12, 31),
                                       DYAD_BY_DECADE),
                     dyad_days_from_civil(1790, 1, 1));
    assert_int_equal(dyad_period_start(dyad_days_from_civil(1800, 1, 1),
                                       DYAD_BY_DECADE),
                     dyad_days_from_civil(1800, 1, 1));
    assert_int_equal(dyad_period_start(dyad_days_from_civil(2026, 11, 25),
                                       DYAD_BY_DECADE),
                     dyad_days_from_civil(2020, 1, 1));
    assert_int_equal(dyad_period_next(dyad_days_from_civil(1790, 1, 1),
                                      DYAD_BY_DECADE),
                     dyad_days_from_civil(1800, 1, 1));
}

static void test_series_period_day(void **state)
{
    (void)state;
    for (int32_t d = -1000; d <= 1000; d += 37) {
        assert_int_equal(dyad_period_start(d, DYAD_BY_DAY), d);
        assert_int_equal(dyad_period_next(d, DYAD_BY_DAY), d + 1);
    }
}

static void test_series_period_iso_week(void **state)
{
    (void)state;
    /* 2026-01-01 is a Thursday: its ISO week starts Monday 2025-12-29 */
    assert_int_equal(dyad_period_start(D(2026, 1, 1), DYAD_BY_WEEK),
                     D(2025, 12, 29));
    /* a Monday maps to itself, the Sunday after to that Monday */
    assert_int_equal(dyad_period_start(D(2025, 12, 29), DYAD_BY_WEEK),
                     D(2025, 12, 29));
    assert_int_equal(dyad_period_start(D(2026, 1, 4), DYAD_BY_WEEK),
                     D(2025, 12, 29));
    assert_int_equal(dyad_period_start(D(2026, 1, 5), DYAD_BY_WEEK),
                     D(2026, 1, 5));
    assert_int_equal(dyad_period_start(D(2026, 2, 1), DYAD_BY_WEEK),
                     D(2026, 1, 26));
    assert_int_equal(dyad_period_next(D(2025, 12, 29), DYAD_BY_WEEK),
                     D(2026, 1, 5));
    /* before 1970: 1970-01-01 (day 0) was a Thursday */
    assert_int_equal(dyad_period_start(0, DYAD_BY_WEEK), -3);
    assert_int_equal(D(1969, 12, 29), -3);
    assert_int_equal(dyad_period_start(-4, DYAD_BY_WEEK), -10);  /* Sun */
    assert_int_equal(dyad_period_start(-3, DYAD_BY_WEEK), -3);   /* Mon */
    assert_int_equal(dyad_period_start(D(1900, 1, 7), DYAD_BY_WEEK),
                     D(1900, 1, 1));   /* 1900-01-01 was a Monday */
    assert_int_equal(dyad_period_start(D(1900, 1, 1), DYAD_BY_WEEK),
                     D(1900, 1, 1));
    /* every day from 1600 to 2400: a Monday at most 6 days before */
    const int32_t monday = D(2024, 1, 1);   /* a Monday */
    for (int32_t d = D(1600, 1, 1); d <= D(2400, 12, 31); d++) {
        int32_t s = dyad_period_start(d, DYAD_BY_WEEK);
        if (s > d || d - s > 6 || mod7(s - monday) != 0)
            fail_msg("week of day %d starts at %d", (int)d, (int)s);
        assert_int_equal(dyad_period_next(s, DYAD_BY_WEEK), s + 7);
    }
}

static void test_series_period_month(void **state)
{
    (void)state;
    assert_int_equal(dyad_period_start(D(2026, 1, 31), DYAD_BY_MONTH),
                     D(2026, 1, 1));
    assert_int_equal(dyad_period_start(D(2024, 2, 29), DYAD_BY_MONTH),
                     D(2024, 2, 1));
    assert_int_equal(dyad_period_start(D(1969, 12, 31), DYAD_BY_MONTH),
                     D(1969, 12, 1));
    assert_int_equal(dyad_period_next(D(2025, 12, 1), DYAD_BY_MONTH),
                     D(2026, 1, 1));
    /* February's length: leap years by the Gregorian rules */
    assert_int_equal(dyad_period_next(D(2024, 2, 1), DYAD_BY_MONTH) -
                         D(2024, 2, 1), 29);
    assert_int_equal(dyad_period_next(D(2023, 2, 1), DYAD_BY_MONTH) -
                         D(2023, 2, 1), 28);
    assert_int_equal(dyad_period_next(D(2000, 2, 1), DYAD_BY_MONTH) -
                         D(2000, 2, 1), 29);
    assert_int_equal(dyad_period_next(D(1900, 2, 1), DYAD_BY_MONTH) -
                         D(1900, 2, 1), 28);
    /* every day from 1600 to 2400 */
    for (int32_t d = D(1600, 1, 1); d <= D(2400, 12, 31); d++) {
        int y, m, dd, sy, sm, sd, ny, nm, nd;
        dyad_civil_from_days(d, &y, &m, &dd);
        int32_t s = dyad_period_start(d, DYAD_BY_MONTH);
        dyad_civil_from_days(s, &sy, &sm, &sd);
        dyad_civil_from_days(dyad_period_next(s, DYAD_BY_MONTH), &ny, &nm,
                             &nd);
        if (sy != y || sm != m || sd != 1 || nd != 1 ||
            ny * 12 + nm != y * 12 + m + 1)
            fail_msg("month of %d-%d-%d: %d-%d-%d, next %d-%d-%d", y, m, dd,
                     sy, sm, sd, ny, nm, nd);
    }
}

static void test_series_period_quarter(void **state)
{
    (void)state;
    static const int first_month[13] = {0, 1, 1, 1, 4, 4, 4,
                                        7, 7, 7, 10, 10, 10};
    for (int m = 1; m <= 12; m++) {
        assert_int_equal(dyad_period_start(D(2026, m, 15), DYAD_BY_QUARTER),
                         D(2026, first_month[m], 1));
        assert_int_equal(dyad_period_start(D(1969, m, 1), DYAD_BY_QUARTER),
                         D(1969, first_month[m], 1));
    }
    assert_int_equal(dyad_period_start(D(2026, 3, 31), DYAD_BY_QUARTER),
                     D(2026, 1, 1));
    assert_int_equal(dyad_period_start(D(2026, 4, 1), DYAD_BY_QUARTER),
                     D(2026, 4, 1));
    assert_int_equal(dyad_period_next(D(2026, 1, 1), DYAD_BY_QUARTER),
                     D(2026, 4, 1));
    assert_int_equal(dyad_period_next(D(2026, 7, 1), DYAD_BY_QUARTER),
                     D(2026, 10, 1));
    assert_int_equal(dyad_period_next(D(2026, 10, 1), DYAD_BY_QUARTER),
                     D(2027, 1, 1));
    assert_int_equal(dyad_period_next(D(1969, 10, 1), DYAD_BY_QUARTER),
                     D(1970, 1, 1));
    /* a leap year's first quarter is a day longer */
    assert_int_equal(dyad_period_next(D(2024, 1, 1), DYAD_BY_QUARTER) -
                         D(2024, 1, 1), 91);
    assert_int_equal(dyad_period_next(D(2025, 1, 1), DYAD_BY_QUARTER) -
                         D(2025, 1, 1), 90);
}

static void test_series_period_year(void **state)
{
    (void)state;
    assert_int_equal(dyad_period_start(D(2024, 12, 31), DYAD_BY_YEAR),
                     D(2024, 1, 1));
    assert_int_equal(dyad_period_start(D(1969, 6, 1), DYAD_BY_YEAR), -365);
    assert_int_equal(dyad_period_start(-1, DYAD_BY_YEAR), -365);
    assert_int_equal(dyad_period_start(0, DYAD_BY_YEAR), 0);
    assert_int_equal(dyad_period_next(D(2024, 1, 1), DYAD_BY_YEAR) -
                         D(2024, 1, 1), 366);
    assert_int_equal(dyad_period_next(D(2100, 1, 1), DYAD_BY_YEAR) -
                         D(2100, 1, 1), 365);
    assert_int_equal(dyad_period_next(D(2000, 1, 1), DYAD_BY_YEAR) -
                         D(2000, 1, 1), 366);
    assert_int_equal(dyad_period_next(-365, DYAD_BY_YEAR), 0);
}

/* --- a store with known articles --- */

/* One article: at most one pair (NULL: an article that names none). */
typedef struct sample {
    const char *id;
    int y, m, d;
    int week;                /* 0: the week of 2026-01-05, 1, 2, 3 */
    const char *pair;
    double tone, gold;
    unsigned sentences, conflict, cooperation;
} sample;

#define PAIR "CHN-JPN"

static const sample samples[] = {
    /* week 0 (2026-01-05 .. 01-11): 3 of the pair among 5 */
    {"s1", 2026, 1, 5, 0, PAIR, 0.5, 0, 2, 0, 1},
    {"s2", 2026, 1, 7, 0, PAIR, -0.25, -5.0, 1, 2, 0},
    {"s3", 2026, 1, 11, 0, PAIR, 0.1, 3.4, 3, 1, 1},
    {"o1", 2026, 1, 8, 0, "CHN-USA", 0.3, 1.0, 1, 0, 1},
    {"o2", 2026, 1, 9, 0, NULL, 0, 0, 0, 0, 0},
    /* week 1: none of the pair, one other */
    {"o3", 2026, 1, 14, 1, "CHN-USA", -0.4, -2.0, 1, 1, 0},
    /* week 2: 5 of the pair without tension hits */
    {"t1", 2026, 1, 19, 2, PAIR, 0.2, 0, 1, 0, 0},
    {"t2", 2026, 1, 20, 2, PAIR, 0.4, 0, 1, 0, 0},
    {"t3", 2026, 1, 21, 2, PAIR, -0.6, 0, 1, 0, 0},
    {"t4", 2026, 1, 22, 2, PAIR, 0.8, 0, 1, 0, 0},
    {"t5", 2026, 1, 25, 2, PAIR, 0.1, 0, 1, 0, 0},
    /* week 3 (01-26 .. 02-01): one, on the Sunday that is in February */
    {"u1", 2026, 2, 1, 3, PAIR, 0.3, -2.0, 1, 1, 0},
};
#define NSAMPLES (sizeof samples / sizeof samples[0])

/* t(0.975, n - 1), from a table */
static double t975(int n)
{
    switch (n) {
    case 3: return 4.302652729911275;
    case 5: return 2.776445105197793;
    default: fail_msg("no t value for n = %d", n);
    }
    return NAN;
}

/* What a period of the pair sums to, from the samples. */
typedef struct expect {
    int n, gold_n;
    long sentences, conflict, cooperation, total;
    double tone_sum, gold_sum;
    double tones[8];
} expect;

static expect week_sums(int week)
{
    expect e;
    memset(&e, 0, sizeof e);
    if (week < 0 || week > 3)
        return e;
    for (size_t i = 0; i < NSAMPLES; i++) {
        const sample *s = &samples[i];
        if (s->week != week)
            continue;
        e.total++;
        if (!s->pair || strcmp(s->pair, PAIR) != 0)
            continue;
        e.tones[e.n++] = s->tone;
        e.tone_sum += s->tone;
        e.sentences += s->sentences;
        e.conflict += s->conflict;
        e.cooperation += s->cooperation;
        if (s->gold != 0) {
            e.gold_sum += s->gold;
            e.gold_n++;
        }
    }
    return e;
}

static char dir[64], db[128], empty_db[128];
static dyad_store *st, *empty_st;

typedef struct art {
    dyad_article a;
    dyad_scored sc;
    dyad_scored_pair p[1];
} art;

static int put_sample(const sample *s)
{
    art x;
    memset(&x, 0, sizeof x);
    x.a.id = s->id;
    x.a.title = "";
    x.a.text = "";
    x.a.src = "test";
    x.a.date.day = D(s->y, s->m, s->d);
    x.a.date.year = s->y;
    x.a.date.month = s->m;
    x.a.date.mday = s->d;
    x.a.date.unix = (int64_t)x.a.date.day * 86400;
    x.a.date.prec = DYAD_DATE_DAY;
    dyad_date_iso(x.a.date.day, x.a.date_iso);
    x.a.scored = &x.sc;
    x.sc.words = 100;
    x.sc.tone = s->tone;
    x.sc.lexicon = "lex";
    x.sc.pairs = x.p;
    if (s->pair) {
        snprintf(x.p[0].pair, sizeof x.p[0].pair, "%s", s->pair);
        x.p[0].tone = s->tone;
        x.p[0].goldstein = s->gold;
        x.p[0].sentences = s->sentences;
        x.p[0].conflict = s->conflict;
        x.p[0].cooperation = s->cooperation;
        /* as a line without "events" means */
        x.p[0].events = s->gold != 0 ? s->conflict + s->cooperation : 0;
        x.p[0].evidence = "[]";
        x.sc.npairs = 1;
    }
    dyad_err err = {0};
    int outcome;
    if (dyad_store_put(st, &x.a, &x.sc, 0, &outcome, &err) != DYAD_OK) {
        print_error("put %s: %s\n", s->id, err.msg);
        return -1;
    }
    return 0;
}

static int setup_group(void **state)
{
    (void)state;
    dyad_err err = {0};
    strcpy(dir, "/tmp/dyad-unit-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(db, sizeof db, "%s/series.db", dir);
    snprintf(empty_db, sizeof empty_db, "%s/empty.db", dir);
    st = dyad_store_open(db, NULL, &err);
    empty_st = st ? dyad_store_open(empty_db, NULL, &err) : NULL;
    if (!st || !empty_st) {
        print_error("%s\n", err.msg);
        return -1;
    }
    for (size_t i = 0; i < NSAMPLES; i++)
        if (put_sample(&samples[i]) != 0)
            return -1;
    return dyad_store_flush(st, &err) == DYAD_OK ? 0 : -1;
}

static int teardown_group(void **state)
{
    (void)state;
    dyad_store_close(st);
    dyad_store_close(empty_st);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char p[512];
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        unlink(p);
    }
    if (d)
        closedir(d);
    rmdir(dir);
    return 0;
}

static void build(int by, int32_t from, int32_t to, int smooth,
                  dyad_series *s)
{
    dyad_err err = {0};
    if (dyad_series_build(st, PAIR, by, from, to, smooth, s, &err) !=
        DYAD_OK)
        fail_msg("dyad_series_build: %s", err.msg);
    assert_string_equal(s->pair, PAIR);
    assert_int_equal(s->by, by);
}

static void assert_nan(double v, const char *what, size_t row)
{
    if (!isnan(v))
        fail_msg("row %zu: %s = %g, expected no value", row, what, v);
}

/* Checks row r (the period of samples' week w) against the samples. */
static void check_week_row(const dyad_series_row *r, size_t i, int w)
{
    expect e = week_sums(w);
    assert_int_equal(r->sum.articles, e.n);
    assert_int_equal(r->sum.sentences, e.sentences);
    assert_int_equal(r->sum.conflict, e.conflict);
    assert_int_equal(r->sum.cooperation, e.cooperation);
    assert_int_equal(r->sum.gold_n, e.gold_n);
    assert_int_equal(r->total, e.total);
    if (e.n == 0) {
        assert_nan(r->tone_mean, "tone_mean", i);
        assert_nan(r->tone_ci_low, "tone_ci_low", i);
        assert_nan(r->tone_ci_high, "tone_ci_high", i);
        assert_nan(r->goldstein_mean, "goldstein_mean", i);
        assert_nan(r->tension, "tension", i);
        assert_nan(r->volume_share, "volume_share", i);
        return;
    }
    double mean = e.tone_sum / e.n;
    assert_near(r->tone_mean, mean, 1e-12);
    if (e.n >= 2) {
        double ss = 0;
        for (int k = 0; k < e.n; k++)
            ss += (e.tones[k] - mean) * (e.tones[k] - mean);
        double half = t975(e.n) * sqrt(ss / (e.n - 1)) / sqrt(e.n);
        assert_near(r->tone_ci_low, mean - half, 1e-9);
        assert_near(r->tone_ci_high, mean + half, 1e-9);
    } else {
        assert_nan(r->tone_ci_low, "tone_ci_low (n = 1)", i);
        assert_nan(r->tone_ci_high, "tone_ci_high (n = 1)", i);
    }
    if (e.gold_n)
        assert_near(r->goldstein_mean, e.gold_sum / e.gold_n, 1e-12);
    else
        assert_nan(r->goldstein_mean, "goldstein_mean (no hits)", i);
    if (e.conflict + e.cooperation)
        assert_near(r->tension,
                    (double)e.conflict / (double)(e.conflict + e.cooperation),
                    1e-12);
    else
        assert_nan(r->tension, "tension (no hits)", i);
    assert_near(r->volume_share, (double)e.n / (double)e.total, 1e-12);
}

static void test_series_build_weeks(void **state)
{
    (void)state;
    dyad_series s;
    /* from a Wednesday: the first period is its whole week */
    build(DYAD_BY_WEEK, D(2026, 1, 7), D(2026, 2, 1), 0, &s);
    assert_int_equal(s.n, 4);
    for (size_t i = 0; i < s.n; i++) {
        assert_int_equal(s.rows[i].start, D(2026, 1, 5) + 7 * (int32_t)i);
        check_week_row(&s.rows[i], i, (int)i);
        assert_nan(s.rows[i].tone_smooth, "tone_smooth", i);
    }
    /* the hand-made numbers, once, so the helper cannot hide a slip */
    assert_near(s.rows[0].tone_mean, 0.35 / 3, 1e-12);
    assert_near(s.rows[0].goldstein_mean, -0.8, 1e-12);
    assert_near(s.rows[0].tension, 0.6, 1e-12);
    assert_near(s.rows[0].volume_share, 0.6, 1e-12);
    assert_near(s.rows[2].tone_mean, 0.18, 1e-12);
    assert_near(s.rows[2].volume_share, 1, 1e-12);
    assert_near(s.rows[3].tension, 1, 0);
    dyad_series_free(&s);
    assert_null(s.rows);
    assert_int_equal(s.n, 0);
}

static void test_series_build_fills_empty_periods(void **state)
{
    (void)state;
    dyad_series s;
    build(DYAD_BY_WEEK, D(2025, 12, 31), D(2026, 2, 10), 0, &s);
    assert_int_equal(s.n, 7);   /* 12-29, 01-05 ... 02-09 */
    for (size_t i = 0; i < s.n; i++) {
        assert_int_equal(s.rows[i].start, D(2025, 12, 29) + 7 * (int32_t)i);
        check_week_row(&s.rows[i], i, (int)i - 1);
    }
    dyad_series_free(&s);
}

static void test_series_build_stored_span(void **state)
{
    (void)state;
    dyad_series s, t;
    build(DYAD_BY_WEEK, INT32_MIN, INT32_MAX, 0, &s);
    build(DYAD_BY_WEEK, D(2026, 1, 5), D(2026, 2, 1), 0, &t);
    assert_int_equal(s.n, 4);
    assert_int_equal(t.n, 4);
    for (size_t i = 0; i < s.n; i++) {
        assert_int_equal(s.rows[i].start, t.rows[i].start);
        assert_int_equal(s.rows[i].sum.articles, t.rows[i].sum.articles);
        assert_int_equal(s.rows[i].total, t.rows[i].total);
    }
    dyad_series_free(&s);
    dyad_series_free(&t);
    /* open at one end only */
    build(DYAD_BY_DAY, D(2026, 1, 30), INT32_MAX, 0, &s);
    assert_int_equal(s.n, 3);
    assert_int_equal(s.rows[2].start, D(2026, 2, 1));
    assert_int_equal(s.rows[2].sum.articles, 1);
    dyad_series_free(&s);
}

static void test_series_build_other_periods(void **state)
{
    (void)state;
    dyad_series s;
    /* the Sunday 2026-02-01 is in the last January week but in February */
    build(DYAD_BY_MONTH, INT32_MIN, INT32_MAX, 0, &s);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.rows[0].start, D(2026, 1, 1));
    assert_int_equal(s.rows[0].sum.articles, 8);
    assert_int_equal(s.rows[0].total, 11);
    assert_int_equal(s.rows[1].start, D(2026, 2, 1));
    assert_int_equal(s.rows[1].sum.articles, 1);
    assert_int_equal(s.rows[1].total, 1);
    assert_near(s.rows[0].tone_mean, (0.35 + 0.9) / 8, 1e-12);
    dyad_series_free(&s);
    for (int by = DYAD_BY_QUARTER; by <= DYAD_BY_YEAR; by++) {
        build(by, INT32_MIN, INT32_MAX, 0, &s);
        assert_int_equal(s.n, 1);
        assert_int_equal(s.rows[0].start, D(2026, 1, 1));
        assert_int_equal(s.rows[0].sum.articles, 9);
        assert_int_equal(s.rows[0].total, 12);
        assert_near(s.rows[0].volume_share, 9.0 / 12, 1e-12);
        dyad_series_free(&s);
    }
    build(DYAD_BY_DAY, INT32_MIN, INT32_MAX, 0, &s);
    assert_int_equal(s.n, 28);   /* 01-05 .. 02-01 */
    int64_t sum = 0;
    for (size_t i = 0; i < s.n; i++) {
        assert_int_equal(s.rows[i].start, D(2026, 1, 5) + (int32_t)i);
        sum += s.rows[i].sum.articles;
    }
    assert_int_equal(sum, 9);
    assert_int_equal(s.rows[2].sum.articles, 1);   /* s2 on 01-07 */
    assert_int_equal(s.rows[2].total, 1);
    assert_int_equal(s.rows[1].sum.articles, 0);   /* 01-06: nothing */
    assert_nan(s.rows[1].volume_share, "volume_share", 1);
    dyad_series_free(&s);
}

/* Checks the smoothed values of s (rows = weeks first_week ...) against
 * the summed samples of weeks [i - back, i + ahead]. */
static void check_smooth(const dyad_series *s, int first_week, int back,
                         int ahead)
{
    for (size_t i = 0; i < s->n; i++) {
        double tone = 0, gold = 0;
        long n = 0, gold_n = 0, conflict = 0, coop = 0, total = 0;
        for (long j = (long)i - back; j <= (long)i + ahead; j++) {
            if (j < 0 || (size_t)j >= s->n)
                continue;   /* only the periods that exist */
            expect e = week_sums((int)j + first_week);
            tone += e.tone_sum;
            gold += e.gold_sum;
            n += e.n;
            gold_n += e.gold_n;
            conflict += e.conflict;
            coop += e.cooperation;
            total += e.total;
        }
        const dyad_series_row *r = &s->rows[i];
        if (n) {
            assert_near(r->tone_smooth, tone / (double)n, 1e-12);
            assert_near(r->volume_smooth, (double)n / (double)total, 1e-12);
        } else {
            assert_nan(r->tone_smooth, "tone_smooth", i);
            assert_nan(r->volume_smooth, "volume_smooth", i);
        }
        if (gold_n)
            assert_near(r->goldstein_smooth, gold / (double)gold_n, 1e-12);
        else
            assert_nan(r->goldstein_smooth, "goldstein_smooth", i);
        if (conflict + coop)
            assert_near(r->tension_smooth,
                        (double)conflict / (double)(conflict + coop), 1e-12);
        else
            assert_nan(r->tension_smooth, "tension_smooth", i);
    }
}

static void test_series_smoothing(void **state)
{
    (void)state;
    dyad_series s;
    build(DYAD_BY_WEEK, D(2026, 1, 5), D(2026, 2, 1), 3, &s);
    assert_int_equal(s.smooth, 3);
    assert_int_equal(s.n, 4);
    check_smooth(&s, 0, 1, 1);
    /* by hand: the empty week 1 takes weeks 0 to 2, weighted by articles */
    assert_near(s.rows[1].tone_smooth, (0.35 + 0.9) / 8, 1e-12);
    assert_near(s.rows[1].volume_smooth, 8.0 / 11, 1e-12);
    assert_near(s.rows[1].tension_smooth, 3.0 / 5, 1e-12);
    assert_near(s.rows[1].goldstein_smooth, -1.6 / 2, 1e-12);
    /* at the end: weeks 2 and 3 only */
    assert_near(s.rows[3].tone_smooth, (0.9 + 0.3) / 6, 1e-12);
    assert_near(s.rows[3].tension_smooth, 1, 1e-12);
    /* the unsmoothed values stay as they were */
    check_week_row(&s.rows[1], 1, 1);
    dyad_series_free(&s);

    /* empty periods at the edges are periods too */
    build(DYAD_BY_WEEK, D(2025, 12, 29), D(2026, 2, 10), 3, &s);
    assert_int_equal(s.n, 7);
    check_smooth(&s, -1, 1, 1);
    assert_near(s.rows[0].tone_smooth, 0.35 / 3, 1e-12);
    assert_nan(s.rows[6].tone_smooth, "tone_smooth", 6);
    dyad_series_free(&s);

    /* N even leans one period forward: this one and the next */
    build(DYAD_BY_WEEK, D(2026, 1, 5), D(2026, 2, 1), 2, &s);
    check_smooth(&s, 0, 0, 1);
    assert_near(s.rows[0].tone_smooth, 0.35 / 3, 1e-12);
    assert_near(s.rows[1].tone_smooth, 0.9 / 5, 1e-12);
    dyad_series_free(&s);

    build(DYAD_BY_WEEK, D(2026, 1, 5), D(2026, 2, 1), 5, &s);
    check_smooth(&s, 0, 2, 2);
    dyad_series_free(&s);
}

static void test_series_build_errors(void **state)
{
    (void)state;
    dyad_series s;
    dyad_err err = {0};
    assert_int_equal(dyad_series_build(st, PAIR, 6, 0, 10, 0, &s, &err),
                     DYAD_EINVAL);
    assert_null(s.rows);
    assert_int_equal(dyad_series_build(st, PAIR, -1, 0, 10, 0, &s, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_series_build(st, PAIR, DYAD_BY_DAY, 11, 10, 0, &s,
                                       &err),
                     DYAD_EINVAL);
    assert_int_equal(err.code, DYAD_EINVAL);
    assert_null(s.rows);
    /* a bound on periods, not a guess at memory */
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_series_build(st, PAIR, DYAD_BY_DAY, 0, 40000, 0, &s,
                                       &err),
                     DYAD_EINVAL);
    assert_non_null(strstr(err.msg, "36600"));
    assert_null(s.rows);
    dyad_series_free(&s);   /* harmless after an error */
    /* but 40000 days by year is fine */
    build(DYAD_BY_YEAR, 0, 40000, 0, &s);
    assert_int_equal(s.n, 110);   /* 1970 .. 2079 */
    dyad_series_free(&s);
    /* an empty store has no span to default to */
    memset(&err, 0, sizeof err);
    assert_int_equal(dyad_series_build(empty_st, PAIR, DYAD_BY_WEEK,
                                       INT32_MIN, INT32_MAX, 0, &s, &err),
                     DYAD_ENOENT);
    assert_null(s.rows);
    /* with a range it is a series of empty periods */
    assert_int_equal(dyad_series_build(empty_st, PAIR, DYAD_BY_WEEK,
                                       D(2026, 1, 5), D(2026, 1, 18), 0, &s,
                                       &err),
                     DYAD_OK);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.rows[0].sum.articles, 0);
    assert_nan(s.rows[0].volume_share, "volume_share", 0);
    dyad_series_free(&s);
    /* a pair never stored: every period present, every value empty */
    dyad_err e2 = {0};
    assert_int_equal(dyad_series_build(st, "AUS-NZL", DYAD_BY_WEEK,
                                       INT32_MIN, INT32_MAX, 0, &s, &e2),
                     DYAD_OK);
    assert_int_equal(s.n, 4);
    for (size_t i = 0; i < s.n; i++) {
        assert_int_equal(s.rows[i].sum.articles, 0);
        assert_int_equal(s.rows[i].total, week_sums((int)i).total);
        assert_nan(s.rows[i].tone_mean, "tone_mean", i);
        assert_nan(s.rows[i].volume_share, "volume_share", i);
    }
    dyad_series_free(&s);
}

/* --- writing a series --- */

typedef struct lines {
    size_t n;
    char *line[64];   /* CRLF-terminated records, CRLF cut */
    char *data;
} lines;

static lines write_csv(const dyad_series *s, int with_pair)
{
    const char *const *cols;
    size_t ncols = dyad_series_columns(with_pair, s->smooth, &cols);
    char *data = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&data, &len);
    assert_non_null(f);
    dyad_err err = {0};
    dyad_table *t =
        dyad_table_begin(f, DYAD_FMT_CSV, 0, cols, ncols, NULL, 0, &err);
    assert_non_null(t);
    assert_int_equal(dyad_series_write(s, with_pair, t, &err), DYAD_OK);
    assert_int_equal(dyad_table_end(t, &err), DYAD_OK);
    assert_int_equal(fclose(f), 0);
    lines l;
    memset(&l, 0, sizeof l);
    l.data = data;
    char *p = data;
    for (char *e; (e = strstr(p, "\r\n")); p = e + 2) {
        assert_true(l.n < 64);
        *e = '\0';
        assert_null(strchr(p, '\n'));
        l.line[l.n++] = p;
    }
    assert_string_equal(p, "");   /* nothing after the last CRLF */
    /* every record has every column */
    for (size_t i = 0; i < l.n; i++) {
        size_t commas = 0;
        for (const char *c = l.line[i]; *c; c++)
            commas += *c == ',';
        assert_int_equal(commas + 1, ncols);
    }
    return l;
}

static void test_series_write_csv(void **state)
{
    (void)state;
    dyad_series s;
    build(DYAD_BY_WEEK, D(2026, 1, 5), D(2026, 2, 1), 0, &s);
    lines l = write_csv(&s, 0);
    assert_int_equal(l.n, 1 + 4);
    assert_string_equal(l.line[0], "period_start,articles,sentences,tone_mean,"
                                   "tone_ci_low,tone_ci_high,goldstein_mean,"
                                   "tension,volume_share," INTENSITY_COLS);
    assert_non_null(strstr(l.line[1], "2026-01-05,3,6,0.116667,"));
    /* no article of the pair: no means; intensities 0 of 1 article */
    assert_string_equal(l.line[2], "2026-01-12,0,0,,,,,,,0,0,0,793.4507,0,"
                                   "0,793.4507,0,0,793.4507,0,0,793.4507,0,"
                                   ",");
    /* one article: no interval; no cooperation: tension 1; the pair's
     * one article of one has conflict: 1,000 per 1,000 */
    assert_string_equal(l.line[4], "2026-01-26,1,1,0.3,,,-2,1,1,1,1000,"
                                   "206.5493,1000,0,0,793.4507,0,0,793.4507,"
                                   "0,0,793.4507,-2000,,");
    free(l.data);

    l = write_csv(&s, 1);
    assert_int_equal(l.n, 1 + 4);
    assert_string_equal(l.line[0], "pair,period_start,articles,sentences,"
                                   "tone_mean,tone_ci_low,tone_ci_high,"
                                   "goldstein_mean,tension,volume_share,"
                                   INTENSITY_COLS);
    for (size_t i = 1; i < l.n; i++)
        assert_memory_equal(l.line[i], PAIR ",", strlen(PAIR) + 1);
    assert_memory_equal(l.line[2], PAIR ",2026-01-12,0,0,,,,,,,0,",
                        strlen(PAIR ",2026-01-12,0,0,,,,,,,0,"));
    free(l.data);
    dyad_series_free(&s);

    build(DYAD_BY_WEEK, D(2026, 1, 5), D(2026, 2, 1), 3, &s);
    l = write_csv(&s, 1);
    assert_int_equal(l.n, 1 + 4);
    assert_string_equal(l.line[0], "pair,period_start,articles,sentences,"
                                   "tone_mean,tone_ci_low,tone_ci_high,"
                                   "goldstein_mean,tension,volume_share,"
                                   INTENSITY_COLS ","
                                   "tone_mean_smooth,goldstein_mean_smooth,"
                                   "tension_smooth,volume_share_smooth,"
                                   "conflict_smooth,cooperation_smooth,"
                                   "threats_smooth,acts_smooth,net_smooth");
    /* the empty week has smoothed values from its neighbours: of 11
     * articles, 2 of the pair with conflict (s2, s3), 2 with cooperation
     * (s1, s3); net -5 x 2 + 3.4 x 2 = -3.2 */
    const char *sm = strstr(l.line[2], ",0.15625,-0.8,0.6,0.727273,");
    assert_non_null(sm);
    assert_string_equal(sm, ",0.15625,-0.8,0.6,0.727273,181.8182,181.8182,"
                            "0,0,-290.9091");
    free(l.data);
    dyad_series_free(&s);
}

static void test_series_metrics(void **state)
{
    (void)state;
    static const char *const names[] = {"tone", "goldstein", "tension",
                                        "volume_share", "conflict",
                                        "cooperation", "threats", "acts",
                                        "net"};
    for (int i = 0; i < 9; i++) {
        assert_int_equal(dyad_metric_parse(names[i]), i);
        assert_string_equal(dyad_metric_name(i), names[i]);
        assert_int_equal(dyad_metric_is_count(i), i >= DYAD_METRIC_CONFLICT);
    }
    assert_int_equal(dyad_metric_parse("Conflict"), -1);
    assert_string_equal(dyad_metric_name(9), "");
    double lo, hi;
    dyad_metric_range(DYAD_METRIC_THREATS, &lo, &hi);
    assert_true(lo == 0 && hi == 1000);
    dyad_metric_range(DYAD_METRIC_NET, &lo, &hi);
    assert_true(isinf(lo) && lo < 0 && isinf(hi) && hi > 0);
    dyad_metric_range(DYAD_METRIC_GOLDSTEIN, &lo, &hi);
    assert_true(lo == -10 && hi == 10);
}

/* One scored article for the intensity store. */
static void put_pairs(dyad_store *s, const char *id, int32_t day,
                      const dyad_scored_pair *p, size_t n)
{
    dyad_article a = {0};
    dyad_scored sc = {0};
    a.id = id;
    a.title = "";
    a.text = "";
    a.src = "test";
    a.date.day = day;
    dyad_date_iso(day, a.date_iso);
    a.scored = &sc;
    sc.lexicon = "lex";
    sc.pairs = p;
    sc.npairs = n;
    dyad_err err = {0};
    int outcome;
    if (dyad_store_put(s, &a, &sc, 0, &outcome, &err) != DYAD_OK)
        fail_msg("put %s: %s", id, err.msg);
}

/* Intensities and their intervals on counts built by hand: 10 articles
 * on one day, 3 of the pair with conflict (1 of them with a threat), 1
 * with cooperation, 1 only co-mentioning it; nets -10 (-5 x 2 events)
 * and +3. */
static void test_series_intensities(void **state)
{
    (void)state;
    char path[160];
    snprintf(path, sizeof path, "%s/intens.db", dir);
    dyad_err err = {0};
    dyad_store *s = dyad_store_open(path, NULL, &err);
    assert_non_null(s);
    int32_t day = D(2026, 3, 2);
    for (int i = 0; i < 10; i++) {
        dyad_scored_pair p = {0};
        snprintf(p.pair, sizeof p.pair, "%s", PAIR);
        p.evidence = "[]";
        p.sentences = 1;
        if (i < 3) {
            p.conflict = 1;
            p.threats = i == 0;
        }
        if (i == 0) {
            p.goldstein = -5;
            p.events = 2;
        }
        if (i == 3) {
            p.cooperation = 1;
            p.goldstein = 3;
            p.events = 1;
        }
        if (i == 4) {
            p.sentences = 0;
            p.comentions = 2;
        }
        char id[8];
        snprintf(id, sizeof id, "i%d", i);
        put_pairs(s, id, day, &p, i < 6 ? 1 : 0);
    }
    assert_int_equal(dyad_store_flush(s, &err), DYAD_OK);
    dyad_series sr;
    assert_int_equal(dyad_series_build(s, PAIR, DYAD_BY_WEEK, day, day, 0,
                                       &sr, &err),
                     DYAD_OK);
    assert_int_equal(sr.n, 1);
    const dyad_series_row *r = &sr.rows[0];
    assert_int_equal(r->total, 10);
    assert_int_equal(r->sum.articles, 5);   /* the co-mention is not one */
    assert_int_equal(r->sum.mentions, 6);
    assert_near(r->volume_share, 0.6, 1e-12);
    assert_near(dyad_series_metric(r, DYAD_METRIC_CONFLICT), 300, 1e-9);
    assert_near(dyad_series_metric(r, DYAD_METRIC_COOPERATION), 100, 1e-9);
    assert_near(dyad_series_metric(r, DYAD_METRIC_THREATS), 100, 1e-9);
    assert_near(dyad_series_metric(r, DYAD_METRIC_ACTS), 0, 1e-9);
    assert_near(dyad_series_metric(r, DYAD_METRIC_NET), -700, 1e-9);
    /* Wilson 95% of 3/10: 0.10779, 0.60322 (tables); of 0/10: 0, 0.27753 */
    double lo, hi;
    dyad_series_metric_ci(r, DYAD_METRIC_CONFLICT, &lo, &hi);
    assert_near(lo, 107.79, 0.01);
    assert_near(hi, 603.22, 0.01);
    dyad_series_metric_ci(r, DYAD_METRIC_ACTS, &lo, &hi);
    assert_near(lo, 0, 1e-12);
    assert_near(hi, 277.53, 0.01);
    /* net: t interval of the mean of (-10, 3, 0 x 8) */
    double mean = -0.7, sd = sqrt((100 + 9 - 49.0 / 10) / 9);
    double half = 2.262157162740992 * sd / sqrt(10);
    dyad_series_metric_ci(r, DYAD_METRIC_NET, &lo, &hi);
    assert_near(lo, 1000 * (mean - half), 1e-6);
    assert_near(hi, 1000 * (mean + half), 1e-6);
    double count, total;
    assert_int_equal(dyad_series_counts(r, DYAD_METRIC_COOPERATION, &count,
                                        &total),
                     1);
    assert_true(count == 1 && total == 10);
    assert_int_equal(dyad_series_counts(r, DYAD_METRIC_THREATS, &count,
                                        &total),
                     1);
    assert_true(count == 1);
    assert_int_equal(dyad_series_counts(r, DYAD_METRIC_NET, &count, &total),
                     0);
    assert_int_equal(dyad_series_counts(r, DYAD_METRIC_TONE, &count, &total),
                     0);
    dyad_series_metric_ci(r, DYAD_METRIC_GOLDSTEIN, &lo, &hi);
    assert_true(isnan(lo) && isnan(hi));
    dyad_series_free(&sr);

    /* the pair only co-mentioned in a period: a volume, no means */
    dyad_scored_pair c = {0};
    snprintf(c.pair, sizeof c.pair, "%s", PAIR);
    c.evidence = "[]";
    c.comentions = 1;
    put_pairs(s, "c1", day + 7, &c, 1);
    assert_int_equal(dyad_store_flush(s, &err), DYAD_OK);
    assert_int_equal(dyad_series_build(s, PAIR, DYAD_BY_WEEK, day + 7,
                                       day + 7, 0, &sr, &err),
                     DYAD_OK);
    r = &sr.rows[0];
    assert_int_equal(r->sum.articles, 0);
    assert_int_equal(r->sum.mentions, 1);
    assert_near(r->volume_share, 1, 1e-12);
    assert_true(isnan(r->tone_mean) && isnan(r->goldstein_mean));
    assert_near(dyad_series_metric(r, DYAD_METRIC_CONFLICT), 0, 1e-12);
    dyad_series_free(&sr);
    /* a period without any stored article: no intensities */
    assert_int_equal(dyad_series_build(s, PAIR, DYAD_BY_WEEK, day + 14,
                                       day + 14, 0, &sr, &err),
                     DYAD_OK);
    assert_true(isnan(dyad_series_metric(&sr.rows[0], DYAD_METRIC_NET)));
    dyad_series_metric_ci(&sr.rows[0], DYAD_METRIC_CONFLICT, &lo, &hi);
    assert_true(isnan(lo) && isnan(hi));
    dyad_series_free(&sr);
    dyad_store_close(s);
}

/* Few articles a period: the average over the periods with any stored,
 * empty periods left out. */
static void test_series_few(void **state)
{
    (void)state;
    dyad_series_row rows[4] = {{0}};
    dyad_series sr = {.rows = rows, .n = 4};
    assert_false(dyad_series_few(&sr));   /* nothing stored */
    rows[0].total = 1;
    rows[3].total = 38;   /* 39 in two periods: 19.5 < 20 */
    assert_true(dyad_series_few(&sr));
    rows[3].total = 39;   /* 20 a period, the empty two not counted */
    assert_false(dyad_series_few(&sr));
    sr.n = 1;
    assert_true(dyad_series_few(&sr));
}

/* The squares of x[0..k-1] about their own mean. */
static double ss_about_mean(const double *x, int k)
{
    double m = 0, ss = 0;
    for (int i = 0; i < k; i++)
        m += x[i] / k;
    for (int i = 0; i < k; i++)
        ss += (x[i] - m) * (x[i] - m);
    return ss;
}

/* The noise floor of a mean metric, on period sums made by hand: the
 * within-period squares pooled over their degrees of freedom (items less
 * one a period), over the mean weight. */
static void test_series_var_floor(void **state)
{
    (void)state;
    /* tone: period A holds 0.5, -0.25, 0.1 and a co-mention (a mention,
     * no tone); B 0.2, 0.4; C one article (no squares to pool); D has
     * sums but no value, so it is left out */
    const double a[] = {0.5, -0.25, 0.1}, b[] = {0.2, 0.4};
    dyad_series_row rows[4];
    memset(rows, 0, sizeof rows);
    rows[0].sum.articles = 3;
    rows[0].sum.mentions = 4;
    rows[0].sum.tone_sum = 5000 - 2500 + 1000;   /* x 1e4 */
    rows[0].sum.tone_sq = 25000000 + 6250000 + 1000000;   /* x 1e8 */
    rows[0].tone_mean = 0.35 / 3;
    rows[1].sum.articles = rows[1].sum.mentions = 2;
    rows[1].sum.tone_sum = 2000 + 4000;
    rows[1].sum.tone_sq = 4000000 + 16000000;
    rows[1].tone_mean = 0.3;
    rows[2].sum.articles = rows[2].sum.mentions = 1;
    rows[2].sum.tone_sum = 9000;
    rows[2].sum.tone_sq = 81000000;
    rows[2].tone_mean = 0.9;
    rows[3].sum.articles = rows[3].sum.mentions = 2;
    rows[3].sum.tone_sum = 10000 - 10000;
    rows[3].sum.tone_sq = 200000000;
    rows[3].tone_mean = NAN;
    const double w[] = {3, 2, 1};   /* the articles of A, B, C: mean 2 */
    double pooled = (ss_about_mean(a, 3) + ss_about_mean(b, 2)) / (2 + 1);
    assert_near(pooled, (0.281666666666667 + 0.02) / 3, 1e-12);
    assert_near(dyad_series_var_floor(rows, 4, DYAD_METRIC_TONE, w, 3),
                pooled / 2, 1e-12);
    /* no floor without weights, or for metrics whose squares are not
     * kept */
    assert_true(dyad_series_var_floor(rows, 4, DYAD_METRIC_TONE, NULL, 0) ==
                0);
    assert_true(dyad_series_var_floor(rows, 4, DYAD_METRIC_TENSION, w, 3) ==
                0);
    assert_true(dyad_series_var_floor(rows, 4, DYAD_METRIC_GOLDSTEIN, w, 3) ==
                0);
    assert_true(dyad_series_var_floor(rows, 4, DYAD_METRIC_CONFLICT, w, 3) ==
                0);

    /* net: every stored article an item, its summed weight x 1,000 (0
     * without the pair); period A: 10 articles, nets -10 and 3; B: 4
     * articles, nets 2 and 2; C has no value */
    const double na[10] = {-10000, 3000}, nb[4] = {2000, 2000};
    memset(rows, 0, sizeof rows);
    rows[0].total = 10;
    rows[0].sum.net_e4 = -100000 + 30000;
    rows[0].sum.net_sq = 1000 * 1000 + 300 * 300;   /* (net x 100)^2 */
    rows[0].intensity[4] = -700;
    rows[1].total = 4;
    rows[1].sum.net_e4 = 20000 + 20000;
    rows[1].sum.net_sq = 200 * 200 + 200 * 200;
    rows[1].intensity[4] = 1000;
    rows[2].total = 5;
    rows[2].sum.net_e4 = 50000;
    rows[2].sum.net_sq = 500 * 500;
    rows[2].intensity[4] = NAN;
    const double wn[] = {10, 4};   /* mean 7 */
    pooled = (ss_about_mean(na, 10) + ss_about_mean(nb, 4)) / (9 + 3);
    assert_near(pooled, (104.1e6 + 4e6) / 12, 1e-3);
    assert_near(dyad_series_var_floor(rows, 3, DYAD_METRIC_NET, wn, 2),
                pooled / 7, 1e-6);
}

/* goldstein's floor, read article by article: the Goldstein means of the
 * pair's articles with one (s2 -5, s3 3.4 in week 0; u1 -2 alone in week
 * 3; week 2's five articles have none and are not items). */
static void test_series_goldstein_floor(void **state)
{
    (void)state;
    const double g0[] = {-5.0, 3.4};
    double ss = ss_about_mean(g0, 2);   /* 2 x 4.2^2 = 35.28, 1 df */
    assert_near(ss, 35.28, 1e-12);
    dyad_series s;
    dyad_err err = {0};
    double fl = -1;
    build(DYAD_BY_WEEK, D(2026, 1, 5), D(2026, 2, 1), 0, &s);
    const double w[] = {2, 1};   /* gold_n of weeks 0 and 3: mean 1.5 */
    assert_int_equal(dyad_series_goldstein_floor(st, &s, w, 2, &fl, &err),
                     DYAD_OK);
    assert_near(fl, ss / 1 / 1.5, 1e-9);
    dyad_series_free(&s);
    /* week 0 alone: its articles are the last period's, pooled too */
    build(DYAD_BY_WEEK, D(2026, 1, 5), D(2026, 1, 11), 0, &s);
    const double w0[] = {2};
    assert_int_equal(dyad_series_goldstein_floor(st, &s, w0, 1, &fl, &err),
                     DYAD_OK);
    assert_near(fl, ss / 1 / 2, 1e-9);
    /* no weights: no floor */
    assert_int_equal(dyad_series_goldstein_floor(st, &s, NULL, 0, &fl, &err),
                     DYAD_OK);
    assert_true(fl == 0);
    dyad_series_free(&s);
}

/* The events behind each count metric, and the metrics of summed
 * counts (as the report's windows add periods). */
static void test_series_events_and_sums(void **state)
{
    (void)state;
    dyad_series_row r;
    memset(&r, 0, sizeof r);
    r.sum.conflict = 1;
    r.sum.cooperation = 2;
    r.sum.threats = 3;
    r.sum.acts = 4;
    assert_true(dyad_series_events(&r, DYAD_METRIC_CONFLICT) == 1);
    assert_true(dyad_series_events(&r, DYAD_METRIC_COOPERATION) == 2);
    assert_true(dyad_series_events(&r, DYAD_METRIC_THREATS) == 3);
    assert_true(dyad_series_events(&r, DYAD_METRIC_ACTS) == 4);
    assert_true(dyad_series_events(&r, DYAD_METRIC_NET) == 0);
    assert_true(dyad_series_events(&r, DYAD_METRIC_TONE) == 0);

    /* 4 articles of the pair (tones 0.5, 0.1, -0.2, 0.4), 3 with conflict,
     * among 8 stored; then no article stored at all */
    dyad_pair_day sum;
    memset(&sum, 0, sizeof sum);
    sum.articles = sum.mentions = 4;
    sum.tone_sum = 5000 + 1000 - 2000 + 4000;
    sum.conflict_art = 3;
    sum.act_art = 1;
    assert_near(dyad_series_sum_metric(&sum, 8, DYAD_METRIC_TONE), 0.2,
                1e-12);
    assert_near(dyad_series_sum_metric(&sum, 8, DYAD_METRIC_VOLUME), 0.5,
                1e-12);
    assert_near(dyad_series_sum_metric(&sum, 8, DYAD_METRIC_CONFLICT), 375,
                1e-9);
    assert_near(dyad_series_sum_metric(&sum, 8, DYAD_METRIC_ACTS), 125,
                1e-9);
    double lo, hi;
    dyad_series_sum_ci(&sum, 8, DYAD_METRIC_CONFLICT, &lo, &hi);
    {   /* Wilson's 95% interval of 3 of 8, from its formula */
        double z = 1.959963984540054, n = 8, p = 3.0 / 8, z2 = z * z / n;
        double c = (p + z2 / 2) / (1 + z2);
        double h = z / (1 + z2) * sqrt(p * (1 - p) / n + z2 / (4 * n));
        assert_near(lo, 1000 * (c - h), 1e-9);
        assert_near(hi, 1000 * (c + h), 1e-9);
        assert_near(lo, 136.8, 0.1);   /* tables: 0.1368 .. 0.6943 */
        assert_near(hi, 694.3, 0.1);
    }
    dyad_series_sum_ci(&sum, 8, DYAD_METRIC_TONE, &lo, &hi);
    assert_true(isnan(lo) && isnan(hi));
    memset(&sum, 0, sizeof sum);
    assert_true(isnan(dyad_series_sum_metric(&sum, 0, DYAD_METRIC_CONFLICT)));
    assert_true(isnan(dyad_series_sum_metric(&sum, 0, DYAD_METRIC_NET)));
    assert_true(isnan(dyad_series_sum_metric(&sum, 0, DYAD_METRIC_TONE)));
}

static void test_series_columns(void **state)
{
    (void)state;
    const char *const *cols;
    assert_int_equal(dyad_series_columns(0, 0, &cols), 25);
    assert_string_equal(cols[0], "period_start");
    assert_string_equal(cols[8], "volume_share");
    assert_string_equal(cols[9], "mentions");
    assert_string_equal(cols[24], "net_ci_high");
    assert_int_equal(dyad_series_columns(1, 0, &cols), 26);
    assert_string_equal(cols[0], "pair");
    assert_int_equal(dyad_series_columns(0, 3, &cols), 34);
    assert_string_equal(cols[28], "volume_share_smooth");
    assert_string_equal(cols[33], "net_smooth");
    assert_int_equal(dyad_series_columns(1, 3, &cols), 35);
    assert_string_equal(cols[34], "net_smooth");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_series_period_parse_and_name),
        cmocka_unit_test(test_series_period_decade),
        cmocka_unit_test(test_series_period_day),
        cmocka_unit_test(test_series_period_iso_week),
        cmocka_unit_test(test_series_period_month),
        cmocka_unit_test(test_series_period_quarter),
        cmocka_unit_test(test_series_period_year),
        cmocka_unit_test(test_series_build_weeks),
        cmocka_unit_test(test_series_build_fills_empty_periods),
        cmocka_unit_test(test_series_build_stored_span),
        cmocka_unit_test(test_series_build_other_periods),
        cmocka_unit_test(test_series_smoothing),
        cmocka_unit_test(test_series_build_errors),
        cmocka_unit_test(test_series_write_csv),
        cmocka_unit_test(test_series_columns),
        cmocka_unit_test(test_series_metrics),
        cmocka_unit_test(test_series_intensities),
        cmocka_unit_test(test_series_few),
        cmocka_unit_test(test_series_var_floor),
        cmocka_unit_test(test_series_goldstein_floor),
        cmocka_unit_test(test_series_events_and_sums),
    };
    return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
