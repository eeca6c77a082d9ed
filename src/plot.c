/*
 * plot.c - gnuplot driver (see dyad/plot.h).
 */
#define _GNU_SOURCE 1   /* posix_spawn_file_actions_addopen is POSIX; mkdtemp */
#include "dyad/plot.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "dyad/ingest.h"
#include "util/alloc.h"
#include "util/embedded.h"
#include "util/fs.h"

extern char **environ;

static const char *embedded(const char *name, size_t *len)
{
    for (const dyad_embedded_file *f = dyad_embedded_plots; f->name; f++)
        if (strcmp(f->name, name) == 0) {
            *len = f->len;
            return f->data;
        }
    *len = 0;
    return NULL;
}

/* The template with common.gp put in place of its `load`, so the kept
 * script runs on its own. */
static int script_text(const char *tmpl, dyad_buf *out, dyad_err *err)
{
    size_t tl, cl;
    const char *t = embedded(tmpl, &tl), *c = embedded("common.gp", &cl);
    const char *load = "load \"common.gp\"";
    if (!t || !c)
        return dyad_err_set(err, DYAD_EINVAL, NULL, 0,
                            "no chart template %s", tmpl);
    const char *at = NULL;
    for (size_t i = 0; i + strlen(load) <= tl && !at; i++)
        if (memcmp(t + i, load, strlen(load)) == 0)
            at = t + i;
    int rc;
    if (!at)
        rc = dyad_buf_append(out, t, tl);
    else
        rc = dyad_buf_append(out, t, (size_t)(at - t)) ||
             dyad_buf_append(out, c, cl) ||
             dyad_buf_puts(out, t + (at - t) + strlen(load));
    return rc ? dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory")
              : DYAD_OK;
}

static const char *terminal(const char *out)
{
    const char *dot = strrchr(out, '.');
    if (!dot || strchr(dot, '/'))
        return NULL;
    if (strcmp(dot, ".png") == 0)
        return "pngcairo";
    if (strcmp(dot, ".svg") == 0)
        return "svg";
    if (strcmp(dot, ".pdf") == 0)
        return "pdfcairo";
    return NULL;
}

/* path = base of out (without its extension) + suffix. */
static int sibling(const char *out, const char *suffix, dyad_buf *path)
{
    const char *dot = strrchr(out, '.');
    size_t n = dot ? (size_t)(dot - out) : strlen(out);
    dyad_buf_clear(path);
    return dyad_buf_append(path, out, n) || dyad_buf_puts(path, suffix);
}

static int write_file(const char *path, const dyad_buf *b, dyad_err *err)
{
    dyad_atomic *a = dyad_atomic_open(path, err);
    if (!a)
        return DYAD_EIO;
    if (b->len)
        fwrite(b->data, 1, b->len, dyad_atomic_file(a));
    return dyad_atomic_commit(a, err);
}

/* A title as gnuplot will show it: no control characters, at most 200
 * bytes (cut at a character boundary). */
static void clean_title(const char *in, char *out, size_t n)
{
    size_t k = 0;
    for (const unsigned char *p = (const unsigned char *)(in ? in : "");
         *p && k + 1 < n && k < 200; p++)
        out[k++] = (char)(*p < 0x20 || *p == 0x7f ? ' ' : *p);
    while (k > 0 && ((unsigned char)out[k - 1] & 0xc0) == 0x80)
        k--;   /* drop a cut multi-byte tail */
    if (k > 0 && (unsigned char)out[k - 1] >= 0xc0)
        k--;
    out[k] = '\0';
}

static int not_found(const char *prog, dyad_err *err)
{
    return dyad_err_set(err, DYAD_EEXTERNAL, NULL, 0,
                        "%s not found: install it (Debian package "
                        "gnuplot-nox) or set DYAD_GNUPLOT",
                        prog);
}

