/*
 * stats_cp.c - change points (see dyad/stats.h): PELT, optimal
 * partitioning, binary segmentation, CUSUM, and the statistics of the
 * segments on both sides of each shift.
 *
 * Segment costs come from prefix sums of the weights, w*c and w*c^2 where
 * c = y - (weighted mean of y). The sums are kept as unevaluated pairs
 * hi + lo (TwoSum), so that the RSS = Q - S^2/W of a short, quiet
 * segment far into a long series keeps its relative precision (the
 * MEANVAR cost takes its log). What remains is the cancellation in
 * Q - S^2/W itself: about 1e-16 of the segment's sum of squares about
 * the series mean, which matters only for segments near the variance
 * floor (a cost error of ~1e-7, far below any penalty).
 *
 * With the prefix index t counting values, the segment (a, b] holds
 * y[a..b-1], and a change at a is reported as index a.
 */
#include "dyad/stats.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_statistics_double.h>

#include "stats_int.h"
#include "util/alloc.h"

typedef struct cp_prob {
    const double *y;        /* the values, as given */
    const double *ys;       /* what the segmentation reads: y, or for the
                               MEAN cost yc */
    double *yc;             /* y less its season, outliers clipped, or
                               NULL */
    const double *tot;      /* count costs: the totals (NULL: all 1) */
    double *wn;             /* Normal costs: weights scaled to mean 1;
                               NULL: all 1 */
    size_t n, m;            /* values, minimum segment length */
    int cost, mbic;
    double beta;            /* penalty per change */
    double log_n;
    double inv_var;         /* MEAN: 1 / sigma^2; count costs: 1 / D */
    double disp_a;          /* count costs: the dispersion's growth with
                               a segment's count per period (D + a m),
                               0: one D */
    double scale;           /* the SD of y (1 if constant), for margins */
    double var_floor;       /* MEAN: the least noise variance (opts) */
    double floor, log_floor;    /* MEANVAR: smallest segment variance */
    double *cw, *cs, *cq;   /* prefix sums, n + 1 each (count costs: cq
                               of the counts' saturated log-likelihood) */
    double *cw2, *cs2, *cq2;    /* their low parts */
    double *il;             /* MEANVAR: il[len] = 1 / len, else NULL */
    double *lg;             /* MBIC: lg[len] = log(len / n), else NULL */
} cp_prob;

static int nomem(dyad_err *err)
{
    return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
}

static void *alloc_array(size_t n, size_t size)
{
    size_t bytes;
    if (!dyad_mul_ok(n ? n : 1, size, &bytes))
        return NULL;
    return dyad_malloc(bytes);
}

/* --- names, penalties --- */

static const char *const method_names[] = {"pelt", "binseg", "cusum"};
static const char *const cost_names[] = {"mean", "meanvar", "poisson",
                                          "binomial"};

int dyad_stats_cp_method_parse(const char *s)
{
    for (int i = 0; s && i < 3; i++)
        if (strcmp(s, method_names[i]) == 0)
            return i;
    return -1;
}

const char *dyad_stats_cp_method_name(int method)
{
    return method >= 0 && method < 3 ? method_names[method] : "";
}

int dyad_stats_cp_cost_parse(const char *s)
{
    for (int i = 0; s && i < 4; i++)
        if (strcmp(s, cost_names[i]) == 0)
            return i;
    return -1;
}

const char *dyad_stats_cp_cost_name(int cost)
{
    return cost >= 0 && cost < 4 ? cost_names[cost] : "";
}

size_t dyad_stats_cp_min_size(const dyad_stats_cp_opts *o)
{
    return o->min_size ? o->min_size : o->cost == DYAD_COST_MEANVAR ? 2 : 1;
}

int dyad_stats_penalty_parse(const char *s, int *kind, double *value,
                             dyad_err *err)
{
    static const char *const names[] = {"mbic", "bic", "aic"};
    if (!s || !kind || !value)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0, "no penalty given");
    for (int i = 0; i < 3; i++)
        if (strcmp(s, names[i]) == 0) {
            *kind = i;
            *value = 0;
            return DYAD_OK;
        }
    /* a number, parsed by hand: strtod would follow LC_NUMERIC */
    const char *q = s;
    double v = 0, scale = 1;
    int digits = 0;
    while (*q >= '0' && *q <= '9' && digits < 30) {
        v = v * 10 + (*q++ - '0');
        digits++;
    }
    if (*q == '.') {
        q++;
        while (*q >= '0' && *q <= '9' && digits < 30) {
            scale /= 10;
            v += (*q++ - '0') * scale;
            digits++;
        }
    }
    if (!digits || *q)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "penalty '%.40s' is not bic, mbic, aic or a "
                            "number >= 0", s);
    *kind = DYAD_PEN_VALUE;
    *value = v;
    return DYAD_OK;
}

double dyad_stats_penalty(int cost, int kind, double value, size_t n)
{
    if (cost < DYAD_COST_MEAN || cost > DYAD_COST_BINOMIAL || n == 0)
        return NAN;
    double p = cost == DYAD_COST_MEANVAR ? 2 : 1;   /* parameters per
                                                       segment */
    switch (kind) {
    case DYAD_PEN_BIC:
        return (p + 1) * log((double)n);
    case DYAD_PEN_MBIC:
        return (p + 2) * log((double)n);
    case DYAD_PEN_AIC:
        return 2 * (p + 1);
    case DYAD_PEN_VALUE:
        return isfinite(value) && value >= 0 ? value : NAN;
    default:
        return NAN;
    }
}

/* --- the noise variance, AR(1) and the count dispersion --- */

/* Lags used to estimate the AR(1) coefficient (those up to n / 4), and
 * its largest value: at 0.9 the long-run variance is 19 times the
 * marginal one. */
enum { AR_LAGS = 6 };
#define AR_PHI_MAX 0.9
/* A lag variance this many times the long-run variance of the AR(1)
 * fit is a season, not sampling error (at 30 values the MAD's variance
 * estimates err by about 30%, their largest of six by up to 1.6 times):
 * the MEAN cost then takes that marginal variance. Quarterly UK gas
 * (R's UKgas: lags 4, 8 and 16 differ little, lags 1-3 by the season,
 * 4.1 times the fit) was 34 one-quarter segments (bench/shifts (a));
 * taking the largest lag variance whenever it is larger (the State of
 * the Union's MEX-USA goldstein by year, 1.5 times) lost the turn of
 * 1884. */
#define SEASON_RATIO 2.0
/* Fewer values than this and phi is not estimated (taken as 0, the noise
 * scale from lag 1 as with DYAD_NOISE_WHITE): the fit then rests on lags
 * 1-4 and on 10-30 differences each, and a rise over a few periods (the
 * US-Japan semiconductor dispute, 14 weeks of Reuters-21578, rises for 6)
 * makes the lag variances grow just as autocorrelation would, so it
 * reads the change as noise (phi at its cap, nothing found). The price,
 * measured in bench/shifts (b): on 14-26 values of AR(1) noise without a
 * change, 0.4-2.8 false changes per series instead of 0.1-0.2. */
enum { AR_MIN_N = 30 };

static int is_count(int cost)
{
    return cost == DYAD_COST_POISSON || cost == DYAD_COST_BINOMIAL;
}

/* The longest lag whose pairs lag_diffs gives a level (count_slope's). */
enum { LEVEL_LAG_MAX = 4 };

/* Standardised differences at lag k into d; returns how many. Normal
 * costs: (y[i+k] - y[i]) / sqrt(1/wn[i] + 1/wn[i+k]) (wn NULL: 1), of
 * variance s2 (1 - phi^k) under AR(1) noise. Count costs (y counts, w
 * totals or NULL): the difference of the rates over its binomial or
 * Poisson SD at the pair's pooled rate, of variance D (1 - phi^k) with
 * overdispersion D; pairs with a pooled rate of 0 (or 1) say nothing and
 * are skipped. lev (count costs, k <= LEVEL_LAG_MAX; or NULL): each
 * difference's level, the count of a period around its pair. */
static size_t lag_diffs(const double *y, const double *w, size_t n,
                        int cost, size_t k, double *d, double *lev)
{
    size_t m = 0;
    for (size_t i = 0; i + k < n; i++) {
        size_t j = i + k;
        if (!is_count(cost)) {
            double s = w ? sqrt(1 / w[i] + 1 / w[j]) : 1.4142135623730951;
            d[m++] = (y[j] - y[i]) / s;
            continue;
        }
        double ni = w ? w[i] : 1, nj = w ? w[j] : 1;
        double p = (y[i] + y[j]) / (ni + nj);
        double v = cost == DYAD_COST_BINOMIAL ? p * (1 - p) : p;
        if (!(v > 0))
            continue;
        if (lev) {
            /* the level around the pair: the median of the counts from
             * two periods before to two after (a pair's own sum would
             * rank by its noise, and a negative binomial's differences
             * are wider where its draws are high at any one level) */
            double win[LEVEL_LAG_MAX + 5];
            size_t q = 0;
            for (size_t x = i >= 2 ? i - 2 : 0;
                 x < n && x <= j + 2 && q < sizeof win / sizeof *win; x++)
                win[q++] = y[x] / (w ? w[x] : 1);
            lev[m] = gsl_stats_median(win, 1, q) * (w ? (ni + nj) / 2 : 1);
        }
        d[m++] = (y[j] / nj - y[i] / ni) / sqrt(v * (1 / ni + 1 / nj));
    }
    return m;
}

/* (1.4826 MAD(d))^2, robust to the few d that straddle a change, the
 * MAD about the median of d (centred) or about 0; the mean of d^2 when
 * the MAD is 0 (mostly equal neighbours: *mad set to 0, else 1); 0 when
 * m is 0. Reorders d. The MAD is the high median of |d - c| (for an even
 * m the upper of the two middle values, R's mad(high = TRUE)): values
 * on a grid as coarse as their noise (5, 5.1, 5.2, 5.1, 5, 5.2, 9, ...)
 * make half the deviations exactly 0, and the mean of the middle two
 * halved the noise SD: the search cut such a series after every value,
 * and alpha's pruning then took the step of 40 SDs with the rest. */
static double robust_var(double *d, size_t m, int centred, int *mad)
{
    *mad = 0;
    if (m == 0)
        return 0;
    double msq = 0;
    for (size_t i = 0; i < m; i++)
        msq += d[i] * d[i];
    msq /= (double)m;
    /* GSL's median selects (Floyd-Rivest), it does not sort */
    double med = gsl_stats_median(d, 1, m);
    for (size_t i = 0; i < m; i++)
        d[i] = fabs(d[i] - (centred ? med : 0));
    double sd = 1.4826 * gsl_stats_select(d, 1, m, m / 2);
    *mad = sd > 0;
    return sd > 0 ? sd * sd : msq;
}

/* 1 when the (weighted) y are all equal, relative to their size. */
static int is_constant(const double *y, const double *wn, size_t n)
{
    double ybar = 0, v0 = 0;
    for (size_t i = 0; i < n; i++)
        ybar += (wn ? wn[i] : 1) * y[i];
    ybar /= (double)n;
    for (size_t i = 0; i < n; i++)
        v0 += (wn ? wn[i] : 1) * (y[i] - ybar) * (y[i] - ybar);
    v0 /= (double)n;
    return !(v0 > 1e-20 * ybar * ybar);
}

/* Counts too sparse for a robust estimate of their dispersion: most
 * periods hold no event (the State of the Union by year: one address a
 * year, a pair's conflict events mostly 0 or 1). The standardised
 * differences then take a few values (0 and 1 against each other give
 * +-1), their MAD sits on one of them, and one event more or less moves
 * it to the next: bench/shifts (d) measured the SOTU episodes changing
 * in 19% of such perturbations, the Mexican war episode moving from
 * 1834 to 1842 when the 1927 address lost its one conflict event. Such
 * series take a fixed dispersion, the value the MAD gives most of them
 * (1.4826^2: the MAD on the atom at 1), and no AR(1) term. */
#define SPARSE_DISPERSION 2.198
static int sparse_counts(const double *y, size_t n)
{
    size_t zero = 0;
    for (size_t i = 0; i < n; i++)
        zero += y[i] == 0;
    return 2 * zero > n;
}

/* The noise scale s2 and AR(1) coefficient phi of y (weights wn scaled to
 * mean 1 for the Normal costs, raw totals for the count costs); see
 * dyad_stats_noise_ar1. ar1 0: phi = 0, s2 = v_1 with the MAD about the
 * median (the earlier default), and so with fewer than AR_MIN_N values.
 * A constant series (or counts that are all 0) gives s2 = 1, phi = 0;
 * sparse counts the fixed dispersion. *vmax (when not NULL): the largest
 * robust variance of the lags used (s2 itself when one lag is), the
 * marginal variance where the lags reach beyond the dependence. */
static int noise_core(const double *y, const double *wn, size_t n,
                      int cost, int ar1, double *s2, double *phi,
                      double *vmax, dyad_err *err)
{
    *s2 = 1;
    *phi = 0;
    double vm_dummy;
    if (!vmax)
        vmax = &vm_dummy;
    *vmax = 0;
    if (n < 2 || (!is_count(cost) && is_constant(y, wn, n)))
        return DYAD_OK;
    if (n < AR_MIN_N)
        ar1 = 0;
    if (is_count(cost) && sparse_counts(y, n)) {
        *s2 = SPARSE_DISPERSION;
        return DYAD_OK;
    }
    double *d = alloc_array(n - 1, sizeof *d);
    if (!d)
        return nomem(err);
    static const size_t lag_of[AR_LAGS] = {1, 2, 3, 4, 8, 16};
    double v[AR_LAGS];
    int mad[AR_LAGS];
    size_t lags = ar1 ? AR_LAGS : 1;
    while (lags > 1 && lag_of[lags - 1] * 4 > n)
        lags--;
    for (size_t k = 0; k < lags; k++)
        v[k] = robust_var(d, lag_diffs(y, wn, n, cost, lag_of[k], d, NULL),
                          !ar1, &mad[k]);
    dyad_free(d);
    for (size_t k = 0; k < lags; k++)
        if (mad[k] && v[k] > *vmax)
            *vmax = v[k];
    if (!(v[0] > 0))
        return DYAD_OK;
    *s2 = v[0];
    if (!mad[0])
        return DYAD_OK;   /* the mean of d^2 holds the changes too: they
                             would pass for autocorrelation */
    /* a lag whose MAD is 0 (neighbours that repeat, as counts do) has
     * only the mean of d^2, which holds the changes: it would pass for
     * autocorrelation, so the fit stops before it */
    size_t good = 1;
    while (good < lags && v[good] > 0 && mad[good])
        good++;
    if (good < 2)
        return DYAD_OK;
    double best = INFINITY;
    /* The count costs take no AR(1) factor: their dispersion is the lags'
     * pooled variance, exp(mean log v_k) (phi held at 0). A burst of a few
     * weeks in a year of counts puts its edges into a sixth of the
     * differences at lags 4-8, which the fit read as autocorrelation: an
     * active pair's four-week surge from 3 to 15 events a week, with a
     * week-to-week dispersion of about 3, got D 9.5 (phi 0.35) and no shift.
     * bench/shifts (b), news bursts as weekly counts: such surges found 60%
     * -> 83% of the time, decaying bursts from silence 77% -> 100%, one-week
     * spikes 73% -> 97%, steps 97% -> 100%; series with more than 3 shifts
     * in 53 weeks 0 -> 2 of 120 (a decaying burst's tail cut twice);
     * Reuters-21578 by week and the State of the Union unchanged ((c), (d));
     * by day, Reuters' USA-JPN acts (a ramp over March-April 1987) is cut
     * into 6 shifts instead of 3. */
    int top = is_count(cost) ? 0 : (int)(AR_PHI_MAX * 200 + 0.5);
    for (int g = 0; g <= top; g++) {
        double ph = g / 200.0, ls = 0, sse = 0, r[AR_LAGS], pk = 1;
        size_t lag = 0;
        for (size_t k = 0; k < good; k++) {
            while (lag < lag_of[k]) {
                pk *= ph;   /* ph^lag */
                lag++;
            }
            r[k] = log(v[k]) - log(1 - pk);
            ls += r[k];
        }
        ls /= (double)good;
        for (size_t k = 0; k < good; k++)
            sse += (r[k] - ls) * (r[k] - ls);
        if (sse < best - 1e-12) {
            best = sse;
            *phi = ph;
            *s2 = exp(ls);
        }
    }
    return DYAD_OK;
}

/* Validates y and w for cost; DYAD_OK or DYAD_EINVAL. */
static int check_input(const double *y, const double *w, size_t n,
                       int cost, dyad_err *err)
{
    if (n == 0 || !y)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0, "empty series");
    int rc = dyad_stats__check(y, n, 0, "y", err);
    if (rc == DYAD_OK && w)
        rc = dyad_stats__check(w, n, 1, "w", err);
    if (rc != DYAD_OK || !is_count(cost))
        return rc;
    if (cost == DYAD_COST_BINOMIAL && !w)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "the binomial cost needs the totals");
    for (size_t i = 0; i < n; i++) {
        if (y[i] < 0)
            return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                                "count %g at %zu is negative", y[i], i);
        if (cost == DYAD_COST_BINOMIAL && y[i] > w[i])
            return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                                "count %g at %zu exceeds its total %g",
                                y[i], i, w[i]);
    }
    return DYAD_OK;
}

