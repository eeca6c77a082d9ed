/* cli/cmd_alerts.c - `dyad alerts`: the shifts and episodes that began in
 * the last days and were not reported before, for a nightly cron job.
 *
 * The window ends at the newest article stored (not at the clock), so a
 * run over the same store always says the same. Each pair's series is
 * taken whole, as `dyad shifts` and `dyad episodes` take it with their
 * defaults; a shift or episode is listed when its first period starts
 * inside the window. What was listed is kept in the store (table alerts,
 * by pair, metric, period size, kind and date), so the next run lists
 * only what is new; --all lists the old ones again. Exit status 1 when
 * something new was listed, 0 when not: `dyad alerts || mail ...`. */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/commands.h"
#include "cli/values.h"
#include "dyad/export.h"
#include "dyad/series.h"
#include "dyad/stats.h"
#include "dyad/store.h"
#include "util/alloc.h"

static const char help[] =
    "usage: dyad [--db PATH] alerts [--since 7d|4w|3m|DATE] [OPTIONS]\n"
    "\n"
    "Lists the shifts and episodes (as `dyad shifts` and `dyad episodes`\n"
    "find them) whose first period starts in the window, and that no\n"
    "earlier run listed: pair, metric, kind (shift or episode), date,\n"
    "before, after (the levels; rates per 1,000 articles for the\n"
    "intensities), size (the change; for an intensity's episode the ratio\n"
    "of its peak to its baseline), p_value (of the shift), evidence (a\n"
    "sentence of an article behind it). The window ends at the newest\n"
    "article stored. What is listed is remembered in the database.\n"
    "\n"
    "Exit status: 0 nothing new, 1 something new was listed (so\n"
    "`dyad alerts || mail ...` mails only news), 64 usage, 66 no database,\n"
    "75 the database is busy.\n"
    "\n"
    "options:\n"
    "  --since SPEC        7d (default), 4w, 3m (30 days a month), 1y, or a\n"
    "                      date: the window's first day\n"
    "  --pair A-B, --pairs A-B,C-D   these pairs (names or codes)\n"
    "  --top N             else the N pairs that most articles named in the\n"
    "                      year before the window's end (default 10)\n"
    "  --metric LIST       metrics, comma-separated (default conflict,\n"
    "                      cooperation; also tone, goldstein, tension,\n"
    "                      volume_share, threats, acts, net)\n"
    "  --by PERIOD         day, week (default), month, quarter, year\n"
    "  --alpha P           list shifts with p < P only (default 0.05)\n"
    "  --all               list what earlier runs listed too\n"
    "  --format F          table (default), csv, json, jsonl\n"
    "  --lexicons DIR      gazetteer additions for pair names\n"
    "  -h, --help          this help\n";

#define MAX_PAIRS 256
#define MAX_METRICS 9

typedef struct alert {
    char pair[20];
    int metric;
    int episode;            /* 0: a shift */
    char date[11];
    double before, after, size, p;
    char *evidence;         /* NULL: none found */
    char key[96];
} alert;

typedef struct alerts_run {
    const dyad_cli_ctx *ctx;
    const char *lexdir;
    int by, format, all;
    int metrics[MAX_METRICS], nmetrics;
    double alpha;
    int32_t since, last;
    char since_iso[11];
    char pairs[MAX_PAIRS][20];
    size_t npairs, top;
    struct dyad_store *rd;  /* read: the window, top pairs, evidence */
    alert *a;
    size_t n, cap;
} alerts_run;

/* Parses --since: Nd, Nw, Nm, Ny (N >= 1) before the window's end, or a
 * date. -1 after a usage error. */
static int parse_since(const dyad_cli_ctx *ctx, const char *arg, int32_t last,
                       int32_t *out)
{
    char *end;
    long n = strtol(arg, &end, 10);
    if (end != arg && n >= 1 && n <= 100000 && end[0] && !end[1] &&
        *arg >= '0' && *arg <= '9') {
        long days = end[0] == 'd'   ? n
                    : end[0] == 'w' ? n * 7
                    : end[0] == 'm' ? n * 30
                    : end[0] == 'y' ? n * 365
                                    : -1;
        if (days > 0) {
            *out = last - (int32_t)days + 1;
            return 0;
        }
    }
    return dyad_cli_day(ctx, "--since", arg, out);
}

typedef struct {
    alerts_run *r;
    size_t want;
} top_pick;

static int on_top_pair(void *arg, const dyad_pair_info *p)
{
    top_pick *t = arg;
    if (t->r->npairs >= t->want)
        return 1;
    memcpy(t->r->pairs[t->r->npairs++], p->pair, sizeof p->pair);
    return 0;
}

