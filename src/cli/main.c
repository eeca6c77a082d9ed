/* cli/main.c - global flags and the subcommand table. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const struct {
    const char *name;
    int (*fn)(int, char **, dyad_cli_ctx *);
    const char *help;
} commands[] = {
    {"score", cmd_score, "score articles: one JSON line per article"},
    {"explain", cmd_explain, "show why each sentence scores as it does"},
    {"ingest", cmd_ingest, "score articles and store them in the database"},
    {"rescore", cmd_rescore, "rescore stored articles after a lexicon change"},
    {"pairs", cmd_pairs, "list the stored pairs"},
    {"series", cmd_series, "a pair's series by day, week, month, ..."},
    {"export", cmd_export, "write every pair's series as CSV files"},
    {"shifts", cmd_shifts, "find where a series changed (PELT, ...)"},
    {"episodes", cmd_episodes, "bursts that rise and fall, as one event"},
    {"alerts", cmd_alerts, "new shifts and episodes, once each (cron)"},
    {"trend", cmd_trend, "OLS and Mann-Kendall trend of a series"},
    {"anomalies", cmd_anomalies, "periods far from the usual (robust z)"},
    {"plot", cmd_plot, "draw a chart with gnuplot (PNG, SVG, PDF)"},
    {"report", cmd_report, "write the HTML and Markdown trend report"},
};

static void usage(FILE *f)
{
    fprintf(f,
            "usage: dyad [-q] [-v] [--db PATH] [--lock PATH] COMMAND [ARGS]\n"
            "\n"
            "Tone and tension of country pairs in news articles.\n"
            "\n"
            "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
    fprintf(f,
            "\n"
            "global options:\n"
            "  -q, --quiet     no warnings (errors are still printed)\n"
            "  -v, --verbose   progress and summaries (repeatable)\n"
            "  --db PATH       database (default $DYAD_DB or ./dyad.db)\n"
            "  --lock PATH     lock file (default: next to the database)\n"
            "  --version       print the version\n"
            "  -h, --help      this help\n"
            "Global options may also follow the command (dyad series --db\n"
            "x.db ...); after \"--\" everything is the command's.\n"
            "\n"
            "'dyad COMMAND --help' describes a command. Exit status: 0 ok,\n"
            "64 usage, 65 bad input data, 66 input missing, 70 internal\n"
            "error, 73 cannot create output, 74 I/O error, 75 busy.\n");
}

/* Takes the global options that follow the command name out of argv
 * (from index `from`), so that `dyad series --db x.db` and `dyad score -q`
 * work as users type them; no command has options of these names. "--"
 * ends the scan: what follows it is the command's. Returns the new argc,
 * or -1 (message printed) when --db or --lock lacks its value. */
static int take_globals(int argc, char **argv, int from, dyad_cli_ctx *ctx)
{
    int n = from;
    for (int i = from; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        const char *val = NULL;
        if (strcmp(a, "--") == 0) {
            while (i < argc)
                argv[n++] = argv[i++];
            break;
        }
        if (strcmp(a, "--quiet") == 0) {
            ctx->quiet = 1;
            continue;
        }
        if (strcmp(a, "--verbose") == 0) {
            ctx->verbose++;
            continue;
        }
        if (a[0] == '-' && a[1] && strspn(a + 1, "qv") == strlen(a + 1)) {
            for (const char *p = a + 1; *p; p++)
                *p == 'q' ? (void)(ctx->quiet = 1) : (void)ctx->verbose++;
            continue;
        }
        if (strncmp(a, "--db", 4) == 0 && (a[4] == '\0' || a[4] == '='))
            slot = &ctx->db, val = a[4] ? a + 5 : NULL;
        else if (strncmp(a, "--lock", 6) == 0 &&
                 (a[6] == '\0' || a[6] == '='))
            slot = &ctx->lock, val = a[6] ? a + 7 : NULL;
        if (!slot) {
            argv[n++] = argv[i];
            continue;
        }
        if (!val) {
            if (i + 1 >= argc) {
                fprintf(stderr, "dyad: %s: option '%s' needs a value\n",
                        ctx->cmd, a);
                return -1;
            }
            val = argv[++i];
        }
        *slot = val;
    }
    argv[n] = NULL;
    return n;
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"quiet", no_argument, NULL, 'q'},
        {"verbose", no_argument, NULL, 'v'},
        {"db", required_argument, NULL, 'd'},
        {"lock", required_argument, NULL, 'l'},
        {"version", no_argument, NULL, 'V'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    dyad_cli_ctx ctx = {0};
    ctx.cmd = "dyad";
    ctx.db = getenv("DYAD_DB");
    int c;
    /* '+': stop at the command name; its options are its own */
    while ((c = getopt_long(argc, argv, "+qvh", opts, NULL)) != -1) {
        switch (c) {
        case 'q': ctx.quiet = 1; break;
        case 'v': ctx.verbose++; break;
        case 'd': ctx.db = optarg; break;
        case 'l': ctx.lock = optarg; break;
        case 'V': printf("dyad %s\n", DYAD_VERSION); return EXIT_OK;
        case 'h': usage(stdout); return EXIT_OK;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[optind];
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(name, commands[i].name) == 0) {
            ctx.cmd = commands[i].name;
            if ((argc = take_globals(argc, argv, optind + 1, &ctx)) < 0)
                return EXIT_USAGE;
            if (!ctx.db || !*ctx.db)
                ctx.db = "dyad.db";
            int sub_argc = argc - optind;
            char **sub_argv = argv + optind;
            /* the command parses its own options; 0 (not 1) makes glibc
             * start afresh, so they may also follow the files (GNU
             * order) instead of keeping the "+" of the global parse */
            optind = 0;
            dyad_cli_catch_signals();
            int st = commands[i].fn(sub_argc, sub_argv, &ctx);
            int sig = dyad_cli_stopped(&ctx);
            return sig ? sig : st;
        }
    }
    fprintf(stderr, "dyad: unknown command '%s'\nTry 'dyad --help'.\n", name);
    return EXIT_USAGE;
}
