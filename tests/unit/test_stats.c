/* test_stats.c - change points, tests, trends and anomalies
 * (dyad/stats.h). Expected values are derived by hand in the comments, or
 * recomputed here by independent code (two-pass segment costs, exhaustive
 * enumeration, all pairwise slopes), never copied from the library. */
#include "dyad/stats.h"

#include "unit.h"
#include "util/alloc.h"

#define PI 3.14159265358979323846

/* --- helpers --- */

static uint64_t rng_state;

static void rng_seed(uint64_t s)
{
    rng_state = s * 2654435761ULL + 0x9E3779B97F4A7C15ULL;
}

static double unif(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return ((double)(rng_state >> 11) + 0.5) / 9007199254740992.0;
}

static size_t unif_int(size_t lo, size_t hi)   /* in [lo, hi] */
{
    return lo + (size_t)(unif() * (double)(hi - lo + 1));
}

static double gauss(void)
{
    return sqrt(-2 * log(unif())) * cos(6.283185307179586 * unif());
}

static void assert_rel(double a, double b, double rel, const char *what)
{
    double m = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    if (!(fabs(a - b) <= rel * (m > 1 ? m : 1)))
        fail_msg("%s: %.17g vs %.17g", what, a, b);
}

/* Independent reference: segment costs with two-pass sums over weights
 * scaled to mean 1 (wn NULL: 1). */
typedef struct ref_prob {
    const double *y, *wn;
    size_t n, m;
    int cost, mbic;
    double var, floor, beta;
} ref_prob;

static double ref_seg(const ref_prob *r, size_t a, size_t b)
{
    double W = 0, mean = 0, rss = 0, len = (double)(b - a);
    for (size_t i = a; i < b; i++) {
        double w = r->wn ? r->wn[i] : 1;
        W += w;
        mean += w * r->y[i];
    }
    mean /= W;
    for (size_t i = a; i < b; i++)
        rss += (r->wn ? r->wn[i] : 1) * (r->y[i] - mean) * (r->y[i] - mean);
    double c;
    if (r->cost == DYAD_COST_MEAN) {
        c = rss / r->var;
    } else {
        double s2 = rss / len;
        if (s2 < r->floor)
            s2 = r->floor;
        c = len * log(s2) + rss / s2;
    }
    if (r->mbic)
        c += log(len / (double)r->n);
    return c;
}

/* Penalised cost of changes c[0..k-1]; -1 (as NAN) when a segment is
 * shorter than m. */
static double ref_total(const ref_prob *r, const size_t *c, size_t k)
{
    double s = 0;
    size_t a = 0;
    for (size_t j = 0; j <= k; j++) {
        size_t b = j < k ? c[j] : r->n;
        if (b < a + r->m)
            return NAN;
        s += ref_seg(r, a, b);
        a = b;
    }
    return s + (double)k * r->beta;
}

/* The penalty per change, from the header's table. */
static double ref_beta(int cost, int kind, double value, size_t n)
{
    double p = cost == DYAD_COST_MEAN ? 1 : 2, ln = log((double)n);
    switch (kind) {
    case DYAD_PEN_BIC: return (p + 1) * ln;
    case DYAD_PEN_MBIC: return (p + 2) * ln;
    case DYAD_PEN_AIC: return 2 * (p + 1);
    default: return value;
    }
}

/* Fills r for y, w (raw weights or NULL) and options o (min_size set);
 * wn_buf holds n doubles. */
static void ref_init(ref_prob *r, const double *y, const double *w,
                     size_t n, const dyad_stats_cp_opts *o, double *wn_buf)
{
    r->y = y;
    r->n = n;
    r->m = o->min_size;
    r->cost = o->cost;
    r->mbic = o->penalty == DYAD_PEN_MBIC;
    r->beta = ref_beta(o->cost, o->penalty, o->penalty_value, n);
    r->wn = NULL;
    if (w) {
        double s = 0;
        for (size_t i = 0; i < n; i++)
            s += w[i];
        for (size_t i = 0; i < n; i++)
            wn_buf[i] = w[i] / (s / (double)n);
        r->wn = wn_buf;
    }
    double mean = 0, v0 = 0;
    for (size_t i = 0; i < n; i++)
        mean += (r->wn ? r->wn[i] : 1) * y[i];
    mean /= (double)n;
    for (size_t i = 0; i < n; i++)
        v0 += (r->wn ? r->wn[i] : 1) * (y[i] - mean) * (y[i] - mean);
    r->floor = 1e-8 * v0 / (double)n;
    r->var = o->var;
    if (o->cost == DYAD_COST_MEAN && r->var == 0 &&
        o->noise == DYAD_NOISE_WHITE)
        assert_int_equal(dyad_stats_noise_var(y, w, n, &r->var, NULL),
                         DYAD_OK);
    if (o->cost == DYAD_COST_MEAN && r->var == 0 &&
        o->noise == DYAD_NOISE_AR1) {
        /* the long-run variance of AR(1) noise */
        double phi;
        assert_int_equal(dyad_stats_noise_ar1(y, w, n, &r->var, &phi, NULL),
                         DYAD_OK);
        r->var *= (1 + phi) / (1 - phi);
        if (n >= 30 && n < 60) {
            /* a segmented mean with AR(1) errors (SEG_NOISE_N) */
            double sv, sp;
            assert_int_equal(dyad_stats_noise_segmented(y, w, n, &sv, &sp,
                                                        NULL), DYAD_OK);
            if (sv > 0) {
                r->var = sv;
                phi = sp;
            }
        }
        double vmax;
        assert_int_equal(dyad_stats_noise_marginal(y, w, n, &vmax, NULL),
                         DYAD_OK);
        if (vmax > 2 * r->var)   /* a season: SEASON_RATIO */
            r->var = vmax;
        /* phi at its cap (0.9): at most the variance about the mean */
        if (phi > 0.9 - 1e-9 && r->var > v0 / (double)n)
            r->var = v0 / (double)n;
    }
}

/* A random series: k changes at least m apart, jumps of 0.2..4 noise
 * SDs, noise SD sd. */
static void random_series(double *y, size_t n, size_t k, size_t m,
                          double sd)
{
    size_t c[8], nc = 0;
    for (size_t tries = 0; nc < k && tries < 100; tries++) {
        size_t at = unif_int(m, n - m);
        int ok = 1;
        for (size_t j = 0; j < nc; j++)
            if ((at > c[j] ? at - c[j] : c[j] - at) < m)
                ok = 0;
        if (ok)
            c[nc++] = at;
    }
    double mu = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < nc; j++)
            if (c[j] == i)
                mu += (unif() < 0.5 ? -1 : 1) * (0.2 + 3.8 * unif()) * sd;
        y[i] = mu + sd * gauss();
    }
}

static void shifts_to_changes(const dyad_stats_shift *sh, size_t k,
                              size_t *c)
{
    for (size_t j = 0; j < k; j++)
        c[j] = sh[j].index;
}

static int same_changes(const dyad_stats_shift *a, size_t na,
                        const dyad_stats_shift *b, size_t nb)
{
    if (na != nb)
        return 0;
    for (size_t j = 0; j < na; j++)
        if (a[j].index != b[j].index)
            return 0;
    return 1;
}

/* Checks every shift's segment statistics against y and w directly. */
static void check_shift_stats(const double *y, const double *w, size_t n,
                              const dyad_stats_shift *sh, size_t k)
{
    for (size_t j = 0; j < k; j++) {
        size_t a = j ? sh[j - 1].index : 0, b = sh[j].index;
        size_t c = j + 1 < k ? sh[j + 1].index : n;
        assert_true(a < b && b < c);
        double m1 = 0, w1 = 0, m2 = 0, w2 = 0;
        for (size_t i = a; i < b; i++) {
            m1 += (w ? w[i] : 1) * y[i];
            w1 += w ? w[i] : 1;
        }
        for (size_t i = b; i < c; i++) {
            m2 += (w ? w[i] : 1) * y[i];
            w2 += w ? w[i] : 1;
        }
        m1 /= w1;
        m2 /= w2;
        assert_int_equal(sh[j].n_before, b - a);
        assert_int_equal(sh[j].n_after, c - b);
        assert_rel(sh[j].mean_before, m1, 1e-9, "mean_before");
        assert_rel(sh[j].mean_after, m2, 1e-9, "mean_after");
        assert_rel(sh[j].diff, m2 - m1, 1e-9, "diff");
    }
}

/* --- penalties, names, noise variance --- */

static void test_stats_penalty_values_and_parse(void **state)
{
    (void)state;
    /* per change: (p + 1) log n, (p + 2) log n, 2 (p + 1); p = 1 / 2 */
    assert_near(dyad_stats_penalty(DYAD_COST_MEAN, DYAD_PEN_BIC, 0, 100),
                2 * 4.605170186, 1e-8);
    assert_near(dyad_stats_penalty(DYAD_COST_MEAN, DYAD_PEN_MBIC, 0, 100),
                3 * 4.605170186, 1e-8);
    assert_near(dyad_stats_penalty(DYAD_COST_MEAN, DYAD_PEN_AIC, 0, 100), 4,
                0);
    assert_near(dyad_stats_penalty(DYAD_COST_MEANVAR, DYAD_PEN_BIC, 0, 100),
                3 * 4.605170186, 1e-8);
    assert_near(dyad_stats_penalty(DYAD_COST_MEANVAR, DYAD_PEN_MBIC, 0, 100),
                4 * 4.605170186, 1e-8);
    assert_near(dyad_stats_penalty(DYAD_COST_MEANVAR, DYAD_PEN_AIC, 0, 10), 6,
                0);
    assert_near(dyad_stats_penalty(DYAD_COST_MEAN, DYAD_PEN_VALUE, 7.5, 10),
                7.5, 0);
    assert_true(isnan(dyad_stats_penalty(DYAD_COST_MEAN, DYAD_PEN_VALUE, -1,
                                         10)));
    assert_true(isnan(dyad_stats_penalty(DYAD_COST_MEAN, 9, 0, 10)));
    assert_true(isnan(dyad_stats_penalty(5, DYAD_PEN_BIC, 0, 10)));
    assert_true(isnan(dyad_stats_penalty(DYAD_COST_MEAN, DYAD_PEN_BIC, 0, 0)));

    int kind = -1;
    double v = -1;
    dyad_err err = {0};
    assert_int_equal(dyad_stats_penalty_parse("bic", &kind, &v, &err), 0);
    assert_int_equal(kind, DYAD_PEN_BIC);
    assert_int_equal(dyad_stats_penalty_parse("mbic", &kind, &v, &err), 0);
    assert_int_equal(kind, DYAD_PEN_MBIC);
    assert_int_equal(dyad_stats_penalty_parse("aic", &kind, &v, &err), 0);
    assert_int_equal(kind, DYAD_PEN_AIC);
    assert_int_equal(dyad_stats_penalty_parse("12.25", &kind, &v, &err), 0);
    assert_int_equal(kind, DYAD_PEN_VALUE);
    assert_near(v, 12.25, 0);
    assert_int_equal(dyad_stats_penalty_parse("0", &kind, &v, &err), 0);
    assert_near(v, 0, 0);
    assert_int_equal(dyad_stats_penalty_parse(".5", &kind, &v, &err), 0);
    assert_near(v, 0.5, 0);
    static const char *const bad[] = {"", "-1", "BIC", "1e3", "1,5", "x",
                                      "3.", "."};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err.code = 0;
        int rc = dyad_stats_penalty_parse(bad[i], &kind, &v, &err);
        if (strcmp(bad[i], "3.") == 0) {
            /* "3." is a number with an empty fraction, like strtod */
            assert_int_equal(rc, 0);
            continue;
        }
        if (rc != DYAD_EINVAL)
            fail_msg("penalty '%s' accepted", bad[i]);
        assert_int_equal(err.code, DYAD_EINVAL);
        assert_true(err.msg[0] != '\0');
    }

    assert_int_equal(dyad_stats_cp_method_parse("pelt"), DYAD_CP_PELT);
    assert_int_equal(dyad_stats_cp_method_parse("binseg"), DYAD_CP_BINSEG);
    assert_int_equal(dyad_stats_cp_method_parse("cusum"), DYAD_CP_CUSUM);
    assert_int_equal(dyad_stats_cp_method_parse("PELT"), -1);
    assert_int_equal(dyad_stats_cp_method_parse(NULL), -1);
    assert_string_equal(dyad_stats_cp_method_name(DYAD_CP_BINSEG), "binseg");
    assert_string_equal(dyad_stats_cp_method_name(3), "");
    assert_int_equal(dyad_stats_cp_cost_parse("mean"), DYAD_COST_MEAN);
    assert_int_equal(dyad_stats_cp_cost_parse("meanvar"), DYAD_COST_MEANVAR);
    assert_int_equal(dyad_stats_cp_cost_parse("var"), -1);
    assert_string_equal(dyad_stats_cp_cost_name(DYAD_COST_MEANVAR),
                        "meanvar");
    assert_string_equal(dyad_stats_cp_cost_name(-1), "");
    /* the shortest segment: the one asked for, else 2 for a variance */
    dyad_stats_cp_opts o = {0};
    assert_int_equal(dyad_stats_cp_min_size(&o), 1);
    o.cost = DYAD_COST_MEANVAR;
    assert_int_equal(dyad_stats_cp_min_size(&o), 2);
    o.min_size = 5;
    assert_int_equal(dyad_stats_cp_min_size(&o), 5);
}

/* The noise of a segmented mean with AR(1) errors, by hand, and what it
 * changes: a step in 30-59 values of AR(1) noise is found. */
static void test_stats_noise_segmented(void **state)
{
    (void)state;
    /* 0 1 0 1 0 1 | 10 11 10 11 10 11: one change (n / 6 - 1 = 1 at
     * most). No change: residuals about 5.5, phi 0.833, s2 7.58, n log
     * s2 + 0 = 24.3. At 6: residuals -0.5 0.5 ..., phi < 0 taken as 0,
     * s2 = 0.25 over the 10 pairs within the segments, 12 log 0.25 + 3
     * log 12 = -9.18: taken, long-run variance 0.25 */
    double y[60] = {0, 1, 0, 1, 0, 1, 10, 11, 10, 11, 10, 11};
    double w[60], var, phi;
    assert_int_equal(dyad_stats_noise_segmented(y, NULL, 12, &var, &phi,
                                                NULL), 0);
    assert_rel(var, 0.25, 1e-12, "segmented noise");
    assert_true(phi == 0);
    /* weights scaled to mean 1: doubling them all changes nothing */
    for (size_t i = 0; i < 12; i++)
        w[i] = 2;
    assert_int_equal(dyad_stats_noise_segmented(y, w, 12, &var, &phi, NULL),
                     0);
    assert_rel(var, 0.25, 1e-12, "segmented noise, weights 2");
    /* far from 0: the same (the sums are centred first) */
    for (size_t i = 0; i < 12; i++)
        w[i] = y[i] + 1e9;
    assert_int_equal(dyad_stats_noise_segmented(w, NULL, 12, &var, &phi,
                                                NULL), 0);
    assert_rel(var, 0.25, 1e-6, "segmented noise at 1e9");
    /* a step without noise segments exactly: no innovations, 0 */
    for (size_t i = 0; i < 12; i++)
        y[i] = i < 6 ? 1 : 4;
    assert_int_equal(dyad_stats_noise_segmented(y, NULL, 12, &var, &phi,
                                                NULL), 0);
    assert_true(var == 0 && phi == 0);
    dyad_err err = {0};
    assert_int_equal(dyad_stats_noise_segmented(y, NULL, 5, &var, &phi, &err),
                     DYAD_EINVAL);
    assert_int_equal(dyad_stats_noise_segmented(y, NULL, 10001, &var, &phi,
                                                &err), DYAD_EINVAL);
    /* a step of 3 marginal SDs at n / 2 in 35-55 values of AR(1) noise,
     * phi 0.5: the lag differences' AR(1) fit found it 60-64% of the
     * time (bench/shifts (b)); here 40 series, found within 1 */
    rng_seed(35);
    size_t found = 0;
    dyad_stats_cp_opts o = {0};
    for (int it = 0; it < 40; it++) {
        size_t n = unif_int(35, 55);
        double e = gauss();
        for (size_t i = 0; i < n; i++) {
            y[i] = e + (i >= n / 2 ? 3 : 0);
            e = 0.5 * e + sqrt(0.75) * gauss();
        }
        dyad_stats_shift *sh;
        size_t ns;
        assert_int_equal(dyad_stats_changepoints(y, NULL, n, &o, &sh, &ns,
                                                 NULL, NULL), 0);
        for (size_t j = 0; j < ns; j++)
            if (sh[j].index + 1 >= n / 2 && sh[j].index <= n / 2 + 1) {
                found++;
                break;
            }
        dyad_free(sh);
    }
    assert_true(found >= 30);
}

static void test_stats_noise_var_by_hand(void **state)
{
    (void)state;
    double v;
    /* 0,1,0,1,0,1,0: differences +-1, d = +-1/sqrt2, median(d) = 0, MAD =
     * 1/sqrt2, sigma = 1.4826/sqrt2, sigma^2 = 1.4826^2 / 2 = 1.09905138 */
    static const double alt[] = {0, 1, 0, 1, 0, 1, 0};
    assert_int_equal(dyad_stats_noise_var(alt, NULL, 7, &v, NULL), 0);
    assert_near(v, 1.4826 * 1.4826 / 2, 1e-12);
    /* equal weights change nothing */
    static const double w4[] = {4, 4, 4, 4, 4, 4, 4};
    assert_int_equal(dyad_stats_noise_var(alt, w4, 7, &v, NULL), 0);
    assert_near(v, 1.4826 * 1.4826 / 2, 1e-12);
    /* y = 0, 2 with w = 1, 3: scaled weights 0.5, 1.5; d = 2 / sqrt(2 +
     * 2/3) = 1.2247449; one d, so MAD = 0 and the mean of d^2 = 1.5 */
    static const double y2[] = {0, 2}, w2[] = {1, 3};
    assert_int_equal(dyad_stats_noise_var(y2, w2, 2, &v, NULL), 0);
    assert_near(v, 1.5, 1e-12);
    /* a step without noise: MAD of the differences is 0, mean d^2 =
     * (3^2 / 2) / 5 = 0.9 */
    static const double step[] = {1, 1, 1, 4, 4, 4};
    assert_int_equal(dyad_stats_noise_var(step, NULL, 6, &v, NULL), 0);
    assert_near(v, 0.9, 1e-12);
    /* constant */
    static const double c[] = {0.1, 0.1, 0.1, 0.1};
    assert_int_equal(dyad_stats_noise_var(c, NULL, 4, &v, NULL), 0);
    assert_near(v, 1, 0);
    /* robust: a shift moves one difference only. y = 0,1,3,6,106,111,
     * 117,124: differences 1,2,3,100,5,6,7 (over sqrt2); median 5, |d - 5|
     * = 4,3,2,95,0,1,2 with median 2: sigma = 1.4826 * 2 / sqrt2, var =
     * 1.4826^2 * 2, as if the jump of 100 were a 4 */
    static const double sh[] = {0, 1, 3, 6, 106, 111, 117, 124};
    assert_int_equal(dyad_stats_noise_var(sh, NULL, 8, &v, NULL), 0);
    assert_near(v, 1.4826 * 1.4826 * 2, 1e-12);
    /* an even number of differences, half of them ties: y = 0,-1,-1,-1,
     * -1,0,3, differences -1,0,0,0,1,3 (over sqrt2), median 0, |d| =
     * 0,0,0,1,1,3: the high median 1 (the mean of the middle two, 0.5,
     * halved the noise SD of values on a grid as coarse as their noise),
     * var = 1.4826^2 / 2 */
    static const double ties[] = {0, -1, -1, -1, -1, 0, 3};
    assert_int_equal(dyad_stats_noise_var(ties, NULL, 7, &v, NULL), 0);
    assert_near(v, 1.4826 * 1.4826 / 2, 1e-12);
    dyad_err err = {0};
    assert_int_equal(dyad_stats_noise_var(c, NULL, 1, &v, &err), DYAD_EINVAL);
    static const double nan1[] = {1, NAN, 2};
    assert_int_equal(dyad_stats_noise_var(nan1, NULL, 3, &v, &err),
                     DYAD_EINVAL);
}

