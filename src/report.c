/*
 * report.c - the HTML and Markdown trend report (see dyad/report.h).
 */
#define _GNU_SOURCE 1   /* mkdtemp */
#include "dyad/report.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dyad/export.h"
#include "dyad/ingest.h"
#include "dyad/plot.h"
#include "dyad/series.h"
#include "dyad/actors.h"
#include "dyad/stats.h"
#include "util/alloc.h"
#include "util/fs.h"

#define MAX_PAIRS 64
#define EVIDENCE 3
#define WORDS 480       /* a sentence of the report */
#define DEFAULT_MOVERS_MIN 2

typedef struct {
    char text[400];
    double tone;
    char date[11];
} quote_t;

/* An episode of the pair's conflict (or cooperation) intensity: a burst
 * that rises and falls, or a dip, as one event. */
typedef struct {
    dyad_stats_episode e;          /* indices into the series' rows */
    size_t periods;                /* calendar periods it lasted */
    int going_on;                  /* it runs to the end of the range */
    int events;                    /* counted in events per article, not
                                      in articles per 1,000 */
    int to_conflict;
    char said[WORDS];              /* what happened, in words */
    quote_t quotes[EVIDENCE];
} episode_rep;

typedef struct {
    char pair[20];
    dyad_series s;
    double *y, *w, *x;             /* the metric's values, weights and
                                      calendar positions */
    size_t *row;                   /* the series row of each value */
    size_t n;
    int64_t articles, mentions;    /* in the range */
    dyad_pair_day all;             /* the range's sums */
    int64_t all_total;
    dyad_stats_shift *sh;
    size_t nsh;
    int sh_counts;                 /* the shifts' test is the count
                                      model's likelihood ratio */
    int sh_events;                 /* their means are events per article,
                                      not articles per 1,000 */
    quote_t (*quotes)[EVIDENCE];   /* per shift */
    char (*said)[WORDS];           /* per shift: what changed, in words */
    char (*moved)[WORDS];          /* per shift: the intensities across it */
    int *to_conflict;              /* per shift: toward conflict */
    int ep_metric;                 /* the intensity of the episodes */
    episode_rep *ep;
    size_t nep;
    dyad_stats_ols_fit ols;
    dyad_stats_mk mk;
    int has_trend;
    /* the latest window of periods against the one before */
    size_t move_w;                 /* periods per side */
    int has_move;
    double before, after;
    int64_t n_before, n_after;
    dyad_pair_day win;             /* the latest window's sums */
    int64_t win_total;
    char csv[64], line_svg[64], int_svg[64], vol_svg[64];   /* paths in
                                                              the report */
    int charts;                    /* charts drawn */
} pair_rep;

/* ---------------- text helpers ---------------- */

#define PATHN 4400

/* out = dir/name; dir is cut at 4096 bytes and name at 200, so out (PATHN
 * bytes) always holds them. */
static const char *path_in(char *out, const char *dir, const char *name)
{
    size_t a = strnlen(dir, 4096), b = strnlen(name, 200);
    memcpy(out, dir, a);
    out[a] = '/';
    memcpy(out + a + 1, name, b);
    out[a + 1 + b] = '\0';
    return out;
}

static int html(dyad_buf *b, const char *s)
{
    int rc = 0;
    for (; *s && !rc; s++) {
        switch (*s) {
        case '&': rc = dyad_buf_puts(b, "&amp;"); break;
        case '<': rc = dyad_buf_puts(b, "&lt;"); break;
        case '>': rc = dyad_buf_puts(b, "&gt;"); break;
        case '"': rc = dyad_buf_puts(b, "&quot;"); break;
        case '\'': rc = dyad_buf_puts(b, "&#39;"); break;
        default: rc = dyad_buf_putc(b, *s);
        }
    }
    return rc;
}

/* Markdown table cell / paragraph text: no pipes, no line breaks, no
 * markup that could turn into links or HTML. */
static int md(dyad_buf *b, const char *s)
{
    int rc = 0;
    for (; *s && !rc; s++) {
        if (*s == '|' || *s == '\\' || *s == '`' || *s == '*' || *s == '_' ||
            *s == '[' || *s == ']' || *s == '<' || *s == '>')
            rc = dyad_buf_putc(b, '\\');
        rc = rc ? rc : dyad_buf_putc(b, *s == '\n' || *s == '\r' ? ' ' : *s);
    }
    return rc;
}

static void num(char *out, size_t n, double v, int decimals)
{
    dyad_buf b = {0};
    if (!isfinite(v) || dyad_buf_num(&b, v, decimals) != DYAD_OK)
        snprintf(out, n, "–");
    else
        snprintf(out, n, "%s%s", v > 0 ? "+" : "", b.data);
    dyad_buf_free(&b);
}

/* ---------------- words ---------------- */

static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May",
                                     "Jun", "Jul", "Aug", "Sep", "Oct",
                                     "Nov", "Dec"};

/* What the numbers are, at the foot of both documents. */
static const char footnote[] =
    "Tone: mean VADER compound of the sentences relating both countries (-1 "
    "to 1). Goldstein: mean Goldstein (1992) weight of the pair's events "
    "(CAMEO codes) and tension hits, from -10 (war) to +10 (alliance, aid); "
    "net: their sum per 1,000 articles. Conflict and cooperation: articles "
    "of the pair with conflict or cooperation events (or tension hits) per "
    "1,000 articles stored in the period, with 95% Wilson intervals. "
    "Shifts: PELT change points of the series, periods weighted by their "
    "article counts, kept when Welch's test gives p below the level. "
    "Episodes: a burst of conflict (or of the report's count metric) that "
    "rose and fell, or a dip, as one event, from the change points of its "
    "count. Trends: slopes per calendar period. Every chart's numbers are in "
    "the CSV linked beside it.";

/* A period as words: "24 Feb 2014", "the week of 24 Feb 2014" (phrase) or
 * "week of 24 Feb 2014", "Feb 2014", "Q1 2014", "2014", "the 1890s"
 * (phrase) or "1890s". */
static void period_words(int32_t start, int by, int phrase, char *out,
                         size_t n)
{
    int y, m, d;
    dyad_civil_from_days(start, &y, &m, &d);
    switch (by) {
    case DYAD_BY_WEEK:
        snprintf(out, n, "%sweek of %d %s %d", phrase ? "the " : "", d,
                 months[m - 1], y);
        break;
    case DYAD_BY_MONTH: snprintf(out, n, "%s %d", months[m - 1], y); break;
    case DYAD_BY_QUARTER: snprintf(out, n, "Q%d %d", (m + 2) / 3, y); break;
    case DYAD_BY_YEAR: snprintf(out, n, "%d", y); break;
    case DYAD_BY_DECADE:
        snprintf(out, n, "%s%ds", phrase ? "the " : "", y);
        break;
    default: snprintf(out, n, "%d %s %d", d, months[m - 1], y);
    }
}

/* The periods from first to last (their starts) as words. */
static void window_words(int32_t first, int32_t last, int by, char *out,
                         size_t n)
{
    char a[48], b[48];
    if (first == last) {   /* "the 2010s", "the week of 3 Feb 2014" */
        period_words(first, by, 1, out, n);
        return;
    }
    period_words(first, by, 0, a, sizeof a);
    period_words(last, by, 0, b, sizeof b);
    if (by == DYAD_BY_WEEK)   /* "weeks of 3 Feb 2014 to 24 Feb 2014" */
        snprintf(out, n, "weeks of %s to %s", a + 8, b + 8);
    else
        snprintf(out, n, "%s to %s", a, b);
}

/* A number without a sign, for counts per 1,000 articles. */
static void plain(char *out, size_t n, double v, int decimals)
{
    dyad_buf b = {0};
    if (!isfinite(v) || dyad_buf_num(&b, v, decimals) != DYAD_OK)
        snprintf(out, n, "–");
    else
        snprintf(out, n, "%s", b.data);
    dyad_buf_free(&b);
}

/* How a count per 1,000 articles moved, in words: "rose sixfold", "fell
 * by 40%", "held steady". */
static void fold_words(double before, double after, char *out, size_t n)
{
    static const char *const folds[] = {"",         "",        "doubled",
                                        "tripled",  "rose fourfold",
                                        "rose fivefold", "rose sixfold",
                                        "rose sevenfold", "rose eightfold",
                                        "rose ninefold", "rose tenfold"};
    if (!(before > 0)) {
        snprintf(out, n, after > 0 ? "rose from none" : "stayed at none");
        return;
    }
    double r = after / before;
    if (r >= 1.95) {
        long k = lround(r);
        if (k <= 10)
            snprintf(out, n, "%s", folds[k]);
        else
            snprintf(out, n, "rose %ld-fold", k);
    } else if (r > 1.05) {
        snprintf(out, n, "rose by %ld%%", lround((r - 1) * 100));
    } else if (r >= 0.95) {
        snprintf(out, n, "held steady");
    } else if (after <= 0) {
        snprintf(out, n, "fell to none");
    } else {
        snprintf(out, n, "fell by %ld%%", lround((1 - r) * 100));
    }
}

/* "conflict" and "cooperation" per 1,000 articles: a count metric with no
 * sign. */
static int is_share(int metric)
{
    return dyad_metric_is_count(metric) && metric != DYAD_METRIC_NET;
}

static int decimals_of(int metric)
{
    return dyad_metric_is_count(metric) ? 1 : 3;
}

/* A value of metric: signed ("+0.120") for the means and net, plain for
 * the counts per 1,000 articles. */
