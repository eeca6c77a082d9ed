/* cli/cmd_series.c - `dyad series`: one pair's (or every pair's) series
 * by day, week, month, quarter or year. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "dyad/series.h"
#include "util/fs.h"

static const char help[] =
    "usage: dyad [--db PATH] series (--pair A-B | --all-pairs) [OPTIONS]\n"
    "\n"
    "One row per period: period_start, articles (relating the pair),\n"
    "sentences, tone_mean, tone_ci_low, tone_ci_high (95% t interval over\n"
    "articles), goldstein_mean, tension (conflict / (conflict +\n"
    "cooperation)), volume_share (articles naming the pair / all\n"
    "articles), mentions (articles naming the pair), and the intensities\n"
    "conflict, cooperation, threats, acts (articles of the pair with such\n"
    "events per 1,000 articles stored, each with *_ci_low/high: 95%\n"
    "Wilson interval) and net (summed Goldstein weight per 1,000\n"
    "articles, 95% t interval). Periods without articles of the pair are\n"
    "present with count 0 and empty means (intensities 0). Weeks are ISO\n"
    "weeks (Monday); dates are UTC. A pair that no stored article names\n"
    "is an error (exit 66), not a table of zeros.\n"
    "\n"
    "options:\n"
    "  --pair A-B          the pair (names or codes, any order)\n"
    "  --all-pairs         every stored pair in one long table (pair column)\n"
    "  --by PERIOD         day, week (default), month, quarter, year,\n"
    "                      decade\n"
    "  --from DATE, --to DATE   limit the range (default: all stored;\n"
    "                      --since is --from)\n"
    "  --smooth N          add *_smooth columns: centred moving values over\n"
    "                      N periods, weighted by article counts\n"
    "  --format FMT        csv (default), json, jsonl\n"
    "  --bom               start CSV with a UTF-8 byte order mark (Excel)\n"
    "  --out FILE          write FILE (atomically) instead of stdout\n"
    "  --lexicons DIR      gazetteer additions for pair names\n"
    "  -h, --help          this help\n";

typedef struct {
    dyad_store *store;
    dyad_table *t;
    int by, smooth, status;
    int32_t from, to;
    const dyad_cli_ctx *ctx;
} all_run;

static int write_series(const dyad_cli_ctx *ctx, dyad_store *st,
                        const char *pair, int by, int32_t from, int32_t to,
                        int smooth, int with_pair, dyad_table *t)
{
    dyad_series s;
    dyad_err err = {0};
    int rc = dyad_series_build(st, pair, by, from, to, smooth, &s, &err);
    if (rc == DYAD_OK) {
        rc = dyad_series_write(&s, with_pair, t, &err);
        dyad_series_free(&s);
    }
    if (rc != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        return rc == DYAD_ENOENT ? EXIT_DATAERR : dyad_cli_exit_code(rc);
    }
    return EXIT_OK;
}

static int on_pair(void *arg, const dyad_pair_info *p)
{
    all_run *r = arg;
    r->status = write_series(r->ctx, r->store, p->pair, r->by, r->from, r->to,
                             r->smooth, 1, r->t);
    return r->status != EXIT_OK;
}

int cmd_series(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"pair", required_argument, NULL, 'p'},
        {"all-pairs", no_argument, NULL, 'a'},
        {"by", required_argument, NULL, 'b'},
        {"from", required_argument, NULL, 'f'},
        {"since", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"smooth", required_argument, NULL, 's'},
        {"format", required_argument, NULL, 'F'},
        {"bom", no_argument, NULL, 'B'},
        {"out", required_argument, NULL, 'o'},
        {"lexicons", required_argument, NULL, 'L'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    const char *pair_arg = NULL, *out = NULL, *lexdir = NULL;
    int all = 0, by = DYAD_BY_WEEK, smooth = 0, format = DYAD_FMT_CSV, bom = 0;
    int32_t from = INT32_MIN, to = INT32_MAX;
    int c;
    long long n;   /* an integer option (dyad_cli_int) */
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_range_opt(ctx, c, optarg, &by, &from, &to);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'p': pair_arg = optarg; break;
        case 'a': all = 1; break;
        case 's':
            if (dyad_cli_int(ctx, "--smooth", optarg, "periods", 2, 366, &n))
                return EXIT_USAGE;
            smooth = (int)n;
            break;
        case 'F':
            if ((format = dyad_format_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--format takes csv, json or "
                                           "jsonl");
            break;
        case 'B': bom = 1; break;
        case 'o': out = optarg; break;
        case 'L': lexdir = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (!pair_arg == !all)
        return dyad_cli_usage(ctx, "give either --pair A-B or --all-pairs");
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    char pair[20] = "";
    if (pair_arg && dyad_cli_pair(ctx, lexdir, pair_arg, pair) < 0)
        return EXIT_USAGE;
    int st;
    dyad_store *store = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st);
    if (!store)
        return st;
    if (!all && (st = dyad_cli_pair_stored(ctx, store, pair)) != EXIT_OK) {
        dyad_store_close(store);
        return st;
    }
    dyad_err err = {0};
    dyad_atomic *at = NULL;
    FILE *f = stdout;
    if (out) {
        if (!(at = dyad_atomic_open(out, &err))) {
            dyad_cli_error(ctx, &err);
            dyad_store_close(store);
            return EXIT_CANTCREAT;
        }
        f = dyad_atomic_file(at);
    }
    const char *const *cols;
    size_t ncols = dyad_series_columns(all, smooth, &cols);
    const char *head[] = {"pair", all ? "*" : pair, "by",
                          dyad_period_name(by)};
    dyad_table *t = dyad_table_begin(f, format, bom, cols, ncols, head, 2,
                                     &err);
    st = t ? EXIT_OK : EXIT_SOFTWARE;
    if (t && !all) {
        st = write_series(ctx, store, pair, by, from, to, smooth, 0, t);
    } else if (t) {
        all_run r = {store, t, by, smooth, EXIT_OK, from, to, ctx};
        if (dyad_store_pairs(store, on_pair, &r, &err) != DYAD_OK) {
            dyad_cli_error(ctx, &err);
            r.status = dyad_cli_exit_code(err.code);
        }
        st = r.status;
    }
    if (t && dyad_table_end(t, &err) != DYAD_OK && st == EXIT_OK) {
        dyad_cli_error(ctx, &err);
        st = EXIT_IOERR;
    }
    if (at) {
        if (st == EXIT_OK && dyad_atomic_commit(at, &err) != DYAD_OK) {
            dyad_cli_error(ctx, &err);
            st = EXIT_CANTCREAT;
        } else if (st != EXIT_OK) {
            dyad_atomic_abort(at);
        }
    }
    dyad_store_close(store);
    return st;
}