/* Runs gnuplot with args, waiting at most timeout seconds. */
static int run_gnuplot(const dyad_plot *p, char *const *args, const char *errf,
                       dyad_err *err)
{
    const char *prog = p->gnuplot ? p->gnuplot : getenv("DYAD_GNUPLOT");
    if (!prog || !*prog)
        prog = "gnuplot";
    char *argv[16];
    size_t k = 0;
    argv[k++] = (char *)prog;
    argv[k++] = "-c";
    for (; args[k - 2] && k < 15; k++)
        argv[k] = args[k - 2];
    argv[k] = NULL;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, errf,
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    /* its own process group, so that a timeout stops whatever it started
     * too (a wrapper script's children) */
    posix_spawnattr_t at;
    posix_spawnattr_init(&at);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&at, 0);
    pid_t pid;
    int e = posix_spawnp(&pid, prog, &fa, &at, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    if (e == ENOENT)
        return not_found(prog, err);
    if (e != 0)
        return dyad_err_set(err, DYAD_EEXTERNAL, NULL, 0,
                            "cannot run %s: %s", prog, strerror(e));
    double limit = p->timeout > 0 ? p->timeout : 60;
    struct timespec nap = {0, 20 * 1000 * 1000};
    int status = 0;
    double waited = 0;
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            break;
        if (r < 0 && errno != EINTR)
            return dyad_err_set(err, DYAD_EEXTERNAL, NULL, 0,
                                "lost %s: %s", prog, strerror(errno));
        if (waited >= limit) {
            kill(-pid, SIGKILL);
            waitpid(pid, &status, 0);
            return dyad_err_set(err, DYAD_EEXTERNAL, NULL, 0,
                                "%s did not finish within %g s and was "
                                "stopped",
                                prog, limit);
        }
        nanosleep(&nap, NULL);
        waited += 0.02;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return DYAD_OK;
    char msg[200] = "";
    FILE *f = fopen(errf, "r");
    if (f) {
        size_t n = fread(msg, 1, sizeof msg - 1, f);
        msg[n] = '\0';
        fclose(f);
        for (char *q = msg; *q; q++)
            if (*q == '\n')
                *q = ' ';
    }
    if (WIFSIGNALED(status))
        return dyad_err_set(err, DYAD_EEXTERNAL, NULL, 0,
                            "%s was killed by signal %d", prog,
                            WTERMSIG(status));
    /* Where posix_spawnp cannot report a failed exec (it forks, as under
     * valgrind), the child exits 127 without a word, as a shell would. */
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127 && !msg[0])
        return not_found(prog, err);
    return dyad_err_set(err, DYAD_EEXTERNAL, NULL, 0, "%s failed: %s", prog,
                        msg[0] ? msg : "no message");
}

/* The folder of out exists and can be written in; else DYAD_EIO naming
 * it (gnuplot would only say it cannot open its output). */
static int folder_ok(const char *out, dyad_err *err)
{
    char dir[4096];
    const char *slash = strrchr(out, '/');
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else
        snprintf(dir, sizeof dir, "%.*s", slash == out ? 1 : (int)(slash - out),
                 out);
    struct stat sb;
    if (stat(dir, &sb) != 0)
        return dyad_err_set(err, DYAD_EIO, out, 0,
                            "cannot write the chart: the folder %s %s", dir,
                            errno == ENOENT ? "does not exist"
                                            : strerror(errno));
    if (!S_ISDIR(sb.st_mode))
        return dyad_err_set(err, DYAD_EIO, out, 0,
                            "cannot write the chart: %s is not a folder",
                            dir);
    if (access(dir, W_OK | X_OK) != 0)
        return dyad_err_set(err, DYAD_EIO, out, 0,
                            "cannot write the chart in the folder %s: %s",
                            dir, strerror(errno));
    return DYAD_OK;
}

/* Gives an SVG the chart's title (gnuplot's is "Gnuplot": the hover text
 * of every chart), XML-escaped. */
static int svg_title(const char *path, const char *title, dyad_err *err)
{
    static const char from[] = "<title>Gnuplot</title>";
    dyad_buf svg = {0}, out = {0};
    int rc = dyad_read_file(path, &svg, err);
    const char *at = rc == DYAD_OK ? strstr(svg.data, from) : NULL;
    if (at) {
        rc = dyad_buf_append(&out, svg.data, (size_t)(at - svg.data)) ||
             dyad_buf_puts(&out, "<title>");
        for (const char *c = title; *c && !rc; c++)
            rc = *c == '&'   ? dyad_buf_puts(&out, "&amp;")
                 : *c == '<' ? dyad_buf_puts(&out, "&lt;")
                 : *c == '>' ? dyad_buf_puts(&out, "&gt;")
                             : dyad_buf_putc(&out, *c);
        rc = rc || dyad_buf_puts(&out, "</title>") ||
             dyad_buf_puts(&out, at + strlen(from));
        if (rc)
            rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        FILE *f = rc ? NULL : fopen(path, "wb");
        if (!rc && (!f || fwrite(out.data, 1, out.len, f) != out.len))
            rc = dyad_err_set(err, DYAD_EIO, path, 0, "cannot write: %s",
                              strerror(errno));
        if (f && fclose(f) != 0 && !rc)
            rc = dyad_err_set(err, DYAD_EIO, path, 0, "cannot write: %s",
                              strerror(errno));
    }
    dyad_buf_free(&svg);
    dyad_buf_free(&out);
    return rc;
}