static void value_text(int metric, double v, char *out, size_t n)
{
    if (is_share(metric))
        plain(out, n, v, decimals_of(metric));
    else
        num(out, n, v, decimals_of(metric));
}

/* How a metric moved from before to after: "rose sixfold (from 20.5 to
 * 123.0 per 1,000 articles)" or "fell from +0.120 to -0.300". */
static void change_words(int metric, double before, double after, char *out,
                         size_t n)
{
    char a[32], b[32];
    if (is_share(metric)) {
        char f[48];
        fold_words(before, after, f, sizeof f);
        plain(a, sizeof a, before, 1);
        plain(b, sizeof b, after, 1);
        if (!(before > 0) && after > 0)
            snprintf(out, n, "rose from none to %s per 1,000 articles", b);
        else if (!(before > 0))
            snprintf(out, n, "stayed at none");
        else
            snprintf(out, n, "%s (from %s to %s per 1,000 articles)", f, a,
                     b);
        return;
    }
    num(a, sizeof a, before, decimals_of(metric));
    num(b, sizeof b, after, decimals_of(metric));
    snprintf(out, n, "%s from %s to %s%s",
             after > before ? "rose" : after < before ? "fell" : "stayed",
             a, b, metric == DYAD_METRIC_NET ? " per 1,000 articles" : "");
}

/* How events per article moved: "rose fivefold (from 0.10 to 0.52
 * events per article)". */
static void events_words(double before, double after, char *out, size_t n)
{
    char a[32], b[32], f[48];
    fold_words(before, after, f, sizeof f);
    plain(a, sizeof a, before, 2);
    plain(b, sizeof b, after, 2);
    if (!(before > 0))
        snprintf(out, n, "rose from none to %s events per article", b);
    else
        snprintf(out, n, "%s (from %s to %s events per article)", f, a, b);
}

/* The metric as the subject of a sentence. */
static const char *metric_phrase(int metric)
{
    switch (metric) {
    case DYAD_METRIC_GOLDSTEIN: return "the Goldstein weight";
    case DYAD_METRIC_VOLUME: return "the share of articles";
    case DYAD_METRIC_NET: return "the net Goldstein weight";
    default: return dyad_metric_name(metric);
    }
}

static void capitalised(char *out, size_t n, const char *s)
{
    snprintf(out, n, "%s", s);
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 'a' + 'A');
}

/* "RUS and UKR" of "RUS-UKR". */
static void sides(const char *pair, char *out, size_t n)
{
    const char *dash = strchr(pair, '-');
    if (dash)
        snprintf(out, n, "%.*s and %s", (int)(dash - pair), pair, dash + 1);
    else
        snprintf(out, n, "%s", pair);
}

/* ---------------- gathering ---------------- */

typedef struct {
    char (*pairs)[20];
    size_t n, max;
    const char *actor;
} top_t;

/* Does the pair name "AAA-BBB" have code as one side? */
static int has_side(const char *pair, const char *code)
{
    size_t n = strlen(code);
    const char *dash = strchr(pair, '-');
    return dash && ((size_t)(dash - pair) == n && strncmp(pair, code, n) == 0
                    ? 1
                    : strcmp(dash + 1, code) == 0);
}

static int on_top(void *arg, const dyad_pair_info *p)
{
    top_t *t = arg;
    if (t->n == t->max)
        return 1;
    if (p->articles > 0 && (!t->actor || has_side(p->pair, t->actor)))
        snprintf(t->pairs[t->n++], 20, "%s", p->pair);
    return 0;
}

typedef struct {
    quote_t *q;
    double sign;
    int conflict;      /* quote the pair's conflict (1) or cooperation (0)
                          articles */
    const char *date;
} quote_ctx;

/* Copies sentence into out (cap bytes); one too long is cut after its
 * last whole word that fits, and "…" follows. */
static void clip_quote(char *out, size_t cap, const char *sentence)
{
    size_t n = strlen(sentence);
    if (n < cap) {
        memcpy(out, sentence, n + 1);
        return;
    }
    size_t keep = cap - 4;   /* room for "…" (3 bytes) and the NUL */
    while (keep > 0 && sentence[keep] != ' ')
        keep--;
    while (keep > 0 && (sentence[keep - 1] == ' ' ||
                        sentence[keep - 1] == ',' ||
                        sentence[keep - 1] == ';'))
        keep--;
    if (keep == 0) {   /* one long word: cut at a character's start */
        keep = cap - 4;
        while (keep > 0 && ((unsigned char)sentence[keep] & 0xc0) == 0x80)
            keep--;
    }
    memcpy(out, sentence, keep);
    memcpy(out + keep, "\xe2\x80\xa6", 4);
}

/* Keeps the EVIDENCE sentences that say most in the direction of the
 * shift. */
static int on_sentence(void *arg, const char *sentence, double tone)
{
    quote_ctx *c = arg;
    double score = tone * c->sign;
    size_t weakest = 0;
    for (size_t i = 1; i < EVIDENCE; i++)
        if (c->q[i].tone * c->sign < c->q[weakest].tone * c->sign ||
            !c->q[i].text[0])
            weakest = c->q[weakest].text[0] ? i : weakest;
    quote_t *w = &c->q[weakest];
    if (w->text[0] && score <= w->tone * c->sign)
        return 0;
    char clipped[sizeof w->text];
    clip_quote(clipped, sizeof clipped, sentence);
    for (size_t i = 0; i < EVIDENCE; i++)
        if (strcmp(c->q[i].text, clipped) == 0)
            return 0;   /* the same sentence from another article */
    memcpy(w->text, clipped, sizeof clipped);
    w->tone = tone;
    snprintf(w->date, sizeof w->date, "%s", c->date);
    return 0;
}

/* Only the articles behind the change: the pair's conflict (or
 * cooperation) articles, those with such events or hits. */
static int on_article(void *arg, const dyad_pair_article *a)
{
    quote_ctx *c = arg;
    if ((c->conflict ? a->conflict : a->cooperation) == 0)
        return 0;
    c->date = a->date;
    dyad_evidence_each(a->evidence, on_sentence, c, NULL);
    return 0;
}

/* The sums of the series rows from row a to row b (inclusive). */
static void rows_sum(const dyad_series *s, size_t a, size_t b,
                     dyad_pair_day *sum, int64_t *total)
{
    memset(sum, 0, sizeof *sum);
    *total = 0;
    for (size_t i = a; i <= b && i < s->n; i++) {
        dyad_series_add(sum, &s->rows[i].sum);
        *total += s->rows[i].total;
    }
}

/* The rows of the segments around shift k: before [*b0, *b1], after
 * [*a0, *a1]. */
static void shift_rows(const pair_rep *p, size_t k, size_t *b0, size_t *b1,
                       size_t *a0, size_t *a1)
{
    size_t first = k > 0 ? p->sh[k - 1].index : 0;
    size_t end = k + 1 < p->nsh ? p->sh[k + 1].index : p->n;
    *b0 = p->row[first];
    *b1 = p->row[p->sh[k].index] - 1;
    *a0 = p->row[p->sh[k].index];
    *a1 = p->row[end - 1];
}

/* Does the shift go toward conflict? For the means and net a fall, for
 * tension and the conflict counts a rise; for volume whichever of
 * conflict and cooperation grew more. */
static int toward_conflict(int metric, double diff, const dyad_pair_day *b,
                           int64_t bt, const dyad_pair_day *a, int64_t at)
{
    switch (metric) {
    case DYAD_METRIC_TENSION:
    case DYAD_METRIC_CONFLICT:
    case DYAD_METRIC_THREATS:
    case DYAD_METRIC_ACTS: return diff > 0;
    case DYAD_METRIC_VOLUME: {
        double c = dyad_series_sum_metric(a, at, DYAD_METRIC_CONFLICT) -
                   dyad_series_sum_metric(b, bt, DYAD_METRIC_CONFLICT);
        double o = dyad_series_sum_metric(a, at, DYAD_METRIC_COOPERATION) -
                   dyad_series_sum_metric(b, bt, DYAD_METRIC_COOPERATION);
        return !(o > c);
    }
    default: return diff < 0;
    }
}

/* The test behind the shifts' p-values. */
static const char *test_name(const pair_rep *p)
{
    return p->sh_counts ? "likelihood-ratio" : "Welch";
}

/* The words of shift k: what changed and when, how conflict and
 * cooperation moved across it; and the evidence of its new level. */
static int describe_shift(dyad_store *st, const dyad_report_opts *o,
                          pair_rep *p, size_t k, dyad_err *err)
{
    const dyad_stats_shift *s = &p->sh[k];
    size_t b0, b1, a0, a1;
    shift_rows(p, k, &b0, &b1, &a0, &a1);
    dyad_pair_day bs, as;
    int64_t bt, at;
    rows_sum(&p->s, b0, b1, &bs, &bt);
    rows_sum(&p->s, a0, a1, &as, &at);
    char who[48], when[64], how[160];
    sides(p->pair, who, sizeof who);
    period_words(p->s.rows[a0].start, o->by, 1, when, sizeof when);
    if (p->sh_events)
        events_words(s->mean_before, s->mean_after, how, sizeof how);
    else
        change_words(o->metric, s->mean_before, s->mean_after, how,
                     sizeof how);
    snprintf(p->said[k], WORDS, "%s between %s %s from %s",
             metric_phrase(o->metric), who, how, when);
    /* conflict and cooperation across the shift, over both segments */
    static const int im[2] = {DYAD_METRIC_CONFLICT, DYAD_METRIC_COOPERATION};
    size_t used = 0;
    p->moved[k][0] = '\0';
    for (int i = 0; i < 2 && bt > 0 && at > 0; i++) {
        if (im[i] == o->metric)
            continue;
        char w[160];
        change_words(im[i], dyad_series_sum_metric(&bs, bt, im[i]),
                     dyad_series_sum_metric(&as, at, im[i]), w, sizeof w);
        int n = snprintf(p->moved[k] + used, WORDS - used, "%s%s %s",
                         used ? "; " : "", used ? dyad_metric_name(im[i])
                                                : (i ? "Cooperation"
                                                     : "Conflict"),
                         w);
        if (n > 0 && (size_t)n < WORDS - used)
            used += (size_t)n;
    }
    p->to_conflict[k] = toward_conflict(o->metric, s->diff, &bs, bt, &as, at);
    quote_ctx c = {p->quotes[k], p->to_conflict[k] ? -1 : 1,
                   p->to_conflict[k], ""};
    int32_t d0 = p->s.rows[a0].start;
    int32_t d1 = dyad_period_next(p->s.rows[a1].start, o->by) - 1;
    return dyad_store_pair_articles(st, p->pair, d0, d1, on_article, &c, err);
}

