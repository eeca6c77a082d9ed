/*
 * dyad/series.h - per-pair time series from the store's daily sums.
 *
 * One row per period from the first to the last period asked for (or
 * stored), including periods without articles (counts 0, values empty).
 * Periods: day, ISO week (starting Monday), month, quarter, year; all
 * dates UTC. Columns:
 *   period_start    first day of the period
 *   articles        articles that mention the pair
 *   sentences       their sentences that name both countries
 *   tone_mean       mean of the articles' pair tone (-1..1)
 *   tone_ci_low/high  95% t interval of that mean over articles (n >= 2)
 *   goldstein_mean  mean Goldstein-like weight over articles whose pair
 *                   had tension hits
 *   tension         conflict / (conflict + cooperation) hits, 0..1
 *   volume_share    articles mentioning the pair / all articles stored for
 *                   the period
 * A period without articles of the pair has counts 0 and every value
 * empty (NAN; empty in CSV, null in JSON), volume_share too.
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

typedef struct dyad_series_row {
    int32_t start;                /* day */
    dyad_pair_day sum;            /* summed counts of the period */
    int64_t total;                /* all articles of the period */
    double tone_mean, tone_ci_low, tone_ci_high;
    double goldstein_mean, tension, volume_share;
    double tone_smooth, goldstein_smooth, tension_smooth, volume_smooth;
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
    DYAD_METRIC_VOLUME
};

/* Parses "tone", "goldstein", "tension", "volume_share"; -1 when unknown. */
int dyad_metric_parse(const char *s);
const char *dyad_metric_name(int metric);
/* The metric of a row (NAN when the period has none). */
double dyad_series_metric(const dyad_series_row *r, int metric);
/* The range the metric can take: [-1, 1], [-10, 10], [0, 1], [0, 1]. */
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
 * the window N (>= 2). out is filled; free it with dyad_series_free. */
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
