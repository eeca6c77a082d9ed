/* cli/values.c - values for the statistics commands (see values.h). */
#include "cli/values.h"

#include <getopt.h>
#include <math.h>
#include <string.h>

#include "dyad/export.h"
#include "dyad/ingest.h"
#include "dyad/series.h"
#include "util/alloc.h"

void dyad_cli_values_init(dyad_cli_values *v)
{
    memset(v, 0, sizeof *v);
    v->by = DYAD_BY_WEEK;
    v->metric = DYAD_METRIC_TONE;
    v->from = INT32_MIN;
    v->to = INT32_MAX;
}

int dyad_cli_values_opt(const dyad_cli_ctx *ctx, dyad_cli_values *v, int c,
                        const char *arg)
{
    int k = dyad_cli_range_opt(ctx, c, arg, &v->by, &v->from, &v->to);
    if (k)
        return k;
    switch (c) {
    case 'p': v->pair_arg = arg; return 1;
    case 'm':
        if ((v->metric = dyad_metric_parse(arg)) < 0) {
            dyad_cli_usage(ctx, "--metric takes tone, goldstein, tension, "
                                "volume_share, conflict, cooperation, "
                                "threats, acts or net");
            return -1;
        }
        return 1;
    case 2000: v->input = arg; return 1;
    case 2001: v->column = arg; return 1;
    case 2002: v->time_column = arg; return 1;
    case 2003: v->unweighted = 1; return 1;
    case 2004: v->count_column = arg; return 1;
    case 2005: v->total_column = arg; return 1;
    case 'F':
        if ((v->format = dyad_format_parse(arg)) < 0) {
            dyad_cli_usage(ctx, "--format takes csv, json, jsonl or table");
            return -1;
        }
        return 1;
    case 'L': v->lexdir = arg; return 1;
    default: return 0;
    }
}

static int from_csv(const dyad_cli_ctx *ctx, dyad_cli_values *v)
{
    dyad_csv_column col;
    dyad_err err = {0};
    int rc = dyad_csv_read_column(v->input, v->column, v->time_column, &col,
                                  &err);
    if (rc != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        return rc == DYAD_EINVAL ? EXIT_DATAERR : dyad_cli_exit_code(rc);
    }
    if (col.n == 0) {
        dyad_cli_msg(ctx, "%s: column '%s' has no values", v->input,
                     v->column);
        dyad_csv_column_free(&col);
        return EXIT_DATAERR;
    }
    if (col.skipped && !ctx->quiet)
        dyad_cli_msg(ctx, "%s: %zu row%s without a value (empty, NA, NaN or "
                          "null) skipped; index still counts %s",
                     v->input, col.skipped, col.skipped == 1 ? "" : "s",
                     col.skipped == 1 ? "it" : "them");
    v->y = col.v;
    v->label = col.label;
    v->pos = col.row;
    v->n = col.n;
    dyad_free(col.line);
    snprintf(v->pair, sizeof v->pair, "%s", "");
    return EXIT_OK;
}

/* Sets v's values from counts c and totals t (NULL: none), both taken
 * over; EXIT_OK or EXIT_SOFTWARE. */
static int set_counts(dyad_cli_values *v, double *c, double *t)
{
    v->counts = 1;
    v->cnt = c;
    v->tot = t;
    v->y = dyad_calloc(v->n ? v->n : 1, sizeof *v->y);
    if (!v->y)
        return EXIT_SOFTWARE;
    for (size_t i = 0; i < v->n; i++)
        v->y[i] = t ? (v->share ? 1 : 1000) * c[i] / t[i] : c[i];
    if (t && !v->unweighted) {
        v->w = dyad_malloc((v->n ? v->n : 1) * sizeof *v->w);
        if (!v->w)
            return EXIT_SOFTWARE;
        memcpy(v->w, t, v->n * sizeof *v->w);
    }
    return EXIT_OK;
}

/* --count-column [--total-column]: rows with both cells, aligned by
 * their line numbers; a row with a total of 0 has no value (as a period
 * without articles). */
