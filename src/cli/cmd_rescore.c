/* cli/cmd_rescore.c - `dyad rescore`: score again the stored articles
 * that an older lexicon set scored. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "dyad/store.h"

typedef struct {
    dyad_cli_ctx *ctx;
    dyad_ingester *ing;
    long done;
    uint64_t bytes;     /* text rescored, for the progress line */
    dyad_cli_progress prog;
    int status;
} rescore_run;

static const char help[] =
    "usage: dyad [--db PATH] rescore [OPTIONS]\n"
    "\n"
    "Scores again every stored article whose lexicon version differs from\n"
    "the current lexicons (with --lexicons, --self, --window as given), and\n"
    "updates the sums. Articles stored without text (--no-text, or lines of\n"
    "`dyad score` output) cannot be rescored; they are counted.\n"
    "\n"
    "options:\n"
    "  --wait SECONDS      wait this long for another run's lock (default 0)\n"
    DYAD_CLI_INPUT_HELP
    "  -h, --help          this help\n";

static int on_article(void *arg, const dyad_article *a)
{
    rescore_run *r = arg;
    dyad_err err = {0};
    int outcome;
    if (dyad_ingester_put(r->ing, a, &outcome, &err) != DYAD_OK) {
        dyad_cli_error(r->ctx, &err);
        r->status = dyad_cli_exit_code(err.code);
        return 1;
    }
    r->done++;
    r->bytes += a->text_len;
    if (dyad_cli_progress_due(&r->prog))
        dyad_cli_progress_step(&r->prog, (uint64_t)r->done, r->bytes);
    return 0;
}

int cmd_rescore(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"wait", required_argument, NULL, 'w'},
        {"help", no_argument, NULL, 'h'},
        DYAD_CLI_INPUT_OPTIONS,
        {NULL, 0, NULL, 0}};
    rescore_run r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    dyad_cli_input in = {0};
    in.evidence = -1;
    double wait = 0;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_input_opt(ctx, &in, c, optarg);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'w':
            if (dyad_cli_seconds(ctx, "--wait", optarg, &wait) < 0)
                return EXIT_USAGE;
            break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (optind < argc)
        return dyad_cli_usage(ctx, "rescore takes no files");
    dyad_cli_model m;
    int st = dyad_cli_model_load(ctx, &in, &m);
    if (st != EXIT_OK)
        return st;
    dyad_store *store = dyad_cli_store(ctx, DYAD_CLI_UPDATE, wait, 0, &st);
    dyad_err err = {0};
    long no_text = 0;
    if (store && !(r.ing = dyad_ingester_new(store, m.sc, 1, &err))) {
        dyad_cli_error(ctx, &err);
        st = EXIT_SOFTWARE;
    }
    if (r.ing) {
        dyad_cli_progress_begin(&r.prog, ctx, "articles", 0);
        int rc = dyad_store_each_stale(store, dyad_scorer_version(m.sc),
                                       on_article, &r, &no_text, &err);
        dyad_cli_progress_end(&r.prog, (uint64_t)r.done, r.bytes);
        if (rc != DYAD_OK && !r.status) {
            dyad_cli_error(ctx, &err);
            r.status = dyad_cli_exit_code(rc);
        }
        if (dyad_store_flush(store, &err) != DYAD_OK) {
            dyad_cli_error(ctx, &err);
            if (!r.status)
                r.status = dyad_cli_exit_code(err.code);
        }
        st = r.status;
        if (!ctx->quiet)
            printf("rescored %ld, without text %ld\n", r.done, no_text);
    }
    dyad_ingester_free(r.ing);
    dyad_store_close(store);
    dyad_cli_model_free(&m);
    return st;
}
