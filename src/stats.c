/*
 * stats.c - statistics (see dyad/stats.h). GSL stays in this file.
 */
#include "dyad/stats.h"

#include <gsl/gsl_cdf.h>
#include <math.h>

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
