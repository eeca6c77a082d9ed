/*
 * stats_int.h - internals shared by stats.c and stats_cp.c.
 */
#ifndef DYAD_STATS_INT_H
#define DYAD_STATS_INT_H

#include <stddef.h>

#include "dyad/common.h"

/* Sufficient statistics of a (weighted) sample: n values, weight sum w,
 * weighted mean, weighted sum of squares about it; for the count costs
 * also the summed counts and totals (0 otherwise). */
typedef struct dyad_stats__sum {
    size_t n;
    double w, mean, ss;
    double cnt, tot;
} dyad_stats__sum;

/* DYAD_EINVAL (naming `what` and the index) unless all n values are
 * finite; with positive set, unless they are also > 0. */
int dyad_stats__check(const double *v, size_t n, int positive,
                      const char *what, dyad_err *err);

/* Sorts a[0..n-1] ascending (no NaN) and returns its median; n > 0. */
double dyad_stats__median_sort(double *a, size_t n);

/* Welch's t-test of b.mean - a.mean from summaries: the variance of a
 * mean is ss / (n - 1) / w. NAN outputs when a sample has n < 2. */
void dyad_stats__welch_sum(const dyad_stats__sum *a, const dyad_stats__sum *b,
                           double *t, double *df, double *p);

/* Cohen's d of b against a from summaries; NAN when undefined. */
double dyad_stats__cohen_sum(const dyad_stats__sum *a,
                             const dyad_stats__sum *b);

#endif
