/*
 * dyad/stats.h - statistics on series: change points (PELT, binary
 * segmentation, CUSUM) with the significance and size of each shift,
 * trends (OLS with a CI, Mann-Kendall, Sen's slope), robust anomalies.
 * GSL does the distributions and fits; no GSL type leaves this module.
 *
 * Main types: dyad_stats_cp_opts (change point options; all-zero means
 * PELT, normal mean cost, MBIC penalty, AR(1) noise, default minimum
 * segment length), dyad_stats_shift (one detected change with the
 * statistics of the two segments next to it), dyad_stats_episode (a
 * burst as one event), dyad_stats_ols_fit, dyad_stats_mk, dyad_stats_sen
 * and dyad_stats_anomaly (plain result structs the caller owns).
 *
 * Input: a series is y[0..n-1] in time order, with optional weights
 * w[0..n-1] (NULL: all 1). Weights are precisions: y[i] is taken as the
 * mean of w[i] observations (articles), its variance sigma^2 / w[i], so a
 * week of 40 articles counts 40 times as much as a week of 1. Only their
 * ratios matter. Every value must be finite, every weight finite and > 0;
 * callers leave empty periods out.
 *
 * Change point model: segment cost = -2 log-likelihood of a normal model
 * (means) or of a count model (intensities).
 *   DYAD_COST_MEAN: the mean changes, the variance sigma^2 is known:
 *     cost = sum w (y - ybar_w)^2 / sigma^2. sigma^2 is opts.var when set,
 *     else estimated robustly from the whole series: by default (noise
 *     DYAD_NOISE_AR1) the long-run variance s2 (1 + phi) / (1 - phi) of
 *     AR(1) noise, s2 and phi from the series' differences at several
 *     lags (dyad_stats_noise_ar1, after DeCAFS; phi 0 below 30 values,
 *     where a rise over a few periods passes for autocorrelation; from
 *     30 to 59 values the noise of a segmented mean with AR(1) errors,
 *     dyad_stats_noise_segmented, which tells a step from persistence), so
 *     that autocorrelated noise, a trend or a random walk are not taken
 *     for a staircase of shifts; when phi is at its cap (0.9: the lags
 *     grow as a wandering level's do), at most the series' variance
 *     about its (weighted) mean, so that a change standing out of the
 *     series' whole range is not hidden by a long-run variance larger
 *     than all the series varies; from 500 values, when an AR(p) fit to
 *     the series (p <= 8 by BIC) has a persistence (the sum of its
 *     coefficients) under 0.97, the shifts found are weighed again with
 *     those dynamics and the ones they explain dropped (the series on
 *     its lags and the shifts, the least needed out first, the set of
 *     least m log(RSS / m) + 3 log m a shift kept: a long stationary
 *     series' excursions, El Nino's, are no changes); from 60 values,
 *     with PELT, where that variance is over twice the white estimate,
 *     the search is run again with white noise too, and its
 *     changes (at most 80, none a change of trend) are weighed as levels
 *     with AR(1) errors (n log s2 + 3 log n a change, the least needed
 *     out first); the best set replaces the first reading when it has
 *     five changes or more and more than the first reading, a lower
 *     criterion than the first reading's changes,
 *     and residuals about its levels with a lag-1 coefficient under 0.1
 *     (a series of many levels, whose steps the lags read as
 *     persistence); with
 *     DYAD_NOISE_WHITE the lag-1 estimate dyad used before,
 *     dyad_stats_noise_var (R: mad(diff(y)) / sqrt(2), the usual one with
 *     the changepoint, wbs and fpop packages), right for white noise
 *     only: on AR(1) noise with phi 0.5-0.8 it reports 17-38 changes per
 *     500 values where there are none (bench/shifts).
 *   DYAD_COST_POISSON, DYAD_COST_BINOMIAL: y[i] is a count (>= 0) and
 *     w[i] its exposure or total (the articles stored in the period; the
 *     binomial needs it, the Poisson takes 1 when w is NULL, and the
 *     binomial count must not exceed it). cost = -2 log L at the
 *     segment's pooled rate with half an event added, (sum y + 1/2) /
 *     sum w (binomial: (sum y + 1/2) / (sum w + 1); Jeffreys, so that a
 *     run of zeros is not fitted perfectly), over the dispersion D (opts.
 *     dispersion, else max(1, D) from dyad_stats_dispersion, the lags'
 *     pooled variance without an AR(1) factor: quasi-likelihood, so
 *     that ordinary week-to-week news noise, wider than binomial, is not
 *     a change, while a burst's edges, which fill the longer lags, are
 *     not read as autocorrelation). With DYAD_NOISE_AR1, 30 values or
 *     more, D estimated and the counts not sparse, the dispersion may
 *     grow with the level, as a negative binomial's does: when the lag
 *     differences of the busy stretches (the median count around each
 *     pair above the median) are at least 1.5 times as wide as those of
 *     the quiet ones, at twice their level or more, a segment with m
 *     events a period has dispersion D_m = D + a m (the line through the
 *     two halves), and costs its deviance over D_m plus len log D_m; the
 *     search is then optimal partitioning without pruning up to 10,000
 *     values. A shift's statistic is then over the merged segment's
 *     D_m.
 *     For a shift, mean_before and mean_after are the segments' pooled
 *     rates, t the signed root of the likelihood-ratio statistic (over D,
 *     at the rates with half an event), df 1, p_value its chi-squared
 *     (1 df) tail; sd_* and cohens_d are those of the per-period rates
 *     y / w. PELT prunes these with its own rule only (no functional
 *     pruning), K = -2 / D for the half event.
 *   DYAD_COST_MEANVAR: mean and variance change: cost = m log s2 + RSS/s2
 *     with s2 = max(RSS / m, floor) for a segment of m values, RSS its
 *     weighted sum of squares (m log(RSS/m) + m when above the floor); the
 *     floor is 1e-8 times the series' variance. min_size >= 2. A run of
 *     min_size equal values sits at the floor and costs so little that
 *     it becomes a segment of its own (the Nile's 1160, 1160 of 1875-76
 *     does under BIC): on data with repeated values use a larger
 *     min_size, or the MEAN cost.
 *   Penalty per change, n = number of values, p = parameters that change
 *   (2 for MEANVAR, else 1), as the R package changepoint counts:
 *     DYAD_PEN_MBIC  (p + 2) log n, plus log(m/n) for every segment of m
 *                    values (Zhang & Siegmund 2007). That term is a sum
 *                    over segments, so PELT and the reference minimise
 *                    the full MBIC exactly, not just its 3 log n part.
 *                    The default.
 *     DYAD_PEN_BIC   (p + 1) log n        (mean: 2 log n; the default
 *                    dyad used before)
 *     DYAD_PEN_AIC   2 (p + 1)
 *     DYAD_PEN_VALUE opts.penalty_value (>= 0)
 *   Why these defaults (bench/shifts, bench/README.md "Change points"):
 *   on eight annotated real series (the Nile, the UK seat-belt law in four
 *   Seatbelts series, Bai & Perron's real interest rate, the German
 *   monetary union in M1, Boston's Operation Ceasefire) AR(1) noise with
 *   MBIC scores F1 0.728 and cover 0.703 (margin 5, the Turing change
 *   point benchmark's metrics), against 0.443 / 0.533 for the earlier
 *   defaults (white noise, BIC), 0.622 / 0.669 for strucchange's
 *   breakpoints (BIC) and 0.612 / 0.621 for no change at all; with BIC
 *   instead of MBIC 0.704 / 0.688. On simulated AR(1) noise (phi
 *   0.5-0.8, 500 values) it reports no change where the earlier defaults
 *   reported 17-38. The price: shifts small against the long-run noise
 *   are missed (a shift of 1.5 SD in AR(1) noise with phi 0.8 is found
 *   18% of the time).
 *   The total cost minimised is sum of segment costs + changes * penalty.
 *   A shift's index is the 0-based position of the first value of the new
 *   segment (a shift at index k splits y[0..k-1] from y[k..]).
 *
 * Ownership: inputs are borrowed. Arrays handed back through an `out`
 * pointer (shifts, anomalies) are allocated with dyad_malloc; the caller
 * frees them with dyad_free. *out is NULL when the count is 0.
 *
 * Errors: fallible functions return DYAD_OK or a negative DYAD_E* code and
 * fill err (may be NULL): DYAD_EINVAL for a bad argument (n too small, a
 * NaN or infinite value, a weight <= 0, an unknown option), DYAD_ENOMEM,
 * DYAD_EMATH when the data leave nothing to estimate (all x equal). On
 * failure *out is NULL and *nout 0 where a function has them; other
 * outputs are unspecified.
 * Statistics that are undefined for the data (the SD of one value) are
 * NAN, which is not an error.
 *
 * Thread-safety: no shared state; functions are reentrant.
 *
 * Example:
 *     dyad_stats_cp_opts o = {0};        (PELT, mean, MBIC, AR(1) noise)
 *     dyad_stats_shift *sh;
 *     size_t ns;
 *     if (dyad_stats_changepoints(y, counts, n, &o, &sh, &ns, NULL, &err))
 *         return err.code;
 *     for (size_t i = 0; i < ns; i++)
 *         printf("%zu %+.3f p=%.3g\n", sh[i].index, sh[i].diff,
 *                sh[i].p_value);
 *     dyad_free(sh);
 */
