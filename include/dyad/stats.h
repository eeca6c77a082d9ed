/*
 * dyad/stats.h - statistics on series (GSL inside; no GSL type leaves
 * this module).
 *
 * So far: the t quantile behind the series' confidence intervals. Change
 * points, trends and anomalies come with the statistics issue.
 *
 * Errors: none; functions return NAN for arguments outside their domain.
 * Thread-safety: pure functions.
 *
 * Example:
 *     double t = dyad_stats_t_quantile(0.975, 9);   (2.262...)
 */
#ifndef DYAD_STATS_H
#define DYAD_STATS_H

/* The p-quantile of Student's t distribution with df degrees of freedom;
 * NAN unless 0 < p < 1 and df > 0. */
double dyad_stats_t_quantile(double p, double df);

/* The two-sided 1 - alpha confidence interval of a mean from n values
 * with mean m and standard deviation sd: m -+ t(1 - alpha/2, n - 1) *
 * sd / sqrt(n). Sets *lo and *hi to NAN when n < 2. */
void dyad_stats_mean_ci(double m, double sd, double n, double alpha,
                        double *lo, double *hi);

#endif