/* --- change points --- */

/* >= 1000 random series: PELT's segmentation and penalised cost equal
 * those of optimal partitioning, and the cost equals the one recomputed
 * here. */
static void test_stats_pelt_equals_optimal_partition(void **state)
{
    (void)state;
    enum { NSERIES = 3000, NMAX = 300 };
    static double y[NMAX], w[NMAX], wn[NMAX];
    static const int pens[] = {DYAD_PEN_BIC, DYAD_PEN_MBIC, DYAD_PEN_AIC,
                               DYAD_PEN_VALUE};
    static const size_t mins[] = {1, 2, 3, 5, 10};
    static const double sds[] = {0.1, 0.5, 1, 3};
    size_t ties = 0, with_changes = 0, total_changes = 0;
    rng_seed(20260101);
    for (int it = 0; it < NSERIES; it++) {
        dyad_stats_cp_opts o = {0};
        o.outliers = DYAD_OUTLIERS_KEEP;   /* the reference reads y */
        o.season = DYAD_SEASON_OFF;
        o.cost = it % 2 ? DYAD_COST_MEANVAR : DYAD_COST_MEAN;
        o.penalty = pens[(it / 2) % 4];
        o.penalty_value = 0.5 + 20 * unif();
        o.min_size = mins[unif_int(0, 4)];
        if (o.cost == DYAD_COST_MEANVAR && o.min_size < 2)
            o.min_size = 2;
        size_t n = it < 100 ? unif_int(2 * o.min_size, 2 * o.min_size + 8)
                            : unif_int(2 * o.min_size, NMAX);
        size_t k = unif_int(0, 5);
        double sd = sds[unif_int(0, 3)];
        random_series(y, n, k, o.min_size, sd);
        int weighted = it % 3 == 0;
        for (size_t i = 0; i < n; i++)
            w[i] = (double)unif_int(1, 40);
        if (o.cost == DYAD_COST_MEAN && unif() < 0.5)
            o.var = sd * sd;   /* known variance, else estimated */
        if (weighted && o.var > 0)
            o.var *= 20;       /* per unit of the mean weight, roughly */

        dyad_stats_shift *a = NULL, *b = NULL;
        size_t na = 0, nb = 0;
        double ca = 0, cb = 0;
        dyad_err err = {0};
        const double *wp = weighted ? w : NULL;
        if (dyad_stats_changepoints(y, wp, n, &o, &a, &na, &ca, &err))
            fail_msg("series %d: %s", it, err.msg);
        assert_int_equal(dyad_stats_optimal_partition(y, wp, n, &o, &b, &nb,
                                                      &cb, &err), 0);
        assert_rel(ca, cb, 1e-9, "PELT cost vs OP cost");
        if (!same_changes(a, na, b, nb))
            ties++;   /* equal cost, different optimum */

        /* the reported cost is that of the reported segmentation */
        ref_prob r;
        ref_init(&r, y, wp, n, &o, wn);
        size_t c[NMAX];
        shifts_to_changes(a, na, c);
        double rc = ref_total(&r, c, na);
        if (isnan(rc))
            fail_msg("series %d: a segment is shorter than %zu", it,
                     o.min_size);
        /* MEANVAR: a segment whose variance is near the floor (1e-8 of
         * the series') loses about 7 digits of its RSS = Q - S^2/W to
         * cancellation, in any prefix-sum scheme; that moves its cost by
         * ~1e-7, far below any penalty */
        double slack = o.cost == DYAD_COST_MEANVAR ? 1e-6 : 0;
        if (!(fabs(ca - rc) <= 1e-9 * fmax(1, fabs(rc)) + slack))
            fail_msg("series %d: PELT cost %.17g, recomputed %.17g", it, ca,
                     rc);
        check_shift_stats(y, wp, n, a, na);
        with_changes += na > 0;
        total_changes += na;
        dyad_free(a);
        dyad_free(b);
    }
    print_message("    %d series, %zu with changes (%zu in all), %zu ties\n",
                  NSERIES, with_changes, total_changes, ties);
    assert_true(ties <= NSERIES / 100);
    assert_true(with_changes > NSERIES / 3);   /* not a vacuous test */
}

/* Short series: every admissible segmentation is enumerated here, with
 * the costs computed here, so a fault shared by PELT and the reference
 * (e.g. in min_size handling) shows too. */
static void test_stats_pelt_matches_exhaustive_search(void **state)
{
    (void)state;
    enum { NMAX = 13 };
    double y[NMAX], w[NMAX], wn[NMAX];
    int checked = 0;
    rng_seed(77);
    for (int it = 0; it < 600; it++) {
        dyad_stats_cp_opts o = {0};
        o.slopes = DYAD_SLOPES_KEEP;   /* the search's optimum itself */
        o.outliers = DYAD_OUTLIERS_KEEP;
        o.season = DYAD_SEASON_OFF;
        o.cost = it % 2 ? DYAD_COST_MEANVAR : DYAD_COST_MEAN;
        o.penalty = (it / 2) % 4;
        o.penalty_value = 0.1 + 6 * unif();
        o.min_size = unif_int(o.cost == DYAD_COST_MEANVAR ? 2 : 1, 3);
        size_t n = unif_int(2 * o.min_size, NMAX);
        random_series(y, n, unif_int(0, 3), o.min_size, 1);
        for (size_t i = 0; i < n; i++)
            w[i] = (double)unif_int(1, 9);
        const double *wp = it % 4 < 2 ? NULL : w;
        if (o.cost == DYAD_COST_MEAN && it % 8 < 4)
            o.var = 0.5 + unif();
        ref_prob r;
        ref_init(&r, y, wp, n, &o, wn);
        /* bit i of mask set: a change at i + 1 */
        double best = INFINITY, second = INFINITY;
        size_t best_c[NMAX], best_k = 0;
        for (unsigned mask = 0; mask < 1u << (n - 1); mask++) {
            size_t c[NMAX], k = 0;
            for (size_t i = 0; i + 1 < n; i++)
                if (mask >> i & 1)
                    c[k++] = i + 1;
            double v = ref_total(&r, c, k);
            if (isnan(v))
                continue;
            if (v < best) {
                second = best;
                best = v;
                memcpy(best_c, c, k * sizeof *c);
                best_k = k;
            } else if (v < second) {
                second = v;
            }
        }
        dyad_stats_shift *sh = NULL;
        size_t ns = 0;
        double cost;
        assert_int_equal(dyad_stats_changepoints(y, wp, n, &o, &sh, &ns,
                                                 &cost, NULL), 0);
        assert_rel(cost, best, 1e-9, "PELT vs exhaustive optimum");
        if (second - best > 1e-7 * (fabs(best) + 1)) {
            /* unique optimum */
            assert_int_equal(ns, best_k);
            for (size_t j = 0; j < ns; j++)
                assert_int_equal(sh[j].index, best_c[j]);
            checked++;
        }
        dyad_free(sh);
        dyad_stats_shift *sb = NULL;
        size_t nsb = 0;
        assert_int_equal(dyad_stats_optimal_partition(y, wp, n, &o, &sb,
                                                      &nsb, &cost, NULL), 0);
        assert_rel(cost, best, 1e-9, "OP vs exhaustive optimum");
        dyad_free(sb);
    }
    assert_true(checked > 500);
}

/* Long segments without change are where PELT keeps the most candidates
 * and the functional pruning does the most. */
static void test_stats_pelt_long_series(void **state)
{
    (void)state;
    enum { N = 4000 };
    static double y[N], w[N];
    rng_seed(4000);
    for (int cost = 0; cost < 2; cost++)
        for (int weighted = 0; weighted < 2; weighted++)
            for (int pen = 0; pen < 2; pen++) {
                random_series(y, N, 3, 50, 1);
                for (size_t i = 0; i < N; i++)
                    w[i] = (double)unif_int(1, 40);
                dyad_stats_cp_opts o = {0};
                o.cost = cost;
                o.penalty = pen ? DYAD_PEN_MBIC : DYAD_PEN_BIC;
                o.min_size = 3;
                dyad_stats_shift *a, *b;
                size_t na, nb;
                double ca, cb;
                const double *wp = weighted ? w : NULL;
                assert_int_equal(dyad_stats_changepoints(y, wp, N, &o, &a,
                                                         &na, &ca, NULL), 0);
                assert_int_equal(dyad_stats_optimal_partition(
                                     y, wp, N, &o, &b, &nb, &cb, NULL), 0);
                assert_rel(ca, cb, 1e-9, "long series cost");
                assert_true(same_changes(a, na, b, nb));
                assert_true(na >= 1);
                dyad_free(a);
                dyad_free(b);
            }
}

static void read_nile(double *flow, int *year)
{
    char path[512];
    snprintf(path, sizeof path, "%s/tests/data/nile.csv", DYAD_SOURCE_DIR);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char line[128];
    assert_non_null(fgets(line, sizeof line, f));
    assert_string_equal(line, "year,flow\n");
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        assert_true(n < 100);
        assert_int_equal(sscanf(line, "%d,%lf", &year[n], &flow[n]), 2);
        n++;
    }
    fclose(f);
    assert_int_equal(n, 100);
}

/* The Nile at Aswan, 1871-1970: one shift, the new regime from 1899.
 * The file equals R's datasets::Nile (checked with identical() in R
 * 4.2.2). */
static void test_stats_nile_one_shift_in_1899(void **state)
{
    (void)state;
    double flow[100];
    int year[100];
    read_nile(flow, year);
    assert_int_equal(year[0], 1871);
    assert_int_equal(year[99], 1970);
    double s = 0, s28 = 0;
    for (int i = 0; i < 100; i++) {
        s += flow[i];
        s28 += i < 28 ? flow[i] : 0;
    }
    assert_near(s / 100, 919.35, 1e-9);
    assert_near(s28 / 28, 1097.75, 1e-9);
    assert_near((s - s28) / 72, 849.9722222, 1e-6);

    dyad_stats_shift *sh = NULL;
    size_t ns = 0;
    dyad_err err = {0};
    for (int method = 0; method < 3; method++) {
        dyad_stats_cp_opts o = {0};   /* mean cost, BIC */
        o.method = method;
        assert_int_equal(dyad_stats_changepoints(flow, NULL, 100, &o, &sh,
                                                 &ns, NULL, &err), 0);
        assert_int_equal(ns, 1);
        assert_int_equal(sh[0].index, 28);
        assert_int_equal(year[sh[0].index], 1899);
        assert_int_equal(sh[0].n_before, 28);
        assert_int_equal(sh[0].n_after, 72);
        assert_near(sh[0].mean_before, 1097.75, 1e-9);
        assert_near(sh[0].mean_after, 849.9722222, 1e-6);
        assert_near(sh[0].diff, 849.9722222 - 1097.75, 1e-6);
        /* R 4.2: t.test(Nile[29:100], Nile[1:28]) gives t = -8.4145, df
         * = 45.991, p = 7.308e-11; d from the pooled SD = -1.940711 */
        assert_near(sh[0].t, -8.4145, 1e-4);
        assert_near(sh[0].df, 45.991, 1e-3);
        assert_near(sh[0].p_value, 7.308e-11, 1e-14);
        assert_near(sh[0].cohens_d, -1.940711, 1e-6);
        if (method == DYAD_CP_CUSUM)
            /* against the long-run variance of the default AR(1) noise
             * (the Nile's flow is autocorrelated) the CUSUM statistic is
             * smaller than against lag-1 noise (p < 1e-4 below) */
            assert_true(sh[0].cusum_p < 1e-3);
        else
            assert_true(isnan(sh[0].cusum_p));
        dyad_free(sh);
    }
    /* CUSUM against white noise (dyad 0.8's default) */
    dyad_stats_cp_opts ow = {0};
    ow.method = DYAD_CP_CUSUM;
    ow.noise = DYAD_NOISE_WHITE;
    assert_int_equal(dyad_stats_changepoints(flow, NULL, 100, &ow, &sh, &ns,
                                             NULL, &err), 0);
    assert_int_equal(ns, 1);
    assert_int_equal(sh[0].index, 28);
    assert_true(sh[0].cusum_p < 1e-4);
    dyad_free(sh);
    /* also with MBIC and the optimal partitioning reference */
    dyad_stats_cp_opts o = {0};
    o.penalty = DYAD_PEN_MBIC;
    assert_int_equal(dyad_stats_optimal_partition(flow, NULL, 100, &o, &sh,
                                                  &ns, NULL, &err), 0);
    assert_int_equal(ns, 1);
    assert_int_equal(sh[0].index, 28);
    dyad_free(sh);
}

/* Trends of the Nile flow against R 4.2.2: S and its tie-corrected
 * variance by the definition, Sen's CI by trend::sens.slope's rank
 * formula, confint(lm(flow ~ seq_along(flow))). */
static void test_stats_nile_trend_matches_r(void **state)
{
    (void)state;
    double flow[100];
    int year[100];
    read_nile(flow, year);
    dyad_stats_mk mk;
    assert_int_equal(dyad_stats_mann_kendall(flow, 100, &mk, NULL), 0);
    assert_near(mk.s, -1387, 0);
    assert_near(mk.z, -4.128067, 1e-6);
    dyad_stats_sen sen;
    assert_int_equal(dyad_stats_sen_slope(NULL, flow, 100, &sen, NULL), 0);
    assert_near(sen.slope, -2.6, 1e-12);
    assert_near(sen.lo, -3.627907, 1e-6);
    assert_near(sen.hi, -1.428571, 1e-6);
    dyad_stats_ols_fit f;
    assert_int_equal(dyad_stats_ols(NULL, flow, NULL, 100, &f, NULL), 0);
    assert_near(f.slope_lo, -3.749313, 1e-6);
    assert_near(f.slope_hi, -1.679298, 1e-6);
}

/* 1,2,3 | 10,11,12: the statistics of the shift by hand. */
static void test_stats_shift_statistics_by_hand(void **state)
{
    (void)state;
    static const double y[] = {1, 2, 3, 10, 11, 12};
    dyad_stats_cp_opts o = {0};
    o.var = 1;
    o.min_size = 2;
    o.penalty = DYAD_PEN_BIC;   /* the default is MBIC */
    dyad_stats_shift *sh;
    size_t ns;
    double cost;
    assert_int_equal(dyad_stats_changepoints(y, NULL, 6, &o, &sh, &ns, &cost,
                                             NULL), 0);
    assert_int_equal(ns, 1);
    assert_int_equal(sh[0].index, 3);
    assert_near(sh[0].mean_before, 2, 1e-12);
    assert_near(sh[0].mean_after, 11, 1e-12);
    assert_near(sh[0].diff, 9, 1e-12);
    assert_near(sh[0].sd_before, 1, 1e-12);
    assert_near(sh[0].sd_after, 1, 1e-12);
    /* Welch: se^2 = 1/3 + 1/3, t = 9 / sqrt(2/3) = 11.0227038; df =
     * (2/3)^2 / (2 (1/3)^2 / 2) = 4; for 4 df, P(T <= t) = 1/2 + x/2 (1 +
     * (1 - x^2)/2) with x = t / sqrt(t^2 + 4) = 0.98393, so the two-sided
     * p = 1 - x (1 + (1 - x^2)/2) = 3.8507e-4 */
    assert_near(sh[0].t, 11.0227038, 1e-6);
    assert_near(sh[0].df, 4, 1e-12);
    double x = 11.022703842524301 / sqrt(11.022703842524301 *
                                         11.022703842524301 + 4);
    assert_near(sh[0].p_value, 1 - x * (1 + (1 - x * x) / 2), 1e-12);
    assert_near(sh[0].p_value, 3.8507e-4, 1e-8);
    /* d = 9 / sqrt((2 + 2) / 4) = 9 */
    assert_near(sh[0].cohens_d, 9, 1e-12);
    /* cost: RSS 2 + 2 over var 1, plus BIC 2 log 6 */
    assert_near(cost, 4 + 2 * log(6), 1e-12);
    dyad_free(sh);

    /* weighted: y = 1, 3 | 10, 10 with w = 1, 3, 2, 2 (scaled 0.5, 1.5, 1,
     * 1). Before: mean (1 + 9) / 4 = 2.5, SS = 0.5 * 1.5^2 + 1.5 * 0.5^2 =
     * 1.5, sd = sqrt(1.5 / 1); after: 10, sd 0. Welch: var of the mean
     * 1.5 / 1 / 2 = 0.75 and 0, t = 7.5 / sqrt(0.75) = 8.6602540, df = 1;
     * p = 1 - 2 atan(t) / pi = 0.0731864. d = 7.5 / sqrt(1.5 / 2). */
    static const double y2[] = {1, 3, 10, 10}, w2[] = {1, 3, 2, 2};
    o = (dyad_stats_cp_opts){0};
    o.penalty = DYAD_PEN_VALUE;
    o.penalty_value = 0;
    o.min_size = 2;
    assert_int_equal(dyad_stats_changepoints(y2, w2, 4, &o, &sh, &ns, NULL,
                                             NULL), 0);
    assert_int_equal(ns, 1);
    assert_int_equal(sh[0].index, 2);
    assert_near(sh[0].mean_before, 2.5, 1e-12);
    assert_near(sh[0].mean_after, 10, 1e-12);
    assert_near(sh[0].sd_before, sqrt(1.5), 1e-12);
    assert_near(sh[0].sd_after, 0, 1e-12);
    assert_near(sh[0].t, 8.6602540, 1e-6);
    assert_near(sh[0].df, 1, 1e-12);
    assert_near(sh[0].p_value, 1 - 2 * atan(7.5 / sqrt(0.75)) / PI, 1e-10);
    assert_near(sh[0].p_value, 0.0731864, 1e-7);
    assert_near(sh[0].cohens_d, 7.5 / sqrt(0.75), 1e-10);
    dyad_free(sh);
}