#ifndef DYAD_STATS_H
#define DYAD_STATS_H

#include <stddef.h>

#include "dyad/common.h"

/* --- distributions and small helpers --- */

/* The p-quantile of Student's t distribution with df degrees of freedom;
 * NAN unless 0 < p < 1 and df > 0. */
double dyad_stats_t_quantile(double p, double df);

/* The two-sided 1 - alpha confidence interval of a mean from n values
 * with mean m and standard deviation sd: m -+ t(1 - alpha/2, n - 1) *
 * sd / sqrt(n). Sets *lo and *hi to NAN when n < 2. */
void dyad_stats_mean_ci(double m, double sd, double n, double alpha,
                        double *lo, double *hi);

/* P(sup |B(t)| > x) for a Brownian bridge B (the Kolmogorov distribution's
 * upper tail), the asymptotic p-value of the CUSUM statistic; 1 for
 * x <= 0, NAN for NaN. */
double dyad_stats_kolmogorov_q(double x);

/* Welch's two-sample t-test of mean(b) - mean(a): sets *t, *df
 * (Welch-Satterthwaite) and the two-sided *p. Any output pointer may be
 * NULL. With both sample variances 0, *t is +-INFINITY and *p 0 when the
 * means differ, *t 0 and *p 1 when they are equal, *df na + nb - 2.
 * DYAD_EINVAL when na < 2, nb < 2, or a value is not finite. */