/* The episodes' intensity: the report's metric when it is a count of
 * articles (conflict, cooperation, threats, acts), else conflict. */
static int episode_metric(int metric)
{
    return is_share(metric) ? metric : DYAD_METRIC_CONFLICT;
}


/* "8 weeks", "1 year", "3 decades". */
static void periods_words(size_t n, int by, char *out, size_t len)
{
    snprintf(out, len, "%zu %s%s", n, dyad_period_name(by),
             n == 1 ? "" : "s");
}

/* The words of episode e: "Conflict between RUS and UKR rose sixfold
 * (from 50 to 300 per 1,000 articles) from the week of 24 Feb 2014; the
 * episode lasted 8 weeks and peaked in the week of 3 Mar 2014". */
static void episode_words(const pair_rep *p, const dyad_report_opts *o,
                          episode_rep *r)
{
    const dyad_stats_episode *e = &r->e;
    char who[48], how[160], when[64], peak[64], len[48], what[64];
    sides(p->pair, who, sizeof who);
    if (r->events) {
        events_words(e->baseline, e->peak_value, how, sizeof how);
    } else {
        change_words(p->ep_metric, e->baseline * 1000, e->peak_value * 1000,
                     how, sizeof how);
    }
    period_words(p->s.rows[e->start].start, o->by, 1, when, sizeof when);
    period_words(p->s.rows[e->peak].start, o->by, 1, peak, sizeof peak);
    periods_words(r->periods, o->by, len, sizeof len);
    capitalised(what, sizeof what, dyad_metric_name(p->ep_metric));
    const char *kind = e->direction > 0 ? "episode" : "dip";
    int n = snprintf(r->said, WORDS, "%s between %s %s from %s; the %s ",
                     what, who, how, when, kind);
    if (n < 0 || (size_t)n >= WORDS)
        return;
    if (r->going_on)
        n += snprintf(r->said + n, WORDS - (size_t)n,
                      "is still going on (%s so far)", len);
    else
        n += snprintf(r->said + n, WORDS - (size_t)n, "lasted %s", len);
    if (n > 0 && (size_t)n < WORDS && e->peak != e->start)
        snprintf(r->said + n, WORDS - (size_t)n, " and %s in %s",
                 e->direction > 0 ? "peaked" : "was lowest", peak);
}

/* The significance level of the report's shifts and episodes. */
static double alpha_of(const dyad_report_opts *o)
{
    return o->alpha > 0 ? o->alpha : 0.05;
}

/* The counts of a count metric per period with something stored: c[i]
 * out of t[i] in series row row[i], m of them (new memory, freed by the
 * caller, also on error). A series whose periods hold fewer than
 * DYAD_SERIES_FEW_ARTICLES stored articles on average (one address a
 * year) counts the pair's events instead, with the articles as
 * exposures (*events 1), as `dyad shifts` does: an article share of one
 * document a period is 0 or 1,000. */
static int count_rows(const pair_rep *p, int metric, double **c, double **t,
                      size_t **row, size_t *m, int *events, dyad_err *err)
{
    size_t n = p->s.n ? p->s.n : 1;
    *c = dyad_calloc(n, sizeof **c);
    *t = dyad_calloc(n, sizeof **t);
    *row = dyad_calloc(n, sizeof **row);
    *m = 0;
    if (!*c || !*t || !*row)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    *events = dyad_series_few(&p->s);
    for (size_t i = 0; i < p->s.n; i++) {
        size_t k = *m;
        if (!dyad_series_counts(&p->s.rows[i], metric, &(*c)[k], &(*t)[k]) ||
            !((*t)[k] > 0))
            continue;   /* nothing stored in the period */
        if (*events)
            (*c)[k] = dyad_series_events(&p->s.rows[i], metric);
        (*row)[(*m)++] = i;
    }
    return DYAD_OK;
}

/* The episodes of the pair's conflict (or cooperation) intensity, with
 * their words and the evidence of the articles inside them. */
static int find_episodes(dyad_store *st, const dyad_report_opts *o,
                         pair_rep *p, dyad_err *err)
{
    p->ep_metric = episode_metric(o->metric);
    double *c, *t;
    size_t *row, m;
    int events;
    dyad_stats_episode *ep = NULL;
    size_t ne = 0;
    int rc = count_rows(p, p->ep_metric, &c, &t, &row, &m, &events, err);
    int any = 0;
    for (size_t i = 0; i < m; i++)
        any |= c[i] > 0;
    if (rc == DYAD_OK && any && m >= 4) {
        dyad_stats_cp_opts cp = {0};
        cp.cost = events ? DYAD_COST_POISSON : DYAD_COST_BINOMIAL;
        cp.alpha = alpha_of(o);
        dyad_err e2 = {0};
        int r2 = dyad_stats_episodes(c, t, m, &cp, &ep, &ne, &e2);
        if (r2 == DYAD_ENOMEM)
            rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        else if (r2 != DYAD_OK)
            ne = 0;   /* too few periods to segment: no episode */
    }
    if (rc == DYAD_OK && ne &&
        !(p->ep = dyad_calloc(ne, sizeof *p->ep)))
        rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    for (size_t k = 0; k < ne && rc == DYAD_OK; k++) {
        episode_rep *r = &p->ep[p->nep++];
        r->e = ep[k];
        r->e.start = row[ep[k].start];
        r->e.peak = row[ep[k].peak];
        r->e.end = row[ep[k].end];
        r->going_on = ep[k].end + 1 == m;
        r->events = events;
        /* to its last period with articles stored, also when still
         * going on: a range that runs past the data (--to next month)
         * would count periods nothing was read from */
        r->periods = r->e.end - r->e.start + 1;
        r->to_conflict = (p->ep_metric == DYAD_METRIC_COOPERATION) ==
                         (r->e.direction < 0);
        episode_words(p, o, r);
        quote_ctx q = {r->quotes, r->to_conflict ? -1 : 1, r->to_conflict,
                       ""};
        int32_t d0 = p->s.rows[r->e.start].start;
        int32_t d1 = dyad_period_next(p->s.rows[r->e.end].start, o->by) - 1;
        rc = dyad_store_pair_articles(st, p->pair, d0, d1, on_article, &q,
                                      err);
    }
    dyad_free(ep);
    dyad_free(c);
    dyad_free(t);
    dyad_free(row);
    return rc;
}

/* The shifts of a mean (tone, goldstein, tension, net), as `dyad shifts`
 * finds them for a stored pair. */
static int mean_shifts(dyad_store *st, const dyad_report_opts *o,
                       pair_rep *p, dyad_err *err)
{
    dyad_stats_cp_opts cp = {0};
    cp.alpha = alpha_of(o);
    cp.outliers = DYAD_OUTLIERS_KEEP;   /* as `dyad shifts` for a stored
                                           pair */
    cp.season = DYAD_SEASON_OFF;
    cp.var_floor = dyad_series_var_floor(p->s.rows, p->s.n, o->metric, p->w,
                                         p->n);
    int rc;
    if (o->metric == DYAD_METRIC_GOLDSTEIN &&
        (rc = dyad_series_goldstein_floor(st, &p->s, p->w, p->n,
                                          &cp.var_floor, err)))
        return rc;
    return dyad_stats_changepoints(p->y, p->w, p->n, &cp, &p->sh, &p->nsh,
                                   NULL, err);
}

/* The shifts of a count metric (conflict, cooperation, threats, acts)
 * with the count cost `dyad shifts` gives it (binomial articles out of
 * those stored, or the pair's events with the articles as exposures when
 * the periods hold few), where a weighted Normal mean of the rates had
 * found other shifts than `dyad shifts`. Their means are rates per
 * 1,000 articles, or events per article (p->sh_events). */
