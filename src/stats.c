/*
 * stats.c - distributions, two-sample tests, trends and anomalies (see
 * dyad/stats.h); change points are in stats_cp.c. GSL stays in these
 * two files. GSL's error handler aborts by default, so every GSL call
 * here gets arguments inside its domain.
 */
#include "dyad/stats.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_fit.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "stats_int.h"
#include "util/alloc.h"

#define PI 3.14159265358979323846

/* --- helpers --- */

int dyad_stats__check(const double *v, size_t n, int positive,
                      const char *what, dyad_err *err)
{
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(v[i]))
            return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                                "%s[%zu] is not a finite number", what, i);
        if (positive && !(v[i] > 0))
            return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                                "%s[%zu] = %g is not > 0", what, i, v[i]);
    }
    return DYAD_OK;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double dyad_stats__median_sort(double *a, size_t n)
{
    qsort(a, n, sizeof *a, cmp_double);
    return n % 2 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
}

/* Two-sided p of a t statistic; t may be infinite. */
static double t_two_sided(double t, double df)
{
    if (isnan(t) || !(df > 0))
        return NAN;
    if (isinf(t))
        return 0;
    double p = 2 * gsl_cdf_tdist_Q(fabs(t), df);
    return p > 1 ? 1 : p;
}

void dyad_stats__welch_sum(const dyad_stats__sum *a, const dyad_stats__sum *b,
                           double *t, double *df, double *p)
{
    *t = *df = *p = NAN;
    if (a->n < 2 || b->n < 2)
        return;
    double diff = b->mean - a->mean;
    double va = a->ss / (double)(a->n - 1) / a->w;   /* var of the mean */
    double vb = b->ss / (double)(b->n - 1) / b->w;
    double v = va + vb;
    if (!(v > 0)) {
        /* both samples constant: the difference is certain */
        *df = (double)(a->n + b->n - 2);
        *t = diff == 0 ? 0 : diff > 0 ? INFINITY : -INFINITY;
        *p = diff == 0 ? 1 : 0;
        return;
    }
    *t = diff / sqrt(v);
    *df = v * v / (va * va / (double)(a->n - 1) +
                   vb * vb / (double)(b->n - 1));
    *p = t_two_sided(*t, *df);
}

double dyad_stats__cohen_sum(const dyad_stats__sum *a,
                             const dyad_stats__sum *b)
{
    if (a->n == 0 || b->n == 0 || a->n + b->n < 3)
        return NAN;
    double sp = sqrt((a->ss + b->ss) / (double)(a->n + b->n - 2));
    /* two constant samples have no effect size: an SD within rounding of
     * their means (1e-10 of them, as a constant series is told apart in
     * stats_cp.c) made rates of 100 and 500 per 1,000 "d = 3.8e16" */
    if (!(sp > 1e-10 * (fabs(a->mean) + fabs(b->mean))))
        return NAN;
    return (b->mean - a->mean) / sp;
}

/* Unweighted summary of v[0..n-1] (two passes, for accuracy). */
static void summarise(const double *v, size_t n, dyad_stats__sum *s)
{
    double m = 0, ss = 0;
    for (size_t i = 0; i < n; i++)
        m += v[i];
    m = n ? m / (double)n : NAN;
    for (size_t i = 0; i < n; i++)
        ss += (v[i] - m) * (v[i] - m);
    s->n = n;
    s->w = (double)n;
    s->mean = m;
    s->ss = ss;
}

static int all_finite(const double *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isfinite(v[i]))
            return 0;
    return 1;
}

/* --- distributions and two-sample statistics --- */

double dyad_stats_t_quantile(double p, double df)
{
    if (!(p > 0 && p < 1 && df > 0))
        return NAN;
    return gsl_cdf_tdist_Pinv(p, df);
}

void dyad_stats_mean_ci(double m, double sd, double n, double alpha,
                        double *lo, double *hi)
{
    if (!(n >= 2) || !isfinite(m) || !isfinite(sd)) {
        *lo = *hi = NAN;
        return;
    }
    double h = dyad_stats_t_quantile(1 - alpha / 2, n - 1) * sd / sqrt(n);
    *lo = m - h;
    *hi = m + h;
}

