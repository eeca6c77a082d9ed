/* cli/values.h - the numbers `dyad shifts`, `trend` and `anomalies` work
 * on: a stored pair's series (periods without articles skipped, weighted
 * by article counts) or a column of the user's own CSV file. */
#ifndef DYAD_CLI_VALUES_H
#define DYAD_CLI_VALUES_H

#include "cli/cli.h"
#include "dyad/export.h"
#include "dyad/stats.h"

typedef struct dyad_cli_values {
    /* options */
    const char *pair_arg, *input, *column, *time_column, *lexdir;
    const char *count_column, *total_column;
    int by, metric, unweighted;
    int exposures;          /* the totals are Poisson exposures (--cost
                               poisson): a count may exceed its total */
    int format;             /* --format: DYAD_FMT_* */
    int32_t from, to;
    /* the values, in time order */
    double *y, *w;          /* w NULL: unweighted */
    /* count data (--count-column, or a count metric): y is the rate per
     * 1,000 of the total (the count itself without totals), w the
     * totals; cnt the counts, tot the totals (NULL: none) */
    int counts;
    double *cnt, *tot;
    /* a stored count metric: the pair's events of that kind per period
     * (NULL otherwise), and whether its periods hold fewer than
     * DYAD_SERIES_FEW_ARTICLES stored articles on average (then shifts
     * and episodes count these events, not articles) */
    double *ev;
    int few;
    /* a stored volume_share: counts too (the articles naming the pair
     * out of all stored), its rates shown as shares, not per 1,000 */
    int share;
    /* a stored mean (tone, goldstein, net): the sampling variance of
     * a value of average weight, the items' pooled within-period
     * variance over the mean weight (0: unknown); the noise variance of
     * the MEAN cost is at least this */
    double var_floor;
    char **label;           /* period start or the CSV time label */
    size_t *pos;            /* a CSV file's: each value's 0-based data row
                               (rows without a value count); NULL for a
                               stored pair, whose index is the value's */
    size_t n;
    char pair[20];
} dyad_cli_values;

#define DYAD_CLI_VALUES_OPTIONS                                         \
    {"pair", required_argument, NULL, 'p'},                             \
    {"by", required_argument, NULL, 'b'},                               \
    {"from", required_argument, NULL, 'f'},                             \
    {"since", required_argument, NULL, 'f'},                            \
    {"to", required_argument, NULL, 't'},                               \
    {"metric", required_argument, NULL, 'm'},                           \
    {"input", required_argument, NULL, 2000},                           \
    {"column", required_argument, NULL, 2001},                          \
    {"time-column", required_argument, NULL, 2002},                     \
    {"unweighted", no_argument, NULL, 2003},                            \
    {"count-column", required_argument, NULL, 2004},                    \
    {"total-column", required_argument, NULL, 2005},                    \
    {"format", required_argument, NULL, 'F'},                           \
    {"lexicons", required_argument, NULL, 'L'}
#define DYAD_CLI_VALUES_HELP                                             \
    "  --pair A-B          a stored pair (names or codes, any order)\n"  \
    "  --by PERIOD         day, week (default), month, quarter, year,\n" \
    "                      decade\n"                                     \
    "  --metric M          tone (default), goldstein, tension,\n"        \
    "                      volume_share (counts: binomial cost, the\n"  \
    "                      articles naming the pair of all stored), or\n" \
    "                      the intensities conflict, cooperation,\n"    \
    "                      threats, acts (counts: binomial cost) and\n" \
    "                      net\n"                                        \
    "  --from DATE, --to DATE   limit the range (--since: --from)\n"     \
    "  --unweighted        do not weight periods by their article counts\n" \
    "  --input FILE        instead: a CSV file of your own ('-': stdin)\n" \
    "  --column NAME       its column of numbers\n"                      \
    "  --time-column NAME  its column of dates or labels (default: row\n" \
    "                      numbers)\n"                                  \
    "  --count-column NAME instead of --column: counts (events, articles)\n" \
    "  --total-column NAME with it: what each count is out of (articles\n" \
    "                      stored in the period); the value is then the\n" \
    "                      count per 1,000 of the total (with --cost\n" \
    "                      poisson an exposure: counts may exceed it)\n" \
    "  --format F          csv (default), json, jsonl, table\n"

