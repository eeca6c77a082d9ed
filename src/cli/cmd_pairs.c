/* cli/cmd_pairs.c - `dyad pairs`: the stored pairs with their article
 * counts and first and last dates. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "dyad/export.h"
#include "dyad/store.h"

static const char help[] =
    "usage: dyad [--db PATH] pairs [--top N] [--format csv|json|jsonl|table]\n"
    "                            [--bom]\n"
    "\n"
    "Lists the stored pairs, most articles first: pair, articles (that\n"
    "relate the two countries), first, last (dates of the first and last\n"
    "article naming them), mentions (articles naming both, related or\n"
    "only co-mentioned).\n"
    "\n"
    "options:\n"
    "  --top N             only the N pairs with most articles\n"
    "  --format F          csv (default), json, jsonl, table (aligned\n"
    "                      columns for a terminal)\n"
    "  --bom               start CSV with a UTF-8 byte order mark (Excel)\n";

typedef struct {
    dyad_table *t;
    dyad_err err;
    int failed;
    long long left;    /* pairs still to list; < 0: all */
} pairs_run;

static int on_pair(void *arg, const dyad_pair_info *p)
{
    pairs_run *r = arg;
    if (r->left == 0)
        return 1;
    r->left -= r->left > 0;
    char first[11], last[11];
    dyad_date_iso(p->first_day, first);
    dyad_date_iso(p->last_day, last);
    dyad_cell c[5] = {DYAD_TEXT(p->pair), DYAD_INT(p->articles),
                      DYAD_TEXT(first), DYAD_TEXT(last),
                      DYAD_INT(p->mentions)};
    r->failed = dyad_table_row(r->t, c, &r->err) != DYAD_OK;
    return r->failed;
}

int cmd_pairs(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'F'},
        {"bom", no_argument, NULL, 'B'},
        {"top", required_argument, NULL, 'T'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int format = DYAD_FMT_CSV, bom = 0, c;
    long long top = -1;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'F':
            if ((format = dyad_format_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--format takes csv, json, jsonl "
                                           "or table");
            break;
        case 'B': bom = 1; break;
        case 'T':
            if (dyad_cli_int(ctx, "--top", optarg, "pairs", 1, 1000000, &top))
                return EXIT_USAGE;
            break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    int st;
    dyad_store *store = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st);
    if (!store)
        return st;
    static const char *const cols[] = {"pair", "articles", "first", "last",
                                       "mentions"};
    pairs_run r = {0};
    r.left = top;
    r.t = dyad_table_begin(stdout, format, bom, cols, 5, NULL, 0, &r.err);
    st = EXIT_OK;
    if (!r.t || dyad_store_pairs(store, on_pair, &r, &r.err) != DYAD_OK ||
        r.failed) {
        dyad_cli_error(ctx, &r.err);
        st = dyad_cli_exit_code(r.err.code);
    }
    if (r.t && dyad_table_end(r.t, &r.err) != DYAD_OK && st == EXIT_OK) {
        dyad_cli_error(ctx, &r.err);
        st = EXIT_IOERR;
    }
    dyad_store_close(store);
    return st;
}
