/* cli/cmd_export.c - `dyad export`: one CSV per pair and period size, and
 * an index CSV, into a directory; every file written atomically. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/commands.h"
#include "dyad/series.h"
#include "util/fs.h"

static const char help[] =
    "usage: dyad [--db PATH] export --out DIR [OPTIONS]\n"
    "\n"
    "Writes DIR/PAIR.PERIOD.csv (a pair column, then the columns of\n"
    "`dyad series`) for every stored pair (or those of --pair/--pairs,\n"
    "or the --top N with most articles) and every period of --by,\n"
    "DIR/index.csv (pair, by, file, articles, first, last) and\n"
    "DIR/articles.csv (id, date, title, words, sentiment, tone, positive,\n"
    "negative, polarity, lexicon of every article), and\n"
    "DIR/article_pairs.csv, the long table for pivot tables: a row per\n"
    "article and pair (id, date, title, pair, sentences, comentions,\n"
    "tone, goldstein, events, conflict, cooperation, threats, acts). Each\n"
    "file is written to a temporary name and renamed, so a reader never\n"
    "sees half of one.\n"
    "\n"
    "options:\n"
    "  --out DIR           the directory (created if missing)\n"
    "  --by LIST           periods, comma-separated (default month)\n"
    "  --pair A-B          only this pair; repeatable\n"
    "  --pairs A-B,C-D     only these pairs\n"
    "  --top N             only the N pairs with most articles\n"
    "  --from DATE, --to DATE   limit the range (--since: --from)\n"
    "  --smooth N          add *_smooth columns\n"
    "  --bom               UTF-8 byte order mark (Excel)\n"
    "  --lexicons DIR      gazetteer additions for pair names\n"
    "  -h, --help          this help\n";

#define MAX_PAIRS 256

typedef struct {
    const dyad_cli_ctx *ctx;
    dyad_store *store;
    const char *dir;
    int bys[5], nby, smooth, bom, status;
    int32_t from, to;
    char wanted[MAX_PAIRS][20];
    int nwanted;
    long long top;     /* 0: every pair */
    long long seen;    /* pairs exported so far (for --top) */
    dyad_cli_progress prog;
    long long exported;   /* pairs written, for the progress line */
    dyad_table *index;
    dyad_err err;
    int cant_create;   /* the failure was creating a file, not writing it */
} export_run;

/* Creates the temporary file for PATH; remembers a failure for status(). */
static dyad_atomic *open_out(export_run *r, const char *path)
{
    dyad_atomic *at = dyad_atomic_open(path, &r->err);
    r->cant_create = !at;
    return at;
}

/* Names PATH in a write error that came without a file name. */
static int write_failed(export_run *r, const char *path, int rc)
{
    if (rc != DYAD_OK && !r->err.src[0]) {
        char msg[sizeof r->err.msg];
        memcpy(msg, r->err.msg, sizeof msg);
        dyad_err_set(&r->err, rc, path, 0, "%s", msg);
    }
    return rc;
}

/* The exit status for a failure: 73 when a file could not be created,
 * 74 when writing it failed (disk full, ulimit -f), and so on. */
static int status(const export_run *r, int rc)
{
    return rc == DYAD_EIO && r->cant_create ? EXIT_CANTCREAT
                                            : dyad_cli_exit_code(rc);
}

/* Writes DIR/PAIR.BY.csv and its index row. */
static int export_one(export_run *r, const dyad_pair_info *p, int by)
{
    char name[64], path[4096];
    snprintf(name, sizeof name, "%s.%s.csv", p->pair, dyad_period_name(by));
    if ((size_t)snprintf(path, sizeof path, "%s/%s", r->dir, name) >=
        sizeof path)
        return dyad_err_set(&r->err, DYAD_EINVAL, r->dir, 0,
                            "directory name too long");
    dyad_series s;
    int rc = dyad_series_build(r->store, p->pair, by, r->from, r->to,
                               r->smooth, &s, &r->err);
    if (rc != DYAD_OK)
        return rc;
    dyad_atomic *at = open_out(r, path);
    rc = at ? DYAD_OK : r->err.code;
    const char *const *cols;
    size_t ncols = dyad_series_columns(1, r->smooth, &cols);
    dyad_table *t = at ? dyad_table_begin(dyad_atomic_file(at), DYAD_FMT_CSV,
                                          r->bom, cols, ncols, NULL, 0,
                                          &r->err)
                       : NULL;
    if (at && !t)
        rc = DYAD_ENOMEM;
    if (t) {
        rc = dyad_series_write(&s, 1, t, &r->err);
        int rc2 = dyad_table_end(t, &r->err);
        rc = write_failed(r, path, rc ? rc : rc2);
    }
    if (at)
        rc = rc ? (dyad_atomic_abort(at), rc) : dyad_atomic_commit(at, &r->err);
    dyad_series_free(&s);
    if (rc != DYAD_OK)
        return rc;
    char first[11], last[11];
    dyad_date_iso(p->first_day, first);
    dyad_date_iso(p->last_day, last);
    dyad_cell c[6] = {DYAD_TEXT(p->pair), DYAD_TEXT(dyad_period_name(by)),
                      DYAD_TEXT(name),    DYAD_INT(p->articles),
                      DYAD_TEXT(first),   DYAD_TEXT(last)};
    return dyad_table_row(r->index, c, &r->err);
}

