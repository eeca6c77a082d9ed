/* cli/cmd_explain.c - `dyad explain`: every sentence of each article with
 * its actors, lexicon hits, the rules that changed them and the totals. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"

typedef struct {
    dyad_cli_ctx *ctx;
    dyad_cli_model m;
    dyad_score_ctx *sx;
    dyad_buf out;
    int json;
    const char *id;
    int shown;
} explain_run;

static const char help[] =
    "usage: dyad explain [OPTIONS] [FILE...]\n"
    "\n"
    "For each article: every sentence with the actors found (alias, kind\n"
    "and rule), each valence word with its lexicon value, the rules that\n"
    "changed it (negated, boosted, caps, before-but/after-but, least,\n"
    "so/never-so, multi-word) and its final value, each tension hit with\n"
    "its weight, class and threat/act flag, the sentence compound, and the\n"
    "pair totals.\n"
    "\n"
    "options:\n"
    "  --id ID             only the article with this id\n"
    "  --json              one JSON document per article\n"
    DYAD_CLI_INPUT_HELP
    "  -h, --help          this help\n";

static int on_article(void *arg, const dyad_article *a)
{
    explain_run *r = arg;
    dyad_err err = {0};
    if (r->id && strcmp(r->id, a->id) != 0)
        return EXIT_OK;
    if (a->scored) {
        dyad_cli_msg(r->ctx, "%s:%lu: article %s is already scored: no text "
                             "to explain",
                     a->src, a->line, a->id);
        r->shown++;
        return EXIT_OK;
    }
    if (dyad_score_article(r->sx, r->m.sc, a, &err) != DYAD_OK) {
        dyad_cli_error(r->ctx, &err);
        return dyad_cli_exit_code(err.code);
    }
    if (r->shown++ && !r->json && dyad_buf_puts(&r->out, "\n") != DYAD_OK)
        return EXIT_SOFTWARE;
    if (dyad_score_explain(r->sx, r->json, &r->out) != DYAD_OK) {
        dyad_cli_msg(r->ctx, "out of memory");
        return EXIT_SOFTWARE;
    }
    return dyad_cli_flush(r->ctx, &r->out);
}

int cmd_explain(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"id", required_argument, NULL, 'i'},
        {"json", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        DYAD_CLI_INPUT_OPTIONS,
        {NULL, 0, NULL, 0}};
    explain_run r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    dyad_cli_input in = {0};
    in.evidence = -1;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_input_opt(ctx, &in, c, optarg);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'i': r.id = optarg; break;
        case 'j': r.json = 1; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    int st = dyad_cli_model_load(ctx, &in, &r.m);
    if (st != EXIT_OK)
        return st;
    r.sx = dyad_score_ctx_new();
    if (!r.sx) {
        dyad_cli_model_free(&r.m);
        return EXIT_SOFTWARE;
    }
    st = dyad_cli_read_all(ctx, &in, argv + optind, argc - optind, on_article,
                           &r);
    if (st == EXIT_OK && r.id && !r.shown) {
        dyad_cli_msg(ctx, "no article with id '%s'", r.id);
        st = EXIT_DATAERR;
    }
    if (fflush(stdout) != 0 && st == EXIT_OK)
        st = EXIT_IOERR;
    dyad_buf_free(&r.out);
    dyad_score_ctx_free(r.sx);
    dyad_cli_model_free(&r.m);
    return st;
}