int dyad_stats_welch(const double *a, size_t na, const double *b, size_t nb,
                     double *t, double *df, double *p, dyad_err *err);

/* Cohen's d of b against a: (mean(b) - mean(a)) / pooled SD, the pooled
 * SD from both samples' sums of squares over na + nb - 2. NAN when
 * na + nb < 3, na or nb is 0, the pooled SD is 0 or a value is not
 * finite. */
double dyad_stats_cohens_d(const double *a, size_t na, const double *b,
                           size_t nb);

/* --- change points --- */

enum dyad_stats_cp_method { DYAD_CP_PELT = 0, DYAD_CP_BINSEG, DYAD_CP_CUSUM };
enum dyad_stats_cp_cost {
    DYAD_COST_MEAN = 0,
    DYAD_COST_MEANVAR,
    DYAD_COST_POISSON,      /* y counts, w exposures (NULL: 1) */
    DYAD_COST_BINOMIAL      /* y counts, w totals (required) */
};
/* How the noise of the MEAN cost (and the dispersion of the count costs)
 * is estimated when not given. */
enum dyad_stats_noise { DYAD_NOISE_AR1 = 0, DYAD_NOISE_WHITE };
/* What the MEAN cost does with a change that is part of a slope. */
enum dyad_stats_slopes { DYAD_SLOPES_MERGE = 0, DYAD_SLOPES_KEEP };
/* What the MEAN cost does with an outlier. */
enum dyad_stats_outliers { DYAD_OUTLIERS_CLIP = 0, DYAD_OUTLIERS_KEEP };
/* Whether the MEAN cost looks for a season. */
enum dyad_stats_season { DYAD_SEASON_AUTO = 0, DYAD_SEASON_OFF };
/* Whether the MEAN cost looks for changes of trend inside its segments. */
enum dyad_stats_bends { DYAD_BENDS_OFF = 0, DYAD_BENDS_FIND };
enum dyad_stats_penalty_kind {
    DYAD_PEN_MBIC = 0,      /* the default (formerly BIC) */
    DYAD_PEN_BIC,
    DYAD_PEN_AIC,
    DYAD_PEN_VALUE
};

