/* cli/values.h - the numbers `dyad shifts`, `trend` and `anomalies` work
 * on: a stored pair's series (periods without articles skipped, weighted
 * by article counts) or a column of the user's own CSV file. */
#ifndef DYAD_CLI_VALUES_H
#define DYAD_CLI_VALUES_H

#include "cli/cli.h"
#include "dyad/export.h"

typedef struct dyad_cli_values {
    /* options */
    const char *pair_arg, *input, *column, *time_column, *lexdir;
    int by, metric, unweighted;
    int format;             /* --format: DYAD_FMT_* */
    int32_t from, to;
    /* the values, in time order */
    double *y, *w;          /* w NULL: unweighted */
    char **label;           /* period start or the CSV time label */
    size_t n;
    char pair[20];
} dyad_cli_values;

#define DYAD_CLI_VALUES_OPTIONS                                         \
    {"pair", required_argument, NULL, 'p'},                             \
    {"by", required_argument, NULL, 'b'},                               \
    {"from", required_argument, NULL, 'f'},                             \
    {"to", required_argument, NULL, 't'},                               \
    {"metric", required_argument, NULL, 'm'},                           \
    {"input", required_argument, NULL, 2000},                           \
    {"column", required_argument, NULL, 2001},                          \
    {"time-column", required_argument, NULL, 2002},                     \
    {"unweighted", no_argument, NULL, 2003},                            \
    {"format", required_argument, NULL, 'F'},                           \
    {"lexicons", required_argument, NULL, 'L'}
#define DYAD_CLI_VALUES_HELP                                             \
    "  --pair A-B          a stored pair (names or codes, any order)\n"  \
    "  --by PERIOD         day, week (default), month, quarter, year,\n" \
    "                      decade\n"                                     \
    "  --metric M          tone (default), goldstein, tension,\n"        \
    "                      volume_share\n"                               \
    "  --from DATE, --to DATE   limit the range\n"                       \
    "  --unweighted        do not weight periods by their article counts\n" \
    "  --input FILE        instead: a CSV file of your own ('-': stdin)\n" \
    "  --column NAME       its column of numbers\n"                      \
    "  --time-column NAME  its column of dates or labels (default: row\n" \
    "                      numbers)\n"                                  \
    "  --format F          csv (default), json, jsonl, table\n"

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
/* The label of the value before index i ("" at 0). */
const char *dyad_cli_values_before(const dyad_cli_values *v, size_t i);

#endif