/* The alpha of `shifts` and `episodes` when --alpha is not given, that
 * of the report and `alerts`: a shift whose test does not reject one
 * level at 0.05 (or whose segment has one value, a mean's p unknown) is
 * dropped, the least significant first. bench/shifts: Reuters-21578's
 * ten most related pairs by week, the most shifts in 52 weeks 4 -> 3
 * (JPN-USA net had four in ten weeks, p 0.13 and 0.37 among them); the
 * State of the Union's USA-GBR net by year 22 -> 3 shifts; every turning
 * point found as before; series of 14-26 values without a change 0.33-
 * 2.54 -> 0.14-2.12 false changes a series, a 3 SD shift found within
 * one period 93-97% -> 93-96%; the annotated series unchanged. */
#define DYAD_CLI_CP_ALPHA 0.05

/* The change point options of `shifts` and `episodes`. */
#define DYAD_CLI_CP_OPTIONS                                             \
    {"method", required_argument, NULL, 'M'},                           \
    {"cost", required_argument, NULL, 'C'},                             \
    {"penalty", required_argument, NULL, 'P'},                          \
    {"min-size", required_argument, NULL, 'S'},                         \
    {"alpha", required_argument, NULL, 'A'},                            \
    {"noise", required_argument, NULL, 'N'},                            \
    {"slopes", required_argument, NULL, 'G'},                           \
    {"outliers", required_argument, NULL, 'O'},                         \
    {"season", required_argument, NULL, 'E'},                           \
    {"bends", required_argument, NULL, 'B'}
#define DYAD_CLI_CP_HELP                                                 \
    "  --method M          pelt (default: exact optimal partition, pruned),\n" \
    "                      binseg (binary segmentation), cusum (one change)\n" \
    "  --cost C            mean (default for the means: a change of mean),\n" \
    "                      meanvar (of mean and variance), binomial\n"  \
    "                      (default for counts with totals), poisson\n" \
    "                      (default for counts without; for a stored\n" \
    "                      intensity whose periods hold fewer than 20\n" \
    "                      articles on average, the pair's events per\n" \
    "                      1,000 articles, as the report counts them)\n" \
    "  --penalty P         mbic (default), bic, aic, or a number per\n" \
    "                      change\n"                                   \
    "  --min-size N        shortest segment in periods (default 1, 2 for\n" \
    "                      meanvar)\n"                                  \
    "  --alpha A           drop shifts whose p-value is not below A\n"  \
    "                      (default 0.05, as the report; 0: keep all)\n" \
    "  --noise N           ar1 (default: noise and its autocorrelation\n" \
    "                      estimated robustly, slow movements are not\n" \
    "                      shifts, a wandering level's at most its\n" \
    "                      variance; below 30 values as white, from 30\n" \
    "                      to 59 from levels with AR(1) errors; from\n" \
    "                      500, shifts a stationary series' own AR(p)\n" \
    "                      dynamics explain are dropped; from 60, a\n" \
    "                      white reading whose levels (5 or more)\n" \
    "                      leave white residuals wins (many steps,\n" \
    "                      which the lags read as persistence);\n" \
    "                      counts:\n" \
    "                      the lags pooled, no AR(1)) or white (lag 1\n" \
    "                      only); a stored tone, goldstein or net at\n" \
    "                      least its articles' sampling variance\n"   \
    "  --slopes S          merge (default: a change of the mean that one\n" \
    "                      line fits as well is no step and goes), keep\n" \
    "  --outliers O        clip (default for --input: a mean's value over\n" \
    "                      3 SDs from its running median counts as 3\n" \
    "                      SDs), keep (default for a stored pair)\n"   \
    "  --season S          auto (default for --input: a season of 4, 7,\n" \
    "                      12, 24 or 52 values is taken out), off\n" \
    "  --bends B           find (default for --input, shifts only: a\n" \
    "                      crash or a kink on a trend, where two lines\n" \
    "                      fit a segment of 30 values or more better\n" \
    "                      than one curve (10 in a series of 30-59\n" \
    "                      whose piecewise lines fit better than\n" \
    "                      levels), is a change too; its kind is\n" \
    "                      trend), off (default for a stored pair)\n"