/* Writes data (and extra, when given) and the script, runs gnuplot into a
 * temporary image and renames it over p->out. args are the template's
 * arguments after TERM (NULL-terminated); "@EXTRA" stands for the extra
 * data file's path. */
static int render(const dyad_plot *p, const char *tmpl, const dyad_buf *data,
                  const dyad_buf *extra, const char *const *args,
                  dyad_err *err)
{
    const char *term = terminal(p->out);
    if (!term)
        return dyad_err_set(err, DYAD_EINVAL, p->out, 0,
                            "the chart file must end in .png, .svg or .pdf");
    dyad_buf script = {0}, dpath = {0}, xpath = {0}, spath = {0}, tmp = {0},
             epath = {0};
    char dir[4096] = "";
    int rc = folder_ok(p->out, err);
    rc = rc ? rc : script_text(tmpl, &script, err);
    if (rc)
        goto out;
    if (p->keep) {
        rc = sibling(p->out, ".tsv", &dpath) ||
             sibling(p->out, ".shifts.tsv", &xpath) ||
             sibling(p->out, ".gp", &spath);
    } else {
        snprintf(dir, sizeof dir, "%s/dyad-plot-XXXXXX",
                 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
        if (!mkdtemp(dir)) {
            rc = dyad_err_set(err, DYAD_EIO, dir, 0,
                              "cannot create a temporary directory: %s",
                              strerror(errno));
            goto out;
        }
        rc = dyad_buf_printf(&dpath, "%s/data.tsv", dir) ||
             dyad_buf_printf(&xpath, "%s/shifts.tsv", dir) ||
             dyad_buf_printf(&spath, "%s/chart.gp", dir);
    }
    rc = rc || sibling(p->out, "", &tmp) ||
         dyad_buf_printf(&tmp, ".tmp%ld%s", (long)getpid(),
                         strrchr(p->out, '.')) ||
         dyad_buf_printf(&epath, "%s.err", tmp.data);
    if (rc) {
        rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
        goto out;
    }
    char title[256];
    clean_title(p->title, title, sizeof title);
    dyad_buf head = {0};
    dyad_buf_printf(&head, "# %s chart written by dyad. Re-run with:\n"
                           "#   gnuplot -c %s %s %s 'TITLE' %s",
                    tmpl, spath.data, dpath.data, p->out, term);
    for (size_t i = 0; args[i]; i++)
        dyad_buf_printf(&head, " '%s'",
                        strcmp(args[i], "@EXTRA") == 0 ? xpath.data : args[i]);
    dyad_buf_puts(&head, "\n");
    dyad_buf_append(&head, script.data, script.len);
    if ((rc = write_file(dpath.data, data, err)) ||
        (extra && (rc = write_file(xpath.data, extra, err))) ||
        (rc = write_file(spath.data, &head, err))) {
        dyad_buf_free(&head);
        goto out;
    }
    dyad_buf_free(&head);
    char *argv[14];
    size_t k = 0;
    argv[k++] = spath.data;
    argv[k++] = dpath.data;
    argv[k++] = tmp.data;
    argv[k++] = title;
    argv[k++] = (char *)term;
    for (size_t i = 0; args[i] && k < 13; i++)
        argv[k++] = strcmp(args[i], "@EXTRA") == 0 ? xpath.data
                                                    : (char *)args[i];
    argv[k] = NULL;
    rc = run_gnuplot(p, argv, epath.data, err);
    struct stat sb;
    if (rc == DYAD_OK && (stat(tmp.data, &sb) != 0 || sb.st_size == 0))
        rc = dyad_err_set(err, DYAD_EEXTERNAL, p->out, 0,
                          "gnuplot wrote no image");
    if (rc == DYAD_OK && strcmp(term, "svg") == 0)
        rc = svg_title(tmp.data, title, err);
    if (rc == DYAD_OK && rename(tmp.data, p->out) != 0)
        rc = dyad_err_set(err, DYAD_EIO, p->out, 0, "cannot write: %s",
                          strerror(errno));
    unlink(tmp.data);
    unlink(epath.data);
out:
    if (!p->keep && dir[0]) {
        if (dpath.data)
            unlink(dpath.data);
        if (xpath.data)
            unlink(xpath.data);
        if (spath.data)
            unlink(spath.data);
        rmdir(dir);
    }
    dyad_buf_free(&script);
    dyad_buf_free(&dpath);
    dyad_buf_free(&xpath);
    dyad_buf_free(&spath);
    dyad_buf_free(&tmp);
    dyad_buf_free(&epath);
    return rc;
}

static int put_num(dyad_buf *b, double v)
{
    return isfinite(v) ? dyad_buf_num(b, v, 6) : dyad_buf_puts(b, "NaN");
}

static int put_day(dyad_buf *b, int32_t day)
{
    char iso[11];
    dyad_date_iso(day, iso);
    return dyad_buf_puts(b, iso);
}

/* A round number at least v (1, 2, 5 x 10^k), for an axis's end. */
static double nice_ceil(double v)
{
    if (!(v > 0))
        return 1;
    double p = pow(10, floor(log10(v)));
    return v <= p ? p : v <= 2 * p ? 2 * p : v <= 5 * p ? 5 * p : 10 * p;
}

/* The largest value (and interval bound) of metric in n series. */
static double top_of(const dyad_series *s, size_t n, int metric)
{
    double top = 0;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < s[j].n; i++) {
            double v = fabs(dyad_series_metric(&s[j].rows[i], metric)), lo,
                   hi;
            dyad_series_metric_ci(&s[j].rows[i], metric, &lo, &hi);
            if (isfinite(v) && v > top)
                top = v;
            if (isfinite(hi) && fabs(hi) > top)
                top = fabs(hi);
            if (isfinite(lo) && fabs(lo) > top)
                top = fabs(lo);
        }
    return top;
}