typedef struct dyad_stats_cp_opts {
    int method;             /* DYAD_CP_* */
    int cost;               /* DYAD_COST_* */
    int penalty;            /* DYAD_PEN_* */
    double penalty_value;   /* DYAD_PEN_VALUE: per change, finite, >= 0 */
    size_t min_size;        /* minimum segment length; 0: 2 for MEANVAR,
                               else 1 */
    size_t max_changes;     /* BINSEG: at most this many; 0: no limit */
    double var;             /* MEAN cost and CUSUM: the noise variance
                               sigma^2 of a value of average weight (the
                               weights scaled to mean 1); 0: estimate it
                               with dyad_stats_noise_var */
    double alpha;           /* > 0: drop shifts with p_value >= alpha or
                               NAN (cusum_p for CUSUM), least significant
                               first, recomputing the neighbours' segment
                               statistics each time; 0: keep all */
    int noise;              /* DYAD_NOISE_AR1 (default): var is the
                               long-run variance of AR(1) noise, s2 (1 +
                               phi) / (1 - phi), from
                               dyad_stats_noise_ar1 (the count costs'
                               dispersion: the lags' pooled variance,
                               phi 0, dyad_stats_dispersion);
                               DYAD_NOISE_WHITE:
                               phi taken as 0, s2 from lag-1 differences
                               only (the earlier default: every slow
                               movement of an autocorrelated series
                               becomes a staircase of shifts) */
    double dispersion;      /* count costs: the overdispersion factor D
                               (>= 1 in effect) the deviance is divided by;
                               0: estimate it (dyad_stats_dispersion,
                               and its growth with the level); given,
                               one D for the series */
    double var_floor;       /* MEAN cost and CUSUM, var estimated: the
                               least noise variance of a value of average
                               weight, its sampling variance when each
                               value is a mean of items (the pooled
                               within-period variance of the items over
                               the mean weight: dyad_series_within_var).
                               The lag differences of means of
                               heavy-tailed items (most articles carry no
                               Goldstein weight, a few carry many) have a
                               robust scale far below it, and every
                               outlying period became a segment; as the
                               count costs' D >= 1, the estimate is taken
                               as at least this. 0: no floor */
    int slopes;             /* MEAN cost, PELT and BINSEG: DYAD_SLOPES_MERGE
                               (default): a change where one straight
                               line over its two segments fits them as
                               well as their two levels (both two
                               parameters) is part of a slope, not a
                               step, and goes (the best-fitting line
                               first, its neighbours then tested on the
                               merged segment), and then a run of 2
                               to 6 neighbouring changes whose one
                               line's residuals exceed its levels' by
                               less than a penalty per level beyond
                               the line's two (over the residuals'
                               own variance when levels of 10 values
                               or more leave white residuals: real
                               steps), so that a trend, a
                               random walk's excursion or a growing
                               seasonal swing is no staircase; the
                               penalised cost is that of what is kept.
                               DYAD_SLOPES_KEEP: every change the search
                               finds. The count costs keep theirs: an
                               intensity that ramps up is an escalation
                               (bench/shifts (c): the semiconductor
                               dispute's weekly conflict, 6 to 59 per
                               1,000 over seven weeks, merged into one
                               line and was lost) */
    int outliers;           /* MEAN cost: DYAD_OUTLIERS_CLIP (default): the
                               segmentation (and the noise estimate)
                               reads each value moved to at most 3 noise
                               SDs from the median of the five values
                               around it (the noise of a value of its
                               weight: the lag-1 estimate of
                               dyad_stats_noise_var, at least var_floor),
                               so that a spike of one or two values is no
                               segment of its own and a change of level,
                               which the median follows, is untouched (a
                               winsorised, Huber-like cost: robust FPOP,
                               Fearnhead & Rigaill 2019, caps each
                               value's loss the same way). The shifts'
                               statistics are those of the values given.
                               bench/shifts (b): a shift of 3 SDs with 3%
                               of the values moved by 5-10 SDs had 12.4
                               other changes a series, 0.2 clipped.
                               DYAD_OUTLIERS_KEEP: the values as given
                               (the CLI's default for a stored pair,
                               whose noise floor is its articles'
                               sampling variance) */
    int season;             /* MEAN cost: DYAD_SEASON_AUTO (default): a
                               season of 4, 7, 12, 24 or 52 values
                               (quarters, days of a week, months, hours,
                               weeks of a year; at least three cycles)
                               is found where the series' differences at
                               that lag vary less than 0.3 times those at
                               half of it, and the segmentation reads the
                               series less it (each phase's median
                               deviation from the running median over a
                               cycle), before outliers are clipped; the
                               shifts' statistics are of the values
                               given. The index must be the calendar:
                               DYAD_SEASON_OFF for series with gaps (the
                               CLI's default for a stored pair, whose
                               empty periods are skipped) */
    int bends;              /* MEAN cost, PELT and BINSEG, shifts only (not
                               episodes): DYAD_BENDS_OFF (default): changes
                               of level only. DYAD_BENDS_FIND (the CLI's
                               default for --input): a segment of
                               DYAD_BEND_MIN_SEG values or more (after the
                               slope rule) is also searched for a change
                               of trend, a crash or a kink on a trend that
                               levels cannot see, by binary segmentation:
                               two straight lines (split at least 5
                               values from the ends) against one
                               quadratic (so that a smooth growth curve
                               is no change), their residual sums of
                               squares over the noise variance beyond
                               the penalty, and the gain at least
                               DYAD_BEND_VISIBLE of the whole series'
                               sum of squares about its mean (a change
                               the eye sees on a plot of the series);
                               where no single bend passes, two at once
                               (three lines, twice the penalty and the
                               share; segments up to 2,000 values): a
                               dip and its recovery mid-trend.
                               The noise is the AR(1) long-run variance
                               of the series' residuals about its
                               quadratic (at most their variance when
                               the fit is at its cap), one for the
                               series as the level search's. From 30
                               to 59 values, a series whose piecewise
                               lines fit it better than its levels
                               (each with AR(1) errors and up to 5
                               changes, by n log s2 with 4 log n a
                               change of line, 3 a change of level, 1
                               each segment's slope) is a trend that
                               bends: the noise is that of its lines,
                               and segments of 10 values or more are
                               searched. Where over half the
                               neighbouring values repeat, the noise is
                               at least the series' own (the level
                               search's, the lag differences' mean
                               square). The
                               segments are those of the significant
                               levels (alpha applied). Such a shift has
                               trend 1 and the p-value of that test. The
                               index must be the calendar, as for
                               season */
} dyad_stats_cp_opts;