static int count_shifts(dyad_store *st, const dyad_report_opts *o,
                        pair_rep *p, dyad_err *err)
{
    double *c, *t;
    size_t *row, m;
    int events;
    int rc = count_rows(p, o->metric, &c, &t, &row, &m, &events, err);
    /* the same periods as the metric's values (those with something
       stored), so that the shifts' indices are p->y's */
    int same = rc == DYAD_OK && m == p->n;
    for (size_t i = 0; same && i < m; i++)
        same = row[i] == p->row[i];
    if (rc == DYAD_OK && !same) {
        /* not the values' periods (no such series is known): the means */
        dyad_free(c);
        dyad_free(t);
        dyad_free(row);
        return mean_shifts(st, o, p, err);
    }
    if (rc == DYAD_OK) {
        dyad_stats_cp_opts cp = {0};
        cp.cost = events ? DYAD_COST_POISSON : DYAD_COST_BINOMIAL;
        cp.alpha = alpha_of(o);
        rc = dyad_stats_changepoints(c, t, m, &cp, &p->sh, &p->nsh, NULL,
                                     err);
    }
    double scale = events ? 1 : 1000;
    for (size_t k = 0; rc == DYAD_OK && k < p->nsh; k++) {
        p->sh[k].mean_before *= scale;
        p->sh[k].mean_after *= scale;
        p->sh[k].diff *= scale;
    }
    p->sh_events = events;
    p->sh_counts = 1;
    dyad_free(c);
    dyad_free(t);
    dyad_free(row);
    return rc;
}

/* The days the report shows: the range asked within the store's span
 * (first, last), so that the movers' latest window, the trend, the charts
 * and the span in words end with the data when --from or --to run past
 * it; a range wholly past the data is the period of its bound, as
 * dyad_series_build gives it. */
static void shown_range(const dyad_report_opts *o, int32_t first,
                        int32_t last, int32_t *lo, int32_t *hi)
{
    *lo = o->from_set && o->from > first ? o->from : first;
    *hi = o->to_set && o->to < last ? o->to : last;
    if (*lo > *hi && o->from_set && o->from > last)
        *hi = *lo;
    else if (*lo > *hi)
        *lo = *hi;
}

/* The pair's series over the days lo..hi (shown_range). */
static int gather(dyad_store *st, const dyad_report_opts *o, int32_t lo,
                  int32_t hi, pair_rep *p, dyad_err *err)
{
    int rc = dyad_series_build(st, p->pair, o->by, lo, hi, 0, &p->s, err);
    if (rc != DYAD_OK)
        return rc;
    size_t n = p->s.n ? p->s.n : 1;
    p->y = dyad_calloc(n, sizeof *p->y);
    p->w = dyad_calloc(n, sizeof *p->w);
    p->x = dyad_calloc(n, sizeof *p->x);
    p->row = dyad_calloc(n, sizeof *p->row);
    if (!p->y || !p->w || !p->x || !p->row)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    int counts = dyad_metric_is_count(o->metric);
    for (size_t i = 0; i < p->s.n; i++) {
        const dyad_series_row *r = &p->s.rows[i];
        double v = dyad_series_metric(r, o->metric);
        dyad_series_add(&p->all, &r->sum);
        p->all_total += r->total;
        if (!isfinite(v))
            continue;
        p->y[p->n] = v;
        /* an intensity is a share of all the period's articles; the
         * volume share counts the articles that only co-mention the pair
         * too */
        p->w[p->n] = (double)(counts ? r->total
                              : o->metric == DYAD_METRIC_VOLUME
                                  ? r->sum.mentions
                              : o->metric == DYAD_METRIC_GOLDSTEIN
                                  ? r->sum.gold_n   /* what it averages */
                                  : r->sum.articles);
        p->x[p->n] = (double)i;   /* trends per calendar period */
        p->row[p->n] = i;
        p->n++;
    }
    p->articles = p->all.articles;
    p->mentions = p->all.mentions;
    if (p->n >= 3) {
        p->has_trend = dyad_stats_ols(p->x, p->y, p->w, p->n, &p->ols,
                                      NULL) == DYAD_OK &&
                       dyad_stats_mann_kendall(p->y, p->n, &p->mk, NULL) ==
                           DYAD_OK;
        rc = is_share(o->metric) ? count_shifts(st, o, p, err)
                                 : mean_shifts(st, o, p, err);
        if (rc != DYAD_OK)
            return rc;
    }
    if (p->nsh) {
        p->quotes = dyad_calloc(p->nsh, sizeof *p->quotes);
        p->said = dyad_calloc(p->nsh, sizeof *p->said);
        p->moved = dyad_calloc(p->nsh, sizeof *p->moved);
        p->to_conflict = dyad_calloc(p->nsh, sizeof *p->to_conflict);
        if (!p->quotes || !p->said || !p->moved || !p->to_conflict)
            return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    }
    for (size_t k = 0; k < p->nsh && rc == DYAD_OK; k++)
        rc = describe_shift(st, o, p, k, err);
    if (rc == DYAD_OK)
        rc = find_episodes(st, o, p, err);
    return rc;
}

/* The periods per side of the movers' comparison. */
static size_t movers_window(const dyad_report_opts *o)
{
    static const int by_period[] = {7, 4, 3, 2, 3, 1};
    if (o->movers_window > 0)
        return (size_t)o->movers_window;
    return (size_t)(o->by >= 0 && o->by <= DYAD_BY_DECADE ? by_period[o->by]
                                                          : 1);
}

/* The latest window of w calendar periods against the w before it. */
static void compare_windows(pair_rep *p, const dyad_report_opts *o, size_t w)
{
    size_t n = p->s.n;
    p->has_move = 0;
    p->move_w = w;
    if (w > 0 && n >= w)   /* the latest window, for the intensities */
        rows_sum(&p->s, n - w, n - 1, &p->win, &p->win_total);
    if (w == 0 || n < 2 * w)
        return;
    dyad_pair_day a, b;
    int64_t at, bt;
    rows_sum(&p->s, n - 2 * w, n - w - 1, &b, &bt);
    rows_sum(&p->s, n - w, n - 1, &a, &at);
    p->win = a;
    p->win_total = at;
    p->before = dyad_series_sum_metric(&b, bt, o->metric);
    p->after = dyad_series_sum_metric(&a, at, o->metric);
    p->n_before = b.articles;
    p->n_after = a.articles;
    int64_t min = o->movers_min > 0 ? o->movers_min : DEFAULT_MOVERS_MIN;
    p->has_move = p->n_before >= min && p->n_after >= min &&
                  isfinite(p->before) && isfinite(p->after);
}

/* Compares every pair's latest w periods with the w before them;
 * whether any pair has the articles on both sides. */
static int compare_all(pair_rep *ps, size_t n, const dyad_report_opts *o,
                       size_t w)
{
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        compare_windows(&ps[i], o, w);
        any |= ps[i].has_move;
    }
    return any;
}

/* The movers' windows of the n pairs: movers_window periods a side when
 * set; else the period's default, doubled while no pair has movers_min
 * articles on both sides and the two windows still fit in the series
 * (the default again when none ever has). One address a year names no
 * pair in two of the last three years; six years a side find Russia's
 * fall and China's rise in the State of the Union. */
static void movers_fit(pair_rep *ps, size_t n, const dyad_report_opts *o)
{
    size_t w0 = movers_window(o), len = n ? ps[0].s.n : 0;
    if (compare_all(ps, n, o, w0) || o->movers_window > 0)
        return;
    for (size_t w = 2 * w0; w > 0 && 2 * w <= len; w *= 2)
        if (compare_all(ps, n, o, w))
            return;
    compare_all(ps, n, o, w0);
}

static void pair_free(pair_rep *p)
{
    dyad_series_free(&p->s);
    dyad_free(p->y);
    dyad_free(p->w);
    dyad_free(p->x);
    dyad_free(p->row);
    dyad_free(p->sh);
    dyad_free(p->quotes);
    dyad_free(p->said);
    dyad_free(p->moved);
    dyad_free(p->to_conflict);
    dyad_free(p->ep);
}

/* ---------------- files ---------------- */

static int write_csv(const char *dir, pair_rep *p, int by, dyad_err *err)
{
    char path[PATHN];
    snprintf(p->csv, sizeof p->csv, "csv/%.19s.%.8s.csv", p->pair,
             dyad_period_name(by));
    path_in(path, dir, p->csv);
    FILE *f = fopen(path, "wb");
    if (!f)
        return dyad_err_set(err, DYAD_EIO, path, 0, "cannot create: %s",
                            strerror(errno));
    const char *const *cols;
    size_t ncols = dyad_series_columns(0, 0, &cols);
    dyad_table *t = dyad_table_begin(f, DYAD_FMT_CSV, 0, cols, ncols, NULL, 0,
                                     err);
    int rc = t ? dyad_series_write(&p->s, 0, t, err) : DYAD_ENOMEM;
    if (t) {
        int rc2 = dyad_table_end(t, err);
        rc = rc ? rc : rc2;
    }
    if (fclose(f) != 0 && rc == DYAD_OK)
        rc = dyad_err_set(err, DYAD_EIO, path, 0, "cannot write");
    return rc;
}

#define HEATMAP_SVG "charts/pairs-by-period.svg"

/* The overview: the report's metric for every pair by period, as a heat
 * map (the report's clearest first look). */
static int draw_heatmap(const char *dir, const pair_rep *ps, size_t n,
                        const dyad_report_opts *o, dyad_err *err)
{
    char path[PATHN], title[160];
    dyad_plot pl = {path, title, 0, o->timeout, o->gnuplot};
    dyad_series *s = dyad_calloc(n ? n : 1, sizeof *s);
    if (!s)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    for (size_t i = 0; i < n; i++)
        s[i] = ps[i].s;   /* borrowed rows */
    path_in(path, dir, HEATMAP_SVG);
    snprintf(title, sizeof title, "%s by %s, every pair",
             dyad_metric_name(o->metric), dyad_period_name(o->by));
    int rc = dyad_plot_heatmap(&pl, s, n, o->metric, err);
    dyad_free(s);
    return rc;
}