double dyad_stats_kolmogorov_q(double x)
{
    if (isnan(x))
        return NAN;
    if (x <= 0)
        return 1;
    if (x < 1.18) {
        /* 1 - CDF with the CDF's theta-function form, fast for small x:
         * P(K <= x) = sqrt(2 pi) / x sum_k exp(-(2k-1)^2 pi^2 / (8 x^2)) */
        double s = 0, c = PI * PI / (8 * x * x);
        for (int k = 1; k <= 50; k++) {
            double term = exp(-(double)((2 * k - 1) * (2 * k - 1)) * c);
            s += term;
            if (term < 1e-17 * s)
                break;
        }
        double q = 1 - sqrt(2 * PI) / x * s;
        return q < 0 ? 0 : q > 1 ? 1 : q;
    }
    /* 2 sum_k (-1)^(k-1) exp(-2 k^2 x^2), fast for large x */
    double s = 0;
    for (int k = 1; k <= 50; k++) {
        double term = exp(-2.0 * k * k * x * x);
        s += k % 2 ? term : -term;
        if (term < 1e-17)
            break;
    }
    s *= 2;
    return s < 0 ? 0 : s > 1 ? 1 : s;
}

int dyad_stats_welch(const double *a, size_t na, const double *b, size_t nb,
                     double *t, double *df, double *p, dyad_err *err)
{
    if (na < 2 || nb < 2 || !a || !b)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "Welch test: need at least 2 values per sample "
                            "(got %zu and %zu)", na, nb);
    int rc = dyad_stats__check(a, na, 0, "a", err);
    if (rc == DYAD_OK)
        rc = dyad_stats__check(b, nb, 0, "b", err);
    if (rc != DYAD_OK)
        return rc;
    dyad_stats__sum sa, sb;
    summarise(a, na, &sa);
    summarise(b, nb, &sb);
    double t_, df_, p_;
    dyad_stats__welch_sum(&sa, &sb, &t_, &df_, &p_);
    if (t)
        *t = t_;
    if (df)
        *df = df_;
    if (p)
        *p = p_;
    return DYAD_OK;
}

double dyad_stats_cohens_d(const double *a, size_t na, const double *b,
                           size_t nb)
{
    if (!a || !b || !all_finite(a, na) || !all_finite(b, nb))
        return NAN;
    dyad_stats__sum sa, sb;
    summarise(a, na, &sa);
    summarise(b, nb, &sb);
    return dyad_stats__cohen_sum(&sa, &sb);
}

/* --- OLS --- */

int dyad_stats_ols(const double *x, const double *y, const double *w,
                   size_t n, dyad_stats_ols_fit *fit, dyad_err *err)
{
    double *xs = NULL;
    int rc = DYAD_OK;
    if (n < 3 || !y || !fit) {
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                          "OLS: need at least 3 values, got %zu", n);
        goto out;
    }
    if ((x && (rc = dyad_stats__check(x, n, 0, "x", err))) ||
        (rc = dyad_stats__check(y, n, 0, "y", err)) ||
        (w && (rc = dyad_stats__check(w, n, 1, "w", err))))
        goto out;
    if (!x) {
        size_t bytes;
        if (!dyad_mul_ok(n, sizeof *xs, &bytes) ||
            !(xs = dyad_malloc(bytes))) {
            rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
            goto out;
        }
        for (size_t i = 0; i < n; i++)
            xs[i] = (double)i;
        x = xs;
    }
    size_t i = 1;
    while (i < n && x[i] == x[0])
        i++;
    if (i == n) {
        rc = dyad_err_set(err, DYAD_EMATH, NULL, 0,
                          "OLS: all x are equal (%g)", x[0]);
        goto out;
    }
    double c0, c1, cov00, cov01, cov11, ss_res, ybar = 0, wsum = 0, ss_tot = 0;
    if (w) {
        gsl_fit_wlinear(x, 1, w, 1, y, 1, n, &c0, &c1, &cov00, &cov01, &cov11,
                        &ss_res);
        /* gsl_fit_wlinear takes w as exact 1/sigma_i^2; scale by the
         * residual variance, as lm(weights=) does */
        cov11 *= ss_res / (double)(n - 2);
        for (i = 0; i < n; i++) {
            ybar += w[i] * y[i];
            wsum += w[i];
        }
        ybar /= wsum;
        for (i = 0; i < n; i++)
            ss_tot += w[i] * (y[i] - ybar) * (y[i] - ybar);
    } else {
        gsl_fit_linear(x, 1, y, 1, n, &c0, &c1, &cov00, &cov01, &cov11,
                       &ss_res);
        for (i = 0; i < n; i++)
            ybar += y[i];
        ybar /= (double)n;
        for (i = 0; i < n; i++)
            ss_tot += (y[i] - ybar) * (y[i] - ybar);
    }
    double df = (double)(n - 2), se = sqrt(cov11 > 0 ? cov11 : 0);
    double h = dyad_stats_t_quantile(0.975, df) * se;
    fit->n = n;
    fit->slope = c1;
    fit->intercept = c0;
    fit->slope_se = se;
    fit->slope_lo = c1 - h;
    fit->slope_hi = c1 + h;
    if (se > 0)
        fit->p_value = t_two_sided(c1 / se, df);
    else
        fit->p_value = c1 == 0 ? 1 : 0;
    fit->r2 = ss_tot > 0 ? 1 - ss_res / ss_tot : NAN;
