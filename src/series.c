/*
 * series.c - periods and per-pair series (see dyad/series.h).
 */
#include "dyad/series.h"

#include <math.h>
#include <stdio.h>
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

void dyad_series_add(dyad_pair_day *to, const dyad_pair_day *d)
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
    to->mentions += d->mentions;
    to->conflict_art += d->conflict_art;
    to->coop_art += d->coop_art;
    to->threat_art += d->threat_art;
    to->act_art += d->act_art;
    to->net_e4 += d->net_e4;
    to->net_sq += d->net_sq;
}

static int on_day(void *arg, const dyad_pair_day *d)
{
    dyad_series_row *r = row_of(arg, d->day);
    if (r)
        dyad_series_add(&r->sum, d);
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
    *volume = s->mentions ? ratio((double)s->mentions, (double)total) : NAN;
}

/* The count behind intensity i (DYAD_METRIC_CONFLICT + i, net aside). */
static int64_t art_count(const dyad_pair_day *s, int i)
{
    const int64_t c[4] = {s->conflict_art, s->coop_art, s->threat_art,
                          s->act_art};
    return c[i];
}

/* Intensities per 1,000 of total articles (NAN without articles). */
static void intensities(const dyad_pair_day *s, int64_t total, double *v)
{
    for (int i = 0; i < 4; i++)
        v[i] = ratio(1000.0 * (double)art_count(s, i), (double)total);
    v[4] = ratio(1000.0 * (double)s->net_e4 / 1e4, (double)total);
}

/* The 95% Wilson score interval of the share k / n. */
static void wilson(double k, double n, double *lo, double *hi)
{
    if (!(n > 0)) {
        *lo = *hi = NAN;
        return;
    }
    const double z = 1.959963984540054;   /* the normal's 0.975 quantile */
    double p = k / n, z2 = z * z / n;
    if (p > 1)
        p = 1;
    double c = (p + z2 / 2) / (1 + z2);
    double h = z / (1 + z2) * sqrt(p * (1 - p) / n + z2 / (4 * n));
    *lo = c - h > 0 ? c - h : 0;
    *hi = c + h < 1 ? c + h : 1;
}