static int from_csv_counts(const dyad_cli_ctx *ctx, dyad_cli_values *v)
{
    if (strcmp(v->input, "-") == 0 && v->total_column)
        return dyad_cli_usage(ctx, "--count-column with --total-column "
                                   "reads the file twice: give a file, not "
                                   "stdin");
    dyad_csv_column cc = {0}, tc = {0};
    dyad_err err = {0};
    int st = EXIT_OK;
    int rc = dyad_csv_read_column(v->input, v->count_column, v->time_column,
                                  &cc, &err);
    if (rc == DYAD_OK && v->total_column)
        rc = dyad_csv_read_column(v->input, v->total_column, NULL, &tc,
                                  &err);
    if (rc != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        st = rc == DYAD_EINVAL || rc == DYAD_EPARSE ? EXIT_DATAERR
                                                    : dyad_cli_exit_code(rc);
        goto out;
    }
    size_t n = 0, j = 0, dropped = 0;
    for (size_t i = 0; i < cc.n; i++) {
        double t = 1;
        if (v->total_column) {
            while (j < tc.n && tc.line[j] < cc.line[i])
                j++;
            if (j == tc.n || tc.line[j] != cc.line[i]) {
                dropped++;   /* no total: no value */
                continue;
            }
            t = tc.v[j];
        }
        if (cc.v[i] < 0 || t < 0 ||
            (v->total_column && !v->exposures && cc.v[i] > t)) {
            dyad_cli_msg(ctx, "%s:%lu: count %g %s", v->input, cc.line[i],
                         cc.v[i], cc.v[i] < 0 ? "is negative"
                                  : t < 0 ? "has a negative total"
                                          : "exceeds its total");
            st = EXIT_DATAERR;
            goto out;
        }
        if (t == 0) {
            dropped++;
            continue;
        }
        cc.v[n] = cc.v[i];
        cc.row[n] = cc.row[i];
        if (v->total_column)
            tc.v[n] = t;
        if (n != i) {
            dyad_free(cc.label[n]);
            cc.label[n] = cc.label[i];
            cc.label[i] = NULL;
        }
        n++;
    }
    if ((dropped || cc.skipped) && !ctx->quiet)
        dyad_cli_msg(ctx, "%s: %zu rows without a count or a total (empty, "
                          "NA, NaN, null or a total of 0) skipped; index "
                          "still counts them",
                     v->input, dropped + cc.skipped);
    if (n == 0) {
        dyad_cli_msg(ctx, "%s: no row has a count%s", v->input,
                     v->total_column ? " and a total above 0" : "");
        st = EXIT_DATAERR;
        goto out;
    }
    for (size_t i = n; i < cc.n; i++)
        dyad_free(cc.label[i]);
    v->label = cc.label;
    v->pos = cc.row;
    v->n = n;
    cc.label = NULL;
    cc.row = NULL;
    cc.n = 0;
    st = set_counts(v, cc.v, v->total_column ? tc.v : NULL);
    cc.v = NULL;
    if (v->total_column)
        tc.v = NULL;
    if (st != EXIT_OK)
        dyad_cli_msg(ctx, "out of memory");
out:
    dyad_csv_column_free(&cc);
    dyad_csv_column_free(&tc);
    return st;
}

/* The weight of row r's value: the articles it is a mean over (the
 * pair's articles for tone, goldstein and tension; every article stored in
 * the period for the shares and rates). */
static double row_weight(const dyad_series_row *r, int metric)
{
    int per_all = metric == DYAD_METRIC_VOLUME || dyad_metric_is_count(metric);
    if (metric == DYAD_METRIC_GOLDSTEIN)
        return (double)r->sum.gold_n;   /* the articles it averages */
    return (double)(per_all ? r->total : r->sum.articles);
}

/* The count and total of a count metric in row r (1), or 0 when the
 * metric is no count or the row has none: volume_share counts the
 * articles naming the pair out of all stored, in the periods where one
 * names it (the series has no share elsewhere). */
static int row_counts(const dyad_series_row *r, int metric, double *count,
                      double *total)
{
    if (metric != DYAD_METRIC_VOLUME)
        return dyad_series_counts(r, metric, count, total);
    *count = (double)r->sum.mentions;
    *total = (double)r->total;
    return r->sum.mentions > 0;
}

