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
            dyad_cli_usage(ctx, "--metric takes tone, goldstein, tension or "
                                "volume_share");
            return -1;
        }
        return 1;
    case 2000: v->input = arg; return 1;
    case 2001: v->column = arg; return 1;
    case 2002: v->time_column = arg; return 1;
    case 2003: v->unweighted = 1; return 1;
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
    if (col.skipped && ctx->verbose)
        dyad_cli_msg(ctx, "%s: %zu empty cells skipped", v->input,
                     col.skipped);
    v->y = col.v;
    v->label = col.label;
    v->n = col.n;
    dyad_free(col.line);
    snprintf(v->pair, sizeof v->pair, "%s", "");
    return EXIT_OK;
}

static int from_store(const dyad_cli_ctx *ctx, dyad_cli_values *v)
{
    if (dyad_cli_pair(ctx, v->lexdir, v->pair_arg, v->pair) < 0)
        return EXIT_USAGE;
    int st;
    dyad_store *store = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st);
    if (!store)
        return st;
    dyad_series s;
    dyad_err err = {0};
    int rc = dyad_series_build(store, v->pair, v->by, v->from, v->to, 0, &s,
                               &err);
    dyad_store_close(store);
    if (rc != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        return rc == DYAD_ENOENT ? EXIT_DATAERR : dyad_cli_exit_code(rc);
    }
    v->y = dyad_calloc(s.n ? s.n : 1, sizeof *v->y);
    v->w = dyad_calloc(s.n ? s.n : 1, sizeof *v->w);
    v->label = dyad_calloc(s.n ? s.n : 1, sizeof *v->label);
    st = v->y && v->w && v->label ? EXIT_OK : EXIT_SOFTWARE;
    for (size_t i = 0; i < s.n && st == EXIT_OK; i++) {
        double y = dyad_series_metric(&s.rows[i], v->metric);
        if (!isfinite(y))
            continue;   /* a period without articles is no value */
        char iso[11];
        dyad_date_iso(s.rows[i].start, iso);
        if (!(v->label[v->n] = dyad_strdup(iso))) {
            st = EXIT_SOFTWARE;
            break;
        }
        v->y[v->n] = y;
        v->w[v->n] = (double)s.rows[i].sum.articles;
        v->n++;
    }
    dyad_series_free(&s);
    if (v->unweighted) {
        dyad_free(v->w);
        v->w = NULL;
    }
    if (st != EXIT_OK)
        dyad_cli_msg(ctx, "out of memory");
    return st;
}

int dyad_cli_values_load(const dyad_cli_ctx *ctx, dyad_cli_values *v)
{
    if (!v->input == !v->pair_arg)
        return dyad_cli_usage(ctx, "give either --pair A-B (a stored pair) "
                                   "or --input FILE --column NAME");
    if (v->input && !v->column)
        return dyad_cli_usage(ctx, "--input needs --column NAME");
    return v->input ? from_csv(ctx, v) : from_store(ctx, v);
}

void dyad_cli_values_free(dyad_cli_values *v)
{
    for (size_t i = 0; i < v->n; i++)
        dyad_free(v->label[i]);
    dyad_free(v->label);
    dyad_free(v->y);
    dyad_free(v->w);
    v->y = v->w = NULL;
    v->label = NULL;
    v->n = 0;
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