out:
    dyad_free(xs);
    return rc;
}

/* --- Mann-Kendall --- */

/* Sorts a[0..n-1] (buffer tmp, n elements) and returns the number of
 * pairs i < j with a[i] > a[j] (strictly). */
static uint64_t count_inversions(double *a, double *tmp, size_t n)
{
    uint64_t inv = 0;
    /* bottom-up merge sort; equal elements are taken from the left run,
     * so ties do not count */
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (a[j] < a[i]) {
                    inv += mid - i;
                    tmp[k++] = a[j++];
                } else {
                    tmp[k++] = a[i++];
                }
            }
            while (i < mid)
                tmp[k++] = a[i++];
            while (j < hi)
                tmp[k++] = a[j++];
        }
        memcpy(a, tmp, n * sizeof *a);
    }
    return inv;
}

/* Tie groups of sorted a: *pairs = sum t(t-1)/2, *corr = sum
 * t(t-1)(2t+5). */
static void tie_sums(const double *a, size_t n, double *pairs, double *corr)
{
    *pairs = *corr = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && a[j] == a[i])
            j++;
        double t = (double)(j - i);
        *pairs += t * (t - 1) / 2;
        *corr += t * (t - 1) * (2 * t + 5);
        i = j;
    }
}

/* S and its tie-corrected variance; a and tmp are n-element buffers. */
static void mk_core(const double *y, size_t n, double *a, double *tmp,
                    double *s, double *var_s, double *tie_pairs)
{
    memcpy(a, y, n * sizeof *a);
    uint64_t disc = count_inversions(a, tmp, n);
    double corr;
    tie_sums(a, n, tie_pairs, &corr);
    double dn = (double)n, npairs = dn * (dn - 1) / 2;
    /* concordant = pairs - ties - discordant */
    *s = npairs - *tie_pairs - 2 * (double)disc;
    *var_s = (dn * (dn - 1) * (2 * dn + 5) - corr) / 18;
}

static int alloc_doubles(double **p, size_t n, dyad_err *err)
{
    size_t bytes;
    if (!dyad_mul_ok(n ? n : 1, sizeof **p, &bytes) ||
        !(*p = dyad_malloc(bytes)))
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    return DYAD_OK;
}

int dyad_stats_mann_kendall(const double *y, size_t n, dyad_stats_mk *mk,
                            dyad_err *err)
{
    double *a = NULL, *tmp = NULL;
    int rc;
    if (n < 3 || !y || !mk) {
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                          "Mann-Kendall: need at least 3 values, got %zu", n);
        goto out;
    }
    if ((rc = dyad_stats__check(y, n, 0, "y", err)) ||
        (rc = alloc_doubles(&a, n, err)) ||
        (rc = alloc_doubles(&tmp, n, err)))
        goto out;
    double s, var_s, ties;
    mk_core(y, n, a, tmp, &s, &var_s, &ties);
    double dn = (double)n, npairs = dn * (dn - 1) / 2;
    mk->n = n;
    mk->s = s;
    mk->var_s = var_s;
    if (s == 0 || !(var_s > 0))
        mk->z = 0;
    else
        mk->z = (s > 0 ? s - 1 : s + 1) / sqrt(var_s);
    mk->p_value = 2 * gsl_cdf_ugaussian_Q(fabs(mk->z));
    if (mk->p_value > 1)
        mk->p_value = 1;
    mk->tau = npairs > ties ? s / sqrt(npairs * (npairs - ties)) : NAN;
out:
    dyad_free(a);
    dyad_free(tmp);
    return rc;
}

/* --- Sen's slope --- */