static int on_pair(void *arg, const dyad_pair_info *p)
{
    export_run *r = arg;
    int wanted = r->nwanted == 0;
    for (int i = 0; i < r->nwanted && !wanted; i++)
        wanted = strcmp(r->wanted[i], p->pair) == 0;
    /* pairs come most articles first: the first `top` wanted ones */
    if (wanted && r->top && r->seen++ >= r->top)
        return 1;
    r->exported += wanted;
    if (wanted && dyad_cli_progress_due(&r->prog))
        dyad_cli_progress_step(&r->prog, (uint64_t)r->exported, 0);
    for (int i = 0; wanted && i < r->nby; i++) {
        int rc = export_one(r, p, r->bys[i]);
        if (rc != DYAD_OK) {
            dyad_cli_error(r->ctx, &r->err);
            r->status = status(r, rc);
            return 1;
        }
    }
    return 0;
}

static int parse_bys(export_run *r, const char *list)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%s", list);
    r->nby = 0;
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        int by = dyad_period_parse(tok);
        if (by < 0 || r->nby == 5)
            return -1;
        r->bys[r->nby++] = by;
    }
    return r->nby ? 0 : -1;
}

typedef struct {
    dyad_table *t;
    dyad_err *err;
    int failed;
} article_run;

static int on_article(void *arg, const dyad_stored_article *a)
{
    article_run *ar = arg;
    dyad_cell c[10] = {DYAD_TEXT(a->id),         DYAD_TEXT(a->date),
                       DYAD_TEXT(a->title),      DYAD_INT(a->words),
                       DYAD_NUM(a->sentiment, 4), DYAD_NUM(a->tone, 4),
                       DYAD_NUM(a->positive, 4), DYAD_NUM(a->negative, 4),
                       DYAD_NUM(a->polarity, 4), DYAD_TEXT(a->lexicon)};
    ar->failed = dyad_table_row(ar->t, c, ar->err) != DYAD_OK;
    return ar->failed;
}

static int each_article(export_run *r, article_run *ar)
{
    return dyad_store_articles(r->store, r->from, r->to, on_article, ar,
                               &r->err);
}

static int on_article_pair(void *arg, const dyad_pair_article *a)
{
    article_run *ar = arg;
    dyad_cell c[13] = {DYAD_TEXT(a->id),          DYAD_TEXT(a->date),
                       DYAD_TEXT(a->title),       DYAD_TEXT(a->pair),
                       DYAD_INT(a->sentences),    DYAD_INT(a->comentions),
                       DYAD_NUM(a->tone, 4),      DYAD_NUM(a->goldstein, 4),
                       DYAD_INT(a->events),       DYAD_INT(a->conflict),
                       DYAD_INT(a->cooperation),  DYAD_INT(a->threats),
                       DYAD_INT(a->acts)};
    ar->failed = dyad_table_row(ar->t, c, ar->err) != DYAD_OK;
    return ar->failed;
}

static int each_article_pair(export_run *r, article_run *ar)
{
    return dyad_store_all_pair_articles(r->store, r->from, r->to,
                                        on_article_pair, ar, &r->err);
}

/* DIR/name: a table of ncols columns whose rows each() writes. */
static int export_table(export_run *r, const char *name,
                        const char *const *cols, size_t ncols,
                        int (*each)(export_run *, article_run *))
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", r->dir, name);
    dyad_atomic *at = open_out(r, path);
    if (!at)
        return r->err.code;
    dyad_table *t = dyad_table_begin(dyad_atomic_file(at), DYAD_FMT_CSV,
                                     r->bom, cols, ncols, NULL, 0, &r->err);
    article_run ar = {t, &r->err, 0};
    int rc = t ? each(r, &ar) : DYAD_ENOMEM;
    if (rc == DYAD_OK && ar.failed)
        rc = r->err.code ? r->err.code : DYAD_EIO;
    if (t) {
        int rc2 = dyad_table_end(t, &r->err);
        rc = rc ? rc : rc2;
    }
    if (write_failed(r, path, rc) != DYAD_OK) {
        dyad_atomic_abort(at);
        return rc;
    }
    return dyad_atomic_commit(at, &r->err);
}

/* DIR/articles.csv: every article's scores, for spreadsheets. */
static int export_articles(export_run *r)
{
    static const char *const cols[] = {"id", "date", "title", "words",
                                       "sentiment", "tone", "positive",
                                       "negative", "polarity", "lexicon"};
    return export_table(r, "articles.csv", cols, 10, each_article);
}