/* Weights scaled to mean 1 in new memory (*wn NULL when w is NULL). */
static int scale_weights(const double *w, size_t n, double **wn,
                         dyad_err *err)
{
    *wn = NULL;
    if (!w)
        return DYAD_OK;
    if (!(*wn = alloc_array(n, sizeof **wn)))
        return nomem(err);
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += w[i];
    s /= (double)n;
    for (size_t i = 0; i < n; i++)
        (*wn)[i] = w[i] / s;
    return DYAD_OK;
}

/* The public estimates: validates, scales the weights of the Normal
 * costs and runs noise_core. */
static int noise_public(const double *y, const double *w, size_t n,
                        int cost, int ar1, double *s2, double *phi,
                        double *vmax, dyad_err *err)
{
    double *wn = NULL;
    int rc = check_input(y, w, n, cost, err);
    if (rc == DYAD_OK && (n < 2 || !s2 || !phi))
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                          "noise estimate: need at least 2 values, got %zu",
                          n);
    if (rc == DYAD_OK && !is_count(cost))
        rc = scale_weights(w, n, &wn, err);
    if (rc == DYAD_OK)
        rc = noise_core(y, is_count(cost) ? w : wn, n, cost, ar1, s2, phi,
                        vmax, err);
    dyad_free(wn);
    return rc;
}

int dyad_stats_noise_var(const double *y, const double *w, size_t n,
                         double *var, dyad_err *err)
{
    double phi;
    return noise_public(y, w, n, DYAD_COST_MEAN, 0, var, &phi, NULL, err);
}

int dyad_stats_noise_ar1(const double *y, const double *w, size_t n,
                         double *s2, double *phi, dyad_err *err)
{
    return noise_public(y, w, n, DYAD_COST_MEAN, 1, s2, phi, NULL, err);
}

int dyad_stats_noise_marginal(const double *y, const double *w, size_t n,
                              double *var, dyad_err *err)
{
    double s2, phi;
    return noise_public(y, w, n, DYAD_COST_MEAN, 1, &s2, &phi, var, err);
}

int dyad_stats_dispersion(const double *count, const double *total,
                          size_t n, int cost, double *disp, double *phi,
                          dyad_err *err)
{
    if (!is_count(cost))
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "dispersion: cost %d is not a count cost", cost);
    return noise_public(count, total, n, cost, 1, disp, phi, NULL, err);
}

/* The long-run factor (1 + phi) / (1 - phi) of AR(1) noise. */
static double long_run(double phi)
{
    return (1 + phi) / (1 - phi);
}

/* From AR_MIN_N values to fewer than SEG_NOISE_N, the MEAN cost's noise
 * is that of a segmented mean with AR(1) errors: at most SEG_NOISE_K
 * changes, segments of SEG_NOISE_MIN values or more. In so few values
 * the lag differences cannot tell autocorrelation from a step or two: a
 * step's edge is in a large share of the long lags' differences, the
 * AR(1) fit reads it as persistence (often at its cap), and the step is
 * lost in the noise it made. bench/shifts (b), 100 series each: a step
 * of 3 marginal SDs at n / 2 in AR(1) noise of phi 0.5 was found 59-74%
 * of the time at 35-55 values (90-97% under 30, where the noise is
 * white), 80-88% now; without a change, false changes a series fall too
 * (phi 0.8: 0.56-0.71 -> 0.32-0.43). The real series of (a) barely
 * move: their short ones are mostly trends, whose levels' fit is at the
 * AR(1) cap, where the series' variance bounds the noise as before. */
enum { SEG_NOISE_N = 60, SEG_NOISE_K = 5, SEG_NOISE_MIN = 3 };
/* dyad_stats_noise_segmented's limit: its search is SEG_NOISE_K n^2 / 2
 * segment costs (0.3 s at 10,000 values) */
enum { SEG_NOISE_MAX = 10000 };

/* The penalties of the segmented noises' criteria, in log n: a change
 * of level (MBIC's), a change of line (one more, for the slope's
 * change), and a segment's slope when piecewise lines are weighed
 * against levels (trend_noise; one parameter, BIC's). */
enum { LEVEL_CHG_PEN = 3, LINE_CHG_PEN = 4, TREND_SLOPE_PEN = 1 };

static inline double cost_mean(double W, double S, double Q, double iv);

/* A model for seg_fit: the residual sum of squares of a segment [a, b)
 * and its residuals (each scaled by sqrt(wn)) into e[a..b-1]; segments
 * of min_len values or more, at most kmax changes; chg_pen log n for a
 * change, and seg_pen log n for each segment's parameters beyond its
 * level (in seg_result.fit only). */
typedef struct seg_model {
    double (*rss)(const void *ctx, size_t a, size_t b);
    void (*resid)(const void *ctx, size_t a, size_t b, double *e);
    const void *ctx;
    size_t min_len, kmax;
    double chg_pen, seg_pen;
} seg_model;

/* seg_fit's choice: phi and the long-run variance var = s2 / (1 -
 * phi)^2 of the k of least criterion; fit, the least criterion with
 * seg_pen, to weigh one model against another; found 0 when a fit
 * leaves no innovations (under 1e-12 of the variance about the first
 * model: a series that segments exactly, or a constant one). */
typedef struct seg_result {
    double phi, var, crit, fit;
    int found;
} seg_result;

/* Residuals e within a segment, as sums over the pairs in it: s11 the
 * later's squares, s00 the earlier's, s01 their products; m the pairs. */
typedef struct lev_sums {
    double s11, s01, s00, m;
} lev_sums;

static lev_sums pair_sums(const double *e, size_t a, size_t b)
{
    lev_sums s = {0, 0, 0, (double)(b - a - 1)};
    for (size_t t = a + 1; t < b; t++) {
        s.s11 += e[t] * e[t];
        s.s01 += e[t] * e[t - 1];
        s.s00 += e[t - 1] * e[t - 1];
    }
    return s;
}

static void lev_add(lev_sums *t, const lev_sums *s, double sign)
{
    t->s11 += sign * s->s11;
    t->s01 += sign * s->s01;
    t->s00 += sign * s->s00;
    t->m += sign * s->m;
}

/* The AR(1) fit to the pooled pair sums t: phi by least squares in [0,
 * AR_PHI_MAX], and the mean square of the innovations into *s2 (0 when
 * there are none). */
static double sums_ar1(const lev_sums *t, double *s2)
{
    double phi = t->s00 > 0 && t->s01 > 0 ? t->s01 / t->s00 : 0;
    if (phi > AR_PHI_MAX)
        phi = AR_PHI_MAX;
    double ss = t->s11 - 2 * phi * t->s01 + phi * phi * t->s00;
    *s2 = t->m > 0 && ss > 0 ? ss / t->m : 0;
    return phi;
}

/* Residuals about levels whose lag-1 coefficient is under this are
 * white: the levels explain the persistence the lags saw (a run of
 * stairs, many levels; see run_gain and levels_white). */
#define LEVELS_PHI_MAX 0.1

/* The AR(1) fit to residuals e[0..n-1] within the segments cut at
 * c[0..k-1] (the pairs within a segment only), as sums_ar1. */
static double seg_ar1(const double *e, size_t n, const size_t *c, size_t k,
                      double *s2)
{
    lev_sums t = {0, 0, 0, 0};
    for (size_t j = 0; j <= k; j++) {
        lev_sums sj = pair_sums(e, j ? c[j - 1] : 0, j < k ? c[j] : n);
        lev_add(&t, &sj, 1);
    }
    return sums_ar1(&t, s2);
}

/* The noise of a segmented model with AR(1) errors: for k = 0..kmax
 * changes, the partition of least residual sum of squares (exact,
 * optimal partitioning: kmax n^2 / 2 segment costs), its AR(1) fit,
 * and the k of least n log s2 + chg_pen k log n (the innovations'
 * likelihood and a penalty per change). */
static int seg_fit(const seg_model *md, size_t n, seg_result *out,
                   dyad_err *err)
{
    enum { K = SEG_NOISE_K };
    size_t M = md->min_len, kmax = md->kmax < K ? md->kmax : K;
    size_t rows = n + 1;
    double *F = alloc_array((K + 1) * rows + n, sizeof *F);
    size_t *from = alloc_array((K + 1) * rows, sizeof *from);
    memset(out, 0, sizeof *out);
    if (!F || !from) {
        dyad_free(F);
        dyad_free(from);
        return nomem(err);
    }
    double *e = F + (K + 1) * rows, log_n = log((double)n);
    out->crit = out->fit = INFINITY;
    /* F[k rows + t]: the least RSS of the values before t in k + 1
     * segments */
    for (size_t t = 0; t <= n; t++)
        F[t] = t >= M ? md->rss(md->ctx, 0, t) : INFINITY;
    for (size_t k = 1; k <= kmax; k++)
        for (size_t t = 0; t <= n; t++) {
            double f = INFINITY;
            size_t arg = 0;
            for (size_t a = k * M; a + M <= t; a++) {
                double v = F[(k - 1) * rows + a] + md->rss(md->ctx, a, t);
                if (v < f) {
                    f = v;
                    arg = a;
                }
            }
            F[k * rows + t] = f;
            from[k * rows + t] = arg;
        }
    for (size_t k = 0; k <= kmax; k++) {
        size_t c[K], t = n;
        for (size_t j = k; j > 0; j--)
            c[j - 1] = t = from[j * rows + t];
        for (size_t j = 0; j <= k; j++)
            md->resid(md->ctx, j ? c[j - 1] : 0, j < k ? c[j] : n, e);
        double s2, ph = seg_ar1(e, n, c, k, &s2);
        if (!(s2 > 1e-12 * F[n] / (double)n)) {
            out->found = 0;   /* an exact fit, or a constant series */
            break;
        }
        double crit = (double)n * log(s2) + md->chg_pen * (double)k * log_n;
        double fit = crit + md->seg_pen * (double)(k + 1) * log_n;
        if (fit < out->fit)
            out->fit = fit;
        if (crit < out->crit) {
            out->phi = ph;
            out->var = s2 / ((1 - ph) * (1 - ph));
            out->crit = crit;
            out->found = 1;
        }
    }
    dyad_free(F);
    dyad_free(from);
    return DYAD_OK;
}

/* seg_noise's model: levels, from the centred prefix sums of y. */
typedef struct level_ctx {
    const double *y, *wn, *cw, *cs, *cq;
} level_ctx;

static double level_rss(const void *ctx, size_t a, size_t b)
{
    const level_ctx *l = ctx;
    return cost_mean(l->cw[b] - l->cw[a], l->cs[b] - l->cs[a],
                     l->cq[b] - l->cq[a], 1);
}

static void level_resid(const void *ctx, size_t a, size_t b, double *e)
{
    const level_ctx *l = ctx;
    const double *y = l->y, *wn = l->wn;
    double W = 0, S = 0;
    for (size_t t = a; t < b; t++) {
        double wi = wn ? wn[t] : 1;
        W += wi;
        S += wi * y[t];
    }
    for (size_t t = a; t < b; t++)
        e[t] = (y[t] - S / W) * (wn ? sqrt(wn[t]) : 1);
}

/* The pair sums of a segment's residuals about its (weighted) level
 * (level_resid's), e scratch for them. */
static lev_sums seg_lev_sums(const cp_prob *p, double *e, size_t a,
                             size_t b)
{
    level_ctx l = {p->ys, p->wn, NULL, NULL, NULL};
    level_resid(&l, a, b, e);
    return pair_sums(e, a, b);
}

/* The noise of a segmented mean with AR(1) errors (SEG_NOISE_N): seg_fit
 * over levels, segments of SEG_NOISE_MIN values or more, at most
 * SEG_NOISE_K changes (n / (2 SEG_NOISE_MIN) - 1 under 36 values). */
static int seg_noise(const double *y, const double *wn, size_t n,
                     seg_result *out, dyad_err *err)
{
    size_t rows = n + 1;   /* n >= 2 SEG_NOISE_MIN */
    double *buf = alloc_array(3 * rows, sizeof *buf);
    if (!buf)
        return nomem(err);
    double *cw = buf, *cs = cw + rows, *cq = cs + rows, ybar = 0;
    for (size_t i = 0; i < n; i++)
        ybar += (wn ? wn[i] : 1) * y[i];
    ybar /= (double)n;   /* weights of mean 1; centred, as prob_init's */
    cw[0] = cs[0] = cq[0] = 0;
    for (size_t i = 0; i < n; i++) {
        double wi = wn ? wn[i] : 1, c = y[i] - ybar;
        cw[i + 1] = cw[i] + wi;
        cs[i + 1] = cs[i] + wi * c;
        cq[i + 1] = cq[i] + wi * c * c;
    }
    level_ctx l = {y, wn, cw, cs, cq};
    seg_model md = {level_rss, level_resid, &l, SEG_NOISE_MIN,
                    n / (2 * SEG_NOISE_MIN) - 1, LEVEL_CHG_PEN, 0};
    int rc = seg_fit(&md, n, out, err);
    dyad_free(buf);
    return rc;
}

int dyad_stats_noise_segmented(const double *y, const double *w, size_t n,
                               double *var, double *phi, dyad_err *err)
{
    double *wn = NULL;
    int rc = DYAD_OK;
    /* the length first: the values are not read beyond it */
    if (n < 2 * SEG_NOISE_MIN || n > SEG_NOISE_MAX || !var || !phi)
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                          "segmented noise: need %d to %d values, got %zu",
                          2 * SEG_NOISE_MIN, SEG_NOISE_MAX, n);
    if (rc == DYAD_OK)
        rc = check_input(y, w, n, DYAD_COST_MEAN, err);
    if (rc == DYAD_OK)
        rc = scale_weights(w, n, &wn, err);
    seg_result sr = {0};
    if (rc == DYAD_OK)
        rc = seg_noise(y, wn, n, &sr, err);
    *var = sr.found ? sr.var : 0;
    *phi = sr.found ? sr.phi : 0;
    dyad_free(wn);
    return rc;
}

/* Counts whose noise grows faster than their level: news counts are
 * wider than Poisson the more there are (a quiet pair's 0-3 a week, a
 * crisis's 20-120 a week that move by half from one week to the next:
 * the variance of a negative binomial, m + m^2 / k). One dispersion for
 * the whole series took the quiet weeks' and cut the crisis into a
 * staircase: bench/shifts (b), a step from 3 to 40 events a week (k 2 to
 * 5) gave 1-6 shifts, a year of two surges 4 or more in 7 of 30. The
 * dispersion of a count at level m (per period) is taken as D + a m:
 * the standardised lag differences (lags 1-4 that fit n / 4) are split
 * at the median of their level (lag_diffs), each half's robust variance
 * pooled over the lags as noise_core pools them, and the line through
 * the two halves' (median level, variance) gives a (0 when the halves
 * are not apart in level, the upper half is no wider, or a MAD is 0).
 * *d0 and *a; returns DYAD_OK or DYAD_ENOMEM. */
static int count_slope(const double *y, const double *tot, size_t n,
                       int cost, double *d0, double *a, dyad_err *err)
{
    *a = 0;
    static const size_t lag_of[LEVEL_LAG_MAX] = {1, 2, 3, 4};
    double *d = alloc_array(n, sizeof *d), *lev = alloc_array(n, sizeof *lev);
    double *half = alloc_array(n, sizeof *half);
    int rc = d && lev && half ? DYAD_OK : nomem(err);
    double lv[2] = {0, 0}, mlev[2] = {0, 0};
    size_t lags = 0;
    for (size_t k = 0; rc == DYAD_OK && k < LEVEL_LAG_MAX && lag_of[k] * 4 <= n;
         k++) {
        size_t m = lag_diffs(y, tot, n, cost, lag_of[k], d, lev);
        if (m < 16)
            break;
        memcpy(half, lev, m * sizeof *half);
        double med = gsl_stats_median(half, 1, m);
        for (int up = 0; up < 2; up++) {
            size_t q = 0;
            for (size_t i = 0; i < m; i++)
                if ((lev[i] > med) == up)
                    half[q++] = d[i];
            int mad;
            double v = q >= 8 ? robust_var(half, q, 0, &mad) : 0;
            if (!(v > 0) || !mad)
                goto out;
            lv[up] += log(v);
            if (k == 0) {
                q = 0;
                for (size_t i = 0; i < m; i++)
                    if ((lev[i] > med) == up)
                        half[q++] = lev[i];
                mlev[up] = gsl_stats_median(half, 1, q);
            }
        }
        lags++;
    }
    if (lags && mlev[1] >= 2 * mlev[0] && mlev[1] - mlev[0] >= 2) {
        double vlo = exp(lv[0] / (double)lags), vhi = exp(lv[1] / (double)lags);
        /* a MAD's variance errs by about 30% on 26 differences: wider by
         * half at least */
        if (vhi > 1.5 * vlo) {
            *a = (vhi - vlo) / (mlev[1] - mlev[0]);
            *d0 = vlo - *a * mlev[0];
        }
    }
out:
    dyad_free(d);
    dyad_free(lev);
    dyad_free(half);
    return rc;
}

/* The longest count series searched exactly when its dispersion grows
 * with its level. */
enum { OP_MAX = 10000 };

/* --- the problem and its segment cost --- */

