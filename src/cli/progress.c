/* cli/progress.c - the progress line of long runs (see cli.h).
 *
 * On a terminal (stderr a TTY, no -q) one line is redrawn in place at
 * most four times a second: records done, megabytes read, MB/s and, when
 * the input's size is known, the time left. Under cron (no terminal)
 * nothing is drawn; -v there prints the line once every ten seconds, and
 * -v always ends with a one-line summary. DYAD_PROGRESS_SECONDS sets
 * another interval (for tests). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void dyad_cli_progress_begin(dyad_cli_progress *p, const dyad_cli_ctx *ctx,
                             const char *unit, uint64_t total)
{
    p->ctx = ctx;
    p->unit = unit;
    p->total = total;
    p->tty = !ctx->quiet && isatty(STDERR_FILENO);
    p->every = p->tty ? 0.25 : ctx->verbose ? 10.0 : 0;
    /* DYAD_PROGRESS_SECONDS: another interval (the tests draw often) */
    const char *env = getenv("DYAD_PROGRESS_SECONDS");
    if (env && p->every > 0) {
        char *end;
        double v = strtod(env, &end);
        if (end != env && *end == '\0' && v >= 0 && v <= 3600)
            p->every = v > 0 ? v : 1e-9;
    }
    p->t0 = p->shown = now();
    p->drawn = 0;
    p->calls = 0;
}

/* "12,345" into out. */
static void thousands(uint64_t n, char *out, size_t cap)
{
    char d[24];
    int len = snprintf(d, sizeof d, "%llu", (unsigned long long)n);
    size_t o = 0;
    for (int i = 0; i < len && o + 2 < cap; i++) {
        if (i && (len - i) % 3 == 0)
            out[o++] = ',';
        out[o++] = d[i];
    }
    out[o] = '\0';
}

/* The line's text: "1,234 articles, 5.6 MB, 7.8 MB/s, 0:12 left". */
static void line(const dyad_cli_progress *p, uint64_t n, uint64_t bytes,
                 double secs, char *out, size_t cap)
{
    char num[32];
    thousands(n, num, sizeof num);
    double mb = (double)bytes / 1e6, rate = secs > 0 ? mb / secs : 0;
    if (bytes == 0 && p->total == 0) {   /* counted, not read: pairs */
        snprintf(out, cap, "%s %s", num, p->unit);
        return;
    }
    int k = snprintf(out, cap, "%s %s, %.1f MB, %.1f MB/s", num, p->unit, mb,
                     rate);
    if (k > 0 && (size_t)k < cap && p->total > bytes && rate > 0) {
        double left = ((double)(p->total - bytes) / 1e6) / rate;
        unsigned long s = (unsigned long)(left + 0.5);
        snprintf(out + k, cap - (size_t)k, ", %lu:%02lu left", s / 60,
                 s % 60);
    }
}

int dyad_cli_progress_due(dyad_cli_progress *p)
{
    /* every 16th record: the caller's counts (a file offset is a system
     * call) and the clock are read that often, never under cron */
    if (p->every == 0)
        return 0;
    return (++p->calls & 15) == 0 || p->every < 0.01;
}

void dyad_cli_progress_step(dyad_cli_progress *p, uint64_t n, uint64_t bytes)
{
    double t = now();
    if (t - p->shown < p->every)
        return;
    p->shown = t;
    char text[160];
    line(p, n, bytes, t - p->t0, text, sizeof text);
    if (p->tty) {
        fprintf(stderr, "\rdyad: %s: %s\033[K", p->ctx->cmd, text);
        p->drawn = 1;
    } else {
        fprintf(stderr, "dyad: %s: %s\n", p->ctx->cmd, text);
    }
    fflush(stderr);
}

void dyad_cli_progress_end(dyad_cli_progress *p, uint64_t n, uint64_t bytes)
{
    if (p->drawn)
        fputs("\r\033[K", stderr);
    p->drawn = 0;
    if (!p->ctx->verbose)
        return;
    double secs = now() - p->t0;
    char text[160];
    p->total = 0;   /* no time left in a summary */
    line(p, n, bytes, secs, text, sizeof text);
    fprintf(stderr, "dyad: %s: %s in %.1f s\n", p->ctx->cmd, text, secs);
}