/* The change point settings of a command, with whether --cost,
 * --outliers and --season were given, and the data for its cost (set by
 * dyad_cli_cp_data). */
typedef struct dyad_cli_cp {
    dyad_stats_cp_opts o;
    int cost_set, outliers_set, season_set, bends_set;
    const double *y, *w;    /* borrowed from the values */
    double scale;           /* what rates are multiplied by for display */
    int events;             /* y are the pair's events (values' ev) */
    int too_short;          /* too few values for a change: none to find
                               (said on stderr), the search not run */
} dyad_cli_cp;

/* Handles change point option c; 1 when it was one of ours, 0 when not,
 * -1 after a usage error (printed). */
int dyad_cli_cp_opt(const dyad_cli_ctx *ctx, dyad_cli_cp *cp, int c,
                    const char *arg);
/* The data for cp's cost from loaded values v (cp->o.cost set to the
 * count cost for count data when --cost was not given; a stored pair's
 * outliers kept when --outliers was not given: a period's value is a
 * mean of articles whose sampling variance is the noise floor
 * (var_floor), and a run of outlying periods can be the regime itself
 * (clipping cuts the State of the Union's yearly net of GBR-USA into 7
 * shifts, 4 within 52 years, against 3 as given); and no season looked for:
 * its empty periods are skipped, so its index is not the calendar):
 * cp->y, cp->w,
 * and cp->scale, what rates are multiplied by for display (1,000 for
 * counts out of totals, else 1). Returns an exit status, errors
 * printed. */
int dyad_cli_cp_data(const dyad_cli_ctx *ctx, const dyad_cli_values *v,
                     dyad_cli_cp *cp);

/* The start of `shifts` and `episodes`: parses argv (the values' and the
 * change point options; -h prints help, then the options), loads the
 * values and picks the
 * data for the cost (dyad_cli_cp_data). Returns -1 to go on, else the
 * exit status to return (v freed). */
int dyad_cli_cp_start(int argc, char **argv, dyad_cli_ctx *ctx,
                      const char *help, dyad_cli_values *v,
                      dyad_cli_cp *cp);

void dyad_cli_values_init(dyad_cli_values *v);
/* Handles option c; 1 when it was one of ours, 0 when not, -1 after a
 * usage error (printed). */
int dyad_cli_values_opt(const dyad_cli_ctx *ctx, dyad_cli_values *v, int c,
                        const char *arg);
/* Reads the values (store or CSV); returns an exit status, errors printed.
 * Periods without a value are skipped, not treated as zeros. */
int dyad_cli_values_load(const dyad_cli_ctx *ctx, dyad_cli_values *v);
void dyad_cli_values_free(dyad_cli_values *v);
/* Ends a command's output: the exit status for a statistics call that
 * returned rc (errors printed; bad data is 65). */
int dyad_cli_stats_status(const dyad_cli_ctx *ctx, int rc,
                          const dyad_err *err);
/* Writes the end of table t (which may be NULL: out of memory) after rows
 * written with status rc; prints an error and returns the exit status. */
int dyad_cli_table_close(const dyad_cli_ctx *ctx, dyad_table *t, int rc,
                         dyad_err *err);
/* The index shown for value i: its data row in a CSV file, else i. */
size_t dyad_cli_values_index(const dyad_cli_values *v, size_t i);
/* The label of the value before index i ("" at 0). */
const char *dyad_cli_values_before(const dyad_cli_values *v, size_t i);

#endif
