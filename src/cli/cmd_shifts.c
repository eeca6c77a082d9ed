/* cli/cmd_shifts.c - `dyad shifts`: where a series changed, and whether
 * the change is real. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/values.h"
#include "dyad/export.h"
#include "dyad/stats.h"
#include "util/alloc.h"

static const char help[] =
    "usage: dyad [--db PATH] shifts (--pair A-B | --input FILE --column NAME)\n"
    "                             [OPTIONS]\n"
    "\n"
    "Finds the change points of a stored pair's series (periods without\n"
    "articles skipped, each period weighted by its article count) or of a\n"
    "column of your own CSV file. For each shift: index (0-based position\n"
    "of the first value of the new segment), date (its period or label),\n"
    "last_before (the old segment's last), mean_before and mean_after (the\n"
    "adjacent segments), diff, p_value (Welch t-test), cohens_d,\n"
    "n_before, n_after.\n"
    "\n"
    "options:\n"
    DYAD_CLI_VALUES_HELP
    "  --method M          pelt (default: exact optimal partition, pruned),\n"
    "                      binseg (binary segmentation), cusum (one change)\n"
    "  --cost C            mean (default: a change of mean) or meanvar (of\n"
    "                      mean and variance)\n"
    "  --penalty P         bic (default), mbic, aic, or a number per change\n"
    "  --min-size N        shortest segment (default 1 for mean, 2 for\n"
    "                      meanvar)\n"
    "  --alpha A           drop shifts whose p-value is not below A\n"
    "  -h, --help          this help\n";

int cmd_shifts(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        DYAD_CLI_VALUES_OPTIONS,
        {"method", required_argument, NULL, 'M'},
        {"cost", required_argument, NULL, 'C'},
        {"penalty", required_argument, NULL, 'P'},
        {"min-size", required_argument, NULL, 'S'},
        {"alpha", required_argument, NULL, 'A'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    dyad_cli_values v;
    dyad_cli_values_init(&v);
    dyad_stats_cp_opts o = {0};
    int c;
    long long n;   /* an integer option (dyad_cli_int) */
    dyad_err err = {0};
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_values_opt(ctx, &v, c, optarg);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'M':
            if ((o.method = dyad_stats_cp_method_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--method takes pelt, binseg or "
                                           "cusum");
            break;
        case 'C':
            if ((o.cost = dyad_stats_cp_cost_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--cost takes mean or meanvar");
            break;
        case 'P':
            if (dyad_stats_penalty_parse(optarg, &o.penalty, &o.penalty_value,
                                         &err) != DYAD_OK)
                return dyad_cli_usage(ctx, "--penalty: %s", err.msg);
            break;
        case 'S':
            if (dyad_cli_int(ctx, "--min-size", optarg, "points", 1, 100000,
                             &n))
                return EXIT_USAGE;
            o.min_size = (size_t)n;
            break;
        case 'A':
            if (dyad_cli_alpha(ctx, optarg, &o.alpha) < 0)
                return EXIT_USAGE;
            break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    int st = dyad_cli_values_load(ctx, &v);
    if (st != EXIT_OK)
        return st;
    dyad_stats_shift *sh = NULL;
    size_t nsh = 0;
    int rc = dyad_stats_changepoints(v.y, v.w, v.n, &o, &sh, &nsh, NULL,
                                     &err);
    if (rc != DYAD_OK) {
        dyad_cli_values_free(&v);
        return dyad_cli_stats_status(ctx, rc, &err);
    }
    static const char *const cols[] = {
        "index", "date", "last_before", "mean_before", "mean_after", "diff",
        "p_value", "cohens_d", "n_before", "n_after"};
    const char *head[] = {"@rows", "shifts"};
    dyad_table *t = dyad_table_begin(stdout, v.format, 0, cols, 10, head, 1,
                                     &err);
    for (size_t i = 0; t && i < nsh && rc == DYAD_OK; i++) {
        const dyad_stats_shift *s = &sh[i];
        double p = o.method == DYAD_CP_CUSUM ? s->cusum_p : s->p_value;
        dyad_cell row[10] = {
            DYAD_INT(s->index),
            DYAD_TEXT(v.label[s->index]),
            DYAD_TEXT(dyad_cli_values_before(&v, s->index)),
            DYAD_NUM(s->mean_before, 6),
            DYAD_NUM(s->mean_after, 6),
            DYAD_NUM(s->diff, 6),
            DYAD_NUM(p, 6),
            DYAD_NUM(s->cohens_d, 4),
            DYAD_INT(s->n_before),
            DYAD_INT(s->n_after)};
        /* tiny p-values keep their digits */
        if (isfinite(p) && p > 0 && p < 1e-6)
            row[6] = DYAD_NUM(p, 17);
        rc = dyad_table_row(t, row, &err);
    }
    st = dyad_cli_table_close(ctx, t, rc, &err);
    dyad_free(sh);
    dyad_cli_values_free(&v);
    return st;
}