/* Checks o and fills r with it and its defaults. */
static int resolve_opts(const dyad_stats_cp_opts *o, size_t n,
                        dyad_stats_cp_opts *r, dyad_err *err)
{
    static const dyad_stats_cp_opts defaults;
    *r = o ? *o : defaults;
    if (r->method < DYAD_CP_PELT || r->method > DYAD_CP_CUSUM)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "unknown change point method %d", r->method);
    if (r->cost < DYAD_COST_MEAN || r->cost > DYAD_COST_BINOMIAL)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "unknown change point cost %d", r->cost);
    /* the two-way choices: 0 (the default) or 1 */
    const struct {
        int v;
        const char *what;
    } two[] = {{r->noise, "noise model"},
               {r->season, "season rule"},
               {r->outliers, "outlier rule"},
               {r->slopes, "slope rule"},
               {r->bends, "bend rule"}};
    for (size_t i = 0; i < sizeof two / sizeof *two; i++)
        if (two[i].v != 0 && two[i].v != 1)
            return dyad_err_set(err, DYAD_EINVAL, NULL, 0, "unknown %s %d",
                                two[i].what, two[i].v);
    if (!(isfinite(r->dispersion) && r->dispersion >= 0))
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "dispersion %g is not a number >= 0",
                            r->dispersion);
    if (r->penalty < DYAD_PEN_MBIC || r->penalty > DYAD_PEN_VALUE)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "unknown penalty kind %d", r->penalty);
    if (r->penalty == DYAD_PEN_VALUE &&
        !(isfinite(r->penalty_value) && r->penalty_value >= 0))
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "penalty %g is not a number >= 0",
                            r->penalty_value);
    if (!(isfinite(r->var) && r->var >= 0))
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "noise variance %g is not a number >= 0", r->var);
    if (!(isfinite(r->var_floor) && r->var_floor >= 0))
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "noise variance floor %g is not a number >= 0",
                            r->var_floor);
    if (!(r->alpha >= 0 && r->alpha <= 1))
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "alpha %g is not in [0, 1]", r->alpha);
    if (r->method == DYAD_CP_CUSUM && r->cost != DYAD_COST_MEAN)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "CUSUM detects mean changes only (cost mean)");
    r->min_size = dyad_stats_cp_min_size(r);
    if (r->cost == DYAD_COST_MEANVAR && r->min_size < 2)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "min size %zu: a variance needs segments of at "
                            "least 2 values", r->min_size);
    if (r->min_size > n / 2)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "%zu value%s too few for a change with "
                            "segments of at least %zu", n,
                            n == 1 ? " is" : "s are", r->min_size);
    return DYAD_OK;
}

/* *hi + *lo += x, the rounding error of hi kept in lo (Knuth's TwoSum;
 * exact in IEEE arithmetic without contraction, which has no product to
 * fuse here). */
static void two_sum_add(double *hi, double *lo, double x)
{
    double s = *hi + x, bp = s - *hi;
    *lo += (*hi - (s - bp)) + (x - bp);
    *hi = s;
}

static void prob_free(cp_prob *p)
{
    dyad_free(p->yc);
    dyad_free(p->wn);
    dyad_free(p->cw);
    dyad_free(p->cs);
    dyad_free(p->cq);
    dyad_free(p->cw2);
    dyad_free(p->cs2);
    dyad_free(p->cq2);
    dyad_free(p->il);
    dyad_free(p->lg);
}

static int prob_tables(cp_prob *p, const dyad_stats_cp_opts *r,
                       dyad_err *err);

/* The count costs' part of prob_init: prefix sums of the totals (cw) and
 * counts (cs), and 1 / D. */
static int count_init(cp_prob *p, const dyad_stats_cp_opts *r,
                      dyad_err *err)
{
    double wh = 0, wl = 0, sh = 0, sl = 0, qh = 0, ql = 0;
    for (size_t i = 0; i < p->n; i++) {
        double t = p->tot ? p->tot[i] : 1, c = p->y[i];
        two_sum_add(&wh, &wl, t);
        two_sum_add(&sh, &sl, c);
        /* cq: the saturated log-likelihood of each count, which the
         * deviance of a segment needs when its dispersion is its own */
        two_sum_add(&qh, &ql,
                    (c > 0 ? c * log(c / t) : 0) +
                        (r->cost == DYAD_COST_BINOMIAL && t > c
                             ? (t - c) * log((t - c) / t)
                             : 0));
        p->cw[i + 1] = wh;
        p->cw2[i + 1] = wl;
        p->cs[i + 1] = sh;
        p->cs2[i + 1] = sl;
        p->cq[i + 1] = qh;
        p->cq2[i + 1] = ql;
    }
    p->scale = p->floor = 1;
    p->log_floor = 0;
    p->disp_a = 0;
    double d = r->dispersion, phi;
    if (d == 0) {
        int rc = noise_core(p->y, p->tot, p->n, r->cost,
                            r->noise == DYAD_NOISE_AR1, &d, &phi, NULL,
                            err);
        if (rc)
            return rc;   /* phi is 0 for counts: no long-run factor */
        double d0 = d, a = 0;
        if (r->noise == DYAD_NOISE_AR1 && p->n >= AR_MIN_N &&
            !sparse_counts(p->y, p->n) &&
            (rc = count_slope(p->y, p->tot, p->n, r->cost, &d0, &a, err)))
            return rc;
        if (a > 0) {
            d = d0;
            p->disp_a = a;
        }
        if (d < 1)
            d = 1;   /* less than binomial noise is chance */
    }
    p->inv_var = 1 / d;
    if (!isfinite(p->inv_var))
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "dispersion %g is too small", d);
    return prob_tables(p, r, err);
}

/* The outliers of the MEAN cost: a value further than CLIP_SDS noise
 * SDs (sqrt(s2 / wn[i])) from the median of the CLIP_HALF values on
 * each side of it and itself is moved to that distance. */
enum { CLIP_HALF = 2 };
#define CLIP_SDS 3.0

/* The median of y[i - h .. i + h], cut at the ends of y[0..n-1];
 * scratch holds 2 h + 1 doubles. */
static double window_median(const double *y, size_t n, size_t i, size_t h,
                            double *scratch)
{
    size_t m = 0;
    for (size_t j = i > h ? i - h : 0; j < n && j <= i + h; j++)
        scratch[m++] = y[j];
    return gsl_stats_median(scratch, 1, m);
}

/* p->ys with its outliers clipped, into new memory that becomes p->yc
 * and p->ys (p->wn set); s2 the noise variance of a value of average
 * weight. The running median of 2 CLIP_HALF + 1 values follows a change
 * of level within a period (the values of the other side are fewer),
 * and a spike of one or two values does not move it. */
static int clip_outliers(cp_prob *p, double s2, dyad_err *err)
{
    size_t n = p->n;
    double *out = alloc_array(n, sizeof *out);
    if (!out)
        return nomem(err);
    for (size_t i = 0; i < n; i++) {
        double v[2 * CLIP_HALF + 1];
        double med = window_median(p->ys, n, i, CLIP_HALF, v);
        double r = CLIP_SDS * sqrt(s2 / (p->wn ? p->wn[i] : 1));
        double x = p->ys[i];
        out[i] = x > med + r ? med + r : x < med - r ? med - r : x;
    }
    dyad_free(p->yc);
    p->yc = out;
    p->ys = out;
    return DYAD_OK;
}

/* Seasons of the MEAN cost: the calendar periods tried (quarters of a
 * year, days of a week, months of a year, hours of a day, weeks of a
 * year), each with at least 3 cycles of values and the series at least
 * AR_MIN_N (fewer lag differences, and white noise would pass for a
 * season one time in a hundred). A series has season s
 * when the robust variance of its differences at lag s is below
 * SEASON_SHARE of that at lag s / 2 (a season cancels at its period and
 * adds up at half of it; a trend, a level change or AR(1) noise make
 * the longer lag the larger), the smallest such share winning. R's
 * monthly series with a season measure 0.02-0.27 at 12 (UK road deaths,
 * CO2, Nottingham temperatures, US accidental deaths), quarterly UK gas
 * 0.01 at 4; those without 0.43 or more everywhere. */
static const size_t season_of[] = {4, 7, 12, 24, 52};
#define SEASON_SHARE 0.3

/* The season s of p->y (0: none); d scratch of n doubles. */
static size_t find_season(const cp_prob *p, double *d)
{
    size_t best = 0;
    double share = SEASON_SHARE;
    for (size_t k = 0; k < sizeof season_of / sizeof *season_of; k++) {
        size_t sn = season_of[k];
        int mad;
        if (3 * sn > p->n || p->n < AR_MIN_N)
            break;
        double vh = robust_var(d, lag_diffs(p->y, p->wn, p->n,
                                            DYAD_COST_MEAN, sn / 2, d, NULL),
                               0, &mad);
        if (!(vh > 0) || !mad)
            continue;
        double vs = robust_var(d, lag_diffs(p->y, p->wn, p->n,
                                            DYAD_COST_MEAN, sn, d, NULL),
                               0, &mad);
        if (vs < share * vh) {
            share = vs / vh;
            best = sn;
        }
    }
    return best;
}

/* p->yc = p->y less its season when it has one (p->ys then p->yc): the
 * median of each phase's deviations from the running median over one
 * cycle (s + 1 values for an even s), which follows the level and its
 * changes. A mean-shift model reads a season as a staircase or as noise
 * that hides a change: the UK seat-belt law of 1983 went unseen in
 * monthly road deaths (bench/shifts (a)). */
static int remove_season(cp_prob *p, dyad_err *err)
{
    size_t n = p->n;
    double *d = alloc_array(n, sizeof *d);
    if (!d)
        return nomem(err);
    size_t sn = find_season(p, d);
    if (sn == 0) {
        dyad_free(d);
        return DYAD_OK;
    }
    double *dev = alloc_array(n, sizeof *dev);
    if (!dev || !(p->yc = alloc_array(n, sizeof *p->yc))) {
        dyad_free(d);
        dyad_free(dev);
        return nomem(err);
    }
    for (size_t i = 0; i < n; i++)
        dev[i] = p->y[i] - window_median(p->y, n, i, sn / 2, d);
    for (size_t ph = 0; ph < sn; ph++) {
        size_t m = 0;
        for (size_t i = ph; i < n; i += sn)
            d[m++] = dev[i];
        double sm = gsl_stats_median(d, 1, m);
        for (size_t i = ph; i < n; i += sn)
            p->yc[i] = p->y[i] - sm;
    }
    dyad_free(d);
    dyad_free(dev);
    p->ys = p->yc;
    return DYAD_OK;
}

/* Fills p for y, w (validated) and resolved options r. */
static int prob_init(cp_prob *p, const double *y, const double *w, size_t n,
                     const dyad_stats_cp_opts *r, dyad_err *err)
{
    int rc;
    memset(p, 0, sizeof *p);
    p->y = p->ys = y;
    p->n = n;
    p->m = r->min_size;
    p->cost = r->cost;
    p->var_floor = r->var_floor;
    p->mbic = r->penalty == DYAD_PEN_MBIC;
    p->log_n = log((double)n);
    p->beta = dyad_stats_penalty(r->cost, r->penalty, r->penalty_value, n);
    if (!is_count(r->cost) && (rc = scale_weights(w, n, &p->wn, err)))
        return rc;
    if (is_count(r->cost))
        p->tot = w;
    if (!(p->cw = alloc_array(n + 1, sizeof *p->cw)) ||
        !(p->cs = alloc_array(n + 1, sizeof *p->cs)) ||
        !(p->cq = alloc_array(n + 1, sizeof *p->cq)) ||
        !(p->cw2 = alloc_array(n + 1, sizeof *p->cw2)) ||
        !(p->cs2 = alloc_array(n + 1, sizeof *p->cs2)) ||
        !(p->cq2 = alloc_array(n + 1, sizeof *p->cq2)))
        return nomem(err);
    const double *wn = p->wn;
    if (r->cost == DYAD_COST_MEAN && r->season == DYAD_SEASON_AUTO &&
        (rc = remove_season(p, err)))
        return rc;
    if (r->cost == DYAD_COST_MEAN && r->outliers == DYAD_OUTLIERS_CLIP &&
        !is_constant(p->ys, wn, n)) {
        double s2, phi;
        if ((rc = noise_core(p->ys, wn, n, DYAD_COST_MEAN, 0, &s2, &phi,
                             NULL, err)) ||
            (rc = clip_outliers(p, s2 > r->var_floor ? s2 : r->var_floor,
                                err)))
            return rc;
    }
    y = p->ys;
    double ybar = 0, v0 = 0;
    for (size_t i = 0; i < n; i++)
        ybar += (wn ? wn[i] : 1) * y[i];
    ybar /= (double)n;
    p->cw[0] = p->cs[0] = p->cq[0] = 0;
    p->cw2[0] = p->cs2[0] = p->cq2[0] = 0;
    if (is_count(r->cost))
        return count_init(p, r, err);
    double wh = 0, wl = 0, sh = 0, sl = 0, qh = 0, ql = 0;
    for (size_t i = 0; i < n; i++) {
        double wi = wn ? wn[i] : 1, c = y[i] - ybar;
        two_sum_add(&wh, &wl, wi);
        p->cw[i + 1] = wh;
        p->cw2[i + 1] = wl;
        two_sum_add(&sh, &sl, wi * c);
        two_sum_add(&qh, &ql, wi * c * c);
        p->cs[i + 1] = sh;
        p->cs2[i + 1] = sl;
        p->cq[i + 1] = qh;
        p->cq2[i + 1] = ql;
        v0 += wi * c * c;
    }
    v0 /= (double)n;
    int constant = !(v0 > 1e-20 * ybar * ybar);
    p->floor = constant ? 1 : 1e-8 * v0;
    p->scale = constant ? 1 : sqrt(v0);
    p->log_floor = log(p->floor);
    if ((rc = prob_tables(p, r, err)))
        return rc;
    if (r->cost == DYAD_COST_MEAN) {
        double var = r->var, phi, vmax;
        if (var == 0) {
            if ((rc = noise_core(y, wn, n, DYAD_COST_MEAN,
                                 r->noise == DYAD_NOISE_AR1, &var, &phi,
                                 &vmax, err)))
                return rc;
            var *= long_run(phi);
            if (r->noise == DYAD_NOISE_AR1 && n >= AR_MIN_N &&
                n < SEG_NOISE_N) {
                seg_result sr;
                if ((rc = seg_noise(y, wn, n, &sr, err)))
                    return rc;
                if (sr.found) {
                    phi = sr.phi;
                    var = sr.var;
                }
            }
            /* the marginal variance where a lag's variance exceeds
             * the fit's long-run one by more than SEASON_RATIO: the
             * lags contradict AR(1) noise, and to a model of levels a
             * seasonal swing is noise */
            if (r->noise == DYAD_NOISE_AR1 && vmax > SEASON_RATIO * var)
                var = vmax;
            /* a fit at its cap: the lags grow as a wandering level's
             * do, and the long-run variance it implies may exceed what
             * the series varies in all (v0, its changes included), so
             * that nothing could stand out; the noise is then taken as
             * at most v0, and a change must stand out of the series'
             * whole range (as the Turing benchmark's annotators and
             * its methods at their defaults, which standardise each
             * series, judge). bench/shifts (a), series labelled by
             * eye: F1 / cover 0.541 / 0.538 -> 0.621 / 0.611 (the
             * recessions of unemployment series, a beaver's body
             * temperature rising with activity); the unbroken series
             * 0.978 -> 0.938 (WWWusage, an ARIMA(3,1,0), cut 3
             * times); the annotated ones, (b) and (c) unchanged; a
             * pure random walk of 100 values: 0.07 -> 1.07 changes. */
            if (r->noise == DYAD_NOISE_AR1 && phi >= AR_PHI_MAX - 1e-9 &&
                var > v0)
                var = v0;
            if (var < r->var_floor)
                var = r->var_floor;   /* less than sampling noise */
        }
        p->inv_var = 1 / var;
        if (!isfinite(p->inv_var))
            return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                                "noise variance %g is too small", var);
    }
    return DYAD_OK;
}

/* Tables, so that the searches' inner loops need no log(len) and no
 * division by len. */
static int prob_tables(cp_prob *p, const dyad_stats_cp_opts *r,
                       dyad_err *err)
{
    size_t n = p->n;
    if (r->cost == DYAD_COST_MEANVAR) {
        if (!(p->il = alloc_array(n + 1, sizeof *p->il)))
            return nomem(err);
        p->il[0] = 0;
        for (size_t i = 1; i <= n; i++)
            p->il[i] = 1 / (double)i;
    }
    if (p->mbic) {
        if (!(p->lg = alloc_array(n + 1, sizeof *p->lg)))
            return nomem(err);
        p->lg[0] = 0;
        for (size_t i = 1; i <= n; i++)
            p->lg[i] = log((double)i) - p->log_n;
    }
    return DYAD_OK;
}

/* The segment costs from a segment's sums: weight W, S = sum w c and
 * Q = sum w c^2. PELT's inner loop and every other search use these same
 * expressions, so PELT and the reference compute the same bits. */
static inline double cost_mean(double W, double S, double Q, double iv)
{
    double rss = Q - S * S / W;
    return (rss > 0 ? rss : 0) * iv;
}