static int from_store(const dyad_cli_ctx *ctx, dyad_cli_values *v)
{
    if (dyad_cli_pair(ctx, v->lexdir, v->pair_arg, v->pair) < 0)
        return EXIT_USAGE;
    int st;
    dyad_store *store = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st);
    if (!store)
        return st;
    if ((st = dyad_cli_pair_stored(ctx, store, v->pair)) != EXIT_OK) {
        dyad_store_close(store);
        return st;
    }
    dyad_series s;
    dyad_err err = {0};
    int rc = dyad_series_build(store, v->pair, v->by, v->from, v->to, 0, &s,
                               &err);
    if (rc != DYAD_OK) {
        dyad_store_close(store);
        dyad_cli_error(ctx, &err);
        return rc == DYAD_ENOENT ? EXIT_DATAERR : dyad_cli_exit_code(rc);
    }
    v->y = dyad_calloc(s.n ? s.n : 1, sizeof *v->y);
    v->w = dyad_calloc(s.n ? s.n : 1, sizeof *v->w);
    v->label = dyad_calloc(s.n ? s.n : 1, sizeof *v->label);
    double *cnt = dyad_calloc(s.n ? s.n : 1, sizeof *cnt);
    double *tot = dyad_calloc(s.n ? s.n : 1, sizeof *tot);
    double *ev = dyad_calloc(s.n ? s.n : 1, sizeof *ev);
    double c0, t0;   /* is the metric a count (before cnt is known good) */
    int said = 0;    /* an error was printed */
    v->share = v->metric == DYAD_METRIC_VOLUME;
    int counts = v->share || (s.n > 0 && dyad_series_counts(&s.rows[0],
                                                            v->metric, &c0,
                                                            &t0));
    st = v->y && v->w && v->label && cnt && tot && ev ? EXIT_OK
                                                      : EXIT_SOFTWARE;
    for (size_t i = 0; i < s.n && st == EXIT_OK; i++) {
        double y = dyad_series_metric(&s.rows[i], v->metric);
        if (counts && (!row_counts(&s.rows[i], v->metric, &cnt[v->n],
                                   &tot[v->n]) ||
                       !(tot[v->n] > 0)))
            continue;   /* nothing stored in the period */
        if (!counts && !isfinite(y))
            continue;   /* a period without articles is no value */
        char iso[11];
        dyad_date_iso(s.rows[i].start, iso);
        if (!(v->label[v->n] = dyad_strdup(iso))) {
            st = EXIT_SOFTWARE;
            break;
        }
        v->y[v->n] = y;
        v->w[v->n] = row_weight(&s.rows[i], v->metric);
        ev[v->n] = dyad_series_events(&s.rows[i], v->metric);
        v->n++;
    }
    if (st == EXIT_OK && !counts && v->n)
        v->var_floor = dyad_series_var_floor(s.rows, s.n, v->metric, v->w,
                                             v->n);
    if (st == EXIT_OK && v->metric == DYAD_METRIC_GOLDSTEIN &&
        (rc = dyad_series_goldstein_floor(store, &s, v->w, v->n,
                                          &v->var_floor, &err)) != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        st = dyad_cli_exit_code(rc);
        said = 1;
    }
    dyad_store_close(store);
    int few = dyad_series_few(&s);
    dyad_series_free(&s);
    if (st == EXIT_OK && counts) {
        dyad_free(v->y);
        dyad_free(v->w);
        v->y = v->w = NULL;
        st = set_counts(v, cnt, tot);
        cnt = tot = NULL;
        if (!v->share) {   /* no events behind a share of mentions */
            v->ev = ev;
            ev = NULL;
        }
        v->few = few;
    }
    dyad_free(cnt);
    dyad_free(tot);
    dyad_free(ev);
    if (v->unweighted) {
        dyad_free(v->w);
        v->w = NULL;
    }
    if (st != EXIT_OK && !said)
        dyad_cli_msg(ctx, "out of memory");
    return st;
}

int dyad_cli_values_load(const dyad_cli_ctx *ctx, dyad_cli_values *v)
{
    if (!v->input == !v->pair_arg)
        return dyad_cli_usage(ctx, "give either --pair A-B (a stored pair) "
                                   "or --input FILE --column NAME");
    if (v->input && !v->column == !v->count_column)
        return dyad_cli_usage(ctx, "--input needs --column NAME or "
                                   "--count-column NAME (not both)");
    if (v->total_column && !v->count_column)
        return dyad_cli_usage(ctx, "--total-column goes with "
                                   "--count-column");
    if (v->count_column && !v->input)
        return dyad_cli_usage(ctx, "--count-column goes with --input");
    if (!v->input)
        return from_store(ctx, v);
    return v->count_column ? from_csv_counts(ctx, v) : from_csv(ctx, v);
}