static int draw(const char *dir, pair_rep *p, const dyad_report_opts *o,
                dyad_err *err)
{
    char path[PATHN], title[160];
    dyad_plot pl = {path, title, 0, o->timeout, o->gnuplot};
    snprintf(p->line_svg, sizeof p->line_svg, "charts/%.19s-%.12s.svg",
             p->pair, dyad_metric_name(o->metric));
    snprintf(p->int_svg, sizeof p->int_svg, "charts/%.19s-intensity.svg",
             p->pair);
    snprintf(p->vol_svg, sizeof p->vol_svg, "charts/%.19s-volume.svg",
             p->pair);
    dyad_plot_segment *seg = dyad_calloc(p->nsh + 1, sizeof *seg);
    if (!seg)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    size_t nseg = 0;
    if (p->n) {
        /* segments between the shifts, as the charts draw them */
        size_t start = 0;
        for (size_t k = 0; k <= p->nsh; k++) {
            size_t end = k < p->nsh ? p->sh[k].index : p->n;
            double sum = 0, wsum = 0;
            for (size_t i = start; i < end; i++) {
                sum += p->y[i] * p->w[i];
                wsum += p->w[i];
            }
            seg[nseg].start = p->s.rows[p->row[start]].start;
            seg[nseg].end =
                dyad_period_next(p->s.rows[p->row[end - 1]].start, o->by) -
                1;
            seg[nseg].mean = wsum > 0 ? sum / wsum : NAN;
            seg[nseg].shift = k > 0;
            nseg++;
            start = end;
        }
    }
    path_in(path, dir, p->line_svg);
    snprintf(title, sizeof title, "%s %s by %s", p->pair,
             dyad_metric_name(o->metric), dyad_period_name(o->by));
    int rc = dyad_plot_line(&pl, &p->s, o->metric, seg, nseg, err);
    if (rc == DYAD_OK) {
        path_in(path, dir, p->int_svg);
        snprintf(title, sizeof title,
                 "%s conflict and cooperation per 1,000 articles by %s",
                 p->pair, dyad_period_name(o->by));
        rc = dyad_plot_intensity(&pl, &p->s, seg, nseg, err);
    }
    dyad_free(seg);
    if (rc != DYAD_OK)
        return rc;
    path_in(path, dir, p->vol_svg);
    snprintf(title, sizeof title, "%s articles and tension by %s", p->pair,
             dyad_period_name(o->by));
    rc = dyad_plot_volume(&pl, &p->s, err);
    if (rc == DYAD_OK)
        p->charts = 1;
    return rc;
}

/* Appends the SVG file at path without its XML prologue, for inlining. */
static int inline_svg(dyad_buf *b, const char *path)
{
    dyad_buf svg = {0};
    int rc = dyad_read_file(path, &svg, NULL);
    if (rc == DYAD_OK) {
        const char *at = strstr(svg.data, "<svg");
        rc = at ? dyad_buf_puts(b, at) : DYAD_EPARSE;
    }
    dyad_buf_free(&svg);
    return rc;
}

/* ---------------- the documents ---------------- */

static const char css[] =
    "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;margin:2em "
    "auto;max-width:1100px;color:#222;line-height:1.45;padding:0 1em}"
    "h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:"
    "1px solid #ddd;padding-bottom:.2em}table{border-collapse:collapse;"
    "margin:.8em 0}td,th{padding:.3em .7em;border-bottom:1px solid #e4e4e4;"
    "text-align:left;vertical-align:top}th{background:#f4f4f4}"
    ".num{text-align:right;font-variant-numeric:tabular-nums}"
    ".neg{color:#b34700}.pos{color:#005a8c}.muted{color:#777;font-size:.9em}"
    "figure{margin:1em 0}figure svg{max-width:100%;height:auto}"
    "blockquote{margin:.4em 0 .4em 1em;padding-left:.8em;border-left:3px "
    "solid #ccc;color:#333}ul.changed li{margin:.3em 0}";

static const char *sign_class(double v)
{
    return !isfinite(v) ? "" : v < 0 ? "neg" : v > 0 ? "pos" : "";
}

/* The class of a change: conflict-ward changes are "neg" whatever the
 * metric's sign. */
static const char *change_class(int metric, double change)
{
    int up_is_conflict = metric == DYAD_METRIC_TENSION ||
                         metric == DYAD_METRIC_CONFLICT ||
                         metric == DYAD_METRIC_THREATS ||
                         metric == DYAD_METRIC_ACTS;
    return sign_class(up_is_conflict ? -change : change);
}

static double change(const pair_rep *p)
{
    return p->has_move ? p->after - p->before : NAN;
}

static int cmp_movers(const void *a, const void *b)
{
    const pair_rep *x = *(pair_rep *const *)a, *y = *(pair_rep *const *)b;
    double cx = fabs(change(x)), cy = fabs(change(y));
    if (!isfinite(cx))
        cx = -1;
    if (!isfinite(cy))
        cy = -1;
    return cx < cy ? 1 : cx > cy ? -1 : strcmp(x->pair, y->pair);
}

static void trend_words(const pair_rep *p, int by, char *out, size_t n)
{
    if (!p->has_trend) {
        snprintf(out, n, "too few periods");
        return;
    }
    char s[32];
    num(s, sizeof s, p->ols.slope, 4);
    const char *dir = p->mk.p_value < 0.05 ? (p->mk.s > 0 ? "rising"
                                                          : "falling")
                                           : "no clear trend";
    snprintf(out, n, "%s (slope %s per %s, Mann-Kendall p %.3g)", dir, s,
             dyad_period_name(by), p->mk.p_value);
}

/* The texts both documents show, made once (plain text: each document
 * escapes them its way). */
typedef struct {
    char title[160];          /* "China (CHN) and United States (USA)" */
    char counts[160];         /* "N articles relate A and B ..." */
    char latest[WORDS];       /* the latest window against the one before */
    char intens[WORDS];       /* conflict and cooperation */
    char trend[160];
} pair_text;

/* The periods of rows a and b of p's series as words ("the week of 24
 * Feb 2014"), into da and db (n bytes each). */
static void two_periods(const pair_rep *p, size_t a, size_t b, int by,
                        char *da, char *db, size_t n)
{
    period_words(p->s.rows[a].start, by, 1, da, n);
    period_words(p->s.rows[b].start, by, 1, db, n);
}

/* "United Kingdom (GBR) and United States (USA)" for "GBR-USA", with the
 * gazetteer's names; a code without a name stands alone. */
static void pair_title(const char *pair, const dyad_actors *ga, char *out,
                       size_t n)
{
    char code[2][9];
    const char *dash = strchr(pair, '-');
    if (!dash || !ga) {
        snprintf(out, n, "%s", pair);
        return;
    }
    snprintf(code[0], sizeof code[0], "%.*s", (int)(dash - pair), pair);
    snprintf(code[1], sizeof code[1], "%s", dash + 1);
    size_t k = 0;
    out[0] = '\0';
    for (int i = 0; i < 2 && k < n; i++) {
        int c = dyad_actors_lookup(ga, code[i], strlen(code[i]));
        const char *name = c >= 0 ? dyad_actors_name(ga, c) : NULL;
        int w = name ? snprintf(out + k, n - k, "%s%.60s (%s)",
                                i ? " and " : "", name, code[i])
                     : snprintf(out + k, n - k, "%s%s", i ? " and " : "",
                                code[i]);
        k += w > 0 ? (size_t)w : 0;
    }
}

static void pair_texts(const pair_rep *p, const dyad_report_opts *o,
                       const char *win_a, const char *win_b, pair_text *t)
{
    const char *metric = dyad_metric_name(o->metric);
    char a[32], b[32], c[32], who[48];
    int dec = decimals_of(o->metric);
    sides(p->pair, who, sizeof who);
    pair_title(p->pair, o->ga, t->title, sizeof t->title);
    snprintf(t->counts, sizeof t->counts,
             "%lld articles relate %s in the range; %lld name both.",
             (long long)p->articles, who, (long long)p->mentions);
    if (p->has_move) {
        value_text(o->metric, p->after, a, sizeof a);
        value_text(o->metric, p->before, b, sizeof b);
        num(c, sizeof c, change(p), dec);
        snprintf(t->latest, sizeof t->latest,
                 "%s %s in %s (%lld articles), %s in %s (%lld): change %s.",
                 metric, a, win_a, (long long)p->n_after, b, win_b,
                 (long long)p->n_before, c);
        if (t->latest[0] >= 'a' && t->latest[0] <= 'z')
            t->latest[0] = (char)(t->latest[0] - 'a' + 'A');
    } else {
        snprintf(t->latest, sizeof t->latest,
                 "Too few articles in %s or %s to compare them.", win_a,
                 win_b);
    }
    if (p->all_total > 0) {
        static const int im[2] = {DYAD_METRIC_CONFLICT,
                                  DYAD_METRIC_COOPERATION};
        char v[2][32], lo[2][32], hi[2][32], w[2][32];
        for (int i = 0; i < 2; i++) {
            double x, l, h;
            x = dyad_series_sum_metric(&p->all, p->all_total, im[i]);
            dyad_series_sum_ci(&p->all, p->all_total, im[i], &l, &h);
            plain(v[i], sizeof v[i], x, 1);
            plain(lo[i], sizeof lo[i], l, 1);
            plain(hi[i], sizeof hi[i], h, 1);
            plain(w[i], sizeof w[i],
                  dyad_series_sum_metric(&p->win, p->win_total, im[i]), 1);
        }
        int n = snprintf(t->intens, sizeof t->intens,
                         "Conflict %s and cooperation %s articles of the "
                         "pair per 1,000 stored (95%% intervals %s-%s and "
                         "%s-%s)",
                         v[0], v[1], lo[0], hi[0], lo[1], hi[1]);
        if (n > 0 && (size_t)n < sizeof t->intens && p->win_total > 0)
            snprintf(t->intens + n, sizeof t->intens - (size_t)n,
                     "; in %s, %s and %s.", win_a, w[0], w[1]);
        else if (n > 0 && (size_t)n < sizeof t->intens)
            snprintf(t->intens + n, sizeof t->intens - (size_t)n, ".");
    } else {
        snprintf(t->intens, sizeof t->intens, "No articles in the range.");
    }
    trend_words(p, o->by, t->trend, sizeof t->trend);
}

