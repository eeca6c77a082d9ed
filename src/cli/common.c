/* cli/common.c - shared CLI plumbing (see cli.h). */
#include "cli/cli.h"

#include <errno.h>
#include <signal.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dyad/series.h"
#include "dyad/store.h"
#include "util/fs.h"

volatile int dyad_cli_signal = 0;

static void on_signal(int sig)
{
    dyad_cli_signal = sig;
}

void dyad_cli_catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    /* no SA_RESTART: a blocking read returns, and the loop sees the flag */
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    /* past `ulimit -f` a write fails with EFBIG and is reported like a
     * full disk (exit 74, temp files removed), instead of the default
     * SIGXFSZ killing dyad without a word */
    signal(SIGXFSZ, SIG_IGN);
}

int dyad_cli_stopped(const dyad_cli_ctx *ctx)
{
    if (!dyad_cli_signal)
        return 0;
    dyad_cli_msg(ctx, "stopped by signal %d; what was done is kept and "
                      "complete, the rest can be run again",
                 (int)dyad_cli_signal);
    return 128 + dyad_cli_signal;
}

int dyad_cli_exit_code(int code)
{
    switch (code) {
    case DYAD_OK: return EXIT_OK;
    case DYAD_EPARSE: return EXIT_DATAERR;
    case DYAD_EINVAL: return EXIT_USAGE;
    case DYAD_ENOENT: return EXIT_NOINPUT;
    case DYAD_EIO: return EXIT_IOERR;
    case DYAD_EDB: return EXIT_IOERR;
    case DYAD_EEXTERNAL: return EXIT_UNAVAILABLE;
    case DYAD_EBUSY: return EXIT_TEMPFAIL;
    default: return EXIT_SOFTWARE;   /* ENOMEM, EMATH, unknown */
    }
}

void dyad_cli_error(const dyad_cli_ctx *ctx, const dyad_err *err)
{
    char line[700];
    fprintf(stderr, "dyad: %s: %s\n", ctx->cmd,
            dyad_err_format(err, line, sizeof line));
}

void dyad_cli_msg(const dyad_cli_ctx *ctx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "dyad: %s: ", ctx->cmd);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int dyad_cli_usage(const dyad_cli_ctx *ctx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "dyad: %s: ", ctx->cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry 'dyad %s --help'.\n", ctx->cmd);
    va_end(ap);
    return EXIT_USAGE;
}

int dyad_cli_input_opt(const dyad_cli_ctx *ctx, dyad_cli_input *in, int c,
                       const char *arg)
{
    long long v;
    switch (c) {
    case 1000: in->ingest.id_field = arg; return 1;
    case 1001: in->ingest.date_field = arg; return 1;
    case 1002: in->ingest.title_field = arg; return 1;
    case 1003: in->ingest.text_field = arg; return 1;
    case 1004: in->lexdir = arg; return 1;
    case 1005: in->self = arg; return 1;
    case 1006: in->rejects = arg; return 1;
    case 1007: in->vader_only = 1; return 1;
    case 1008:
        if (dyad_cli_int(ctx, "--evidence", arg, "sentences", 0, 1000, &v))
            return -1;
        in->evidence = (int)v;
        return 1;
    case 1009: in->strict = 1; return 1;
    case 1012: in->no_events = 1; return 1;
    case 1011:
        if (dyad_cli_int(ctx, "--window", arg, "sentences", 0, 5, &v))
            return -1;
        in->window = (int)v;
        return 1;
    case 1013:
        if ((in->ingest.format = dyad_input_format_parse(arg)) < 0) {
            dyad_cli_usage(ctx, "--input-format: '%s' is not one of auto, "
                                "jsonl, json, csv, rss, atom", arg);
            return -1;
        }
        return 1;
    case 1010:
        if (dyad_cli_int(ctx, "--max-article-bytes", arg, "bytes", 64,
                         1LL << 40, &v))
            return -1;
        in->ingest.max_record_bytes = (size_t)v;
        return 1;
    default: return 0;
    }
}