/* The y range of a chart of metric: the metric's own, or for an
 * intensity (which has no useful bound) the data's, from 0 (or
 * symmetric around 0 for net). */
static void range_text(int metric, const dyad_series *s, size_t n,
                       char lo[24], char hi[24])
{
    double a, b;
    dyad_metric_range(metric, &a, &b);
    if (dyad_metric_is_count(metric)) {
        b = nice_ceil(top_of(s, n, metric));
        a = metric == DYAD_METRIC_NET ? -b : 0;
    }
    snprintf(lo, 24, "%g", a);
    snprintf(hi, 24, "%g", b);
}

/* Seconds since 1970 at the start of a day. */
static long long secs(int32_t day)
{
    return (long long)day * 86400;
}

/* Tick steps on calendar boundaries, finest first: days, Mondays, the
 * first of every k-th month (months counted from January), January 1 of
 * every k-th year; each with the finer step drawn as minor ticks (none
 * when -1). */
enum { STEP_DAY, STEP_MONTH, STEP_YEAR };
static const struct tick_step {
    int unit, k, minor;
} tick_steps[] = {
    {STEP_DAY, 1, -1},   {STEP_DAY, 7, 0},    {STEP_MONTH, 1, -1},
    {STEP_MONTH, 2, 2},  {STEP_MONTH, 3, 2},  {STEP_MONTH, 6, 2},
    {STEP_YEAR, 1, 4},   {STEP_YEAR, 2, 6},   {STEP_YEAR, 5, 6},
    {STEP_YEAR, 10, 8},  {STEP_YEAR, 20, 9},  {STEP_YEAR, 50, 9},
    {STEP_YEAR, 100, 11}, {STEP_YEAR, 200, 12}, {STEP_YEAR, 500, 13},
    {STEP_YEAR, 1000, 14}};
#define NSTEPS (sizeof tick_steps / sizeof tick_steps[0])

/* The ticks of step in [a, b] (days): their count, and with out their
 * positions (prefix before each) appended. */