/* What the first screen needs: the latest shift of each pair and every
 * pair's episodes (k: the shift's or the episode's index in p), latest
 * first, and the windows of the movers. */
typedef struct {
    const pair_rep *p;
    size_t k;
    int32_t day;
} latest_shift;
typedef latest_shift episode_ref;

static int cmp_latest(const void *a, const void *b)
{
    const latest_shift *x = a, *y = b;
    return x->day < y->day ? 1 : x->day > y->day ? -1
                                                 : strcmp(x->p->pair,
                                                          y->p->pair);
}

/* The latest shift of each pair into out (n pairs); their number. */
static size_t latest_shifts(const pair_rep *ps, size_t n, latest_shift *out)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const pair_rep *p = &ps[i];
        if (!p->nsh)
            continue;
        size_t k = p->nsh - 1;
        out[m].p = p;
        out[m].k = k;
        out[m].day = p->s.rows[p->row[p->sh[k].index]].start;
        m++;
    }
    if (m)
        qsort(out, m, sizeof *out, cmp_latest);
    return m;
}

/* Every pair's episodes into *out (caller frees; NULL when none); their
 * number, or (size_t)-1 when out of memory. */
static size_t all_episodes(const pair_rep *ps, size_t n, episode_ref **out)
{
    size_t m = 0;
    *out = NULL;
    for (size_t i = 0; i < n; i++)
        m += ps[i].nep;
    if (!m)
        return 0;
    if (!(*out = dyad_calloc(m, sizeof **out)))
        return (size_t)-1;
    m = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < ps[i].nep; k++) {
            const episode_rep *e = &ps[i].ep[k];
            (*out)[m++] = (episode_ref){&ps[i], k,
                                        ps[i].s.rows[e->e.start].start};
        }
    qsort(*out, m, sizeof **out, cmp_latest);
    return m;
}

typedef struct {
    char a[128], b[128];   /* the latest window and the one before */
    size_t w;
    int64_t min;
} windows_text;

static void windows_facts(const pair_rep *ps, size_t n,
                          const dyad_report_opts *o, windows_text *t)
{
    t->w = n ? ps[0].move_w : movers_window(o);
    t->min = o->movers_min > 0 ? o->movers_min : DEFAULT_MOVERS_MIN;
    snprintf(t->a, sizeof t->a, "the latest periods");
    snprintf(t->b, sizeof t->b, "the periods before");
    if (n == 0 || ps[0].s.n < t->w || t->w == 0)
        return;
    const dyad_series *s = &ps[0].s;
    size_t m = s->n;
    window_words(s->rows[m - t->w].start, s->rows[m - 1].start, o->by, t->a,
                 sizeof t->a);
    if (m >= 2 * t->w)
        window_words(s->rows[m - 2 * t->w].start, s->rows[m - t->w - 1].start,
                     o->by, t->b, sizeof t->b);
}

/* The words under the first headings, in both documents. */
static const char changed_intro[] =
    "The latest significant shift of %s in each pair, the most recent "
    "first; the pairs' sections below have every shift and the articles "
    "behind it.";
static const char episodes_intro[] =
    "Episodes of %s in each pair (a burst that rose and fell, or a dip, "
    "as one event), the most recent first:";
static const char movers_intro[] =
    ", the %s before; pairs with fewer than %lld articles on either side are "
    "left out.";

/* "decade", "3 years": the periods of a side of the movers. */
static void side_words(const windows_text *wt, int by, char *out, size_t n)
{
    if (wt->w == 1)
        snprintf(out, n, "%s", dyad_period_name(by));
    else
        snprintf(out, n, "%zu %ss", wt->w, dyad_period_name(by));
}

/* The evidence sentences q of a shift or an episode, from the pair's
 * conflict (or cooperation) articles "of the new level" (where), as HTML
 * (as_html) or Markdown; nonzero when out of memory. */
static int quotes(dyad_buf *b, int as_html, const quote_t *q, int conflict,
                  const char *where)
{
    int rc = 0, quoted = 0;
    for (size_t i = 0; i < EVIDENCE && !rc; i++) {
        char t[32];
        if (!q[i].text[0])
            continue;
        if (!quoted++)
            rc = dyad_buf_printf(b, as_html ? "<p class=\"muted\">From the "
                                              "pair's %s articles %s:</p>\n"
                                            : "From the pair's %s articles "
                                              "%s:\n\n",
                                 conflict ? "conflict" : "cooperation", where);
        num(t, sizeof t, q[i].tone, 2);
        if (as_html)
            rc = rc || dyad_buf_puts(b, "<blockquote>") ||
                 html(b, q[i].text) ||
                 dyad_buf_printf(b, " <span class=\"muted\">(%s, tone %s)"
                                    "</span></blockquote>\n",
                                 q[i].date, t);
        else
            rc = rc || dyad_buf_puts(b, "> ") || md(b, q[i].text) ||
                 dyad_buf_printf(b, " (%s, tone %s)\n\n", q[i].date, t);
    }
    return rc;
}

