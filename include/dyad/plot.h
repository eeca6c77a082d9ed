/*
 * dyad/plot.h - charts with gnuplot, run as an external program.
 *
 * Each chart writes a data file (TSV) and a script (the chart's template
 * from plots/, compiled into dyad) and runs
 *     gnuplot -c OUT.gp OUT.tsv OUT.TMP TITLE TERMINAL ...
 * through posix_spawn with an argument vector, never a shell. Text from
 * the data (titles, pair names) reaches gnuplot only as ARGn strings used
 * as string variables, or inside the data file, and is shown with
 * enhanced text off: a backquote, `system(`, an @macro, a quote or a
 * newline in a title is shown, never run. Control characters are removed
 * from titles. The image is written to a temporary name and renamed, so a
 * failed or killed run leaves the previous chart; gnuplot is killed after
 * a timeout. With keep set, OUT.tsv (+ OUT.shifts.tsv) and OUT.gp stay
 * beside the image, re-runnable by hand with the command in the script's
 * first lines.
 *
 * Terminals by extension: .png (pngcairo), .svg (svg), .pdf (pdfcairo).
 * An SVG's <title> (its hover text) is the chart's title.
 *
 * Charts over time (line, compare, volume, intensity) span the periods
 * of the series, from the first one's start to the last one's end, so a
 * pair's charts share their x range; ticks fall on calendar boundaries
 * (Mondays, month, year or decade starts), a value sits in the middle of
 * its period, the legend below the plot.
 *
 * Errors: DYAD_EEXTERNAL (gnuplot missing, failed or timed out; the
 * message names the Debian package gnuplot-nox when it is missing),
 * DYAD_EINVAL (unknown extension), DYAD_EIO (also: the output's folder
 * does not exist or cannot be written, named in the message),
 * DYAD_ENOMEM.
 * Thread-safety: one chart at a time per output file.
 *
 * Example:
 *     dyad_plot p = {"chn-jpn.svg", "CHN-JPN tone by week", 1, 0, NULL};
 *     if (dyad_plot_line(&p, &series, DYAD_METRIC_TONE, NULL, 0, &err))
 *         fprintf(stderr, "%s\n", err.msg);
 */
#ifndef DYAD_PLOT_H
#define DYAD_PLOT_H

#include <stddef.h>
#include <stdint.h>

#include "dyad/common.h"
#include "dyad/series.h"

typedef struct dyad_plot {
    const char *out;       /* .png, .svg or .pdf */
    const char *title;
    int keep;              /* keep the data file and the script */
    double timeout;        /* seconds gnuplot may take; 0: 60 */
    const char *gnuplot;   /* program; NULL: $DYAD_GNUPLOT, else "gnuplot" */
} dyad_plot;

/* A segment between shifts, drawn as its mean; shift marks a segment that
 * starts with a detected shift. Days since 1970. */
typedef struct dyad_plot_segment {
    int32_t start, end;
    double mean;
    int shift;
} dyad_plot_segment;

/* A pair's metric over time with its 95% band (tone, the intensities; a
 * box across each period, cut at the metric's range, the legend saying
 * so; no band and no legend entry for the other metrics) and, when
 * nseg > 0, segment means and shift lines. The y axis spans the
 * metric's range, or for an intensity the data's (from 0; symmetric
 * around 0 for net). */
int dyad_plot_line(const dyad_plot *p, const dyad_series *s, int metric,
                   const dyad_plot_segment *seg, size_t nseg, dyad_err *err);
/* Several pairs' metric over time. */
int dyad_plot_compare(const dyad_plot *p, const dyad_series *s, size_t n,
                      int metric, dyad_err *err);
/* A pair's article volume (bars, filling their periods past 60 of them)
 * and tension (line, right axis). */
int dyad_plot_volume(const dyad_plot *p, const dyad_series *s,
                     dyad_err *err);
/* A pair's conflict and cooperation intensities (articles with such
 * events per 1,000 stored) over time, each with its 95% Wilson band, and
 * the shift lines of seg (when nseg > 0). */
int dyad_plot_intensity(const dyad_plot *p, const dyad_series *s,
                        const dyad_plot_segment *seg, size_t nseg,
                        dyad_err *err);
/* The distribution of n article tones (bins of 0.1). */
int dyad_plot_histogram(const dyad_plot *p, const double *tones, size_t n,
                        dyad_err *err);
/* Pairs by periods: the metric of n series as a heat map; the periods
 * holding a calendar boundary (as a time axis would tick) are labelled. */
int dyad_plot_heatmap(const dyad_plot *p, const dyad_series *s, size_t n,
                      int metric, dyad_err *err);

#endif