/* DYAD_BENDS_FIND: the shortest segment searched (10 in a short trend
 * that bends, see bends), and the least share of the series' sum of
 * squares a change of trend must explain. */
#define DYAD_BEND_MIN_SEG 30
#define DYAD_BEND_VISIBLE 0.002

/* One change. "before" is the segment that ends at index - 1 and starts
 * after the previous reported shift (or at 0); "after" starts at index
 * and ends before the next reported shift (or at n - 1). Means and SDs
 * are weighted when weights are given (SD per average weight: weights
 * scaled to mean 1 over the series). */
typedef struct dyad_stats_shift {
    size_t index;           /* first value of the new segment, 0-based */
    size_t n_before, n_after;   /* values in the two segments */
    double mean_before, mean_after;
    double diff;            /* mean_after - mean_before */
    double sd_before, sd_after; /* NAN for a segment of one value */
    double t, df, p_value;  /* Welch t-test of diff, two-sided; NAN when a
                               segment has one value. With weights the
                               standard error of a segment mean is
                               sd / sqrt(sum of its scaled weights) */
    double cohens_d;        /* diff / pooled SD; NAN when undefined */
    double cusum_p;         /* CUSUM method: the CUSUM test's asymptotic
                               p-value (its location maximises the
                               statistic, so the Welch p there is too
                               small); NAN for the other methods */
    int trend;              /* 1: a change of trend (DYAD_BENDS_FIND),
                               p_value that of its test (two lines
                               against one quadratic, chi-squared 1 df;
                               t NAN); 0: a change of level */
} dyad_stats_shift;

/* Parses "pelt", "binseg", "cusum" (method), "mean", "meanvar",
 * "poisson", "binomial" (cost);
 * -1 for anything else. The _name functions give those names back ("" for
 * an unknown value). */
int dyad_stats_cp_method_parse(const char *s);
const char *dyad_stats_cp_method_name(int method);
int dyad_stats_cp_cost_parse(const char *s);
const char *dyad_stats_cp_cost_name(int cost);

/* The shortest segment o asks for: its min_size, or when that is 0 the
 * default of its cost (2 for MEANVAR, else 1). A series of fewer than
 * twice as many values has no change to find. */
size_t dyad_stats_cp_min_size(const dyad_stats_cp_opts *o);

/* Parses a penalty: "bic", "mbic", "aic", or a number >= 0 (sets *kind to
 * DYAD_PEN_VALUE and *value). DYAD_EINVAL for anything else. */
int dyad_stats_penalty_parse(const char *s, int *kind, double *value,
                             dyad_err *err);

/* The penalty per change for n values under cost and kind (value for
 * DYAD_PEN_VALUE), without MBIC's per-segment term; NAN for an unknown
 * cost or kind, n = 0 or a bad value. */
double dyad_stats_penalty(int cost, int kind, double value, size_t n);

/* The noise variance sigma^2 behind DYAD_COST_MEAN: with the weights
 * scaled to mean 1, d[i] = (y[i+1] - y[i]) / sqrt(1/w[i] + 1/w[i+1]) has
 * variance sigma^2 wherever the mean does not change, so sigma is
 * 1.4826 * MAD(d) (R: mad(diff(y)) / sqrt(2) without weights), robust to
 * the few d that straddle a shift. When MAD(d) is 0 (mostly equal
 * neighbours) the mean of d^2 is used instead; for a constant series
 * (variance below 1e-20 times the squared mean) *var is 1. n >= 2.
 * DYAD_EINVAL for bad input, DYAD_ENOMEM. */
int dyad_stats_noise_var(const double *y, const double *w, size_t n,
                         double *var, dyad_err *err);

/* The AR(1) noise of y (weights w or NULL, as for the MEAN cost): its
 * marginal variance *s2 and coefficient *phi in [0, 0.9]. With weights
 * scaled to mean 1, d_k[i] = (y[i+k] - y[i]) / sqrt(1/w[i] + 1/w[i+k])
 * has variance v_k = s2 (1 - phi^k) wherever the mean does not change;
 * v_k is estimated robustly, (1.4826 median |d_k|)^2 (the mean of d_k^2
 * when that is 0), at the lags k = 1, 2, 3, 4, 8 and 16 up to n / 4, and
 * s2 (1 - phi^k) is fitted to them on the log scale (least squares over
 * phi by steps of 0.005, s2 in closed form): the lag-difference
 * estimates of DeCAFS (Romano, Rigaill, Runge & Fearnhead 2022, JASA),
 * robust to the few d_k that straddle a shift. The median of |d_k| is
 * taken about 0, not about the median of d_k, so that a trend or a
 * random walk, whose differences grow with the lag, counts as noise: it
 * drives phi towards its cap, 0.9, and s2 up, and the long-run variance
 * s2 (1 + phi) / (1 - phi) the MEAN cost uses (19 s2 at the cap) keeps
 * slow movements from passing for shifts. Negative phi is taken as 0,
 * and so is phi when the median at lag 1 is 0 (the mean of d_1^2, which
 * then stands in for v_1, holds the changes, which would pass for
 * autocorrelation at the longer lags). With fewer than 30 values phi is
 * not estimated: phi = 0 and s2 is dyad_stats_noise_var's (on lags 1-4
 * and 10-30 differences a rise over a few periods looks just like
 * autocorrelation, and the fit reads it as noise). A constant series
 * gives s2 = 1, phi = 0. n >= 2. DYAD_EINVAL for bad input,
 * DYAD_ENOMEM. */
