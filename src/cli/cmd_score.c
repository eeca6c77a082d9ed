/* cli/cmd_score.c - `dyad score`: articles in, one JSON line each out. A
 * streaming filter: memory does not grow with the input. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "cli/commands.h"

#define MAX_PAIRS 64

typedef struct {
    dyad_cli_ctx *ctx;
    dyad_cli_model m;
    dyad_score_pool *pool;
    dyad_buf out;
    char pairs[MAX_PAIRS][20];
    int npairs;
    int write_failed;   /* reported once; later lines are dropped */
} score_run;

static const char help[] =
    "usage: dyad score [OPTIONS] [FILE...]\n"
    "\n"
    "Scores news articles (JSON Lines, a JSON array, CSV, or an RSS/Atom\n"
    "feed; .gz read as is; no FILE or '-' reads stdin) and writes one JSON\n"
    "object per article (the title is scored as its first paragraph):\n"
    "id, date, words, sentiment, tone, positive, negative, polarity,\n"
    "pairs [pair, sentences, tone, goldstein, conflict, cooperation,\n"
    "threats, acts, evidence], lexicon.\n"
    "\n"
    "options:\n"
    "  --pair A-B          only this pair in the output (names or codes,\n"
    "                      any order: Japan-China = CHN-JPN); repeatable\n"
    "  --evidence N        evidence sentences per pair (default 3; 0: none)\n"
    "  --threads N         score on N threads (0: all cores; default 1);\n"
    "                      the output is the same, in the same order\n"
    DYAD_CLI_INPUT_HELP
    "  -h, --help          this help\n"
    "\n"
    "Rejected records are reported as FILE:LINE: reason; the others are\n"
    "still scored. Exit status 0 when every record was good, 65 when any\n"
    "was rejected, 66 when an input is missing.\n";

/* Each article's line, in input order, from the pool. */
static int on_line(void *arg, const dyad_article *a, const char *line,
                   size_t len)
{
    score_run *r = arg;
    (void)a;
    if (r->write_failed || dyad_buf_append(&r->out, line, len) != DYAD_OK)
        return 1;
    if (r->out.len >= 1 << 16 && dyad_cli_flush(r->ctx, &r->out) != 0)
        r->write_failed = 1;
    return r->write_failed;
}

static int on_article(void *arg, const dyad_article *a)
{
    score_run *r = arg;
    dyad_err err = {0};
    int rc = dyad_score_pool_submit(r->pool, a, &err);
    if (rc == DYAD_OK)
        return EXIT_OK;
    if (rc == DYAD_EIO)
        return EXIT_IOERR;   /* the write failure is already reported */
    if (!err.src[0])
        dyad_err_set(&err, err.code, a->src, a->line, "%s", err.msg);
    dyad_cli_error(r->ctx, &err);
    return dyad_cli_exit_code(rc);
}

int cmd_score(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"pair", required_argument, NULL, 'p'},
        {"threads", required_argument, NULL, 'T'},
        {"help", no_argument, NULL, 'h'},
        DYAD_CLI_INPUT_OPTIONS,
        {NULL, 0, NULL, 0}};
    score_run r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    dyad_cli_input in = {0};
    in.evidence = -1;
    const char *pair_args[MAX_PAIRS];
    int c, threads = 1;
    long long n;   /* an integer option (dyad_cli_int) */
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_input_opt(ctx, &in, c, optarg);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'p':
            if (r.npairs == MAX_PAIRS)
                return dyad_cli_usage(ctx, "at most %d --pair options",
                                      MAX_PAIRS);
            pair_args[r.npairs++] = optarg;
            break;
        case 'T':
            if (dyad_cli_int(ctx, "--threads", optarg,
                             "threads (0: all cores)", 0, 256, &n))
                return EXIT_USAGE;
            threads = (int)n;
            if (threads == 0)
                threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
            if (threads < 1)
                threads = 1;
            break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    int st = dyad_cli_model_load(ctx, &in, &r.m);
    if (st != EXIT_OK)
        return st;
    for (int i = 0; i < r.npairs; i++) {
        dyad_err err = {0};
        if (dyad_actors_pair(r.m.ga, pair_args[i], r.pairs[i],
                             sizeof r.pairs[i], &err) != DYAD_OK) {
            dyad_cli_model_free(&r.m);
            return dyad_cli_usage(ctx, "--pair: %s", err.msg);
        }
    }
    dyad_err err = {0};
    r.pool = dyad_score_pool_new(r.m.sc, threads, on_line, &r, &err);
    if (!r.pool) {
        dyad_cli_error(ctx, &err);
        dyad_cli_model_free(&r.m);
        return EXIT_SOFTWARE;
    }
    dyad_score_pool_filter(r.pool, (const char (*)[20])r.pairs,
                           (size_t)r.npairs);
    /* DYAD_SCORE_BATCH=ARTICLES,BYTES sets the batch limits, for tests
     * and tuning: the output is the same whatever they are */
    const char *lim = getenv("DYAD_SCORE_BATCH");
    unsigned long lim_n = 0, lim_b = 0;
    if (lim && sscanf(lim, "%lu,%lu", &lim_n, &lim_b) >= 1)
        dyad_score_pool_limits(r.pool, lim_n, lim_b);
    st = dyad_cli_read_all(ctx, &in, argv + optind, argc - optind, on_article,
                           &r);
    int prc = dyad_score_pool_finish(r.pool, &err);
    if (prc != DYAD_OK && prc != DYAD_EIO) {
        dyad_cli_error(ctx, &err);
        if (st == EXIT_OK || st == EXIT_DATAERR || st == EXIT_NOINPUT)
            st = dyad_cli_exit_code(prc);
    }
    int fst = prc == DYAD_EIO ? EXIT_IOERR : dyad_cli_flush(ctx, &r.out);
    if (fflush(stdout) != 0 && fst == EXIT_OK) {
        dyad_cli_msg(ctx, "cannot write output");
        fst = EXIT_IOERR;
    }
    if (st == EXIT_OK || st == EXIT_DATAERR || st == EXIT_NOINPUT)
        st = fst != EXIT_OK ? fst : st;
    dyad_buf_free(&r.out);
    dyad_score_pool_free(r.pool);
    dyad_cli_model_free(&r.m);
    return st;
}