/* -2 log L at the MLE, the variance held >= floor: len log s2 + RSS/s2 */
static inline double cost_meanvar(const cp_prob *p, double W, double S,
                                  double Q, size_t len)
{
    double rss = Q - S * S / W;
    if (rss < 0)
        rss = 0;
    double s2 = rss * p->il[len];
    return s2 < p->floor ? (double)len * p->log_floor + rss / p->floor
                         : (double)len * (log(s2) + 1);
}

/* Count costs: -2 log L over the dispersion D for a total W and a count
 * S, at the segment's rate estimated with half an event added (S + 1/2)
 * / W (binomial: (S + 1/2) / (W + 1); Jeffreys' prior, the Haldane-
 * Anscombe correction); the terms that do not depend on the segmentation
 * (log c!, log binomial coefficients, sum c log N_i) are left out.
 * Poisson with exposure W: -2 (S log (S+1/2) - S log W - S - 1/2);
 * binomial: -2 (S log (S+1/2) + (W-S) log (W-S+1/2) - W log (W+1)).
 *
 * Why not the rate S / W: at S = 0 it is 0, and a segment of zeros then
 * fits perfectly (cost 0) however long it is, so splitting a run of
 * zeros off a segment of a few events gains the most, and one event more
 * or less at its edge moves the split most. The State of the Union has
 * such runs before a country enters the addresses: bench/shifts (d)
 * measured shifts changing in 8.7% of one-event perturbations (Japan's
 * cooperation: the start of 1858 moving to 1852 or 1840 with an event
 * more in 1839-57) and the war episode of USA-DEU conflict 1942-46
 * becoming 1867-1945 when the 1946 address lost one event. With half an
 * event a zero segment costs D^-1 and its fit no longer improves as it
 * grows. The correction of a segment is between 0 and 1 / D (W times
 * the Kullback-Leibler divergence of the two rates, at most 1/2), less
 * than 0.1 / D from 3 events on: dense counts keep the likelihood ratio
 * of the plain rates. */
static inline double count_ll2(const cp_prob *p, double W, double S)
{
    double ll = p->cost == DYAD_COST_BINOMIAL
                    ? S * log(S + 0.5) + (W - S) * log(W - S + 0.5) -
                          W * log(W + 1)
                    : S * log(S + 0.5) - (S > 0 ? S * log(W) : 0) - S - 0.5;
    return -2 * ll;
}

/* The inverse dispersion of a segment of len periods with S events: 1 /
 * D, or with a growing dispersion (count_slope) 1 / (D + a S / len). */
static inline double count_inv(const cp_prob *p, double S, size_t len)
{
    return p->disp_a > 0 ? 1 / (1 / p->inv_var + p->disp_a * S / (double)len)
                         : p->inv_var;
}

/* The cost of a count segment: count_ll2 over the dispersion. With a
 * dispersion of its own the segment's deviance is used, count_ll2 plus
 * twice its saturated log-likelihood A (the prefix sums cq; for the
 * Poisson cost less 2 S, the -S of count_ll2): the terms one dispersion
 * left out as the same for every segmentation are no longer so. */
static inline double cost_count(const cp_prob *p, double W, double S,
                                double A, size_t len)
{
    double c = count_ll2(p, W, S);
    if (!(p->disp_a > 0))
        return c * p->inv_var;
    c += 2 * A - (p->cost == DYAD_COST_POISSON ? 2 * S : 0);
    double inv = count_inv(p, S, len);
    return c * inv - (double)len * log(inv);
}

/* A segment's cost from its sums (len values). */
static inline double cost_sums(const cp_prob *p, double W, double S,
                               double Q, size_t len)
{
    switch (p->cost) {
    case DYAD_COST_MEAN: return cost_mean(W, S, Q, p->inv_var);
    case DYAD_COST_MEANVAR: return cost_meanvar(p, W, S, Q, len);
    default: return cost_count(p, W, S, Q, len);
    }
}

/* Cost of the segment y[a..b-1], a < b. */
static inline double seg_cost(const cp_prob *p, size_t a, size_t b)
{
    double W = (p->cw[b] - p->cw[a]) + (p->cw2[b] - p->cw2[a]);
    double S = (p->cs[b] - p->cs[a]) + (p->cs2[b] - p->cs2[a]);
    double Q = (p->cq[b] - p->cq[a]) + (p->cq2[b] - p->cq2[a]);
    double c = cost_sums(p, W, S, Q, b - a);
    if (p->lg)
        c += p->lg[b - a];
    return c;
}

/* Penalised cost of the segmentation with changes c[0..k-1]. */
static double total_cost(const cp_prob *p, const size_t *c, size_t k)
{
    double s = 0;
    size_t a = 0;
    for (size_t j = 0; j <= k; j++) {
        size_t b = j < k ? c[j] : p->n;
        s += seg_cost(p, a, b);
        a = b;
    }
    return s + (double)k * p->beta;
}

/* --- searches: each sets *c (new memory, ascending) and *k --- */

/* Follows last[] back from n. */
static int backtrack(const size_t *last, size_t n, size_t **c, size_t *k,
                     dyad_err *err)
{
    size_t cnt = 0;
    for (size_t t = last[n]; t > 0; t = last[t])
        cnt++;
    *k = cnt;
    if (!(*c = alloc_array(cnt, sizeof **c)))
        return nomem(err);
    for (size_t t = last[n]; t > 0; t = last[t])
        (*c)[--cnt] = t;
    return DYAD_OK;
}

/* Optimal partitioning: F[t] is the optimal penalised cost of y[0..t-1]
 * (F[0] = -beta, so that each segment adds its cost plus beta), last[t]
 * its last change; every admissible last change 0, m, ..., t - m is
 * tried. */
static void run_op(const cp_prob *p, double *F, size_t *last)
{
    size_t n = p->n, m = p->m;
    for (size_t t = m; t <= n; t++) {
        double best = INFINITY;
        size_t arg = 0;
        for (size_t tau = 0; tau + m <= t; tau = tau ? tau + 1 : m) {
            double v = F[tau] + seg_cost(p, tau, t);
            if (v + p->beta < best) {
                best = v + p->beta;
                arg = tau;
            }
        }
        F[t] = best;
        last[t] = arg;
    }
}

/* PELT's candidate last changes, as arrays of their tau and of F and the
 * prefix sums at tau, so that the inner loop reads memory in order (and
 * the compiler may vectorise it). */
typedef struct pelt_cands {
    size_t *tau, *until;
    double *f, *w, *s, *q, *w2, *s2, *q2, *val;
    double *lo, *hi;        /* where the segment mean may still lie */
} pelt_cands;

/* val[j] = f[j] + cost_mean(j's segment up to t), the hot loop. GCC's
 * -O2 vectorises only loops whose trip count needs no remainder; this one
 * gains twice its speed with SSE2 (same IEEE operations, same results). */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("tree-vectorize", "vect-cost-model=dynamic")))
#endif
static void mean_loop(double *restrict val, const pelt_cands *c, size_t nc,
                      const double *t, double iv)
{
    const double *restrict f = c->f, *restrict w = c->w, *restrict s = c->s;
    const double *restrict q = c->q, *restrict w2 = c->w2;
    const double *restrict s2 = c->s2, *restrict q2 = c->q2;
    double wt = t[0], wt2 = t[1], st = t[2], st2 = t[3], qt = t[4];
    double qt2 = t[5];
    for (size_t j = 0; j < nc; j++)
        val[j] = f[j] + cost_mean((wt - w[j]) + (wt2 - w2[j]),
                                  (st - s[j]) + (st2 - s2[j]),
                                  (qt - q[j]) + (qt2 - q2[j]), iv);
}

/* mean_loop with MBIC's log(len / n) (added as seg_cost adds it, so
 * that PELT and the reference compute the same bits). */
static void mean_loop_mbic(double *restrict val, const pelt_cands *c,
                           size_t nc, const double *t, double iv,
                           const double *restrict lg, size_t now)
{
    const double *restrict f = c->f, *restrict w = c->w, *restrict s = c->s;
    const double *restrict q = c->q, *restrict w2 = c->w2;
    const double *restrict s2 = c->s2, *restrict q2 = c->q2;
    const size_t *restrict tau = c->tau;
    double wt = t[0], wt2 = t[1], st = t[2], st2 = t[3], qt = t[4];
    double qt2 = t[5];
    for (size_t j = 0; j < nc; j++)
        val[j] = f[j] + (cost_mean((wt - w[j]) + (wt2 - w2[j]),
                                   (st - s[j]) + (st2 - s2[j]),
                                   (qt - q[j]) + (qt2 - q2[j]), iv) +
                         lg[now - tau[j]]);
}

/* Whether candidate j can no longer be the last change for any s >= t + m,
 * given F[t] <= lim (F[t] plus a margin against rounding).
 *
 * PELT's rule (Killick et al. 2012, K = 0): F[tau] + C0(tau, t) > F[t],
 * C0 the cost without MBIC's log(len / n). For s >= t + m, C0(tau, s) >=
 * C0(tau, t) + C0(t, s) (a split segment's -2 log L, minimised over more
 * parameters, is no larger), and log((s - tau) / n) > log((s - t) / n),
 * so t beats tau at every such s.
 *
 * Then FPOP's functional rule (Maidstone et al. 2017): with a last change
 * at tau and segment parameters theta, the cost at any s >= t exceeds
 * that with a last change at t and the same theta by D = F[tau] +
 * C0(tau, t; theta) - F[t], whatever the data after t. tau keeps the
 * intersection over t of the sets where D <= 0, as an interval of the
 * segment mean mu; once it is empty, some later candidate beats tau at
 * every mu. For MEAN, D <= 0 is W (mu - S/W)^2 / sigma^2 <= F[t] - F[tau]
 * - C0(tau, t). For MEANVAR, D = F[tau] - F[t] + L log v + (RSS + W (mu -
 * S/W)^2) / v over the variance v as well; projected onto mu (the largest
 * W (mu - S/W)^2 over v > 0, at v = exp(c / L - 1)): W (mu - S/W)^2 <=
 * L exp(c / L - 1) - RSS with c = F[t] - F[tau], L = t - tau. Ignoring
 * the floor on v and MBIC's terms only widens the sets, so the rule stays
 * exact. It subsumes PELT's, and keeps few candidates even in long
 * segments without change, where PELT keeps them all. */
static int dominated(const cp_prob *p, pelt_cands *c, size_t j, size_t t,
                     double lim, const double *tv)
{
    double v = c->val[j];
    size_t len = t - c->tau[j];
    if (p->lg)
        v -= p->lg[len];
    if (is_count(p->cost))
        /* PELT's rule only, with K = -2 / D: the half event adds 0 to
         * 1 / D to each segment's cost, so a segment may cost up to
         * 2 / D less than its two parts together */
        return !(v - 2 * p->inv_var <= lim);
    if (!(v <= lim))
        return 1;
    double W = (tv[0] - c->w[j]) + (tv[1] - c->w2[j]);
    double S = (tv[2] - c->s[j]) + (tv[3] - c->s2[j]), cen = S / W, r2;
    if (p->cost == DYAD_COST_MEAN) {
        r2 = (lim - v) / (p->inv_var * W);
    } else {
        /* every 4th step only: the exp costs more than the interval gains
         * in between (fewer constraints only widen it) */
        if (t % 4)
            return 0;
        double Q = (tv[4] - c->q[j]) + (tv[5] - c->q2[j]);
        double rss = Q - S * S / W, L = (double)len;
        r2 = (L * exp((lim - c->f[j]) / L - 1) - (rss > 0 ? rss : 0)) / W;
        if (!isfinite(r2))
            return 0;
    }
    double r = sqrt(r2 > 0 ? r2 : 0);
    r += 1e-9 * (fabs(cen) + r + p->scale);
    if (cen - r > c->lo[j])
        c->lo[j] = cen - r;
    if (cen + r < c->hi[j])
        c->hi[j] = cen + r;
    return c->lo[j] > c->hi[j];
}

/* PELT: optimal partitioning over the candidates that are not dominated.
 * A candidate dominated at t is still admissible for t < s < t + m, where
 * t is not (a segment from t would be too short), so it stays until
 * t + m (until[]). */
static void run_pelt_pruned(const cp_prob *p, double *F, size_t *last,
                            pelt_cands *c)
{
    size_t n = p->n, m = p->m, nc = 0;
    double beta = p->beta, iv = p->inv_var;
    for (size_t t = m; t <= n; t++) {
        size_t tau = t - m;
        if (tau == 0 || tau >= m) {
            c->tau[nc] = tau;
            c->until[nc] = SIZE_MAX;
            c->f[nc] = F[tau];
            c->w[nc] = p->cw[tau];
            c->s[nc] = p->cs[tau];
            c->q[nc] = p->cq[tau];
            c->w2[nc] = p->cw2[tau];
            c->s2[nc] = p->cs2[tau];
            c->q2[nc] = p->cq2[tau];
            c->lo[nc] = -INFINITY;
            c->hi[nc] = INFINITY;
            nc++;
        }
        const double tv[6] = {p->cw[t], p->cw2[t], p->cs[t],
                              p->cs2[t], p->cq[t], p->cq2[t]};
        double *val = c->val;
        if (p->cost == DYAD_COST_MEAN && !p->lg) {
            mean_loop(val, c, nc, tv, iv);
        } else if (p->cost == DYAD_COST_MEAN) {
            mean_loop_mbic(val, c, nc, tv, iv, p->lg, t);
        } else {
            for (size_t j = 0; j < nc; j++) {
                size_t len = t - c->tau[j];
                double W = (tv[0] - c->w[j]) + (tv[1] - c->w2[j]);
                double S = (tv[2] - c->s[j]) + (tv[3] - c->s2[j]);
                double Q = (tv[4] - c->q[j]) + (tv[5] - c->q2[j]);
                double v = cost_sums(p, W, S, Q, len);
                if (p->lg)
                    v += p->lg[len];
                val[j] = c->f[j] + v;
            }
        }
        double best = INFINITY;
        size_t arg = 0;
        for (size_t j = 0; j < nc; j++)
            if (val[j] + beta < best) {
                best = val[j] + beta;
                arg = j;
            }
        F[t] = best;
        last[t] = c->tau[arg];
        double lim = best + 1e-9 * (fabs(best) + 1);
        size_t kept = 0;
        for (size_t j = 0; j < nc; j++) {
            if (c->until[j] == SIZE_MAX && dominated(p, c, j, t, lim, tv))
                c->until[j] = t + m;
            if (c->until[j] <= t + 1)
                continue;
            if (kept != j) {
                c->tau[kept] = c->tau[j];
                c->until[kept] = c->until[j];
                c->f[kept] = c->f[j];
                c->w[kept] = c->w[j];
                c->s[kept] = c->s[j];
                c->q[kept] = c->q[j];
                c->w2[kept] = c->w2[j];
                c->s2[kept] = c->s2[j];
                c->q2[kept] = c->q2[j];
                c->lo[kept] = c->lo[j];
                c->hi[kept] = c->hi[j];
            }
            kept++;
        }
        nc = kept;
    }
}

/* Exact segmentation by PELT (prune) or optimal partitioning. */
static int run_pelt(const cp_prob *p, int prune, size_t **c, size_t *k,
                    dyad_err *err)
{
    size_t n = p->n;
    double *F = alloc_array(n + 1, sizeof *F);
    size_t *last = alloc_array(n + 1, sizeof *last);
    pelt_cands pc = {0};
    int rc = DYAD_OK;
    if (!F || !last) {
        rc = nomem(err);
        goto out;
    }
    F[0] = -p->beta;
    last[0] = 0;
    for (size_t t = 1; t < p->m; t++) {
        F[t] = INFINITY;
        last[t] = 0;
    }
    if (prune) {
        if (!(pc.tau = alloc_array(n + 1, sizeof *pc.tau)) ||
            !(pc.until = alloc_array(n + 1, sizeof *pc.until)) ||
            !(pc.f = alloc_array(n + 1, sizeof *pc.f)) ||
            !(pc.w = alloc_array(n + 1, sizeof *pc.w)) ||
            !(pc.s = alloc_array(n + 1, sizeof *pc.s)) ||
            !(pc.q = alloc_array(n + 1, sizeof *pc.q)) ||
            !(pc.w2 = alloc_array(n + 1, sizeof *pc.w2)) ||
            !(pc.s2 = alloc_array(n + 1, sizeof *pc.s2)) ||
            !(pc.q2 = alloc_array(n + 1, sizeof *pc.q2)) ||
            !(pc.val = alloc_array(n + 1, sizeof *pc.val)) ||
            !(pc.lo = alloc_array(n + 1, sizeof *pc.lo)) ||
            !(pc.hi = alloc_array(n + 1, sizeof *pc.hi))) {
            rc = nomem(err);
            goto out;
        }
        run_pelt_pruned(p, F, last, &pc);
    } else {
        run_op(p, F, last);
    }
    rc = backtrack(last, n, c, k, err);
out:
    dyad_free(F);
    dyad_free(last);
    dyad_free(pc.tau);
    dyad_free(pc.until);
    dyad_free(pc.f);
    dyad_free(pc.w);
    dyad_free(pc.s);
    dyad_free(pc.q);
    dyad_free(pc.w2);
    dyad_free(pc.s2);
    dyad_free(pc.q2);
    dyad_free(pc.val);
    dyad_free(pc.lo);
    dyad_free(pc.hi);
    return rc;
}