void dyad_cli_values_free(dyad_cli_values *v)
{
    for (size_t i = 0; i < v->n; i++)
        dyad_free(v->label[i]);
    dyad_free(v->label);
    dyad_free(v->pos);
    dyad_free(v->y);
    dyad_free(v->w);
    dyad_free(v->cnt);
    dyad_free(v->tot);
    dyad_free(v->ev);
    v->y = v->w = v->cnt = v->tot = v->ev = NULL;
    v->few = 0;
    v->label = NULL;
    v->pos = NULL;
    v->n = 0;
}

size_t dyad_cli_values_index(const dyad_cli_values *v, size_t i)
{
    return v->pos ? v->pos[i] : i;
}

const char *dyad_cli_values_before(const dyad_cli_values *v, size_t i)
{
    return i > 0 && i <= v->n ? v->label[i - 1] : "";
}

int dyad_cli_stats_status(const dyad_cli_ctx *ctx, int rc, const dyad_err *err)
{
    if (rc == DYAD_OK)
        return EXIT_OK;
    dyad_cli_error(ctx, err);
    /* too few values, all equal, not finite: the data's fault */
    return rc == DYAD_EINVAL || rc == DYAD_EMATH ? EXIT_DATAERR
                                                 : dyad_cli_exit_code(rc);
}

int dyad_cli_table_close(const dyad_cli_ctx *ctx, dyad_table *t, int rc,
                         dyad_err *err)
{
    if (!t && rc == DYAD_OK)
        rc = DYAD_ENOMEM;
    if (t && dyad_table_end(t, err) != DYAD_OK && rc == DYAD_OK)
        rc = DYAD_EIO;
    if (rc == DYAD_OK)
        return EXIT_OK;
    dyad_cli_error(ctx, err);
    return dyad_cli_exit_code(rc);
}

/* An option of two words: *out = 0 for the first (the default), 1 for
 * the second; 1, or -1 after a usage message. */
static int one_of(const dyad_cli_ctx *ctx, const char *opt, const char *arg,
                  const char *first, const char *second, int *out)
{
    if (strcmp(arg, first) == 0 || strcmp(arg, second) == 0) {
        *out = strcmp(arg, second) == 0;
        return 1;
    }
    dyad_cli_usage(ctx, "%s takes %s or %s", opt, first, second);
    return -1;
}

int dyad_cli_cp_opt(const dyad_cli_ctx *ctx, dyad_cli_cp *cp, int c,
                    const char *arg)
{
    dyad_stats_cp_opts *o = &cp->o;
    dyad_err err = {0};
    long long n;
    switch (c) {
    case 'M':
        if ((o->method = dyad_stats_cp_method_parse(arg)) < 0)
            break;
        return 1;
    case 'C':
        if ((o->cost = dyad_stats_cp_cost_parse(arg)) < 0) {
            dyad_cli_usage(ctx, "--cost takes mean, meanvar, binomial or "
                                "poisson");
            return -1;
        }
        cp->cost_set = 1;
        return 1;
    case 'P':
        if (dyad_stats_penalty_parse(arg, &o->penalty, &o->penalty_value,
                                     &err) != DYAD_OK) {
            dyad_cli_usage(ctx, "--penalty: %s", err.msg);
            return -1;
        }
        return 1;
    case 'S':
        if (dyad_cli_int(ctx, "--min-size", arg, "points", 1, 100000, &n))
            return -1;
        o->min_size = (size_t)n;
        return 1;
    case 'A':
        if (strcmp(arg, "0") == 0) {
            o->alpha = 0;   /* every change the search finds */
            return 1;
        }
        return dyad_cli_alpha(ctx, arg, &o->alpha) < 0 ? -1 : 1;
    case 'N':
        return one_of(ctx, "--noise", arg, "ar1", "white", &o->noise);
    case 'G':
        return one_of(ctx, "--slopes", arg, "merge", "keep", &o->slopes);
    case 'O':
        cp->outliers_set = 1;
        return one_of(ctx, "--outliers", arg, "clip", "keep", &o->outliers);
    case 'E':
        cp->season_set = 1;
        return one_of(ctx, "--season", arg, "auto", "off", &o->season);
    case 'B':
        cp->bends_set = 1;
        return one_of(ctx, "--bends", arg, "off", "find", &o->bends);
    default:
        return 0;
    }
    dyad_cli_usage(ctx, "--method takes pelt, binseg or cusum");
    return -1;
}

