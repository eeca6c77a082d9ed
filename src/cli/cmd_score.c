/* cli/cmd_score.c - `dyad score`: articles in, one JSON line each out. A
 * streaming filter: memory does not grow with the input. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"

#define MAX_PAIRS 64

typedef struct {
    dyad_cli_ctx *ctx;
    dyad_cli_model m;
    dyad_score_ctx *sx;
    dyad_buf out;
    char pairs[MAX_PAIRS][20];
    int npairs;
} score_run;

static const char help[] =
    "usage: dyad score [OPTIONS] [FILE...]\n"
    "\n"
    "Scores news articles (JSON Lines or a JSON array; .gz read as is; no\n"
    "FILE or '-' reads stdin) and writes one JSON object per article:\n"
    "id, date, words, sentiment, tone, positive, negative, polarity,\n"
    "pairs [pair, sentences, tone, goldstein, conflict, cooperation,\n"
    "threats, acts, evidence], lexicon.\n"
    "\n"
    "options:\n"
    "  --pair A-B          only this pair in the output (names or codes,\n"
    "                      any order: Japan-China = CHN-JPN); repeatable\n"
    "  --evidence N        evidence sentences per pair (default 3; 0: none)\n"
    DYAD_CLI_INPUT_HELP
    "  -h, --help          this help\n"
    "\n"
    "Rejected records are reported as FILE:LINE: reason; the others are\n"
    "still scored. Exit status 0 when every record was good, 65 when any\n"
    "was rejected, 66 when an input is missing.\n";

static int wanted(const score_run *r, const char *pair)
{
    if (r->npairs == 0)
        return 1;
    for (int i = 0; i < r->npairs; i++)
        if (strcmp(r->pairs[i], pair) == 0)
            return 1;
    return 0;
}

static int on_article(void *arg, const dyad_article *a)
{
    score_run *r = arg;
    dyad_err err = {0};
    if (a->scored) {
        /* already scored (a shard of an earlier run): passed through */
        if (dyad_score_json_scored(a, &r->out) != DYAD_OK)
            return EXIT_SOFTWARE;
        return r->out.len >= 1 << 16 ? dyad_cli_flush(r->ctx, &r->out)
                                      : EXIT_OK;
    }
    if (dyad_score_article(r->sx, r->m.sc, a, &err) != DYAD_OK) {
        err.line = err.line ? err.line : a->line;
        dyad_err_set(&err, err.code, a->src, a->line, "%s", err.msg);
        dyad_cli_error(r->ctx, &err);
        return dyad_cli_exit_code(err.code);
    }
    if (r->npairs) {
        /* filter in place: the result's pair array is the ctx's own */
        dyad_article_score *res = (dyad_article_score *)dyad_score_result(
            r->sx);
        dyad_pair_score *p = (dyad_pair_score *)res->pairs;
        size_t k = 0;
        for (size_t i = 0; i < res->npairs; i++)
            if (wanted(r, p[i].pair))
                p[k++] = p[i];
        res->npairs = k;
    }
    if (dyad_score_json(r->sx, &r->out) != DYAD_OK) {
        dyad_cli_msg(r->ctx, "out of memory");
        return EXIT_SOFTWARE;
    }
    if (r->out.len >= 1 << 16)
        return dyad_cli_flush(r->ctx, &r->out);
    return EXIT_OK;
}

int cmd_score(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"pair", required_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        DYAD_CLI_INPUT_OPTIONS,
        {NULL, 0, NULL, 0}};
    score_run r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    dyad_cli_input in = {0};
    in.evidence = -1;
    const char *pair_args[MAX_PAIRS];
    int c;
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
    r.sx = dyad_score_ctx_new();
    if (!r.sx) {
        dyad_cli_msg(ctx, "out of memory");
        dyad_cli_model_free(&r.m);
        return EXIT_SOFTWARE;
    }
    st = dyad_cli_read_all(ctx, &in, argv + optind, argc - optind, on_article,
                           &r);
    int fst = dyad_cli_flush(ctx, &r.out);
    if (fflush(stdout) != 0 && fst == EXIT_OK) {
        dyad_cli_msg(ctx, "cannot write output");
        fst = EXIT_IOERR;
    }
    if (st == EXIT_OK || st == EXIT_DATAERR || st == EXIT_NOINPUT)
        st = fst != EXIT_OK ? fst : st;
    dyad_buf_free(&r.out);
    dyad_score_ctx_free(r.sx);
    dyad_cli_model_free(&r.m);
    return st;
}
