/* cli/commands.h - one function per subcommand (cmd_<name>.c). */
#ifndef DYAD_COMMANDS_H
#define DYAD_COMMANDS_H

#include "cli/cli.h"

int cmd_score(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_explain(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_ingest(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_rescore(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_pairs(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_series(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_export(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_plot(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_shifts(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_episodes(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_alerts(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_trend(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_anomalies(int argc, char **argv, dyad_cli_ctx *ctx);
int cmd_report(int argc, char **argv, dyad_cli_ctx *ctx);

#endif