int dyad_stats_noise_ar1(const double *y, const double *w, size_t n,
                         double *s2, double *phi, dyad_err *err);

/* The largest of the robust lag variances v_k that dyad_stats_noise_ar1
 * fits (those whose median is not 0; 0 when none is, v_1 below 30
 * values): where the lags reach beyond the dependence, the marginal
 * variance. The MEAN cost under DYAD_NOISE_AR1 takes this instead of the
 * fit's long-run variance when it is more than twice that: the lags
 * then contradict AR(1) noise (a season: lags at the season differ
 * little, the others by the season), and to a model of levels a
 * seasonal swing is noise; R's quarterly UKgas, 4.1 times, was 34
 * one-quarter segments (bench/shifts (a)) on the fit alone. Input and
 * errors as dyad_stats_noise_ar1. */
int dyad_stats_noise_marginal(const double *y, const double *w, size_t n,
                              double *var, dyad_err *err);

/* The noise of a segmented mean with AR(1) errors, which the MEAN cost
 * under DYAD_NOISE_AR1 takes from 30 to 59 values instead of
 * dyad_stats_noise_ar1's (in so few values the lag differences cannot
 * tell autocorrelation from a step or two: a step of 3 SDs in AR(1)
 * noise of phi 0.5 was found 59-74% of the time at 35-55 values,
 * 80-88% with this; bench/shifts (b)). For k = 0 to 5 changes (fewer
 * when n / 6 - 1 is less; segments of 3 values or more) the partition
 * of least weighted residual sum of squares (exact optimal
 * partitioning), the least-squares AR(1) fit to its residuals (scaled
 * by the square roots of the weights, over the pairs within a segment;
 * phi in [0, 0.9]) and the mean square s2 of its innovations; the k of
 * least n log s2 + 3 k log n is taken (MBIC's penalty per change).
 * *var is its long-run variance s2 / (1 - phi)^2 and *phi its phi; both
 * 0 when a fit with at most that many changes leaves no innovations (a
 * series that segments exactly, or a constant one).
 * Weights as dyad_stats_noise_var (scaled to mean 1). 6 <= n <=
 * 10,000 (the search is 5 n^2 / 2 segment costs); DYAD_EINVAL for bad
 * input, DYAD_ENOMEM. */
int dyad_stats_noise_segmented(const double *y, const double *w, size_t n,
                               double *var, double *phi, dyad_err *err);

/* The overdispersion of counts count[i] out of total[i] (cost
 * DYAD_COST_BINOMIAL) or with exposure total[i] (DYAD_COST_POISSON;
 * total NULL: 1): as dyad_stats_noise_ar1, on the differences of the
 * rates c/N at those lags over their binomial (Poisson) SD at the pair's
 * pooled rate (pairs with a pooled rate of 0 are skipped). *disp is D,
 * the variance of that difference relative to the binomial one (1 for
 * binomial counts, more for news, whose week-to-week swings are wider):
 * exp(mean log v_k) over the lags, with *phi 0 always (no AR(1) factor:
 * a burst of a few weeks fills the longer lags' differences with its
 * edges, which the AR(1) fit read as autocorrelation; see stats_cp.c).
 * Counts with more than half their values 0, too sparse for a robust
 * estimate (the differences take a few values and their MAD jumps
 * between them with one count), give D = 2.198 (1.4826^2). The count
 * costs divide their deviance by max(1, D) (quasi-likelihood). DYAD_EINVAL for
 * bad input (a count < 0, above its total, a total <= 0), DYAD_ENOMEM. */
int dyad_stats_dispersion(const double *count, const double *total,
                          size_t n, int cost, double *disp, double *phi,
                          dyad_err *err);

/* The noise variance the MEAN cost divides by (opts.var, or the long-run
 * variance, or the marginal one for a season, or the white estimate by
 * opts.noise), or the dispersion the count costs
 * divide by (with a dispersion that grows with the level, D at level 0),
 * as dyad_stats_changepoints resolves them for y, w and o.
 * DYAD_EINVAL for bad input or options and for the MEANVAR cost;
 * DYAD_ENOMEM. */
int dyad_stats_cp_scale(const double *y, const double *w, size_t n,
                        const dyad_stats_cp_opts *o, double *scale,
                        dyad_err *err);