static size_t ticks(const struct tick_step *st, int32_t a, int32_t b,
                    const char *prefix, dyad_buf *out, int32_t *first)
{
    size_t n = 0;
    int y, m, d;
    dyad_civil_from_days(a, &y, &m, &d);
    if (st->unit == STEP_DAY) {
        for (int32_t t = a; t <= b; t++)
            if (st->k == 1 || (t + 3) % 7 == 0) {   /* day 4 is a Monday */
                if (!n++ && first)
                    *first = t;
                if (out)
                    dyad_buf_printf(out, " %s%lld", prefix, secs(t));
            }
        return n;
    }
    long mo = (long)y * 12 + (m - 1);   /* the month holding a */
    long step = st->unit == STEP_MONTH ? st->k : 12L * st->k;
    for (long i = mo + (step - ((mo % step) + step) % step) % step; ;
         i += step) {
        long yy = i >= 0 ? i / 12 : -((-i + 11) / 12);
        int32_t t = dyad_days_from_civil((int)yy, (int)(i - yy * 12) + 1, 1);
        if (t > b)
            break;
        if (t < a)
            continue;
        if (!n++ && first)
            *first = t;
        if (out)
            dyad_buf_printf(out, " %s%lld", prefix, secs(t));
    }
    return n;
}

/* The finest step with at most 12 ticks (8 for dates) in [a, b]. */
static const struct tick_step *tick_step_for(int32_t a, int32_t b)
{
    size_t k = 0;
    while (k + 1 < NSTEPS &&
           ticks(&tick_steps[k], a, b, "", NULL, NULL) >
               (tick_steps[k].unit == STEP_DAY ? 8u : 12u))
        k++;
    return &tick_steps[k];
}

/* The x axis of a chart of s, as the templates' XAXIS argument: "FORMAT
 * XMIN XMAX TIC... mTIC..." in seconds since 1970 (m: a minor tick). It
 * spans the periods from the first one's start to the last one's end,
 * so a pair's charts share it, with at most 12 (8 for dates) ticks on
 * calendar boundaries: Mondays, month, year or decade starts. */
static int xaxis_text(const dyad_series *s, dyad_buf *out)
{
    dyad_buf_clear(out);
    if (!s->n)
        return dyad_buf_puts(out, "%Y-%m");
    int32_t a = s->rows[0].start,
            b = dyad_period_next(s->rows[s->n - 1].start, s->by);
    const struct tick_step *st = tick_step_for(a, b);
    int rc = dyad_buf_printf(out, "%s %lld %lld",
                             st->unit == STEP_DAY     ? "%Y-%m-%d"
                             : st->unit == STEP_MONTH ? "%Y-%m"
                                                      : "%Y",
                             secs(a), secs(b));
    ticks(st, a, b, "", out, NULL);
    const struct tick_step *minor =
        st->minor >= 0 ? &tick_steps[st->minor] : NULL;
    if (minor && ticks(minor, a, b, "", NULL, NULL) <= 80)
        ticks(minor, a, b, "m", out, NULL);
    return rc || !out->data;
}

/* Each period's end (the next one's start), for the templates to place a
 * value in the middle of its period and a bar across it. */
static int put_end(dyad_buf *b, const dyad_series *s, size_t i)
{
    return dyad_buf_putc(b, '\t') ||
           put_day(b, dyad_period_next(s->rows[i].start, s->by));
}

static const char *const ylabels[DYAD_METRICS] = {
    "tone (mean sentence compound, -1..1)", "Goldstein-like weight (-10..10)",
    "tension (conflict share of hits)", "share of all articles",
    "conflict articles per 1,000 stored",
    "cooperation articles per 1,000 stored",
    "threat articles per 1,000 stored", "act articles per 1,000 stored",
    "net Goldstein weight per 1,000 articles"};

/* The shifts file: segments between shifts and their means. */
static int put_segments(dyad_buf *x, const dyad_plot_segment *seg,
                        size_t nseg)
{
    /* the shift column's header is the shift lines' legend entry: none
     * when there is no shift to draw (a quoted empty string: gnuplot
     * takes a trailing empty field for the first row's value) */
    int any = 0;
    for (size_t i = 0; i < nseg; i++)
        any |= seg[i].shift;
    int rc = dyad_buf_puts(x, any ? "start\tend\tmean\tshift\n"
                                  : "start\tend\tmean\t\"\"\n");
    for (size_t i = 0; i < nseg && !rc; i++)
        rc = put_day(x, seg[i].start) || dyad_buf_putc(x, '\t') ||
             put_day(x, seg[i].end) || dyad_buf_putc(x, '\t') ||
             put_num(x, seg[i].mean) ||
             dyad_buf_printf(x, "\t%d\n", seg[i].shift);
    return rc;
}