typedef struct bseg {
    size_t a, b, k;   /* segment y[a..b-1], its best split k */
    double gain;      /* cost(a, b) - cost(a, k) - cost(k, b) */
} bseg;

static void best_split(const cp_prob *p, bseg *s)
{
    s->gain = -INFINITY;
    s->k = 0;
    if (s->b - s->a < 2 * p->m)
        return;
    double whole = seg_cost(p, s->a, s->b);
    for (size_t k = s->a + p->m; k + p->m <= s->b; k++) {
        double g = whole - seg_cost(p, s->a, k) - seg_cost(p, k, s->b);
        if (g > s->gain) {
            s->gain = g;
            s->k = k;
        }
    }
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static int run_binseg(const cp_prob *p, size_t max_changes, size_t **c,
                      size_t *k, dyad_err *err)
{
    size_t cap = p->n / p->m + 1, ns = 1, nc = 0;
    bseg *seg = alloc_array(cap, sizeof *seg);
    *c = alloc_array(cap, sizeof **c);
    if (!seg || !*c) {
        dyad_free(seg);
        dyad_free(*c);
        *c = NULL;
        return nomem(err);
    }
    seg[0] = (bseg){0, p->n, 0, 0};
    best_split(p, &seg[0]);
    while (max_changes == 0 || nc < max_changes) {
        size_t j = 0;
        for (size_t i = 1; i < ns; i++)
            if (seg[i].gain > seg[j].gain)
                j = i;
        if (!(seg[j].gain > p->beta))
            break;
        size_t at = seg[j].k;
        (*c)[nc++] = at;
        seg[ns] = (bseg){at, seg[j].b, 0, 0};
        seg[j].b = at;
        best_split(p, &seg[j]);
        best_split(p, &seg[ns]);
        ns++;
    }
    qsort(*c, nc, sizeof **c, cmp_size);
    *k = nc;
    dyad_free(seg);
    return DYAD_OK;
}

/* The CUSUM argmax over m <= k <= n - m of |cs[k]|; cs is centred. */
static void run_cusum(const cp_prob *p, size_t *index, double *stat,
                      double *pv)
{
    double best = -1;
    size_t arg = p->m;
    for (size_t k = p->m; k + p->m <= p->n; k++) {
        double s = fabs(p->cs[k] + p->cs2[k]);
        if (s > best) {
            best = s;
            arg = k;
        }
    }
    *index = arg;
    *stat = best * sqrt(p->inv_var / (p->cw[p->n] + p->cw2[p->n]));
    *pv = dyad_stats_kolmogorov_q(*stat);
}

int dyad_stats_cusum(const double *y, const double *w, size_t n,
                     size_t min_size, double var, size_t *index,
                     double *stat, double *p, dyad_err *err)
{
    dyad_stats_cp_opts o = {0}, r;
    o.method = DYAD_CP_CUSUM;
    o.min_size = min_size;
    o.var = var;
    cp_prob pr = {0};
    int rc = check_input(y, w, n, DYAD_COST_MEAN, err);
    if (rc == DYAD_OK)
        rc = resolve_opts(&o, n, &r, err);
    if (rc == DYAD_OK)
        rc = prob_init(&pr, y, w, n, &r, err);
    if (rc == DYAD_OK) {
        size_t i;
        double s, pv;
        run_cusum(&pr, &i, &s, &pv);
        if (index)
            *index = i;
        if (stat)
            *stat = s;
        if (p)
            *p = pv;
    }
    prob_free(&pr);
    return rc;
}

/* --- shifts --- */

/* The value of period i: y, or for the count costs the rate y / total. */
static double period_value(const cp_prob *p, size_t i)
{
    return is_count(p->cost) ? p->y[i] / (p->tot ? p->tot[i] : 1) : p->y[i];
}

/* The weighted residual sums of squares of y[a..b-1] (a < m < b, the
 * MEAN cost's weights) about two levels, [a, m) and [m, b), and about
 * one straight line over both (x the index; two parameters each); and
 * about that line with a step at m, and with a bend at m instead (a
 * broken line, continuous; three each). */
typedef struct slope_fit {
    double step, line, line_step, bend;
} slope_fit;

/* The RSS of the line fit (rl, from centred sums sxx, sxy) with one more
 * regressor z (its centred sums szz, sxz, szy). */
static double with_regressor(double rl, double sxx, double sxy, double szz,
                             double sxz, double szy)
{
    double rzz = szz - sxz * sxz / sxx, rzy = szy - sxz * sxy / sxx;
    double r = rzz > 1e-12 * szz ? rl - rzy * rzy / rzz : rl;
    return r > 0 ? r : 0;
}

static slope_fit step_or_line(const cp_prob *p, size_t a, size_t m,
                              size_t b)
{
    const double *y = p->ys, *wn = p->wn;
    double w[2] = {0, 0}, s[2] = {0, 0}, xm = 0, hm = 0;
    double knot = (double)(m - a) - 0.5;   /* between m - 1 and m */
    for (size_t i = a; i < b; i++) {
        double wi = wn ? wn[i] : 1, x = (double)(i - a);
        w[i >= m] += wi;
        s[i >= m] += wi * y[i];
        xm += wi * x;
        hm += wi * (x > knot ? x - knot : 0);
    }
    double W = w[0] + w[1], ym = (s[0] + s[1]) / W, dm = w[1] / W;
    double m0 = s[0] / w[0], m1 = s[1] / w[1];
    xm /= W;
    hm /= W;
    /* centred sums of x, y, the step d (0 before m, 1 from m) and the
     * hinge h (0 before m, x - knot from m) */
    double sxx = 0, sxy = 0, syy = 0, rs = 0;
    double sxd = 0, sdd = 0, sdy = 0, sxh = 0, shh = 0, shy = 0;
    for (size_t i = a; i < b; i++) {
        double wi = wn ? wn[i] : 1, x = (double)(i - a);
        double dx = x - xm, dy = y[i] - ym, dl = y[i] - (i < m ? m0 : m1);
        double dd = (i >= m) - dm, dh = (x > knot ? x - knot : 0) - hm;
        sxx += wi * dx * dx;
        sxy += wi * dx * dy;
        syy += wi * dy * dy;
        rs += wi * dl * dl;
        sxd += wi * dx * dd;
        sdd += wi * dd * dd;
        sdy += wi * dd * dy;
        sxh += wi * dx * dh;
        shh += wi * dh * dh;
        shy += wi * dh * dy;
    }
    slope_fit f = {rs, syy, syy, syy};
    if (sxx > 0) {
        double rl = syy - sxy * sxy / sxx;
        f.line = rl > 0 ? rl : 0;
        f.line_step = with_regressor(f.line, sxx, sxy, sdd, sxd, sdy);
        f.bend = with_regressor(f.line, sxx, sxy, shh, sxh, shy);
    }
    return f;
}

/* The weighted residual sum of squares of p->ys[a..b-1] / p->scale (the
 * series in its SDs, so that no square overflows) about the polynomial of
 * degree deg (0, 1 or 2) in the index, its residuals into res (b - a
 * doubles) when not NULL. x and y are centred first; the normal
 * equations are solved by Gaussian elimination with partial pivoting. */
static double poly_rss(const cp_prob *p, size_t a, size_t b, int deg,
                       double *res)
{
    const double *y = p->ys, *wn = p->wn;
    double W = 0, xm = 0, ym = 0, sc = p->scale;
    for (size_t i = a; i < b; i++) {
        double wi = wn ? wn[i] : 1;
        W += wi;
        xm += wi * (double)(i - a);
        ym += wi * y[i] / sc;
    }
    xm /= W;
    ym /= W;
    double h = (double)(b - a) / 2;   /* x in about [-1, 1] */
    double A[3][4] = {{0}};
    int k = deg + 1;
    for (size_t i = a; i < b; i++) {
        double wi = wn ? wn[i] : 1, x = ((double)(i - a) - xm) / h;
        double f[3] = {1, x, x * x}, d = y[i] / sc - ym;
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++)
                A[r][c] += wi * f[r] * f[c];
            A[r][3] += wi * f[r] * d;
        }
    }
    double beta[3] = {0, 0, 0};
    for (int c = 0; c < k; c++) {
        int piv = c;
        for (int r = c + 1; r < k; r++)
            if (fabs(A[r][c]) > fabs(A[piv][c]))
                piv = r;
        if (!(fabs(A[piv][c]) > 0))
            continue;   /* a column of zeros: that term is not fitted */
        for (int j = 0; j < 4; j++) {
            double t = A[c][j];
            A[c][j] = A[piv][j];
            A[piv][j] = t;
        }
        for (int r = 0; r < k; r++) {
            if (r == c)
                continue;
            double g = A[r][c] / A[c][c];
            for (int j = c; j < 4; j++)
                A[r][j] -= g * A[c][j];
        }
    }
    for (int c = 0; c < k; c++)
        beta[c] = fabs(A[c][c]) > 0 ? A[c][3] / A[c][c] : 0;
    double rss = 0;
    for (size_t i = a; i < b; i++) {
        double wi = wn ? wn[i] : 1, x = ((double)(i - a) - xm) / h;
        double e = y[i] / sc - ym - beta[0] - beta[1] * x - beta[2] * x * x;
        if (res)
            res[i - a] = e;
        rss += wi * e * e;
    }
    return rss;
}

/* The longest run of neighbouring changes that merge_slopes tests as one
 * trend cut into stairs. Runs of 3, 5 and 8 found the same on
 * bench/shifts (a); the run tests cost O(RUN_MAX^2 n). */
enum { RUN_MAX = 6 };
/* The shortest level whose residuals run_gain reads for whiteness: in
 * fewer values their lag-1 coefficient is pulled below 0 (by about -1 /
 * length), and a short series' AR(1) wander, cut into stairs, passed for
 * steps (bench/shifts (b): 26 values of phi 0.8, false changes 1.85 ->
 * 1.96 without this bound). */
enum { RUN_WHITE_MIN = 10 };

/* merge_slopes' scratch, k changes: per change, how well a line fits its
 * two segments (ratio), whether a jump there is a step on a trend (jump),
 * and the gains of the runs of 2..RUN_MAX changes that start there (gain,
 * RUN_MAX - 1 each) and whether they are to be computed again (stale). */
typedef struct slope_state {
    double *ratio, *gain, *e;   /* e: scratch for residuals, n */
    unsigned char *jump, *stale;
} slope_state;

/* How well one line fits the two segments of change j of c[0..k-1] as
 * against their two levels: line / step into ratio[j], or INFINITY when
 * the change is a step: the line fits worse than the two levels, or a
 * jump at the change fits better than a bend there by the penalty (a
 * step on a trend; then jump[j] is 1). 0 / 0, a line through two values,
 * is 0. */
static void slope_ratio(const cp_prob *p, const size_t *c, size_t k,
                        size_t j, slope_state *st)
{
    slope_fit f = step_or_line(p, j ? c[j - 1] : 0, c[j],
                               j + 1 < k ? c[j + 1] : p->n);
    st->jump[j] = (f.bend - f.line_step) * p->inv_var > p->beta;
    st->ratio[j] = !(f.line <= f.step) || st->jump[j] ? INFINITY
                   : f.step > 0                         ? f.line / f.step
                                                        : 0;
}

/* What merging the run of changes c[j..j+len-1] into one trend gains,
 * in the penalised cost: its len + 1 levels cost their residuals over the
 * noise variance and len penalties, one straight line over the same
 * values its residuals and one penalty (its slope), so a run goes when
 * the line's residuals exceed the levels' by less than len - 1 penalties
 * (for one change that is merge_slopes' rule: the line fits as well).
 * The noise variance is the problem's, or the residuals' about the run's
 * levels when those are white (a lag-1 coefficient under
 * LEVELS_PHI_MAX) and smaller. -INFINITY when a change of the run is a
 * step on a trend. st->e: scratch. */
static double run_gain(const cp_prob *p, const size_t *c, size_t k,
                       size_t j, size_t len, const slope_state *st)
{
    size_t a = j ? c[j - 1] : 0, b = j + len < k ? c[j + len] : p->n;
    for (size_t i = j; i < j + len; i++)
        if (st->jump[i])
            return -INFINITY;
    /* poly_rss reads the series in its SDs */
    double lev = 0, line = poly_rss(p, a, b, 1, NULL);
    for (size_t i = j, s0 = a; i <= j + len; i++) {
        size_t s1 = i < j + len ? c[i] : b;
        lev += poly_rss(p, s0, s1, 0, NULL);
        s0 = s1;
    }
    /* levels that leave white residuals are steps, and their noise is
     * those residuals' (the lags' was widened by the steps themselves):
     * a staircase of three 2-SD steps 50 values apart went into a line
     * in 9 of 20 series, now 2 (four steps of 1.5 SDs 40 apart: all
     * found in 2 of 20, now 5); (a), (c), (d) the same */
    lev_sums t = {0, 0, 0, 0};
    size_t shortest = b - a;
    for (size_t i = j, s0 = a; i <= j + len; i++) {
        size_t s1 = i < j + len ? c[i] : b;
        lev_sums si = seg_lev_sums(p, st->e, s0, s1);
        lev_add(&t, &si, 1);
        if (s1 - s0 < shortest)
            shortest = s1 - s0;
        s0 = s1;
    }
    double s2, inv = p->inv_var;
    if (shortest >= RUN_WHITE_MIN && sums_ar1(&t, &s2) < LEVELS_PHI_MAX) {
        double v = fmax(s2, p->var_floor);
        if (v > 0 && 1 / v > inv)
            inv = 1 / v;
    }
    return (double)(len - 1) * p->beta -
           (line - lev) * p->scale * p->scale * inv;
}

/* Drops the len changes c[at..at+len-1] of *k: their neighbours now
 * border the merged segment, so their ratios are computed again and the
 * runs that reach them are stale. */
static void drop_changes(const cp_prob *p, size_t *c, size_t *k, size_t at,
                         size_t len, slope_state *st)
{
    size_t rest = *k - at - len, g = RUN_MAX - 1;
    memmove(&c[at], &c[at + len], rest * sizeof *c);
    memmove(&st->ratio[at], &st->ratio[at + len], rest * sizeof *st->ratio);
    memmove(&st->jump[at], &st->jump[at + len], rest);
    memmove(&st->stale[at], &st->stale[at + len], rest);
    memmove(&st->gain[at * g], &st->gain[(at + len) * g],
            rest * g * sizeof *st->gain);
    *k -= len;
    if (at > 0)
        slope_ratio(p, c, *k, at - 1, st);
    if (at < *k)
        slope_ratio(p, c, *k, at, st);
    for (size_t j = at > RUN_MAX ? at - RUN_MAX : 0; j <= at && j < *k; j++)
        st->stale[j] = 1;
}

/* Merges the changes that are part of a slope, not a step. First pairs:
 * where one straight line over the two segments of a change fits them as
 * well as their two levels (the same number of parameters), the change
 * goes, the one whose line fits best relative to its step first, and its
 * neighbours are tested again on their merged segments. Then runs: when
 * no pair merges, the run of 2 to RUN_MAX neighbouring changes whose
 * line gains most (run_gain) goes, and the pairs are tested again. The
 * MEAN cost cuts a trend, a random walk's excursion or a growing seasonal
 * swing into a staircase whatever its noise estimate (each stair gains
 * more than the penalty); a change of level is a step, which a line does
 * not fit. Pairs alone left a straight trend of 2 SDs over 500 values of
 * white noise in two or three stairs one time in four, each pair fitting
 * its two levels a little better than a line (bench/shifts (b): 1.00
 * false changes a series, 0.00 with the runs). c[0..*k-1] ascending,
 * edited in place. */
static int merge_slopes(const cp_prob *p, size_t *c, size_t *k,
                        dyad_err *err)
{
    size_t g = RUN_MAX - 1;
    unsigned char *bytes = alloc_array(*k, (g + 1) * sizeof(double) + 2);
    double *e = alloc_array(p->n, sizeof *e);
    if (!bytes || !e) {
        dyad_free(bytes);
        dyad_free(e);
        return nomem(err);
    }
    /* gains first, so that each array is aligned for its type */
    slope_state st = {.gain = (double *)(void *)bytes, .e = e};
    st.ratio = st.gain + *k * g;
    st.jump = (unsigned char *)(st.ratio + *k);
    st.stale = st.jump + *k;
    for (size_t j = 0; j < *k; j++) {
        slope_ratio(p, c, *k, j, &st);
        st.stale[j] = 1;
    }
    while (*k > 0) {
        size_t drop = 0, len = 0;
        for (size_t j = 1; j < *k; j++)
            if (st.ratio[j] < st.ratio[drop])
                drop = j;
        if (st.ratio[drop] < INFINITY) {
            drop_changes(p, c, k, drop, 1, &st);
            continue;
        }
        double best = 0;
        for (size_t j = 0; j < *k; j++) {
            double *gj = &st.gain[j * g];
            for (size_t l = 2; l <= RUN_MAX; l++) {
                if (st.stale[j])
                    gj[l - 2] = j + l <= *k ? run_gain(p, c, *k, j, l, &st)
                                            : -INFINITY;
                if (gj[l - 2] > best) {
                    best = gj[l - 2];
                    drop = j;
                    len = l;
                }
            }
            st.stale[j] = 0;
        }
        if (!len)
            break;
        drop_changes(p, c, k, drop, len, &st);
    }
    dyad_free(bytes);
    dyad_free(e);
    return DYAD_OK;
}

