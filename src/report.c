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
#include "dyad/stats.h"
#include "util/alloc.h"
#include "util/fs.h"

#define MAX_PAIRS 64
#define EVIDENCE 3

typedef struct {
    char text[400];
    double tone;
    char date[11];
} quote_t;

typedef struct {
    char pair[20];
    dyad_series s;
    double *y, *w;
    int32_t *day;
    size_t n;
    int64_t articles;
    dyad_stats_shift *sh;
    size_t nsh;
    quote_t (*quotes)[EVIDENCE];   /* per shift */
    dyad_stats_ols_fit ols;
    dyad_stats_mk mk;
    int has_trend;
    size_t latest, prev;           /* indices into y; n when none */
    char csv[64], line_svg[64], vol_svg[64];   /* paths in the report */
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

static void iso(int32_t day, char out[11])
{
    dyad_date_iso(day, out);
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
    if (!t->actor || has_side(p->pair, t->actor))
        snprintf(t->pairs[t->n++], 20, "%s", p->pair);
    return 0;
}

typedef struct {
    quote_t *q;
    double sign;
    const char *date;
} quote_ctx;

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
    for (size_t i = 0; i < EVIDENCE; i++)
        if (strncmp(c->q[i].text, sentence, sizeof c->q[i].text - 1) == 0)
            return 0;   /* the same sentence from another article */
    snprintf(w->text, sizeof w->text, "%s", sentence);
    w->tone = tone;
    snprintf(w->date, sizeof w->date, "%s", c->date);
    return 0;
}

static int on_article(void *arg, const dyad_pair_article *a)
{
    quote_ctx *c = arg;
    c->date = a->date;
    dyad_evidence_each(a->evidence, on_sentence, c, NULL);
    return 0;
}