/* alpha drops the insignificant shift and the neighbour's segment grows. */
static void test_stats_alpha_drops_and_merges(void **state)
{
    (void)state;
    static const double y[] = {0,   1,   0,   1,   0,   1,
                               0.2, 1.2, 0.2, 1.2, 0.2, 1.2,
                               10,  11,  10,  11,  10,  11};
    dyad_stats_cp_opts o = {0};
    o.penalty = DYAD_PEN_VALUE;   /* 0: every split that helps */
    o.min_size = 6;
    o.slopes = DYAD_SLOPES_KEEP;  /* 0, 1, 0, 1 ... then 0.2, 1.2 ...: a
                                     line fits the first two segments */
    dyad_stats_shift *sh;
    size_t ns;
    assert_int_equal(dyad_stats_changepoints(y, NULL, 18, &o, &sh, &ns, NULL,
                                             NULL), 0);
    assert_int_equal(ns, 2);
    assert_int_equal(sh[0].index, 6);
    assert_int_equal(sh[1].index, 12);
    /* 0.5 vs 0.7 with SDs 0.5477: t = 0.2 / sqrt(0.05 + 0.05) = 0.632 */
    assert_near(sh[0].t, 0.2 / sqrt(0.1), 1e-9);
    assert_true(sh[0].p_value > 0.5);
    double cost_all;
    dyad_free(sh);
    o.alpha = 0.05;
    double cost_alpha;
    assert_int_equal(dyad_stats_changepoints(y, NULL, 18, &o, &sh, &ns,
                                             &cost_alpha, NULL), 0);
    assert_int_equal(ns, 1);
    assert_int_equal(sh[0].index, 12);
    assert_int_equal(sh[0].n_before, 12);
    assert_near(sh[0].mean_before, 0.6, 1e-12);
    assert_near(sh[0].mean_after, 10.5, 1e-12);
    assert_true(sh[0].p_value < 0.05);
    check_shift_stats(y, NULL, 18, sh, ns);
    /* the cost is that of the detector's segmentation, before alpha */
    o.alpha = 0;
    dyad_free(sh);
    assert_int_equal(dyad_stats_changepoints(y, NULL, 18, &o, &sh, &ns,
                                             &cost_all, NULL), 0);
    assert_near(cost_alpha, cost_all, 0);
    dyad_free(sh);

    /* random series: after alpha, every shift is significant and its
     * segments are the neighbours' */
    static double r[400];
    rng_seed(5);
    for (int it = 0; it < 50; it++) {
        random_series(r, 400, 5, 10, 1);
        for (int i = 0; i < 400; i++)
            r[i] += 0.4 * gauss();
        o = (dyad_stats_cp_opts){0};
        o.penalty = DYAD_PEN_AIC;
        size_t n_all;
        assert_int_equal(dyad_stats_changepoints(r, NULL, 400, &o, &sh,
                                                 &n_all, NULL, NULL), 0);
        dyad_free(sh);
        o.alpha = 0.01;
        assert_int_equal(dyad_stats_changepoints(r, NULL, 400, &o, &sh, &ns,
                                                 NULL, NULL), 0);
        assert_true(ns <= n_all);
        for (size_t j = 0; j < ns; j++)
            assert_true(sh[j].p_value < 0.01);
        check_shift_stats(r, NULL, 400, sh, ns);
        dyad_free(sh);
    }
}

/* Slopes: a change inside a straight line goes, a step stays, and the
 * count costs keep theirs. */
static size_t count_changes(const double *y, const double *w, size_t n,
                            const dyad_stats_cp_opts *o, size_t *first,
                            double *cost)
{
    dyad_stats_shift *sh;
    size_t ns;
    assert_int_equal(dyad_stats_changepoints(y, w, n, o, &sh, &ns, cost,
                                             NULL), 0);
    if (first)
        *first = ns ? sh[0].index : n;
    dyad_free(sh);
    return ns;
}

static void test_stats_slopes_merged(void **state)
{
    (void)state;
    /* by hand: 12 values on a line, every split allowed: one change at
     * 6 kept (two levels 2.5 and 8.5), none merged (a line fits) */
    double y[200], w[200];
    for (size_t i = 0; i < 12; i++)
        y[i] = (double)i;
    dyad_stats_cp_opts o = {0};
    o.penalty = DYAD_PEN_VALUE;
    o.min_size = 6;
    o.var = 1;
    o.slopes = DYAD_SLOPES_KEEP;
    size_t first;
    double keep_cost, merge_cost;
    assert_int_equal(count_changes(y, NULL, 12, &o, &first, &keep_cost), 1);
    assert_int_equal(first, 6);
    o.slopes = DYAD_SLOPES_MERGE;
    assert_int_equal(count_changes(y, NULL, 12, &o, NULL, &merge_cost), 0);
    /* the cost is that of one segment: sum (i - 5.5)^2 = 143 */
    assert_near(merge_cost, 143, 1e-9);
    assert_near(keep_cost, 2 * 17.5, 1e-9);
    /* the same values as a step: kept */
    for (size_t i = 0; i < 12; i++)
        y[i] = i < 6 ? 0.1 * (double)i : 5 + 0.1 * (double)i;
    assert_int_equal(count_changes(y, NULL, 12, &o, &first, NULL), 1);
    assert_int_equal(first, 6);
    o.slopes = 2;
    dyad_stats_shift *sh;
    size_t ns;
    assert_int_equal(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                             NULL), DYAD_EINVAL);
    /* lag-1 noise: a noisy trend of 200 values is a staircase when kept
     * and no shift merged; a step of 4 SDs on that trend stays, at 120 */
    rng_seed(5);
    for (size_t i = 0; i < 200; i++) {
        y[i] = 0.05 * (double)i + 0.3 * gauss();
        w[i] = (double)unif_int(1, 5);
    }
    o = (dyad_stats_cp_opts){0};
    o.noise = DYAD_NOISE_WHITE;
    o.slopes = DYAD_SLOPES_KEEP;
    assert_true(count_changes(y, w, 200, &o, NULL, NULL) >= 3);
    o.slopes = DYAD_SLOPES_MERGE;
    assert_int_equal(count_changes(y, w, 200, &o, NULL, NULL), 0);
    for (size_t i = 120; i < 200; i++)
        y[i] += 4;
    assert_int_equal(count_changes(y, w, 200, &o, &first, NULL), 1);
    assert_true(first >= 119 && first <= 121);
    /* counts that ramp up (an escalation) keep their changes */
    for (size_t i = 0; i < 60; i++) {
        y[i] = i < 20 ? 2 : (double)(2 + 3 * (i - 20));
        w[i] = 1000;
    }
    o = (dyad_stats_cp_opts){0};
    o.cost = DYAD_COST_BINOMIAL;
    o.dispersion = 1;
    size_t merged = count_changes(y, w, 60, &o, &first, NULL);
    o.slopes = DYAD_SLOPES_KEEP;
    assert_int_equal(count_changes(y, w, 60, &o, NULL, NULL), merged);
    assert_true(merged >= 2);
    assert_true(first >= 19 && first <= 22);
}

/* Runs of changes that one line fits are merged as a whole: a staircase
 * whose every pair of stairs fits two levels better than a line goes when
 * the line over all of it is within a penalty per extra level; real
 * stairs stay. */
static void test_stats_slope_runs(void **state)
{
    (void)state;
    /* by hand: levels 0, 1, 2 of 10 values each, noise variance 1. Each
     * pair fits its two levels exactly, a line worse (RSS 1.24 over 20
     * values), so no pair merges; one line over the 30 values leaves RSS
     * 2.2024, one penalty more than the levels' 0 with one slope for two
     * changes: the run goes when the penalty exceeds 2.2024 */
    double y[500];
    for (size_t i = 0; i < 30; i++)
        y[i] = (double)(i / 10);
    dyad_stats_cp_opts o = {0};
    o.penalty = DYAD_PEN_VALUE;
    o.var = 1;
    o.penalty_value = 2.1;
    size_t first;
    assert_int_equal(count_changes(y, NULL, 30, &o, &first, NULL), 2);
    assert_int_equal(first, 10);
    o.penalty_value = 2.3;
    assert_int_equal(count_changes(y, NULL, 30, &o, NULL, NULL), 0);
    o.slopes = DYAD_SLOPES_KEEP;
    assert_int_equal(count_changes(y, NULL, 30, &o, NULL, NULL), 2);
    /* a straight trend of 2 SDs over 500 values of white noise: pairs
     * alone left 2 or 3 stairs in about one series of four (bench/shifts
     * (b)); none now in 40 */
    rng_seed(21);
    o = (dyad_stats_cp_opts){0};
    size_t found = 0;
    for (int it = 0; it < 40; it++) {
        for (size_t i = 0; i < 500; i++)
            y[i] = 2.0 * (double)i / 500 + gauss();
        found += count_changes(y, NULL, 500, &o, NULL, NULL);
    }
    assert_int_equal(found, 0);
    /* four real steps of 1.5 SDs every 100 values, a line's sawtooth
     * residual (500 x 1.5^2 / 12 = 94) far over three penalties: kept,
     * each within 15 values (the noise puts the third at 288) */
    for (size_t i = 0; i < 500; i++)
        y[i] = 1.5 * (double)(i / 100) + gauss();
    dyad_stats_shift *sh;
    size_t ns;
    assert_int_equal(dyad_stats_changepoints(y, NULL, 500, &o, &sh, &ns, NULL,
                                             NULL), 0);
    assert_int_equal(ns, 4);
    for (size_t j = 0; j < ns; j++)
        assert_true(sh[j].index + 15 >= 100 * (j + 1) &&
                    sh[j].index <= 100 * (j + 1) + 15);
    dyad_free(sh);
    /* three steps of 2 SDs every 50 values: the steps widen the lags'
     * noise, and at that noise the line was within two penalties of the
     * levels (all three found in 14 of 20); the levels leave white
     * residuals, whose variance the run is weighed at: 20 of 20, the
     * test asks 17 */
    rng_seed(33);
    size_t all3 = 0;
    for (int it = 0; it < 20; it++) {
        for (size_t i = 0; i < 200; i++)
            y[i] = 2.0 * (double)(i / 50) + gauss();
        assert_int_equal(dyad_stats_changepoints(y, NULL, 200, &o, &sh, &ns,
                                                 NULL, NULL), 0);
        size_t hit = 0;
        for (size_t j = 0; j < ns; j++)
            hit += sh[j].index % 50 <= 3 || sh[j].index % 50 >= 47;
        all3 += hit == 3 && ns == 3;
        dyad_free(sh);
    }
    print_message("    stairs of 2 SDs: all three found in %zu of 20\n",
                  all3);
    assert_true(all3 >= 17);
}

/* A season is taken out before the segmentation: a step of 3 under a
 * monthly swing of 10 is found at its place, and not without; white
 * noise and a step without a season read the same either way. */
static void test_stats_season(void **state)
{
    (void)state;
    enum { N = 192 };
    double y[N];
    rng_seed(12);
    for (size_t i = 0; i < N; i++)
        y[i] = 10 * sin(2 * PI * (double)i / 12) + gauss() +
               (i >= 120 ? 3 : 0);
    dyad_stats_cp_opts o = {0};
    size_t first;
    assert_int_equal(count_changes(y, NULL, N, &o, &first, NULL), 1);
    assert_true(first >= 119 && first <= 121);
    o.season = DYAD_SEASON_OFF;
    assert_int_equal(count_changes(y, NULL, N, &o, NULL, NULL), 0);
    /* quarters: the same with a season of 4 */
    for (size_t i = 0; i < N; i++)
        y[i] = (i % 4 == 1 ? 8 : i % 4 == 3 ? -8 : 0) + gauss() +
               (i >= 60 ? 3 : 0);
    o.season = DYAD_SEASON_AUTO;
    assert_int_equal(count_changes(y, NULL, N, &o, &first, NULL), 1);
    assert_true(first >= 59 && first <= 61);
    /* no season: auto and off give the same changes */
    for (int it = 0; it < 50; it++) {
        size_t n = unif_int(30, N);
        for (size_t i = 0; i < n; i++)
            y[i] = gauss() + (i >= n / 2 ? 2.5 : 0);
        dyad_stats_shift *a, *b;
        size_t na, nb;
        o.season = DYAD_SEASON_AUTO;
        assert_int_equal(dyad_stats_changepoints(y, NULL, n, &o, &a, &na,
                                                 NULL, NULL), 0);
        o.season = DYAD_SEASON_OFF;
        assert_int_equal(dyad_stats_changepoints(y, NULL, n, &o, &b, &nb,
                                                 NULL, NULL), 0);
        assert_true(same_changes(a, na, b, nb));
        dyad_free(a);
        dyad_free(b);
    }
    /* with no season taken out, a swing the AR(1) fit cannot explain
     * (lag variances over twice its long-run one) sets the noise: the
     * marginal variance, and no one-quarter staircase */
    for (size_t i = 0; i < N; i++)
        y[i] = (i % 4 == 1 ? 8 : i % 4 == 3 ? -8 : 0) + gauss();
    o.season = DYAD_SEASON_OFF;
    double s2, ph, vmax, scale;
    assert_int_equal(dyad_stats_noise_ar1(y, NULL, N, &s2, &ph, NULL), 0);
    assert_int_equal(dyad_stats_noise_marginal(y, NULL, N, &vmax, NULL), 0);
    assert_int_equal(dyad_stats_cp_scale(y, NULL, N, &o, &scale, NULL), 0);
    assert_true(vmax > 2 * s2 * (1 + ph) / (1 - ph));
    assert_rel(scale, vmax, 1e-12, "marginal variance");
    assert_int_equal(count_changes(y, NULL, N, &o, NULL, NULL), 0);
    o.season = 5;
    dyad_stats_shift *sh;
    size_t ns;
    assert_int_equal(dyad_stats_changepoints(y, NULL, 60, &o, &sh, &ns, NULL,
                                             NULL), DYAD_EINVAL);
}

static void test_stats_constant_and_noiseless(void **state)
{
    (void)state;
    double y[40];
    for (int i = 0; i < 40; i++)
        y[i] = 0.1;
    for (int cost = 0; cost < 2; cost++)
        for (int method = 0; method < 2; method++) {
            dyad_stats_cp_opts o = {0};
            o.cost = cost;
            o.method = method;
            dyad_stats_shift *sh = (void *)1;
            size_t ns = 9;
            assert_int_equal(dyad_stats_changepoints(y, NULL, 40, &o, &sh,
                                                     &ns, NULL, NULL), 0);
            assert_int_equal(ns, 0);
            assert_null(sh);
        }
    /* a step without noise (MAD of differences 0) */
    for (int i = 0; i < 40; i++)
        y[i] = i < 20 ? 1 : 3;
    for (int method = 0; method < 3; method++) {
        dyad_stats_cp_opts o = {0};
        o.method = method;
        dyad_stats_shift *sh;
        size_t ns;
        assert_int_equal(dyad_stats_changepoints(y, NULL, 40, &o, &sh, &ns,
                                                 NULL, NULL), 0);
        assert_int_equal(ns, 1);
        assert_int_equal(sh[0].index, 20);
        assert_near(sh[0].diff, 2, 1e-12);
        /* both segments constant: the difference is certain */
        assert_near(sh[0].p_value, 0, 0);
        assert_true(isinf(sh[0].t) && sh[0].t > 0);
        assert_true(isnan(sh[0].cohens_d));
        dyad_free(sh);
    }
}

static void test_stats_weights(void **state)
{
    (void)state;
    static double y[200], w[200], w3[200];
    rng_seed(9);
    random_series(y, 200, 3, 10, 1);
    for (int i = 0; i < 200; i++) {
        w[i] = 1;
        w3[i] = 3.5;
    }
    for (int cost = 0; cost < 2; cost++) {
        dyad_stats_cp_opts o = {0};
        o.cost = cost;
        dyad_stats_shift *a, *b, *c;
        size_t na, nb, nc;
        double ca, cb, cc;
        assert_int_equal(dyad_stats_changepoints(y, NULL, 200, &o, &a, &na,
                                                 &ca, NULL), 0);
        assert_int_equal(dyad_stats_changepoints(y, w, 200, &o, &b, &nb, &cb,
                                                 NULL), 0);
        assert_int_equal(dyad_stats_changepoints(y, w3, 200, &o, &c, &nc,
                                                 &cc, NULL), 0);
        /* equal weights, whatever their size, are no weights */
        assert_true(same_changes(a, na, b, nb));
        assert_true(same_changes(a, na, c, nc));
        assert_rel(ca, cb, 1e-12, "w = 1");
        assert_rel(ca, cc, 1e-9, "w = 3.5");
        for (size_t j = 0; j < na; j++) {
            assert_rel(a[j].p_value, c[j].p_value, 1e-9, "p");
            assert_rel(a[j].cohens_d, c[j].cohens_d, 1e-9, "d");
        }
        dyad_free(a);
        dyad_free(b);
        dyad_free(c);
    }
    /* weights matter: a jump carried by one value of weight 1 among
     * values of weight 40 is noise; with weight 40 it is a change */
    double z[30], wz[30];
    for (int i = 0; i < 30; i++) {
        z[i] = (i % 2 ? 0.01 : -0.01) + (i >= 27 ? 3 : 0);
        wz[i] = 40;
    }
    wz[27] = wz[28] = wz[29] = 1;
    dyad_stats_cp_opts o = {0};
    o.var = 1;          /* per unit of the weights scaled to mean 1 */
    o.min_size = 3;
    dyad_stats_shift *sh;
    size_t ns;
    /* unweighted: splitting at 27 gains 27 * 3 / 30 * 3^2 / 1 = 24.3 >
     * 2 log 30 */
    assert_int_equal(dyad_stats_changepoints(z, NULL, 30, &o, &sh, &ns, NULL,
                                             NULL), 0);
    assert_int_equal(ns, 1);
    assert_int_equal(sh[0].index, 27);
    dyad_free(sh);
    /* weighted: the three values weigh 1/36.1 of the mean weight each;
     * the split gains about 0.083 * 9 = 0.75 < 2 log 30 */
    assert_int_equal(dyad_stats_changepoints(z, wz, 30, &o, &sh, &ns, NULL,
                                             NULL), 0);
    assert_int_equal(ns, 0);
    dyad_free(sh);
}

static void test_stats_binseg(void **state)
{
    (void)state;
    static double y[300];
    rng_seed(31);
    int exact = 0, limited = 0;
    for (int it = 0; it < 200; it++) {
        size_t n = unif_int(20, 300);
        dyad_stats_cp_opts o = {0};
        o.slopes = DYAD_SLOPES_KEEP;   /* the searches compared */
        o.outliers = DYAD_OUTLIERS_KEEP;
        o.season = DYAD_SEASON_OFF;
        /* and PELT's answer its search's: with AR(1) noise a white
         * reading of many levels may replace it (PELT only) */
        o.noise = DYAD_NOISE_WHITE;
        o.cost = it % 2;
        o.min_size = unif_int(2, 8);
        o.penalty = it % 3;
        random_series(y, n, unif_int(0, 4), o.min_size, 1);
        dyad_stats_shift *a, *b;
        size_t na, nb;
        double ca, cb;
        assert_int_equal(dyad_stats_changepoints(y, NULL, n, &o, &a, &na, &ca,
                                                 NULL), 0);
        o.method = DYAD_CP_BINSEG;
        assert_int_equal(dyad_stats_changepoints(y, NULL, n, &o, &b, &nb, &cb,
                                                 NULL), 0);
        /* PELT is optimal; BinSeg can only be as good */
        assert_true(cb >= ca - 1e-9 * (fabs(ca) + 1));
        exact += same_changes(a, na, b, nb);
        for (size_t j = 0; j < nb; j++) {
            size_t prev = j ? b[j - 1].index : 0;
            assert_true(b[j].index >= prev + o.min_size);
        }
        if (nb)
            assert_true(b[nb - 1].index + o.min_size <= n);
        check_shift_stats(y, NULL, n, b, nb);
        /* recomputed cost */
        ref_prob r;
        double wn[1];
        ref_init(&r, y, NULL, n, &o, wn);
        size_t c[300] = {0};
        shifts_to_changes(b, nb, c);
        assert_rel(cb, ref_total(&r, c, nb), 1e-9, "BinSeg cost");
        dyad_free(b);
        /* max_changes: the first split of the unlimited run */
        if (nb >= 2) {
            o.max_changes = 1;
            assert_int_equal(dyad_stats_changepoints(y, NULL, n, &o, &b, &nb,
                                                     NULL, NULL), 0);
            assert_int_equal(nb, 1);
            int in = 0;
            for (size_t j = 0; j < sizeof c / sizeof *c && c[j]; j++)
                in |= c[j] == b[0].index;
            assert_true(in);
            dyad_free(b);
            limited++;
        }
        dyad_free(a);
    }
    print_message("    BinSeg = PELT in %d of 200\n", exact);
    assert_true(exact > 100);   /* usually the same answer */
    assert_true(limited > 20);
}

