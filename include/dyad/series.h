/*
 * dyad/series.h - per-pair time series from the store's daily sums.
 *
 * One row per period from the first to the last period asked for (or
 * stored), including periods without articles (counts 0, values empty).
 * Periods: day, ISO week (starting Monday), month, quarter, year; all
 * dates UTC. Columns:
 *   period_start    first day of the period
 *   articles        articles that relate the pair (sentences > 0)
 *   sentences       their sentences that relate the two countries
 *   tone_mean       mean of the articles' pair tone (-1..1)
 *   tone_ci_low/high  95% t interval of that mean over articles (n >= 2)
 *   goldstein_mean  mean Goldstein-like weight over articles whose pair
 *                   had tension hits
 *   tension         conflict / (conflict + cooperation) hits, 0..1
 *   volume_share    articles naming the pair (related or only co-mentioned)
 *                   / all articles stored for the period
 *   mentions        articles naming the pair, related or not
 *   conflict, cooperation, threats, acts
 *                   intensities: articles of the pair with conflict,
 *                   cooperation, threat or act events (or tension hits)
 *                   per 1,000 articles stored in the period (the
 *                   Geopolitical Risk index's view), each with
 *                   *_ci_low/high: the 95% Wilson score interval of the
 *                   share (count of total articles), times 1,000
 *   net             the pair's summed Goldstein weights per 1,000 articles
 *                   stored (GDELT's view), with net_ci_low/high: the 95%
 *                   t interval of the mean over all articles of the
 *                   period (each article's summed weight, 0 for an
 *                   article without the pair), times 1,000
 * A period without articles of the pair has counts 0 and every mean
 * empty (NAN; empty in CSV, null in JSON), volume_share too. Intensities
 * are 0 there (a count of 0 is a value), and empty only when the store
 * has no article at all in the period.
 * With smoothing over N periods, *_smooth columns hold centred moving
 * values weighted by article counts (computed from the summed counts of
 * the N periods, as GDELT's timeline smoothing does); N even leans one
 * period forward.
 *
 * Ownership: dyad_series owns its rows; dyad_series_free releases them.
 * Errors: DYAD_EINVAL (bad period name or range), errors of dyad/store.h.
 * Thread-safety: one series per thread.
 *
 * Example:
 *     dyad_series s;
 *     if (dyad_series_build(st, "CHN-JPN", DYAD_BY_WEEK, from, to, 0, &s,
 *                           &err) == DYAD_OK)
 *         for (size_t i = 0; i < s.n; i++) use(&s.rows[i]);
 *     dyad_series_free(&s);
 */
#ifndef DYAD_SERIES_H
#define DYAD_SERIES_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"
#include "dyad/export.h"
#include "dyad/store.h"

enum dyad_period {
    DYAD_BY_DAY = 0,
    DYAD_BY_WEEK,
    DYAD_BY_MONTH,
    DYAD_BY_QUARTER,
    DYAD_BY_YEAR,
    DYAD_BY_DECADE    /* 1790-1799, ...: for historical corpora */
};

/* The intensities, in the order of their metrics (DYAD_METRIC_CONFLICT
 * + i). */
#define DYAD_INTENSITIES 5

typedef struct dyad_series_row {
    int32_t start;                /* day */
    dyad_pair_day sum;            /* summed counts of the period */
    int64_t total;                /* all articles of the period */
    double tone_mean, tone_ci_low, tone_ci_high;
    double goldstein_mean, tension, volume_share;
    double tone_smooth, goldstein_smooth, tension_smooth, volume_smooth;
    /* conflict, cooperation, threats, acts, net per 1,000 articles, their
     * 95% intervals and smoothed values */
    double intensity[DYAD_INTENSITIES];
    double intensity_lo[DYAD_INTENSITIES], intensity_hi[DYAD_INTENSITIES];
    double intensity_smooth[DYAD_INTENSITIES];
} dyad_series_row;

typedef struct dyad_series {
    char pair[20];
    int by;
    int smooth;                   /* 0: no smoothing */
    dyad_series_row *rows;
    size_t n;
} dyad_series;

enum dyad_metric {
    DYAD_METRIC_TONE = 0,
    DYAD_METRIC_GOLDSTEIN,
    DYAD_METRIC_TENSION,
    DYAD_METRIC_VOLUME,
    DYAD_METRIC_CONFLICT,
    DYAD_METRIC_COOPERATION,
    DYAD_METRIC_THREATS,
    DYAD_METRIC_ACTS,
    DYAD_METRIC_NET
};
#define DYAD_METRICS 9

/* Parses "tone", "goldstein", "tension", "volume_share", "conflict",
 * "cooperation", "threats", "acts", "net"; -1 when unknown. */
int dyad_metric_parse(const char *s);
const char *dyad_metric_name(int metric);
/* The metric of a row (NAN when the period has none); intensities per
 * 1,000 articles. */
double dyad_series_metric(const dyad_series_row *r, int metric);
/* The 95% interval of the metric in a row: the t interval of tone, the
 * Wilson or t interval of an intensity; NAN for the other metrics (and
 * where there is none). */
