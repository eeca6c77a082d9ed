/* cli/cli.h - what the subcommands share: context, messages, exit codes,
 * loading the scoring model, and reading inputs. Only the CLI talks to the
 * user; the library never prints. */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "dyad/actors.h"
#include "dyad/common.h"
#include "dyad/ingest.h"
#include "dyad/lex.h"
#include "dyad/score.h"

/* sysexits.h values, named here so the table is in one place. */
enum {
    EXIT_OK = 0,
    EXIT_USAGE = 64,
    EXIT_DATAERR = 65,
    EXIT_NOINPUT = 66,
    EXIT_UNAVAILABLE = 69,
    EXIT_SOFTWARE = 70,
    EXIT_CANTCREAT = 73,
    EXIT_IOERR = 74,
    EXIT_TEMPFAIL = 75
};

typedef struct dyad_cli_ctx {
    int quiet;
    int verbose;
    const char *db;
    const char *lock;
    const char *cmd;        /* subcommand name, for messages */
} dyad_cli_ctx;

/* Set by SIGTERM and SIGINT (to the signal's number): the commands stop
 * reading at the next record, commit or discard cleanly, and exit with
 * 128 + signal, as a shell would report the signal. */
extern volatile int dyad_cli_signal;
/* Installs the handlers. */
void dyad_cli_catch_signals(void);
/* The exit status for a run stopped by a signal (0 when none came). */
int dyad_cli_stopped(const dyad_cli_ctx *ctx);

