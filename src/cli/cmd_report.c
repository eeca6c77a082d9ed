/* cli/cmd_report.c - `dyad report`: the HTML and Markdown trend report. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "dyad/report.h"
#include "dyad/series.h"

#define MAX_PAIRS 64

static const char help[] =
    "usage: dyad [--db PATH] report --out DIR [OPTIONS]\n"
    "\n"
    "Writes DIR/index.html (self-contained: inline SVG charts and CSS, no\n"
    "network) and DIR/report.md: per pair the latest value and its change,\n"
    "the trend, the significant shifts with the evidence sentences around\n"
    "them, charts, and the top movers; the CSV behind every chart in\n"
    "DIR/csv/. A failed run leaves the previous report in place.\n"
    "\n"
    "options:\n"
    "  --out DIR           the report directory\n"
    "  --by PERIOD         day, week (default), month, quarter, year,\n"
    "                      decade\n"
    "  --metric M          tone (default), goldstein, tension, volume_share\n"
    "  --pairs A-B,C-D     these pairs (names or codes)\n"
    "  --top N             else the N pairs with most articles (default 8)\n"
    "  --actor CODE        ... among the pairs of this country (e.g. USA)\n"
    "  --since DATE        from this date on\n"
    "  --title TEXT        the report's title\n"
    "  --alpha A           significance level of shifts (default 0.05)\n"
    "  --timeout SECONDS   per chart (default 60)\n"
    "  --lexicons DIR      gazetteer additions for pair names\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status 69 when gnuplot is missing: the report is still written,\n"
    "without charts.\n";

int cmd_report(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"out", required_argument, NULL, 'O'},
        {"by", required_argument, NULL, 'b'},
        {"metric", required_argument, NULL, 'm'},
        {"pairs", required_argument, NULL, 'p'},
        {"top", required_argument, NULL, 'T'},
        {"actor", required_argument, NULL, 'a'},
        {"since", required_argument, NULL, 'f'},
        {"title", required_argument, NULL, 'i'},
        {"alpha", required_argument, NULL, 'A'},
        {"timeout", required_argument, NULL, 'o'},
        {"lexicons", required_argument, NULL, 'L'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    dyad_report_opts o = {0};
    o.by = DYAD_BY_WEEK;
    char pairs[MAX_PAIRS][20];
    const char *pair_args[MAX_PAIRS], *lexdir = NULL;
    size_t npairs = 0;
    int32_t since = INT32_MIN, unused = INT32_MAX;
    int c;
    long long n;   /* an integer option (dyad_cli_int) */
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_range_opt(ctx, c, optarg, &o.by, &since, &unused);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'O': o.dir = optarg; break;
        case 'm':
            if ((o.metric = dyad_metric_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--metric takes tone, goldstein, "
                                           "tension or volume_share");
            break;
        case 'p':
            for (char *t = strtok(optarg, ","); t; t = strtok(NULL, ",")) {
                if (npairs == MAX_PAIRS)
                    return dyad_cli_usage(ctx, "at most %d pairs", MAX_PAIRS);
                pair_args[npairs++] = t;
            }
            break;
        case 'T':
            if (dyad_cli_int(ctx, "--top", optarg, "pairs", 1, MAX_PAIRS, &n))
                return EXIT_USAGE;
            o.top = (size_t)n;
            break;
        case 'i': o.title = optarg; break;
        case 'a': o.actor = optarg; break;
        case 'A':
            if (dyad_cli_alpha(ctx, optarg, &o.alpha) < 0)
                return EXIT_USAGE;
            break;
        case 'o':
            if (dyad_cli_seconds(ctx, "--timeout", optarg, &o.timeout) < 0)
                return EXIT_USAGE;
            break;
        case 'L': lexdir = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (!o.dir)
        return dyad_cli_usage(ctx, "--out DIR is required");
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    for (size_t i = 0; i < npairs; i++)
        if (dyad_cli_pair(ctx, lexdir, pair_args[i], pairs[i]) < 0)
            return EXIT_USAGE;
    if (npairs) {
        o.pairs = (const char (*)[20])pairs;
        o.npairs = npairs;
    }
    if (since != INT32_MIN) {
        o.since = since;
        o.since_set = 1;
    }
    int st;
    dyad_store *store = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st);
    if (!store)
        return st;
    dyad_err err = {0};
    int no_charts = 0;
    int rc = dyad_report_write(store, &o, &no_charts, &err);
    dyad_store_close(store);
    if (rc != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        return rc == DYAD_EIO ? EXIT_CANTCREAT : rc == DYAD_ENOENT
                                                     ? EXIT_DATAERR
                                                     : dyad_cli_exit_code(rc);
    }
    if (no_charts) {
        dyad_cli_error(ctx, &err);
        dyad_cli_msg(ctx, "the report was written without charts");
        return EXIT_UNAVAILABLE;
    }
    return EXIT_OK;
}