/* Kolmogorov's distribution: P(K > x) at the textbook critical values
 * 1.2238 (10%), 1.3581 (5%), 1.6276 (1%). */
static void test_stats_cusum(void **state)
{
    (void)state;
    assert_near(dyad_stats_kolmogorov_q(1.2238), 0.10, 1e-4);
    assert_near(dyad_stats_kolmogorov_q(1.3581), 0.05, 1e-4);
    assert_near(dyad_stats_kolmogorov_q(1.6276), 0.01, 1e-4);
    assert_near(dyad_stats_kolmogorov_q(0), 1, 0);
    assert_near(dyad_stats_kolmogorov_q(-1), 1, 0);
    assert_true(isnan(dyad_stats_kolmogorov_q(NAN)));
    assert_near(dyad_stats_kolmogorov_q(0.2), 1, 1e-12);
    /* R 4.2: 1 - .Call(stats:::C_pKS2, x, 1e-9) */
    assert_near(dyad_stats_kolmogorov_q(0.5), 0.9639452, 1e-7);
    assert_near(dyad_stats_kolmogorov_q(1), 0.2699997, 1e-7);
    assert_near(dyad_stats_kolmogorov_q(2), 0.0006709253, 1e-10);
    assert_near(dyad_stats_kolmogorov_q(5), 0, 1e-20);
    /* the two series agree where they meet (1.18) */
    assert_near(dyad_stats_kolmogorov_q(1.18 - 1e-12),
                dyad_stats_kolmogorov_q(1.18), 1e-10);
    /* and it decreases */
    for (double x = 0.3; x < 3; x += 0.01)
        assert_true(dyad_stats_kolmogorov_q(x + 0.01) <
                    dyad_stats_kolmogorov_q(x));

    /* 0,0,0,0,4,4 with var 1: mean 4/3, S_k = -4/3 k for k <= 4, S_4 =
     * -16/3 is the largest |S_k|; statistic 16/3 / sqrt(6) = 2.1773 */
    static const double y[] = {0, 0, 0, 0, 4, 4};
    size_t idx;
    double stat, p;
    assert_int_equal(dyad_stats_cusum(y, NULL, 6, 1, 1, &idx, &stat, &p,
                                      NULL), 0);
    assert_int_equal(idx, 4);
    assert_near(stat, 16.0 / 3 / sqrt(6), 1e-12);
    assert_near(p, dyad_stats_kolmogorov_q(16.0 / 3 / sqrt(6)), 0);
    /* min_size 3 keeps the change away from the ends: k = 3 */
    assert_int_equal(dyad_stats_cusum(y, NULL, 6, 3, 1, &idx, &stat, &p,
                                      NULL), 0);
    assert_int_equal(idx, 3);
    assert_near(stat, 4.0 / sqrt(6), 1e-12);

    /* a change in a noisy series is found and significant; none in pure
     * noise is (usually) */
    static double r[500];
    rng_seed(12);
    int found = 0, false_pos = 0;
    for (int it = 0; it < 40; it++) {
        for (int i = 0; i < 500; i++)
            r[i] = gauss() + (i >= 300 ? 1 : 0);
        dyad_stats_cp_opts o = {0};
        o.method = DYAD_CP_CUSUM;
        o.alpha = 0.01;
        dyad_stats_shift *sh;
        size_t ns;
        assert_int_equal(dyad_stats_changepoints(r, NULL, 500, &o, &sh, &ns,
                                                 NULL, NULL), 0);
        found += ns == 1 && sh[0].index >= 290 && sh[0].index <= 310;
        dyad_free(sh);
        for (int i = 0; i < 500; i++)
            r[i] = gauss();
        assert_int_equal(dyad_stats_changepoints(r, NULL, 500, &o, &sh, &ns,
                                                 NULL, NULL), 0);
        false_pos += ns != 0;
        if (ns)
            assert_true(sh[0].cusum_p < 0.01);
        dyad_free(sh);
    }
    assert_true(found >= 36);
    assert_true(false_pos <= 3);
}

static void test_stats_changepoint_errors(void **state)
{
    (void)state;
    double y[12];
    for (int i = 0; i < 12; i++)
        y[i] = i % 3;
    dyad_stats_shift *sh = (void *)1;
    size_t ns = 7;
    dyad_err err = {0};
    dyad_stats_cp_opts o = {0};
#define EXPECT_EINVAL(call)                                                 \
    do {                                                                    \
        err = (dyad_err){0};                                                \
        sh = (void *)1;                                                     \
        assert_int_equal((call), DYAD_EINVAL);                              \
        assert_int_equal(err.code, DYAD_EINVAL);                            \
        assert_true(err.msg[0] != '\0');                                    \
        assert_null(sh);                                                    \
        assert_int_equal(ns, 0);                                            \
    } while (0)
    /* n = 0 */
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 0, &o, &sh, &ns, NULL,
                                          &err));
    EXPECT_EINVAL(dyad_stats_optimal_partition(y, NULL, 0, &o, &sh, &ns,
                                               NULL, &err));
    EXPECT_EINVAL(dyad_stats_changepoints(NULL, NULL, 5, &o, &sh, &ns, NULL,
                                          &err));
    /* n < 2 min_size */
    o.min_size = 7;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o.min_size = 6;
    assert_int_equal(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                             &err), 0);
    dyad_free(sh);
    o.min_size = 0;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 1, &o, &sh, &ns, NULL,
                                          &err));
    o.cost = DYAD_COST_MEANVAR;   /* default min size 2: 3 values too few */
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 3, &o, &sh, &ns, NULL,
                                          &err));
    o.min_size = 1;               /* a variance of one value */
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o.min_size = 0;
    o.method = DYAD_CP_CUSUM;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    /* the reference ignores the method */
    assert_int_equal(dyad_stats_optimal_partition(y, NULL, 12, &o, &sh, &ns,
                                                  NULL, &err), 0);
    dyad_free(sh);
    /* bad options */
    o = (dyad_stats_cp_opts){0};
    o.method = 3;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o = (dyad_stats_cp_opts){0};
    o.cost = -1;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o = (dyad_stats_cp_opts){0};
    o.penalty = 4;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o.penalty = DYAD_PEN_VALUE;
    o.penalty_value = -1;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o.penalty_value = NAN;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o = (dyad_stats_cp_opts){0};
    o.var = -1;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o.var = INFINITY;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o = (dyad_stats_cp_opts){0};
    o.alpha = 1.5;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    o.alpha = NAN;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    /* NaN and infinite values, bad weights */
    o = (dyad_stats_cp_opts){0};
    y[5] = NAN;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    assert_non_null(strstr(err.msg, "y[5]"));
    EXPECT_EINVAL(dyad_stats_optimal_partition(y, NULL, 12, &o, &sh, &ns,
                                               NULL, &err));
    y[5] = INFINITY;
    EXPECT_EINVAL(dyad_stats_changepoints(y, NULL, 12, &o, &sh, &ns, NULL,
                                          &err));
    y[5] = 1;
    double w[12];
    for (int i = 0; i < 12; i++)
        w[i] = 1;
    w[3] = 0;
    EXPECT_EINVAL(dyad_stats_changepoints(y, w, 12, &o, &sh, &ns, NULL,
                                          &err));
    assert_non_null(strstr(err.msg, "w[3]"));
    w[3] = -2;
    EXPECT_EINVAL(dyad_stats_changepoints(y, w, 12, &o, &sh, &ns, NULL,
                                          &err));
    w[3] = NAN;
    EXPECT_EINVAL(dyad_stats_changepoints(y, w, 12, &o, &sh, &ns, NULL,
                                          &err));
    /* no output */
    err = (dyad_err){0};
    assert_int_equal(dyad_stats_changepoints(y, NULL, 12, &o, NULL, &ns,
                                             NULL, &err), DYAD_EINVAL);
    /* CUSUM */
    size_t idx;
    err = (dyad_err){0};
    assert_int_equal(dyad_stats_cusum(y, NULL, 0, 1, 0, &idx, NULL, NULL,
                                      &err), DYAD_EINVAL);
    assert_int_equal(dyad_stats_cusum(y, NULL, 12, 7, 0, &idx, NULL, NULL,
                                      &err), DYAD_EINVAL);
    y[0] = NAN;
    assert_int_equal(dyad_stats_cusum(y, NULL, 12, 1, 0, &idx, NULL, NULL,
                                      &err), DYAD_EINVAL);
#undef EXPECT_EINVAL
}

/* --- two-sample statistics --- */

/* --- count costs, noise, dispersion, episodes --- */

/* The count costs by their definition: -2 log L at the segment's rate,
 * over the dispersion. */
static double ref_count_seg(const double *c, const double *t, size_t a,
                            size_t b, int binomial, double disp)
{
    double C = 0, N = 0;
    for (size_t i = a; i < b; i++) {
        C += c[i];
        N += t ? t[i] : 1;
    }
    /* the rate with half an event added (Jeffreys), the likelihood of
     * the counts at it, less the terms that do not depend on the
     * segmentation (binomial: none; Poisson: sum c log N_i, log c!) */
    double r = binomial ? (C + 0.5) / (N + 1) : (C + 0.5) / N;
    double ll = binomial ? C * log(r) + (N - C) * log(1 - r)
                         : C * log(r) - N * r;
    return -2 * ll / disp;
}

static unsigned poisson_draw(double mu)
{
    double l = exp(-mu), p = 1;
    unsigned k = 0;
    do {
        k++;
        p *= unif();
    } while (p > l);
    return k - 1;
}

static double gamma_draw(double k)   /* shape k >= 1, scale 1 */
{
    /* Marsaglia & Tsang */
    double d = k - 1.0 / 3, c = 1 / sqrt(9 * d);
    for (;;) {
        double x = gauss(), v = 1 + c * x;
        if (v <= 0)
            continue;
        v = v * v * v;
        if (log(unif()) < 0.5 * x * x + d - d * v + d * log(v))
            return d * v;
    }
}

/* Every admissible segmentation of short count series, enumerated with
 * the costs above: PELT and optimal partitioning find the optimum. */
static void test_stats_count_costs_exact(void **state)
{
    (void)state;
    enum { NMAX = 12 };
    double c[NMAX], t[NMAX];
    int checked = 0;
    rng_seed(99);
    for (int it = 0; it < 400; it++) {
        dyad_stats_cp_opts o = {0};
        int binomial = it % 2;
        o.cost = binomial ? DYAD_COST_BINOMIAL : DYAD_COST_POISSON;
        o.penalty = (it / 2) % 4;
        o.penalty_value = 0.5 + 6 * unif();
        o.dispersion = 0.5 + 3 * unif();
        o.min_size = unif_int(1, 3);
        size_t n = unif_int(2 * o.min_size, NMAX);
        int with_t = binomial || it % 4 == 0;
        double rate = 0.05 + 0.3 * unif();
        for (size_t i = 0; i < n; i++) {
            if (unif() < 0.2)
                rate = 0.05 + 0.5 * unif();
            t[i] = with_t ? (double)unif_int(1, 60) : 1;
            c[i] = 0;
            for (int k = 0; k < (int)t[i]; k++)
                c[i] += unif() < rate;
            if (!with_t)
                c[i] = poisson_draw(20 * rate);
        }
        const double *tp = with_t ? t : NULL;
        double beta = ref_beta(DYAD_COST_MEAN, o.penalty, o.penalty_value,
                               n);
        double best = INFINITY, second = INFINITY;
        size_t best_c[NMAX], best_k = 0;
        for (unsigned mask = 0; mask < 1u << (n - 1); mask++) {
            size_t cc[NMAX], k = 0, a = 0;
            for (size_t i = 0; i + 1 < n; i++)
                if (mask >> i & 1)
                    cc[k++] = i + 1;
            double v = (double)k * beta;
            for (size_t j = 0; j <= k && !isnan(v); j++) {
                size_t b = j < k ? cc[j] : n;
                if (b < a + o.min_size)
                    v = NAN;
                else
                    v += ref_count_seg(c, tp, a, b, binomial, o.dispersion) +
                         (o.penalty == DYAD_PEN_MBIC
                              ? log((double)(b - a) / (double)n)
                              : 0);
                a = b;
            }
            if (isnan(v))
                continue;
            if (v < best) {
                second = best;
                best = v;
                memcpy(best_c, cc, k * sizeof *cc);
                best_k = k;
            } else if (v < second) {
                second = v;
            }
        }
        dyad_stats_shift *sh = NULL, *sb = NULL;
        size_t ns = 0, nsb = 0;
        double cost, cost_op;
        assert_int_equal(dyad_stats_changepoints(c, tp, n, &o, &sh, &ns,
                                                 &cost, NULL), 0);
        assert_rel(cost, best, 1e-9, "count PELT vs exhaustive optimum");
        assert_int_equal(dyad_stats_optimal_partition(c, tp, n, &o, &sb,
                                                      &nsb, &cost_op, NULL),
                         0);
        assert_rel(cost_op, best, 1e-9, "count OP vs exhaustive optimum");
        if (second - best > 1e-7 * (fabs(best) + 1)) {
            assert_int_equal(ns, best_k);
            for (size_t j = 0; j < ns; j++) {
                assert_int_equal(sh[j].index, best_c[j]);
                /* the pooled rates of the segments next to the shift */
                size_t a = j ? sh[j - 1].index : 0, b = sh[j].index;
                double C = 0, N = 0;
                for (size_t i = a; i < b; i++) {
                    C += c[i];
                    N += tp ? tp[i] : 1;
                }
                assert_rel(sh[j].mean_before, C / N, 1e-12, "rate before");
                assert_true(sh[j].p_value >= 0 && sh[j].p_value <= 1);
            }
            checked++;
        }
        dyad_free(sh);
        dyad_free(sb);
    }
    assert_true(checked > 300);
}

/* Long count series: PELT equals optimal partitioning with the
 * estimated dispersion. */
static void test_stats_count_pelt_long(void **state)
{
    (void)state;
    enum { N = 400 };
    static double c[N], t[N];
    rng_seed(31);
    for (int it = 0; it < 20; it++) {
        double rate = 0.02;
        for (size_t i = 0; i < N; i++) {
            if (i % 100 == 50)
                rate = 0.01 + 0.2 * unif();
            t[i] = (double)unif_int(50, 150);
            c[i] = poisson_draw(rate * t[i]);
            if (c[i] > t[i])
                c[i] = t[i];
        }
        dyad_stats_cp_opts o = {0};
        o.cost = it % 2 ? DYAD_COST_BINOMIAL : DYAD_COST_POISSON;
        o.min_size = 1 + (size_t)(it % 3);
        dyad_stats_shift *a, *b;
        size_t na, nb;
        double ca, cb;
        assert_int_equal(dyad_stats_changepoints(c, t, N, &o, &a, &na, &ca,
                                                 NULL), 0);
        assert_int_equal(dyad_stats_optimal_partition(c, t, N, &o, &b, &nb,
                                                      &cb, NULL), 0);
        assert_rel(ca, cb, 1e-9, "long count series cost");
        assert_true(same_changes(a, na, b, nb));
        dyad_free(a);
        dyad_free(b);
    }
}

/* AR(1) noise of known phi and marginal variance: the robust estimates
 * come close; a trend drives phi to its cap; white noise gives phi near
 * 0. */
static void test_stats_noise_ar1_known(void **state)
{
    (void)state;
    enum { N = 5000 };
    static double y[N];
    static const double phis[] = {0, 0.3, 0.5, 0.8};
    for (int k = 0; k < 4; k++) {
        rng_seed(500 + (uint64_t)k);
        double phi = phis[k], sd = 2, e = sd * gauss();
        for (size_t i = 0; i < N; i++) {
            y[i] = 10 + e;
            e = phi * e + sd * sqrt(1 - phi * phi) * gauss();
        }
        /* a few shifts change little */
        for (size_t i = 2000; i < 2600; i++)
            y[i] += 6;
        double s2, ph;
        assert_int_equal(dyad_stats_noise_ar1(y, NULL, N, &s2, &ph, NULL),
                         0);
        if (fabs(ph - phi) > 0.08 || fabs(s2 / (sd * sd) - 1) > 0.2)
            fail_msg("phi %g: estimated %g, s2 %g (true %g)", phi, ph, s2,
                     sd * sd);
        /* the MEAN cost divides by the long-run variance (of the values
         * as given) */
        dyad_stats_cp_opts o = {0};
        o.outliers = DYAD_OUTLIERS_KEEP;
        o.season = DYAD_SEASON_OFF;
        double scale;
        assert_int_equal(dyad_stats_cp_scale(y, NULL, N, &o, &scale, NULL),
                         0);
        double vmax;
        assert_int_equal(dyad_stats_noise_marginal(y, NULL, N, &vmax, NULL),
                         0);
        double lr = s2 * (1 + ph) / (1 - ph);
        assert_rel(scale, vmax > 2 * lr ? vmax : lr, 1e-12, "long run");
        /* the marginal variance, sd^2 (v_16 = sd^2 (1 - phi^16)) */
        if (vmax > 1.2 * sd * sd || vmax < 0.8 * sd * sd * (1 - pow(phi, 16)))
            fail_msg("phi %g: marginal %g (true %g)", phi, vmax, sd * sd);
        o.noise = DYAD_NOISE_WHITE;
        double white;
        assert_int_equal(dyad_stats_cp_scale(y, NULL, N, &o, &scale, NULL),
                         0);
        assert_int_equal(dyad_stats_noise_var(y, NULL, N, &white, NULL), 0);
        assert_rel(scale, white, 1e-12, "white");
        /* a floor (the sampling variance of the values) above the
         * estimate replaces it; one below changes nothing; an estimate
         * given (var) is used as it is */
        o.var_floor = 3 * white;
        assert_int_equal(dyad_stats_cp_scale(y, NULL, N, &o, &scale, NULL),
                         0);
        assert_rel(scale, 3 * white, 1e-12, "floor");
        o.var_floor = white / 2;
        assert_int_equal(dyad_stats_cp_scale(y, NULL, N, &o, &scale, NULL),
                         0);
        assert_rel(scale, white, 1e-12, "floor below");
        o.var = white / 4;
        o.var_floor = 3 * white;
        assert_int_equal(dyad_stats_cp_scale(y, NULL, N, &o, &scale, NULL),
                         0);
        assert_rel(scale, white / 4, 1e-12, "var given");
        o.var = 0;
        o.var_floor = -1;
        assert_int_equal(dyad_stats_cp_scale(y, NULL, N, &o, &scale, NULL),
                         DYAD_EINVAL);
    }
    /* a random walk: phi at the cap */
    rng_seed(8);
    double s = 0;
    for (size_t i = 0; i < N; i++)
        y[i] = s += gauss();
    double s2, ph;
    assert_int_equal(dyad_stats_noise_ar1(y, NULL, N, &s2, &ph, NULL), 0);
    assert_near(ph, 0.9, 1e-12);
}

