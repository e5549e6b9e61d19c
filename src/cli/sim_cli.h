/* sim_cli.h — what the pieces of `cascade sim` share (cli layer only).
 *
 * Owns: the parsed options of one sim invocation, and the entry points of
 * the printers: cmd_sim.c parses, sim_show.c prints runs and sweeps,
 * sim_info.c prints the model list, descriptions and the validation
 * table, sim_table.c lays out the tables for people. */
#ifndef CASCADE_SIM_CLI_H
#define CASCADE_SIM_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "cli/cli.h"
#include "sim/sim.h"

#define SIM_CLI_MAXP 32     /* parameters per model, at most */
#define SIM_CLI_MAX_RUNS 1000
#define SIM_CLI_MAX_SWEEP 200

enum sim_format { FMT_TABLE, FMT_CSV, FMT_JSON, FMT_CHART };

struct sim_sweep {
	size_t index;  /* parameter index */
	double lo, hi; /* in the parameter's unit */
	size_t n;      /* points, >= 2 */
};

struct sim_opts {
	const struct sim_model *model;
	double values[SIM_CLI_MAXP];
	uint64_t seed;
	long runs;          /* 1: a single run */
	enum sim_format format;
	struct sim_sweep sweeps[2];
	size_t nsweeps;
	int validate;
	long chart_width;   /* --width, 0: the terminal's or 80 */
	long chart_height;  /* --height, 0: CHART_HEIGHT */
};

/* Each prints to stdout and returns the exit status (0, or 1 when memory
 * runs out or, for validate, a target fails). */
int sim_show_run(struct cli_ctx *ctx, const struct sim_opts *o);
int sim_show_runs(struct cli_ctx *ctx, const struct sim_opts *o);
int sim_show_sweep(struct cli_ctx *ctx, const struct sim_opts *o);
int sim_show_list(void);
int sim_show_describe(const struct cli_ctx *ctx, const struct sim_model *m);
int sim_show_validate(struct cli_ctx *ctx, const struct sim_opts *o);

/* Fills buf with the text of a table's cell: row 0 holds the headings,
 * rows 1.. the data. */
typedef void sim_table_cell(const void *data, size_t row, size_t col, char *buf,
                            size_t size);
/* Prints a table for people (sim_table.c): the heading row and rows data
 * rows of ncols columns, the first left-aligned, the others right. */
void sim_people_table(FILE *f, const void *data, size_t ncols, size_t rows,
                      sim_table_cell *cell);

/* JSON helpers shared by the printers. */
void sim_json_string(FILE *f, const char *s);
void sim_json_number(FILE *f, double v);

#endif
