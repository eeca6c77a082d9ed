/* cli/cmd_ingest.c - `dyad ingest`: score articles (or take lines of
 * `dyad score` output as they are) and store them. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "dyad/store.h"

typedef struct {
    dyad_cli_ctx *ctx;
    dyad_ingester *ing;
    long counts[4];     /* by dyad_store_outcome */
    int store_failed;   /* a put failed: the counts may name articles of a
                           batch that was rolled back */
} ingest_run;

static const char help[] =
    "usage: dyad [--db PATH] ingest [OPTIONS] [FILE...]\n"
    "\n"
    "Scores articles and stores them, with their per-pair scores and the\n"
    "daily sums that series are built from, in the SQLite database\n"
    "(--db, else $DYAD_DB, else ./dyad.db). Lines of `dyad score` output\n"
    "are stored as they are, not rescored, so shards scored elsewhere\n"
    "merge. Ingesting the same articles again changes nothing; an article\n"
    "with a known id and new content replaces the old one.\n"
    "\n"
    "options:\n"
    "  --no-text           do not keep titles and texts (no rescoring)\n"
    "  --wait SECONDS      wait this long for another run's lock (default 0)\n"
    "  --batch N           articles per transaction (default 5000): a killed\n"
    "                      run loses at most one batch, which a re-run\n"
    "                      stores\n"
    DYAD_CLI_INPUT_HELP
    "  -h, --help          this help\n"
    "\n"
    "Prints 'read N, new N, replaced N, unchanged N, rejected N' unless -q\n"
    "(read is always the sum of the other four).\n"
    "Exit status: 0, 65 when a record was rejected (the others are stored),\n"
    "66 input missing, 73 database cannot be created, 74 I/O error (disk\n"
    "full), 75 another run holds the database (try again later).\n";

static int on_article(void *arg, const dyad_article *a)
{
    ingest_run *r = arg;
    dyad_err err = {0};
    int outcome;
    if (dyad_ingester_put(r->ing, a, &outcome, &err) != DYAD_OK) {
        if (!err.src[0])
            dyad_err_set(&err, err.code, a->src, a->line, "%s", err.msg);
        dyad_cli_error(r->ctx, &err);
        r->store_failed = 1;
        return dyad_cli_exit_code(err.code);
    }
    r->counts[outcome]++;
    return EXIT_OK;
}

int cmd_ingest(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"no-text", no_argument, NULL, 'n'},
        {"wait", required_argument, NULL, 'w'},
        {"batch", required_argument, NULL, 'b'},
        {"help", no_argument, NULL, 'h'},
        DYAD_CLI_INPUT_OPTIONS,
        {NULL, 0, NULL, 0}};
    ingest_run r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    dyad_cli_input in = {0};
    in.evidence = -1;
    double wait = 0;
    int keep_text = 1, batch = 0, c;
    long long n;   /* an integer option (dyad_cli_int) */
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_input_opt(ctx, &in, c, optarg);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'n': keep_text = 0; break;
        case 'w':
            if (dyad_cli_seconds(ctx, "--wait", optarg, &wait) < 0)
                return EXIT_USAGE;
            break;
        case 'b':
            if (dyad_cli_int(ctx, "--batch", optarg, "articles", 1, 1000000,
                             &n))
                return EXIT_USAGE;
            batch = (int)n;
            break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    dyad_cli_model m;
    int st = dyad_cli_model_load(ctx, &in, &m);
    if (st != EXIT_OK)
        return st;
    dyad_store *store =
        dyad_cli_store(ctx, DYAD_CLI_CREATE, wait, batch, &st);
    dyad_err err = {0};
    if (store && !(r.ing = dyad_ingester_new(store, m.sc, keep_text, &err))) {
        dyad_cli_error(ctx, &err);
        st = EXIT_SOFTWARE;
    }
    if (r.ing) {
        st = dyad_cli_read_all(ctx, &in, argv + optind, argc - optind,
                               on_article, &r);
        /* what was read is committed even when an input failed: good
         * records are never lost to a bad one */
        if (dyad_store_flush(store, &err) != DYAD_OK) {
            dyad_cli_error(ctx, &err);
            if (st == EXIT_OK || st == EXIT_DATAERR || st == EXIT_NOINPUT)
                st = dyad_cli_exit_code(err.code);
        } else if (!ctx->quiet && !r.store_failed) {
            /* after a failed put no summary: which articles were rolled
             * back with their batch is not known here */
            printf("read %lu, new %ld, replaced %ld, unchanged %ld, "
                   "rejected %lu\n",
                   in.totals.read, r.counts[DYAD_STORE_NEW],
                   r.counts[DYAD_STORE_REPLACED],
                   r.counts[DYAD_STORE_UNCHANGED], in.totals.rejected);
        }
    }
    dyad_ingester_free(r.ing);
    dyad_store_close(store);
    dyad_cli_model_free(&m);
    return st;
}