/* Above this many pairs the slopes are not all stored. */
#define SEN_STORE_MAX ((uint64_t)1 << 21)
#define SEN_SAMPLE 65536

static uint64_t rng_next(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

/* Selects the slopes of 0-based ranks r[0..nr-1] (ascending) among the
 * N slopes of pairs i < j with x[i] != x[j] (x NULL: x[i] = i) into v. */
static int select_slopes(const double *x, const double *y, size_t n,
                         uint64_t N, const uint64_t *r, size_t nr, double *v,
                         dyad_err *err)
{
    double *buf = NULL;
    size_t cap = 0, len = 0;
    int rc = DYAD_OK;
    double lo = -INFINITY, hi = INFINITY;
    uint64_t below = 0;

    if (N > SEN_STORE_MAX) {
        /* a sample of slopes brackets the wanted ranks; one pass over all
         * pairs counts those below the bracket and keeps those in it */
        if ((rc = alloc_doubles(&buf, SEN_SAMPLE, err)))
            goto out;
        uint64_t seed = 0x9E3779B97F4A7C15ULL;
        size_t m = 0;
        for (uint64_t tries = 0; m < SEN_SAMPLE && tries < 64 * SEN_SAMPLE;
             tries++) {
            size_t i = (size_t)(rng_next(&seed) % n);
            size_t j = (size_t)(rng_next(&seed) % n);
            double dx = x ? x[j] - x[i] : (double)j - (double)i;
            if (dx != 0)
                buf[m++] = (y[j] - y[i]) / dx;
        }
        qsort(buf, m, sizeof *buf, cmp_double);
        double delta = 4 * sqrt((double)SEN_SAMPLE);
        for (;;) {
            double qlo = (double)r[0] / (double)N * (double)m - delta;
            double qhi = (double)r[nr - 1] / (double)N * (double)m + delta;
            double ihi = ceil(qhi);
            lo = m == SEN_SAMPLE && qlo >= 0 ? buf[(size_t)qlo] : -INFINITY;
            hi = m == SEN_SAMPLE && ihi < (double)m ? buf[(size_t)ihi]
                                                    : INFINITY;
            below = 0;
            uint64_t inside = 0;
            for (size_t i = 0; i < n; i++)
                for (size_t j = i + 1; j < n; j++) {
                    double dx = x ? x[j] - x[i] : (double)(j - i);
                    if (dx == 0)
                        continue;
                    double s = (y[j] - y[i]) / dx;
                    if (s < lo)
                        below++;
                    else if (s <= hi)
                        inside++;
                }
            if (below <= r[0] && below + inside > r[nr - 1] &&
                inside <= SIZE_MAX / sizeof *buf) {
                len = (size_t)inside;
                break;
            }
            delta *= 4;   /* unlucky sample: widen the bracket */
        }
        dyad_free(buf);
        buf = NULL;
    } else {
        len = (size_t)N;
    }
    if ((rc = alloc_doubles(&buf, len, err)))
        goto out;
    cap = len;
    len = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            double dx = x ? x[j] - x[i] : (double)(j - i);
            if (dx == 0)
                continue;
            double s = (y[j] - y[i]) / dx;
            if (s >= lo && s <= hi && len < cap)
                buf[len++] = s;
        }
    qsort(buf, len, sizeof *buf, cmp_double);
    for (size_t k = 0; k < nr; k++)
        v[k] = buf[r[k] - below];
out:
    dyad_free(buf);
    return rc;
}