int dyad_plot_line(const dyad_plot *p, const dyad_series *s, int metric,
                   const dyad_plot_segment *seg, size_t nseg, dyad_err *err)
{
    /* the band is cut at the metric's range (a t interval of a few
     * articles' tones runs far past -1..1), and its legend says so */
    double ya, yb;
    dyad_metric_range(metric, &ya, &yb);
    int band = 0, cut = 0;
    for (size_t i = 0; i < s->n; i++) {
        double lo, hi;
        dyad_series_metric_ci(&s->rows[i], metric, &lo, &hi);
        band |= isfinite(lo) && isfinite(hi);
        cut |= lo < ya || hi > yb;
    }
    dyad_buf d = {0}, x = {0}, ax = {0};
    int rc = dyad_buf_puts(&d, "period_start\tvalue\t");
    if (band && cut)
        rc = rc || dyad_buf_printf(&d, "95%% CI (cut at %g..%g)", ya, yb);
    else if (band)
        rc = rc || dyad_buf_puts(&d, "95% CI");
    rc = rc || dyad_buf_puts(&d, "\tci_high\tarticles\tperiod_end\n");
    for (size_t i = 0; i < s->n && !rc; i++) {
        const dyad_series_row *r = &s->rows[i];
        double lo, hi;
        dyad_series_metric_ci(r, metric, &lo, &hi);
        lo = lo < ya ? ya : lo;
        hi = hi > yb ? yb : hi;
        rc = put_day(&d, r->start) || dyad_buf_putc(&d, '\t') ||
             put_num(&d, dyad_series_metric(r, metric)) ||
             dyad_buf_putc(&d, '\t') || put_num(&d, lo) ||
             dyad_buf_putc(&d, '\t') || put_num(&d, hi) ||
             dyad_buf_printf(&d, "\t%lld", (long long)r->sum.articles) ||
             put_end(&d, s, i) || dyad_buf_putc(&d, '\n');
    }
    rc = rc || put_segments(&x, seg, nseg) || xaxis_text(s, &ax);
    char lo[24], hi[24];
    range_text(metric, s, 1, lo, hi);
    const char *args[] = {ylabels[metric], lo, hi, nseg ? "@EXTRA" : "",
                          ax.data, NULL};
    if (rc)
        rc = dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    else
        rc = render(p, "line.gp", &d, nseg ? &x : NULL, args, err);
    dyad_buf_free(&d);
    dyad_buf_free(&x);
    dyad_buf_free(&ax);
    return rc;
}

/* Pair names as TSV header cells: tabs and newlines would break the file. */
static int put_label(dyad_buf *b, const char *s)
{
    int rc = 0;
    for (; *s && !rc; s++)
        rc = dyad_buf_putc(b, (unsigned char)*s < 0x20 ? ' ' : *s);
    return rc;
}

int dyad_plot_compare(const dyad_plot *p, const dyad_series *s, size_t n,
                      int metric, dyad_err *err)
{
    dyad_buf d = {0}, ax = {0};
    int rc = dyad_buf_puts(&d, "period_start\tperiod_end");
    for (size_t j = 0; j < n && !rc; j++)
        rc = dyad_buf_putc(&d, '\t') || put_label(&d, s[j].pair);
    rc = rc || dyad_buf_putc(&d, '\n');
    size_t rows = n ? s[0].n : 0;
    for (size_t i = 0; i < rows && !rc; i++) {
        rc = put_day(&d, s[0].rows[i].start) || put_end(&d, &s[0], i);
        for (size_t j = 0; j < n && !rc; j++)
            rc = dyad_buf_putc(&d, '\t') ||
                 put_num(&d, i < s[j].n ? dyad_series_metric(&s[j].rows[i],
                                                             metric)
                                        : NAN);
        rc = rc || dyad_buf_putc(&d, '\n');
    }
    if (n)
        rc = rc || xaxis_text(&s[0], &ax);
    char lo[24], hi[24], np[24];
    range_text(metric, s, n, lo, hi);
    snprintf(np, sizeof np, "%zu", n);
    const char *args[] = {ylabels[metric], lo, hi, np,
                          ax.data ? ax.data : "%Y-%m", NULL};
    rc = rc ? dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory")
            : render(p, "compare.gp", &d, NULL, args, err);
    dyad_buf_free(&d);
    dyad_buf_free(&ax);
    return rc;
}