/* --- changes of trend (DYAD_BENDS_FIND) --- */

/* A bend is at least this many values from its segment's ends (a line
 * through fewer is an outlier's, not a trend's). */
enum { BEND_EDGE = 5 };
/* The longest segment searched for two bends at once. */
enum { BEND_PAIR_MAX = 2000 };

/* Prefix sums over [a, b) of w, wx, wxx, wy, wxy, wyy (x the index from
 * a, y in SDs, as poly_rss, less the segment's mean): s[6 i + j] holds
 * sum j over [a, a + i), i from 0 to b - a. NULL when out of memory. */
static double *bend_sums(const cp_prob *p, size_t a, size_t b)
{
    const double *y = p->ys, *wn = p->wn;
    size_t len = b - a;
    double *s = alloc_array(6 * (len + 1), sizeof *s);
    if (!s)
        return NULL;
    double ym = 0, W = 0, sc = p->scale;
    for (size_t i = a; i < b; i++) {
        W += wn ? wn[i] : 1;
        ym += (wn ? wn[i] : 1) * y[i] / sc;
    }
    ym /= W;
    memset(s, 0, 6 * sizeof *s);
    for (size_t i = 0; i < len; i++) {
        double wi = wn ? wn[a + i] : 1, x = (double)i, d = y[a + i] / sc - ym;
        double t[6] = {wi, wi * x, wi * x * x, wi * d, wi * x * d, wi * d * d};
        for (int j = 0; j < 6; j++)
            s[6 * (i + 1) + j] = s[6 * i + j] + t[j];
    }
    return s;
}

/* The residual sum of squares about one line over [a + i, a + j), from
 * the prefix sums s of bend_sums. */
static double line_rss(const double *s, size_t i, size_t j)
{
    double S[6];
    for (int k = 0; k < 6; k++)
        S[k] = s[6 * j + k] - s[6 * i + k];
    double cxx = S[2] - S[1] * S[1] / S[0];
    double cxy = S[4] - S[1] * S[3] / S[0];
    double cyy = S[5] - S[3] * S[3] / S[0];
    double e = cxx > 0 ? cyy - cxy * cxy / cxx : cyy;
    return e > 0 ? e : 0;
}

/* trend_noise's model: lines, from the prefix sums s of bend_sums over
 * the whole series. */
typedef struct line_ctx {
    const cp_prob *p;
    const double *s;
} line_ctx;

static double line_seg_rss(const void *ctx, size_t a, size_t b)
{
    return line_rss(((const line_ctx *)ctx)->s, a, b);
}

static void line_resid(const void *ctx, size_t a, size_t b, double *e)
{
    const cp_prob *p = ((const line_ctx *)ctx)->p;
    poly_rss(p, a, b, 1, e + a);
    for (size_t t = a; t < b && p->wn; t++)
        e[t] *= sqrt(p->wn[t]);
}

/* From AR_MIN_N values to fewer than SEG_NOISE_N, whether the series is
 * a trend that bends: piecewise lines with AR(1) errors (seg_fit, up to
 * SEG_NOISE_K bends, segments of BEND_EDGE values or more) against
 * levels with AR(1) errors (seg_noise), each at its least criterion,
 * the lines' with TREND_SLOPE_PEN log n more for each segment's slope.
 * *trend 1 when the lines win, and *var, *phi the noise of the lines
 * at their own best number of bends (in SDs, as poly_rss). In so few
 * values the residuals about one quadratic hold every bend but one, and
 * their variance (the AR(1) fit at its cap) hid the bends the eye marks
 * in short yearly series: the 1973 oil shock in US petrol prices,
 * China's Great Leap and reforms in its income series. bench/shifts
 * (a), the seven clean checks pooled: 0.527 / 0.591 -> 0.571 / 0.630;
 * (b), a short trend bending twice: its bends found 0% -> 68-81% (38-74%
 * at 2 log n a slope).
 * LINE_CHG_PEN's extra log n for a change keeps the lines from taking
 * up the wander of AR(1) noise (a straight trend of 10 SDs in 35-55
 * values of phi 0.5: 0.04-0.10 false bends a series before these rules,
 * 0.36-0.51 at 3 log n, 0.04-0.13 at 4); the comparison keeps a series
 * of steps from being searched as lines (three steps in 35-55 values:
 * 0.08-0.09 bends a series, 0.06-0.08 before; 0.15-0.23 without it). */
static int trend_noise(const cp_prob *p, double *var, double *phi,
                       int *trend, dyad_err *err)
{
    size_t n = p->n;
    seg_result lv, ln;
    *trend = 0;
    int rc = seg_noise(p->ys, p->wn, n, &lv, err);
    if (rc)
        return rc;
    double *s = bend_sums(p, 0, n);
    if (!s)
        return nomem(err);
    line_ctx l = {p, s};
    seg_model md = {line_seg_rss, line_resid, &l, BEND_EDGE,
                    n / BEND_EDGE - 1, LINE_CHG_PEN, TREND_SLOPE_PEN};
    rc = seg_fit(&md, n, &ln, err);
    dyad_free(s);
    if (rc || !lv.found || !ln.found)
        return rc;
    /* the levels' criterion is of the values, the lines' of them in SDs */
    if (ln.fit + (double)n * log(p->scale * p->scale) < lv.fit) {
        *trend = 1;
        *var = ln.var;
        *phi = ln.phi;
    }
    return DYAD_OK;
}

/* Whether over half of y's neighbours repeat (y[i] == y[i - 1]): a
 * measure that is 0 half the year, small counts, a rate held for
 * months. */
static int repeats(const double *y, size_t n)
{
    size_t same = 0;
    for (size_t i = 1; i < n; i++)
        same += y[i] == y[i - 1];
    return 2 * same > n - 1;
}

/* The noise variance of the bend search, one for the series as the
 * level search has one: the AR(1) long-run variance of the series'
 * residuals about its quadratic (in SDs, as poly_rss), or of its
 * piecewise lines where trend_noise finds it a trend that bends (*trend
 * then 1); at most the residuals' variance about the quadratic when the
 * fit sits at its cap (as the level search bounds its own), at least
 * var_floor. A segment's own quadratic takes the low frequencies out of
 * its residuals, and the AR(1) fit of what is left, on 150-200 values,
 * put bends in stationary noise (bench/shifts (b): AR(1) phi 0.8 with
 * two shifts, 0.65 bends a series, 0.15 so; a random walk of 500, 7.1
 * changes, 4.7 so). Where the values repeat (repeats), the lag
 * differences' MAD is 0 and the level search takes their mean square
 * (noise_core); the residuals about a quadratic, smooth between the
 * repeats, have a MAD of next to nothing there, and every burst was a
 * bend: the noise is then at least the series' own, as the level
 * search's. Freezing degree days (AER's FrozenJuice, monthly 1950-2000,
 * 0 from spring to autumn): 32 bends -> 5 (the eye: no change). */
static int bend_noise(const cp_prob *p, double var_floor, double *var,
                      int *trend, dyad_err *err)
{
    size_t n = p->n;
    double *res = alloc_array(n, sizeof *res);
    if (!res)
        return nomem(err);
    double rss = poly_rss(p, 0, n, 2, res), s2, phi;
    int rc = noise_core(res, p->wn, n, DYAD_COST_MEAN, 1, &s2, &phi, NULL,
                        err);
    dyad_free(res);
    if (rc)
        return rc;
    double v0 = rss / (double)n, v = s2 * long_run(phi);
    *trend = 0;
    if (n >= AR_MIN_N && n < SEG_NOISE_N &&
        (rc = trend_noise(p, &v, &phi, trend, err)))
        return rc;
    if (phi >= AR_PHI_MAX - 1e-9 && v > v0)
        v = v0;
    if (repeats(p->ys, n)) {
        double sy, phy;
        if ((rc = noise_core(p->ys, p->wn, n, DYAD_COST_MEAN, 0, &sy, &phy,
                             NULL, err)))
            return rc;
        sy /= p->scale * p->scale;
        if (v < sy)
            v = sy;
    }
    *var = v > var_floor ? v : var_floor;
    return DYAD_OK;
}

/* The best bend of a segment of len values (prefix sums s): where two
 * lines, over [0, m) and [m, len), leave the least residual sum of
 * squares, *rss that sum; 0 when the segment has no room for one. */
static size_t best_bend(const double *s, size_t len, double *rss)
{
    size_t best = 0;
    *rss = INFINITY;
    for (size_t m = BEND_EDGE; m + BEND_EDGE <= len; m++) {
        double r = line_rss(s, 0, m) + line_rss(s, m, len);
        if (r < *rss) {
            *rss = r;
            best = m;
        }
    }
    return best;
}

/* The best two bends of a segment of len values: three lines, over
 * [0, *m1), [*m1, *m2) and [*m2, len); their residual sum of squares,
 * INFINITY when there is no room. */
static double best_pair(const double *s, size_t len, size_t *m1, size_t *m2)
{
    double best = INFINITY;
    for (size_t i = BEND_EDGE; i + 2 * BEND_EDGE <= len; i++) {
        double r1 = line_rss(s, 0, i);
        for (size_t j = i + BEND_EDGE; j + BEND_EDGE <= len; j++) {
            double r = r1 + line_rss(s, i, j) + line_rss(s, j, len);
            if (r < best) {
                best = r;
                *m1 = i;
                *m2 = j;
            }
        }
    }
    return best;
}

/* The bend search over one series: its noise var and sum of squares
 * about its mean sst (in SDs), the shortest segment searched, and the
 * bends found so far, out[0..nb-1] with their tests' p-values pv (room
 * for them all). */
typedef struct bend_search {
    const cp_prob *p;
    double var, sst;
    size_t min_seg, nb, *out;
    double *pv;
} bend_search;

/* Adds to bs the bends of [a, b) by binary segmentation, in order.
 * Where no single
 * bend passes, two at once are tried (three lines against the
 * quadratic, twice the penalty and the share): a dip and its recovery
 * in the middle of a trend, which no one split of it explains, up to
 * BEND_PAIR_MAX values (the search is quadratic in them). */
static int find_bends(bend_search *bs, size_t a, size_t b, dyad_err *err)
{
    const cp_prob *p = bs->p;
    double var = bs->var, sst = bs->sst;
    if (b - a < bs->min_seg)
        return DYAD_OK;
    double *s = bend_sums(p, a, b);
    if (!s)
        return nomem(err);
    size_t len = b - a, m[2] = {0, 0}, k = 0;
    double quad = poly_rss(p, a, b, 2, NULL), two;
    size_t m1 = best_bend(s, len, &two);
    double gain = quad - two;
    if (m1 && gain / var > p->beta && gain > DYAD_BEND_VISIBLE * sst) {
        m[k++] = a + m1;
    } else if (len <= BEND_PAIR_MAX) {
        size_t i = 0, j = 0;
        gain = quad - best_pair(s, len, &i, &j);
        if (gain / var > 2 * p->beta && gain > 2 * DYAD_BEND_VISIBLE * sst) {
            m[k++] = a + i;
            m[k++] = a + j;
        }
    }
    dyad_free(s);
    /* chi-squared with k df */
    double q = k == 1 ? erfc(sqrt(gain / var / 2)) : exp(-gain / var / 2);
    int rc = DYAD_OK;
    for (size_t i = 0; i <= k && k > 0 && rc == DYAD_OK; i++) {
        rc = find_bends(bs, i ? m[i - 1] : a, i < k ? m[i] : b, err);
        if (i < k) {
            bs->out[bs->nb] = m[i];
            bs->pv[bs->nb++] = q;
        }
    }
    return rc;
}

/* The changes c[0..k-1] (ascending) with the bends of their segments
 * added: *c and *k replaced, *pv (k doubles, NAN for a change of level,
 * the bend test's p-value for a bend) allocated. Segments of
 * DYAD_BEND_MIN_SEG values or more are searched, of 2 BEND_EDGE (room
 * for one bend) in a short series that bends (bend_noise). */
static int add_bends(const cp_prob *p, double var_floor, size_t **c,
                     size_t *k, double **pv, dyad_err *err)
{
    size_t n = p->n, cap = *k + n / BEND_EDGE + 1;
    bend_search bs = {p, 0, 0, DYAD_BEND_MIN_SEG, 0, NULL, NULL};
    size_t *all = bs.out = alloc_array(cap, sizeof *all);
    double *ap = bs.pv = alloc_array(cap, sizeof *ap);
    int rc = all && ap ? DYAD_OK : nomem(err), trend = 0;
    if (rc)
        goto fail;
    /* the series' sum of squares about its mean, in SDs */
    bs.sst = poly_rss(p, 0, n, 0, NULL);
    rc = bend_noise(p, var_floor / (p->scale * p->scale), &bs.var, &trend,
                    err);
    if (trend)
        bs.min_seg = 2 * BEND_EDGE;
    /* each segment's bends, then the change of level that ends it: in
     * order */
    for (size_t j = 0; j <= *k && rc == DYAD_OK; j++) {
        size_t a = j ? (*c)[j - 1] : 0, b = j < *k ? (*c)[j] : n;
        if (bs.var > 0)
            rc = find_bends(&bs, a, b, err);
        if (j < *k) {
            all[bs.nb] = (*c)[j];
            ap[bs.nb++] = NAN;
        }
    }
    if (rc)
        goto fail;
    dyad_free(*c);
    *c = all;
    *k = bs.nb;
    *pv = ap;
    return DYAD_OK;
fail:
    dyad_free(all);
    dyad_free(ap);
    return rc;
}

/* The statistics of y[a..b-1]: for the count costs those of the rates
 * y / total (unweighted), and the summed counts and totals. */
static void seg_sum(const cp_prob *p, size_t a, size_t b,
                    dyad_stats__sum *s)
{
    const double *y = p->y, *wn = p->wn, *tot = p->tot;
    int cnt = is_count(p->cost);
    double w = 0, m = 0, ss = 0, c = 0, t = 0;
    for (size_t i = a; i < b; i++) {
        double v = period_value(p, i);
        w += wn ? wn[i] : 1;
        m += (wn ? wn[i] : 1) * v;
        if (cnt) {
            c += y[i];
            t += tot ? tot[i] : 1;
        }
    }
    m /= w;
    for (size_t i = a; i < b; i++) {
        double v = period_value(p, i);
        ss += (wn ? wn[i] : 1) * (v - m) * (v - m);
    }
    *s = (dyad_stats__sum){b - a, w, m, ss, c, t};
}

static void merge_sum(dyad_stats__sum *a, const dyad_stats__sum *b)
{
    double w = a->w + b->w, d = b->mean - a->mean;
    a->ss += b->ss + a->w * b->w / w * d * d;
    a->mean += b->w / w * d;
    a->w = w;
    a->n += b->n;
    a->cnt += b->cnt;
    a->tot += b->tot;
}

/* The likelihood-ratio statistic of one rate for both count segments
 * against one each (over the dispersion): chi-squared with 1 df. */
static double count_lr(const cp_prob *p, const dyad_stats__sum *b,
                       const dyad_stats__sum *a)
{
    double lr = (count_ll2(p, a->tot + b->tot, a->cnt + b->cnt) -
                 count_ll2(p, a->tot, a->cnt) - count_ll2(p, b->tot, b->cnt)) *
                count_inv(p, a->cnt + b->cnt, a->n + b->n);
    return lr > 0 ? lr : 0;
}

static void fill_shift(const cp_prob *p, dyad_stats_shift *sh, size_t index,
                       const dyad_stats__sum *b, const dyad_stats__sum *a)
{
    sh->index = index;
    sh->n_before = b->n;
    sh->n_after = a->n;
    sh->mean_before = b->mean;
    sh->mean_after = a->mean;
    sh->sd_before = b->n > 1 ? sqrt(b->ss / (double)(b->n - 1)) : NAN;
    sh->sd_after = a->n > 1 ? sqrt(a->ss / (double)(a->n - 1)) : NAN;
    sh->cohens_d = dyad_stats__cohen_sum(b, a);
    sh->cusum_p = NAN;
    sh->trend = 0;
    if (is_count(p->cost)) {
        /* the pooled rates, and the count model's test */
        sh->mean_before = b->cnt / b->tot;
        sh->mean_after = a->cnt / a->tot;
        double lr = count_lr(p, b, a);
        sh->t = (sh->mean_after >= sh->mean_before ? 1 : -1) * sqrt(lr);
        sh->df = 1;
        sh->p_value = erfc(sqrt(lr / 2));
    } else {
        dyad_stats__welch_sum(b, a, &sh->t, &sh->df, &sh->p_value);
    }
    sh->diff = sh->mean_after - sh->mean_before;
}

/* Marks sh a change of trend with p-value pv (NAN: a change of level,
 * left as it is). */
static void set_bend(dyad_stats_shift *sh, double pv)
{
    if (isnan(pv))
        return;
    sh->trend = 1;
    sh->p_value = pv;
    sh->t = NAN;
    sh->df = 1;
}

/* Turns changes c[0..k-1] into shifts (bend: the bends' p-values, NAN
 * for changes of level; NULL: none), applies alpha (cusum_p when given
 * rather than NAN), and hands the array to *out. */
