/*
 * series.c - periods and per-pair series (see dyad/series.h).
 */
#include "dyad/series.h"

#include <math.h>
#include <string.h>

#include "dyad/ingest.h"
#include "dyad/stats.h"
#include "util/alloc.h"

static const char *const period_names[] = {"day", "week", "month", "quarter",
                                           "year", "decade"};

int dyad_period_parse(const char *s)
{
    for (int i = 0; i < 6; i++)
        if (strcmp(s, period_names[i]) == 0)
            return i;
    return -1;
}

const char *dyad_period_name(int by)
{
    return by >= 0 && by < 6 ? period_names[by] : "";
}

int32_t dyad_period_start(int32_t day, int by)
{
    int y, m, d;
    switch (by) {
    case DYAD_BY_WEEK: {
        /* 1970-01-01 was a Thursday: Monday is 3 days before */
        int32_t wd = ((day + 3) % 7 + 7) % 7;
        return day - wd;
    }
    case DYAD_BY_MONTH:
        dyad_civil_from_days(day, &y, &m, &d);
        return dyad_days_from_civil(y, m, 1);
    case DYAD_BY_QUARTER:
        dyad_civil_from_days(day, &y, &m, &d);
        return dyad_days_from_civil(y, (m - 1) / 3 * 3 + 1, 1);
    case DYAD_BY_YEAR:
        dyad_civil_from_days(day, &y, &m, &d);
        return dyad_days_from_civil(y, 1, 1);
    case DYAD_BY_DECADE:
        dyad_civil_from_days(day, &y, &m, &d);
        return dyad_days_from_civil(y - ((y % 10) + 10) % 10, 1, 1);
    default:
        return day;
    }
}

int32_t dyad_period_next(int32_t start, int by)
{
    int y, m, d;
    dyad_civil_from_days(start, &y, &m, &d);
    switch (by) {
    case DYAD_BY_WEEK: return start + 7;
    case DYAD_BY_MONTH:
        return m == 12 ? dyad_days_from_civil(y + 1, 1, 1)
                       : dyad_days_from_civil(y, m + 1, 1);
    case DYAD_BY_QUARTER:
        return m >= 10 ? dyad_days_from_civil(y + 1, 1, 1)
                       : dyad_days_from_civil(y, m + 3, 1);
    case DYAD_BY_YEAR: return dyad_days_from_civil(y + 1, 1, 1);
    case DYAD_BY_DECADE: return dyad_days_from_civil(y + 10, 1, 1);
    default: return start + 1;
    }
}

/* Row of the period holding day (rows are consecutive periods). */
static dyad_series_row *row_of(dyad_series *s, int32_t day)
{
    int32_t start = dyad_period_start(day, s->by);
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->rows[mid].start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->n && s->rows[lo].start == start ? &s->rows[lo] : NULL;
}

static void add_sums(dyad_pair_day *to, const dyad_pair_day *d)
{
    to->articles += d->articles;
    to->sentences += d->sentences;
    to->tone_sum += d->tone_sum;
    to->tone_sq += d->tone_sq;
    to->gold_sum += d->gold_sum;
    to->gold_n += d->gold_n;
    to->conflict += d->conflict;
    to->cooperation += d->cooperation;
    to->threats += d->threats;
    to->acts += d->acts;
}

static int on_day(void *arg, const dyad_pair_day *d)
{
    dyad_series_row *r = row_of(arg, d->day);
    if (r)
        add_sums(&r->sum, d);
    return 0;
}

static int on_total(void *arg, int32_t day, int64_t n)
{
    dyad_series_row *r = row_of(arg, day);
    if (r)
        r->total += n;
    return 0;
}

static double ratio(double a, double b)
{
    return b > 0 ? a / b : NAN;
}

/* Means of summed counts; the same for a period and a smoothing window. */
static void means(const dyad_pair_day *s, int64_t total, double *tone,
                  double *gold, double *tension, double *volume)
{
    *tone = ratio((double)s->tone_sum / 1e4, (double)s->articles);
    *gold = ratio((double)s->gold_sum / 1e4, (double)s->gold_n);
    *tension = ratio((double)s->conflict,
                     (double)(s->conflict + s->cooperation));
    /* a period without the pair's articles has no values, not zeros */
    *volume = s->articles ? ratio((double)s->articles, (double)total) : NAN;
}