/* The window's end and first day; the pairs of --top when none were
 * named. Returns an exit status. */
static int window_and_pairs(alerts_run *r, const char *since)
{
    dyad_err err = {0};
    dyad_store *store = r->rd;
    int32_t first;
    int rc = dyad_store_span(store, &first, &r->last, &err);
    if (rc == DYAD_OK) {
        if (parse_since(r->ctx, since, r->last, &r->since) < 0)
            return EXIT_USAGE;
        top_pick t = {r, r->top};
        if (r->npairs == 0)
            rc = dyad_store_pairs_in(store, r->last - 364, r->last,
                                     on_top_pair, &t, &err);
    }
    if (rc == DYAD_ENOENT) {
        r->last = r->since = 0;   /* nothing stored: nothing to say */
        r->npairs = 0;
        return EXIT_OK;
    }
    if (rc != DYAD_OK) {
        dyad_cli_error(r->ctx, &err);
        return dyad_cli_exit_code(rc);
    }
    dyad_date_iso(r->since, r->since_iso);
    return EXIT_OK;
}

typedef struct {
    int metric;
    char *sentence;
} evidence_pick;

static int on_sentence(void *arg, const char *sentence, double tone)
{
    (void)tone;
    evidence_pick *e = arg;
    e->sentence = dyad_strdup(sentence);
    return 1;   /* the first one */
}

/* An article behind the change: of the metric's kind for the
 * intensities (a conflict article for conflict), any for the means. */
static int on_pair_article(void *arg, const dyad_pair_article *a)
{
    evidence_pick *e = arg;
    int fits = e->metric == DYAD_METRIC_CONFLICT   ? a->conflict > 0
               : e->metric == DYAD_METRIC_COOPERATION ? a->cooperation > 0
               : e->metric == DYAD_METRIC_THREATS  ? a->threats > 0
               : e->metric == DYAD_METRIC_ACTS     ? a->acts > 0
                                                   : a->sentences > 0;
    if (!fits)
        return 0;
    dyad_err err = {0};
    dyad_evidence_each(a->evidence, on_sentence, e, &err);
    return e->sentence != NULL;
}

/* One evidence sentence for pair from day on, or NULL. */
static char *evidence_for(const alerts_run *r, const char *pair, int metric,
                          const char *date)
{
    dyad_err err = {0};
    dyad_date d;
    if (dyad_date_parse(date, strlen(date), &d, &err) != DYAD_OK)
        return NULL;
    evidence_pick e = {metric, NULL};
    dyad_store_pair_articles(r->rd, pair, d.day, r->last, on_pair_article,
                             &e, &err);
    return e.sentence;
}

/* A new alert of pair and metric (kind episode or shift) that starts at
 * date, with its key and evidence; NULL out of memory. */
static alert *add_alert(alerts_run *r, const char *pair, int metric,
                        int episode, const char *date)
{
    if (dyad_grow(&r->a, &r->cap, r->n + 1, sizeof *r->a) < 0)
        return NULL;
    alert *a = &r->a[r->n++];
    memset(a, 0, sizeof *a);
    snprintf(a->pair, sizeof a->pair, "%s", pair);
    a->metric = metric;
    a->episode = episode;
    snprintf(a->date, sizeof a->date, "%s", date);
    snprintf(a->key, sizeof a->key, "%s|%s|%s|%s|%s", a->pair,
             dyad_metric_name(metric), dyad_period_name(r->by),
             episode ? "episode" : "shift", a->date);
    a->evidence = evidence_for(r, a->pair, metric, a->date);
    return a;
}

/* The shifts and episodes of one pair's metric that start in the
 * window. Returns an exit status. */