static int gather(dyad_store *st, const dyad_report_opts *o, pair_rep *p,
                  dyad_err *err)
{
    int32_t from = o->since_set ? o->since : INT32_MIN;
    int rc = dyad_series_build(st, p->pair, o->by, from, INT32_MAX, 0, &p->s,
                               err);
    if (rc != DYAD_OK)
        return rc;
    size_t n = p->s.n ? p->s.n : 1;
    p->y = dyad_calloc(n, sizeof *p->y);
    p->w = dyad_calloc(n, sizeof *p->w);
    p->day = dyad_calloc(n, sizeof *p->day);
    if (!p->y || !p->w || !p->day)
        return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    for (size_t i = 0; i < p->s.n; i++) {
        const dyad_series_row *r = &p->s.rows[i];
        double v = dyad_series_metric(r, o->metric);
        p->articles += r->sum.articles;
        if (!isfinite(v))
            continue;
        p->y[p->n] = v;
        p->w[p->n] = (double)r->sum.articles;
        p->day[p->n] = r->start;
        p->n++;
    }
    p->latest = p->n ? p->n - 1 : p->n;
    p->prev = p->n > 1 ? p->n - 2 : p->n;
    if (p->n >= 3) {
        p->has_trend = dyad_stats_ols(NULL, p->y, p->w, p->n, &p->ols, NULL) ==
                           DYAD_OK &&
                       dyad_stats_mann_kendall(p->y, p->n, &p->mk, NULL) ==
                           DYAD_OK;
        dyad_stats_cp_opts cp = {0};
        cp.alpha = o->alpha > 0 ? o->alpha : 0.05;
        rc = dyad_stats_changepoints(p->y, p->w, p->n, &cp, &p->sh, &p->nsh,
                                     NULL, err);
        if (rc != DYAD_OK)
            return rc;

    }
    if (p->nsh) {
        p->quotes = dyad_calloc(p->nsh, sizeof *p->quotes);
        if (!p->quotes)
            return dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    }
    for (size_t k = 0; k < p->nsh; k++) {
        const dyad_stats_shift *s = &p->sh[k];
        quote_ctx c = {p->quotes[k], s->diff < 0 ? -1 : 1, ""};
        int32_t d0 = p->day[s->index];
        int32_t d1 = dyad_period_next(d0, o->by) - 1;
        rc = dyad_store_pair_articles(st, p->pair, d0, d1, on_article, &c,
                                      err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

static void pair_free(pair_rep *p)
{
    dyad_series_free(&p->s);
    dyad_free(p->y);
    dyad_free(p->w);
    dyad_free(p->day);
    dyad_free(p->sh);
    dyad_free(p->quotes);
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

static int draw(const char *dir, pair_rep *p, const dyad_report_opts *o,
                dyad_err *err)
{
    char path[PATHN], title[160];
    dyad_plot pl = {path, title, 0, o->timeout, o->gnuplot};
    snprintf(p->line_svg, sizeof p->line_svg, "charts/%.19s-%.12s.svg",
             p->pair, dyad_metric_name(o->metric));
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
            seg[nseg].start = p->day[start];
            seg[nseg].end = dyad_period_next(p->day[end - 1], o->by) - 1;
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
    "solid #ccc;color:#333}";

static const char *sign_class(double v)
{
    return !isfinite(v) ? "" : v < 0 ? "neg" : v > 0 ? "pos" : "";
}

static double change(const pair_rep *p)
{
    return p->prev < p->n ? p->y[p->latest] - p->y[p->prev] : NAN;
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

static void trend_words(const pair_rep *p, char *out, size_t n)
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
    snprintf(out, n, "%s (slope %s per period, Mann-Kendall p %.3g)", dir, s,
             p->mk.p_value);
}

/* The facts both documents show, formatted once. */
typedef struct {
    char date[11], value[32], change[32];
    int has;
} latest_text;

static void latest_facts(const pair_rep *p, latest_text *t)
{
    t->has = p->latest < p->n;
    if (!t->has)
        return;
    iso(p->day[p->latest], t->date);
    num(t->value, sizeof t->value, p->y[p->latest], 3);
    num(t->change, sizeof t->change, change(p), 3);
}

typedef struct {
    char date[11], last[11], before[32], after[32];
} shift_text;

static void shift_facts(const pair_rep *p, size_t k, shift_text *t)
{
    const dyad_stats_shift *s = &p->sh[k];
    iso(p->day[s->index], t->date);
    iso(p->day[s->index - 1], t->last);
    num(t->before, sizeof t->before, s->mean_before, 3);
    num(t->after, sizeof t->after, s->mean_after, 3);
}

static int write_html(dyad_buf *b, const char *dir, pair_rep *ps, size_t n,
                      pair_rep **movers, const dyad_report_opts *o,
                      int no_charts, const char *span)
{
    const char *title = o->title ? o->title : "dyad trend report";
    const char *metric = dyad_metric_name(o->metric);
    char v1[32];
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
    rc = rc || dyad_buf_printf(b, "<h2>Top movers</h2><table><tr><th>pair"
                                  "</th><th>latest period</th><th class="
                                  "\"num\">%s</th><th class=\"num\">change"
                                  "</th></tr>\n",
                               metric);
    for (size_t i = 0; i < n && !rc; i++) {
        const pair_rep *p = movers[i];
        latest_text lt;
        latest_facts(p, &lt);
        if (!lt.has)
            continue;
        rc = dyad_buf_printf(b, "<tr><td><a href=\"#%s\">%s</a></td><td>%s"
                                "</td><td class=\"num %s\">%s</td><td class="
                                "\"num %s\">%s</td></tr>\n",
                             p->pair, p->pair, lt.date,
                             sign_class(p->y[p->latest]), lt.value,
                             sign_class(change(p)), lt.change);
    }
    rc = rc || dyad_buf_puts(b, "</table>\n");
    for (size_t i = 0; i < n && !rc; i++) {
        pair_rep *p = &ps[i];
        char tw[160];
        trend_words(p, tw, sizeof tw);
        rc = dyad_buf_printf(b, "<h2 id=\"%s\">%s</h2>\n<p>%lld articles. ",
                             p->pair, p->pair, (long long)p->articles);
        latest_text lt;
        latest_facts(p, &lt);
        if (!rc && lt.has)
            rc = dyad_buf_printf(b, "Latest (%s): <span class=\"%s\">%s</span>"
                                    "; change from the period before: <span "
                                    "class=\"%s\">%s</span>. ",
                                 lt.date, sign_class(p->y[p->latest]),
                                 lt.value, sign_class(change(p)), lt.change);
        rc = rc || dyad_buf_puts(b, "Trend: ") || html(b, tw) ||
             dyad_buf_printf(b, ". <a href=\"%s\">CSV</a></p>\n", p->csv);
        if (!rc && p->charts) {
            char path[PATHN];
            rc = dyad_buf_puts(b, "<figure>") ||
                 inline_svg(b, path_in(path, dir, p->line_svg)) ||
                 dyad_buf_puts(b, "</figure>\n<figure>") ||
                 inline_svg(b, path_in(path, dir, p->vol_svg)) ||
                 dyad_buf_puts(b, "</figure>\n");
        }
        if (!rc && p->nsh == 0)
            rc = dyad_buf_puts(b, "<p>No significant shift.</p>\n");
        for (size_t k = 0; k < p->nsh && !rc; k++) {
            const dyad_stats_shift *s = &p->sh[k];
            shift_text st;
            shift_facts(p, k, &st);
            rc = dyad_buf_printf(b, "<h3>Shift from %s (last period before: "
                                    "%s)</h3><p>%s moved from %s to <span "
                                    "class=\"%s\">%s</span> (Welch p %.3g, "
                                    "Cohen's d %.2f).</p>\n",
                                 st.date, st.last, metric, st.before,
                                 sign_class(s->diff), st.after, s->p_value,
                                 s->cohens_d);
            for (size_t q = 0; q < EVIDENCE && !rc; q++) {
                const quote_t *qt = &p->quotes[k][q];
                if (!qt->text[0])
                    continue;
                num(v1, sizeof v1, qt->tone, 2);
                rc = dyad_buf_puts(b, "<blockquote>") || html(b, qt->text) ||
                     dyad_buf_printf(b, " <span class=\"muted\">(%s, tone %s)"
                                        "</span></blockquote>\n",
                                     qt->date, v1);
            }
        }
    }
    rc = rc || dyad_buf_puts(b, "<p class=\"muted\">Tone: mean VADER compound "
                                "of the sentences naming both countries (-1 "
                                "to 1). Shifts: PELT change points of the "
                                "series, periods weighted by their article "
                                "counts, kept when Welch's test gives p below "
                                "the level. Every chart's numbers are in the "
                                "CSV linked beside it.</p></body></html>\n");
    return rc ? DYAD_ENOMEM : DYAD_OK;
}

static int write_md(dyad_buf *b, pair_rep *ps, size_t n, pair_rep **movers,
                    const dyad_report_opts *o, int no_charts, const char *span)
{
    const char *title = o->title ? o->title : "dyad trend report";
    const char *metric = dyad_metric_name(o->metric);
    char v1[32];
    int rc = dyad_buf_puts(b, "# ") || md(b, title) ||
             dyad_buf_printf(b, "\n\n%s by %s, %s. Made by dyad " DYAD_VERSION
                                ".\n\n",
                             metric, dyad_period_name(o->by), span);
    if (no_charts)
        rc = rc || dyad_buf_puts(b, "**Charts are missing: gnuplot is not "
                                    "installed (Debian package gnuplot-nox)."
                                    "**\n\n");
    rc = rc || dyad_buf_printf(b, "## Top movers\n\n| pair | latest period | %s "
                                  "| change |\n| --- | --- | ---: | ---: |\n",
                               metric);
    for (size_t i = 0; i < n && !rc; i++) {
        latest_text lt;
        latest_facts(movers[i], &lt);
        if (lt.has)
            rc = dyad_buf_printf(b, "| %s | %s | %s | %s |\n", movers[i]->pair,
                                 lt.date, lt.value, lt.change);
    }
    for (size_t i = 0; i < n && !rc; i++) {
        pair_rep *p = &ps[i];
        char tw[160];
        trend_words(p, tw, sizeof tw);
        rc = dyad_buf_printf(b, "\n## %s\n\n%lld articles. ", p->pair,
                             (long long)p->articles);
        latest_text lt;
        latest_facts(p, &lt);
        if (!rc && lt.has)
            rc = dyad_buf_printf(b, "Latest (%s): %s; change from the period "
                                    "before: %s. ",
                                 lt.date, lt.value, lt.change);
        rc = rc || dyad_buf_puts(b, "Trend: ") || md(b, tw) ||
             dyad_buf_printf(b, ". [CSV](%s)\n\n", p->csv);
        if (!rc && p->charts)
            rc = dyad_buf_printf(b, "![%s %s](%s)\n\n![%s volume](%s)\n\n",
                                 p->pair, metric, p->line_svg, p->pair,
                                 p->vol_svg);
        if (!rc && p->nsh == 0)
            rc = dyad_buf_puts(b, "No significant shift.\n");
        for (size_t k = 0; k < p->nsh && !rc; k++) {
            const dyad_stats_shift *s = &p->sh[k];
            shift_text st;
            shift_facts(p, k, &st);
            rc = dyad_buf_printf(b, "### Shift from %s (last period before: "
                                    "%s)\n\n%s moved from %s to %s (Welch p "
                                    "%.3g, Cohen's d %.2f).\n\n",
                                 st.date, st.last, metric, st.before,
                                 st.after, s->p_value,
                                 s->cohens_d);
            for (size_t q = 0; q < EVIDENCE && !rc; q++) {
                const quote_t *qt = &p->quotes[k][q];
                if (!qt->text[0])
                    continue;
                num(v1, sizeof v1, qt->tone, 2);
                rc = dyad_buf_puts(b, "> ") || md(b, qt->text) ||
                     dyad_buf_printf(b, " (%s, tone %s)\n\n", qt->date, v1);
            }
        }
    }
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
        top_t t = {names, 0,
                   o->top ? (o->top < MAX_PAIRS ? o->top : MAX_PAIRS) : 8,
                   o->actor};
        rc = dyad_store_pairs(st, on_top, &t, err);
        n = t.n;
    }
    if (n > MAX_PAIRS)
        n = MAX_PAIRS;
    pair_rep *ps = dyad_calloc(n ? n : 1, sizeof *ps);
    pair_rep **movers = dyad_calloc(n ? n : 1, sizeof *movers);
    dyad_buf doc = {0};
    if (!ps || !movers)
        rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    int32_t first = 0, last = 0;
    if (rc == DYAD_OK)
        rc = dyad_store_span(st, &first, &last, err);
    for (size_t i = 0; i < n && rc == DYAD_OK; i++) {
        pair_rep *p = &ps[i];
        snprintf(p->pair, sizeof p->pair, "%s", names[i]);
        movers[i] = p;
        rc = gather(st, o, p, err);
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
    }
    if (rc == DYAD_OK) {
        qsort(movers, n, sizeof *movers, cmp_movers);
        char span[64], a[11], b[11];
        iso(o->since_set && o->since > first ? o->since : first, a);
        iso(last, b);
        snprintf(span, sizeof span, "%s to %s", a, b);
        rc = write_html(&doc, tmp, ps, n, movers, o, *no_charts, span);
        if (rc == DYAD_OK)
            rc = write_doc(tmp, "index.html", &doc, err);
        dyad_buf_clear(&doc);
        if (rc == DYAD_OK)
            rc = write_md(&doc, ps, n, movers, o, *no_charts, span);
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