int dyad_series_build(dyad_store *st, const char *pair, int by, int32_t from,
                      int32_t to, int smooth, dyad_series *out, dyad_err *err)
{
    memset(out, 0, sizeof *out);
    snprintf(out->pair, sizeof out->pair, "%s", pair);
    out->by = by;
    out->smooth = smooth;
    if (by < 0 || by > DYAD_BY_DECADE)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0, "unknown period");
    if (from == INT32_MIN || to == INT32_MAX) {
        int32_t f, l;
        int rc = dyad_store_span(st, &f, &l, err);
        if (rc != DYAD_OK)
            return rc;
        if (from == INT32_MIN)
            from = f;
        if (to == INT32_MAX)
            to = l;
    }
    if (from > to)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "--from is after --to");
    /* 100 years of days at most: a bound, not a guess at memory */
    int32_t first = dyad_period_start(from, by);
    size_t n = 0;
    for (int32_t p = first; p <= to; p = dyad_period_next(p, by))
        if (++n > 36600)
            return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                                "more than 36600 periods: use a longer "
                                "period or a shorter range");
    out->rows = dyad_calloc(n ? n : 1, sizeof *out->rows);
    if (!out->rows)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    out->n = n;
    int32_t p = first;
    for (size_t i = 0; i < n; i++, p = dyad_period_next(p, by))
        out->rows[i].start = p;
    int32_t last = dyad_period_next(out->rows[n - 1].start, by) - 1;
    int rc = dyad_store_pair_days(st, pair, first, last, on_day, out, err);
    if (rc == DYAD_OK)
        rc = dyad_store_day_totals(st, first, last, on_total, out, err);
    if (rc != DYAD_OK) {
        dyad_series_free(out);
        return rc;
    }
    for (size_t i = 0; i < n; i++) {
        dyad_series_row *r = &out->rows[i];
        means(&r->sum, r->total, &r->tone_mean, &r->goldstein_mean,
              &r->tension, &r->volume_share);
        double a = (double)r->sum.articles;
        double var = NAN;
        if (a >= 2) {
            double s1 = (double)r->sum.tone_sum / 1e4;
            double s2 = (double)r->sum.tone_sq / 1e8;
            var = (s2 - s1 * s1 / a) / (a - 1);
            if (var < 0)
                var = 0;   /* rounding of equal values */
        }
        dyad_stats_mean_ci(r->tone_mean, sqrt(var), a, 0.05, &r->tone_ci_low,
                           &r->tone_ci_high);
        r->tone_smooth = r->goldstein_smooth = r->tension_smooth =
            r->volume_smooth = NAN;
    }
    if (smooth >= 2) {
        long back = (smooth - 1) / 2, ahead = smooth / 2;
        for (size_t i = 0; i < n; i++) {
            dyad_pair_day w = {0};
            int64_t total = 0;
            for (long j = (long)i - back; j <= (long)i + ahead; j++) {
                if (j < 0 || (size_t)j >= n)
                    continue;
                add_sums(&w, &out->rows[j].sum);
                total += out->rows[j].total;
            }
            dyad_series_row *r = &out->rows[i];
            means(&w, total, &r->tone_smooth, &r->goldstein_smooth,
                  &r->tension_smooth, &r->volume_smooth);
        }
    }
    return DYAD_OK;
}

void dyad_series_free(dyad_series *s)
{
    dyad_free(s->rows);
    s->rows = NULL;
    s->n = 0;
}

static const char *const columns[] = {
    "pair", "period_start", "articles", "sentences", "tone_mean",
    "tone_ci_low", "tone_ci_high", "goldstein_mean", "tension",
    "volume_share", "tone_mean_smooth", "goldstein_mean_smooth",
    "tension_smooth", "volume_share_smooth"};

size_t dyad_series_columns(int with_pair, int smooth, const char *const **cols)
{
    *cols = columns + (with_pair ? 0 : 1);
    return (smooth ? 14 : 10) - (with_pair ? 0 : 1);
}

int dyad_series_write(const dyad_series *s, int with_pair, dyad_table *t,
                      dyad_err *err)
{
    for (size_t i = 0; i < s->n; i++) {
        const dyad_series_row *r = &s->rows[i];
        char date[11];
        dyad_date_iso(r->start, date);
        dyad_cell c[14];
        size_t k = 0;
        if (with_pair)
            c[k++] = DYAD_TEXT(s->pair);
        c[k++] = DYAD_TEXT(date);
        c[k++] = DYAD_INT(r->sum.articles);
        c[k++] = DYAD_INT(r->sum.sentences);
        double v[] = {r->tone_mean, r->tone_ci_low, r->tone_ci_high,
                      r->goldstein_mean, r->tension, r->volume_share,
                      r->tone_smooth, r->goldstein_smooth, r->tension_smooth,
                      r->volume_smooth};
        size_t nv = s->smooth ? 10 : 6;
        for (size_t j = 0; j < nv; j++)
            c[k++] = DYAD_NUM(v[j], 6);
        int rc = dyad_table_row(t, c, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

static const char *const metric_names[] = {"tone", "goldstein", "tension",
                                           "volume_share"};

int dyad_metric_parse(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (strcmp(s, metric_names[i]) == 0)
            return i;
    return -1;
}

const char *dyad_metric_name(int metric)
{
    return metric >= 0 && metric < 4 ? metric_names[metric] : "";
}

double dyad_series_metric(const dyad_series_row *r, int metric)
{
    switch (metric) {
    case DYAD_METRIC_GOLDSTEIN: return r->goldstein_mean;
    case DYAD_METRIC_TENSION: return r->tension;
    case DYAD_METRIC_VOLUME: return r->volume_share;
    default: return r->tone_mean;
    }
}

void dyad_metric_range(int metric, double *lo, double *hi)
{
    *lo = metric == DYAD_METRIC_TONE ? -1 : metric == DYAD_METRIC_GOLDSTEIN
                                                ? -10
                                                : 0;
    *hi = metric == DYAD_METRIC_GOLDSTEIN ? 10 : 1;
}