static int make_shifts(const cp_prob *p, const size_t *c, size_t k,
                       const double *bend, double alpha, double cusum_p,
                       dyad_stats_shift **out, size_t *nout, dyad_err *err)
{
    dyad_stats__sum *sum = alloc_array(k + 1, sizeof *sum);
    dyad_stats_shift *sh = k ? alloc_array(k, sizeof *sh) : NULL;
    if (!sum || (k && !sh)) {
        dyad_free(sum);
        dyad_free(sh);
        return nomem(err);
    }
    for (size_t j = 0; j <= k; j++)
        seg_sum(p, j ? c[j - 1] : 0, j < k ? c[j] : p->n, &sum[j]);
    for (size_t j = 0; j < k; j++) {
        fill_shift(p, &sh[j], c[j], &sum[j], &sum[j + 1]);
        sh[j].cusum_p = cusum_p;
        if (bend)
            set_bend(&sh[j], bend[j]);
    }
    while (alpha > 0 && k > 0) {
        /* drop the least significant shift; its neighbours' segments
         * grow, so their statistics change */
        size_t j = k;
        double worst = alpha;
        for (size_t i = 0; i < k; i++) {
            double pv = isnan(cusum_p) ? sh[i].p_value : sh[i].cusum_p;
            if (isnan(pv))
                pv = INFINITY;   /* unknown significance goes first */
            if (pv >= worst && (j == k || pv > worst)) {
                worst = pv;
                j = i;
            }
        }
        if (j == k)
            break;
        merge_sum(&sum[j], &sum[j + 1]);
        memmove(&sum[j + 1], &sum[j + 2], (k - j - 1) * sizeof *sum);
        memmove(&sh[j], &sh[j + 1], (k - j - 1) * sizeof *sh);
        k--;
        /* a bend keeps its own test, which its segment of levels made */
        for (size_t i = j > 0 ? j - 1 : j; i <= j && i < k; i++) {
            double pv = sh[i].trend ? sh[i].p_value : NAN;
            fill_shift(p, &sh[i], sh[i].index, &sum[i], &sum[i + 1]);
            set_bend(&sh[i], pv);
        }
    }
    dyad_free(sum);
    if (k == 0) {
        dyad_free(sh);
        sh = NULL;
    }
    *out = sh;
    *nout = k;
    return DYAD_OK;
}

/* --- long stationary series: changes their own dynamics explain --- */

/* A long series that is stationary about its mean (El Nino's sea
 * temperatures, tree rings, a river's daily flow, freezing degree days)
 * wanders in excursions of its own: a year of El Nino is 15 months two
 * degrees up, which a model of levels with AR(1) noise takes for a
 * change (nino3.4, 598 months that the eye reads as one regime: 13
 * shifts). From DYN_MIN_N values, when an AR(p) fit to the whole series
 * has a persistence (the sum of its coefficients) under DYN_PERSIST_MAX,
 * the shifts found are weighed again with those dynamics: the series is
 * regressed on its p lags and the shifts (a step, or a hinge for a
 * change of trend), p chosen by BIC with all of them in, and the shifts
 * are taken out one at a time, the one whose loss raises the residual
 * sum of squares least first; the set kept is the one of least
 * m log(RSS / m) + DYN_CHANGE_PEN log m a shift (Cho and Fryzlewicz's
 * gappy Schwarz criterion, 2024, JRSS B, over the search's own
 * candidates). bench/shifts (a): nino3.4 13 -> 0 shifts, freezing degree
 * days 5 -> 0, Mount Campito's tree rings 13 -> 0 (the eye's one change
 * with them), the Icelandic river 9 -> 6; the nine clean checks pooled
 * F1 / cover 0.572 / 0.614 -> 0.601 / 0.636; every other series the
 * same. Not in shorter series: there a stationary AR(p) (a persistence
 * of 0.4-0.9) also explains the recessions, inflations and road-safety
 * laws the eye marks (measured without the length gate: the annotated
 * series 0.781 -> 0.751, the first two eye batches 0.687 / 0.643 ->
 * 0.530 / 0.414). Nor in a series near a unit root (a random walk, an
 * interest rate, a price: persistence 0.98-1.00), whose turns are what
 * its readers mark and whose dynamics would explain all of them. */
enum { DYN_MIN_N = 500, DYN_AR_MAX = 8, DYN_MAX_SHIFTS = 60 };
#define DYN_PERSIST_MAX 0.97
#define DYN_CHANGE_PEN 3.0

/* Sweeps the symmetric q x q matrix a (row-major, lda q) on pivot k:
 * afterwards, for the swept set S and an unswept column j, a[j][j] holds
 * the residual sum of squares of column j regressed on S and a[i][j]
 * (i in S) its coefficients. 0 when the pivot is (numerically) in the
 * span of those swept before (tol: a fraction of its own sum of
 * squares), and then nothing is changed. Not GSL's least squares: its
 * Cholesky reports a matrix that is not positive definite (a step at the
 * first values, in the intercept's span) through gsl_error, which aborts
 * the process by default, and its multifit workspaces are not dyad's
 * allocations; the sweep also gives every nested model's RSS and each
 * column's cost from the one Gram matrix. */
static int sweep(double *a, size_t q, size_t k, double tol)
{
    double d = a[k * q + k];
    if (!(d > tol))
        return 0;
    for (size_t i = 0; i < q; i++) {
        if (i == k)
            continue;
        double f = a[i * q + k] / d;
        for (size_t j = 0; j < q; j++)
            if (j != k)
                a[i * q + j] -= f * a[k * q + j];
    }
    for (size_t j = 0; j < q; j++)
        if (j != k) {
            a[k * q + j] /= d;
            a[j * q + k] = a[k * q + j];
        }
    a[k * q + k] = -1 / d;
    return 1;
}

typedef struct {
    const double *g;    /* the Gram matrix of the columns and y, q x q */
    double *a;          /* work: q x q */
    size_t q;           /* columns: base, shifts, lags, y last */
    size_t base, k;     /* base columns (intercept, trend), shifts */
} dyn_fit;

/* The residual sum of squares of y on the columns marked in use (the
 * lag columns base + k .. base + k + p - 1 with them); *lagsum (when not
 * NULL): the sum of the lags' coefficients. */
static double dyn_rss(dyn_fit *f, const unsigned char *use, size_t p,
                      double *lagsum)
{
    size_t q = f->q, y = q - 1, lag0 = f->base + f->k;
    memcpy(f->a, f->g, q * q * sizeof *f->a);
    for (size_t j = 0; j < y; j++)
        if (j < lag0 ? use[j] : j < lag0 + p)
            sweep(f->a, q, j, 1e-9 * f->g[j * q + j]);
    if (lagsum) {
        *lagsum = 0;
        for (size_t j = lag0; j < lag0 + p; j++)
            *lagsum += f->a[j * q + y];
    }
    double r = f->a[y * q + y];
    return r > DBL_MIN ? r : DBL_MIN;   /* an exact fit: log(r) finite */
}

/* Drops from sh[0..*k-1] the shifts the series' dynamics explain (see
 * above); *dropped is set to how many went. */
static int dyn_filter(const cp_prob *p, dyad_stats_shift *sh, size_t *k,
                      size_t *dropped, dyad_err *err)
{
    size_t n = p->n, P = DYN_AR_MAX, m = n - P, ks = *k;
    *dropped = 0;
    if (n < DYN_MIN_N || ks == 0 || ks > DYN_MAX_SHIFTS)
        return DYAD_OK;
    int trend = 0;
    for (size_t j = 0; j < ks; j++)
        trend |= sh[j].trend;
    size_t base = 1 + (size_t)trend, q = base + ks + P + 1, y = q - 1;
    double *g = alloc_array(q * q, sizeof *g);
    double *a = alloc_array(q * q, sizeof *a);
    double *x = alloc_array(q, sizeof *x);
    unsigned char *use = alloc_array(q, 1);
    size_t *gone = alloc_array(ks, sizeof *gone);
    int rc = g && a && x && use && gone ? DYAD_OK : nomem(err);
    if (rc)
        goto out;
    /* the values the search read, centred and in SDs */
    const double *ys = p->ys, *wn = p->wn;
    double ybar = 0;
    for (size_t t = 0; t < n; t++)
        ybar += ys[t];
    ybar /= (double)n;
    memset(g, 0, q * q * sizeof *g);
    for (size_t t = P; t < n; t++) {
        size_t c = 0;
        x[c++] = 1;
        if (trend)
            x[c++] = (double)t / (double)n;
        for (size_t j = 0; j < ks; j++) {
            size_t i = sh[j].index;
            x[c++] = sh[j].trend ? (t > i ? (double)(t - i) / (double)n : 0)
                                 : (double)(t >= i);
        }
        for (size_t l = 1; l <= P; l++)
            x[c++] = (ys[t - l] - ybar) / p->scale;
        x[c] = (ys[t] - ybar) / p->scale;
        double w = wn ? wn[t] : 1;
        for (size_t i = 0; i < q; i++)
            for (size_t j = i; j < q; j++)
                g[i * q + j] += w * x[i] * x[j];
    }
    for (size_t i = 0; i < q; i++)
        for (size_t j = 0; j < i; j++)
            g[i * q + j] = g[j * q + i];
    dyn_fit f = {g, a, q, base, ks};
    double lm = log((double)m), md = (double)m, best = INFINITY, lagsum;
    size_t order = 0;
    /* the persistence of the series itself: its mean and lags alone,
     * at the order BIC chooses with the shifts in */
    memset(use, 1, base + ks);
    for (size_t pp = 0; pp <= P; pp++) {
        double s = md * log(dyn_rss(&f, use, pp, NULL) / md) +
                   (double)pp * lm;
        if (s < best) {
            best = s;
            order = pp;
        }
    }
    memset(use, 0, q);
    use[0] = 1;
    dyn_rss(&f, use, order ? order : 1, &lagsum);
    if (!(lagsum < DYN_PERSIST_MAX))
        goto out;
    memset(use, 1, base + ks);
    double r = dyn_rss(&f, use, order, NULL);
    best = md * log(r / md) + DYN_CHANGE_PEN * lm * (double)ks;
    size_t nbest = 0;
    for (size_t s = 0; s < ks; s++) {
        /* the shift whose loss raises the RSS least: b_j^2 / (G^-1)_jj,
         * a[j][j] being -(G^-1)_jj once swept (a column in the span of
         * the others was not: it costs nothing) */
        size_t jmin = SIZE_MAX;
        double dmin = INFINITY;
        for (size_t j = base; j < base + ks; j++) {
            if (!use[j])
                continue;
            double ajj = a[j * q + j], b = a[j * q + y];
            double dr = ajj < 0 ? b * b / -ajj : 0;
            if (jmin == SIZE_MAX || dr < dmin) {
                dmin = dr;
                jmin = j;
            }
        }
        use[jmin] = 0;
        gone[s] = jmin - base;
        r = dyn_rss(&f, use, order, NULL);
        double sc = md * log(r / md) +
                    DYN_CHANGE_PEN * lm * (double)(ks - s - 1);
        if (sc < best) {
            best = sc;
            nbest = s + 1;
        }
    }
    if (nbest == 0)
        goto out;
    memset(use, 1, ks);
    for (size_t s = 0; s < nbest; s++)
        use[gone[s]] = 0;
    size_t kk = 0;
    for (size_t j = 0; j < ks; j++)
        if (use[j])
            sh[kk++] = sh[j];
    *k = kk;
    *dropped = nbest;
out:
    dyad_free(g);
    dyad_free(a);
    dyad_free(x);
    dyad_free(use);
    dyad_free(gone);
    return rc;
}

/* *sh (*nsh shifts) replaced by the shifts of changes c[0..k-1] (bend:
 * as make_shifts), their statistics and alpha made again. */
static int remake_shifts(const cp_prob *p, const size_t *c, size_t k,
                         const double *bend, double alpha, double cusum_p,
                         dyad_stats_shift **sh, size_t *nsh, dyad_err *err)
{
    dyad_stats_shift *again;
    size_t nagain;
    int rc = make_shifts(p, c, k, bend, alpha, cusum_p, &again, &nagain,
                         err);
    if (rc)
        return rc;
    dyad_free(*sh);
    *sh = again;
    *nsh = nagain;
    return DYAD_OK;
}

/* The shifts of sh (k of them) that the series' dynamics do not explain,
 * their statistics made again with the segments the others' loss
 * joins. */
static int drop_explained(const cp_prob *p, const dyad_stats_cp_opts *r,
                          double cusum_p, dyad_stats_shift **sh, size_t *k,
                          dyad_err *err)
{
    size_t dropped, kk = *k;
    int rc = dyn_filter(p, *sh, &kk, &dropped, err);
    if (rc || dropped == 0)
        return rc;
    size_t *c = alloc_array(kk ? kk : 1, sizeof *c);
    double *bend = alloc_array(kk ? kk : 1, sizeof *bend);
    if (!c || !bend) {
        rc = nomem(err);
        goto out;
    }
    for (size_t j = 0; j < kk; j++) {
        c[j] = (*sh)[j].index;
        bend[j] = (*sh)[j].trend ? (*sh)[j].p_value : NAN;
    }
    rc = remake_shifts(p, c, kk, bend, r->alpha, cusum_p, sh, k, err);
out:
    dyad_free(c);
    dyad_free(bend);
    return rc;
}

static int changepoints(const double *y, const double *w, size_t n,
                        const dyad_stats_cp_opts *o, int op,
                        dyad_stats_shift **out, size_t *nout, double *cost,
                        dyad_err *err);

/* --- many levels: a white-noise reading weighed against the lags' --- */

/* A series of many level changes (a well log, a scanline, a machine's
 * regimes: segments of 10-50 values) fills the long lags' differences
 * with its steps, which the AR(1) fit takes for autocorrelation: phi at
 * or near its cap, the cost's variance the long-run one (up to 19 times
 * the noise), and few steps or none stand out; from DYN_MIN_N values the
 * dynamics rule then took even those, the steps not found making lags
 * look useful. So from SEG_NOISE_N values PELT's search is run again
 * with white noise, and its changes (at most LEVELS_MAX_SHIFTS, none a
 * change of trend) are weighed as seg_fit weighs a short series': levels
 * with AR(1) errors, n log s2 + LEVEL_CHG_PEN log n a change, s2 the
 * innovations' mean square, the changes taken out one at a time, the
 * one whose loss costs least first. When the best set has
 * LEVELS_MIN_SHIFTS changes or more and more than the first reading, a
 * lower criterion than the first reading's changes give, and residuals
 * about its levels with a lag-1 coefficient under LEVELS_PHI_MAX (the
 * levels explain the persistence the lags saw, and what is left is
 * white), that set is the answer. The white search is run only where
 * the first reading's variance is over LEVELS_VAR_RATIO times the white
 * estimate (at about the same noise it finds about the same changes):
 * bench/pelt_bench's mean cost, white noise with changes, took 1.7-1.9
 * times as long with it run everywhere, and now the same as before.
 * bench/shifts (b), many levels (20 or 40 segments of 10-50 values on
 * average, levels 0-7.5 SDs): F1 0.14-0.93 -> 0.24-0.95 (40 segments of
 * 20: 0.18 -> 0.72); every other row of (a)-(d) the same. The bound keeps the slow series as they were:
 * trends, seasons and stationary wanders leave residuals about any
 * levels that still follow each other (phi 0.3-0.9); without it the
 * series without a break fell from 0.871 to 0.729 (CO2 cut 8 times).
 * The least number keeps a random walk with white noise as it was: its
 * local levels can leave such residuals too, and in 100 values 2-4 of
 * them were taken (0.47 -> 0.65 changes a series; 0.47 with five).
 * BinSeg and CUSUM keep the first reading (BinSeg's max_changes asks for
 * its strongest splits). */
enum { LEVELS_MIN_SHIFTS = 5, LEVELS_MAX_SHIFTS = 80 };
#define LEVELS_VAR_RATIO 2.0

/* The criterion of levels with AR(1) errors, k changes and the pooled
 * sums t, as seg_ar1 and seg_fit make it; *phi the errors' coefficient.
 * INFINITY when the levels leave no innovations (under 1e-12 of the
 * series' variance v0: an exact fit, which says nothing of the noise). */
static double lev_crit(const lev_sums *t, size_t k, size_t n, double v0,
                       double *phi)
{
    double s2;
    *phi = sums_ar1(t, &s2);
    if (!(s2 > 1e-12 * v0))
        return INFINITY;
    return (double)n * log(s2) + LEVEL_CHG_PEN * (double)k * log((double)n);
}

/* The sums of the segments cut at c[0..k-1] into seg[0..k], their total
 * into *t; e scratch (n). */
static void lev_segments(const cp_prob *p, double *e, const size_t *c,
                         size_t k, lev_sums *seg, lev_sums *t)
{
    *t = (lev_sums){0, 0, 0, 0};
    for (size_t j = 0; j <= k; j++) {
        seg[j] = seg_lev_sums(p, e, j ? c[j - 1] : 0, j < k ? c[j] : p->n);
        lev_add(t, &seg[j], 1);
    }
}

/* The white reading (see above): when it wins, *sh (*k shifts, the lags'
 * reading) is replaced by the kept shifts of the white one, their
 * statistics and alpha made again, and *cost (when not NULL) by their
 * cost before alpha, under the first reading's noise. */