/* Maps a DYAD_E* code to an exit status. */
int dyad_cli_exit_code(int dyad_code);
/* "dyad: CMD: file:line:col: message" on stderr. */
void dyad_cli_error(const dyad_cli_ctx *ctx, const dyad_err *err);
void dyad_cli_msg(const dyad_cli_ctx *ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Usage error: message, hint, and EXIT_USAGE. */
int dyad_cli_usage(const dyad_cli_ctx *ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Options shared by the commands that read and score articles. */
typedef struct dyad_cli_input {
    dyad_ingest_opts ingest;
    const char *lexdir;     /* --lexicons, else $DYAD_LEXICONS */
    const char *self;       /* --self CODE or name */
    const char *rejects;    /* --rejects FILE */
    int vader_only;
    int evidence;           /* -1: default */
    int strict;
    int window;             /* --window N */
    int no_events;          /* --no-events */
    dyad_ingest_stats totals;  /* summed over the inputs by read_all */
} dyad_cli_input;

/* Long options of dyad_cli_input (ids from 1000 up), to append to a
 * command's own table; dyad_cli_input_opt handles one. */
#define DYAD_CLI_INPUT_OPTIONS                                          \
    {"id-field", required_argument, NULL, 1000},                        \
    {"date-field", required_argument, NULL, 1001},                      \
    {"title-field", required_argument, NULL, 1002},                     \
    {"text-field", required_argument, NULL, 1003},                      \
    {"lexicons", required_argument, NULL, 1004},                        \
    {"self", required_argument, NULL, 1005},                            \
    {"rejects", required_argument, NULL, 1006},                         \
    {"vader-only", no_argument, NULL, 1007},                            \
    {"evidence", required_argument, NULL, 1008},                        \
    {"strict", no_argument, NULL, 1009},                                \
    {"max-article-bytes", required_argument, NULL, 1010},                \
    {"window", required_argument, NULL, 1011},                          \
    {"no-events", no_argument, NULL, 1012},                             \
    {"input-format", required_argument, NULL, 1013}
#define DYAD_CLI_INPUT_HELP                                              \
    "  --id-field F, --date-field F, --title-field F, --text-field F\n"  \
    "                      read these fields (JSON members, CSV columns)\n" \
    "                      instead of the defaults\n"                      \
    "  --input-format F    auto (default: .csv/.csv.gz by name; '[' JSON\n" \
    "                      array, '<' RSS/Atom feed, else JSON Lines),\n"  \
    "                      jsonl, json, csv, rss or atom\n"               \
    "  --lexicons DIR      add or override lexicon and gazetteer terms\n"  \
    "                      (*.tsv; default $DYAD_LEXICONS)\n"              \
    "  --self CODE         'we', 'our', 'this country' refer to CODE\n"    \
    "  --window N          also pair actors of the N sentences before and\n" \
    "                      after, in the same paragraph, weighted 1/2^d\n"  \
    "                      (default 0)\n"                                     \
    "  --vader-only        VADER's lexicon and rules only (no news terms)\n" \
    "  --no-events         no event stage: every two countries of a\n"    \
    "                      sentence are related (as dyad did before its event\n" \
    "                      stage; for before/after figures)\n" \
    "  --rejects FILE      write rejected records, whole, to FILE\n"       \
    "  --strict            stop at the first rejected record\n"            \
    "  --max-article-bytes N  reject records longer than N bytes\n"        \
    "                      (default 256 MiB)\n"

/* Handles option id c; returns 1 when it was one of ours, 0 when not, and
 * -1 after a usage error (printed). */
int dyad_cli_input_opt(const dyad_cli_ctx *ctx, dyad_cli_input *in, int c,
                       const char *arg);

typedef struct dyad_cli_model {
    dyad_lex *lex;
    dyad_actors *ga;
    dyad_scorer *sc;
} dyad_cli_model;

/* Loads lexicons, gazetteer and scorer; prints errors. Returns an exit
 * status. */
int dyad_cli_model_load(const dyad_cli_ctx *ctx, const dyad_cli_input *in,
                        dyad_cli_model *m);
void dyad_cli_model_free(dyad_cli_model *m);

/* Called for each good article; returns an exit status (EXIT_OK to go
 * on). */
typedef int (*dyad_cli_article_fn)(void *arg, const dyad_article *a);

/* Reads every input (none: stdin), handing good articles to fn, reporting
 * and (with --rejects) saving rejected ones. Returns the exit status: 0,
 * 65 when a record was rejected, 66 when an input was missing, or the
 * first error that stopped the run. */
int dyad_cli_read_all(const dyad_cli_ctx *ctx, dyad_cli_input *in,
                      char **files, int nfiles, dyad_cli_article_fn fn,
                      void *arg);

/* Opens the store of ctx->db for reading (DYAD_CLI_READ), for writing
 * (DYAD_CLI_CREATE: made if missing; DYAD_CLI_UPDATE: must exist), with
 * lock ctx->lock, waiting up to wait seconds, batch articles per
 * transaction (0: default); prints errors. NULL on failure, with the exit
 * status in *status. */
enum { DYAD_CLI_READ, DYAD_CLI_CREATE, DYAD_CLI_UPDATE };
struct dyad_store;
struct dyad_store *dyad_cli_store(const dyad_cli_ctx *ctx, int mode,
                                  double wait, int batch, int *status);
/* EXIT_OK when the store holds articles naming pair; else a message
 * ("no article names PAIR") and EXIT_NOINPUT (66), or the error. */
int dyad_cli_pair_stored(const dyad_cli_ctx *ctx, struct dyad_store *st,
                         const char *pair);
/* Tells on a terminal (not under -q or cron) that a command found
 * nothing: "no WHAT found". */
void dyad_cli_none_found(const dyad_cli_ctx *ctx, const char *what);
/* Parses an integer option: decimal digits only, lo <= value <= hi, else
 * a usage error "OPT takes a number of UNIT from LO to HI" and -1. */
int dyad_cli_int(const dyad_cli_ctx *ctx, const char *opt, const char *arg,
                 const char *unit, long long lo, long long hi,
                 long long *out);
/* Parses --wait SECONDS (0 to 86400). -1 after a usage error. */
int dyad_cli_seconds(const dyad_cli_ctx *ctx, const char *opt,
                     const char *arg, double *out);
/* Parses --alpha P (a significance level, 0 < P < 1). -1 after a usage
 * error. */
int dyad_cli_alpha(const dyad_cli_ctx *ctx, const char *arg, double *out);
/* Normalises a --pair argument ("Japan-China", "jpn-chn", "CHN-JPN") to
 * "CHN-JPN" in out (20 bytes), loading the gazetteer when needed. -1 after
 * a usage error. */
int dyad_cli_pair(const dyad_cli_ctx *ctx, const char *lexdir,
                  const char *arg, char *out);
/* Appends the comma-separated pair names of arg (changed in place) to
 * args[*n..max). -1 after a usage error ("at most MAX pairs"). */
int dyad_cli_pair_list(const dyad_cli_ctx *ctx, char *arg, const char **args,
                       size_t *n, size_t max);
/* The gazetteer (built in, with lexdir's or $DYAD_LEXICONS' additions);
 * NULL after an error (printed). Free with dyad_actors_free. */
dyad_actors *dyad_cli_gazetteer(const dyad_cli_ctx *ctx, const char *lexdir);
/* The options every command on series shares: 'b' --by PERIOD, 'f'
 * --from DATE, 't' --to DATE (by may be NULL when the command parses
 * --by itself). Returns 1 when c was one of them, 0 when not, -1 after a
 * usage error (printed). */
int dyad_cli_range_opt(const dyad_cli_ctx *ctx, int c, const char *arg,
                       int *by, int32_t *from, int32_t *to);
/* Parses a --from/--to date into a day. -1 after a usage error. */
int dyad_cli_day(const dyad_cli_ctx *ctx, const char *opt, const char *arg,
                 int32_t *out);

/* The progress line of a long run: redrawn on a terminal, every ten
 * seconds with -v when stderr is no terminal, nothing otherwise (cron);
 * -v adds a summary at the end. */
typedef struct dyad_cli_progress {
    const dyad_cli_ctx *ctx;
    const char *unit;       /* "articles" */
    uint64_t total;         /* input bytes, 0 when unknown (no ETA) */
    double t0, shown, every;
    unsigned calls;
    int tty, drawn;
} dyad_cli_progress;

void dyad_cli_progress_begin(dyad_cli_progress *p, const dyad_cli_ctx *ctx,
                             const char *unit, uint64_t total);
/* Called once per record: 1 when it is time to pass the counts to
 * dyad_cli_progress_step (never when nothing is drawn, so under cron the
 * counts are never gathered). */
int dyad_cli_progress_due(dyad_cli_progress *p);
/* n records done, bytes of input read so far: redraws the line when its
 * interval has passed. */
void dyad_cli_progress_step(dyad_cli_progress *p, uint64_t n, uint64_t bytes);
/* Clears the line; with -v prints the summary. */
void dyad_cli_progress_end(dyad_cli_progress *p, uint64_t n, uint64_t bytes);

/* Writes the buffer to stdout and empties it; EXIT_IOERR on failure
 * (reported). */
int dyad_cli_flush(const dyad_cli_ctx *ctx, dyad_buf *b);

#endif
