/* cli/cmd_plot.c - `dyad plot`: charts of stored series with gnuplot. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "dyad/plot.h"
#include "dyad/series.h"
#include "util/alloc.h"

#define MAX_PAIRS 24

static const char help[] =
    "usage: dyad [--db PATH] plot --out FILE.png|.svg|.pdf [OPTIONS]\n"
    "\n"
    "Draws a chart of stored series with gnuplot (Debian package\n"
    "gnuplot-nox): the data file and the gnuplot script are written next\n"
    "to the chart with --keep-script, to re-run or tweak by hand.\n"
    "\n"
    "options:\n"
    "  --pair A-B[,C-D...] pairs (names or codes, any order); repeatable\n"
    "  --kind KIND         line (one pair, with its 95% CI band; the\n"
    "                      default for one pair), compare (several pairs;\n"
    "                      the default for several), volume (articles and\n"
    "                      tension), intensity (conflict and cooperation\n"
    "                      articles per 1,000 stored, with 95% bands),\n"
    "                      histogram (article tones), heatmap (pairs by\n"
    "                      periods)\n"
    "  --metric M          tone (default), goldstein, tension, volume_share,\n"
    "                      conflict, cooperation, threats, acts, net\n"
    "  --by PERIOD         day, week (default), month, quarter, year,\n"
    "                      decade\n"
    "  --from DATE, --to DATE   limit the range\n"
    "  --top N             heatmap without --pair: the N pairs with most\n"
    "                      articles (default 15)\n"
    "  --title TEXT        chart title (shown as written)\n"
    "  --keep-script       keep FILE's .tsv data and .gp script\n"
    "  --timeout SECONDS   stop gnuplot after this long (default 60)\n"
    "  --lexicons DIR      gazetteer additions for pair names\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status 69 when gnuplot is missing, 73 when FILE's folder does\n"
    "not exist or cannot be written.\n";

enum { K_LINE, K_COMPARE, K_VOLUME, K_HISTOGRAM, K_HEATMAP, K_INTENSITY,
       K_DEFAULT };

typedef struct {
    double *v;
    size_t n, cap;
    int failed;
} tones_t;

static int on_tone(void *arg, double t)
{
    tones_t *a = arg;
    if (dyad_grow(&a->v, &a->cap, a->n + 1, sizeof *a->v) < 0) {
        a->failed = 1;
        return 1;
    }
    a->v[a->n++] = t;
    return 0;
}

typedef struct {
    char (*pairs)[20];
    size_t n, max;
} top_t;

static int on_top(void *arg, const dyad_pair_info *p)
{
    top_t *t = arg;
    if (t->n == t->max)
        return 1;
    snprintf(t->pairs[t->n++], 20, "%s", p->pair);
    return 0;
}

int cmd_plot(int argc, char **argv, dyad_cli_ctx *ctx)
{
    static const struct option opts[] = {
        {"pair", required_argument, NULL, 'p'},
        {"kind", required_argument, NULL, 'k'},
        {"metric", required_argument, NULL, 'm'},
        {"by", required_argument, NULL, 'b'},
        {"from", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"top", required_argument, NULL, 'T'},
        {"title", required_argument, NULL, 'i'},
        {"keep-script", no_argument, NULL, 'K'},
        {"timeout", required_argument, NULL, 'o'},
        {"out", required_argument, NULL, 'O'},
        {"lexicons", required_argument, NULL, 'L'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    static const char *const kinds[] = {"line",    "compare", "volume",
                                        "histogram", "heatmap", "intensity"};
    char pairs[MAX_PAIRS][20];
    const char *pair_args[MAX_PAIRS], *lexdir = NULL, *title = NULL;
    size_t npairs = 0, top = 15;
    int kind = K_DEFAULT, metric = DYAD_METRIC_TONE, by = DYAD_BY_WEEK, c;
    int32_t from = INT32_MIN, to = INT32_MAX;
    dyad_plot p = {0};
    long long n;   /* an integer option (dyad_cli_int) */
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        int k = dyad_cli_range_opt(ctx, c, optarg, &by, &from, &to);
        if (k < 0)
            return EXIT_USAGE;
        if (k)
            continue;
        switch (c) {
        case 'p':
            for (char *tok = strtok(optarg, ","); tok; tok = strtok(NULL, ",")) {
                if (npairs == MAX_PAIRS)
                    return dyad_cli_usage(ctx, "at most %d pairs", MAX_PAIRS);
                pair_args[npairs++] = tok;
            }
            break;
        case 'k':
            kind = -1;
            for (int i = 0; i < 6; i++)
                if (strcmp(optarg, kinds[i]) == 0)
                    kind = i;
            if (kind < 0)
                return dyad_cli_usage(ctx, "--kind takes line, compare, "
                                           "volume, intensity, histogram or "
                                           "heatmap");
            break;
        case 'm':
            if ((metric = dyad_metric_parse(optarg)) < 0)
                return dyad_cli_usage(ctx, "--metric takes tone, goldstein, "
                                           "tension, volume_share, conflict, "
                                           "cooperation, threats, acts or "
                                           "net");
            break;
        case 'T':
            if (dyad_cli_int(ctx, "--top", optarg, "pairs", 1, MAX_PAIRS, &n))
                return EXIT_USAGE;
            top = (size_t)n;
            break;
        case 'i': title = optarg; break;
        case 'K': p.keep = 1; break;
        case 'o':
            if (dyad_cli_seconds(ctx, "--timeout", optarg, &p.timeout) < 0)
                return EXIT_USAGE;
            break;
        case 'O': p.out = optarg; break;
        case 'L': lexdir = optarg; break;
        case 'h': fputs(help, stdout); return EXIT_OK;
        default: return dyad_cli_usage(ctx, "bad option");
        }
    }
    if (!p.out)
        return dyad_cli_usage(ctx, "--out FILE.png|.svg|.pdf is required");
    if (optind < argc)
        return dyad_cli_usage(ctx, "unexpected argument '%s'", argv[optind]);
    if (kind == K_DEFAULT)
        kind = npairs > 1 ? K_COMPARE : npairs == 1 ? K_LINE : K_HEATMAP;
    if (kind != K_HEATMAP && npairs == 0)
        return dyad_cli_usage(ctx, "--pair is required for a %s chart",
                              kinds[kind]);
    if ((kind == K_LINE || kind == K_VOLUME || kind == K_HISTOGRAM ||
         kind == K_INTENSITY) &&
        npairs != 1)
        return dyad_cli_usage(ctx, "a %s chart shows one pair", kinds[kind]);
    for (size_t i = 0; i < npairs; i++)
        if (dyad_cli_pair(ctx, lexdir, pair_args[i], pairs[i]) < 0)
            return EXIT_USAGE;
    int st;
    dyad_store *store = dyad_cli_store(ctx, DYAD_CLI_READ, 0, 0, &st);
    if (!store)
        return st;
    st = EXIT_OK;
    dyad_err err = {0};
    int rc = DYAD_OK;
    if (kind == K_HEATMAP && npairs == 0) {
        top_t t = {pairs, 0, top};
        rc = dyad_store_pairs(store, on_top, &t, &err);
        npairs = t.n;
    }
    char deftitle[160];
    if (!title) {
        const char *what = kind == K_VOLUME      ? "articles and tension"
                           : kind == K_INTENSITY ? "conflict and cooperation "
                                                   "per 1,000 articles"
                           : kind == K_HISTOGRAM ? "article tone"
                                                 : dyad_metric_name(metric);
        /* a histogram has no periods */
        snprintf(deftitle, sizeof deftitle, "%s %s%s%s",
                 npairs == 1 ? pairs[0] : "pairs", what,
                 kind == K_HISTOGRAM ? "" : " by ",
                 kind == K_HISTOGRAM ? "" : dyad_period_name(by));
        title = deftitle;
    }
    p.title = title;
    dyad_series s[MAX_PAIRS];
    size_t built = 0;
    tones_t tones = {0};
    if (rc == DYAD_OK && kind == K_HISTOGRAM) {
        rc = dyad_store_pair_tones(store, pairs[0], from, to, on_tone, &tones,
                                   &err);
        if (rc == DYAD_OK && tones.failed)
            rc = dyad_err_set(&err, DYAD_ENOMEM, NULL, 0, "out of memory");
        if (rc == DYAD_OK)
            rc = dyad_plot_histogram(&p, tones.v, tones.n, &err);
    } else if (rc == DYAD_OK) {
        for (; built < npairs && rc == DYAD_OK; built++)
            rc = dyad_series_build(store, pairs[built], by, from, to, 0,
                                   &s[built], &err);
        if (rc != DYAD_OK)
            built--;
        if (rc == DYAD_OK && kind == K_LINE)
            rc = dyad_plot_line(&p, &s[0], metric, NULL, 0, &err);
        else if (rc == DYAD_OK && kind == K_COMPARE)
            rc = dyad_plot_compare(&p, s, npairs, metric, &err);
        else if (rc == DYAD_OK && kind == K_VOLUME)
            rc = dyad_plot_volume(&p, &s[0], &err);
        else if (rc == DYAD_OK && kind == K_INTENSITY)
            rc = dyad_plot_intensity(&p, &s[0], NULL, 0, &err);
        else if (rc == DYAD_OK)
            rc = dyad_plot_heatmap(&p, s, npairs, metric, &err);
    }
    if (rc != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        st = rc == DYAD_EIO ? EXIT_CANTCREAT : dyad_cli_exit_code(rc);
    }
    for (size_t i = 0; i < built; i++)
        dyad_series_free(&s[i]);
    dyad_free(tones.v);
    dyad_store_close(store);
    return st;
}