/* Detects change points in y (weights w or NULL) with the method, cost and
 * penalty of o (NULL: all defaults). PELT (Killick, Fearnhead & Eckley
 * 2012) finds the exact optimum of the penalised cost. Besides PELT's
 * pruning (K = 0) it applies FPOP's functional pruning (Maidstone et al.
 * 2017) on the segment mean, also exact; pruned candidates stay
 * admissible for min_size - 1 more steps, which keeps both exact with a
 * minimum segment length. PELT alone is linear in n only when changes
 * are spread over the series (it keeps every candidate since the last
 * change); with the functional rule the MEAN cost stays fast on long
 * stretches without change too, while MEANVAR gains less (timings:
 * bench/pelt_bench). BINSEG splits the segment whose best split lowers
 * the cost most, while that exceeds the penalty (greedy, not optimal).
 * CUSUM (MEAN cost only) reports the single most likely mean change, the
 * argmax of |sum_{i<k} w_i (y_i - ybar_w)| / (sigma sqrt(sum w)), with its
 * asymptotic p-value (cusum_p); the penalty plays no part in it.
 * Sets *out to the shifts in index order (caller frees with dyad_free;
 * NULL when none), *nout to their number, and *cost (may be NULL) to the
 * penalised cost of the segmentation the method found, before the alpha
 * filter (when a white reading of many levels replaced PELT's, that of
 * the levels kept, under the noise of the first). DYAD_EINVAL: n = 0, n < 2 * min_size, a non-finite value, a
 * weight <= 0, min_size < 2 with MEANVAR, CUSUM with a cost other than
 * MEAN, a count < 0 (count costs) or above its total (binomial), the
 * binomial cost without totals, an unknown option, a bad opts.var,
 * dispersion or penalty value; DYAD_ENOMEM. */
int dyad_stats_changepoints(const double *y, const double *w, size_t n,
                            const dyad_stats_cp_opts *o,
                            dyad_stats_shift **out, size_t *nout,
                            double *cost, dyad_err *err);

/* The same problem as PELT solved without pruning: optimal partitioning
 * by dynamic programming over every admissible last change, O(n^2) cost
 * evaluations. o->method is ignored; everything else, including alpha, is
 * as in dyad_stats_changepoints. The reference PELT is tested against;
 * also usable on short series. */
int dyad_stats_optimal_partition(const double *y, const double *w, size_t n,
                                 const dyad_stats_cp_opts *o,
                                 dyad_stats_shift **out, size_t *nout,
                                 double *cost, dyad_err *err);

/* The CUSUM test for one change in the mean: *index the first value after
 * the most likely change (min_size <= index <= n - min_size, min_size 0
 * taken as 1), *stat the maximum of the standardised CUSUM above, *p its
 * asymptotic p-value (dyad_stats_kolmogorov_q). var as in
 * dyad_stats_cp_opts. Output pointers may be NULL. DYAD_EINVAL as for
 * dyad_stats_changepoints; DYAD_ENOMEM. */
int dyad_stats_cusum(const double *y, const double *w, size_t n,
                     size_t min_size, double var, size_t *index,
                     double *stat, double *p, dyad_err *err);

/* --- episodes --- */

/* A burst that rises and falls (or a dip), as one event. */
typedef struct dyad_stats_episode {
    size_t start, peak, end;   /* indices: first, highest, last period */
    double baseline, peak_value, size;  /* size: peak / baseline ratio
                                           (or difference for means) */
    int direction;             /* +1 rise, -1 fall */
} dyad_stats_episode;

/* Episodes of y (weights or totals w, as for dyad_stats_changepoints with
 * the same options o): the series is segmented as for the shifts, then
 * read left to right against a baseline, the level (mean, or pooled
 * rate for the count costs) of the last segment outside an episode,
 * initially the first. A segment whose level differs from the baseline
 * by more than the penalty (one level for both costs more than one each
 * by the penalty a change between them would pay if they were
 * neighbours, MBIC's log(m/n) terms of their lengths included) opens an
 * episode in its direction;
 * the episode goes on while the following segments stay beyond the
 * baseline in that direction and less than three quarters of the way
 * back from the episode's highest (most extreme) segment to the
 * baseline, and ends before the first that does not (which becomes the
 * new baseline: back near the old one, or the level three quarters back
 * or more that the burst settled at; segments that then go on back
 * toward the level the burst rose from, not past it by the penalty, are
 * its tail and open no dip, also after a later burst from the settled
 * level) or at the end of the series (an episode still going on). The
 * three-quarters rule ends a burst that falls back to a level above a
 * near-silent start (the Mexican war's conflict, from 0.02 events per
 * address to 70.5, then 2.5 for 13 years, was one episode of 27 years
 * without it); the tail of a decaying burst, half and a quarter
 * of its peak, stays in it. A spike is one episode (start = peak = end),
 * so is a burst that decays over several segments; a lasting level
 * shift is an episode that runs to the end. start and end are its first
 * and last period, peak the period with the most extreme value within
 * its most extreme segment, peak_value that segment's level, baseline
 * the baseline's level, size peak_value - baseline for the Normal costs
 * and the ratio of the two rates, each with 0.5 added to its count
 * ((C + 0.5) / N), for the count costs. Sets *out (caller frees with
 * dyad_free; NULL when none) in time order, *nout. Errors as for
 * dyad_stats_changepoints. */