void dyad_series_metric_ci(const dyad_series_row *r, int metric, double *lo,
                           double *hi);
/* For a count metric (conflict, cooperation, threats, acts): the
 * period's count (articles of the pair with such events) and the
 * articles stored in the period; returns 1. For other metrics 0. */
int dyad_series_counts(const dyad_series_row *r, int metric, double *count,
                       double *total);
/* Below this many articles stored per period (on average), the episodes
 * and shifts of a count metric count the pair's events (per article
 * stored), not its articles: a share of a handful of long documents (one
 * address a year) is all or nothing, the events in them say how much. */
#define DYAD_SERIES_FEW_ARTICLES 20
/* 1 when the periods of s with articles stored hold fewer than
 * DYAD_SERIES_FEW_ARTICLES of them on average; 0 (also when none has
 * any). */
int dyad_series_few(const dyad_series *s);
/* For a count metric: the pair's events of that kind in the period
 * (conflict, cooperation, threats or acts events); 0 for other
 * metrics. */
double dyad_series_events(const dyad_series_row *r, int metric);
/* The least noise variance of a mean metric's value of average weight,
 * for dyad_stats_cp_opts.var_floor: the pooled within-period variance of
 * the items the metric averages in the rows (of n) where it has a value
 * (tone: the pair's articles; net: every stored article, each one's
 * summed weight times 1,000, 0 for an article without the pair; the
 * periods' sums of squares about their own means over the sum of their
 * items less one), over the mean of w[0..nw-1], the weights the values
 * are given (their items: a mean of k items has sampling variance that
 * variance over k). 0 (no floor) for goldstein (see
 * dyad_series_goldstein_floor) and tension (no squares stored), for
 * volume_share and the count metrics (shares: their costs have their
 * own model), when no period has two items and when w is NULL or sums
 * to 0. */
double dyad_series_var_floor(const dyad_series_row *rows, size_t n,
                             int metric, const double *w, size_t nw);
/* goldstein's floor, whose squares the period sums do not keep: the
 * pooled within-period variance of the Goldstein means of s's pair's
 * articles with one (not 0: those the metric averages), read article by
 * article from st over s's periods, over the mean of w[0..nw-1] (their
 * counts in the periods with a value, as dyad_series_var_floor).
 * *var_floor 0 when no period has two such articles or w sums to 0.
 * DYAD_EDB, DYAD_ENOMEM from the store. */
int dyad_series_goldstein_floor(dyad_store *st, const dyad_series *s,
                                const double *w, size_t nw,
                                double *var_floor, dyad_err *err);
/* The metric of summed counts (several periods' sums added with
 * dyad_series_add, and their total articles): as a period's. */
double dyad_series_sum_metric(const dyad_pair_day *sum, int64_t total,
                              int metric);
/* The 95% interval of the metric of summed counts (as
 * dyad_series_metric_ci of a period's). */
void dyad_series_sum_ci(const dyad_pair_day *sum, int64_t total, int metric,
                        double *lo, double *hi);
/* Adds the sums of d to *to (not the day). */
void dyad_series_add(dyad_pair_day *to, const dyad_pair_day *d);
/* 1 for the count metrics (and net), 0 for the means. */
int dyad_metric_is_count(int metric);
/* The range the metric can take: tone [-1, 1], goldstein [-10, 10],
 * tension and volume_share [0, 1], conflict, cooperation, threats and
 * acts [0, 1000] (per 1,000 articles); net has no bound (-INFINITY,
 * INFINITY: an article can carry many weights). */
void dyad_metric_range(int metric, double *lo, double *hi);

/* Parses "day", "week", "month", "quarter", "year", "decade"; -1 when
 * unknown. */
int dyad_period_parse(const char *s);
const char *dyad_period_name(int by);
/* First day of the period holding day. */
int32_t dyad_period_start(int32_t day, int by);
/* First day of the next period. */
int32_t dyad_period_next(int32_t start, int by);

/* Builds the series of pair over the periods covering [from, to]
 * (inclusive days; INT32_MIN / INT32_MAX: the stored span). smooth: 0 or
 * the window N (>= 2). out is filled; free it with dyad_series_free. A
 * range that lies wholly after (before) the stored span, from (to) given
 * alone, is the period holding that bound, without articles; from after
 * to, both given, is DYAD_EINVAL; an empty store DYAD_ENOENT. */
int dyad_series_build(dyad_store *st, const char *pair, int by, int32_t from,
                      int32_t to, int smooth, dyad_series *out,
                      dyad_err *err);
void dyad_series_free(dyad_series *s);

/* The column names of a series table: with_pair adds a leading "pair"
 * column (the long table of every pair), smooth adds the *_smooth ones. */
size_t dyad_series_columns(int with_pair, int smooth,
                           const char *const **cols);
/* Writes the rows of s to a table begun with those columns. */
int dyad_series_write(const dyad_series *s, int with_pair, dyad_table *t,
                      dyad_err *err);

#endif