static int write_html(dyad_buf *b, const char *dir, pair_rep *ps, size_t n,
                      pair_rep **movers, const latest_shift *ls, size_t nls,
                      const episode_ref *er, size_t ner,
                      const dyad_report_opts *o, int no_charts,
                      const char *span)
{
    const char *title = o->title ? o->title : "dyad trend report";
    const char *metric = dyad_metric_name(o->metric);
    char v1[32], v2[32], v3[32], line[WORDS];
    windows_text wt;
    windows_facts(ps, n, o, &wt);
    char side[48];
    side_words(&wt, o->by, side, sizeof side);
    int rc = dyad_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head>"
                              "<meta charset=\"utf-8\"><meta name=\"viewport\" "
                              "content=\"width=device-width\"><title>");
    rc = rc || html(b, title) || dyad_buf_puts(b, "</title><style>") ||
         dyad_buf_puts(b, css) || dyad_buf_puts(b, "</style></head><body><h1>") ||
         html(b, title) ||
         dyad_buf_printf(b, "</h1><p class=\"muted\">%s by %s, %s. Made by "
                            "dyad " DYAD_VERSION ".</p>\n",
                         metric, dyad_period_name(o->by), span);
    if (no_charts)
        rc = rc || dyad_buf_puts(b, "<p><strong>Charts are missing: gnuplot "
                                    "is not installed (Debian package "
                                    "gnuplot-nox).</strong></p>\n");
    /* what changed: each pair's latest shift, the most recent first */
    rc = rc || dyad_buf_puts(b, "<h2>What changed</h2>\n");
    const char *em = ner ? dyad_metric_name(er[0].p->ep_metric) : "";
    rc = rc || (ner && (dyad_buf_puts(b, "<p class=\"muted\">") ||
                        dyad_buf_printf(b, episodes_intro, em) ||
                        dyad_buf_puts(b, "</p>\n<ul class=\"changed\">\n")));
    for (size_t i = 0; i < ner && !rc; i++)
        rc = dyad_buf_printf(b, "<li><a href=\"#%s\">%s</a>: ",
                             er[i].p->pair, er[i].p->pair) ||
             html(b, er[i].p->ep[er[i].k].said) ||
             dyad_buf_puts(b, ".</li>\n");
    rc = rc || (ner && dyad_buf_puts(b, "</ul>\n"));
    rc = rc || dyad_buf_puts(b, "<p class=\"muted\">") ||
         dyad_buf_printf(b, changed_intro, metric) ||
         dyad_buf_puts(b, "</p>\n");
    if (!rc && nls == 0)
        rc = dyad_buf_puts(b, "<p>No significant shift in any pair.</p>\n");
    rc = rc || (nls && dyad_buf_puts(b, "<ul class=\"changed\">\n"));
    for (size_t i = 0; i < nls && !rc; i++) {
        const pair_rep *p = ls[i].p;
        capitalised(line, sizeof line, p->said[ls[i].k]);
        rc = dyad_buf_printf(b, "<li><a href=\"#%s\">%s</a>: ", p->pair,
                             p->pair) ||
             html(b, line) || dyad_buf_puts(b, ".") ||
             (p->moved[ls[i].k][0] &&
              (dyad_buf_puts(b, " ") || html(b, p->moved[ls[i].k]) ||
               dyad_buf_puts(b, "."))) ||
             dyad_buf_puts(b, "</li>\n");
    }
    rc = rc || (nls && dyad_buf_puts(b, "</ul>\n"));
    rc = rc || dyad_buf_puts(b, "<h2>Top movers</h2><p class=\"muted\">") ||
         html(b, metric) || dyad_buf_puts(b, " in ") || html(b, wt.a) ||
         dyad_buf_puts(b, " against ") || html(b, wt.b) ||
         dyad_buf_printf(b, movers_intro, side, (long long)wt.min) ||
         dyad_buf_puts(b, "</p>\n");
    size_t shown = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        const pair_rep *p = movers[i];
        if (!p->has_move)
            continue;
        if (!shown++)
            rc = dyad_buf_puts(b, "<table><tr><th>pair</th><th class=\"num\""
                                  ">") ||
                 html(b, wt.b) || dyad_buf_puts(b, "</th><th class=\"num\">") ||
                 html(b, wt.a) ||
                 dyad_buf_puts(b, "</th><th class=\"num\">change</th><th "
                                  "class=\"num\">articles</th></tr>\n");
        value_text(o->metric, p->before, v1, sizeof v1);
        value_text(o->metric, p->after, v2, sizeof v2);
        num(v3, sizeof v3, change(p), decimals_of(o->metric));
        rc = rc || dyad_buf_printf(b, "<tr><td><a href=\"#%s\">%s</a></td>"
                                      "<td class=\"num\">%s</td><td class="
                                      "\"num\">%s</td><td class=\"num %s\">%s"
                                      "</td><td class=\"num\">%lld, %lld</td>"
                                      "</tr>\n",
                                   p->pair, p->pair, v1, v2,
                                   change_class(o->metric, change(p)), v3,
                                   (long long)p->n_before,
                                   (long long)p->n_after);
    }
    if (!rc)
        rc = shown ? dyad_buf_puts(b, "</table>\n")
                   : dyad_buf_printf(b, "<p>No pair has %lld articles on both "
                                        "sides.</p>\n",
                                     (long long)wt.min);
    if (!rc && !no_charts && n > 1) {
        char path[PATHN];
        rc = dyad_buf_puts(b, "<h2>All pairs by period</h2>\n<figure>") ||
             inline_svg(b, path_in(path, dir, HEATMAP_SVG)) ||
             dyad_buf_puts(b, "</figure>\n");
    }
    for (size_t i = 0; i < n && !rc; i++) {
        pair_rep *p = &ps[i];
        pair_text t;
        pair_texts(p, o, wt.a, wt.b, &t);
        rc = dyad_buf_printf(b, "<h2 id=\"%s\">", p->pair) ||
             html(b, t.title) || dyad_buf_puts(b, "</h2>\n<p>") ||
             html(b, t.counts) || dyad_buf_puts(b, " ") ||
             html(b, t.latest) || dyad_buf_puts(b, " Trend: ") ||
             html(b, t.trend) ||
             dyad_buf_printf(b, ". <a href=\"%s\">CSV</a></p>\n<p>", p->csv) ||
             html(b, t.intens) || dyad_buf_puts(b, "</p>\n");
        if (!rc && p->charts) {
            char path[PATHN];
            rc = dyad_buf_puts(b, "<figure>") ||
                 inline_svg(b, path_in(path, dir, p->line_svg)) ||
                 dyad_buf_puts(b, "</figure>\n<figure>") ||
                 inline_svg(b, path_in(path, dir, p->int_svg)) ||
                 dyad_buf_puts(b, "</figure>\n<figure>") ||
                 inline_svg(b, path_in(path, dir, p->vol_svg)) ||
                 dyad_buf_puts(b, "</figure>\n");
        }
        for (size_t k = 0; k < p->nep && !rc; k++) {
            const episode_rep *e = &p->ep[k];
            char d0[48], d1[48];
            two_periods(p, e->e.start, e->e.end, o->by, d0, d1, sizeof d0);
            rc = dyad_buf_printf(b, "<h3>Episode from %s to %s</h3><p><span "
                                    "class=\"%s\">",
                                 d0, d1, e->to_conflict ? "neg" : "pos") ||
                 html(b, e->said) || dyad_buf_puts(b, ".</span></p>\n") ||
                 quotes(b, 1, e->quotes, e->to_conflict, "inside the "
                                                           "episode");
        }
        if (!rc && p->nsh == 0)
            rc = dyad_buf_puts(b, "<p>No significant shift.</p>\n");
        for (size_t k = 0; k < p->nsh && !rc; k++) {
            const dyad_stats_shift *s = &p->sh[k];
            char d0[48], d1[48];
            two_periods(p, p->row[s->index], p->row[s->index - 1], o->by, d0,
                        d1, sizeof d0);
            capitalised(line, sizeof line, p->said[k]);
            rc = dyad_buf_printf(b, "<h3>Shift from %s (last period before: "
                                    "%s)</h3><p><span class=\"%s\">",
                                 d0, d1, change_class(o->metric, s->diff)) ||
                 html(b, line) ||
                 dyad_buf_printf(b, "</span> (%s p %.3g, Cohen's d %.2f)."
                                    "%s",
                                 test_name(p), s->p_value, s->cohens_d,
                                 p->moved[k][0] ? " " : "") ||
                 html(b, p->moved[k]) ||
                 dyad_buf_puts(b, p->moved[k][0] ? ".</p>\n" : "</p>\n");
            rc = rc || quotes(b, 1, p->quotes[k], p->to_conflict[k],
                                   "of the new level");
        }
    }
    rc = rc || dyad_buf_printf(b, "<p class=\"muted\">%s</p></body></html>\n",
                               footnote);
    return rc ? DYAD_ENOMEM : DYAD_OK;
}

static int write_md(dyad_buf *b, pair_rep *ps, size_t n, pair_rep **movers,
                    const latest_shift *ls, size_t nls,
                    const episode_ref *er, size_t ner,
                    const dyad_report_opts *o, int no_charts, const char *span)
{
    const char *title = o->title ? o->title : "dyad trend report";
    const char *metric = dyad_metric_name(o->metric);
    char v1[32], v2[32], v3[32], line[WORDS];
    windows_text wt;
    windows_facts(ps, n, o, &wt);
    char side[48];
    side_words(&wt, o->by, side, sizeof side);
    int rc = dyad_buf_puts(b, "# ") || md(b, title) ||
             dyad_buf_printf(b, "\n\n%s by %s, %s. Made by dyad " DYAD_VERSION
                                ".\n\n",
                             metric, dyad_period_name(o->by), span);
    if (no_charts)
        rc = rc || dyad_buf_puts(b, "**Charts are missing: gnuplot is not "
                                    "installed (Debian package gnuplot-nox)."
                                    "**\n\n");
    rc = rc || dyad_buf_puts(b, "## What changed\n\n");
    const char *em = ner ? dyad_metric_name(er[0].p->ep_metric) : "";
    rc = rc || (ner && (dyad_buf_printf(b, episodes_intro, em) ||
                        dyad_buf_puts(b, "\n\n")));
    for (size_t i = 0; i < ner && !rc; i++)
        rc = dyad_buf_printf(b, "- %s: ", er[i].p->pair) ||
             md(b, er[i].p->ep[er[i].k].said) || dyad_buf_puts(b, ".\n");
    rc = rc || (ner && dyad_buf_puts(b, "\n"));
    rc = rc || dyad_buf_printf(b, changed_intro, metric) ||
         dyad_buf_puts(b, "\n\n");
    if (!rc && nls == 0)
        rc = dyad_buf_puts(b, "No significant shift in any pair.\n");
    for (size_t i = 0; i < nls && !rc; i++) {
        const pair_rep *p = ls[i].p;
        capitalised(line, sizeof line, p->said[ls[i].k]);
        rc = dyad_buf_printf(b, "- %s: ", p->pair) || md(b, line) ||
             dyad_buf_puts(b, ".") ||
             (p->moved[ls[i].k][0] &&
              (dyad_buf_puts(b, " ") || md(b, p->moved[ls[i].k]) ||
               dyad_buf_puts(b, "."))) ||
             dyad_buf_puts(b, "\n");
    }
    rc = rc || dyad_buf_puts(b, "\n## Top movers\n\n") || md(b, metric) ||
         dyad_buf_puts(b, " in ") || md(b, wt.a) ||
         dyad_buf_puts(b, " against ") || md(b, wt.b) ||
         dyad_buf_printf(b, movers_intro, side, (long long)wt.min) ||
         dyad_buf_puts(b, "\n\n");
    size_t shown = 0;
    for (size_t i = 0; i < n && !rc; i++) {
        const pair_rep *p = movers[i];
        if (!p->has_move)
            continue;
        if (!shown++)
            rc = dyad_buf_puts(b, "| pair | ") || md(b, wt.b) ||
                 dyad_buf_puts(b, " | ") || md(b, wt.a) ||
                 dyad_buf_puts(b, " | change | articles |\n| --- | ---: | "
                                  "---: | ---: | ---: |\n");
        value_text(o->metric, p->before, v1, sizeof v1);
        value_text(o->metric, p->after, v2, sizeof v2);
        num(v3, sizeof v3, change(p), decimals_of(o->metric));
        rc = rc || dyad_buf_printf(b, "| %s | %s | %s | %s | %lld, %lld |\n",
                                   p->pair, v1, v2, v3,
                                   (long long)p->n_before,
                                   (long long)p->n_after);
    }
    if (!rc && !shown)
        rc = dyad_buf_printf(b, "No pair has %lld articles on both sides.\n",
                             (long long)wt.min);
    if (!rc && !no_charts && n > 1)
        rc = dyad_buf_puts(b, "\n## All pairs by period\n\n![the pairs by "
                              "period](" HEATMAP_SVG ")\n");
    for (size_t i = 0; i < n && !rc; i++) {
        pair_rep *p = &ps[i];
        pair_text t;
        pair_texts(p, o, wt.a, wt.b, &t);
        rc = dyad_buf_puts(b, "\n## ") || md(b, t.title) ||
             dyad_buf_puts(b, "\n\n") ||
             md(b, t.counts) || dyad_buf_puts(b, " ") || md(b, t.latest) ||
             dyad_buf_puts(b, " Trend: ") || md(b, t.trend) ||
             dyad_buf_printf(b, ". [CSV](%s)\n\n", p->csv) ||
             md(b, t.intens) || dyad_buf_puts(b, "\n\n");
        if (!rc && p->charts)
            rc = dyad_buf_printf(b, "![%s %s](%s)\n\n![%s conflict and "
                                    "cooperation](%s)\n\n![%s volume](%s)\n\n",
                                 p->pair, metric, p->line_svg, p->pair,
                                 p->int_svg, p->pair, p->vol_svg);
        for (size_t k = 0; k < p->nep && !rc; k++) {
            const episode_rep *e = &p->ep[k];
            char d0[48], d1[48];
            two_periods(p, e->e.start, e->e.end, o->by, d0, d1, sizeof d0);
            rc = dyad_buf_printf(b, "### Episode from %s to %s\n\n", d0,
                                 d1) ||
                 md(b, e->said) || dyad_buf_puts(b, ".\n\n") ||
                 quotes(b, 0, e->quotes, e->to_conflict, "inside the "
                                                         "episode");
        }
        if (!rc && p->nsh == 0)
            rc = dyad_buf_puts(b, "No significant shift.\n");
        for (size_t k = 0; k < p->nsh && !rc; k++) {
            const dyad_stats_shift *s = &p->sh[k];
            char d0[48], d1[48];
            two_periods(p, p->row[s->index], p->row[s->index - 1], o->by, d0,
                        d1, sizeof d0);
            capitalised(line, sizeof line, p->said[k]);
            rc = dyad_buf_printf(b, "### Shift from %s (last period before: "
                                    "%s)\n\n",
                                 d0, d1) ||
                 md(b, line) ||
                 dyad_buf_printf(b, " (%s p %.3g, Cohen's d %.2f).%s",
                                 test_name(p), s->p_value, s->cohens_d,
                                 p->moved[k][0] ? " " : "") ||
                 md(b, p->moved[k]) ||
                 dyad_buf_puts(b, p->moved[k][0] ? ".\n\n" : "\n\n");
            rc = rc || quotes(b, 0, p->quotes[k], p->to_conflict[k],
                                 "of the new level");
        }
    }
    rc = rc || dyad_buf_printf(b, "---\n\n%s\n", footnote);
    return rc ? DYAD_ENOMEM : DYAD_OK;
}