int dyad_stats_sen_slope(const double *x, const double *y, size_t n,
                         dyad_stats_sen *sen, dyad_err *err)
{
    double *a = NULL, *tmp = NULL;
    int rc;
    if (n < 2 || !y || !sen) {
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                          "Sen's slope: need at least 2 values, got %zu", n);
        goto out;
    }
    if ((x && (rc = dyad_stats__check(x, n, 0, "x", err))) ||
        (rc = dyad_stats__check(y, n, 0, "y", err)) ||
        (rc = alloc_doubles(&a, n, err)) ||
        (rc = alloc_doubles(&tmp, n, err)))
        goto out;
    uint64_t N = (uint64_t)n * (uint64_t)(n - 1) / 2;
    if (x) {
        /* pairs with equal x have no slope */
        memcpy(a, x, n * sizeof *a);
        qsort(a, n, sizeof *a, cmp_double);
        for (size_t i = 0; i < n;) {
            size_t j = i + 1;
            while (j < n && a[j] == a[i])
                j++;
            N -= (uint64_t)(j - i) * (uint64_t)(j - i - 1) / 2;
            i = j;
        }
    }
    if (N == 0) {
        rc = dyad_err_set(err, DYAD_EMATH, NULL, 0,
                          "Sen's slope: all x are equal");
        goto out;
    }
    double s, var_s, ties;
    mk_core(y, n, a, tmp, &s, &var_s, &ties);
    double C = gsl_cdf_ugaussian_Pinv(0.975) * sqrt(var_s > 0 ? var_s : 0);
    double dN = (double)N;
    double rlo = nearbyint((dN - C) / 2), rhi = nearbyint((dN + C) / 2 + 1);
    rlo = rlo < 1 ? 1 : rlo > dN ? dN : rlo;
    rhi = rhi < 1 ? 1 : rhi > dN ? dN : rhi;
    /* 0-based ranks, ascending: CI low, the median's one or two, CI high */
    uint64_t r[4];
    r[0] = (uint64_t)rlo - 1;
    r[1] = (N - 1) / 2;
    r[2] = N / 2;
    r[3] = (uint64_t)rhi - 1;
    /* keep them ascending even when the CI is narrower than the middle */
    uint64_t rs[4];
    memcpy(rs, r, sizeof r);
    for (int i = 1; i < 4; i++)
        for (int j = i; j > 0 && rs[j] < rs[j - 1]; j--) {
            uint64_t t = rs[j];
            rs[j] = rs[j - 1];
            rs[j - 1] = t;
        }
    double vs[4];
    if ((rc = select_slopes(x, y, n, N, rs, 4, vs, err)))
        goto out;
    double v[4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            if (rs[j] == r[i])
                v[i] = vs[j];
    sen->slope = (v[1] + v[2]) / 2;
    sen->lo = v[0];
    sen->hi = v[3];
    sen->n_pairs = (size_t)N;
    for (size_t i = 0; i < n; i++)
        a[i] = y[i] - sen->slope * (x ? x[i] : (double)i);
    sen->intercept = dyad_stats__median_sort(a, n);
out:
    dyad_free(a);
    dyad_free(tmp);
    return rc;
}

/* --- anomalies --- */

int dyad_stats_anomalies(const double *y, size_t n, double threshold,
                         dyad_stats_anomaly **out, size_t *nout,
                         double *median, double *mad, dyad_err *err)
{
    double *a = NULL;
    dyad_stats_anomaly *res = NULL;
    int rc;
    if (out)
        *out = NULL;
    if (nout)
        *nout = 0;
    if (n == 0 || !y || !out || !nout) {
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                          "anomalies: empty series");
        goto fail;
    }
    if (!(threshold > 0) || !isfinite(threshold)) {
        rc = dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                          "anomalies: threshold %g is not > 0", threshold);
        goto fail;
    }
    if ((rc = dyad_stats__check(y, n, 0, "y", err)) ||
        (rc = alloc_doubles(&a, n, err)))
        goto fail;
    memcpy(a, y, n * sizeof *a);
    double med = dyad_stats__median_sort(a, n), mean_ad = 0;
    for (size_t i = 0; i < n; i++) {
        a[i] = fabs(y[i] - med);
        mean_ad += a[i];
    }
    mean_ad /= (double)n;
    double m = dyad_stats__median_sort(a, n);
    /* robust z = (y - med) / scale */
    double scale = m > 0 ? m / 0.6745 : 1.253314 * mean_ad;
    size_t k = 0;
    if (scale > 0)
        for (size_t i = 0; i < n; i++)
            if (fabs(y[i] - med) / scale > threshold)
                k++;
    if (k > 0) {
        size_t bytes;
        if (!dyad_mul_ok(k, sizeof *res, &bytes) ||
            !(res = dyad_malloc(bytes))) {
            rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
            goto fail;
        }
        k = 0;
        for (size_t i = 0; i < n; i++) {
            double z = (y[i] - med) / scale;
            if (fabs(z) > threshold)
                res[k++] = (dyad_stats_anomaly){i, y[i], z};
        }
    }
    if (median)
        *median = med;
    if (mad)
        *mad = m;
    *out = res;
    *nout = k;
    dyad_free(a);
    return DYAD_OK;
fail:
    dyad_free(a);
    dyad_free(res);
    return rc;
}