static int pair_metric(alerts_run *r, const char *pair, int metric)
{
    dyad_cli_values v;
    dyad_cli_values_init(&v);
    v.pair_arg = pair;
    v.by = r->by;
    v.metric = metric;
    v.lexdir = r->lexdir;
    dyad_cli_cp cp;
    memset(&cp, 0, sizeof cp);
    cp.o.alpha = r->alpha;
    int st = dyad_cli_values_load(r->ctx, &v);
    if (st == EXIT_OK)
        st = dyad_cli_cp_data(r->ctx, &v, &cp);
    if (st != EXIT_OK || v.n < 2) {
        dyad_cli_values_free(&v);
        return st;
    }
    dyad_err err = {0};
    dyad_stats_shift *sh = NULL;
    dyad_stats_episode *ep = NULL;
    size_t nsh = 0, nep = 0;
    int rc = dyad_stats_changepoints(cp.y, cp.w, v.n, &cp.o, &sh, &nsh, NULL,
                                     &err);
    if (rc == DYAD_OK)
        rc = dyad_stats_episodes(cp.y, cp.w, v.n, &cp.o, &ep, &nep, &err);
    for (size_t i = 0; rc == DYAD_OK && i < nsh; i++) {
        const dyad_stats_shift *s = &sh[i];
        if (strcmp(v.label[s->index], r->since_iso) < 0)
            continue;
        alert *a = add_alert(r, v.pair, metric, 0, v.label[s->index]);
        if (!a) {
            rc = DYAD_ENOMEM;
            break;
        }
        a->before = s->mean_before * cp.scale;
        a->after = s->mean_after * cp.scale;
        a->size = s->diff * cp.scale;
        a->p = s->p_value;
    }
    for (size_t i = 0; rc == DYAD_OK && i < nep; i++) {
        const dyad_stats_episode *e = &ep[i];
        if (strcmp(v.label[e->start], r->since_iso) < 0)
            continue;
        alert *a = add_alert(r, v.pair, metric, 1, v.label[e->start]);
        if (!a) {
            rc = DYAD_ENOMEM;
            break;
        }
        a->before = e->baseline * cp.scale;
        a->after = e->peak_value * cp.scale;
        a->size = e->size;
        a->p = NAN;
        for (size_t k = 0; k < nsh; k++)   /* the shift that opened it */
            if (sh[k].index == e->start)
                a->p = sh[k].p_value;
    }
    dyad_free(sh);
    dyad_free(ep);
    dyad_cli_values_free(&v);
    if (rc != DYAD_OK)
        return dyad_cli_stats_status(r->ctx, rc, &err);
    return EXIT_OK;
}

/* Marks which alerts are new (not listed before) and remembers them all.
 * Returns an exit status. */
static int note(alerts_run *r, unsigned char *seen)
{
    if (r->n == 0)
        return EXIT_OK;
    int st = EXIT_OK;
    dyad_err err = {0};
    const char **keys = dyad_calloc(r->n, sizeof *keys);
    if (!keys) {
        dyad_cli_msg(r->ctx, "out of memory");
        return EXIT_SOFTWARE;
    }
    for (size_t i = 0; i < r->n; i++)
        keys[i] = r->a[i].key;
    dyad_store *store = dyad_cli_store(r->ctx, DYAD_CLI_UPDATE, 60, 0, &st);
    if (store) {
        int rc = dyad_store_alerts_note(store, keys, r->n, r->last, seen,
                                        &err);
        if (rc != DYAD_OK) {
            dyad_cli_error(r->ctx, &err);
            st = dyad_cli_exit_code(rc);
        }
        dyad_store_close(store);
    }
    dyad_free(keys);
    return st;
}

static int write_alerts(alerts_run *r, const unsigned char *seen)
{
    static const char *const cols[] = {"pair", "metric", "kind", "date",
                                       "before", "after", "size", "p_value",
                                       "evidence"};
    const char *head[] = {"@rows", "alerts"};
    dyad_err err = {0};
    size_t shown = 0;
    for (size_t i = 0; i < r->n; i++)
        shown += !seen[i] || r->all;
    /* nothing to list: no output at all (cron mails any), except the
     * empty document JSON readers expect */
    if (shown == 0 && (r->format == DYAD_FMT_CSV ||
                       r->format == DYAD_FMT_TABLE ||
                       r->format == DYAD_FMT_JSONL))
        return EXIT_OK;
    dyad_table *t = dyad_table_begin(stdout, r->format, 0, cols, 9, head, 1,
                                     &err);
    int rc = t ? DYAD_OK : DYAD_ENOMEM;
    for (size_t i = 0; t && i < r->n && rc == DYAD_OK; i++) {
        const alert *a = &r->a[i];
        if (seen[i] && !r->all)
            continue;
        dyad_cell row[9] = {
            DYAD_TEXT(a->pair),
            DYAD_TEXT(dyad_metric_name(a->metric)),
            DYAD_TEXT(a->episode ? "episode" : "shift"),
            DYAD_TEXT(a->date),
            DYAD_NUM(a->before, 4),
            DYAD_NUM(a->after, 4),
            DYAD_NUM(a->size, 4),
            DYAD_PVAL(a->p),
            DYAD_TEXT(a->evidence ? a->evidence : "")};
        rc = dyad_table_row(t, row, &err);
    }
    return dyad_cli_table_close(r->ctx, t, rc, &err);
}