int dyad_cli_cp_data(const dyad_cli_ctx *ctx, const dyad_cli_values *v,
                     dyad_cli_cp *cp)
{
    dyad_stats_cp_opts *o = &cp->o;
    o->var_floor = v->var_floor;
    if (!v->input && !cp->outliers_set)
        o->outliers = DYAD_OUTLIERS_KEEP;   /* why: values.h */
    if (!v->input && !cp->season_set)
        o->season = DYAD_SEASON_OFF;
    if (v->input && !cp->bends_set)
        o->bends = DYAD_BENDS_FIND;   /* a stored pair's index is not the
                                         calendar: values.h */
    cp->scale = 1;
    cp->y = v->y;
    cp->w = v->w;
    cp->events = 0;
    if (v->ev && v->few && v->tot && !cp->cost_set) {
        /* the pair's events per article stored, as the report counts
         * them: Poisson counts with the articles as exposures */
        o->cost = DYAD_COST_POISSON;
        cp->y = v->ev;
        cp->w = v->tot;
        cp->scale = 1000;
        cp->events = 1;
        return EXIT_OK;
    }
    if (v->counts && !cp->cost_set)
        o->cost = v->tot ? DYAD_COST_BINOMIAL : DYAD_COST_POISSON;
    if (o->cost != DYAD_COST_BINOMIAL && o->cost != DYAD_COST_POISSON)
        return EXIT_OK;
    if (!v->counts)
        return dyad_cli_usage(ctx, "--cost %s needs counts: "
                                   "--count-column (and --total-column)",
                              dyad_stats_cp_cost_name(o->cost));
    if (o->cost == DYAD_COST_BINOMIAL && !v->tot)
        return dyad_cli_usage(ctx, "--cost binomial needs --total-column");
    cp->y = v->cnt;
    cp->w = v->tot;
    cp->scale = v->tot && !v->share ? 1000 : 1;
    return EXIT_OK;
}

int dyad_cli_cp_start(int argc, char **argv, dyad_cli_ctx *ctx,
                      const char *help, dyad_cli_values *v,
                      dyad_cli_cp *cp)
{
    static const struct option opts[] = {
        DYAD_CLI_VALUES_OPTIONS,
        DYAD_CLI_CP_OPTIONS,
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int c;
    dyad_cli_values_init(v);
    memset(cp, 0, sizeof *cp);
    cp->o.alpha = DYAD_CLI_CP_ALPHA;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_values_opt(ctx, v, c, optarg);
        if (!k)
            k = dyad_cli_cp_opt(ctx, cp, c, optarg);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        if (c == 'h') {
            /* two strings: one would pass C's 4,095 characters */
            fputs(help, stdout);
            fputs("options:\n" DYAD_CLI_VALUES_HELP, stdout);
            fputs(DYAD_CLI_CP_HELP "  -h, --help          this help\n",
                  stdout);
            return EXIT_OK;
        }
        return dyad_cli_usage(ctx, "bad option");
    }
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    if (cp->o.cost == DYAD_COST_MEANVAR && cp->o.min_size == 1)
        return dyad_cli_usage(ctx, "--cost meanvar needs --min-size 2 or "
                                   "more (a variance of one value)");
    /* Poisson counts over exposures (events per article, as a stored
     * intensity of few articles a period is counted) may exceed them */
    v->exposures = cp->cost_set && cp->o.cost == DYAD_COST_POISSON;
    int st = dyad_cli_values_load(ctx, v);
    if (st == EXIT_OK)
        st = dyad_cli_cp_data(ctx, v, cp);
    if (st != EXIT_OK) {
        dyad_cli_values_free(v);
        return st;
    }
    /* A series too short for two segments has no change to find: an
     * empty result, as for a pair with no shift, not a data error (a new
     * pair in a nightly run has a period or two). */
    size_t m = dyad_stats_cp_min_size(&cp->o);
    if (v->n < 2 * m) {
        cp->too_short = 1;
        if (!ctx->quiet && v->n == 0)
            dyad_cli_msg(ctx, "no period has a value: no change to find");
        else if (!ctx->quiet)
            dyad_cli_msg(ctx, "%zu value%s: too few for a change (segments "
                              "of at least %zu)", v->n, v->n == 1 ? "" : "s",
                         m);
    }
    return -1;
}