/* A level that wanders, with a change: R's beaver2$temp, a beaver's body
 * temperature every 10 minutes (Reynolds 1994), which rises by about 0.8
 * degrees when the beaver leaves its lodge (beaver2$activ from index
 * 38). Its lag variances grow to lag 16, the AR(1) fit sits at its cap
 * (phi 0.9), and the long-run variance it implies, 7.5 times the
 * variance of the whole series about its mean, hid the change: the noise
 * is taken as at most that variance, and the one change is found. */
static void test_stats_wandering_level(void **state)
{
    (void)state;
    static const double t[] = {
        36.58, 36.73, 36.93, 37.15, 37.23, 37.24, 37.24, 36.9, 36.95, 36.89,
        36.95, 37, 36.9, 36.99, 36.99, 37.01, 37.04, 37.04, 37.14, 37.07,
        36.98, 37.01, 36.97, 36.97, 37.12, 37.13, 37.14, 37.15, 37.17, 37.12,
        37.12, 37.17, 37.28, 37.28, 37.44, 37.51, 37.64, 37.51, 37.98, 38.02,
        38, 38.24, 38.1, 38.24, 38.11, 38.02, 38.11, 38.01, 37.91, 37.96,
        38.03, 38.17, 38.19, 38.18, 38.15, 38.04, 37.96, 37.84, 37.83, 37.84,
        37.74, 37.76, 37.76, 37.64, 37.63, 38.06, 38.19, 38.35, 38.25, 37.86,
        37.95, 37.95, 37.76, 37.6, 37.89, 37.86, 37.71, 37.78, 37.82, 37.76,
        37.81, 37.84, 38.01, 38.1, 38.15, 37.92, 37.64, 37.7, 37.46, 37.41,
        37.46, 37.56, 37.55, 37.75, 37.76, 37.73, 37.77, 38.01, 38.04, 38.07};
    enum { N = sizeof t / sizeof *t };
    double s2, phi;
    assert_int_equal(dyad_stats_noise_ar1(t, NULL, N, &s2, &phi, NULL), 0);
    assert_near(phi, 0.9, 1e-12);
    double mean = 0, v0 = 0;
    for (size_t i = 0; i < N; i++)
        mean += t[i] / N;
    for (size_t i = 0; i < N; i++)
        v0 += (t[i] - mean) * (t[i] - mean) / N;
    assert_true(s2 * 19 > 2 * v0);   /* the long-run variance, 1.9 / 0.2 */
    dyad_stats_cp_opts o = {0};
    o.outliers = DYAD_OUTLIERS_KEEP;
    o.season = DYAD_SEASON_OFF;
    double scale;
    assert_int_equal(dyad_stats_cp_scale(t, NULL, N, &o, &scale, NULL), 0);
    assert_rel(scale, v0, 1e-9, "the variance about the mean");
    /* at the defaults (outliers clipped, season looked for) */
    dyad_stats_shift *sh = NULL;
    size_t k = 0;
    assert_int_equal(dyad_stats_changepoints(t, NULL, N, NULL, &sh, &k,
                                             NULL, NULL), 0);
    assert_int_equal(k, 1);
    assert_true(sh[0].index >= 35 && sh[0].index <= 41);
    assert_true(sh[0].diff > 0.6);
    dyad_free(sh);
}

/* A step of 40 noise SDs in values typed to one decimal, as a new user
 * tries the tool: found at the defaults. The noise's MAD was the mean of
 * two middle deviations, one of them 0 (ties), so the noise came out at
 * half its SD; the search cut after nearly every value, and alpha's
 * pruning (single values have no p-value and go first) took the step
 * with the rest: no shift at all. */
static void test_stats_coarse_step(void **state)
{
    (void)state;
    static const double y[] = {5, 5.1, 5.2, 5.1, 5, 5.2,
                               9, 9.1, 9.2, 9, 9.1};
    dyad_stats_cp_opts o = {0};
    for (int bends = 0; bends < 2; bends++) {
        o.bends = bends ? DYAD_BENDS_FIND : DYAD_BENDS_OFF;
        dyad_stats_shift *sh = NULL;
        size_t k = 0;
        assert_int_equal(dyad_stats_changepoints(y, NULL, 11, &o, &sh, &k,
                                                 NULL, NULL), 0);
        assert_int_equal(k, 1);
        assert_int_equal(sh[0].index, 6);
        assert_near(sh[0].mean_after - sh[0].mean_before, 3.98, 1e-9);
        assert_true(sh[0].p_value < 1e-10);
        dyad_free(sh);
    }
}

/* The bend shifts (trend set) of y[0..n-1] at the defaults with bends
 * found, weights w (NULL: none), into at[0..] (room for n); their count. */
static size_t bends_of(const double *y, const double *w, size_t n,
                       size_t *at)
{
    dyad_stats_cp_opts o = {0};
    o.bends = DYAD_BENDS_FIND;
    dyad_stats_shift *sh = NULL;
    size_t k = 0, nb = 0;
    assert_int_equal(dyad_stats_changepoints(y, w, n, &o, &sh, &k, NULL,
                                             NULL), 0);
    for (size_t j = 0; j < k; j++)
        if (sh[j].trend)
            at[nb++] = sh[j].index;
    dyad_free(sh);
    return nb;
}

/* Changes of trend (DYAD_BENDS_FIND): a turn that levels cannot see
 * is one shift of kind trend with its own test; a smooth curve, and a
 * bend too slight to see on a plot of the series, are none; episodes and
 * the default ignore them. */
static void test_stats_bends(void **state)
{
    (void)state;
    enum { N = 150 };
    double y[N];
    rng_seed(21);
    /* up 0.2 a value to 90, then flat: no step anywhere, and the level
     * search finds none */
    for (size_t i = 0; i < N; i++)
        y[i] = (i < 90 ? 0.2 * (double)i : 18) + 0.5 * gauss();
    dyad_stats_cp_opts o = {0};
    o.bends = DYAD_BENDS_FIND;
    dyad_stats_shift *sh = NULL;
    size_t k = 0;
    assert_int_equal(dyad_stats_changepoints(y, NULL, N, &o, &sh, &k, NULL,
                                             NULL), 0);
    size_t trends = 0;
    for (size_t j = 0; j < k; j++)
        if (sh[j].trend) {
            trends++;
            assert_true(sh[j].index >= 87 && sh[j].index <= 93);
            assert_true(sh[j].p_value < 1e-6);
            assert_true(isnan(sh[j].t));
        }
    assert_int_equal(trends, 1);
    /* the same in any unit: at 1e150 the lines' sums of squares of
     * the values as given overflowed, and the bend went to 55 */
    for (int e = -150; e <= 150; e += 300) {
        double z[N];
        dyad_stats_shift *sz = NULL;
        size_t kz = 0;
        for (size_t i = 0; i < N; i++)
            z[i] = y[i] * pow(10, e);
        assert_int_equal(dyad_stats_changepoints(z, NULL, N, &o, &sz, &kz,
                                                 NULL, NULL), 0);
        assert_int_equal(kz, k);
        for (size_t j = 0; j < k; j++) {
            assert_int_equal(sz[j].index, sh[j].index);
            assert_int_equal(sz[j].trend, sh[j].trend);
        }
        dyad_free(sz);
    }
    dyad_free(sh);
    /* the default: levels only */
    o.bends = DYAD_BENDS_OFF;
    assert_int_equal(dyad_stats_changepoints(y, NULL, N, &o, &sh, &k, NULL,
                                             NULL), 0);
    assert_int_equal(k, 0);
    dyad_free(sh);
    /* episodes are of levels: the same with and without */
    dyad_stats_episode *ea, *eb;
    size_t na, nb;
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &ea, &na, NULL), 0);
    o.bends = DYAD_BENDS_FIND;
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &eb, &nb, NULL), 0);
    assert_int_equal(na, nb);
    for (size_t j = 0; j < na; j++)
        assert_int_equal(ea[j].start, eb[j].start);
    dyad_free(ea);
    dyad_free(eb);
    /* a smooth curve (a quadratic) is no bend */
    for (size_t i = 0; i < N; i++)
        y[i] = 0.004 * ((double)i - 75) * ((double)i - 75) + 0.5 * gauss();
    assert_int_equal(dyad_stats_changepoints(y, NULL, N, &o, &sh, &k, NULL,
                                             NULL), 0);
    for (size_t j = 0; j < k; j++)
        assert_false(sh[j].trend);
    dyad_free(sh);
    /* a slope 2% steeper from 75, on noise of 0.01: far beyond the noise,
     * but under DYAD_BEND_VISIBLE of the series' variance; three times
     * as steep is seen */
    for (double g = 0.02; g < 3; g += 1.98) {
        for (size_t i = 0; i < N; i++)
            y[i] = (i < 75 ? (double)i : 75 + (1 + g) * (double)(i - 75)) +
                   0.01 * gauss();
        assert_int_equal(dyad_stats_changepoints(y, NULL, N, &o, &sh, &k,
                                                 NULL, NULL), 0);
        trends = 0;
        for (size_t j = 0; j < k; j++)
            trends += (size_t)sh[j].trend;
        assert_int_equal(trends, g < 1 ? 0 : 1);
        dyad_free(sh);
    }
    /* China's agricultural income 1952-88 (R's AER::ChinaIncome): the
     * Great Leap's collapse from 1959, the recovery's end in 1964 and the
     * reforms' growth from 1982; 37 years, a trend that bends, whose
     * segments of 10 or more are searched with its lines' noise */
    static const double agr[] = {
        100, 101.6, 103.3, 111.5, 116.5, 120.1, 120.3, 100.6, 83.6, 84.7,
        88.7, 98.9, 111.9, 122.9, 131.9, 134.2, 131.6, 132.2, 139.8, 142,
        140.5, 153.1, 159.2, 162.3, 159.1, 155.1, 161.2, 171.5, 168.4, 180.4,
        201.6, 218.7, 247, 253.7, 261.4, 273.2, 279.4};
    enum { NA = sizeof agr / sizeof *agr };
    static const size_t agr_at[] = {7, 12, 30};
    assert_int_equal(dyad_stats_changepoints(agr, NULL, NA, &o, &sh, &k,
                                             NULL, NULL), 0);
    assert_int_equal(k, 3);
    for (size_t j = 0; j < k; j++) {
        assert_int_equal(sh[j].index, agr_at[j]);
        assert_true(sh[j].trend);
    }
    assert_true(sh[0].p_value < 1e-5);
    dyad_free(sh);
    /* the same by half-years (73 values, beyond the short series' rule):
     * no one split beats the quadratic; two do, as three lines at twice
     * the penalty, with one test for both */
    double agr2[2 * NA - 1];
    for (size_t i = 0; i < NA; i++) {
        agr2[2 * i] = agr[i];
        if (i + 1 < NA)
            agr2[2 * i + 1] = (agr[i] + agr[i + 1]) / 2;
    }
    assert_int_equal(dyad_stats_changepoints(agr2, NULL, 2 * NA - 1, &o, &sh,
                                             &k, NULL, NULL), 0);
    assert_int_equal(k, 2);
    assert_int_equal(sh[0].index, 14);
    assert_int_equal(sh[1].index, 60);
    assert_true(sh[0].trend && sh[1].trend);
    assert_true(sh[0].p_value < 1e-5);
    assert_true(sh[0].p_value == sh[1].p_value);
    dyad_free(sh);
    /* values that repeat: 0 but in winter, a burst of a few months of
     * varying size (freezing degree days), 40 years; the lag
     * differences' MAD is 0 and the quadratic's residuals have next to
     * none, so every burst was a bend (21 before): the noise is at least
     * the series' own */
    {
        enum { NW = 480 };
        double fdd[NW];
        for (size_t i = 0; i < NW; i++) {
            double big = unif() < 0.1 ? 5 : 1;
            fdd[i] = i % 12 < 3 ? -log(unif()) * big : 0;
        }
        size_t at[NW], bursts = bends_of(fdd, NULL, NW, at);
        print_message("    bends in bursts: %zu\n", bursts);
        assert_true(bursts <= 4);
    }
    o.bends = 2;
    assert_int_equal(dyad_stats_changepoints(y, NULL, N, &o, &sh, &k, NULL,
                                             NULL), DYAD_EINVAL);
}

/* The shifts of counts c out of totals t under the binomial cost at the
 * defaults (dispersion disp, 0: estimated), into *sh; their number. */
static size_t binomial_shifts(const double *c, const double *t, size_t n,
                              double disp, dyad_stats_shift **sh)
{
    dyad_stats_cp_opts o = {0};
    o.cost = DYAD_COST_BINOMIAL;
    o.dispersion = disp;
    size_t k = 0;
    assert_int_equal(dyad_stats_changepoints(c, t, n, &o, sh, &k, NULL,
                                             NULL), 0);
    return k;
}

/* From 30 to 59 values, a trend that bends is searched with the noise
 * of its piecewise lines, and in segments of 10 or more; a straight
 * trend or stationary noise is not. */
static void test_stats_bends_short(void **state)
{
    (void)state;
    /* China's commercial income 1952-88 (R's AER::ChinaIncome): the fall
     * of 1961 and the growth from 1976, which one quadratic's residuals
     * (the AR(1) fit at its cap) hid; in any unit, and with weights */
    static const double com[] = {
        100, 133, 136.4, 137.5, 146.6, 146.6, 155.9, 170.3, 164.1, 130.1,
        117.7, 120.8, 123.9, 128, 155.9, 164.1, 151.8, 179.6, 199.2, 201.2,
        208, 224.5, 220.6, 220.6, 214.8, 242, 296.4, 316.8, 318.8, 379.4,
        397.5, 449.1, 499.5, 593.7, 636.3, 715, 760.8};
    enum { NC = sizeof com / sizeof *com, N = 45, REPS = 40 };
    size_t at[N];
    double y[N], w[N];
    for (int form = 0; form < 3; form++) {
        for (size_t i = 0; i < NC; i++) {
            y[i] = form == 1 ? 1e6 * com[i] + 1e9 : com[i];
            w[i] = 2;
        }
        assert_int_equal(bends_of(y, form == 2 ? w : NULL, NC, at), 2);
        assert_int_equal(at[0], 9);
        assert_int_equal(at[1], 24);
    }
    /* 40 trends of 45 values that bend twice (flat for 15, up 20 SDs
     * over 15, down 10 over 15) in white noise: both bends found within
     * 2 in 21 (in none before these rules); 40 straight trends of 20 SDs
     * in AR(1) noise of phi 0.5, and 40 stationary ones: 3 bends each
     * (2 and 3 before) */
    rng_seed(77);
    size_t both = 0, straight = 0, flat = 0;
    for (int r = 0; r < REPS; r++) {
        for (size_t i = 0; i < N; i++)
            y[i] = (i < 15 ? 0 : i < 30 ? 20.0 * (double)(i - 15) / 15
                                        : 20 - 10.0 * (double)(i - 30) / 15) +
                   gauss();
        size_t nb = bends_of(y, NULL, N, at), hit = 0;
        for (size_t j = 0; j < nb; j++)
            hit += (at[j] + 2 >= 15 && at[j] <= 17) ||
                   (at[j] + 2 >= 30 && at[j] <= 32);
        both += hit >= 2;
        double e = gauss();
        for (size_t i = 0; i < N; i++) {
            y[i] = e;
            e = 0.5 * e + sqrt(0.75) * gauss();
        }
        flat += bends_of(y, NULL, N, at);
        for (size_t i = 0; i < N; i++)
            y[i] += 20.0 * (double)i / N;
        straight += bends_of(y, NULL, N, at);
    }
    print_message("    bends short: both found %zu of %d; bends in %d "
                  "straight trends %zu, in stationary noise %zu\n",
                  both, REPS, REPS, straight, flat);
    assert_true(both >= 10);
    assert_true(straight <= 8);
    assert_true(flat <= 8);
}

/* Long stationary series: the shifts their own AR(p) dynamics explain
 * are dropped. 600 values of AR(2) noise with two real roots (0.74 and
 * 0.47, as El Nino's monthly temperatures fit): a model of levels with
 * AR(1) noise cut these 20 into 54 shifts (measured with the rule
 * switched off); with it, they give 0 and the test allows 2. Steps of 3
 * marginal SDs at 300 in AR(1) noise of phi 0.8, or in cyclic AR(2)
 * noise (1.3, -0.6), stay found (19 and 20 of 20 within 5, as without
 * the rule). */
static void test_stats_dynamics(void **state)
{
    (void)state;
    enum { N = 600, REPS = 20 };
    static double y[N + 200];
    static const double form[3][3] = {
        {1.2, -0.35, 0}, {0.8, 0, 3}, {1.3, -0.6, 3}};
    size_t total[3] = {0}, hit[3] = {0};
    for (int f = 0; f < 3; f++) {
        rng_seed(4100 + (unsigned)f);
        for (int r = 0; r < REPS; r++) {
            y[0] = y[1] = 0;
            for (size_t i = 2; i < N + 200; i++)
                y[i] = form[f][0] * y[i - 1] + form[f][1] * y[i - 2] +
                       gauss();
            double *z = y + 200, sd = 0;
            for (size_t i = 0; i < N; i++)
                sd += z[i] * z[i];
            sd = sqrt(sd / N);
            for (size_t i = 0; i < N; i++)
                z[i] = z[i] / sd + (i >= 300 ? form[f][2] : 0);
            dyad_stats_shift *sh = NULL;
            size_t ns = 0;
            dyad_stats_cp_opts o = {0};
            assert_int_equal(dyad_stats_changepoints(z, NULL, N, &o, &sh,
                                                     &ns, NULL, NULL), 0);
            total[f] += ns;
            for (size_t j = 0; j < ns; j++)
                if (sh[j].index + 5 >= 300 && sh[j].index <= 305) {
                    hit[f]++;
                    break;
                }
            dyad_free(sh);
        }
    }
    print_message("    dynamics: %zu shifts in %d AR(2) series; steps "
                  "found %zu (AR(1)) and %zu (cyclic AR(2)) of %d\n",
                  total[0], REPS, hit[1], hit[2], REPS);
    assert_true(total[0] <= 2);
    assert_true(hit[1] >= 16);
    assert_true(hit[2] >= 16);
    assert_true(total[1] <= REPS + 6 && total[2] <= REPS + 6);
}

/* Many levels: segments of 8 values or more (20 on average, exponential),
 * levels 0, 2.5, 5 or 7.5 noise SDs, adjacent ones apart. The steps fill
 * the long lags' differences, which the AR(1) fit read as persistence:
 * 1-5 of the 20-35 steps were found in 400-800 values (from 500 values
 * the dynamics rule then took those too). A white reading weighed as
 * levels with AR(1) errors finds most: the test asks 85% within 2 and
 * at most 10% more shifts than steps. Random walks with white noise
 * (local levels, no step) stay below one shift per 100 values in all. */
/* The number of shifts dyad_stats_changepoints finds in y[0..n-1] at
 * its defaults, their indexes into at (NULL: not kept). */
static size_t default_shifts(const double *y, size_t n, size_t *at)
{
    dyad_stats_shift *sh = NULL;
    size_t ns = 0;
    dyad_stats_cp_opts o = {0};
    assert_int_equal(dyad_stats_changepoints(y, NULL, n, &o, &sh, &ns, NULL,
                                             NULL), 0);
    for (size_t j = 0; at && j < ns; j++)
        at[j] = sh[j].index;
    dyad_free(sh);
    return ns;
}

