/*
 * dyad/report.h - the trend report: a self-contained HTML page (inline SVG
 * charts and CSS, nothing fetched from a network) and its Markdown twin,
 * with the CSV file behind every chart.
 *
 * For each pair (given, or the most reported): the latest value of the
 * metric and its change from the period before, the trend (OLS slope per
 * period with its 95% CI; Mann-Kendall tau and p), the shifts that are
 * significant (PELT, mean cost, BIC penalty, Welch p < alpha) with their
 * dates, the means before and after and the evidence sentences of the
 * articles in the first period of the new level; a chart of the metric
 * with its confidence band, segment means and shift lines, and one of
 * article volume and tension. Above them, the pairs that moved most in
 * their latest period.
 *
 * Files in DIR: index.html, report.md, charts/PAIR-metric.svg,
 * charts/PAIR-volume.svg, csv/PAIR.PERIOD.csv. The report is built in a
 * temporary directory beside DIR and put in place by renames only when it
 * is complete: a failed or killed run leaves the previous report.
 *
 * Errors: as dyad/store.h, dyad/plot.h; DYAD_EIO for files. When gnuplot
 * is missing the report is written without charts and *no_charts is set.
 * Thread-safety: one report per DIR at a time.
 *
 * Example:
 *     dyad_report_opts o = {.dir = "report", .by = DYAD_BY_MONTH, .top = 8};
 *     int no_charts;
 *     if (dyad_report_write(store, &o, &no_charts, &err)) ...
 */
#ifndef DYAD_REPORT_H
#define DYAD_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"
#include "dyad/store.h"

typedef struct dyad_report_opts {
    const char *dir;
    int by;                      /* DYAD_BY_* */
    int metric;                  /* DYAD_METRIC_*; 0 tone */
    const char (*pairs)[20];     /* these pairs, or NULL: the top ones */
    size_t npairs;
    size_t top;                  /* 0: 8 */
    const char *actor;           /* top pairs only among those of this
                                    code ("USA"), or NULL */
    int32_t since;               /* first day; 0 with since_set 0: all */
    int since_set;
    const char *title;           /* NULL: "dyad trend report" */
    double alpha;                /* 0: 0.05 */
    double timeout;              /* gnuplot; 0: 60 s */
    const char *gnuplot;         /* NULL: $DYAD_GNUPLOT or gnuplot */
} dyad_report_opts;

int dyad_report_write(dyad_store *st, const dyad_report_opts *o,
                      int *no_charts, dyad_err *err);

#endif