int dyad_plot_volume(const dyad_plot *p, const dyad_series *s, dyad_err *err)
{
    dyad_buf d = {0}, ax = {0};
    int rc = dyad_buf_puts(&d, "period_start\tarticles\ttension\t"
                               "period_end\n");
    double top = 0;
    for (size_t i = 0; i < s->n && !rc; i++) {
        long long a = (long long)s->rows[i].sum.articles;
        top = (double)a > top ? (double)a : top;
        rc = put_day(&d, s->rows[i].start) ||
             dyad_buf_printf(&d, "\t%lld\t", a) ||
             put_num(&d, s->rows[i].tension) || put_end(&d, s, i) ||
             dyad_buf_putc(&d, '\n');
    }
    rc = rc || xaxis_text(s, &ax);
    /* whole articles on the axis; bars fill their periods when there are
     * many, so that a long series reads as an area, not a barcode */
    double ymax = nice_ceil(top < 1 ? 1 : top);
    double step = ymax <= 5 ? 1 : nice_ceil(ymax / 5);
    char ymx[24], yst[24];
    snprintf(ymx, sizeof ymx, "%g", ymax);
    snprintf(yst, sizeof yst, "%g", step);
    const char *args[] = {ax.data, ymx, yst, s->n > 60 ? "1" : "0.8", NULL};
    rc = rc ? dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory")
            : render(p, "volume.gp", &d, NULL, args, err);
    dyad_buf_free(&d);
    dyad_buf_free(&ax);
    return rc;
}

int dyad_plot_intensity(const dyad_plot *p, const dyad_series *s,
                        const dyad_plot_segment *seg, size_t nseg,
                        dyad_err *err)
{
    static const int m[2] = {DYAD_METRIC_CONFLICT, DYAD_METRIC_COOPERATION};
    dyad_buf d = {0}, x = {0}, ax = {0};
    int rc = dyad_buf_puts(&d, "period_start\tconflict\tconflict_ci_low\t"
                               "conflict_ci_high\tcooperation\t"
                               "cooperation_ci_low\tcooperation_ci_high\t"
                               "articles\tperiod_end\n");
    double top = 0;
    for (size_t i = 0; i < s->n && !rc; i++) {
        const dyad_series_row *r = &s->rows[i];
        rc = put_day(&d, r->start);
        for (int k = 0; k < 2 && !rc; k++) {
            double lo, hi;
            dyad_series_metric_ci(r, m[k], &lo, &hi);
            rc = dyad_buf_putc(&d, '\t') ||
                 put_num(&d, dyad_series_metric(r, m[k])) ||
                 dyad_buf_putc(&d, '\t') || put_num(&d, lo) ||
                 dyad_buf_putc(&d, '\t') || put_num(&d, hi);
        }
        rc = rc || dyad_buf_printf(&d, "\t%lld", (long long)r->total) ||
             put_end(&d, s, i) || dyad_buf_putc(&d, '\n');
    }
    for (int k = 0; k < 2; k++) {
        double t = top_of(s, 1, m[k]);
        top = t > top ? t : top;
    }
    rc = rc || put_segments(&x, seg, nseg) || xaxis_text(s, &ax);
    char ymax[24];
    snprintf(ymax, sizeof ymax, "%g", nice_ceil(top));
    const char *args[] = {ax.data, ymax, nseg ? "@EXTRA" : "", NULL};
    rc = rc ? dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory")
            : render(p, "intensity.gp", &d, nseg ? &x : NULL, args, err);
    dyad_buf_free(&d);
    dyad_buf_free(&x);
    dyad_buf_free(&ax);
    return rc;
}