static void test_stats_many_levels(void **state)
{
    (void)state;
    enum { SEGS = 25, MAXN = 4000, REPS = 10 };
    static double y[MAXN];
    static size_t truth[SEGS], at[MAXN];
    size_t steps = 0, found = 0, shifts = 0;
    rng_seed(5150);
    for (int r = 0; r < REPS; r++) {
        size_t n = 0, nt = 0;
        int level = -1;
        for (int s = 0; s < SEGS; s++) {
            size_t len = 15 + (size_t)(-15 * log(unif()));
            int lv;
            do
                lv = (int)unif_int(0, 3);
            while (lv == level);
            if (level >= 0)
                truth[nt++] = n;
            level = lv;
            for (size_t i = 0; i < len && n < MAXN; i++)
                y[n++] = 2.5 * lv + gauss();
        }
        size_t ns = default_shifts(y, n, at);
        steps += nt;
        shifts += ns;
        for (size_t t = 0; t < nt; t++)
            for (size_t j = 0; j < ns; j++)
                if (at[j] + 2 >= truth[t] && at[j] <= truth[t] + 2) {
                    found++;
                    break;
                }
    }
    size_t rw = 0;
    enum { RWN = 200 };
    for (int r = 0; r < REPS; r++) {
        double level = 0;
        for (size_t i = 0; i < RWN; i++) {
            level += gauss();
            y[i] = level + 2 * gauss();
        }
        rw += default_shifts(y, RWN, NULL);
    }
    print_message("    many levels: %zu of %zu steps found, %zu shifts; "
                  "%zu shifts in %d random walks of %d with noise\n",
                  found, steps, shifts, rw, REPS, RWN);
    assert_true(found * 100 >= steps * 70);
    assert_true(shifts * 10 <= steps * 11);
    assert_true(rw * 100 < (size_t)REPS * RWN);
}

/* A short series: 14 weeks of Reuters-21578 articles with USA-JPN conflict
 * events out of all articles stored in the week, the semiconductor dispute
 * of spring 1987 rising for 6 weeks from the week of 23 Mar. Under 30
 * values phi is not estimated (the lag 1-3 variances of the rise fitted
 * phi 0.9 and a dispersion of 752: nothing found); the rise is found,
 * from index 4, as with --noise white. */
static void test_stats_short_series_no_ar1(void **state)
{
    (void)state;
    static const double c[] = {1, 5, 7, 11, 23, 55, 33, 20, 9, 9, 6, 2, 2, 3};
    static const double t[] = {268, 1452, 1163, 1516, 1671, 2079, 1841, 655,
                               184, 150, 681, 660, 250, 980};
    enum { N = sizeof c / sizeof *c };
    double d, ph;
    assert_int_equal(dyad_stats_dispersion(c, t, N, DYAD_COST_BINOMIAL, &d,
                                           &ph, NULL), 0);
    assert_true(ph == 0);
    assert_true(d < 5);   /* 752 with phi fitted */
    dyad_stats_shift *sh = NULL;
    size_t k = binomial_shifts(c, t, N, 0, &sh);
    assert_true(k >= 2);
    assert_int_equal(sh[0].index, 4);
    assert_true(sh[0].diff > 0);
    dyad_free(sh);
    /* AR(1) estimated from 30 values on */
    double y[30];
    rng_seed(31);
    double e = 0;
    for (size_t i = 0; i < 30; i++) {
        e = 0.8 * e + gauss();
        y[i] = e;
    }
    assert_int_equal(dyad_stats_noise_ar1(y, NULL, 30, &d, &ph, NULL), 0);
    assert_true(ph > 0);
    assert_int_equal(dyad_stats_noise_ar1(y, NULL, 29, &d, &ph, NULL), 0);
    assert_true(ph == 0);
}

/* A war that stays in the news: weekly counts out of about 2,000
 * articles, 3 a week for half a year, then 40 a week with the spread of a
 * negative binomial (shape 3: weeks of 14 to 119). One dispersion for the
 * series took the quiet weeks' and cut out the weeks of 117 and 119 as
 * four more shifts (38, 39, 45, 46); the dispersion that grows with the
 * level (count_slope) leaves the one shift, the war. */
/* The weekly counts of a war (negative binomial, shape 3) of the two
 * tests below. */
static const double war_counts[] = {
        1,  1,  1,  0,  5,  0,  2,  3,   2,  0,  4,   0,  2,  2,
        5,  2,  2,  6,  3,  9,  2,  2,   2,  3,  0,   2,  77, 42,
        35, 21, 58, 14, 43, 52, 81, 30,  64, 66, 117, 23, 40, 24,
        22, 19, 39, 119, 22, 69, 35, 58, 26, 39, 39};

static void test_stats_count_dispersion_grows(void **state)
{
    (void)state;
    const double *c = war_counts;
    static const double t[] = {
        1869, 1821, 2056, 1626, 1899, 2257, 1782, 1950, 1728, 2049, 1685,
        1848, 2124, 1875, 1749, 2176, 1910, 2208, 2181, 2049, 1815, 1877,
        1954, 2008, 1953, 2010, 2274, 1645, 2202, 1919, 1887, 1925, 2002,
        1981, 1909, 2103, 2403, 2114, 1710, 2214, 1833, 2257, 1756, 2278,
        2262, 1736, 1721, 1931, 1976, 1891, 1932, 2047, 1616};
    enum { N = sizeof war_counts / sizeof *war_counts };
    dyad_stats_shift *sh = NULL;
    size_t k = binomial_shifts(c, t, N, 0, &sh);
    if (k != 1 || sh[0].index != 26 || !(sh[0].diff > 0))
        fail_msg("%zu shifts, the first at %zu", k, k ? sh[0].index : 0);
    dyad_free(sh);
    /* an explicit dispersion is one for the whole series, as before */
    assert_true(binomial_shifts(c, t, N, 2, &sh) > 1);
    dyad_free(sh);
}

/* The cost of a count segment with a dispersion of its own, d + a S /
 * len: its deviance at the rate with half an event added, over that
 * dispersion, plus len log of it (the normalising term of a quasi-
 * likelihood whose scale varies by segment). */
static double ref_own_disp_seg(const double *c, const double *t, size_t a,
                               size_t b, int binomial, double d, double sl)
{
    double C = 0, N = 0, dev = 0;
    for (size_t i = a; i < b; i++) {
        C += c[i];
        N += t[i];
    }
    double r = binomial ? (C + 0.5) / (N + 1) : (C + 0.5) / N;
    for (size_t i = a; i < b; i++) {
        double mu = t[i] * r;
        dev += c[i] > 0 ? c[i] * log(c[i] / mu) : 0;
        if (binomial)
            dev += t[i] > c[i] ? (t[i] - c[i]) *
                                     log((t[i] - c[i]) / (t[i] - mu))
                               : 0;
        else
            dev -= c[i] - mu;
    }
    double len = (double)(b - a), disp = d + sl * C / len;
    return 2 * dev / disp + len * log(disp);
}

static double ref_own_disp_total(const double *c, const double *t, size_t n,
                                 const dyad_stats_shift *sh, size_t k,
                                 int binomial, double d, double sl,
                                 double beta)
{
    double v = (double)k * beta;
    for (size_t j = 0, a = 0; j <= k; j++) {
        size_t b = j < k ? sh[j].index : n;
        v += ref_own_disp_seg(c, t, a, b, binomial, d, sl);
        a = b;
    }
    return v;
}

/* The war of the test above under penalties that give different
 * segmentations: the growth a of the dispersion is not reported, so it
 * is solved for from the cost of the one-segment fit (d from
 * dyad_stats_cp_scale), and that a must give the reported cost of every
 * other segmentation too. */
static void test_stats_count_dispersion_grows_cost(void **state)
{
    (void)state;
    const double *c0 = war_counts;
    enum { N = sizeof war_counts / sizeof *war_counts, NPEN = 5 };
    double t[N], S = 0;
    for (size_t i = 0; i < N; i++) {
        t[i] = 1800 + (double)(i * 37 % 400);
        S += c0[i];
    }
    static const double pens[NPEN] = {1e6, 0, 2, 8, 30};
    for (int binomial = 0; binomial < 2; binomial++) {
        dyad_stats_cp_opts o = {0};
        o.cost = binomial ? DYAD_COST_BINOMIAL : DYAD_COST_POISSON;
        o.penalty = DYAD_PEN_VALUE;
        double d;
        assert_int_equal(dyad_stats_cp_scale(c0, t, N, &o, &d, NULL), 0);
        dyad_stats_shift *sh[NPEN];
        size_t k[NPEN];
        double cost[NPEN];
        int distinct = 0;
        for (size_t p = 0; p < NPEN; p++) {
            o.penalty_value = pens[p];
            assert_int_equal(dyad_stats_changepoints(c0, t, N, &o, &sh[p],
                                                     &k[p], &cost[p], NULL),
                             0);
            distinct += p > 0 && k[p] != k[p - 1];
        }
        assert_int_equal(k[0], 0);
        assert_true(distinct >= 2);   /* not one segmentation throughout */
        /* one segment: cost = D / x + N log x with x = d + a S / N, D its
         * deviance times 2; a root on each side of the minimum at D / N */
        double D = ref_own_disp_seg(c0, t, 0, N, binomial, 1, 0);
        int matched = 0;
        for (int side = 0; side < 2 && !matched; side++) {
            double lo = side ? D / N : 1e-9, hi = D / N;
            if (side)
                while (D / hi + N * log(hi) < cost[0])
                    hi *= 2;
            for (int it = 0; it < 200; it++) {
                double mid = (lo + hi) / 2;
                int below = D / mid + N * log(mid) < cost[0];
                if (below == side)
                    lo = mid;
                else
                    hi = mid;
            }
            double x = (lo + hi) / 2, sl = (x - d) * N / S;
            if (!(sl > 0) ||
                !(fabs(D / x + N * log(x) - cost[0]) <= 1e-9 * cost[0]))
                continue;
            matched = 1;
            for (size_t p = 1; p < NPEN; p++) {
                double ref = ref_own_disp_total(c0, t, N, sh[p], k[p],
                                                binomial, d, sl, pens[p]);
                matched &= fabs(cost[p] - ref) <= 1e-7 * fabs(ref);
            }
        }
        if (!matched)
            fail_msg("binomial %d: no growth of the dispersion from %g "
                     "gives the costs %g, %g, %g, %g, %g",
                     binomial, d, cost[0], cost[1], cost[2], cost[3],
                     cost[4]);
        for (size_t p = 0; p < NPEN; p++)
            dyad_free(sh[p]);
    }
}

/* Beyond OP_MAX values (10,000) a series whose dispersion grows with its
 * level is searched by PELT's rule, no longer exact: 12,000 negative
 * binomial counts (shape 3) switching between 2 and 30 a period every
 * 1,500 give the seven switches, each within a few periods. */
static void test_stats_count_dispersion_grows_long(void **state)
{
    (void)state;
    enum { N = 12000, RUN = 1500 };
    static double c[N], t[N];
    rng_seed(21);
    for (size_t i = 0; i < N; i++) {
        double mu = (i / RUN) % 2 ? 30 : 2;
        c[i] = poisson_draw(mu * gamma_draw(3) / 3);
        t[i] = 2000;
    }
    dyad_stats_shift *sh = NULL;
    size_t k = binomial_shifts(c, t, N, 0, &sh);
    if (k != N / RUN - 1)
        fail_msg("%zu shifts, not %d", k, N / RUN - 1);
    for (size_t j = 0; j < k; j++)
        if (labs((long)sh[j].index - (long)((j + 1) * RUN)) > 3)
            fail_msg("shift %zu at %zu", j, sh[j].index);
    dyad_free(sh);
}

/* Counts are sparse, and take the fixed dispersion 2.198, when more than
 * half their periods hold none: half exactly is not, one more is. */
static void test_stats_sparse_threshold(void **state)
{
    (void)state;
    enum { N = 40 };
    double c[N], t[N];
    rng_seed(77);
    for (size_t i = 0; i < N; i++) {
        t[i] = 1000;
        c[i] = i % 2 ? 0 : (double)(2 + poisson_draw(6));
    }
    double d, ph;
    assert_int_equal(dyad_stats_dispersion(c, t, N, DYAD_COST_BINOMIAL, &d,
                                           &ph, NULL), 0);
    if (!(fabs(d - 2.198) > 0.01))
        fail_msg("20 of 40 empty: D %g, the sparse one", d);
    c[0] = 0;   /* 21 of 40 */
    assert_int_equal(dyad_stats_dispersion(c, t, N, DYAD_COST_BINOMIAL, &d,
                                           &ph, NULL), 0);
    assert_near(d, 2.198, 1e-12);
    assert_true(ph == 0);
}

/* Over-dispersed counts: Poisson with a gamma-distributed mean (negative
 * binomial) of mean mu and shape k has variance mu + mu^2 / k, so D = 1 +
 * mu / k; plain binomial counts have D near 1. */
static void test_stats_dispersion_known(void **state)
{
    (void)state;
    enum { N = 3000 };
    static double c[N], t[N];
    rng_seed(12);
    double mu = 20, shape = 10;   /* D = 3 */
    for (size_t i = 0; i < N; i++)
        c[i] = poisson_draw(mu * gamma_draw(shape) / shape);
    double d, ph;
    assert_int_equal(dyad_stats_dispersion(c, NULL, N, DYAD_COST_POISSON, &d,
                                           &ph, NULL), 0);
    if (fabs(d - 3) > 0.45 || ph > 0.08)
        fail_msg("negative binomial: D %g (true 3), phi %g", d, ph);
    for (size_t i = 0; i < N; i++)
        t[i] = (double)unif_int(100, 200);
    /* at a rate of 0.1 the binomial variance p (1 - p) is within 10% of
     * the Poisson one, p, inside the tolerance; at 0.5 it is half: D near
     * 1 there only with p (1 - p) */
    static const double rates[] = {0.1, 0.5};
    for (size_t r = 0; r < 2; r++) {
        for (size_t i = 0; i < N; i++) {
            c[i] = 0;
            for (int k = 0; k < (int)t[i]; k++)
                c[i] += unif() < rates[r];
        }
        assert_int_equal(dyad_stats_dispersion(c, t, N, DYAD_COST_BINOMIAL,
                                               &d, &ph, NULL), 0);
        if (fabs(d - 1) > 0.15)
            fail_msg("binomial at %g: D %g (true 1)", rates[r], d);
    }
    /* a week-to-week swing of the rate on top: D well above 1, and the
     * costs divide by it */
    for (size_t i = 0; i < N; i++) {
        double r = 0.1 * exp(0.5 * gauss());
        c[i] = 0;
        for (int k = 0; k < (int)t[i]; k++)
            c[i] += unif() < r;
    }
    assert_int_equal(dyad_stats_dispersion(c, t, N, DYAD_COST_BINOMIAL, &d,
                                           &ph, NULL), 0);
    assert_true(d > 2);
    dyad_stats_cp_opts o = {0};
    o.cost = DYAD_COST_BINOMIAL;
    double scale;
    assert_int_equal(dyad_stats_cp_scale(c, t, N, &o, &scale, NULL), 0);
    assert_rel(scale, d * (1 + ph) / (1 - ph), 1e-12, "dispersion");
    /* and find at most one change per 500 periods in it (the swings are
     * log-normal: heavier tails than the quasi-likelihood assumes) */
    dyad_stats_shift *sh;
    size_t ns;
    assert_int_equal(dyad_stats_changepoints(c, t, N, &o, &sh, &ns, NULL,
                                             NULL), 0);
    if (ns > N / 500)
        fail_msg("lognormal rates: %zu shifts, D %g, phi %g", ns, d, ph);
    dyad_free(sh);
    dyad_err err = {0};
    c[3] = t[3] + 1;
    assert_int_equal(dyad_stats_changepoints(c, t, N, &o, &sh, &ns, NULL,
                                             &err), DYAD_EINVAL);
    assert_non_null(strstr(err.msg, "exceeds its total"));
    assert_int_equal(dyad_stats_changepoints(c, NULL, N, &o, &sh, &ns, NULL,
                                             &err), DYAD_EINVAL);
    assert_int_equal(dyad_stats_dispersion(c, t, N, DYAD_COST_MEAN, &d, &ph,
                                           &err), DYAD_EINVAL);
    c[3] = t[3];
    dyad_stats_cp_opts bad = o;
    bad.noise = 7;
    assert_int_equal(dyad_stats_changepoints(c, t, N, &bad, &sh, &ns, NULL,
                                             &err), DYAD_EINVAL);
    bad = o;
    bad.dispersion = -1;
    assert_int_equal(dyad_stats_changepoints(c, t, N, &bad, &sh, &ns, NULL,
                                             &err), DYAD_EINVAL);
    bad = o;
    bad.method = DYAD_CP_CUSUM;
    assert_int_equal(dyad_stats_episodes(c, t, N, &bad, NULL, &ns, &err),
                     DYAD_EINVAL);
    dyad_stats_episode *ep;
    assert_int_equal(dyad_stats_episodes(c, t, N, &bad, &ep, &ns, &err),
                     DYAD_EINVAL);
    assert_null(ep);
    assert_int_equal(ns, 0);
    assert_int_equal(dyad_stats_cp_scale(c, t, N, NULL, &scale, &err),
                     DYAD_OK);   /* NULL options: the MEAN cost */
    bad = o;
    bad.cost = DYAD_COST_MEANVAR;
    assert_int_equal(dyad_stats_cp_scale(c, t, N, &bad, &scale, &err),
                     DYAD_EINVAL);
}

/* Constructed bursts: a spike is one episode (start = peak = end), a
 * burst that decays over several segments is one episode, a dip is one
 * with direction -1; with counts and with means. */
static void test_stats_episodes_bursts(void **state)
{
    (void)state;
    enum { N = 120 };
    static double c[N], t[N], y[N];
    rng_seed(5);
    for (size_t i = 0; i < N; i++) {
        double r = 0.02;
        if (i == 30)
            r = 0.4;   /* spike */
        if (i >= 70 && i < 76)   /* decaying burst */
            r = 0.5 * pow(0.6, (double)(i - 70));
        t[i] = 200;
        c[i] = 0;
        for (int k = 0; k < 200; k++)
            c[i] += unif() < r;
        y[i] = gauss() + (i == 30 ? 12 : 0) +
               (i >= 70 && i < 76 ? 10 * pow(0.7, (double)(i - 70)) : 0) -
               (i >= 100 && i < 104 ? 6 : 0);
    }
    dyad_stats_cp_opts o = {0};
    o.cost = DYAD_COST_BINOMIAL;
    dyad_stats_episode *ep;
    size_t ne;
    assert_int_equal(dyad_stats_episodes(c, t, N, &o, &ep, &ne, NULL), 0);
    assert_int_equal(ne, 2);
    assert_int_equal(ep[0].start, 30);
    assert_int_equal(ep[0].peak, 30);
    assert_int_equal(ep[0].end, 30);
    assert_int_equal(ep[0].direction, 1);
    assert_true(ep[0].size > 5);
    assert_int_equal(ep[1].start, 70);
    assert_int_equal(ep[1].peak, 70);
    assert_true(ep[1].end >= 72 && ep[1].end <= 75);
    assert_true(ep[1].baseline < 0.05 && ep[1].peak_value > 0.3);
    dyad_free(ep);

    /* means: clipped (the default), the spike of one value is an
     * outlier; the burst and the dip are episodes as with the values as
     * given */
    o.cost = DYAD_COST_MEAN;
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &ep, &ne, NULL), 0);
    assert_int_equal(ne, 2);
    assert_int_equal(ep[0].start, 70);
    assert_int_equal(ep[1].start, 100);
    assert_int_equal(ep[1].end, 103);
    dyad_free(ep);
    o.outliers = DYAD_OUTLIERS_KEEP;
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &ep, &ne, NULL), 0);
    assert_int_equal(ne, 3);
    assert_int_equal(ep[0].start, 30);
    assert_int_equal(ep[0].end, 30);
    assert_int_equal(ep[1].start, 70);
    assert_true(ep[1].end >= 71 && ep[1].end <= 75);
    assert_int_equal(ep[1].direction, 1);
    assert_int_equal(ep[2].start, 100);
    assert_int_equal(ep[2].end, 103);
    assert_int_equal(ep[2].direction, -1);
    assert_true(ep[2].size < -4);
    dyad_free(ep);
    /* the shifts of the same series: a spike is two, the burst more */
    dyad_stats_shift *sh;
    size_t ns;
    assert_int_equal(dyad_stats_changepoints(y, NULL, N, &o, &sh, &ns, NULL,
                                             NULL), 0);
    assert_true(ns >= 6);
    dyad_free(sh);
    /* no change, no episode */
    for (size_t i = 0; i < N; i++)
        y[i] = gauss();
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &ep, &ne, NULL), 0);
    assert_int_equal(ne, 0);
    assert_null(ep);
}

