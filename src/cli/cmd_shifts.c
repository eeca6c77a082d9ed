/* cli/cmd_shifts.c - `dyad shifts`: where a series changed, and whether
 * the change is real. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/values.h"
#include "dyad/export.h"
#include "dyad/stats.h"
#include "util/alloc.h"

static const char help[] =
    "usage: dyad [--db PATH] shifts (--pair A-B | --input FILE --column NAME)\n"
    "                             [OPTIONS]\n"
    "\n"
    "Finds the change points of a stored pair's series (periods without\n"
    "articles skipped, each period weighted by its article count) or of a\n"
    "column of your own CSV file. For each shift: index (0-based position\n"
    "of the first value of the new segment: among the periods with\n"
    "articles, or the file's data row, rows without a value counted),\n"
    "date (its period or label),\n"
    "last_before (the old segment's last), mean_before and mean_after (the\n"
    "adjacent segments; for counts their pooled rates, per 1,000 of the\n"
    "total, volume_share as a share), diff, p_value (Welch t-test; for\n"
    "counts the likelihood-ratio test of the count model, overdispersion\n"
    "included; for a change of trend that of its own test), cohens_d,\n"
    "n_before, n_after, kind (level, or trend: --bends).\n"
    "\n";

int cmd_shifts(int argc, char **argv, dyad_cli_ctx *ctx)
{
    dyad_cli_values v;
    dyad_cli_cp cp;
    dyad_err err = {0};
    int st = dyad_cli_cp_start(argc, argv, ctx, help, &v, &cp);
    if (st >= 0)
        return st;
    dyad_stats_shift *sh = NULL;
    size_t nsh = 0;
    int rc = cp.too_short ? DYAD_OK
                          : dyad_stats_changepoints(cp.y, cp.w, v.n, &cp.o,
                                                    &sh, &nsh, NULL, &err);
    if (rc != DYAD_OK) {
        dyad_cli_values_free(&v);
        return dyad_cli_stats_status(ctx, rc, &err);
    }
    static const char *const cols[] = {
        "index", "date", "last_before", "mean_before", "mean_after", "diff",
        "p_value", "cohens_d", "n_before", "n_after", "kind"};
    const char *head[] = {"@rows", "shifts"};
    dyad_table *t = dyad_table_begin(stdout, v.format, 0, cols, 11, head, 1,
                                     &err);
    for (size_t i = 0; t && i < nsh && rc == DYAD_OK; i++) {
        const dyad_stats_shift *s = &sh[i];
        double p = cp.o.method == DYAD_CP_CUSUM ? s->cusum_p : s->p_value;
        dyad_cell row[11] = {
            DYAD_INT(dyad_cli_values_index(&v, s->index)),
            DYAD_TEXT(v.label[s->index]),
            DYAD_TEXT(dyad_cli_values_before(&v, s->index)),
            DYAD_NUM(s->mean_before * cp.scale, 6),
            DYAD_NUM(s->mean_after * cp.scale, 6),
            DYAD_NUM(s->diff * cp.scale, 6),
            DYAD_PVAL(p),
            DYAD_NUM(s->cohens_d, 4),
            DYAD_INT(s->n_before),
            DYAD_INT(s->n_after),
            DYAD_TEXT(s->trend ? "trend" : "level")};
        rc = dyad_table_row(t, row, &err);
    }
    st = dyad_cli_table_close(ctx, t, rc, &err);
    if (st == EXIT_OK && nsh == 0)
        dyad_cli_none_found(ctx, "shift");
    dyad_free(sh);
    dyad_cli_values_free(&v);
    return st;
}
