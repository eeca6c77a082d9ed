/* cli/cmd_episodes.c - `dyad episodes`: bursts that rise and fall (and
 * dips), each as one event with its start, peak, end and size. */
#include <stdio.h>
#include <stdlib.h>

#include "cli/commands.h"
#include "cli/values.h"
#include "dyad/export.h"
#include "dyad/stats.h"
#include "util/alloc.h"

static const char help[] =
    "usage: dyad [--db PATH] episodes (--pair A-B | --input FILE --column\n"
    "                               NAME | --input FILE --count-column NAME\n"
    "                               [--total-column NAME]) [OPTIONS]\n"
    "\n"
    "Groups the change points of a series (as `dyad shifts` finds them)\n"
    "into episodes: a burst that rises and falls, or a dip, is one\n"
    "episode however many segments it takes, not a string of shifts. An\n"
    "episode opens at a segment whose level differs from the baseline\n"
    "(the last level outside an episode) by more than the penalty, goes\n"
    "on while the segments stay beyond it in the same direction, and ends\n"
    "before the first that does not (or at the end of the series: still\n"
    "going on). For each: start, start_date, peak, peak_date, end,\n"
    "end_date (indices and periods), direction (1 rise, -1 fall),\n"
    "baseline, peak_value (the level of its most extreme segment; for\n"
    "counts rates per 1,000 of the total, volume_share a share), size\n"
    "(peak_value - baseline; for counts the ratio of the rates, 0.5\n"
    "added to each count).\n"
    "\n";

int cmd_episodes(int argc, char **argv, dyad_cli_ctx *ctx)
{
    dyad_cli_values v;
    dyad_cli_cp cp;
    dyad_err err = {0};
    int st = dyad_cli_cp_start(argc, argv, ctx, help, &v, &cp);
    if (st >= 0)
        return st;
    dyad_stats_episode *ep = NULL;
    size_t ne = 0;
    int rc = cp.too_short ? DYAD_OK
                          : dyad_stats_episodes(cp.y, cp.w, v.n, &cp.o, &ep,
                                                &ne, &err);
    if (rc != DYAD_OK) {
        dyad_cli_values_free(&v);
        return dyad_cli_stats_status(ctx, rc, &err);
    }
    static const char *const cols[] = {
        "start", "start_date", "peak", "peak_date", "end", "end_date",
        "direction", "baseline", "peak_value", "size"};
    const char *head[] = {"@rows", "episodes"};
    dyad_table *t = dyad_table_begin(stdout, v.format, 0, cols, 10, head, 1,
                                     &err);
    for (size_t i = 0; t && i < ne && rc == DYAD_OK; i++) {
        const dyad_stats_episode *e = &ep[i];
        dyad_cell row[10] = {
            DYAD_INT(dyad_cli_values_index(&v, e->start)),
            DYAD_TEXT(v.label[e->start]),
            DYAD_INT(dyad_cli_values_index(&v, e->peak)),
            DYAD_TEXT(v.label[e->peak]),
            DYAD_INT(dyad_cli_values_index(&v, e->end)),
            DYAD_TEXT(v.label[e->end]),
            DYAD_INT(e->direction),
            DYAD_NUM(e->baseline * cp.scale, 6),
            DYAD_NUM(e->peak_value * cp.scale, 6),
            DYAD_NUM(e->size, 6)};
        rc = dyad_table_row(t, row, &err);
    }
    st = dyad_cli_table_close(ctx, t, rc, &err);
    if (st == EXIT_OK && ne == 0)
        dyad_cli_none_found(ctx, "episode");
    dyad_free(ep);
    dyad_cli_values_free(&v);
    return st;
}