/* A burst that falls back three quarters of the way or more ends there
 * even when the level it settles at stays above a near-silent start
 * (Mexico and the USA: from near 0 to a war, then a lasting lower
 * level): near 0 for 40 periods, 10 for 10, then 2 for 50 (beyond the
 * first level, 80% of the way back), then a second burst to 9 from that
 * level: two episodes, 40-49 and 100-109, each with its own baseline
 * (before: one, from 40 to the end). */
static void test_stats_episodes_end_most_of_the_way_back(void **state)
{
    (void)state;
    enum { N = 120 };
    static double y[N];
    rng_seed(17);
    for (size_t i = 0; i < N; i++) {
        double m = i < 40 ? 0 : i < 50 ? 10 : (i >= 100 && i < 110) ? 9 : 2;
        y[i] = m + 0.5 * gauss();
    }
    dyad_stats_cp_opts o = {0};
    o.noise = DYAD_NOISE_WHITE;
    dyad_stats_episode *ep;
    size_t ne;
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &ep, &ne, NULL), 0);
    assert_int_equal(ne, 2);
    assert_int_equal(ep[0].start, 40);
    assert_int_equal(ep[0].end, 49);
    assert_true(fabs(ep[0].baseline) < 0.5);
    assert_int_equal(ep[1].start, 100);
    assert_int_equal(ep[1].end, 109);
    assert_true(fabs(ep[1].baseline - 2) < 0.5);
    assert_int_equal(ep[1].direction, 1);
    dyad_free(ep);
    /* back to the first level after the second burst (Mexico after
     * 1911): the burst's tail, no dip below the level of 50-99 */
    for (size_t i = 110; i < N; i++)
        y[i] -= 2;
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &ep, &ne, NULL), 0);
    assert_int_equal(ne, 2);
    assert_int_equal(ep[1].start, 100);
    assert_int_equal(ep[1].end, 109);
    dyad_free(ep);
    /* past it, by the penalty: a dip */
    for (size_t i = 110; i < N; i++)
        y[i] -= 3;
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &ep, &ne, NULL), 0);
    assert_int_equal(ne, 3);
    assert_int_equal(ep[2].start, 110);
    assert_int_equal(ep[2].direction, -1);
    dyad_free(ep);
    /* a plateau less than three quarters back stays in the episode: 10,
     * then 7 */
    for (size_t i = 50; i < 60; i++)
        y[i] += 5;
    assert_int_equal(dyad_stats_episodes(y, NULL, N, &o, &ep, &ne, NULL), 0);
    assert_int_equal(ep[0].start, 40);
    assert_int_equal(ep[0].end, 59);
    dyad_free(ep);
}

static void test_stats_welch_and_cohen_by_hand(void **state)
{
    (void)state;
    /* a = 1..5, b = 3..7: means 3, 5, variances 2.5; se^2 = 0.5 + 0.5, t =
     * 2, df = 1 / (2 * 0.25 / 4) = 8. For even df, P(T <= t) = 1/2 + x/2
     * sum_{k<4} C(2k,k)/4^k (1-x^2)^k with x = t / sqrt(t^2 + 8) =
     * 1/sqrt3: 1 + 1/3 + 1/6 + 5/54 = 1.5925926, so P = 0.9597419 and the
     * two-sided p = 0.0805162. */
    static const double a[] = {1, 2, 3, 4, 5}, b[] = {3, 4, 5, 6, 7};
    double t, df, p;
    assert_int_equal(dyad_stats_welch(a, 5, b, 5, &t, &df, &p, NULL), 0);
    assert_near(t, 2, 1e-12);
    assert_near(df, 8, 1e-12);
    assert_near(p, 1 - 1.5925925925925926 / sqrt(3), 1e-10);
    assert_near(p, 0.0805162, 1e-7);   /* R: p-value = 0.08052 */
    assert_int_equal(dyad_stats_welch(b, 5, a, 5, &t, NULL, NULL, NULL), 0);
    assert_near(t, -2, 1e-12);
    /* unequal variances: a = 1,2,3 (var 1), b = 2,4,6,8,10 (var 10):
     * se^2 = 1/3 + 2 = 7/3, t = 4 / sqrt(7/3) = 2.6186147, df = (7/3)^2 /
     * ((1/3)^2/2 + 2^2/4) = 5.1578947 */
    static const double c[] = {1, 2, 3}, d[] = {2, 4, 6, 8, 10};
    assert_int_equal(dyad_stats_welch(c, 3, d, 5, &t, &df, &p, NULL), 0);
    assert_near(t, 2.6186147, 1e-7);
    assert_near(df, 5.1578947, 1e-7);
    assert_near(p, 0.04578, 1e-5);   /* R: t.test(d, c): p-value = 0.04578 */
    /* Cohen's d: pooled SD sqrt((10 + 10) / 8) = sqrt(2.5); d = 2 /
     * 1.5811388 = 1.2649111 */
    assert_near(dyad_stats_cohens_d(a, 5, b, 5), 2 / sqrt(2.5), 1e-12);
    assert_near(dyad_stats_cohens_d(b, 5, a, 5), -2 / sqrt(2.5), 1e-12);
    /* c vs d: SS 2 and 40 over 6: d = 4 / sqrt(7) */
    assert_near(dyad_stats_cohens_d(c, 3, d, 5), 4 / sqrt(7), 1e-12);
    assert_true(isnan(dyad_stats_cohens_d(a, 1, b, 1)));
    assert_true(isnan(dyad_stats_cohens_d(a, 0, b, 5)));
    static const double k1[] = {2, 2}, k2[] = {3, 3};
    assert_true(isnan(dyad_stats_cohens_d(k1, 2, k2, 2)));
    /* constant but for rounding (0.1 + 0.2 is 0.30000000000000004): no
     * effect size either, where an SD of 3e-17 made d about 1e16 */
    const double r1[] = {0.1 + 0.2, 0.3, 0.3}, r2[] = {0.7, 0.7, 0.7};
    assert_true(r1[0] != r1[1]);
    assert_true(isnan(dyad_stats_cohens_d(r1, 3, r2, 3)));
    /* constant samples */
    assert_int_equal(dyad_stats_welch(k1, 2, k2, 2, &t, &df, &p, NULL), 0);
    assert_true(isinf(t) && t > 0);
    assert_near(p, 0, 0);
    assert_near(df, 2, 0);   /* na + nb - 2 */
    assert_int_equal(dyad_stats_welch(k1, 2, k1, 2, &t, &df, &p, NULL), 0);
    assert_near(t, 0, 0);
    assert_near(p, 1, 0);
    /* errors */
    dyad_err err = {0};
    assert_int_equal(dyad_stats_welch(a, 1, b, 5, &t, &df, &p, &err),
                     DYAD_EINVAL);
    assert_int_equal(err.code, DYAD_EINVAL);
    static const double bad[] = {1, NAN, 3};
    assert_int_equal(dyad_stats_welch(a, 5, bad, 3, &t, &df, &p, &err),
                     DYAD_EINVAL);
    assert_true(isnan(dyad_stats_cohens_d(a, 5, bad, 3)));
}

/* --- trends --- */

static void test_stats_ols_by_hand(void **state)
{
    (void)state;
    /* x = 1..5, y = 2,4,5,4,5: Sxx = 10, Sxy = 6, slope 0.6, intercept 4 -
     * 0.6 * 3 = 2.2; residuals -0.8, 0.6, 1, -0.6, -0.2, SSE 2.4, s^2 =
     * 0.8, se = sqrt(0.08) = 0.2828427; t(0.975, 3) = 3.1824463 (tables),
     * CI 0.6 -+ 0.9001298; R^2 = 1 - 2.4 / 6 = 0.6. t = 2.1213203; for 3
     * df, P(T <= t) = 1/2 + (u / (1 + u^2) + atan u) / pi, u = t / sqrt3,
     * so p = 1 - 2 (u / (1 + u^2) + atan u) / pi = 0.1240 */
    static const double x[] = {1, 2, 3, 4, 5}, y[] = {2, 4, 5, 4, 5};
    dyad_stats_ols_fit f;
    assert_int_equal(dyad_stats_ols(x, y, NULL, 5, &f, NULL), 0);
    assert_int_equal(f.n, 5);
    assert_near(f.slope, 0.6, 1e-12);
    assert_near(f.intercept, 2.2, 1e-12);
    assert_near(f.slope_se, sqrt(0.08), 1e-12);
    assert_near(f.slope_lo, 0.6 - 3.1824463 * sqrt(0.08), 1e-6);
    assert_near(f.slope_hi, 0.6 + 3.1824463 * sqrt(0.08), 1e-6);
    assert_near(f.slope_lo, -0.3001317, 1e-7);   /* R: confint(lm) */
    assert_near(f.slope_hi, 1.500132, 1e-6);
    assert_near(f.r2, 0.6, 1e-12);
    double u = 0.6 / sqrt(0.08) / sqrt(3);
    assert_near(f.p_value, 1 - 2 * (u / (1 + u * u) + atan(u)) / PI, 1e-9);
    assert_near(f.p_value, 0.1240271, 1e-7);   /* R: lm, Pr(>|t|) */
    /* x NULL: 0..4, the same slope, intercept 2.2 + 0.6 */
    assert_int_equal(dyad_stats_ols(NULL, y, NULL, 5, &f, NULL), 0);
    assert_near(f.slope, 0.6, 1e-12);
    assert_near(f.intercept, 2.8, 1e-12);
    /* equal weights, of any size, are no weights */
    static const double w3[] = {3, 3, 3, 3, 3};
    assert_int_equal(dyad_stats_ols(x, y, w3, 5, &f, NULL), 0);
    assert_near(f.slope, 0.6, 1e-12);
    assert_near(f.slope_se, sqrt(0.08), 1e-12);
    assert_near(f.r2, 0.6, 1e-12);
    /* weighted: x = 0,1,2, y = 0,1,3, w = 1,1,2. W = 4, xbar = 1.25, ybar
     * = 1.75, Sxx = 2.75, Sxy = 4.25: slope 17/11 = 1.5454545, intercept
     * 1.75 - 1.25 * 17/11 = -2/11; weighted residuals 2/11, -4/11, 1/11:
     * chisq = 4/121 + 16/121 + 2/121 = 2/11, s^2 = 2/11 (1 df), se^2 =
     * s^2 / Sxx = 8/121, se = 0.2571297; t(0.975, 1) = 12.7062047; R^2 =
     * 1 - (2/11) / 6.75 = 0.9730640 */
    static const double x2[] = {0, 1, 2}, y2[] = {0, 1, 3}, w2[] = {1, 1, 2};
    assert_int_equal(dyad_stats_ols(x2, y2, w2, 3, &f, NULL), 0);
    assert_near(f.slope, 17.0 / 11, 1e-12);
    assert_near(f.intercept, -2.0 / 11, 1e-12);
    assert_near(f.slope_se, sqrt(8.0 / 121), 1e-12);
    assert_near(f.slope_hi - f.slope, 12.7062047 * sqrt(8.0 / 121), 1e-6);
    /* R: confint(lm(y ~ x, weights = w)) gives -1.721689 .. 4.812598 */
    assert_near(f.slope_lo, -1.721689, 1e-6);
    assert_near(f.slope_hi, 4.812598, 1e-6);
    assert_near(f.p_value, 0.1049581, 1e-7);
    assert_near(f.r2, 1 - (2.0 / 11) / 6.75, 1e-12);
    /* a perfect line */
    static const double y3[] = {1, 3, 5, 7, 9};
    assert_int_equal(dyad_stats_ols(x, y3, NULL, 5, &f, NULL), 0);
    assert_near(f.slope, 2, 1e-12);
    assert_near(f.slope_se, 0, 1e-7);
    assert_near(f.r2, 1, 1e-12);
    assert_true(f.p_value < 1e-6);
    /* errors */
    dyad_err err = {0};
    assert_int_equal(dyad_stats_ols(x, y, NULL, 2, &f, &err), DYAD_EINVAL);
    static const double xs[] = {2, 2, 2};
    assert_int_equal(dyad_stats_ols(xs, y, NULL, 3, &f, &err), DYAD_EMATH);
    static const double yn[] = {1, NAN, 3};
    assert_int_equal(dyad_stats_ols(x, yn, NULL, 3, &f, &err), DYAD_EINVAL);
    static const double w0[] = {1, 0, 1};
    assert_int_equal(dyad_stats_ols(x, y, w0, 3, &f, &err), DYAD_EINVAL);
    assert_int_equal(dyad_stats_ols(xs, yn, NULL, 0, &f, &err), DYAD_EINVAL);
}

static void test_stats_mann_kendall_by_hand(void **state)
{
    (void)state;
    /* y = 1,2,2,3,5,4. Signs of y[j] - y[i], i < j: from 1: +5; from the
     * first 2: 0,+,+,+ = 3; from the second 2: +3; from 3: +2; from 5: -1.
     * S = 12. Var = (6*5*17 - 2*1*9) / 18 = 492/18 = 27.333; z = 11 /
     * sqrt(27.333) = 2.1040032; p = erfc(z / sqrt2) = 0.0353782. tau-b = 12
     * / sqrt(15 * 14) = 0.8280787. */
    static const double y[] = {1, 2, 2, 3, 5, 4};
    dyad_stats_mk mk;
    assert_int_equal(dyad_stats_mann_kendall(y, 6, &mk, NULL), 0);
    assert_int_equal(mk.n, 6);
    assert_near(mk.s, 12, 0);
    assert_near(mk.var_s, 492.0 / 18, 1e-12);
    assert_near(mk.z, 11 / sqrt(492.0 / 18), 1e-12);
    assert_near(mk.p_value, erfc(11 / sqrt(492.0 / 18) / sqrt(2)), 1e-12);
    assert_near(mk.p_value, 0.0353782, 1e-7);
    assert_near(mk.tau, 12 / sqrt(15.0 * 14), 1e-12);
    /* decreasing, no ties: S = -10, var = 5*4*15/18, z = -9/sqrt(var),
     * tau = -1 */
    static const double d[] = {5, 4, 3, 2, 1};
    assert_int_equal(dyad_stats_mann_kendall(d, 5, &mk, NULL), 0);
    assert_near(mk.s, -10, 0);
    assert_near(mk.z, -9 / sqrt(300.0 / 18), 1e-12);
    assert_near(mk.tau, -1, 1e-12);
    /* all equal */
    static const double e[] = {2, 2, 2, 2};
    assert_int_equal(dyad_stats_mann_kendall(e, 4, &mk, NULL), 0);
    assert_near(mk.s, 0, 0);
    assert_near(mk.z, 0, 0);
    assert_near(mk.p_value, 1, 0);
    assert_true(isnan(mk.tau));

    /* O(n log n) S against the O(n^2) definition, with many ties */
    static double r[700];
    rng_seed(3);
    for (int it = 0; it < 30; it++) {
        size_t n = unif_int(3, 700);
        for (size_t i = 0; i < n; i++)
            r[i] = (double)unif_int(0, it % 2 ? 5 : 1000) + 0.01 * (double)i *
                                                             (it % 3 == 0);
        double s = 0;
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                s += (r[j] > r[i]) - (r[j] < r[i]);
        double corr = 0;
        for (size_t i = 0; i < n; i++) {
            size_t t = 0, first = 1;
            for (size_t j = 0; j < n; j++) {
                if (r[j] == r[i]) {
                    t++;
                    if (j < i)
                        first = 0;
                }
            }
            if (first)
                corr += (double)t * (double)(t - 1) * (double)(2 * t + 5);
        }
        double dn = (double)n;
        assert_int_equal(dyad_stats_mann_kendall(r, n, &mk, NULL), 0);
        assert_near(mk.s, s, 0);
        assert_near(mk.var_s, (dn * (dn - 1) * (2 * dn + 5) - corr) / 18,
                    1e-6);
    }
    dyad_err err = {0};
    assert_int_equal(dyad_stats_mann_kendall(y, 2, &mk, &err), DYAD_EINVAL);
    static const double yn[] = {1, 2, INFINITY, 3};
    assert_int_equal(dyad_stats_mann_kendall(yn, 4, &mk, &err), DYAD_EINVAL);
}

static int cmp_dbl(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Sen's slope from all pairwise slopes, sorted here. */
static void ref_sen(const double *x, const double *y, size_t n,
                    dyad_stats_sen *s)
{
    size_t N = 0;
    double *sl = malloc(n * (n - 1) / 2 * sizeof *sl);
    assert_non_null(sl);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            double dx = x ? x[j] - x[i] : (double)j - (double)i;
            if (dx != 0)
                sl[N++] = (y[j] - y[i]) / dx;
        }
    qsort(sl, N, sizeof *sl, cmp_dbl);
    dyad_stats_mk mk;
    assert_int_equal(dyad_stats_mann_kendall(y, n, &mk, NULL), 0);
    double C = 1.959963984540054 * sqrt(mk.var_s);
    double lo = nearbyint(((double)N - C) / 2);
    double hi = nearbyint(((double)N + C) / 2 + 1);
    lo = lo < 1 ? 1 : lo > (double)N ? (double)N : lo;
    hi = hi < 1 ? 1 : hi > (double)N ? (double)N : hi;
    s->slope = N % 2 ? sl[N / 2] : (sl[N / 2 - 1] + sl[N / 2]) / 2;
    s->lo = sl[(size_t)lo - 1];
    s->hi = sl[(size_t)hi - 1];
    s->n_pairs = N;
    free(sl);
}

