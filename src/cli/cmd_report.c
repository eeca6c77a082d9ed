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
    "network) and DIR/report.md: what changed and when, in words; the top\n"
    "movers; per pair the latest window against the one before, the trend\n"
    "(per calendar period), conflict and cooperation intensities (articles\n"
    "with such events per 1,000 stored), the significant shifts with\n"
    "evidence sentences from the articles behind them, and charts; the CSV\n"
    "behind every chart in DIR/csv/. A failed run leaves the previous\n"
    "report in place.\n"
    "\n"
    "Top movers compare the latest N calendar periods with the N before\n"
    "them (N: 7 days, 4 weeks, 3 months, 2 quarters, 3 years, 1 decade,\n"
    "doubled while no pair qualifies and both windows fit; or\n"
    "--movers-window), each side's counts summed; a pair needs\n"
    "--movers-min articles (default 2) on each side.\n"
    "\n"
    "options:\n"
    "  --out DIR           the report directory\n"
    "  --by PERIOD         day, week (default), month, quarter, year,\n"
    "                      decade\n"
    "  --metric M          tone (default), goldstein, tension, volume_share,\n"
    "                      conflict, cooperation, threats, acts, net\n"
    "  --pairs A-B,C-D     these pairs (names or codes); also --pair\n"
    "  --top N             else the N pairs with most articles in the range\n"
    "                      (default 8)\n"
    "  --actor CODE        ... among the pairs of this country (a code or\n"
    "                      a name: USA, Japan)\n"
    "  --from DATE, --to DATE   the range: pairs, counts and charts (--since\n"
    "                      is --from)\n"
    "  --movers-window N   periods per side of the top movers\n"
    "  --movers-min N      articles a pair needs on each side (default 2)\n"
    "  --title TEXT        the report's title\n"
    "  --alpha A           significance level of shifts (default 0.05)\n"
    "  --timeout SECONDS   per chart (default 60)\n"
    "  --lexicons DIR      gazetteer additions for pair names\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status 69 when gnuplot is missing: the report is still written,\n"
    "without charts.\n";

/* The report's progress line: pairs gathered and drawn. A pair takes
 * long (its series, shifts and charts), so each one may redraw the line
 * (dyad_cli_progress_due asks every 16th record, for fast ones). */
typedef struct {
    dyad_cli_progress line;
    size_t done;
} report_prog;

static void report_progress(void *arg, size_t done, size_t total)
{
    report_prog *rp = arg;
    (void)total;
    rp->done = done;
    if (rp->line.every > 0)   /* nothing under cron */
        dyad_cli_progress_step(&rp->line, done, 0);
}

int cmd_report(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"out", required_argument, NULL, 'O'},
        {"by", required_argument, NULL, 'b'},
        {"metric", required_argument, NULL, 'm'},
        {"pairs", required_argument, NULL, 'p'},
        {"pair", required_argument, NULL, 'p'},
        {"top", required_argument, NULL, 'T'},
        {"actor", required_argument, NULL, 'a'},
        {"since", required_argument, NULL, 'f'},
        {"from", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"movers-window", required_argument, NULL, 'W'},
        {"movers-min", required_argument, NULL, 'M'},
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
    int32_t from = INT32_MIN, to = INT32_MAX;
    int c;
    long long n;   /* an integer option (dyad_cli_int) */
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_range_opt(ctx, c, optarg, &o.by, &from, &to);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'O': o.dir = optarg; break;
        case 'm':
            if ((o.metric = dyad_metric_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--metric takes tone, goldstein, "
                                           "tension, volume_share, conflict, "
                                           "cooperation, threats, acts or "
                                           "net");
            break;
        case 'p':
            if (dyad_cli_pair_list(ctx, optarg, pair_args, &npairs, MAX_PAIRS))
                return EXIT_USAGE;
            break;
        case 'T':
            if (dyad_cli_int(ctx, "--top", optarg, "pairs", 1, MAX_PAIRS, &n))
                return EXIT_USAGE;
            o.top = (size_t)n;
            break;
        case 'W':
            if (dyad_cli_int(ctx, "--movers-window", optarg, "periods", 1,
                             1000, &n))
                return EXIT_USAGE;
            o.movers_window = (int)n;
            break;
        case 'M':
            if (dyad_cli_int(ctx, "--movers-min", optarg, "articles", 1,
                             1000000, &n))
                return EXIT_USAGE;
            o.movers_min = (int)n;
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
    if (from != INT32_MIN) {
        o.from = from;
        o.from_set = 1;
    }
    if (to != INT32_MAX) {
        o.to = to;
        o.to_set = 1;
    }
    /* country names beside the codes in the headings */
    dyad_actors *ga = dyad_cli_gazetteer(ctx, lexdir);
    if (!ga)
        return EXIT_DATAERR;
    o.ga = ga;
    if (o.actor) {
        /* a code or a name, as --pair takes them; a typo chose no pair
         * and wrote an empty report without a word */
        int code = dyad_actors_lookup(ga, o.actor, strlen(o.actor));
        if (code < 0) {
            dyad_actors_free(ga);
            return dyad_cli_usage(ctx, "--actor: '%s' is not a country dyad "
                                       "knows (a code such as USA or a name "
                                       "such as Japan)", o.actor);
        }
        o.actor = dyad_actors_code(ga, code);
    }
    int st;
    dyad_store *store = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st);
    if (!store) {
        dyad_actors_free(ga);
        return st;
    }
    dyad_err err = {0};
    int no_charts = 0;
    report_prog prog = {0};
    dyad_cli_progress_begin(&prog.line, ctx, "pairs", 0);
    o.progress = report_progress;
    o.progress_arg = &prog;
    int rc = dyad_report_write(store, &o, &no_charts, &err);
    dyad_cli_progress_end(&prog.line, prog.done, 0);
    dyad_store_close(store);
    dyad_actors_free(ga);
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