int dyad_cli_model_load(const dyad_cli_ctx *ctx, const dyad_cli_input *in,
                        dyad_cli_model *m)
{
    dyad_err err = {0};
    int rc;
    memset(m, 0, sizeof *m);
    m->lex = dyad_lex_new();
    m->ga = dyad_actors_new();
    if (!m->lex || !m->ga) {
        dyad_err_set(&err, DYAD_ENOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    rc = dyad_lex_load_builtin(m->lex, in->vader_only ? DYAD_LEX_VADER_ONLY : 0,
                               &err);
    if (rc == DYAD_OK)
        rc = dyad_actors_load_builtin(m->ga, &err);
    const char *dir = in->lexdir ? in->lexdir : getenv("DYAD_LEXICONS");
    if (rc == DYAD_OK && dir && *dir) {
        rc = dyad_lex_load_dir(m->lex, dir, &err);
        if (rc == DYAD_OK)
            rc = dyad_actors_load_dir(m->ga, dir, &err);
    }
    if (rc != DYAD_OK)
        goto fail;
    dyad_score_opts so = {in->vader_only, in->evidence, -1, in->window,
                          !in->no_events && !in->vader_only};
    if (in->self) {
        so.self = dyad_actors_lookup(m->ga, in->self, strlen(in->self));
        if (so.self < 0) {
            dyad_cli_usage(ctx, "--self: unknown country '%s'", in->self);
            dyad_cli_model_free(m);
            return EXIT_USAGE;
        }
    }
    m->sc = dyad_scorer_new(m->lex, m->ga, &so, &err);
    if (!m->sc)
        goto fail;
    return EXIT_OK;
fail:
    dyad_cli_error(ctx, &err);
    dyad_cli_model_free(m);
    /* a broken lexicon is the user's data, not our bug */
    return err.code == DYAD_EPARSE ? EXIT_DATAERR
                                   : dyad_cli_exit_code(err.code);
}

void dyad_cli_model_free(dyad_cli_model *m)
{
    dyad_scorer_free(m->sc);
    dyad_actors_free(m->ga);
    dyad_lex_free(m->lex);
    memset(m, 0, sizeof *m);
}

int dyad_cli_flush(const dyad_cli_ctx *ctx, dyad_buf *b)
{
    if (b->len && fwrite(b->data, 1, b->len, stdout) != b->len) {
        dyad_cli_msg(ctx, "cannot write output: %s", strerror(errno));
        return EXIT_IOERR;
    }
    dyad_buf_clear(b);
    return EXIT_OK;
}

/* Rejected records listed on stderr before the rest are only counted. */
#define MAX_LISTED 100

/* The worse of two exit statuses: errors beat data problems, which beat
 * success. */
static int worse(int a, int b)
{
    if (a == EXIT_OK)
        return b;
    if (b == EXIT_OK || a == b)
        return a;
    if (a == EXIT_DATAERR || a == EXIT_NOINPUT)
        return b;
    return a;
}

int dyad_cli_read_all(const dyad_cli_ctx *ctx, dyad_cli_input *in,
                      char **files, int nfiles, dyad_cli_article_fn fn,
                      void *arg)
{
    static char *const stdin_only[] = {"-"};
    int status = EXIT_OK;
    dyad_atomic *rej = NULL;
    dyad_err err = {0};
    if (in->rejects && !(rej = dyad_atomic_open(in->rejects, &err))) {
        dyad_cli_error(ctx, &err);
        return EXIT_CANTCREAT;
    }
    if (nfiles == 0) {
        files = (char **)stdin_only;
        nfiles = 1;
    }
    int stop = 0;
    unsigned long listed = 0;
    /* progress against the inputs' sizes (regular files; 0: unknown) */
    uint64_t total = 0, done = 0;
    for (int f = 0; f < nfiles; f++) {
        struct stat sb;
        int ok = strcmp(files[f], "-") == 0 ? fstat(STDIN_FILENO, &sb) == 0
                                            : stat(files[f], &sb) == 0;
        total += ok && S_ISREG(sb.st_mode) ? (uint64_t)sb.st_size : 0;
    }
    dyad_cli_progress prog;
    dyad_cli_progress_begin(&prog, ctx, "articles", total);
    unsigned long seen = 0;
    for (int f = 0; f < nfiles && !stop && !dyad_cli_signal; f++) {
        dyad_reader *r = dyad_reader_open(files[f], &in->ingest, &err);
        if (!r) {
            dyad_cli_error(ctx, &err);
            status = worse(status, dyad_cli_exit_code(err.code));
            continue;
        }
        dyad_article a;
        int rc;
        while (!dyad_cli_signal &&
               (rc = dyad_reader_next(r, &a, &err)) != 0) {
            if (dyad_cli_signal)
                break;   /* an interrupted read is no read error */
            if (dyad_cli_progress_due(&prog))
                dyad_cli_progress_step(&prog,
                                       seen + dyad_reader_stats(r)->read,
                                       done + dyad_reader_offset(r));
            if (rc == 1) {
                int st = fn(arg, &a);
                if (st != EXIT_OK) {
                    status = worse(status, st);
                    stop = 1;
                    break;
                }
                continue;
            }
            if (rc == DYAD_EPARSE) {
                /* a feed that went bad wholesale must not bury the log:
                 * the first ones are listed, all are counted (and kept
                 * whole with --rejects) */
                if (listed < MAX_LISTED)   /* -q too: a reject is an error */
                    dyad_cli_error(ctx, &err);
                if (++listed == MAX_LISTED)
                    dyad_cli_msg(ctx, "further rejected records are not "
                                      "listed%s",
                                 rej ? "" : " (--rejects FILE keeps them)");
                status = worse(status, EXIT_DATAERR);
                dyad_span raw = dyad_reader_raw(r);
                if (rej && raw.len) {
                    fwrite(raw.ptr, 1, raw.len, dyad_atomic_file(rej));
                    fputc('\n', dyad_atomic_file(rej));
                }
                if (in->strict) {
                    stop = 1;
                    break;
                }
                continue;
            }
            dyad_cli_error(ctx, &err);
            status = worse(status, dyad_cli_exit_code(rc));
            break;
        }
        const dyad_ingest_stats *rs = dyad_reader_stats(r);
        seen += rs->read;
        done += dyad_reader_offset(r);
        in->totals.read += rs->read;
        in->totals.good += rs->good;
        in->totals.rejected += rs->rejected;
        in->totals.repaired += rs->repaired;
        if (ctx->verbose) {
            const dyad_ingest_stats *s = rs;
            dyad_cli_msg(ctx, "%s: %lu records, %lu good, %lu rejected, "
                              "%lu repaired",
                         files[f], s->read, s->good, s->rejected, s->repaired);
        }
        dyad_reader_close(r);
    }
    dyad_cli_progress_end(&prog, seen, done);
    if (listed >= MAX_LISTED)
        dyad_cli_msg(ctx, "%lu records rejected in all", listed);
    if (rej && dyad_atomic_commit(rej, &err) != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        status = worse(status, EXIT_CANTCREAT);
    }
    return status;
}

dyad_store *dyad_cli_store(const dyad_cli_ctx *ctx, int mode, double wait,
                           int batch, int *status)
{
    dyad_err err = {0};
    dyad_store_opts o = {0};
    o.batch = batch;
    o.lock = ctx->lock;
    o.wait = wait;
    o.read_only = mode == DYAD_CLI_READ;
    o.must_exist = mode == DYAD_CLI_UPDATE;
    dyad_store *st = dyad_store_open(ctx->db, &o, &err);
    if (!st) {
        dyad_cli_error(ctx, &err);
        *status = err.code == DYAD_EDB ? EXIT_DATAERR
                                       : dyad_cli_exit_code(err.code);
        if (err.code == DYAD_EIO && mode != DYAD_CLI_READ)
            *status = EXIT_CANTCREAT;
    }
    return st;
}

int dyad_cli_pair_stored(const dyad_cli_ctx *ctx, dyad_store *st,
                         const char *pair)
{
    int stored = 0;
    dyad_err err = {0};
    if (dyad_store_pair_stored(st, pair, &stored, &err) != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        return dyad_cli_exit_code(err.code);
    }
    if (stored)
        return EXIT_OK;
    dyad_cli_msg(ctx, "no article in %s names %s (dyad pairs lists the "
                      "stored pairs)",
                 ctx->db, pair);
    return EXIT_NOINPUT;
}

void dyad_cli_none_found(const dyad_cli_ctx *ctx, const char *what)
{
    if (!ctx->quiet && isatty(STDERR_FILENO))
        dyad_cli_msg(ctx, "no %s found", what);
}

int dyad_cli_int(const dyad_cli_ctx *ctx, const char *opt, const char *arg,
                 const char *unit, long long lo, long long hi,
                 long long *out)
{
    /* digits only: strtoll alone would take " 5", "+5" and, through
     * strtoull, "-1" as a huge number */
    int digits = *arg != '\0';
    for (const char *p = arg; *p; p++)
        digits &= *p >= '0' && *p <= '9';
    errno = 0;
    char *end;
    long long v = digits ? strtoll(arg, &end, 10) : 0;
    if (!digits || errno || v < lo || v > hi) {
        dyad_cli_usage(ctx, "%s takes a number of %s from %lld to %lld", opt,
                       unit, lo, hi);
        return -1;
    }
    *out = v;
    return 0;
}

int dyad_cli_seconds(const dyad_cli_ctx *ctx, const char *opt,
                     const char *arg, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(arg, &end);
    if (*arg == '\0' || *end || errno || !(v >= 0 && v <= 86400)) {
        dyad_cli_usage(ctx, "%s takes seconds from 0 to 86400", opt);
        return -1;
    }
    *out = v;
    return 0;
}

int dyad_cli_alpha(const dyad_cli_ctx *ctx, const char *arg, double *out)
{
    char *end;
    double v = strtod(arg, &end);
    if (*end || !(v > 0 && v < 1)) {
        dyad_cli_usage(ctx, "--alpha takes a number between 0 and 1");
        return -1;
    }
    *out = v;
    return 0;
}

int dyad_cli_day(const dyad_cli_ctx *ctx, const char *opt, const char *arg,
                 int32_t *out)
{
    dyad_date d;
    dyad_err err = {0};
    if (dyad_date_parse(arg, strlen(arg), &d, &err) != DYAD_OK) {
        dyad_cli_usage(ctx, "%s: %s", opt, err.msg);
        return -1;
    }
    *out = d.day;
    return 0;
}

/* "AAA-BBB" in capitals and in order: already a pair name. */
static int canonical_pair(const char *s)
{
    const char *dash = strchr(s, '-');
    if (!dash || strchr(dash + 1, '-'))
        return 0;
    size_t la = (size_t)(dash - s), lb = strlen(dash + 1);
    if (la < 2 || la > 8 || lb < 2 || lb > 8)
        return 0;
    for (const char *q = s; *q; q++)
        if (q != dash && (*q < 'A' || *q > 'Z'))
            return 0;
    return strncmp(s, dash + 1, la) < 0 || (strncmp(s, dash + 1, la) == 0 &&
                                            la < lb);
}

int dyad_cli_pair_list(const dyad_cli_ctx *ctx, char *arg, const char **args,
                       size_t *n, size_t max)
{
    char *save = NULL;
    for (char *t = strtok_r(arg, ",", &save); t;
         t = strtok_r(NULL, ",", &save)) {
        if (*n == max) {
            dyad_cli_usage(ctx, "at most %zu pairs", max);
            return -1;
        }
        args[(*n)++] = t;
    }
    return 0;
}

/* The built-in gazetteer with lexdir's (or $DYAD_LEXICONS') additions. */
static int load_gazetteer(const char *lexdir, dyad_actors **out,
                          dyad_err *err)
{
    dyad_actors *ga = dyad_actors_new();
    const char *dir = lexdir ? lexdir : getenv("DYAD_LEXICONS");
    int rc = ga ? dyad_actors_load_builtin(ga, err)
                : dyad_err_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
    if (rc == DYAD_OK && dir && *dir)
        rc = dyad_actors_load_dir(ga, dir, err);
    if (rc != DYAD_OK) {
        dyad_actors_free(ga);
        ga = NULL;
    }
    *out = ga;
    return rc;
}

dyad_actors *dyad_cli_gazetteer(const dyad_cli_ctx *ctx, const char *lexdir)
{
    dyad_err err = {0};
    dyad_actors *ga = NULL;
    if (load_gazetteer(lexdir, &ga, &err) != DYAD_OK)
        dyad_cli_error(ctx, &err);
    return ga;
}

int dyad_cli_pair(const dyad_cli_ctx *ctx, const char *lexdir,
                  const char *arg, char *out)
{
    if (canonical_pair(arg) && strlen(arg) < 20) {
        strcpy(out, arg);
        return 0;
    }
    dyad_err err = {0};
    dyad_actors *ga = NULL;
    int rc = load_gazetteer(lexdir, &ga, &err);
    if (rc == DYAD_OK)
        rc = dyad_actors_pair(ga, arg, out, 20, &err);
    dyad_actors_free(ga);
    if (rc == DYAD_EINVAL) {
        dyad_cli_usage(ctx, "--pair: %s", err.msg);
        return -1;
    }
    if (rc != DYAD_OK) {
        dyad_cli_error(ctx, &err);
        return -1;
    }
    return 0;
}

int dyad_cli_range_opt(const dyad_cli_ctx *ctx, int c, const char *arg,
                       int *by, int32_t *from, int32_t *to)
{
    switch (c) {
    case 'b':
        if (!by)
            return 0;
        if ((*by = dyad_period_parse(arg)) < 0) {
            dyad_cli_usage(ctx, "--by takes day, week, month, quarter, "
                                "year or decade");
            return -1;
        }
        return 1;
    case 'f':
    case 't':
        if (dyad_cli_day(ctx, c == 'f' ? "--from" : "--to", arg,
                         c == 'f' ? from : to) < 0)
            return -1;
        /* both given and crossed: a usage error before any output */
        if (*from != INT32_MIN && *to != INT32_MAX && *from > *to) {
            dyad_cli_usage(ctx, "--from is after --to");
            return -1;
        }
        return 1;
    default: return 0;
    }
}