static int levels_white(const cp_prob *p, const double *y, const double *w,
                        const dyad_stats_cp_opts *r, int op,
                        dyad_stats_shift **sh, size_t *k, double *cost,
                        dyad_err *err)
{
    /* a white reading at about the first one's noise finds about its
     * changes: not run (white noise with changes, most news series),
     * which halves the time of the mean cost's search there */
    double vw, phw;
    size_t kw = 0, n = p->n;
    int rc = noise_core(p->ys, p->wn, n, DYAD_COST_MEAN, 0, &vw, &phw, NULL,
                        err);
    if (rc || !(1 / p->inv_var > LEVELS_VAR_RATIO * fmax(vw, r->var_floor)))
        return rc;
    dyad_stats_cp_opts rw = *r;
    rw.noise = DYAD_NOISE_WHITE;
    dyad_stats_shift *ws = NULL;
    rc = changepoints(y, w, n, &rw, op, &ws, &kw, NULL, err);
    /* levels against levels: a reading with a change of trend is not
     * weighed (freezing degree days, a spike each winter, read white
     * as pairs of hinges) */
    int bends = 0;
    for (size_t j = 0; j < kw; j++)
        bends |= ws[j].trend;
    if (rc || bends || kw <= *k || kw > LEVELS_MAX_SHIFTS) {
        dyad_free(ws);
        return rc;
    }
    size_t *c = alloc_array(kw, sizeof *c);
    size_t *best = alloc_array(kw, sizeof *best);
    lev_sums *seg = alloc_array(kw + 1, sizeof *seg);
    double *e = alloc_array(n, sizeof *e);
    if (!c || !best || !seg || !e) {
        rc = nomem(err);
        goto out;
    }
    /* the lags' reading first */
    lev_sums tot;
    double v0 = p->scale * p->scale;
    size_t ka = *k;
    for (size_t j = 0; j < ka; j++)
        c[j] = (*sh)[j].index;
    lev_segments(p, e, c, ka, seg, &tot);
    double phi, crit_a = lev_crit(&tot, ka, n, v0, &phi);
    /* the white one's, and its changes taken out one at a time */
    size_t kk = kw, kbest = kw;
    for (size_t j = 0; j < kw; j++)
        c[j] = best[j] = ws[j].index;
    lev_segments(p, e, c, kk, seg, &tot);
    double crit_best = lev_crit(&tot, kk, n, v0, &phi), phi_best = phi;
    while (kk > 0) {
        size_t jmin = 0;
        double cmin = INFINITY, phmin = 0;
        lev_sums mmin = {0, 0, 0, 0};
        for (size_t j = 0; j < kk; j++) {
            lev_sums mg = seg_lev_sums(p, e, j ? c[j - 1] : 0,
                                       j + 1 < kk ? c[j + 1] : n);
            lev_sums t = tot;
            lev_add(&t, &seg[j], -1);
            lev_add(&t, &seg[j + 1], -1);
            lev_add(&t, &mg, 1);
            double ph, cr = lev_crit(&t, kk - 1, n, v0, &ph);
            if (cr < cmin) {
                cmin = cr;
                jmin = j;
                phmin = ph;
                mmin = mg;
            }
        }
        lev_add(&tot, &seg[jmin], -1);
        lev_add(&tot, &seg[jmin + 1], -1);
        lev_add(&tot, &mmin, 1);
        seg[jmin] = mmin;
        memmove(&seg[jmin + 1], &seg[jmin + 2],
                (kk - jmin - 1) * sizeof *seg);
        memmove(&c[jmin], &c[jmin + 1], (kk - jmin - 1) * sizeof *c);
        kk--;
        if (cmin < crit_best) {
            crit_best = cmin;
            phi_best = phmin;
            kbest = kk;
            memcpy(best, c, kk * sizeof *c);
        }
    }
    if (kbest <= ka || kbest < LEVELS_MIN_SHIFTS || !(crit_best < crit_a) ||
        !(phi_best < LEVELS_PHI_MAX))
        goto out;
    rc = remake_shifts(p, best, kbest, NULL, r->alpha, NAN, sh, k, err);
    if (rc == DYAD_OK && cost)
        *cost = total_cost(p, best, kbest);
out:
    dyad_free(ws);
    dyad_free(c);
    dyad_free(best);
    dyad_free(seg);
    dyad_free(e);
    return rc;
}

/* op: optimal partitioning instead of o->method */
static int changepoints(const double *y, const double *w, size_t n,
                        const dyad_stats_cp_opts *o, int op,
                        dyad_stats_shift **out, size_t *nout, double *cost,
                        dyad_err *err)
{
    dyad_stats_cp_opts r;
    cp_prob p = {0};
    size_t *c = NULL, k = 0;
    double cusum_p = NAN, *bend = NULL;
    int rc;
    if (out)
        *out = NULL;
    if (nout)
        *nout = 0;
    if (!out || !nout) {
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0, "no output given");
        goto out;
    }
    if (op) {
        /* the method does not matter to the reference */
        static const dyad_stats_cp_opts defaults;
        r = o ? *o : defaults;
        r.method = DYAD_CP_PELT;
        o = &r;
    }
    if ((rc = check_input(y, w, n, o ? o->cost : 0, err)) ||
        (rc = resolve_opts(o, n, &r, err)))
        goto out;
    if ((rc = prob_init(&p, y, w, n, &r, err)))
        goto out;
    switch (r.method) {
    case DYAD_CP_PELT:
        /* A dispersion of each segment's own breaks the bound PELT prunes
         * by: the search is then exact optimal partitioning (n^2 / 2 costs:
         * 0.3 s for ten years of days, 1.9 s for 10,000 values) up to
         * OP_MAX values, and PELT's rule at D beyond, no longer exact */
        rc = run_pelt(&p, !op && !(p.disp_a > 0 && n <= OP_MAX), &c, &k,
                      err);
        break;
    case DYAD_CP_BINSEG:
        rc = run_binseg(&p, r.max_changes, &c, &k, err);
        break;
    default: {
        double stat;
        if (!(c = alloc_array(1, sizeof *c))) {
            rc = nomem(err);
            break;
        }
        run_cusum(&p, &c[0], &stat, &cusum_p);
        k = 1;
        break;
    }
    }
    if (rc != DYAD_OK)
        goto out;
    if (r.method != DYAD_CP_CUSUM && r.cost == DYAD_COST_MEAN &&
        r.slopes == DYAD_SLOPES_MERGE && k > 0) {
        if ((rc = merge_slopes(&p, c, &k, err)))
            goto out;
    }
    if (cost)
        *cost = total_cost(&p, c, k);
    if (r.method != DYAD_CP_CUSUM && r.cost == DYAD_COST_MEAN &&
        r.bends == DYAD_BENDS_FIND) {
        /* the segments of the significant levels are searched: a level
         * search's short steps up a curve (ArgentinaCPI's inflation, 16
         * quarters cut in three, each too short for a bend) fail alpha
         * and leave the curve whole */
        dyad_stats_shift *lv;
        size_t nlv;
        if ((rc = make_shifts(&p, c, k, NULL, r.alpha, cusum_p, &lv, &nlv,
                              err)))
            goto out;
        for (size_t j = 0; j < nlv; j++)
            c[j] = lv[j].index;
        k = nlv;
        dyad_free(lv);
        if ((rc = add_bends(&p, r.var_floor, &c, &k, &bend, err)))
            goto out;
    }
    rc = make_shifts(&p, c, k, bend, r.alpha, cusum_p, out, nout, err);
    if (rc == DYAD_OK && r.method != DYAD_CP_CUSUM &&
        r.cost == DYAD_COST_MEAN && r.noise == DYAD_NOISE_AR1)
        rc = drop_explained(&p, &r, cusum_p, out, nout, err);
    if (rc == DYAD_OK && r.method == DYAD_CP_PELT &&
        r.cost == DYAD_COST_MEAN && r.noise == DYAD_NOISE_AR1 &&
        r.var == 0 && n >= SEG_NOISE_N)
        rc = levels_white(&p, y, w, &r, op, out, nout, cost, err);
out:
    dyad_free(bend);
    dyad_free(c);
    prob_free(&p);
    return rc;
}

int dyad_stats_changepoints(const double *y, const double *w, size_t n,
                            const dyad_stats_cp_opts *o,
                            dyad_stats_shift **out, size_t *nout,
                            double *cost, dyad_err *err)
{
    return changepoints(y, w, n, o, 0, out, nout, cost, err);
}

int dyad_stats_optimal_partition(const double *y, const double *w, size_t n,
                                 const dyad_stats_cp_opts *o,
                                 dyad_stats_shift **out, size_t *nout,
                                 double *cost, dyad_err *err)
{
    return changepoints(y, w, n, o, 1, out, nout, cost, err);
}

int dyad_stats_cp_scale(const double *y, const double *w, size_t n,
                        const dyad_stats_cp_opts *o, double *scale,
                        dyad_err *err)
{
    dyad_stats_cp_opts r;
    cp_prob p = {0};
    int rc = check_input(y, w, n, o ? o->cost : 0, err);
    if (rc == DYAD_OK && !scale)
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0, "no output given");
    if (rc == DYAD_OK)
        rc = resolve_opts(o, n, &r, err);
    if (rc == DYAD_OK && r.cost == DYAD_COST_MEANVAR)
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                          "the meanvar cost estimates no noise scale");
    if (rc == DYAD_OK)
        rc = prob_init(&p, y, w, n, &r, err);
    if (rc == DYAD_OK)
        *scale = 1 / p.inv_var;
    prob_free(&p);
    return rc;
}

/* --- episodes --- */

/* Segment j of the segmentation with bounds b[] (b[j]..b[j+1]-1): its
 * sums, level (mean or pooled rate) and length. */
typedef struct seg_info {
    double W, S, Q, level;
    size_t a, b;
} seg_info;

static seg_info seg_at(const cp_prob *p, size_t a, size_t b)
{
    seg_info g = {(p->cw[b] - p->cw[a]) + (p->cw2[b] - p->cw2[a]),
                  (p->cs[b] - p->cs[a]) + (p->cs2[b] - p->cs2[a]),
                  (p->cq[b] - p->cq[a]) + (p->cq2[b] - p->cq2[a]), 0, a, b};
    dyad_stats__sum s;
    seg_sum(p, a, b, &s);
    g.level = is_count(p->cost) ? s.cnt / s.tot : s.mean;
    return g;
}

/* How much one level for both segments costs over one each: the
 * statistic a change between them would have to beat (the penalty). */
static double seg_gain(const cp_prob *p, const seg_info *x,
                       const seg_info *z)
{
    return cost_sums(p, x->W + z->W, x->S + z->S, x->Q + z->Q,
                     (x->b - x->a) + (z->b - z->a)) -
           cost_sums(p, x->W, x->S, x->Q, x->b - x->a) -
           cost_sums(p, z->W, z->S, z->Q, z->b - z->a);
}

/* Whether the levels of x and z differ by more than chance: one level
 * for both costs more than one each by the penalty a change between them
 * pays in the segmentation, MBIC's terms of their lengths included
 * (log(len / n) for each part, against that of both as one): a change
 * the segmentation keeps between two adjacent segments then counts as
 * beyond. With the penalty alone a change of MBIC's margin (1.8 for
 * segments of 58 and 118 of 231 periods) was no episode: the rise of
 * USA-DEU cooperation from 1848 was an episode 1848-1966, or none and a
 * dip from 1967, by one event more in the 58 years before. */
static int beyond_level(const cp_prob *p, const seg_info *x,
                        const seg_info *z)
{
    double pen = p->beta;
    if (p->lg) {
        size_t a = x->b - x->a, b = z->b - z->a;
        pen += p->lg[a] + p->lg[b] - p->lg[a + b];
    }
    return seg_gain(p, x, z) > pen;
}

/* The episode over segments first..last (levels beyond the baseline
 * segment base in direction dir). */
static dyad_stats_episode make_episode(const cp_prob *p, const seg_info *sg,
                                       size_t base, size_t first,
                                       size_t last, int dir)
{
    size_t top = first;
    for (size_t j = first + 1; j <= last; j++)
        if (dir * (sg[j].level - sg[top].level) > 0)
            top = j;
    size_t peak = sg[top].a;
    for (size_t i = sg[top].a + 1; i < sg[top].b; i++)
        if (dir * (period_value(p, i) - period_value(p, peak)) > 0)
            peak = i;
    dyad_stats_episode e;
    e.start = sg[first].a;
    e.end = sg[last].b - 1;
    e.peak = peak;
    e.baseline = sg[base].level;
    e.peak_value = sg[top].level;
    e.direction = dir;
    if (is_count(p->cost))
        e.size = ((sg[top].S + 0.5) / sg[top].W) /
                 ((sg[base].S + 0.5) / sg[base].W);
    else
        e.size = e.peak_value - e.baseline;
    return e;
}

/* Groups the segments of a segmentation into episodes; see
 * dyad_stats_episodes. An episode ends when the level returns near the
 * baseline (no longer beyond it by the penalty) or falls back three
 * quarters of the way from the episode's top to the baseline. Without
 * the second rule a burst that settles above a near-silent start never
 * ends: conflict between Mexico and the USA rose from 0.02 events per
 * address (1790-1833) to 70.5 in 1846-47 and fell back to 2.5 (1848-60,
 * 97% of the way back), and the episode ran 1834-60. Three
 * quarters, not half: the tail of a decaying burst (half, then a
 * quarter of its peak) is still the burst. The segments that go on back
 * toward the old baseline after such an end are the burst's tail, not
 * a dip below the level it fell back to. */
static int find_episodes(const cp_prob *p, const dyad_stats_shift *sh,
                         size_t nsh, dyad_stats_episode **out, size_t *nout,
                         dyad_err *err)
{
    size_t nseg = nsh + 1, ne = 0;
    seg_info *sg = alloc_array(nseg, sizeof *sg);
    dyad_stats_episode *ep = alloc_array(nseg, sizeof *ep);
    if (!sg || !ep) {
        dyad_free(sg);
        dyad_free(ep);
        return nomem(err);
    }
    for (size_t j = 0; j < nseg; j++)
        sg[j] = seg_at(p, j ? sh[j - 1].index : 0, j < nsh ? sh[j].index
                                                           : p->n);
    size_t base = 0, first = 0, top = 0, before = 0;
    int dir = 0;   /* 0: no episode open */
    int fell = 0;  /* the direction of a burst that ended by falling
                      back most of the way (before: the baseline it rose
                      from): going on back toward that level, later too,
                      is its tail, not a dip */
    for (size_t j = 1; j < nseg; j++) {
        int d = sg[j].level > sg[base].level ? 1 : -1;
        int beyond = beyond_level(p, &sg[base], &sg[j]);
        /* three quarters of the way back from the top to the baseline */
        int back = dir && dir * (sg[j].level - sg[base].level) <=
                              0.25 * dir * (sg[top].level - sg[base].level);
        if (dir && beyond && d == dir && !back) {
            if (dir * (sg[j].level - sg[top].level) > 0)
                top = j;
            continue;   /* the episode goes on */
        }
        if (dir)
            ep[ne++] = make_episode(p, sg, base, first, j - 1, dir);
        if (dir && beyond && d == dir) {
            if (!fell) {    /* back most of the way, still beyond the */
                fell = dir;     /* baseline: the level it fell back */
                before = base;  /* to is the new one */
            }
            base = j;
            dir = 0;
            continue;
        }
        dir = 0;
        if (fell && beyond && d == -fell &&
            !(fell * (sg[j].level - sg[before].level) < 0 &&
              beyond_level(p, &sg[before], &sg[j]))) {
            base = j;   /* going on back toward the level before the
                           burst, not past it: its tail */
            continue;
        }
        if (beyond) {
            if (d == -fell)
                fell = 0;   /* past the level before the burst: a dip */
            dir = d;
            first = top = j;
        } else {
            base = j;
        }
    }
    if (dir)
        ep[ne++] = make_episode(p, sg, base, first, nseg - 1, dir);
    dyad_free(sg);
    if (ne == 0) {
        dyad_free(ep);
        ep = NULL;
    }
    *out = ep;
    *nout = ne;
    return DYAD_OK;
}

int dyad_stats_episodes(const double *y, const double *w, size_t n,
                        const dyad_stats_cp_opts *o,
                        dyad_stats_episode **out, size_t *nout,
                        dyad_err *err)
{
    dyad_stats_cp_opts r;
    cp_prob p = {0};
    dyad_stats_shift *sh = NULL;
    size_t nsh = 0;
    int rc;
    if (out)
        *out = NULL;
    if (nout)
        *nout = 0;
    if (!out || !nout)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0, "no output given");
    /* bursts are of levels: a change of trend is no episode's edge */
    dyad_stats_cp_opts lv;
    if (o) {
        lv = *o;
        lv.bends = DYAD_BENDS_OFF;
        o = &lv;
    }
    if ((rc = dyad_stats_changepoints(y, w, n, o, &sh, &nsh, NULL, err)) ||
        (rc = resolve_opts(o, n, &r, err)) ||
        (rc = prob_init(&p, y, w, n, &r, err)))
        goto out;
    rc = find_episodes(&p, sh, nsh, out, nout, err);
out:
    dyad_free(sh);
    prob_free(&p);
    return rc;
}