/* Newest first, then by pair, metric and kind. */
static int cmp_alert(const void *x, const void *y)
{
    const alert *a = x, *b = y;
    int c = strcmp(b->date, a->date);
    if (!c)
        c = strcmp(a->pair, b->pair);
    if (!c)
        c = a->metric - b->metric;
    return c ? c : a->episode - b->episode;
}

static int parse_metrics(alerts_run *r, char *list)
{
    r->nmetrics = 0;
    for (char *t = strtok(list, ","); t; t = strtok(NULL, ",")) {
        int m = dyad_metric_parse(t);
        if (m < 0 || r->nmetrics == MAX_METRICS)
            return -1;
        r->metrics[r->nmetrics++] = m;
    }
    return r->nmetrics ? 0 : -1;
}

int cmd_alerts(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"since", required_argument, NULL, 's'},
        {"pair", required_argument, NULL, 'p'},
        {"pairs", required_argument, NULL, 'P'},
        {"top", required_argument, NULL, 'T'},
        {"metric", required_argument, NULL, 'm'},
        {"by", required_argument, NULL, 'b'},
        {"alpha", required_argument, NULL, 'a'},
        {"all", no_argument, NULL, 'A'},
        {"format", required_argument, NULL, 'F'},
        {"lexicons", required_argument, NULL, 'L'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    static alerts_run r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    r.by = DYAD_BY_WEEK;
    r.format = DYAD_FMT_TABLE;
    r.alpha = 0.05;
    r.top = 10;
    r.metrics[0] = DYAD_METRIC_CONFLICT;
    r.metrics[1] = DYAD_METRIC_COOPERATION;
    r.nmetrics = 2;
    const char *since = "7d", *pair_args[MAX_PAIRS];
    size_t npair_args = 0;
    long long n;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 's': since = optarg; break;
        case 'p':
        case 'P':
            if (dyad_cli_pair_list(ctx, optarg, pair_args, &npair_args, MAX_PAIRS))
                return EXIT_USAGE;
            break;
        case 'T':
            if (dyad_cli_int(ctx, "--top", optarg, "pairs", 1, MAX_PAIRS, &n))
                return EXIT_USAGE;
            r.top = (size_t)n;
            break;
        case 'm':
            if (parse_metrics(&r, optarg) < 0)
                return dyad_cli_usage(ctx, "--metric takes metrics (tone, "
                                           "goldstein, tension, volume_share, "
                                           "conflict, cooperation, threats, "
                                           "acts, net) separated by commas");
            break;
        case 'b':
            if ((r.by = dyad_period_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--by takes day, week, month, "
                                           "quarter, year or decade");
            break;
        case 'a':
            if (dyad_cli_alpha(ctx, optarg, &r.alpha) < 0)
                return EXIT_USAGE;
            break;
        case 'A': r.all = 1; break;
        case 'F':
            if ((r.format = dyad_format_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--format takes csv, json, jsonl "
                                           "or table");
            break;
        case 'L': r.lexdir = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    for (size_t i = 0; i < npair_args; i++)
        if (dyad_cli_pair(ctx, r.lexdir, pair_args[i], r.pairs[i]) < 0)
            return EXIT_USAGE;
    r.npairs = npair_args;
    int st;
    if (!(r.rd = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st)))
        return st;
    st = window_and_pairs(&r, since);
    for (size_t i = 0; st == EXIT_OK && i < r.npairs; i++)
        for (int m = 0; st == EXIT_OK && m < r.nmetrics; m++)
            st = pair_metric(&r, r.pairs[i], r.metrics[m]);
    if (st == EXIT_OK && r.n > 1)
        qsort(r.a, r.n, sizeof *r.a, cmp_alert);
    unsigned char *seen = dyad_calloc(r.n ? r.n : 1, 1);
    if (!seen && st == EXIT_OK) {
        dyad_cli_msg(ctx, "out of memory");
        st = EXIT_SOFTWARE;
    }
    dyad_store_close(r.rd);   /* before the write that notes them */
    r.rd = NULL;
    if (st == EXIT_OK)
        st = note(&r, seen);
    size_t fresh = 0;
    if (st == EXIT_OK)
        st = write_alerts(&r, seen);
    for (size_t i = 0; seen && i < r.n; i++)
        fresh += !seen[i];
    if (st == EXIT_OK && fresh == 0 && !ctx->quiet && isatty(STDERR_FILENO))
        dyad_cli_msg(ctx, "nothing new since %s", r.since_iso[0]
                                                      ? r.since_iso
                                                      : "the start");
    for (size_t i = 0; i < r.n; i++)
        dyad_free(r.a[i].evidence);
    dyad_free(r.a);
    dyad_free(seen);
    if (st != EXIT_OK)
        return st;
    return fresh ? 1 : EXIT_OK;
}