/* ---------------- putting it in place ---------------- */

static void remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char sub[PATHN];
            path_in(sub, path, e->d_name);
            struct stat sb;
            if (lstat(sub, &sb) == 0 && S_ISDIR(sb.st_mode))
                remove_tree(sub);
            else
                unlink(sub);
        }
        closedir(d);
    }
    rmdir(path);
}

static int write_doc(const char *dir, const char *name, const dyad_buf *b,
                     dyad_err *err)
{
    char path[PATHN];
    FILE *f = fopen(path_in(path, dir, name), "wb");
    if (!f)
        return dyad_err_set(err, DYAD_EIO, path, 0, "cannot create: %s",
                            strerror(errno));
    int bad = fwrite(b->data, 1, b->len, f) != b->len;
    bad |= fflush(f) != 0 || fsync(fileno(f)) != 0;
    bad |= fclose(f) != 0;
    return bad ? dyad_err_set(err, DYAD_EIO, path, 0, "cannot write: %s",
                              strerror(errno))
               : DYAD_OK;
}

int dyad_report_write(dyad_store *st, const dyad_report_opts *o,
                      int *no_charts, dyad_err *err)
{
    char tmp[4200], old[4200], sub[PATHN];
    size_t dl = strlen(o->dir);
    while (dl > 1 && o->dir[dl - 1] == '/')
        dl--;
    if (dl == 0 || dl > 4000)
        return dyad_err_set(err, DYAD_EINVAL, o->dir, 0, "bad directory name");
    if (o->from_set && o->to_set && o->from > o->to)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0, "from is after to");
    snprintf(tmp, sizeof tmp, "%.*s.tmp.XXXXXX", (int)dl, o->dir);
    if (!mkdtemp(tmp))
        return dyad_err_set(err, DYAD_EIO, tmp, 0,
                            "cannot create a directory: %s", strerror(errno));
    chmod(tmp, 0755);
    mkdir(path_in(sub, tmp, "charts"), 0755);
    mkdir(path_in(sub, tmp, "csv"), 0755);
    *no_charts = 0;
    char names[MAX_PAIRS][20];
    size_t n = o->pairs ? o->npairs : 0;
    int rc = DYAD_OK;
    if (o->pairs) {
        for (size_t i = 0; i < n && i < MAX_PAIRS; i++)
            snprintf(names[i], 20, "%s", o->pairs[i]);
    } else {
        /* the pairs with most articles in the range, not of all time */
        top_t t = {names, 0,
                   o->top ? (o->top < MAX_PAIRS ? o->top : MAX_PAIRS) : 8,
                   o->actor};
        /* the days of the periods the series cover */
        int32_t a = o->from_set ? dyad_period_start(o->from, o->by)
                                : INT32_MIN;
        int32_t z = o->to_set ? dyad_period_next(dyad_period_start(o->to,
                                                                   o->by),
                                                 o->by) - 1
                              : INT32_MAX;
        rc = dyad_store_pairs_in(st, a, z, on_top, &t, err);
        n = t.n;
    }
    if (n > MAX_PAIRS)
        n = MAX_PAIRS;
    pair_rep *ps = dyad_calloc(n ? n : 1, sizeof *ps);
    pair_rep **movers = dyad_calloc(n ? n : 1, sizeof *movers);
    dyad_buf doc = {0};
    if (!ps || !movers)
        rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    int32_t first = 0, last = 0, lo = 0, hi = 0;
    if (rc == DYAD_OK)
        rc = dyad_store_span(st, &first, &last, err);
    shown_range(o, first, last, &lo, &hi);
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        pair_rep *p = &ps[i];
        snprintf(p->pair, sizeof p->pair, "%s", names[i]);
        movers[i] = p;
        rc = gather(st, o, lo, hi, p, err);
        if (rc == DYAD_OK)
            rc = write_csv(tmp, p, o->by, err);
        if (rc == DYAD_OK && !*no_charts) {
            dyad_err perr = {0};
            int prc = draw(tmp, p, o, &perr);
            if (prc == DYAD_EEXTERNAL &&
                strstr(perr.msg, "not found") != NULL) {
                *no_charts = 1;   /* the report goes on without charts */
                if (err)
                    *err = perr;
            } else if (prc != DYAD_OK) {
                rc = prc;
                if (err)
                    *err = perr;
            }
        }
        if (rc == DYAD_OK && o->progress)
            o->progress(o->progress_arg, i + 1, n);
    }
    if (rc == DYAD_OK && !*no_charts && n > 1) {
        dyad_err perr = {0};
        int prc = draw_heatmap(tmp, ps, n, o, &perr);
        if (prc != DYAD_OK) {
            rc = prc;
            if (err)
                *err = perr;
        }
    }
    if (rc == DYAD_OK)
        movers_fit(ps, n, o);
    if (rc == DYAD_OK) {
        qsort(movers, n, sizeof *movers, cmp_movers);
        char span[112], a[48], b[48];
        period_words(dyad_period_start(lo, o->by), o->by, 0, a, sizeof a);
        period_words(dyad_period_start(hi, o->by), o->by, 0, b, sizeof b);
        snprintf(span, sizeof span, "%s to %s", a, b);
        latest_shift *ls = dyad_calloc(n ? n : 1, sizeof *ls);
        size_t nls = ls ? latest_shifts(ps, n, ls) : 0;
        episode_ref *er = NULL;
        size_t ner = all_episodes(ps, n, &er);
        rc = ls && ner != (size_t)-1
                 ? write_html(&doc, tmp, ps, n, movers, ls, nls, er, ner, o,
                              *no_charts, span)
                 : DYAD_ENOMEM;
        if (rc == DYAD_OK)
            rc = write_doc(tmp, "index.html", &doc, err);
        dyad_buf_clear(&doc);
        if (rc == DYAD_OK)
            rc = write_md(&doc, ps, n, movers, ls, nls, er, ner, o,
                          *no_charts, span);
        dyad_free(ls);
        dyad_free(er);
        if (rc == DYAD_OK)
            rc = write_doc(tmp, "report.md", &doc, err);
        if (rc == DYAD_ENOMEM)
            dyad_err_set(err, rc, NULL, 0, "out of memory");
    }
    if (rc == DYAD_OK) {
        /* swap: the old report out of the way, the new one in, the old
         * one removed; a crash in between leaves one of them whole */
        snprintf(old, sizeof old, "%.*s.old.XXXXXX", (int)dl, o->dir);
        int had_old = mkdtemp(old) != NULL;
        if (had_old && rename(o->dir, old) != 0) {
            rmdir(old);
            had_old = 0;
        }
        if (rename(tmp, o->dir) != 0) {
            rc = dyad_err_set(err, DYAD_EIO, o->dir, 0,
                              "cannot put the report in place: %s",
                              strerror(errno));
            if (had_old)
                rename(old, o->dir);
        } else if (had_old) {
            remove_tree(old);
        }
    }
    if (rc != DYAD_OK)
        remove_tree(tmp);
    for (size_t i = 0; ps && i < n; i++)
        pair_free(&ps[i]);
    dyad_free(ps);
    dyad_free(movers);
    dyad_buf_free(&doc);
    return rc;
}