/* DIR/article_pairs.csv: the long table, a row per article and pair with
 * the article's date and title and the pair's scores, for pivot tables. */
static int export_article_pairs(export_run *r)
{
    static const char *const cols[] = {
        "id", "date", "title", "pair", "sentences", "comentions", "tone",
        "goldstein", "events", "conflict", "cooperation", "threats", "acts"};
    return export_table(r, "article_pairs.csv", cols, 13, each_article_pair);
}

int cmd_export(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"out", required_argument, NULL, 'o'},
        {"by", required_argument, NULL, 'b'},
        {"pair", required_argument, NULL, 'p'},
        {"pairs", required_argument, NULL, 'P'},
        {"top", required_argument, NULL, 'T'},
        {"from", required_argument, NULL, 'f'},
        {"since", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"smooth", required_argument, NULL, 's'},
        {"bom", no_argument, NULL, 'B'},
        {"lexicons", required_argument, NULL, 'L'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    static export_run r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    r.from = INT32_MIN;
    r.to = INT32_MAX;
    /* month, not week: a long store by week is thousands of files */
    r.bys[0] = DYAD_BY_MONTH;
    r.nby = 1;
    const char *pair_args[MAX_PAIRS], *lexdir = NULL;
    size_t npairs = 0;
    int c;
    long long n;   /* an integer option (dyad_cli_int) */
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_range_opt(ctx, c, optarg, NULL, &r.from, &r.to);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'o': r.dir = optarg; break;
        case 'b':
            if (parse_bys(&r, optarg) < 0)
                return dyad_cli_usage(ctx, "--by takes periods (day, week, "
                                           "month, quarter, year, decade) separated "
                                           "by commas");
            break;
        case 'p':
        case 'P':
            if (dyad_cli_pair_list(ctx, optarg, pair_args, &npairs, MAX_PAIRS))
                return EXIT_USAGE;
            break;
        case 'T':
            if (dyad_cli_int(ctx, "--top", optarg, "pairs", 1, 1000000,
                             &r.top))
                return EXIT_USAGE;
            break;
        case 's':
            if (dyad_cli_int(ctx, "--smooth", optarg, "periods", 2, 366, &n))
                return EXIT_USAGE;
            r.smooth = (int)n;
            break;
        case 'B': r.bom = 1; break;
        case 'L': lexdir = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (!r.dir)
        return dyad_cli_usage(ctx, "--out DIR is required");
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    for (size_t i = 0; i < npairs; i++)
        if (dyad_cli_pair(ctx, lexdir, pair_args[i], r.wanted[i]) < 0)
            return EXIT_USAGE;
    r.nwanted = (int)npairs;
    int st;
    if (mkdir(r.dir, 0777) != 0 && errno != EEXIST) {
        dyad_cli_msg(ctx, "%s: cannot create directory: %s", r.dir,
                     strerror(errno));
        return EXIT_CANTCREAT;
    }
    r.store = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st);
    if (!r.store)
        return st;
    char path[4096];
    snprintf(path, sizeof path, "%s/index.csv", r.dir);
    dyad_atomic *at = open_out(&r, path);
    static const char *const cols[] = {"pair", "by", "file", "articles",
                                       "first", "last"};
    if (at)
        r.index = dyad_table_begin(dyad_atomic_file(at), DYAD_FMT_CSV, r.bom,
                                   cols, 6, NULL, 0, &r.err);
    if (!at || !r.index) {
        dyad_cli_error(ctx, &r.err);
        dyad_atomic_abort(at);
        dyad_store_close(r.store);
        return EXIT_CANTCREAT;
    }
    dyad_cli_progress_begin(&r.prog, ctx, "pairs", 0);
    int pairs_rc = dyad_store_pairs(r.store, on_pair, &r, &r.err);
    dyad_cli_progress_end(&r.prog, (uint64_t)r.exported, 0);
    if (pairs_rc != DYAD_OK && r.status == EXIT_OK) {
        dyad_cli_error(ctx, &r.err);
        r.status = dyad_cli_exit_code(r.err.code);
    }
    int rc;
    if (r.status == EXIT_OK && (rc = export_articles(&r)) != DYAD_OK) {
        dyad_cli_error(ctx, &r.err);
        r.status = status(&r, rc);
    }
    if (r.status == EXIT_OK && (rc = export_article_pairs(&r)) != DYAD_OK) {
        dyad_cli_error(ctx, &r.err);
        r.status = status(&r, rc);
    }
    rc = write_failed(&r, path, dyad_table_end(r.index, &r.err));
    if (rc == DYAD_OK && r.status == EXIT_OK)
        rc = dyad_atomic_commit(at, &r.err);
    else
        dyad_atomic_abort(at);
    if (rc != DYAD_OK && r.status == EXIT_OK) {
        dyad_cli_error(ctx, &r.err);
        r.status = status(&r, rc);
    }
    dyad_store_close(r.store);
    return r.status;
}