int dyad_plot_histogram(const dyad_plot *p, const double *tones, size_t n,
                        dyad_err *err)
{
    long bins[20] = {0};
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(tones[i]))
            continue;
        int b = (int)floor((tones[i] + 1) * 10);
        bins[b < 0 ? 0 : b > 19 ? 19 : b]++;
    }
    dyad_buf d = {0};
    int rc = dyad_buf_puts(&d, "bin_center\tarticles\n");
    for (int b = 0; b < 20 && !rc; b++)
        rc = dyad_buf_num(&d, -0.95 + 0.1 * b, 2) ||
             dyad_buf_printf(&d, "\t%ld\n", bins[b]);
    const char *args[] = {NULL};
    rc = rc ? dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory")
            : render(p, "histogram.gp", &d, NULL, args, err);
    dyad_buf_free(&d);
    return rc;
}

/* The label of the first tick of st in the period [a, next): the year,
 * the month (YYYY-MM) or the day; nothing when there is none. */
static int put_tick_label(dyad_buf *b, const struct tick_step *st, int32_t a,
                          int32_t next)
{
    int32_t t;
    if (!ticks(st, a, next - 1, "", NULL, &t))
        return 0;
    int y, m, d;
    dyad_civil_from_days(t, &y, &m, &d);
    return st->unit == STEP_YEAR    ? dyad_buf_printf(b, "%d", y)
           : st->unit == STEP_MONTH ? dyad_buf_printf(b, "%04d-%02d", y, m)
                                    : put_day(b, t);
}

int dyad_plot_heatmap(const dyad_plot *p, const dyad_series *s, size_t n,
                      int metric, dyad_err *err)
{
    dyad_buf d = {0};
    int rc = dyad_buf_puts(&d, "x\ty\tvalue\tperiod\tpair\n");
    size_t rows = n ? s[0].n : 0;
    /* period labels where a period holds a calendar boundary of the
     * step a time axis would tick (at most 12: 1800, 1820, ... for
     * decades), labelled with the boundary */
    const struct tick_step *st =
        rows ? tick_step_for(s[0].rows[0].start,
                             dyad_period_next(s[0].rows[rows - 1].start,
                                              s[0].by))
             : tick_steps;
    for (size_t j = 0; j < n && !rc; j++)
        for (size_t i = 0; i < rows && !rc; i++) {
            rc = dyad_buf_printf(&d, "%zu\t%zu\t", i, j) ||
                 put_num(&d, i < s[j].n ? dyad_series_metric(&s[j].rows[i],
                                                             metric)
                                        : NAN) ||
                 dyad_buf_putc(&d, '\t');
            /* every row of a period carries the same label, or gnuplot
             * would let an empty one win */
            if (!rc)
                rc = put_tick_label(&d, st, s[0].rows[i].start,
                                    dyad_period_next(s[0].rows[i].start,
                                                     s[0].by));
            rc = rc || dyad_buf_putc(&d, '\t');
            if (!rc && i == 0)
                rc = put_label(&d, s[j].pair);
            rc = rc || dyad_buf_putc(&d, '\n');
        }
    /* the colour scale spans the values there are, symmetric around 0
     * for tone and Goldstein, so that small differences show */
    double top = 0;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < s[j].n; i++) {
            double v = fabs(dyad_series_metric(&s[j].rows[i], metric));
            if (isfinite(v) && v > top)
                top = v;
        }
    top = top > 0 ? ceil(top * 10) / 10 : 1;
    int signed_metric = metric == DYAD_METRIC_TONE ||
                        metric == DYAD_METRIC_GOLDSTEIN ||
                        metric == DYAD_METRIC_NET;
    char lo[16], hi[16], np[24];
    snprintf(lo, sizeof lo, "%g", signed_metric ? -top : 0);
    snprintf(hi, sizeof hi, "%g", top);
    snprintf(np, sizeof np, "%zu", n);
    /* tension, conflict, threats, acts: high is conflict, so their
     * colours run the other way */
    int reverse = metric == DYAD_METRIC_TENSION ||
                  metric == DYAD_METRIC_CONFLICT ||
                  metric == DYAD_METRIC_THREATS ||
                  metric == DYAD_METRIC_ACTS;
    const char *args[] = {dyad_metric_name(metric), lo, hi, np,
                          reverse ? "1" : "0", NULL};
    rc = rc ? dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory")
            : render(p, "heatmap.gp", &d, NULL, args, err);
    dyad_buf_free(&d);
    return rc;
}
