/* cli/cmd_trend.c - `dyad trend`: OLS slope with its 95% CI, and the
 * Mann-Kendall test with Sen's slope. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/values.h"
#include "dyad/export.h"
#include "dyad/stats.h"

static const char help[] =
    "usage: dyad [--db PATH] trend (--pair A-B | --input FILE --column NAME)\n"
    "                            [OPTIONS]\n"
    "\n"
    "The trend of a series over its periods (periods without articles\n"
    "skipped; slopes are per period): n, ols_slope with ols_ci_low and\n"
    "ols_ci_high (95%, weighted by article counts unless --unweighted),\n"
    "ols_p, mk_tau, mk_z, mk_p (Mann-Kendall, with the tie correction),\n"
    "sen_slope with sen_ci_low and sen_ci_high.\n"
    "\n"
    "options:\n"
    DYAD_CLI_VALUES_HELP
    "  -h, --help          this help\n";

int cmd_trend(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        DYAD_CLI_VALUES_OPTIONS,
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    dyad_cli_values v;
    dyad_cli_values_init(&v);
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_values_opt(ctx, &v, c, optarg);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    int st = dyad_cli_values_load(ctx, &v);
    if (st != EXIT_OK)
        return st;
    dyad_err err = {0};
    static const char *const cols[] = {
        "n", "first", "last", "ols_slope", "ols_ci_low", "ols_ci_high",
        "ols_p", "mk_tau", "mk_z", "mk_p", "sen_slope", "sen_ci_low",
        "sen_ci_high"};
    const char *head[] = {"@rows", "trends"};
    if (v.n < 3) {
        /* too few values for a trend: an empty result, as shifts gives
         * one, not a data error (a new pair, or --since 7d after a quiet
         * week, in a nightly run) */
        if (!ctx->quiet)
            dyad_cli_msg(ctx, "%zu value%s: too few for a trend (3 at "
                              "least)", v.n, v.n == 1 ? "" : "s");
        dyad_table *t = dyad_table_begin(stdout, v.format, 0, cols, 13,
                                         head, 1, &err);
        st = dyad_cli_table_close(ctx, t, DYAD_OK, &err);
        dyad_cli_values_free(&v);
        return st;
    }
    dyad_stats_ols_fit ols;
    dyad_stats_mk mk;
    dyad_stats_sen sen;
    int rc = dyad_stats_ols(NULL, v.y, v.w, v.n, &ols, &err);
    if (rc == DYAD_OK)
        rc = dyad_stats_mann_kendall(v.y, v.n, &mk, &err);
    if (rc == DYAD_OK)
        rc = dyad_stats_sen_slope(NULL, v.y, v.n, &sen, &err);
    if (rc != DYAD_OK) {
        dyad_cli_values_free(&v);
        return dyad_cli_stats_status(ctx, rc, &err);
    }
    dyad_table *t = dyad_table_begin(stdout, v.format, 0, cols, 13, head, 1,
                                     &err);
    if (t) {
        dyad_cell row[13] = {
            DYAD_INT(v.n),
            DYAD_TEXT(v.label[0]),
            DYAD_TEXT(v.label[v.n - 1]),
            DYAD_NUM(ols.slope, 8),
            DYAD_NUM(ols.slope_lo, 8),
            DYAD_NUM(ols.slope_hi, 8),
            DYAD_PVAL(ols.p_value),
            DYAD_NUM(mk.tau, 6),
            DYAD_NUM(mk.z, 6),
            DYAD_PVAL(mk.p_value),
            DYAD_NUM(sen.slope, 8),
            DYAD_NUM(sen.lo, 8),
            DYAD_NUM(sen.hi, 8)};
        rc = dyad_table_row(t, row, &err);
    }
    st = dyad_cli_table_close(ctx, t, rc, &err);
    dyad_cli_values_free(&v);
    return st;
}
