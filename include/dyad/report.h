/*
 * dyad/report.h - the trend report: a self-contained HTML page (inline SVG
 * charts and CSS, nothing fetched from a network) and its Markdown twin,
 * with the CSV file behind every chart.
 *
 * For each pair (given, or the most reported in the range): what changed
 * and when, in words ("conflict between RUS and UKR rose sixfold from the
 * week of 24 Feb 2014"), from the shifts of the metric; the conflict and
 * cooperation intensities (articles of the pair with such events or hits
 * per 1,000 articles stored, with 95% Wilson intervals) beside the
 * means; the latest window against the one before; the trend (OLS slope
 * per calendar period with its 95% CI; Mann-Kendall tau and p); the
 * significant shifts (PELT, mean cost, BIC penalty, Welch p < alpha)
 * with their dates, the values before and after, how the intensities
 * moved across them, and evidence sentences from the pair's conflict (or
 * cooperation, for a shift toward cooperation) articles of the new
 * level; charts of the metric (band, segment means, shift lines), of the
 * intensities and of volume and tension.
 *
 * Top movers compare like with like: the latest N calendar periods (the
 * window: 7 days, 4 weeks, 3 months, 2 quarters, 3 years or 1 decade,
 * doubled while no pair has movers_min articles on both sides and both
 * windows still fit in the series; movers_window sets another N, kept
 * as it is) against the N periods just before them,
 * each side summed over its periods, and rank pairs by the size of the
 * change; a pair needs movers_min articles (default 2) on each side.
 * Periods are calendar periods, with or without articles, so a pair last
 * seen decades ago is never compared with today.
 *
 * Pairs are chosen, and every count and chart computed, inside the range
 * [from, to] when given.
 *
 * Episodes: each pair's bursts that rise and fall (and dips) of the
 * conflict intensity (of the report's metric when it is conflict,
 * cooperation, threats or acts), each as one event (dyad_stats_episodes,
 * binomial cost on the pair's articles with such events out of all
 * stored, alpha as the shifts'), said in words in "What changed" (every
 * pair's, the most recent first) and in the pair's section ("Conflict
 * between RUS and UKR rose sixfold (from 50 to 300 per 1,000 articles)
 * from the week of 24 Feb 2014; the episode lasted 8 weeks and peaked in
 * the week of 3 Mar 2014"), with evidence sentences from the pair's
 * conflict (for a rise of conflict or a dip of cooperation, else
 * cooperation) articles inside the episode. When the range holds fewer
 * than 20 stored articles per period on average (one long address a
 * year), a share of articles is all or nothing: the episodes then count
 * the pair's events (Poisson cost, the stored articles as exposure) and
 * say "events per article".
 *
 * Files in DIR: index.html, report.md, charts/PAIR-metric.svg,
 * charts/PAIR-intensity.svg, charts/PAIR-volume.svg, csv/PAIR.PERIOD.csv. The report is built in a
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
    int32_t from, to;            /* range of days, when from_set / to_set */
    int from_set, to_set;
    int movers_window;           /* periods per side; 0: by period */
    int movers_min;              /* articles per side; 0: 2 */
    const char *title;           /* NULL: "dyad trend report" */
    double alpha;                /* 0: 0.05 */
    double timeout;              /* gnuplot; 0: 60 s */
    const char *gnuplot;         /* NULL: $DYAD_GNUPLOT or gnuplot */
    const struct dyad_actors *ga;  /* names beside the codes in the pairs'
                                      headings ("Japan (JPN)"); NULL: codes
                                      only. Borrowed. */
    /* Called after each pair is gathered and drawn (done of total), for
     * a progress line; NULL: none. */
    void (*progress)(void *arg, size_t done, size_t total);
    void *progress_arg;
} dyad_report_opts;

int dyad_report_write(dyad_store *st, const dyad_report_opts *o,
                      int *no_charts, dyad_err *err);

#endif