/* Intervals of the intensities, per 1,000 articles. */
static void intensity_cis(const dyad_pair_day *s, int64_t total, double *lo,
                          double *hi)
{
    double n = (double)total;
    for (int i = 0; i < 4; i++) {
        wilson((double)art_count(s, i), n, &lo[i], &hi[i]);
        lo[i] *= 1000;
        hi[i] *= 1000;
    }
    /* net: the mean over all n articles of each one's summed weight */
    double var = NAN, mean = ratio((double)s->net_e4 / 1e4, n);
    if (n >= 2) {
        double s1 = (double)s->net_e4 / 1e4, s2 = (double)s->net_sq / 1e4;
        var = (s2 - s1 * s1 / n) / (n - 1);
        if (var < 0)
            var = 0;   /* the squares are of rounded values */
    }
    dyad_stats_mean_ci(mean, sqrt(var), n, 0.05, &lo[4], &hi[4]);
    lo[4] *= 1000;
    hi[4] *= 1000;
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
        int to_default = to == INT32_MAX;
        if (from == INT32_MIN)
            from = f;
        if (to_default)
            to = l;
        /* one bound given, and the range lies wholly past the data
         * (--since 7d after a quiet week): the period of that bound,
         * without articles, as a range inside the data without any
         * would show */
        if (from > to && to_default)
            to = from;
        else if (from > to)
            from = to;
    } else if (from > to) {
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "--from is after --to");
    }
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
        intensities(&r->sum, r->total, r->intensity);
        intensity_cis(&r->sum, r->total, r->intensity_lo, r->intensity_hi);
        r->tone_smooth = r->goldstein_smooth = r->tension_smooth =
            r->volume_smooth = NAN;
        for (int k = 0; k < DYAD_INTENSITIES; k++)
            r->intensity_smooth[k] = NAN;
    }
    if (smooth >= 2) {
        long back = (smooth - 1) / 2, ahead = smooth / 2;
        for (size_t i = 0; i < n; i++) {
            dyad_pair_day w = {0};
            int64_t total = 0;
            for (long j = (long)i - back; j <= (long)i + ahead; j++) {
                if (j < 0 || (size_t)j >= n)
                    continue;
                dyad_series_add(&w, &out->rows[j].sum);
                total += out->rows[j].total;
            }
            dyad_series_row *r = &out->rows[i];
            means(&w, total, &r->tone_smooth, &r->goldstein_smooth,
                  &r->tension_smooth, &r->volume_smooth);
            intensities(&w, total, r->intensity_smooth);
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

/* The columns: the pair, 9 of the first series dyad wrote, mentions and
 * the intensities with their intervals, and the smoothed values. */
#define BASE_COLS 26
#define SMOOTH_COLS 9
static const char *const columns[BASE_COLS + SMOOTH_COLS] = {
    "pair", "period_start", "articles", "sentences", "tone_mean",
    "tone_ci_low", "tone_ci_high", "goldstein_mean", "tension",
    "volume_share", "mentions", "conflict", "conflict_ci_low",
    "conflict_ci_high", "cooperation", "cooperation_ci_low",
    "cooperation_ci_high", "threats", "threats_ci_low", "threats_ci_high",
    "acts", "acts_ci_low", "acts_ci_high", "net", "net_ci_low",
    "net_ci_high", "tone_mean_smooth", "goldstein_mean_smooth",
    "tension_smooth", "volume_share_smooth", "conflict_smooth",
    "cooperation_smooth", "threats_smooth", "acts_smooth", "net_smooth"};

size_t dyad_series_columns(int with_pair, int smooth, const char *const **cols)
{
    *cols = columns + (with_pair ? 0 : 1);
    return (smooth ? BASE_COLS + SMOOTH_COLS : BASE_COLS) -
           (with_pair ? 0 : 1);
}

int dyad_series_write(const dyad_series *s, int with_pair, dyad_table *t,
                      dyad_err *err)
{
    for (size_t i = 0; i < s->n; i++) {
        const dyad_series_row *r = &s->rows[i];
        char date[11];
        dyad_date_iso(r->start, date);
        dyad_cell c[BASE_COLS + SMOOTH_COLS];
        size_t k = 0;
        if (with_pair)
            c[k++] = DYAD_TEXT(s->pair);
        c[k++] = DYAD_TEXT(date);
        c[k++] = DYAD_INT(r->sum.articles);
        c[k++] = DYAD_INT(r->sum.sentences);
        /* a mean of compounds lies in -1..1: the t interval of a few
         * articles (-4.2..3.2 for two) is written cut there (the chart
         * cuts its band and says so) */
        double v[] = {r->tone_mean,
                      r->tone_ci_low < -1 ? -1 : r->tone_ci_low,
                      r->tone_ci_high > 1 ? 1 : r->tone_ci_high,
                      r->goldstein_mean, r->tension, r->volume_share};
        for (size_t j = 0; j < 6; j++)
            c[k++] = DYAD_NUM(v[j], 6);
        c[k++] = DYAD_INT(r->sum.mentions);
        for (int j = 0; j < DYAD_INTENSITIES; j++) {
            c[k++] = DYAD_NUM(r->intensity[j], 4);
            c[k++] = DYAD_NUM(r->intensity_lo[j], 4);
            c[k++] = DYAD_NUM(r->intensity_hi[j], 4);
        }
        if (s->smooth) {
            double sm[] = {r->tone_smooth, r->goldstein_smooth,
                           r->tension_smooth, r->volume_smooth};
            for (size_t j = 0; j < 4; j++)
                c[k++] = DYAD_NUM(sm[j], 6);
            for (int j = 0; j < DYAD_INTENSITIES; j++)
                c[k++] = DYAD_NUM(r->intensity_smooth[j], 4);
        }
        int rc = dyad_table_row(t, c, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

static const char *const metric_names[DYAD_METRICS] = {
    "tone",     "goldstein",   "tension", "volume_share", "conflict",
    "cooperation", "threats", "acts",    "net"};

int dyad_metric_parse(const char *s)
{
    for (int i = 0; i < DYAD_METRICS; i++)
        if (strcmp(s, metric_names[i]) == 0)
            return i;
    return -1;
}

const char *dyad_metric_name(int metric)
{
    return metric >= 0 && metric < DYAD_METRICS ? metric_names[metric] : "";
}

double dyad_series_metric(const dyad_series_row *r, int metric)
{
    switch (metric) {
    case DYAD_METRIC_GOLDSTEIN: return r->goldstein_mean;
    case DYAD_METRIC_TENSION: return r->tension;
    case DYAD_METRIC_VOLUME: return r->volume_share;
    case DYAD_METRIC_CONFLICT:
    case DYAD_METRIC_COOPERATION:
    case DYAD_METRIC_THREATS:
    case DYAD_METRIC_ACTS:
    case DYAD_METRIC_NET: return r->intensity[metric - DYAD_METRIC_CONFLICT];
    default: return r->tone_mean;
    }
}

void dyad_series_metric_ci(const dyad_series_row *r, int metric, double *lo,
                           double *hi)
{
    *lo = *hi = NAN;
    if (metric == DYAD_METRIC_TONE) {
        *lo = r->tone_ci_low;
        *hi = r->tone_ci_high;
    } else if (dyad_metric_is_count(metric)) {
        *lo = r->intensity_lo[metric - DYAD_METRIC_CONFLICT];
        *hi = r->intensity_hi[metric - DYAD_METRIC_CONFLICT];
    }
}

int dyad_series_counts(const dyad_series_row *r, int metric, double *count,
                       double *total)
{
    if (metric < DYAD_METRIC_CONFLICT || metric > DYAD_METRIC_ACTS)
        return 0;
    *count = (double)art_count(&r->sum, metric - DYAD_METRIC_CONFLICT);
    *total = (double)r->total;
    return 1;
}

double dyad_series_events(const dyad_series_row *r, int metric)
{
    switch (metric) {
    case DYAD_METRIC_CONFLICT: return (double)r->sum.conflict;
    case DYAD_METRIC_COOPERATION: return (double)r->sum.cooperation;
    case DYAD_METRIC_THREATS: return (double)r->sum.threats;
    case DYAD_METRIC_ACTS: return (double)r->sum.acts;
    default: return 0;
    }
}

int dyad_series_few(const dyad_series *s)
{
    double stored = 0;
    size_t periods = 0;
    for (size_t i = 0; i < s->n; i++)
        if (s->rows[i].total > 0) {
            stored += (double)s->rows[i].total;
            periods++;
        }
    return periods && stored < DYAD_SERIES_FEW_ARTICLES * (double)periods;
}

/* The sum of the n weights w (0 without them). */
static double weight_sum(const double *w, size_t n)
{
    double sum = 0;
    for (size_t i = 0; w && i < n; i++)
        sum += w[i];
    return sum;
}

/* Pools a period of k items with sum s and sum of squares q into the
 * within-period squares *ss and degrees of freedom *df. */
static void pool_period(double k, double s, double q, double *ss, double *df)
{
    if (k < 2)
        return;
    double d = q - s * s / k;
    *ss += d > 0 ? d : 0;   /* the squares are of rounded values */
    *df += k - 1;
}

/* The floor on a period mean's variance at mean weight (nw weights
 * summing to wsum) from the pooled squares ss on df degrees. */
static double pooled_floor(double ss, double df, size_t nw, double wsum)
{
    return df > 0 ? ss / df * (double)nw / wsum : 0;
}

double dyad_series_var_floor(const dyad_series_row *rows, size_t n,
                             int metric, const double *w, size_t nw)
{
    double ss = 0, df = 0, wsum = weight_sum(w, nw);
    if (!(wsum > 0))
        return 0;
    for (size_t i = 0; i < n; i++) {
        const dyad_series_row *r = &rows[i];
        double k, s, q;   /* items, their sum and sum of squares */
        if (!isfinite(dyad_series_metric(r, metric)))
            continue;
        switch (metric) {
        case DYAD_METRIC_TONE:
            k = (double)r->sum.articles;
            s = (double)r->sum.tone_sum / 1e4;
            q = (double)r->sum.tone_sq / 1e8;
            break;
        case DYAD_METRIC_NET:
            k = (double)r->total;
            s = (double)r->sum.net_e4 / 1e4 * 1000;
            q = (double)r->sum.net_sq / 1e4 * 1e6;
            break;
        default:
            return 0;
        }
        pool_period(k, s, q, &ss, &df);
    }
    return pooled_floor(ss, df, nw, wsum);
}

/* The running sums of dyad_series_goldstein_floor. */
typedef struct gold_acc {
    int by;
    int32_t period;       /* start of the period being summed */
    double k, s, q;       /* its articles, their sum, sum of squares */
    double ss, df;        /* pooled over the periods closed */
} gold_acc;

static void gold_close(gold_acc *g)
{
    pool_period(g->k, g->s, g->q, &g->ss, &g->df);
    g->k = g->s = g->q = 0;
}

static int gold_article(void *arg, const dyad_pair_article *a)
{
    gold_acc *g = arg;
    dyad_date dt;
    dyad_err e = {0};
    if (a->goldstein == 0 || !a->date ||
        dyad_date_parse(a->date, strlen(a->date), &dt, &e) != DYAD_OK)
        return 0;
    int32_t p = dyad_period_start(dt.day, g->by);
    if (p != g->period)
        gold_close(g);
    g->period = p;
    g->k += 1;
    g->s += a->goldstein;
    g->q += a->goldstein * a->goldstein;
    return 0;
}

int dyad_series_goldstein_floor(dyad_store *st, const dyad_series *s,
                                const double *w, size_t nw,
                                double *var_floor, dyad_err *err)
{
    gold_acc g = {0};
    double wsum = weight_sum(w, nw);
    *var_floor = 0;
    if (!s->n || !(wsum > 0))
        return DYAD_OK;
    g.by = s->by;
    g.period = s->rows[0].start;
    int32_t to = dyad_period_next(s->rows[s->n - 1].start, s->by) - 1;
    int rc = dyad_store_pair_articles(st, s->pair, s->rows[0].start, to,
                                      gold_article, &g, err);
    if (rc != DYAD_OK)
        return rc;
    gold_close(&g);
    *var_floor = pooled_floor(g.ss, g.df, nw, wsum);
    return DYAD_OK;
}

double dyad_series_sum_metric(const dyad_pair_day *sum, int64_t total,
                              int metric)
{
    dyad_series_row r;
    memset(&r, 0, sizeof r);
    r.sum = *sum;
    r.total = total;
    means(sum, total, &r.tone_mean, &r.goldstein_mean, &r.tension,
          &r.volume_share);
    intensities(sum, total, r.intensity);
    return dyad_series_metric(&r, metric);
}

void dyad_series_sum_ci(const dyad_pair_day *sum, int64_t total, int metric,
                        double *lo, double *hi)
{
    double l[DYAD_INTENSITIES], h[DYAD_INTENSITIES];
    *lo = *hi = NAN;
    if (!dyad_metric_is_count(metric))
        return;
    intensity_cis(sum, total, l, h);
    *lo = l[metric - DYAD_METRIC_CONFLICT];
    *hi = h[metric - DYAD_METRIC_CONFLICT];
}

int dyad_metric_is_count(int metric)
{
    return metric >= DYAD_METRIC_CONFLICT && metric <= DYAD_METRIC_NET;
}

void dyad_metric_range(int metric, double *lo, double *hi)
{
    switch (metric) {
    case DYAD_METRIC_TONE: *lo = -1; *hi = 1; break;
    case DYAD_METRIC_GOLDSTEIN: *lo = -10; *hi = 10; break;
    case DYAD_METRIC_NET: *lo = -INFINITY; *hi = INFINITY; break;
    case DYAD_METRIC_CONFLICT:
    case DYAD_METRIC_COOPERATION:
    case DYAD_METRIC_THREATS:
    case DYAD_METRIC_ACTS: *lo = 0; *hi = 1000; break;
    default: *lo = 0; *hi = 1; break;
    }
}