int dyad_stats_episodes(const double *y, const double *w, size_t n,
                        const dyad_stats_cp_opts *o,
                        dyad_stats_episode **out, size_t *nout,
                        dyad_err *err);

/* --- trends --- */

typedef struct dyad_stats_ols_fit {
    size_t n;
    double slope, intercept;
    double slope_se;        /* standard error of the slope */
    double slope_lo, slope_hi;  /* 95% CI: slope -+ t(0.975, n-2) se */
    double p_value;         /* two-sided t-test of slope = 0 */
    double r2;
} dyad_stats_ols_fit;

/* Least squares line y = intercept + slope * x (x NULL: x[i] = i), with
 * weights w (NULL: unweighted; gsl_fit_wlinear otherwise, the residual
 * variance estimated from the data as R's lm(weights=) does, so scaling
 * every weight by a constant changes nothing). Fills *fit. DYAD_EINVAL
 * when n < 3, a value is not finite or a weight <= 0; DYAD_EMATH when all
 * x are equal. */
int dyad_stats_ols(const double *x, const double *y, const double *w,
                   size_t n, dyad_stats_ols_fit *fit, dyad_err *err);

typedef struct dyad_stats_mk {
    size_t n;
    double s;               /* S = sum_{i<j} sign(y[j] - y[i]) */
    double var_s;           /* n(n-1)(2n+5)/18 minus the tie correction
                               sum t(t-1)(2t+5)/18 over groups of t equal
                               values */
    double z;               /* (S - sign S) / sqrt(var_s), 0 when S = 0 */
    double p_value;         /* two-sided, normal approximation */
    double tau;             /* Kendall's tau-b of y against time:
                               S / sqrt(N (N - ties)), N = n(n-1)/2, ties
                               = sum t(t-1)/2; NAN when all y are equal */
} dyad_stats_mk;

/* The Mann-Kendall trend test on y in time order (equally spaced), with
 * the tie correction; O(n log n). DYAD_EINVAL when n < 3 or a value is not
 * finite; DYAD_ENOMEM. All-equal y give S = 0, z = 0, p = 1. */
int dyad_stats_mann_kendall(const double *y, size_t n, dyad_stats_mk *mk,
                            dyad_err *err);

typedef struct dyad_stats_sen {
    double slope;           /* median of (y[j]-y[i]) / (x[j]-x[i]) over
                               pairs with x[i] != x[j] */
    double lo, hi;          /* 95% CI by the rank method (Sen 1968;
                               Gilbert 1987, 16.5; as R trend::sens.slope):
                               C = 1.96 sqrt(var_s) with the Mann-Kendall
                               variance, sorted slopes number
                               round((N - C)/2) and round((N + C)/2 + 1),
                               half to even as in R, clamped to 1..N;
                               approximate when x has ties */
    double intercept;       /* median of y - slope x (Conover) */
    size_t n_pairs;         /* N */
} dyad_stats_sen;

/* Sen's slope of y against x (NULL: x[i] = i). Exact; O(n^2) time, and
 * O(n^2) memory only up to 2^21 pairs: longer series select the order
 * statistics from a window found by sampling, in O(n) memory. DYAD_EINVAL
 * when n < 2 or a value is not finite; DYAD_EMATH when all x are equal;
 * DYAD_ENOMEM. */
int dyad_stats_sen_slope(const double *x, const double *y, size_t n,
                         dyad_stats_sen *sen, dyad_err *err);

/* --- anomalies --- */

/* Iglewicz & Hoaglin's recommended cut-off for the robust z. */
#define DYAD_STATS_ANOMALY_Z 3.5

typedef struct dyad_stats_anomaly {
    size_t index;
    double value;
    double z;               /* robust z of the value */
} dyad_stats_anomaly;

/* Values whose robust z = 0.6745 (y - median) / MAD exceeds threshold in
 * absolute value (Iglewicz & Hoaglin 1993; MAD = median |y - median|,
 * unscaled). When MAD is 0 (half the values or more equal the median),
 * z = (y - median) / (1.2533 * mean |y - median|) instead; when that is
 * 0 too, nothing is anomalous. Sets *out (caller frees with dyad_free;
 * NULL when none) in index order, *nout, and *median and *mad when not
 * NULL. DYAD_EINVAL when n = 0, a value is not finite or threshold is not
 * > 0; DYAD_ENOMEM. */
int dyad_stats_anomalies(const double *y, size_t n, double threshold,
                         dyad_stats_anomaly **out, size_t *nout,
                         double *median, double *mad, dyad_err *err);

#endif
