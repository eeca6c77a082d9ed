/* cli/cmd_anomalies.c - `dyad anomalies`: periods far from the usual, by
 * a robust z (median and MAD). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/values.h"
#include "dyad/export.h"
#include "dyad/stats.h"
#include "util/alloc.h"

static const char help[] =
    "usage: dyad [--db PATH] anomalies (--pair A-B | --input FILE --column\n"
    "                                NAME) [OPTIONS]\n"
    "\n"
    "Periods whose value lies beyond a robust z of --threshold (default\n"
    "3.5; z = 0.6745 (value - median) / MAD, Iglewicz & Hoaglin): index,\n"
    "date, value, z. Periods without articles are skipped.\n"
    "\n"
    "options:\n"
    DYAD_CLI_VALUES_HELP
    "  --threshold Z       the robust z beyond which a value is anomalous\n"
    "  -h, --help          this help\n";

int cmd_anomalies(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        DYAD_CLI_VALUES_OPTIONS,
        {"threshold", required_argument, NULL, 'Z'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    dyad_cli_values v;
    dyad_cli_values_init(&v);
    int c;
    double threshold = DYAD_STATS_ANOMALY_Z;
    char *end;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_values_opt(ctx, &v, c, optarg);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'Z':
            threshold = strtod(optarg, &end);
            if (*end || !(threshold > 0 && threshold < 1000))
                return dyad_cli_usage(ctx, "--threshold takes a number "
                                           "above 0");
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
    dyad_err err = {0};
    dyad_stats_anomaly *an = NULL;
    size_t nan_ = 0;
    /* no period with a value (--since 7d after a quiet week): no anomaly,
     * an empty result, not a data error */
    int rc = v.n == 0 ? DYAD_OK
                      : dyad_stats_anomalies(v.y, v.n, threshold, &an, &nan_,
                                             NULL, NULL, &err);
    if (v.n == 0 && !ctx->quiet)
        dyad_cli_msg(ctx, "no period has a value: no anomaly to find");
    if (rc != DYAD_OK) {
        dyad_cli_values_free(&v);
        return dyad_cli_stats_status(ctx, rc, &err);
    }
    static const char *const cols[] = {"index", "date", "value", "z"};
    const char *head[] = {"@rows", "anomalies"};
    dyad_table *t = dyad_table_begin(stdout, v.format, 0, cols, 4, head, 1,
                                     &err);
    for (size_t i = 0; t && i < nan_ && rc == DYAD_OK; i++) {
        dyad_cell row[4] = {DYAD_INT(dyad_cli_values_index(&v, an[i].index)),
                            DYAD_TEXT(v.label[an[i].index]),
                            DYAD_NUM(an[i].value, 6), DYAD_NUM(an[i].z, 4)};
        rc = dyad_table_row(t, row, &err);
    }
    st = dyad_cli_table_close(ctx, t, rc, &err);
    if (st == EXIT_OK && nan_ == 0)
        dyad_cli_none_found(ctx, "anomaly");
    dyad_free(an);
    dyad_cli_values_free(&v);
    return st;
}