static void test_stats_sen_slope(void **state)
{
    (void)state;
    /* x = 1..5, y = 2,4,5,4,5: the 10 slopes sorted are -1, 0, 0, 1/3,
     * 2/3, 3/4, 1, 1, 3/2, 2; median (2/3 + 3/4) / 2 = 0.7083333. Var S
     * with two pairs of ties = (300 - 36) / 18 = 14.667, C = 1.959964 *
     * 3.8297084 = 7.5060; ranks round(1.247) = 1 and round(9.753) = 10:
     * CI [-1, 2]. Intercept: median of y - 0.7083333 x = 1.2916667,
     * 2.5833333, 2.875, 1.1666667, 1.4583333 -> 1.4583333. */
    static const double x[] = {1, 2, 3, 4, 5}, y[] = {2, 4, 5, 4, 5};
    dyad_stats_sen s;
    assert_int_equal(dyad_stats_sen_slope(x, y, 5, &s, NULL), 0);
    assert_near(s.slope, (2.0 / 3 + 0.75) / 2, 1e-12);
    assert_near(s.lo, -1, 1e-12);
    assert_near(s.hi, 2, 1e-12);
    assert_near(s.intercept, 5 - 5 * (2.0 / 3 + 0.75) / 2, 1e-12);
    assert_int_equal(s.n_pairs, 10);
    /* x NULL is 0..n-1: the same slope */
    assert_int_equal(dyad_stats_sen_slope(NULL, y, 5, &s, NULL), 0);
    assert_near(s.slope, (2.0 / 3 + 0.75) / 2, 1e-12);
    /* pairs with equal x have no slope */
    static const double xt[] = {1, 1, 2, 3}, yt[] = {0, 5, 1, 2};
    /* slopes: (1,2): 1, (1,3): 1, (5,1): -4, (5,2): -1.5, (1,2): 1 ->
     * -4, -1.5, 1, 1, 1: median 1 */
    assert_int_equal(dyad_stats_sen_slope(xt, yt, 4, &s, NULL), 0);
    assert_int_equal(s.n_pairs, 5);
    assert_near(s.slope, 1, 0);

    /* against all slopes sorted here, below and above the 2^21 pairs
     * where the library stops storing them */
    static const size_t sizes[] = {40, 300, 2100, 2300};
    for (size_t k = 0; k < 4; k++) {
        size_t n = sizes[k];
        double *xx = malloc(n * sizeof *xx), *yy = malloc(n * sizeof *yy);
        assert_non_null(xx);
        assert_non_null(yy);
        rng_seed(100 + k);
        for (size_t i = 0; i < n; i++) {
            xx[i] = (double)(i / 3);   /* ties in x */
            yy[i] = 0.01 * (double)i + gauss() + (unif() < 0.1 ? 1 : 0);
        }
        for (int withx = 0; withx < 2; withx++) {
            dyad_stats_sen ref;
            ref_sen(withx ? xx : NULL, yy, n, &ref);
            assert_int_equal(dyad_stats_sen_slope(withx ? xx : NULL, yy, n,
                                                  &s, NULL), 0);
            assert_int_equal(s.n_pairs, ref.n_pairs);
            assert_near(s.slope, ref.slope, 0);
            assert_near(s.lo, ref.lo, 0);
            assert_near(s.hi, ref.hi, 0);
            assert_true(s.lo <= s.slope && s.slope <= s.hi);
        }
        free(xx);
        free(yy);
    }
    dyad_err err = {0};
    assert_int_equal(dyad_stats_sen_slope(x, y, 1, &s, &err), DYAD_EINVAL);
    static const double xs[] = {3, 3, 3};
    assert_int_equal(dyad_stats_sen_slope(xs, y, 3, &s, &err), DYAD_EMATH);
    static const double yn[] = {1, NAN, 3};
    assert_int_equal(dyad_stats_sen_slope(x, yn, 3, &s, &err), DYAD_EINVAL);
}

/* --- anomalies --- */

static void test_stats_anomalies_robust_z(void **state)
{
    (void)state;
    /* sorted: 8,9,10,10,10,10,11,11,12,30 -> median 10; |y - 10| sorted
     * 0,0,0,0,1,1,1,2,2,20 -> MAD 1; z(30) = 0.6745 * 20 = 13.49, z(12) =
     * 1.349 */
    static const double y[] = {10, 11, 9, 10, 12, 10, 30, 10, 8, 11};
    dyad_stats_anomaly *a;
    size_t na;
    double med, mad;
    assert_int_equal(dyad_stats_anomalies(y, 10, DYAD_STATS_ANOMALY_Z, &a,
                                          &na, &med, &mad, NULL), 0);
    assert_near(med, 10, 0);
    assert_near(mad, 1, 0);
    assert_int_equal(na, 1);
    assert_int_equal(a[0].index, 6);
    assert_near(a[0].value, 30, 0);
    assert_near(a[0].z, 13.49, 1e-12);
    dyad_free(a);
    /* threshold 1.3: 9, 12, 8, 11s? z(11) = 0.6745 < 1.3; z(12) = 1.349,
     * z(8) = -1.349 */
    assert_int_equal(dyad_stats_anomalies(y, 10, 1.3, &a, &na, NULL, NULL,
                                          NULL), 0);
    assert_int_equal(na, 3);
    assert_int_equal(a[0].index, 4);
    assert_int_equal(a[1].index, 6);
    assert_int_equal(a[2].index, 8);
    assert_near(a[2].z, -1.349, 1e-12);
    dyad_free(a);
    /* MAD 0: median 5, mean |y - 5| = 8 / 8 = 1, z = (y - 5) / 1.253314:
     * 9 -> 3.1915, 1 -> -3.1915 */
    static const double m0[] = {5, 5, 5, 5, 5, 5, 9, 1};
    assert_int_equal(dyad_stats_anomalies(m0, 8, 3, &a, &na, &med, &mad,
                                          NULL), 0);
    assert_near(mad, 0, 0);
    assert_int_equal(na, 2);
    assert_near(a[0].z, 4 / 1.253314, 1e-9);
    assert_near(a[1].z, -4 / 1.253314, 1e-9);
    dyad_free(a);
    /* the mean absolute deviation above is 1, where times and over are
     * one: here 12 / 8 = 1.5, the scale 1.879971, z(13) = 4.2553845 and
     * z(1) = -2.1276922, below 3 */
    static const double m1[] = {5, 5, 5, 5, 5, 5, 13, 1};
    assert_int_equal(dyad_stats_anomalies(m1, 8, 3, &a, &na, &med, &mad,
                                          NULL), 0);
    assert_near(med, 5, 0);
    assert_near(mad, 0, 0);
    assert_int_equal(na, 1);
    assert_int_equal(a[0].index, 6);
    assert_near(a[0].z, 8 / (1.253314 * 1.5), 1e-9);
    dyad_free(a);
    /* an even count, whose two middle values differ: 1..9, 100 has the
     * median 5.5; |y - 5.5| sorted .5,.5,1.5,1.5,2.5,2.5,3.5,3.5,4.5,94.5
     * has the MAD 2.5; z(100) = 0.6745 * 94.5 / 2.5 = 25.49610 */
    static const double ev[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    assert_int_equal(dyad_stats_anomalies(ev, 10, DYAD_STATS_ANOMALY_Z, &a,
                                          &na, &med, &mad, NULL), 0);
    assert_near(med, 5.5, 0);
    assert_near(mad, 2.5, 0);
    assert_int_equal(na, 1);
    assert_int_equal(a[0].index, 9);
    assert_near(a[0].z, 0.6745 * 94.5 / 2.5, 1e-12);
    dyad_free(a);
    /* all equal: nothing */
    static const double c[] = {2, 2, 2};
    a = (void *)1;
    assert_int_equal(dyad_stats_anomalies(c, 3, 1, &a, &na, NULL, NULL, NULL),
                     0);
    assert_int_equal(na, 0);
    assert_null(a);
    /* errors */
    dyad_err err = {0};
    assert_int_equal(dyad_stats_anomalies(y, 0, 3.5, &a, &na, NULL, NULL,
                                          &err), DYAD_EINVAL);
    assert_int_equal(dyad_stats_anomalies(y, 10, 0, &a, &na, NULL, NULL,
                                          &err), DYAD_EINVAL);
    assert_int_equal(dyad_stats_anomalies(y, 10, NAN, &a, &na, NULL, NULL,
                                          &err), DYAD_EINVAL);
    static const double yn[] = {1, NAN};
    assert_int_equal(dyad_stats_anomalies(yn, 2, 3.5, &a, &na, NULL, NULL,
                                          &err), DYAD_EINVAL);
    assert_null(a);
}

/* --- allocation failures --- */

/* Calls fn with the N-th allocation failing, N = 0, 1, ... until it
 * succeeds; every failure must be DYAD_ENOMEM (leaks show under ASan). */
#define ALLOC_LOOP(call, cleanup)                                           \
    do {                                                                    \
        long failures = 0;                                                  \
        int ok = 0;                                                         \
        for (long nth = 0; nth < 10000 && !ok; nth++) {                     \
            dyad_err err = {0};                                             \
            dyad_alloc_fail_after(nth);                                     \
            int rc = (call);                                                \
            dyad_alloc_fail_after(-1);                                      \
            if (rc == DYAD_OK) {                                            \
                ok = 1;                                                     \
            } else {                                                        \
                assert_int_equal(rc, DYAD_ENOMEM);                          \
                assert_int_equal(err.code, DYAD_ENOMEM);                    \
                failures++;                                                 \
            }                                                               \
            cleanup;                                                        \
        }                                                                   \
        assert_true(ok);                                                    \
        assert_true(failures > 0);                                          \
    } while (0)

static void test_stats_alloc_failures(void **state)
{
    (void)state;
    static double y[2300], w[2300];
    rng_seed(1);
    random_series(y, 200, 3, 5, 1);
    for (int i = 0; i < 200; i++)
        w[i] = (double)unif_int(1, 30);
    dyad_stats_shift *sh = NULL;
    size_t ns;
    for (int method = 0; method < 3; method++)
        for (int cost = 0; cost < 2; cost++) {
            if (method == DYAD_CP_CUSUM && cost == DYAD_COST_MEANVAR)
                continue;
            dyad_stats_cp_opts o = {0};
            o.method = method;
            o.cost = cost;
            o.penalty = cost ? DYAD_PEN_MBIC : DYAD_PEN_AIC;
            o.alpha = 0.3;
            ALLOC_LOOP(dyad_stats_changepoints(y, w, 200, &o, &sh, &ns, NULL,
                                               &err),
                       (dyad_free(sh), sh = NULL));
            ALLOC_LOOP(dyad_stats_optimal_partition(y, NULL, 200, &o, &sh,
                                                    &ns, NULL, &err),
                       (dyad_free(sh), sh = NULL));
        }
    /* the bend search: one bend (a rise, then flat) and two at once (a
     * dip mid-trend), weighted and not */
    {
        static double z[150];
        for (int i = 0; i < 150; i++)
            z[i] = (i < 90 ? 0.2 * i : 18) + 0.5 * gauss();
        dyad_stats_cp_opts o = {0};
        o.bends = DYAD_BENDS_FIND;
        ALLOC_LOOP(dyad_stats_changepoints(z, w, 150, &o, &sh, &ns, NULL,
                                           &err),
                   (dyad_free(sh), sh = NULL));
        for (int i = 0; i < 150; i++)
            z[i] = 0.1 * i - (i >= 60 && i < 75 ? 3 - fabs(i - 67.0) / 2.5
                                                   : 0) + 0.2 * gauss();
        ALLOC_LOOP(dyad_stats_changepoints(z, NULL, 150, &o, &sh, &ns, NULL,
                                           &err),
                   (dyad_free(sh), sh = NULL));
    }
    /* 30-59 values, a trend that bends: its lines' noise, weighted and
     * not (the path is taken: both bends are found) */
    {
        static double z[45];
        size_t at[45];
        for (int i = 0; i < 45; i++)
            z[i] = (i < 15   ? 0
                    : i < 30 ? 4.0 * (i - 15) / 3
                             : 20 - 2.0 * (i - 30) / 3) +
                   0.5 * gauss();
        assert_true(bends_of(z, NULL, 45, at) >= 2);
        dyad_stats_cp_opts o = {0};
        o.bends = DYAD_BENDS_FIND;
        ALLOC_LOOP(dyad_stats_changepoints(z, w, 45, &o, &sh, &ns, NULL,
                                           &err),
                   (dyad_free(sh), sh = NULL));
        ALLOC_LOOP(dyad_stats_changepoints(z, NULL, 45, &o, &sh, &ns, NULL,
                                           &err),
                   (dyad_free(sh), sh = NULL));
    }
    /* 600 values of AR(2) noise: the shifts the dynamics explain are
     * dropped (the path is taken: the search's own are there) */
    {
        static double z[800];
        z[0] = z[1] = 0;
        for (int i = 2; i < 800; i++)
            z[i] = 1.2 * z[i - 1] - 0.35 * z[i - 2] + gauss();
        dyad_stats_cp_opts o = {0}, white = {0};
        white.noise = DYAD_NOISE_WHITE;
        assert_int_equal(dyad_stats_changepoints(z + 200, NULL, 600, &white,
                                                 &sh, &ns, NULL, NULL), 0);
        assert_true(ns > 0);
        dyad_free(sh);
        sh = NULL;
        ALLOC_LOOP(dyad_stats_changepoints(z + 200, NULL, 600, &o, &sh, &ns,
                                           NULL, &err),
                   (dyad_free(sh), sh = NULL));
    }
    /* 400 values in 20 levels 20 values long: the white reading is
     * weighed and taken (the path is taken: the lags' reading finds
     * none of the 19 steps, the rule most), weighted and not */
    {
        static double z[400], wz[400];
        static const double lv[4] = {0, 5, 2.5, 7.5};   /* no stairs */
        for (int i = 0; i < 400; i++) {
            z[i] = lv[i / 20 % 4] + gauss();
            wz[i] = (double)unif_int(5, 15);
        }
        dyad_stats_cp_opts o = {0};
        assert_int_equal(dyad_stats_changepoints(z, NULL, 400, &o, &sh, &ns,
                                                 NULL, NULL), 0);
        print_message("    alloc: many levels, %zu of 19 steps\n", ns);
        assert_true(ns >= 15);
        dyad_free(sh);
        sh = NULL;
        ALLOC_LOOP(dyad_stats_changepoints(z, NULL, 400, &o, &sh, &ns, NULL,
                                           &err),
                   (dyad_free(sh), sh = NULL));
        ALLOC_LOOP(dyad_stats_changepoints(z, wz, 400, &o, &sh, &ns, NULL,
                                           &err),
                   (dyad_free(sh), sh = NULL));
    }
    double v;
    ALLOC_LOOP(dyad_stats_noise_var(y, w, 200, &v, &err), (void)0);
    double ph, c[200], t[200];
    ALLOC_LOOP(dyad_stats_noise_ar1(y, w, 200, &v, &ph, &err), (void)0);
    /* 30-59 values: the noise of levels with AR(1) errors */
    ALLOC_LOOP(dyad_stats_noise_segmented(y, w, 45, &v, &ph, &err), (void)0);
    {
        dyad_stats_cp_opts o = {0};
        ALLOC_LOOP(dyad_stats_changepoints(y, w, 45, &o, &sh, &ns, NULL,
                                           &err),
                   (dyad_free(sh), sh = NULL));
    }
    for (int i = 0; i < 200; i++) {
        t[i] = w[i] + 10;
        c[i] = fmin(floor(fabs(y[i]) * 3), t[i]);
    }
    ALLOC_LOOP(dyad_stats_dispersion(c, t, 200, DYAD_COST_BINOMIAL, &v, &ph,
                                     &err), (void)0);
    dyad_stats_episode *ep = NULL;
    for (int cost = 0; cost < 4; cost++) {
        dyad_stats_cp_opts o = {0};
        o.cost = cost;
        int counts = cost == DYAD_COST_POISSON || cost == DYAD_COST_BINOMIAL;
        const double *yy = counts ? c : y, *ww = counts ? t : w;
        ALLOC_LOOP(dyad_stats_episodes(yy, ww, 200, &o, &ep, &ns, &err),
                   (dyad_free(ep), ep = NULL));
        if (counts)
            ALLOC_LOOP(dyad_stats_changepoints(yy, ww, 200, &o, &sh, &ns,
                                               NULL, &err),
                       (dyad_free(sh), sh = NULL));
    }
    size_t idx;
    ALLOC_LOOP(dyad_stats_cusum(y, w, 200, 2, 0, &idx, NULL, NULL, &err),
               (void)0);
    dyad_stats_mk mk;
    ALLOC_LOOP(dyad_stats_mann_kendall(y, 200, &mk, &err), (void)0);
    dyad_stats_ols_fit f;
    ALLOC_LOOP(dyad_stats_ols(NULL, y, NULL, 200, &f, &err), (void)0);
    dyad_stats_sen s;
    ALLOC_LOOP(dyad_stats_sen_slope(NULL, y, 200, &s, &err), (void)0);
    for (int i = 0; i < 2300; i++)
        y[i] = gauss();
    ALLOC_LOOP(dyad_stats_sen_slope(NULL, y, 2300, &s, &err), (void)0);
    dyad_stats_anomaly *a = NULL;
    y[7] = 40;
    ALLOC_LOOP(dyad_stats_anomalies(y, 200, 3.5, &a, &ns, NULL, NULL, &err),
               (dyad_free(a), a = NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stats_penalty_values_and_parse),
        cmocka_unit_test(test_stats_noise_var_by_hand),
        cmocka_unit_test(test_stats_noise_segmented),
        cmocka_unit_test(test_stats_pelt_equals_optimal_partition),
        cmocka_unit_test(test_stats_pelt_matches_exhaustive_search),
        cmocka_unit_test(test_stats_pelt_long_series),
        cmocka_unit_test(test_stats_nile_one_shift_in_1899),
        cmocka_unit_test(test_stats_nile_trend_matches_r),
        cmocka_unit_test(test_stats_shift_statistics_by_hand),
        cmocka_unit_test(test_stats_alpha_drops_and_merges),
        cmocka_unit_test(test_stats_slopes_merged),
        cmocka_unit_test(test_stats_slope_runs),
        cmocka_unit_test(test_stats_season),
        cmocka_unit_test(test_stats_constant_and_noiseless),
        cmocka_unit_test(test_stats_weights),
        cmocka_unit_test(test_stats_binseg),
        cmocka_unit_test(test_stats_cusum),
        cmocka_unit_test(test_stats_changepoint_errors),
        cmocka_unit_test(test_stats_count_costs_exact),
        cmocka_unit_test(test_stats_count_pelt_long),
        cmocka_unit_test(test_stats_noise_ar1_known),
        cmocka_unit_test(test_stats_wandering_level),
        cmocka_unit_test(test_stats_coarse_step),
        cmocka_unit_test(test_stats_bends),
        cmocka_unit_test(test_stats_bends_short),
        cmocka_unit_test(test_stats_dynamics),
        cmocka_unit_test(test_stats_many_levels),
        cmocka_unit_test(test_stats_short_series_no_ar1),
        cmocka_unit_test(test_stats_dispersion_known),
        cmocka_unit_test(test_stats_sparse_threshold),
        cmocka_unit_test(test_stats_count_dispersion_grows),
        cmocka_unit_test(test_stats_count_dispersion_grows_cost),
        cmocka_unit_test(test_stats_count_dispersion_grows_long),
        cmocka_unit_test(test_stats_episodes_bursts),
        cmocka_unit_test(test_stats_episodes_end_most_of_the_way_back),
        cmocka_unit_test(test_stats_welch_and_cohen_by_hand),
        cmocka_unit_test(test_stats_ols_by_hand),
        cmocka_unit_test(test_stats_mann_kendall_by_hand),
        cmocka_unit_test(test_stats_sen_slope),
        cmocka_unit_test(test_stats_anomalies_robust_z),
        cmocka_unit_test(test_stats_alloc_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
